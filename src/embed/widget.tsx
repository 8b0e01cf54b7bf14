// The quiz as the embed layer shows it: the results screen with share buttons and
// an optional call to action under the recommendation, and a notice when a shared link can't be read.
import type { VNode } from 'preact'
import { formattersFor } from '../i18n/format'
import { fill, messagesFor, type Locale } from '../i18n/messages'
import { resultUrl } from '../share/link'
import { shareText } from '../share/social'
import type { Quiz } from '../state/quiz'
import { App, type ResultsProps } from '../ui/app'
import { ResultsScreen } from '../ui/results/results-screen'
import { ShareActions } from '../ui/share-actions'
import { emit } from './events'
import type { CallToAction } from './options'

export interface WidgetProps {
  quiz: Quiz
  locale: Locale
  shareBase: string | null
  cta: CallToAction | null
  /** Card and chart colour for the shared image. */
  accent: string
  /** The page's URL held a share code that could not be decoded. */
  badLink: boolean
}

/**
 * The call to action for one role, `{role}` and `{title}` filled in (URL-encoded in the URL).
 * Following it dispatches `careerfit:cta` on the widget's host before the page moves on.
 */
function ctaLink({ url, label, target }: CallToAction, role: { id: string; title: string }, locale: Locale) {
  let href = fill(url, { role: encodeURIComponent(role.id), title: encodeURIComponent(role.title) })
  let messages = messagesFor(locale)
  let follow = (event: MouseEvent) => {
    let host = ((event.currentTarget as Element).getRootNode() as Partial<ShadowRoot>).host
    if (host) emit(host, 'careerfit:cta', { roleId: role.id, href })
  }
  return (
    <a class="btn cta" part="cta" href={href} onClick={follow} {...(target === '_blank' && { target, rel: 'noopener' })}>
      {fill(label ?? messages.embed.cta, { role: role.id, title: role.title })}
      {target === '_blank' && <span class="sr-only"> {messages.share.newTab}</span>}
    </a>
  )
}

/**
 * One widget's content.
 *
 * ```tsx
 * render(<Widget quiz={quiz} locale="en" shareBase={null} cta={null} accent="#1d4ed8" badLink={false} />, root)
 * ```
 */
export function Widget({ quiz, locale, shareBase, cta, accent, badLink }: WidgetProps) {
  let m = messagesFor(locale).share
  let percent = formattersFor(locale).percent
  let results = (props: ResultsProps): VNode => {
    let [top, ...rest] = props.result.ranking
    let url = resultUrl(props.answers, quiz.data.questions, shareBase)
    let card = {
      title: m.cardTitle, heading: m.cardHeading, top: top!.title, accent,
      match: fill(m.cardMatch, { match: percent(top!.match) }),
      next: rest.map(role => `${role.title} · ${percent(role.match)}`)
    }
    let actions = (
      <ShareActions url={url} title={m.cardTitle} text={shareText(locale, top!.title, top!.match)} locale={locale}
        card={card} onShare={props.onShare} />
    )
    let link = cta ? (id: string) => ctaLink(cta, quiz.data.roles.find(r => r.id === id)!, locale) : undefined
    return <ResultsScreen {...props} shareActions={actions} {...(link && { cta: link })} />
  }
  return (
    <>
      {badLink && <p class="bad-link" role="status">{m.invalid}</p>}
      <App quiz={quiz} locale={locale} results={results} />
    </>
  )
}
