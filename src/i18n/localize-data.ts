// The default data in another language: a pack's `data` table laid over it by id.
import type { QuizData } from '../engine/data'
import { own } from './wording'

type Texts<Fields extends string> = { [Field in Fields]?: string }

/**
 * One language's texts for the default data, by the data's ids. Where an item has a
 * `label` (skills, options), a text stands for `{ label }`.
 *
 * ```ts
 * { skills: { 'project-management': 'Gestion de projet' }, questions: { scope: { text: '…', options: { product: '…' } } } }
 * ```
 */
export interface DataStrings {
  /**
   * Role id → title, summary, the fact values that are words (proper names stay as they
   * are), and the source's skill terms in the order of `skills.percentages`.
   */
  roles: Record<string, Texts<'title' | 'summary'> & {
    facts?: { salary?: Texts<'note'>; bestPayingIndustry?: Texts<'value'> }
    skills?: { percentages?: Texts<'term'>[] }
  }>
  /** Skill id → label. */
  skills: Record<string, string>
  /** Preference axis id → label and the words at each end. */
  preferences: Record<string, Texts<'label' | 'low' | 'high'>>
  /** Question id → text and option labels by option id. */
  questions: Record<string, Texts<'text'> & { options?: Record<string, string> }>
  /** Option labels by option id for options their question leaves out: the skill questions' five-step scale. */
  scale: Record<string, string>
}

// Walks `value` beside `original` (the default data) and `table`: items of lists by id,
// fields by name. A text changes only while it still reads as in the default data, so
// custom data passes through.
function lay(value: unknown, original: unknown, table: unknown, scale: unknown): unknown {
  if (typeof value == 'string') return value === original && typeof table == 'string' ? table : value
  if (Array.isArray(value)) {
    // Items with an id by id, others (a role's skill percentages) by position.
    return value.map((item: { id?: string }, index) => {
      let id = item?.id ?? String(index)
      let texts = own(table, id) ?? own(scale, id)
      let match = item?.id ? (original as { id?: string }[] | undefined)?.find(other => other.id == id) : own(original, id)
      return lay(item, match, typeof texts == 'string' ? { label: texts } : texts, scale)
    })
  }
  if (!value || typeof value != 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, lay(field, own(original, key), own(table, key), scale)]))
}

/**
 * Translates the texts of `defaults` in `data` with `table`; the widget calls it through `localizeData`.
 *
 * ```ts
 * translateData(defaultData, defaultData, dataEs).roles[0].title // 'Responsable de programas de clientes'
 * ```
 */
export function translateData(data: QuizData, defaults: QuizData, table: Partial<DataStrings>): QuizData {
  return lay(data, defaults, table, table.scale) as QuizData
}
