// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultData } from '../../src/engine'
import { loadLocale } from '../../src/i18n/load-locale'
import { noWarnings } from '../environment'
import { localizeData } from '../../src/i18n/messages'
import { LOCALES, messagesFor, type Messages } from '../../src/i18n/messages'
import { renderApp } from './render-app'

afterEach(cleanup)

// Spanish loads on demand; these tests read its tables synchronously.
await Promise.all(LOCALES.map(code => loadLocale(code, null, noWarnings)))

const en = messagesFor('en')
const es = messagesFor('es')
const data = localizeData(defaultData, 'es')
const questions = data.questions

/** Phrases of the English tables (placeholders cut out) that the Spanish tables do not share. */
function englishOnly(groups: (keyof Messages)[]): string[] {
  let phrases: string[] = []
  for (let group of groups) {
    let spanish = Object.values(es[group]) as string[]
    for (let [key, text] of Object.entries(en[group]) as [string, string][]) {
      if (text === (es[group] as Record<string, string>)[key]) continue
      for (let part of text.split(/\{\w+\}/)) {
        let phrase = part.trim().replace(/^[,:]\s*|[,:]$/g, '')
        if (phrase.length > 3 && !spanish.some(s => s.includes(phrase))) phrases.push(phrase)
      }
    }
  }
  return phrases
}

const ENGLISH = [
  ...englishOnly(['common', 'intro', 'question', 'review']),
  ...defaultData.questions.flatMap(q => [q.text, ...q.options.map(o => o.label)])
]

function englishLeft(): string[] {
  let text = document.body.textContent ?? ''
  let labels = [...document.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label')).join('\n')
  return ENGLISH.filter(phrase => text.includes(phrase) || labels.includes(phrase))
}

function expectNoEnglish() {
  expect(englishLeft()).toEqual([])
}

/** Every string in a table, by dotted path: groups may nest objects and lists. */
function leaves(value: unknown, path: string): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]]
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`))
}

describe('string tables', () => {
  it.each(LOCALES.filter(l => l !== 'en'))('has every English key, non-empty, in %s', locale => {
    expect(messagesFor(locale), 'the pack is loaded, not the English fallback').not.toBe(en)
    let table = new Map(leaves(messagesFor(locale), locale))
    for (let [path] of leaves(en, locale)) {
      let value = table.get(path)
      expect(typeof value === 'string' && value.trim() !== '', path).toBe(true)
    }
  })
})

describe('Spanish', () => {
  it('finds English strings when there are some', async () => {
    renderApp({ locale: 'en' })
    await screen.findByRole('heading', { name: en.intro.heading })
    expect(englishLeft()).toEqual(expect.arrayContaining([en.intro.heading, en.intro.privacy]))
  })

  it('renders every screen with no English left', async () => {
    let { quiz } = renderApp({ locale: 'es', data })
    await screen.findByRole('heading', { name: es.intro.heading })
    expectNoEnglish()

    fireEvent.click(screen.getByRole('button', { name: es.intro.start }))
    await screen.findByRole('heading', { name: questions[0]!.text })
    fireEvent.click(screen.getByRole('button', { name: es.common.next }))
    await screen.findByText(es.question.missing)
    expect(screen.getByRole('progressbar', { name: `Pregunta 1 de ${questions.length}` })).toBeTruthy()
    expectNoEnglish()

    for (let question of questions) {
      quiz.answer(question.id, question.options[0]!.id)
      quiz.next()
      if (question !== questions.at(-1)) {
        await screen.findByRole('heading', { name: questions[quiz.$step.get()]!.text })
        expectNoEnglish()
      }
    }
    await screen.findByRole('heading', { name: es.review.heading })
    expectNoEnglish()

    quiz.back()
    await screen.findByRole('heading', { name: questions.at(-1)!.text })
    quiz.back()
    quiz.back()
    await screen.findByRole('heading', { name: questions.at(-3)!.text })
    quiz.answer(questions.at(-2)!.id, 'skip')
    quiz.showReview()
    await screen.findByText(es.review.skipped)
    expectNoEnglish()

    quiz.reset()
    await screen.findByRole('heading', { name: es.intro.heading })
    quiz.answer(questions[0]!.id, 'skip')
    quiz.back()
    await screen.findByRole('button', { name: es.intro.resume })
    expectNoEnglish()
  })

  it('renders the error screen in Spanish', async () => {
    renderApp({ locale: 'es', data, sharedAnswers: { nope: 'x' } })
    await screen.findByRole('heading', { name: es.common.errorHeading })
    expect(screen.getByRole('button', { name: es.common.startOver })).toBeTruthy()
    expectNoEnglish()
  })

  it('announces the top match in Spanish', async () => {
    let { quiz } = renderApp({ locale: 'es', data })
    quiz.start()
    for (let question of questions) {
      quiz.answer(question.id, question.options[0]!.id)
      quiz.next()
    }
    quiz.showResults()
    let result = quiz.$result.get()
    let top = result.ok ? result.value.ranking[0] : undefined
    await screen.findByText(`Top: ${top?.title}`)
    expect(document.querySelector('[aria-live]')?.textContent).toMatch(new RegExp(`^Tu mejor encaje: ${top?.title}, ${top?.match}\\s%$`))
  })
})
