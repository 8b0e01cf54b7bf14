// One quiz as a state machine. Every screen and every transition is named here
// and nowhere else:
//
//   intro ──start──▶ question(0) ──next──▶ question(1) … question(last) ──next──▶ review ──showResults──▶ results
//   intro ──resume──▶ the screen stored progress left off at
//   question(n) ──back──▶ question(n − 1);  question(0) ──back──▶ intro;  review ──back──▶ question(last)
//   review ──editAnswer──▶ question(n) ──next──▶ review
//   results, shared ──showReview──▶ review (a shared result's answers become the visitor's own)
//   results, shared ──start──▶ question(0)
//   shared ──leaveSharedResult──▶ intro, with the visitor's stored progress
//   any ──openShared──▶ shared (a share link opened after the page loaded)
//   any ──reset──▶ intro, answers and stored progress forgotten
//
// `results` and `shared` show the error screen instead when the answers can't be
// scored (`$result` is not ok); its Start over is `reset`. The whole state is one
// store, so a transition changes it at once; reactions (saving progress, the host
// page's events) are listeners on it, each in one place.
import { atom, computed, type ReadableAtom } from 'nanostores'
import type { CareerFitEventMap } from '../embed/events'
import type { Answers } from '../engine/answers'
import type { QuizData } from '../engine/data'
import type { Outcome } from '../engine/parse-data'
import { score, type Result } from '../engine/score'
import { resultUrl } from '../share/link'
import type { Environment } from './environment'
import { readProgress, writeProgress, type Progress } from './progress'

/** Every screen of a quiz: `shared` is a result someone else's answers gave, opened from a link. */
export type Screen = 'intro' | 'question' | 'review' | 'results' | 'shared'

/** Everything a quiz knows. */
export interface QuizState {
  screen: Screen
  /** The question on show, or the one to continue from: an index in `data.questions`. */
  step: number
  answers: Answers
  /** Next was pressed with nothing chosen on this question. */
  missing?: boolean
  /** Next returns to the review: the visitor came from there to change one answer. */
  toReview?: boolean
  /** Where Continue on the intro goes. */
  resumeTo: 'question' | 'review' | 'results'
  /** These answers reached their results: the complete event went out (or did on an earlier visit). */
  completed?: boolean
}

/** Sends one of the host page's events. */
export type Emit = <Type extends keyof CareerFitEventMap>(type: Type, detail: CareerFitEventMap[Type]['detail']) => void

export interface QuizOptions {
  /** Questions and roles, already localised. */
  data: QuizData
  /** Storage key, namespaced per widget instance: `'career-fit:' + id`. */
  storageKey: string
  environment: Pick<Environment, 'storage' | 'location'>
  /** Page that share links open; the current page when missing. */
  shareBase?: string | null
  /** A shared link's answers: the quiz opens on their result, leaving stored progress alone. */
  sharedAnswers?: Answers | null
  /** The state to go on from: the same quiz, re-rendered after its options changed. */
  restore?: QuizState | undefined
  /** Receives the `careerfit:step`, `complete`, and `share` events. */
  emit?: Emit
}

/** One widget's quiz: stores to render, actions to call. */
export interface Quiz {
  readonly data: QuizData
  readonly $state: ReadableAtom<QuizState>
  readonly $screen: ReadableAtom<Screen>
  /** Index of the current question in `data.questions`. */
  readonly $step: ReadableAtom<number>
  readonly $answers: ReadableAtom<Answers>
  /** The scored answers, or why scoring failed. */
  readonly $result: ReadableAtom<Outcome<Result>>
  /** The answers on show came from a shared link. */
  readonly $shared: ReadableAtom<boolean>
  /** There are answers or a step to continue from. */
  readonly $hasProgress: ReadableAtom<boolean>
  /** Next was pressed with nothing chosen on this question. */
  readonly $missing: ReadableAtom<boolean>
  /** Begins a new attempt on the first question, with no answers. */
  start(): void
  /** Returns to the screen and question the visitor left off at. */
  resume(): void
  /** Forgets every answer and stored progress; back to the intro. */
  reset(): void
  /** Leaves a shared result for the visitor's own quiz, as their stored progress left it. */
  leaveSharedResult(): void
  /** Shows a shared link's result; the visitor's own stored progress stays as it was. */
  openShared(answers: Answers): void
  answer(questionId: string, optionId: string): void
  /** Next question, or the review after the last one (or after a change from the review). */
  next(): void
  back(): void
  /** Shows one question to change its answer; the next Next returns to the review. */
  editAnswer(questionId: string): void
  showReview(): void
  showResults(): void
  /** The share link that opens these answers' result. */
  shareUrl(answers: Answers): string
  /** Tells the host page the visitor shared the result through `channel`. */
  reportShare(channel: string): void
  /** Stops saving and emitting events. */
  destroy(): void
}

// A flag left out is false.
const NOTHING: QuizState = { screen: 'intro', step: 0, answers: {}, resumeTo: 'question' }

