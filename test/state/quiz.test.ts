import { describe, expect, it } from 'vitest'
import { defaultData, score, SKIP } from '../../src/engine'
import { encodeAnswers } from '../../src/share/codec'
import type { CareerFitEventMap } from '../../src/embed/events'
import type { QuizStorage } from '../../src/state/environment'
import { createQuiz, type QuizOptions } from '../../src/state/quiz'
import { memoryStorage, testEnvironment } from '../environment'

const KEY = 'career-fit:test'
const questions = defaultData.questions
const last = questions.length - 1

type QuizEvent = { [Type in keyof CareerFitEventMap]: [Type, CareerFitEventMap[Type]['detail']] }[keyof CareerFitEventMap]

function quizWith({ storage = memoryStorage(), href, ...options }: Partial<QuizOptions> & { storage?: QuizStorage | null; href?: string } = {}) {
  let environment = testEnvironment({ storage, ...(href ? { href } : {}) })
  return createQuiz({ data: defaultData, storageKey: KEY, environment, ...options })
}

/** A quiz whose events land in `events`, as the host page would hear them. */
function listened(options: Parameters<typeof quizWith>[0] = {}) {
  let events: QuizEvent[] = []
  let quiz = quizWith({ ...options, emit: (type, detail) => void events.push([type, detail] as QuizEvent) })
  return { quiz, events }
}

/** Answers the current question with its first option and presses Next. */
function answerAndNext(quiz: ReturnType<typeof quizWith>) {
  let question = questions[quiz.$step.get()]!
  quiz.answer(question.id, question.options[0]!.id)
  quiz.next()
}

function throwing(error: () => Error): QuizStorage {
  return {
    getItem: () => { throw error() },
    setItem: () => { throw error() },
    removeItem: () => { throw error() }
  }
}

