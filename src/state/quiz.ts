import { atom, computed, type ReadableAtom } from 'nanostores'
import type { Answers } from '../engine/answers'
import type { QuizData } from '../engine/data'
import { score, type Result } from '../engine/score'
import { parseProgress, type Progress, type Screen } from './progress'
import { attempt, defaultStorage, type QuizStorage } from './storage'

export type { QuizStorage } from './storage'
export type { Screen } from './progress'

/** What a host page can hear from a quiz. */
export type QuizEvent =
  | { type: 'step'; step: number; questionId: string }
  | { type: 'complete'; answers: Answers; result: Result }
  | { type: 'feedback'; roleId: string; helpful: boolean }
  | { type: 'share'; channel: string }

/** The scored answers, or why scoring failed. */
export type QuizResult = Result | { error: string }

export interface QuizOptions {
  /** Questions and roles, already localised. */
  data: QuizData
  /** Storage key, namespaced per widget instance: `'career-fit:' + id`. */
  storageKey: string
  /** Where progress is kept; default `localStorage` when reachable, `null` keeps it in memory only. */
  storage?: QuizStorage | null
  /** A shared link's answers: the quiz opens on their result, labelled shared, leaving stored progress alone. */
  sharedAnswers?: Answers | null
  onEvent?: (event: QuizEvent) => void
}

/** One widget's quiz: stores to render, actions to call. */
export interface Quiz {
  readonly data: QuizData
  readonly $screen: ReadableAtom<Screen>
  /** Index of the current question in `data.questions`. */
  readonly $step: ReadableAtom<number>
  readonly $answers: ReadableAtom<Answers>
  readonly $result: ReadableAtom<QuizResult>
  /** The answers on show came from a shared link. */
  readonly $shared: ReadableAtom<boolean>
  /** There are answers or a step to continue from. */
  readonly $hasProgress: ReadableAtom<boolean>
  /** Next was pressed with nothing chosen on this question. */
  readonly $missing: ReadableAtom<boolean>
  /** Begins from the first question with no answers. */
  start(): void
  /** Returns to the screen and question stored progress left off at. */
  resume(): void
  /** Forgets every answer and stored progress; back to the intro. */
  restart(): void
  answer(questionId: string, optionId: string): void
  /** Next question, or the review after the last one (or after a change from the review). */
  next(): void
  back(): void
  /** Edits one answer; the next Next returns to the review. */
  goToQuestion(questionId: string): void
  showReview(): void
  finish(): void
  retake(): void
  feedback(roleId: string, helpful: boolean): void
  share(channel: string): void
  /** Leaves a shared result for the visitor's own quiz, keeping their stored progress. */
  takeQuizYourself(): void
  /** Stops saving and emitting events. */
  destroy(): void
}

/**
 * Creates the state of one quiz widget.
 *
 * ```ts
 * let quiz = createQuiz({ data, storageKey: 'career-fit:main', onEvent: e => console.log(e) })
 * quiz.start()
 * quiz.answer('work-with', 'clients')
 * quiz.next()
 * ```
 */
export function createQuiz({ data, storageKey, storage = defaultStorage(), sharedAnswers = null, onEvent }: QuizOptions): Quiz {
  let $screen = atom<Screen>('intro')
  let $step = atom(0)
  let $answers = atom<Answers>({})
  let $shared = atom(false)
  let $missing = atom(false)
  let $result = computed($answers, (answers): QuizResult => {
    try {
      return score(answers, data)
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  })
  let $hasProgress = computed([$answers, $step], (answers, step) => step > 0 || Object.keys(answers).length > 0)
  let resumeTo: Screen = 'question'
  let completed = false
  let toReview = false
  let live = true
  let last = data.questions.length - 1

  let emit = (event: QuizEvent) => {
    if (live) onEvent?.(event)
  }
  let save = () => {
    let record: Progress = { version: 1, answers: $answers.get(), step: $step.get(), screen: $screen.get() }
    if (live && !$shared.get()) attempt(() => storage?.setItem(storageKey, JSON.stringify(record)), undefined)
  }
  let show = (screen: Screen, step = $step.get()) => {
    $missing.set(false)
    $step.set(step)
    $screen.set(screen)
    if (screen !== 'intro') resumeTo = screen
    if (screen === 'question') emit({ type: 'step', step, questionId: data.questions[step]!.id })
    let result = $result.get()
    if (screen === 'results' && !completed && !('error' in result)) {
      completed = true
      emit({ type: 'complete', answers: $answers.get(), result })
    }
    save()
  }
  let reset = (answers: Answers = {}, step = 0) => {
    $shared.set(false)
    $answers.set(answers)
    $step.set(step)
    completed = toReview = false
  }
  // Stored progress always opens on the intro, so "Continue" and "Start over" are the visitor's choice.
  let restore = () => {
    let raw = attempt(() => storage?.getItem(storageKey) ?? null, null)
    let progress = raw === null ? null : parseProgress(raw, data)
    if (raw !== null && !progress) attempt(() => storage?.removeItem(storageKey), undefined)
    reset(progress?.answers, progress?.step)
    completed = progress?.screen === 'results'
    resumeTo = !progress || progress.screen === 'intro' ? 'question' : progress.screen
    $screen.set('intro')
  }
  // Editing a shared result makes its answers the visitor's own.
  let adopt = () => $shared.set(false)
  let start = () => {
    reset()
    show('question', 0)
  }

  if (sharedAnswers) {
    $answers.set(sharedAnswers)
    $shared.set(true)
    $screen.set('results')
  } else restore()

  return {
    data, $screen, $step, $answers, $result, $shared, $hasProgress, $missing,
    start,
    retake: start,
    resume: () => show(resumeTo),
    restart() {
      reset()
      attempt(() => storage?.removeItem(storageKey), undefined)
      $screen.set('intro')
    },
    answer(questionId, optionId) {
      $answers.set({ ...$answers.get(), [questionId]: optionId })
      $missing.set(false)
      save()
    },
    next() {
      let step = $step.get()
      if (!Object.hasOwn($answers.get(), data.questions[step]!.id)) return $missing.set(true)
      if (toReview || step >= last) {
        toReview = false
        show('review')
      } else show('question', step + 1)
    },
    back() {
      if ($screen.get() === 'review') show('question', last)
      else if ($step.get() > 0) show('question', $step.get() - 1)
      else show('intro')
    },
    goToQuestion(questionId) {
      let step = data.questions.findIndex(q => q.id === questionId)
      if (step < 0) return
      adopt()
      toReview = true
      show('question', step)
    },
    showReview() {
      adopt()
      show('review')
    },
    finish: () => show('results'),
    feedback: (roleId, helpful) => emit({ type: 'feedback', roleId, helpful }),
    share: channel => emit({ type: 'share', channel }),
    takeQuizYourself: restore,
    destroy() {
      live = false
    }
  }
}
