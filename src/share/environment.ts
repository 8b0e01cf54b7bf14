// Platform access for share actions goes through this seam, so the actions can be
// tested with a fake and a host can replace any member. A missing member means the
// platform cannot do it (no Web Share API: show "Copy link" instead).

/** What the Web Share API receives. */
export interface ShareContent {
  title: string
  text: string
  url: string
}

/** The platform features share actions use; each one is optional. */
export interface ShareEnvironment {
  /** Opens the system share sheet; rejects with an `AbortError` when the visitor cancels. */
  share?(data: ShareContent): Promise<void>
  /** Puts text on the clipboard; rejects when the platform refuses. */
  writeClipboard?(text: string): Promise<void>
  /** Opens a URL in a new tab. */
  open?(url: string): void
  /** Saves a file on the visitor's device. */
  download?(blob: Blob, filename: string): void
}

/**
 * The real browser: `navigator.share` (where it exists), `navigator.clipboard`,
 * `window.open` and an `<a download>` click.
 *
 * ```ts
 * let environment = browserShareEnvironment()
 * await environment.writeClipboard?.(url)
 * ```
 */
export function browserShareEnvironment(): ShareEnvironment {
  let nav = globalThis.navigator
  let environment: ShareEnvironment = {
    writeClipboard: text => nav.clipboard ? nav.clipboard.writeText(text) : Promise.reject(new Error('No clipboard')),
    open: url => void window.open(url, '_blank', 'noopener'),
    download(blob, filename) {
      let link = document.createElement('a')
      link.href = URL.createObjectURL(blob)
      link.download = filename
      // Firefox only follows links that are in the document.
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(link.href), 1000)
    }
  }
  if (typeof nav?.share === 'function') environment.share = data => nav.share(data)
  return environment
}

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
