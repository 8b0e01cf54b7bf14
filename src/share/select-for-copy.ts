/**
 * The clipboard fallback: selects a readonly input's text so the visitor can copy it by
 * hand, and tries the old `execCommand('copy')`. Returns whether that copied.
 *
 * ```ts
 * if (!selectForCopy(input)) announce('Press Ctrl+C to copy')
 * ```
 */
export function selectForCopy(input: HTMLInputElement): boolean {
  input.focus()
  input.select()
  try {
    return input.ownerDocument.execCommand('copy')
  } catch {
    return false
  }
}
