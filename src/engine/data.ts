import preferencesJson from '../../data/preferences.json'
import questionsJson from '../../data/questions.json'
import rolesJson from '../../data/roles.json'
import skillsJson from '../../data/skills.json'

/** Where a figure comes from: the id of an entry in `sources`. */
export type SourceId = string

export interface Source {
  id: SourceId
  title: string
  publisher: string | null
  author: string | null
  year: number | null
  /** The default data's source texts are in `data/sources/<file>`. */
  file?: string
  note?: string
  /** What this source provides. */
  contributes?: string
}

export interface Skill {
  id: string
  label: string
  description: string
  sourceTerms: { term: string; source: SourceId }[]
}

/** A preference axis from -1 (`low`) to 1 (`high`). */
export interface PreferenceDimension {
  id: string
  label: string
  low: string
  high: string
}

export interface Salary {
  average: number
  min: number
  max: number
  currency: string
  period: 'year'
  source: SourceId
  note?: string
}

export interface Fact<Value> {
  value: Value
  source: SourceId
}
export interface PercentFact {
  percent: number
  source: SourceId
}
export interface DegreeFact extends PercentFact {
  value: string
}
export interface MoneyFact extends Fact<number> {
  currency: string
}

/** Facts a source gives for a role; `null` or left out where the source gives none (the widget's bundles leave them out). */
export interface RoleFacts {
  salary: Salary
  hourlyRate?: MoneyFact | null
  growthRate?: PercentFact | null
  jobs?: Fact<number> | null
  degree?: DegreeFact | null
  major?: Fact<string> | null
  college?: Fact<string> | null
  averageAge?: Fact<number> | null
  highestPayingCity?: Fact<string> | null
  highestPayingState?: Fact<string> | null
  bestPayingCompany?: Fact<string> | null
  bestPayingIndustry?: Fact<string> | null
  gender?: Fact<Record<string, number>> | null
  race?: Fact<Record<string, number>> | null
  lgbtPercent?: PercentFact | null
}

export interface SourcedPercentage {
  term: string
  percent: number
  skill: string
}

export interface SkillEvidence {
  kind: 'skill' | 'responsibility' | 'overview'
  text: string
  skills: string[]
}

/**
 * How much each skill matters to a role (weights sum to 1), and how the
 * weights were obtained: from a source's percentages, or derived from its lists.
 */
export type RoleSkills =
  | { basis: 'sourced'; weights: Record<string, number>; percentages?: SourcedPercentage[]; derivation?: string }
  | { basis: 'derived'; weights: Record<string, number>; evidence?: SkillEvidence[]; derivation?: string }

/** A role's position on a preference axis, from -1 to 1, with the reason. */
export interface PreferencePosition {
  value: number
  /** The source wording behind the position (every default role has one). */
  why?: string
}

export interface Role {
  id: string
  title: string
  /** What the role does (the script-tag bundle leaves it out: nothing on screen shows it). */
  summary?: string
  summarySource?: SourceId
  facts: RoleFacts
  responsibilities?: string[]
  responsibilitiesSource?: SourceId
  responsibilitiesNote?: string
  skills: RoleSkills
  preferences: Record<string, PreferencePosition>
}

export interface Option {
  id: string
  label: string
}
export interface SkillOption extends Option {
  /** 1 (would avoid) to 5 (would love). */
  level: number
}
export interface PreferenceOption extends Option {
  /** Positions on preference axes, each from -1 to 1. */
  values: Record<string, number>
}
export interface SalaryOption extends Option {
  /** Desired yearly salary, in the roles' currency. */
  salary: number
}
export interface ImportanceOption extends Option {
  /** Multiplier of the salary share of the blend, from 0 to 2. */
  importance: number
}

interface QuestionBase {
  id: string
  text: string
}
export interface SkillQuestion extends QuestionBase {
  kind: 'skill'
  skill: string
  options: SkillOption[]
}
export interface PreferenceQuestion extends QuestionBase {
  kind: 'preference'
  /** Whether options form a scale (neighbours are one step apart). Default true. */
  ordered?: boolean
  /** Share of the preference part relative to other preference questions. Default 1. */
  weight?: number
  options: PreferenceOption[]
}
export interface SalaryQuestion extends QuestionBase {
  kind: 'salary'
  /** ISO 4217 code of the bands' amounts; the roles' salaries must be in it too. Default `"USD"`. */
  currency?: string
  options: SalaryOption[]
}
export interface ImportanceQuestion extends QuestionBase {
  kind: 'salary-importance'
  options: ImportanceOption[]
}
export type Question = SkillQuestion | PreferenceQuestion | SalaryQuestion | ImportanceQuestion

/** Everything the engine scores with. */
export interface QuizData {
  sources: Source[]
  skills: Skill[]
  preferences: PreferenceDimension[]
  roles: Role[]
  questions: Question[]
}

// The JSON files are checked by parseQuizData in the tests, so the cast is safe.
// The widget's build drops the optional fields it doesn't show (see vite.config.ts).
export const defaultData = {
  sources: rolesJson.sources,
  roles: rolesJson.roles,
  skills: skillsJson.skills,
  preferences: preferencesJson.preferences,
  questions: questionsJson.questions
} as unknown as QuizData
