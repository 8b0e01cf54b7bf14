import type { ComponentChildren, VNode } from 'preact'
import { useId, useRef } from 'preact/hooks'
import { describeCounterfactual, desiredSalary, lowSignalReason } from '../../engine/explain'
import { fill } from '../../i18n/messages'
import type { ResultsProps } from '../results-slot'
import { useHeadingFocus } from '../screen'
import { Comparison } from './comparison'
import { Disclosure, usePrintOpen } from './disclosure'
import { Footnotes } from './footnotes'
import { Method } from './method'
import { Ranking } from './ranking'
import { RoleCard } from './role-card'
import { RunnerUp } from './runner-up'
import { SalaryChart } from './salary-chart'
import { viewFor } from './view'

/** The results slot's props (`ResultsProps`), plus the share actions and the call to action. */
export interface ResultsScreenProps extends Omit<ResultsProps, 'focus'> {
  /** Slot where the sharing work puts its buttons; without it, one "Share" button calls `onShare('link')`. */
  shareActions?: ComponentChildren
  /** The site owner's call to action for a recommended role, shown right under its reasons. */
  cta?: (roleId: string) => ComponentChildren
  /** Move focus to the heading on mount; default: unless `shared` (a shared link's page load must not steal focus). */
  focus?: boolean
}

/**
 * The results screen. First, on one phone screen: the recommendation (or a
 * toss-up's two), its match and reasons, the call to action and sharing; then
 * every role ranked. The details fold away, closed until asked for and open when
 * printed: why not the runner-up (with the top two compared), salaries, what
 * would change the result, and how it was calculated (with the sources).
 *
 * ```tsx
 * <ResultsScreen result={score(answers)} data={data} answers={answers} locale="en" shared={false} … />
 * ```
 */
export function ResultsScreen(props: ResultsScreenProps): VNode {
  let { result, data, answers, shared } = props
  let low = result.lowSignal
  let v = viewFor(props.locale, data, useId())
  let { m, id } = v
  let [first, second] = result.ranking
  let title = (roleId: string) => v.role(roleId).title
  let top = title(first!.id)
  let picks = result.stability === 'toss-up' && second ? [first!, second] : [first!]
  let stability = m[result.stability === 'toss-up' ? 'tossUp' : result.stability]
  let ref = useHeadingFocus(props.focus ?? !shared)
  let screen = useRef<HTMLElement>(null)
  usePrintOpen(screen)
  let heading = (text: string) => <h2 ref={ref} id={`${id}h`} tabIndex={-1}>{text}</h2>
  let share = props.shareActions ?? <button type="button" class="secondary" onClick={() => props.onShare('link')}>{m.share}</button>
  // A shared result's visitor is offered the quiz where the owner's call to action would be.
  let act = (roleId: string) => (shared ? null : props.cta?.(roleId))
  let own = shared ? (
    <button type="button" onClick={props.onTakeQuiz}>{m.takeQuiz}</button>
  ) : (
    <div class="actions r-row">
      <button type="button" class="secondary" onClick={props.onChangeAnswers}>{m.changeAnswers}</button>
      <button type="button" class="secondary" onClick={props.onRetake}>{m.retake}</button>
    </div>
  )
  return (
    <section ref={screen} class="r-res" part="screen results" aria-labelledby={`${id}h`}>
      {shared && <p class="r-tag">{m.shared}</p>}
      {low ? (
        <div class="r-card r-low">
          {heading(m.lowTitle)}
          <p>{lowSignalReason(answers, data) === 'skipped' ? m.lowSkipped : m.lowSame} {m.lowAction}</p>
          {own}
          {share}
        </div>
      ) : (
        <>
          {heading(fill(m.heading, { role: top }))}
          <p class="r-lead">{fill(stability, { role: top, first: top, second: second ? title(second.id) : '' })}</p>
          <div class="r-pair">
            {picks.map(r => (
              <RoleCard key={r.id} v={v} ranked={r} answers={answers} {...(picks.length < 2 && { labelledBy: `${id}h` })}>
                {act(r.id)}
              </RoleCard>
            ))}
          </div>
          {shared && own}
          {share}
        </>
      )}
      <Ranking v={v} ranking={result.ranking} tentative={low} />
      <div class="r-details">
        {!low && second && (
          <RunnerUp v={v} result={result} answers={answers}>
            {() => <Comparison v={v} ids={[first!.id, second.id]} />}
          </RunnerUp>
        )}
        {!low && (
          <>
            <Disclosure id={`${id}ch`} title={m.chart}>
              {() => <SalaryChart v={v} aim={desiredSalary(answers, data)} />}
            </Disclosure>
            <Disclosure id={`${id}cf`} title={m.change}>
              {() => {
                // "If you had answered … instead of …, X would come first."
                let change = describeCounterfactual(result, data)
                return <p>{change ? fill(m.counterfactual, { ...change, role: change.newTop }) : m.noChange}</p>
              }}
            </Disclosure>
          </>
        )}
        <Disclosure id={`${id}mt`} title={m.method}>
          {() => (
            <>
              <Method v={v} />
              {!low && <Footnotes v={v} />}
            </>
          )}
        </Disclosure>
      </div>
      {!low && !shared && own}
    </section>
  )
}
