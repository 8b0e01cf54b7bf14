// data-locale="fr" and "de": the whole quiz and results in French and German, with no
// English left. The test reads every text and label the widget renders on each screen.
import type { Locator, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { defaultData, type QuizData } from '../../src/engine'
import { dataDe } from '../../src/i18n/data-de'
import { dataFr } from '../../src/i18n/data-fr'
import { de } from '../../src/i18n/de-pack'
import { fr } from '../../src/i18n/fr-pack'
import { translateData } from '../../src/i18n/localize-data'
import { fill, messagesFor, type Messages } from '../../src/i18n/messages'
import { flatten } from '../../src/i18n/wording'
import { open, STRICT_CSP, useBrowser } from './harness'

let env = useBrowser()
const en = messagesFor('en')

/** Every text a data set shows, as a flat list (ids and numbers left out). */
function dataTexts(data: QuizData): string[] {
  return [
    ...data.roles.flatMap(r => [r.title, r.summary ?? '', r.facts.salary.note ?? '', r.facts.bestPayingIndustry?.value ?? '',
      ...(r.skills.basis === 'sourced' ? (r.skills.percentages ?? []).map(p => p.term) : [])]),
    ...data.skills.map(s => s.label),
    ...data.preferences.flatMap(p => [p.label, p.low, p.high]),
    ...data.questions.flatMap(q => [q.text, ...q.options.map(o => o.label)])
  ]
}

/**
 * English phrases that must not show: the English tables' texts (cut at placeholders)
 * and the default data's, except words the translation shares ("Question", "Finance").
 */
function englishPhrases(messages: Messages, data: QuizData): string[] {
  let ours = flatten(messages)
  let english = flatten(en)
  let translated = dataTexts(data)
  let shared = [...Object.values(ours), ...translated]
  let texts = [...Object.values(english), ...dataTexts(defaultData)]
  return [...new Set(texts.flatMap(text => text.split(/\{\w+\}/)).map(part => part.trim()))]
    .filter(part => part.length > 3 && !shared.some(text => text.includes(part)))
}

// Names the widget shows as they are: the sources' titles and authors, and places and companies.
const NAMES = [
  ...defaultData.sources.flatMap(s => [s.title, s.publisher ?? '', s.author ?? '']),
  ...defaultData.roles.flatMap(r => [r.facts.highestPayingCity, r.facts.highestPayingState, r.facts.bestPayingCompany].map(f => f?.value ?? ''))
].filter(Boolean)
const ENGLISH_WORDS = /\b(the|and|your|you|with|for|what|which|how|of|to|is|not|match|role|skills?|salary|answers?)\b/i

/** Every text node and accessible label in the widget, closed disclosures included. */
function widgetText(host: Locator): Promise<string> {
  return host.evaluate(element => {
    let root = element.shadowRoot!.querySelector('.root')!
    let parts: string[] = []
    let walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '')
    for (let node of root.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
      for (let name of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(node.getAttribute(name) ?? '')
    }
    return parts.join(' ').replace(/\s+/g, ' ')
  })
}

function englishIn(text: string, phrases: string[]): string[] {
  for (let name of NAMES) text = text.replaceAll(name, ' ')
  let found = phrases.filter(phrase => text.includes(phrase))
  let word = ENGLISH_WORDS.exec(text)
  return word ? [...found, `"${text.slice(Math.max(0, word.index - 40), word.index + 40)}"`] : found
}

async function completeQuiz(page: Page, host: Locator, m: Messages, count: number, read: () => Promise<void>) {
  await host.getByRole('button', { name: m.intro.start }).click()
  for (let n = 1; n <= count; n++) {
    await host.getByText(fill(m.question.progress, { n, total: count }), { exact: true }).first().waitFor()
    if (n === 1) {
      // The "choose an answer" error, then the question itself.
      await host.getByRole('button', { name: m.common.next }).click()
      await host.getByRole('alert').waitFor()
      await read()
    }
    await host.getByRole('radio').nth(n % 3).check()
    await read()
    await host.getByRole('button', { name: m.common.next }).click()
  }
  await host.getByRole('heading', { name: m.review.heading }).waitFor()
  await read()
  await host.getByRole('button', { name: m.review.finish }).click()
  await host.getByRole('heading', { name: fill(m.results.heading, { role: '' }).trim() }).first().waitFor()
  await page.waitForTimeout(50)
}

test.each([['fr', fr.messages, dataFr], ['de', de.messages, dataDe]] as const)(
  'data-locale="%s" shows the whole quiz and its results with no English left', async (code, m, table) => {
    let { page, context, record } = await open(env.browser, env.url, `/pages/csp-${code}.html`)
    expect((await page.reload())!.headers()['content-security-policy']).toBe(STRICT_CSP)
    let host = page.locator('#host')
    await host.getByRole('heading', { name: m.intro.heading }).waitFor()
    expect(await host.locator('.root').getAttribute('lang')).toBe(code)
    let phrases = englishPhrases(m, translateData(defaultData, defaultData, table))
    let seen: string[] = []
    let read = async () => {
      let text = await widgetText(host)
      seen.push(text)
      expect(englishIn(text, phrases), text.slice(0, 200)).toEqual([])
    }
    await read()
    await completeQuiz(page, host, m, defaultData.questions.length, read)
    for (let summary of await host.locator('summary').all()) await summary.click()
    await read()
    // The results really were read: their headings, a translated role title, a money figure.
    let results = seen.at(-1)!
    expect(results).toContain(m.results.ranking)
    expect(results).toContain(m.results.chart)
    expect(results).toContain(table.roles['product-manager']!.title!)
    expect(results).toMatch(/\d[\d\s.\u202f]*\d\s?\$/)
    expect(record.errors).toEqual([])
    expect(record.violations).toEqual([])
    await context.close()
  }
)
