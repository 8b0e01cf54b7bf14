// Three personas from test/engine/personas.test.ts take the quiz in Chromium by
// clicking, and the reasons the results show are read against what they answered.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { defaultData, type Answers, type QuizData } from '../../src/engine'
import { dataEs } from '../../src/i18n/data-es'
import { translateData } from '../../src/i18n/localize-data'
import { open, useBrowser } from './harness'

let env = useBrowser()

/** Text as a reader sees it: Intl's no-break spaces as plain ones. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').trim()

const SPANISH = translateData(defaultData, defaultData, dataEs)
const WORDS = {
  en: { start: 'Start the quiz', next: 'Next', skip: 'Not sure / skip', results: 'See my results', heading: 'Your best fit: ' },
  es: { start: 'Empezar el test', next: 'Siguiente', skip: 'No estoy seguro / saltar', results: 'Ver mis resultados', heading: 'Tu mejor opción: ' }
}
const SKILL_WORDS = {
  en: { love: 'You’d love ', enjoy: 'You’d enjoy ', little: 'You wouldn’t much enjoy ', avoid: 'You’d rather avoid ' },
  es: { love: 'Te encantaría trabajar en ', enjoy: 'Disfrutarías trabajando en ', little: 'No te atrae mucho trabajar en ', avoid: 'Preferirías evitar trabajar en ' }
}

/** Answers every question as the persona did, by clicking the option's label (or skip). */
async function answerAs(page: Page, answers: Answers, data: QuizData, locale: 'en' | 'es'): Promise<void> {
  let words = WORDS[locale]
  await page.getByRole('button', { name: words.start }).click()
  for (let q of data.questions) {
    let option = q.options.find(o => o.id === answers[q.id])
    await page.getByRole('radio', { name: option?.label ?? words.skip, exact: true }).check()
    await page.getByRole('button', { name: words.next }).click()
  }
  await page.getByRole('button', { name: words.results }).click()
}

/**
 * Checks each shown reason against the persona's own answers: a sentence about a
 * skill starts with the words for the answer they gave it; a quoted option is one they chose.
 */
function checkAgainstAnswers(reasons: string[], answers: Answers, data: QuizData, locale: 'en' | 'es'): void {
  let chosenLabels = data.questions.flatMap(q => q.options.filter(o => o.id === answers[q.id]).map(o => o.label))
  for (let text of reasons) {
    let quoted = /[“«]([^”»]+)[”»]/.exec(text)?.[1]
    if (quoted) expect(chosenLabels, text).toContain(quoted)
    for (let [level, words] of Object.entries(SKILL_WORDS[locale])) {
      if (!text.startsWith(words)) continue
      let skill = data.skills.find(s => text.slice(words.length).toLowerCase().startsWith(s.label.toLowerCase()))!
      let question = data.questions.find(q => q.kind === 'skill' && q.skill === skill.id)!
      expect(answers[question.id], text).toBe(level)
    }
  }
}

const PERSONAS = [
  {
    locale: 'en' as const,
    role: 'product-manager',
    // "understand customer needs", "Figure out the product lifecycle", "decide what products to build and launch".
    answers: { 'customer-needs': 'love', lifecycle: 'love', 'coordinate-projects': 'little', 'lead-present': 'enjoy', scope: 'product', direction: 'strategy', 'cross-department': 'some' },
    expected: 'You’d love product strategy, and the product manager role’s source names it (a derived weight of 30%).'
  },
  {
    locale: 'en' as const,
    role: 'client-program-manager',
    // Both run projects; the client program manager builds "trusted and strong relationships with their customers".
    answers: { 'plan-projects': 'love', 'client-contact': 'love', 'point-of-sale': 'enjoy', 'work-with': 'clients', scope: 'one-project', direction: 'mostly-execution', industry: 'finance' },
    expected: 'You’d love client relationships, and the client program manager role’s source lists it at 26%, and no other role’s source names it.'
  },
  {
    locale: 'es' as const,
    role: 'project-manager',
    // "an action-based role ... responsible for execution", "individual projects", inside the company.
    answers: { 'plan-projects': 'love', 'client-contact': 'avoid', 'point-of-sale': 'avoid', 'work-with': 'internal', scope: 'one-project', direction: 'execution', 'cross-department': 'little' },
    expected: 'Te encantaría trabajar en gestión de proyectos, y la fuente del puesto de responsable de proyectos la nombra (un peso derivado del 83 %).'
  }
]

test.each(PERSONAS)('the $role persona ($locale) reads reasons that agree with their answers', async ({ locale, role, answers, expected }) => {
  let data = locale === 'es' ? SPANISH : defaultData
  let { page, context, record } = await open(env.browser, env.url, locale === 'es' ? '/pages/es.html' : '/pages/plain.html')
  let scope = locale === 'es' ? page.locator('#host') : page
  await answerAs(scope as Page, answers, data, locale)
  let title = data.roles.find(r => r.id === role)!.title
  await page.getByRole('heading', { name: WORDS[locale].heading + title }).first().waitFor()
  let card = page.getByRole('article', { name: title }).first()
  let reasons = (await card.getByRole('listitem').allTextContents()).map(plain)
  expect(reasons[0]).toBe(expected)
  checkAgainstAnswers(reasons, answers, data, locale)
  // The runner-up's lines are in its disclosure (closed, but in the page).
  let runnerUp = page.getByRole('group', { name: /^(Why not|¿Por qué no)/ }).first()
  checkAgainstAnswers((await runnerUp.getByRole('listitem').allTextContents()).map(plain), answers, data, locale)
  expect(record.errors).toEqual([])
  await context.close()
})
