import {
  defaultData, type ImportanceOption, type ImportanceQuestion, type Option, type PreferenceOption,
  type PreferenceQuestion, type QuizData, type SalaryOption, type SalaryQuestion, type SkillOption, type SkillQuestion
} from './data'
import { SKIP } from './skip'

/** A visitor's answers: question id → option id (`"skip"` or absent = skipped). */
export type Answers = Record<string, string>

/** An answered question and the option picked, tagged by the question's kind. */
export type Chosen =
  | { kind: 'skill'; question: SkillQuestion; option: SkillOption }
  | { kind: 'preference'; question: PreferenceQuestion; option: PreferenceOption }
  | { kind: 'salary'; question: SalaryQuestion; option: SalaryOption }
  | { kind: 'salary-importance'; question: ImportanceQuestion; option: ImportanceOption }

/**
 * Resolves answers into chosen options in question order, so the order of
 * keys never matters. Throws an Error naming the unknown question or option.
 */
export function resolveAnswers(answers: Answers, data: QuizData = defaultData): Chosen[] {
  let byId = new Map(data.questions.map(q => [q.id, q]))
  for (let questionId of Object.keys(answers)) {
    let question = byId.get(questionId)
    if (!question) throw new Error(`Unknown question "${questionId}" in answers`)
    let optionId: unknown = answers[questionId]
    if (optionId === SKIP) continue
    if (typeof optionId !== 'string' || !question.options.some(o => o.id === optionId)) {
      throw new Error(`Unknown option "${String(optionId)}" for question "${questionId}"`)
    }
  }
  let chosen: Chosen[] = []
  for (let question of data.questions) {
    let optionId = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined
    let option = (question.options as Option[]).find(o => o.id === optionId)
    if (option) chosen.push({ kind: question.kind, question, option } as Chosen)
  }
  return chosen
}