const hasProgress = ({ step, answers }: QuizState): boolean => step > 0 || Object.keys(answers).length > 0

function scoreOutcome(answers: Answers, data: QuizData): Outcome<Result> {
  try {
    return { ok: true, value: score(answers, data) }
  } catch (error) {
    return { ok: false, errors: [String(error)] }
  }
}

// Stored progress always opens on the intro, so "Continue" and "Start over" are the visitor's choice.
function restored({ answers, step, screen }: Progress): QuizState {
  let resumeTo = screen === 'intro' ? 'question' : screen
  return { ...NOTHING, answers, step, resumeTo, completed: screen === 'results' }
}

/**
 * Creates the state of one quiz widget.
 *
 * ```ts
 * let quiz = createQuiz({ data, storageKey: 'career-fit:main', environment, emit: (type, detail) => console.log(type, detail) })
 * quiz.start()
 * quiz.answer('work-with', 'clients')
 * quiz.next()
 * ```
 */
export function createQuiz({ data, storageKey, environment, shareBase, sharedAnswers, restore, emit }: QuizOptions): Quiz {
  let { storage, location } = environment
  let last = data.questions.length - 1
  let stored = (): QuizState => {
    let progress = readProgress(storage, storageKey, data)
    return progress ? restored(progress) : NOTHING
  }
  let shared = (answers: Answers): QuizState => ({ ...NOTHING, screen: 'shared', answers })
  let $state = atom(restore ?? (sharedAnswers ? shared(sharedAnswers) : stored()))
  let $answers = computed($state, state => state.answers)
  // Scored once per set of answers: `answer()` keeps the same object when nothing changed.
  let $result = computed($answers, answers => scoreOutcome(answers, data))
  let go = (change: Partial<QuizState>) => $state.set({ ...$state.get(), missing: false, ...change })
  let shareUrl = (answers: Answers) => resultUrl(answers, data.questions, shareBase ?? location.href)

  // Reactions: each listens to the state and does one thing.
  let saveProgress = (state: QuizState) => {
    // A shared result is someone else's: the visitor's own progress stays as it was.
    if (state.screen === 'shared') return
    let empty = state.screen === 'intro' && !hasProgress(state)
    let screen = state.screen === 'intro' ? state.resumeTo : state.screen
    writeProgress(storage, storageKey, empty ? null : { version: 1, answers: state.answers, step: state.step, screen })
  }
  let reportStep = (state: QuizState, old?: QuizState) => {
    if (state.screen !== 'question' || (old?.screen === 'question' && old.step === state.step)) return
    emit?.('careerfit:step', { step: state.step + 1, questionId: data.questions[state.step]!.id })
  }
  let reportCompletion = (state: QuizState, old?: QuizState) => {
    if (state.screen !== 'results' || old?.completed) return
    // Scored only here: an unwatched computed store scores afresh on every read.
    let result = $result.get()
    if (!result.ok) return
    emit?.('careerfit:complete', {
      ranking: result.value.ranking.map(({ id, title, match }) => ({ id, title, match })),
      answers: { ...state.answers },
      shareUrl: shareUrl(state.answers)
    })
  }
  let unbinds = [saveProgress, reportStep, reportCompletion].map(reaction => $state.listen(reaction))

  return {
    data, $state, $answers, $result,
    $screen: computed($state, state => state.screen),
    $step: computed($state, state => state.step),
    $missing: computed($state, state => !!state.missing),
    $shared: computed($state, state => state.screen === 'shared'),
    $hasProgress: computed($state, hasProgress),
    start: () => $state.set({ ...NOTHING, screen: 'question' }),
    resume: () => go({ screen: $state.get().resumeTo }),
    reset: () => $state.set(NOTHING),
    leaveSharedResult: () => $state.set(stored()),
    openShared: answers => $state.set(shared(answers)),
    answer(questionId, optionId) {
      let { answers } = $state.get()
      // The same answer again (a Change that kept it) keeps the answers, and so their result.
      go(answers[questionId] === optionId ? {} : { answers: { ...answers, [questionId]: optionId } })
    },
    next() {
      let { step, answers, toReview } = $state.get()
      if (!Object.hasOwn(answers, data.questions[step]!.id)) go({ missing: true })
      else if (toReview || step >= last) go({ screen: 'review', toReview: false })
      else go({ step: step + 1 })
    },
    back() {
      let { screen, step } = $state.get()
      go(screen === 'review' ? { screen: 'question', step: last }
        : step > 0 ? { step: step - 1 }
        : { screen: 'intro', resumeTo: 'question' })
    },
    editAnswer(questionId) {
      let step = data.questions.findIndex(q => q.id === questionId)
      if (step >= 0) go({ screen: 'question', step, toReview: true })
    },
    showReview: () => go({ screen: 'review' }),
    showResults: () => go({ screen: 'results', completed: true }),
    shareUrl,
    reportShare: channel => emit?.('careerfit:share', { channel }),
    destroy() {
      for (let unbind of unbinds) unbind()
      emit = undefined
    }
  }
}
