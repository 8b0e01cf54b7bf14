import type { ComponentChildren, VNode } from 'preact'
import { useId } from 'preact/hooks'
import { describeCounterfactual, desiredSalary, lowSignalReason } from '../../engine/explain'
import type { Result } from '../../engine/score'
import { fill } from '../../i18n/messages'
import type { ResultsProps } from '../results-slot'
import { useHeadingFocus } from '../screen'
import { Comparison } from './comparison'
import { Feedback } from './feedback'
import { Footnotes } from './footnotes'
import { Method } from './method'
import { Ranking } from './ranking'
import { RoleCard } from './role-card'
import { RunnerUp } from './runner-up'
import { SalaryChart } from './salary-chart'
import { viewFor, type View } from './view'

/** The results slot's props (`ResultsProps`), plus the share actions. */
export interface ResultsScreenProps extends Omit<ResultsProps, 'focus'> {
  /** Slot where the sharing work puts its buttons; without it, one "Share" button calls `onShare('link')`. */
  shareActions?: ComponentChildren
  /** Move focus to the heading on mount; default: unless `shared` (a shared link's page load must not steal focus). */
  focus?: boolean
}

/** "If you had answered … instead of …, X would come first." */
function Counterfactual({ v, result }: { v: View; result: Result }) {
  let c = describeCounterfactual(result, v.data)
  return (
    <section aria-labelledby={`${v.id}cf`}>
      <h3 id={`${v.id}cf`}>{v.m.change}</h3>
      <p>{c ? fill(v.m.counterfactual, { ...c, role: c.newTop }) : v.m.noChange}</p>
    </section>
  )
}

/**
 * The results screen: the recommendation and why, every role ranked, the top
 * two compared, salaries charted, what would change the result and how it was
 * calculated, with every figure footnoted to its source.
 *
 * ```tsx
 * <ResultsScreen result={score(answers)} data={data} answers={answers} locale="en" shared={false} … />
 * ```
 */
export function ResultsScreen(props: ResultsScreenProps): VNode {
  let { result, data, answers, shared } = props
  let v = viewFor(props.locale, data, useId())
  let { m } = v
  let [first, second] = result.ranking
  let title = (id: string) => v.role(id).title
  let top = title(first!.id)
  let picks = result.stability === 'toss-up' && second ? [first!, second] : [first!]
  let stability = { robust: m.robust, lean: m.lean, 'toss-up': m.tossUp }[result.stability]
  let ref = useHeadingFocus(props.focus ?? !shared)
  let heading = (text: string) => <h2 ref={ref} id={`${v.id}h`} tabIndex={-1}>{text}</h2>
  let actions = (
    <div class="actions r-row">
      {shared ? (
        <button type="button" onClick={props.onTakeQuiz}>{m.takeQuiz}</button>
      ) : (
        <>
          <button type="button" onClick={props.onChangeAnswers}>{m.changeAnswers}</button>
          <button type="button" class="secondary" onClick={props.onRetake}>{m.retake}</button>
        </>
      )}
      {props.shareActions ?? <button type="button" class="secondary" onClick={() => props.onShare('link')}>{m.share}</button>}
    </div>
  )
  return (
    <section class="r-res" part="screen results" aria-labelledby={`${v.id}h`}>
      {shared && <p class="r-tag">{m.shared}</p>}
      {result.lowSignal ? (
        <div class="r-card r-low">
          {heading(m.lowTitle)}
          <p>{lowSignalReason(answers, data) === 'skipped' ? m.lowSkipped : m.lowSame} {m.lowAction}</p>
          {actions}
        </div>
      ) : (
        <>
          {heading(fill(m.heading, { role: top }))}
          <p class="r-lead">{fill(stability, { role: top, first: top, second: second ? title(second.id) : '' })}</p>
          <div class="r-pair">
            {picks.map(r => <RoleCard key={r.id} v={v} ranked={r} answers={answers} />)}
          </div>
          {!shared && picks.map(r => <Feedback key={r.id} v={v} roleId={r.id} onFeedback={props.onFeedback} />)}
        </>
      )}
      <Ranking v={v} ranking={result.ranking} tentative={result.lowSignal} />
      {!result.lowSignal && (
        <>
          <RunnerUp v={v} result={result} answers={answers} />
          {second && <Comparison v={v} ids={[first!.id, second.id]} />}
          <SalaryChart v={v} aim={desiredSalary(answers, data)} />
          <Counterfactual v={v} result={result} />
        </>
      )}
      <Method v={v} />
      {!result.lowSignal && <Footnotes v={v} />}
      {!result.lowSignal && actions}
    </section>
  )
}
