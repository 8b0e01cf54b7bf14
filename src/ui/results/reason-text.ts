// Turns the engine's reasons (src/engine/explain.ts) into sentences: what the
// visitor answered, then what the role's data says, in that direction.
import type { Answered, Need, Reason } from '../../engine/explain'
import { fill, languageOf } from '../../i18n/messages'
import type { View } from './view'

/** A title or label inside a sentence: "Product manager" → "product manager", "UX lead" stays. */
export const inSentence = (text: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text

// Languages whose nouns keep their capital (German) keep titles as they are.
const lower = (v: View, text: string): string => (languageOf(v.locale).keepCase ? text : inSentence(text))

type Levels = View['m']['skillLevels']
const levelKey = (level: number): keyof Levels =>
  level <= 1.5 ? 'avoid' : level < 3 ? 'little' : level < 4.5 ? 'enjoy' : 'love'

/** "You'd love product strategy", "You chose “Mostly clients”", "You want over $130,000": the answer alone. */
function skillAnswer(v: View, a: Extract<Answered, { kind: 'skill' }>): string {
  return fill(v.m.skillLevels[levelKey(a.level)], { skill: lower(v, a.skillLabel) })
}

/**
 * Where a role sits on a question's axes: "mostly clients", "leaning to setting
 * strategy". Axes where it sits in the middle are left out when another isn't.
 */
function position(v: View, a: Extract<Answered, { kind: 'preference' }>, values: number[]): string {
  let sides = a.axes.flatMap((axis, i) => {
    let value = values[i] ?? 0
    let side = lower(v, value > 0 ? axis.high : axis.low)
    return Math.abs(value) >= 0.75 ? [side] : Math.abs(value) >= 0.25 ? [fill(v.m.leaning, { side })] : []
  })
  let [first] = a.axes
  if (sides.length || !first) return v.list(sides)
  return fill(v.m.between, { low: lower(v, first.low), high: lower(v, first.high) })
}

/** " on leading across departments" for a question about one axis; nothing for several. */
const topic = (v: View, a: Extract<Answered, { kind: 'preference' }>): string =>
  a.axes.length === 1 ? fill(v.m.topic, { axis: lower(v, a.axes[0]!.label) }) : ''

const title = (v: View, roleId: string): string => lower(v, v.role(roleId).title)

function skillNeed(v: View, need: Extract<Need, { kind: 'skill' }>): string {
  let sourced = need.basis === 'sourced' && need.percent !== null
  let template = sourced ? v.m.needSourced : v.m.needDerived
  let text = fill(template, { role: title(v, need.roleId), percent: v.f.percent(sourced ? need.percent! : Math.round(need.weight * 100)) })
  return need.only ? fill(v.m.needOnly, { need: text }) : text
}

/**
 * One reason for or against a role as a sentence.
 *
 * ```ts
 * reasonText(v, explainRole(top, answers, data).for[0])
 * // "You'd love product strategy, and the product manager role's source names it (a derived weight of 30%)."
 * ```
 */
export function reasonText(v: View, { answered: a, need, effect }: Reason): string {
  let role = title(v, need.roleId)
  if (a.kind === 'skill' && need.kind === 'skill') {
    return fill(effect === 'for' ? v.m.reasonFor : v.m.reasonAgainst, { answer: skillAnswer(v, a), need: skillNeed(v, need) })
  }
  if (a.kind === 'preference' && need.kind === 'preference') {
    let template = effect === 'for' ? v.m.preferenceFor : v.m.preferenceAgainst
    return fill(template, { answer: a.label, topic: topic(v, a), role, position: position(v, a, need.positions) })
  }
  if (a.kind === 'salary' && need.kind === 'salary') {
    let money = (amount: number) => v.f.money(amount, need.currency)
    let template = effect === 'for'
      ? a.amount <= need.average ? v.m.salaryAverage : v.m.salaryRange
      : a.amount > need.max ? v.m.salaryAboveTop : v.m.salaryAboveAverage
    return fill(template, { amount: lower(v, a.label), role, average: money(need.average), max: money(need.max) })
  }
  return ''
}
