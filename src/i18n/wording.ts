// A site owner's words over ours: a pack's strings over English, a widget's
// `messages` over its language. Each text is checked against the one it replaces.

/** Texts by dotted key: `{ 'intro.heading': 'Which management role fits you?' }`. */
export type Texts = Record<string, string>
type Tree = { [key: string]: string | Tree }

/**
 * The strings of a nested table by dotted key; dotted keys in it stay as they are.
 *
 * ```ts
 * flatten({ results: { bands: { strong: 'Strong fit' } } }) // { 'results.bands.strong': 'Strong fit' }
 * ```
 */
export function flatten(table: object, prefix = '', into: Texts = {}): Texts {
  for (let [key, value] of Object.entries(table)) {
    if (value && typeof value == 'object') flatten(value as object, prefix + key + '.', into)
    else into[prefix + key] = value as string
  }
  return into
}

/** A text's placeholders, sorted: `'{first}, {second}'`. */
export const placeholders = (text: string): string => [...new Set(text.match(/\{\w+\}/g))].sort().join(', ')

/**
 * `base` with the texts of `words` (nested or by dotted key) put in. Keys `base` lacks
 * get one warning naming them all; a text whose placeholders differ from the one it
 * replaces gets a warning naming its key, and the text of `base` stays. `missing`
 * lists the keys of `base` that `words` leaves out.
 *
 * ```ts
 * reword(messages, { 'intro.heading': 'Find your role' }, console.warn, 'messages').messages.intro.heading
 * ```
 */
export function reword<Table extends object>(
  base: Table, words: object, warn: (message: string) => void, name: string
): { messages: Table; missing: string[] } {
  let texts = flatten(base)
  let given = flatten(words)
  let unknown: string[] = []
  let missing = Object.keys(texts).filter(key => !Object.hasOwn(given, key))
  for (let [key, text] of Object.entries(given)) {
    let original = texts[key]
    if (!Object.hasOwn(texts, key)) unknown.push(key)
    else if (typeof text != 'string' || placeholders(text) != placeholders(original!)) {
      warn(`Career Fit: in ${name}, "${key}" must be text with the placeholders ${placeholders(original!) || 'none'}; using the default text.`)
    } else texts[key] = text
  }
  if (unknown.length) warn(`Career Fit: ${name} has unknown keys ${unknown.join(', ')}; the README lists the keys.`)
  let messages: Tree = {}
  for (let [key, text] of Object.entries(texts)) {
    let path = key.split('.')
    let last = path.pop()!
    let at = messages
    for (let part of path) at = (at[part] ??= {}) as Tree
    at[last] = text
  }
  return { messages: messages as Table, missing }
}
