// The quiz as the embed layer shows it: the results screen with share buttons and
// an optional call to action, and a notice when a shared link can't be read.
import type { VNode } from 'preact'
import { fill, messagesFor, type Locale } from '../i18n/messages'
import { shareText } from '../share/social'
import type { ShareEnvironment } from '../state/environment'
import type { Quiz } from '../state/quiz'
import { App, type ResultsProps } from '../ui/app'
import { ResultsScreen } from '../ui/results/results-screen'
import { ShareActions } from '../ui/share-actions'
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

/** `{role}` and `{title}` filled in, URL-encoded in the URL. */
function ctaLink({ url, label }: CallToAction, id: string, title: string, locale: Locale) {
  let href = fill(url, { role: encodeURIComponent(id), title: encodeURIComponent(title) })
  return <a class="cta" part="cta" href={href}>{fill(label ?? messagesFor(locale).embed.cta, { role: id, title })}</a>
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
    return (
      <>
        <ResultsScreen {...props} shareActions={actions} />
        {cta && !props.shared && ctaLink(cta, top!.id, top!.title, locale)}
      </>
    )
  }
  return (
    <>
      {(badLink || restarted) && <p class="bad-link" role="status">{restarted ? messagesFor(locale).embed.restarted : m.invalid}</p>}
      <App quiz={quiz} locale={locale} results={results} />
    </>
  )
}
