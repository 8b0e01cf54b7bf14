// The headless entry: scoring engine and default data, no DOM.
export { resolveAnswers } from './engine/answers'
export type { Answers } from './engine/answers'
export { defaultData } from './engine/data'
export type {
  ImportanceOption, ImportanceQuestion, Option, PreferenceDimension, PreferenceOption, PreferenceQuestion,
  Question, QuizData, Role, RoleFacts, RoleSkills, Salary, SalaryOption, SalaryQuestion, Skill, SkillOption,
  SkillQuestion, Source
} from './engine/data'
export { SKIP } from './engine/skip'
export { parseQuizData } from './engine/parse-data'
export type { ParseResult } from './engine/parse-data'
export { salaryFit, skillWeight } from './engine/parts'
export { compareTopTwo, explainRole, NEGLIGIBLE } from './engine/explain'
export type { Answered, Contrast, Explanation, Need, Reason } from './engine/explain'
export { DEFAULT_BLEND, LOW_SIGNAL_SPREAD, score, stepsBetween, TOSS_UP_MARGIN } from './engine/score'
export type { Blend, Contribution, Counterfactual, RankedRole, Result, ScoreOptions, Stability } from './engine/score'

import { defaultData } from './engine/data'

/** The default questions, in the order the quiz asks them. */
export const questions = defaultData.questions
/** The five default roles with their sourced facts. */
export const roles = defaultData.roles
/** The skill taxonomy the roles' weights refer to. */
export const skills = defaultData.skills
/** The preference axes the roles' positions refer to. */
export const preferences = defaultData.preferences
/** The two source texts every figure traces to. */
export const sources = defaultData.sources
