// The quiz as the embed layer shows it: the results screen with share buttons and
// an optional call to action under the recommendation, and a notice when a shared link can't be read.
import type { VNode } from 'preact'
import { fill, messagesFor, type Locale } from '../i18n/messages'
import { shareText } from '../share/social'
import type { ShareEnvironment } from '../state/environment'
import type { Quiz } from '../state/quiz'
import { App, type ResultsProps } from '../ui/app'
import { ResultsScreen } from '../ui/results/results-screen'
import { ShareActions } from '../ui/share-actions'
import { emit } from './events'
import type { CallToAction } from './options'

export interface WidgetProps {
  quiz: Quiz
  locale: Locale
  /** Share sheet and clipboard. */
  environment: ShareEnvironment
  cta: CallToAction | null
  /** The page's URL held a share code that could not be decoded. */
  badLink: boolean
  /** The site owner changed the questions mid-quiz, so it started again. */
  restarted?: boolean
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
 * render(<Widget quiz={quiz} locale="en" environment={environment} cta={null} badLink={false} />, root)
 * ```
 */
export function Widget({ quiz, locale, environment, cta, badLink, restarted }: WidgetProps) {
  let m = messagesFor(locale).share
  let results = (props: ResultsProps): VNode => {
    let [top] = props.result.ranking
    let url = quiz.shareUrl(props.answers)
    let actions = (
      <ShareActions url={url} title={m.title} text={shareText(locale, top!.title, top!.match)} locale={locale}
        environment={environment} onShare={props.onShare} />
    )
    let link = cta ? (id: string) => ctaLink(cta, quiz.data.roles.find(r => r.id === id)!, locale) : undefined
    return <ResultsScreen {...props} shareActions={actions} {...(link && { cta: link })} />
  }
  return (
    <>
      {(badLink || restarted) && <p class="bad-link" role="status">{restarted ? messagesFor(locale).embed.restarted : m.invalid}</p>}
      <App quiz={quiz} locale={locale} results={results} />
    </>
  )
}