describe('createQuiz', () => {
  it('starts on the intro with no progress', () => {
    let quiz = quizWith()
    expect(quiz.$screen.get()).toBe('intro')
    expect(quiz.$hasProgress.get()).toBe(false)
    expect(quiz.$shared.get()).toBe(false)
  })

  it('walks every question, then the review, then the results', () => {
    let quiz = quizWith()
    quiz.start()
    for (let i = 0; i < questions.length; i++) {
      expect(quiz.$screen.get()).toBe('question')
      expect(quiz.$step.get()).toBe(i)
      answerAndNext(quiz)
    }
    expect(quiz.$screen.get()).toBe('review')
    quiz.showResults()
    expect(quiz.$screen.get()).toBe('results')
    let answers = Object.fromEntries(questions.map(q => [q.id, q.options[0]!.id]))
    expect(quiz.$result.get()).toEqual({ ok: true, value: score(answers, defaultData) })
  })

  it('does not advance on Next with nothing chosen and flags the missing answer', () => {
    let quiz = quizWith()
    quiz.start()
    quiz.next()
    expect(quiz.$step.get()).toBe(0)
    expect(quiz.$missing.get()).toBe(true)
    quiz.answer(questions[0]!.id, SKIP)
    expect(quiz.$missing.get()).toBe(false)
    quiz.next()
    expect(quiz.$step.get()).toBe(1)
  })

  it('keeps answers when going back and forth', () => {
    let quiz = quizWith()
    quiz.start()
    answerAndNext(quiz)
    answerAndNext(quiz)
    quiz.back()
    quiz.back()
    expect(quiz.$step.get()).toBe(0)
    expect(quiz.$answers.get()).toEqual({
      [questions[0]!.id]: questions[0]!.options[0]!.id,
      [questions[1]!.id]: questions[1]!.options[0]!.id
    })
    quiz.back()
    expect(quiz.$screen.get()).toBe('intro')
    expect(quiz.$hasProgress.get()).toBe(true)
  })

  it('returns to the review after changing one answer', () => {
    let quiz = quizWith()
    quiz.start()
    for (let i = 0; i <= last; i++) answerAndNext(quiz)
    let target = questions[4]!
    quiz.editAnswer(target.id)
    expect(quiz.$screen.get()).toBe('question')
    expect(quiz.$step.get()).toBe(4)
    quiz.answer(target.id, target.options[1]!.id)
    quiz.next()
    expect(quiz.$screen.get()).toBe('review')
    expect(quiz.$answers.get()[target.id]).toBe(target.options[1]!.id)
  })

  it('resumes at the same step with every answer after re-creating with the same storage', () => {
    let storage = memoryStorage()
    let first = quizWith({ storage })
    first.start()
    answerAndNext(first)
    answerAndNext(first)
    first.answer(questions[2]!.id, SKIP)
    let answers = first.$answers.get()
    first.destroy()

    let second = quizWith({ storage })
    expect(second.$screen.get()).toBe('intro')
    expect(second.$hasProgress.get()).toBe(true)
    second.resume()
    expect(second.$screen.get()).toBe('question')
    expect(second.$step.get()).toBe(2)
    expect(second.$answers.get()).toEqual(answers)
  })

  it('resumes on the review when it was left there', () => {
    let storage = memoryStorage()
    let first = quizWith({ storage })
    first.start()
    for (let i = 0; i <= last; i++) answerAndNext(first)
    let second = quizWith({ storage })
    second.resume()
    expect(second.$screen.get()).toBe('review')
  })

  it('forgets stored progress on reset', () => {
    let storage = memoryStorage()
    let quiz = quizWith({ storage })
    quiz.start()
    answerAndNext(quiz)
    quiz.reset()
    expect(quiz.$screen.get()).toBe('intro')
    expect(quiz.$hasProgress.get()).toBe(false)
    expect(storage.items.has(KEY)).toBe(false)
    expect(quizWith({ storage }).$hasProgress.get()).toBe(false)
  })

  it('works in memory when storage throws on every call', () => {
    let quiz = quizWith({ storage: throwing(() => new Error('SecurityError')) })
    quiz.start()
    answerAndNext(quiz)
    expect(quiz.$step.get()).toBe(1)
    quiz.reset()
    expect(quiz.$screen.get()).toBe('intro')
  })

  it('keeps working when storage is full', () => {
    let storage = memoryStorage()
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    let quiz = quizWith({ storage })
    quiz.start()
    for (let i = 0; i <= last; i++) answerAndNext(quiz)
    quiz.showResults()
    expect(quiz.$screen.get()).toBe('results')
    expect(quiz.$result.get().ok).toBe(true)
  })

  it('works without any storage', () => {
    let quiz = quizWith({ storage: null })
    quiz.start()
    answerAndNext(quiz)
    expect(quiz.$answers.get()).toEqual({ [questions[0]!.id]: questions[0]!.options[0]!.id })
  })

  it.each([
    ['corrupt JSON', '{"version":1,"answ'],
    ['an unknown older version', JSON.stringify({ version: 0, answers: {}, step: 3, screen: 'question' })],
    ['an unknown question', JSON.stringify({ version: 1, answers: { nope: 'a' }, step: 1, screen: 'question' })],
    ['an unknown option', JSON.stringify({ version: 1, answers: { [questions[0]!.id]: 'nope' }, step: 1, screen: 'question' })],
    ['a step out of range', JSON.stringify({ version: 1, answers: {}, step: 99, screen: 'question' })],
    ['an unknown screen', JSON.stringify({ version: 1, answers: {}, step: 1, screen: 'elsewhere' })],
    ['null', 'null']
  ])('discards a stored record with %s', (_, raw) => {
    let storage = memoryStorage({ [KEY]: raw })
    let quiz = quizWith({ storage })
    expect(quiz.$screen.get()).toBe('intro')
    expect(quiz.$hasProgress.get()).toBe(false)
    expect(storage.items.has(KEY)).toBe(false)
  })

  // Issue 13, item 3: it may belong to a newer widget on another page of the site.
  it('ignores a record from a newer version and leaves it stored', () => {
    let raw = JSON.stringify({ version: 2, answers: { [questions[0]!.id]: 'future' }, step: 3, screen: 'question', more: 1 })
    let storage = memoryStorage({ [KEY]: raw })
    let quiz = quizWith({ storage })
    expect(quiz.$hasProgress.get()).toBe(false)
    expect(storage.items.get(KEY)).toBe(raw)
  })

  it('keeps two quizzes with different storage keys apart', () => {
    let storage = memoryStorage()
    let one = quizWith({ storage, storageKey: 'career-fit:one' })
    let two = quizWith({ storage, storageKey: 'career-fit:two' })
    one.start()
    answerAndNext(one)
    expect(two.$answers.get()).toEqual({})
    expect(quizWith({ storage, storageKey: 'career-fit:two' }).$hasProgress.get()).toBe(false)
    expect(quizWith({ storage, storageKey: 'career-fit:one' }).$hasProgress.get()).toBe(true)
  })

  it('emits step and complete events in order, and complete again after a retake', () => {
    let { quiz, events } = listened({ shareBase: 'https://host.example/quiz' })
    quiz.start()
    for (let i = 0; i <= last; i++) answerAndNext(quiz)
    quiz.showResults()
    quiz.showReview()
    quiz.showResults()
    let steps = events.flatMap(([type, detail]) => (type === 'careerfit:step' ? [detail] : []))
    expect(steps.map(e => e.step)).toEqual(questions.map((_, i) => i + 1))
    expect(steps.map(e => e.questionId)).toEqual(questions.map(q => q.id))
    expect(events.map(([type]) => type)).toEqual([...questions.map(() => 'careerfit:step'), 'careerfit:complete'])
    let answers = quiz.$answers.get()
    let ranking = score(answers, defaultData).ranking.map(({ id, title, match }) => ({ id, title, match }))
    let code = encodeAnswers(answers, questions)
    expect(events.at(-1)).toEqual(['careerfit:complete', { ranking, answers, shareUrl: `https://host.example/quiz#career-fit=${code}` }])

    quiz.start()
    expect(quiz.$answers.get()).toEqual({})
    for (let i = 0; i <= last; i++) answerAndNext(quiz)
    quiz.showResults()
    expect(events.filter(([type]) => type === 'careerfit:complete')).toHaveLength(2)
  })

  it('does not report a completion again when resuming on the results', () => {
    let storage = memoryStorage()
    let first = quizWith({ storage })
    first.start()
    for (let i = 0; i <= last; i++) answerAndNext(first)
    first.showResults()
    let { quiz, events } = listened({ storage })
    quiz.resume()
    expect(quiz.$screen.get()).toBe('results')
    expect(events).toEqual([])
  })

  it('links results to the share base, else to the current page', () => {
    let answers = { [questions[0]!.id]: questions[0]!.options[1]!.id }
    let code = encodeAnswers(answers, questions)
    expect(quizWith({ shareBase: 'https://host.example/quiz' }).shareUrl(answers)).toBe(`https://host.example/quiz#career-fit=${code}`)
    expect(quizWith({ href: 'https://example.com/careers#top' }).shareUrl(answers)).toBe(`https://example.com/careers#top&career-fit=${code}`)
  })

  it('emits share events', () => {
    let { quiz, events } = listened()
    quiz.reportShare('copy')
    expect(events).toEqual([['careerfit:share', { channel: 'copy' }]])
  })

  it('emits nothing after destroy', () => {
    let { quiz, events } = listened()
    quiz.destroy()
    quiz.start()
    quiz.reportShare('copy')
    expect(events).toEqual([])
  })

  it('opens a shared result without touching stored progress', () => {
    let storage = memoryStorage()
    let mine = quizWith({ storage })
    mine.start()
    answerAndNext(mine)
    let stored = storage.items.get(KEY)
    let shared = { [questions[0]!.id]: questions[0]!.options[2]!.id }

    let { quiz, events } = listened({ storage, sharedAnswers: shared })
    expect(quiz.$screen.get()).toBe('shared')
    expect(quiz.$shared.get()).toBe(true)
    expect(quiz.$result.get()).toEqual({ ok: true, value: score(shared, defaultData) })
    expect(storage.items.get(KEY)).toBe(stored)
    expect(events).toEqual([])

    quiz.leaveSharedResult()
    expect(quiz.$shared.get()).toBe(false)
    expect(quiz.$screen.get()).toBe('intro')
    expect(quiz.$hasProgress.get()).toBe(true)
    expect(storage.items.get(KEY)).toBe(stored)
    quiz.resume()
    expect(quiz.$step.get()).toBe(1)
    expect(quiz.$answers.get()).toEqual(mine.$answers.get())
  })

  it('takes the quiz from scratch after a shared result when nothing is stored', () => {
    let storage = memoryStorage()
    let quiz = quizWith({ storage, sharedAnswers: { [questions[0]!.id]: SKIP } })
    quiz.leaveSharedResult()
    expect(quiz.$answers.get()).toEqual({})
    expect(quiz.$hasProgress.get()).toBe(false)
    expect(storage.items.size).toBe(0)
  })

  it('scores a set of answers once: back on the results with the same answers, the result is the one shown before', () => {
    let quiz = quizWith()
    quiz.start()
    for (let i = 0; i < questions.length; i++) answerAndNext(quiz)
    quiz.showResults()
    let shown = quiz.$result.get()
    // Change answers, then keep the same one, and see the results again.
    quiz.showReview()
    quiz.editAnswer(questions[2]!.id)
    quiz.answer(questions[2]!.id, questions[2]!.options[0]!.id)
    quiz.next()
    quiz.showResults()
    expect(quiz.$result.get()).toBe(shown)
    // A real change is scored afresh.
    quiz.showReview()
    quiz.editAnswer(questions[2]!.id)
    quiz.answer(questions[2]!.id, questions[2]!.options[1]!.id)
    expect(quiz.$result.get()).not.toBe(shown)
    expect(quiz.$result.get()).toEqual({ ok: true, value: score(quiz.$answers.get(), defaultData) })
  })

  it('reports a scoring failure as an error result', () => {
    let quiz = quizWith({ sharedAnswers: { nope: 'a' } })
    let result = quiz.$result.get()
    expect(!result.ok && result.errors[0]).toMatch(/nope/)
  })
})
