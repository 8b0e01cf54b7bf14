// The default data in another language, from a pack's `data` table.
import type { QuizData, RoleFacts } from '../engine/data'

type Texts = Record<string, string>

/** One language's texts for the default data, keyed by the data's ids. */
export interface DataStrings {
  /** Role id → [title, summary]. */
  roles: Record<string, [string, string]>
  /** Skill id → label. */
  skills: Texts
  /** Preference axis id → [label, low, high]. */
  preferences: Record<string, [string, string, string]>
  /** Question id → [text, option id → label]; options not listed fall back to `scale`. */
  questions: Record<string, [string, Texts?]>
  /** Labels of the five-step enjoyment scale the skill questions share. */
  scale: Texts
  /** English fact values and notes the widget shows that are words (proper names stay as they are). */
  words: Texts
}

const own = <Value>(record: Record<string, Value> | undefined, key: string): Value | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined
const byId = <Item extends { id: string }>(items: Item[]) => new Map(items.map(item => [item.id, item]))

/**
 * Translates the texts of `defaults` in `data` with `table`. A text changes only when
 * its id is known and it still reads as in `defaults`, so custom data passes through.
 * The widget calls it through `localizeData`.
 *
 * ```ts
 * translateData(defaultData, defaultData, dataEs).roles[0].title // 'Responsable de programas de clientes'
 * ```
 */
export function translateData(data: QuizData, defaults: QuizData, table: Partial<DataStrings>): QuizData {
  let { words } = table
  // The translation, when `value` is still the default data's English `original`.
  let tr = (value: string, original: string | undefined, translated: string | undefined): string =>
    (value === original && translated) || value
  let word = (value: string) => own(words, value) ?? value
  let roles = byId(defaults.roles)
  let skills = byId(defaults.skills)
  let preferences = byId(defaults.preferences)
  let questions = byId(defaults.questions)

  return {
    ...data,
    roles: data.roles.map(role => {
      let original = roles.get(role.id)
      let [title, summary] = own(table.roles, role.id) ?? []
      if (!original) return role
      let { salary, bestPayingIndustry: industry } = role.facts
      // Only the texts the widget shows are translated: the bundle carries no others.
      let facts: RoleFacts = {
        ...role.facts,
        salary: { ...salary, ...(salary.note && { note: word(salary.note) }) },
        bestPayingIndustry: industry && { ...industry, value: word(industry.value) }
      }
      return {
        ...role,
        title: tr(role.title, original.title, title),
        summary: tr(role.summary, original.summary, summary),
        facts
      }
    }),
    skills: data.skills.map(skill => {
      let original = skills.get(skill.id)
      return { ...skill, label: tr(skill.label, original?.label, own(table.skills, skill.id)) }
    }),
    preferences: data.preferences.map(axis => {
      let original = preferences.get(axis.id)
      let [label, low, high] = own(table.preferences, axis.id) ?? []
      return {
        ...axis,
        label: tr(axis.label, original?.label, label),
        low: tr(axis.low, original?.low, low),
        high: tr(axis.high, original?.high, high)
      }
    }),
    questions: data.questions.map(question => {
      let original = questions.get(question.id)
      let [text, labels] = own(table.questions, question.id) ?? []
      let options = question.options.map(option => ({
        ...option,
        label: tr(
          option.label,
          original?.options.find(o => o.id === option.id)?.label,
          own(labels, option.id) ?? own(table.scale, option.id)
        )
      }))
      return { ...question, text: tr(question.text, original?.text, text), options } as typeof question
    })
  }
}
