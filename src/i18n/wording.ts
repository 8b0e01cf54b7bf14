// A site owner's words over ours: a pack's strings over English, a widget's
// `messages` over its language. Each text is checked against the one it replaces.

/** Texts by dotted key: `{ 'intro.heading': 'Which management role fits you?' }`. */
export type Texts = Record<string, string>

/** `record[key]` when `record` is an object that has `key` itself (never an inherited `constructor`). */
export const own = (record: unknown, key: unknown): unknown =>
  record && typeof record == 'object' && typeof key == 'string' && Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined

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
  let messages = JSON.parse(JSON.stringify(base)) as Record<string, unknown>
  let given = flatten(words)
  let unknown: string[] = []
  for (let [key, text] of Object.entries(given)) {
    let path = key.split('.')
    let last = path.pop()
    let group = path.reduce(own, messages) as Record<string, string>
    let original = own(group, last)
    if (typeof original != 'string') unknown.push(key)
    else if (typeof text != 'string' || placeholders(text) != placeholders(original)) {
      warn(`Career Fit: in ${name}, "${key}" must be text with the placeholders ${placeholders(original) || 'none'}; using the default text.`)
    } else group[last!] = text
  }
  if (unknown.length) warn(`Career Fit: ${name} has unknown keys ${unknown.join(', ')}; the README lists the keys.`)
  return { messages: messages as Table, missing: Object.keys(flatten(base)).filter(key => !Object.hasOwn(given, key)) }
}

/**
 * A language's strings with a widget's `messages` option over them: texts by key
 * for every language, and by language code then key for the language `code` only.
 *
 * ```ts
 * rewordFor(messagesFor('fr'), { 'share.title': 'Acme', fr: { 'intro.heading': 'Trouvez votre poste' } }, 'fr', console.warn, 'messages')
 * ```
 */
export function rewordFor<Table extends object>(
  base: Table, option: Record<string, unknown>, code: string, warn: (message: string) => void, name: string
): Table {
  let words: Record<string, unknown> = {}
  for (let [key, value] of Object.entries(option)) {
    // A key that is neither a group nor dotted names a language.
    if (key.includes('.') || key in base) words[key] = value
    else if (key == code && value && typeof value == 'object') Object.assign(words, value)
  }
  return reword(base, words, warn, name).messages
}
