import { useRef, useState } from 'preact/hooks'
import { messagesFor, type Locale } from '../i18n/messages'
import { selectForCopy } from '../share/select-for-copy'
import type { ShareEnvironment } from '../state/environment'
import type { ShareChannel } from '../share/social'

export interface ShareActionsProps {
  /** The result link, from `shareUrl`. */
  url: string
  /** The share sheet's title. */
  title: string
  /** The text that goes with the link, from `shareText`. */
  text: string
  locale: Locale
  /** Platform access: share sheet and clipboard. */
  environment: ShareEnvironment
  /** Called after each share, with its channel (for the `careerfit:share` event). */
  onShare(channel: ShareChannel): void
}


/**
 * Share buttons for a result: the system share sheet (or "Copy link"), then, under
 * "More ways to share", LinkedIn, X, email and the link itself in a readonly field.
 *
 * ```tsx
 * <ShareActions url={url} title="Career Fit" text={text} locale="en" environment={browserEnvironment()}
 *   onShare={channel => emit('careerfit:share', { channel })} />
 * ```
 */
export function ShareActions({ url, title, text, locale, environment, onShare }: ShareActionsProps) {
  let m = messagesFor(locale).share
  let field = useRef<HTMLInputElement>(null)
  let more = useRef<HTMLDetailsElement>(null)
  let [status, setStatus] = useState('')

  let copy = async () => {
    try {
      // No clipboard at all throws here too.
      await environment.writeClipboard!(url)
    } catch {
      // Blocked or missing clipboard: show and select the link so it can be copied by hand.
      if (more.current) more.current.open = true
      if (!field.current || !selectForCopy(field.current)) return setStatus(m.copyByHand)
    }
    setStatus(m.copied)
    onShare('copy')
  }

  let share = async (native: NonNullable<ShareEnvironment['share']>) => {
    try {
      await native({ title, text, url })
      onShare('native')
    } catch (error) {
      // Cancelling the share sheet is a choice, not a failure.
      if ((error as Error | null)?.name !== 'AbortError') await copy()
    }
  }

  let { share: native } = environment
  return (
    <div class="share" role="group" aria-label={m.heading}>
      {native
        ? <button type="button" class="btn" onClick={() => share(native)}>{m.native}</button>
        : <button type="button" class="btn" onClick={copy}>{m.copy}</button>}
      <p class="share-status" role="status">{status}</p>
      {/* Folded away so the result and its first share button fit one phone screen. */}
      <details ref={more} class="r-more">
        <summary>{m.link}</summary>
        <label class="share-field">
          {m.link}
          <input ref={field} type="text" readOnly value={url} onFocus={event => event.currentTarget.select()} />
        </label>
      </details>
    </div>
  )
}
