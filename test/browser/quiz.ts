// Drives the quiz the way a visitor does, shared by the browser tests.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { focused, tabTo } from './harness'
import { messagesFor, type Locale } from '../../src/i18n/messages'
import { common as esCommon } from '../../src/i18n/es/common'
import { intro as esIntro } from '../../src/i18n/es/intro'
import { question as esQuestion } from '../../src/i18n/es/question'
import { review as esReview } from '../../src/i18n/es/review'

/** The number of questions in the default data. */
export const QUESTION_COUNT = 18

/**
 * Completes the quiz with the keyboard only: Tab to Start, then per question Tab
 * into the radio group, Space and arrows to choose, Enter to go on; Tab to "See my results".
 */
export async function completeByKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'Start the quiz')
  await page.keyboard.press('Enter')
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await page.getByText(`Question ${n} of ${QUESTION_COUNT}`, { exact: true }).first().waitFor()
    // Each question moves focus to its heading; Tab from there enters the radio group.
    await expect.poll(async () => (await focused(page)).tag).toBe('h2')
    await page.keyboard.press('Tab')
    expect((await focused(page)).type).toBe('radio')
    await page.keyboard.press('Space')
    for (let i = 0; i < n % 3; i++) await page.keyboard.press('ArrowDown')
    expect((await focused(page)).checked).toBe(true)
    await page.keyboard.press('Enter')
  }
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor()
  await tabTo(page, 'See my results')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: /^Your best fit/ }).waitFor()
}

/** Completes the quiz by clicking, choosing varied options (all alike would give a low-signal result). */
export async function completeByClicks(page: Page, scope = page.locator('body'), start = 'Start the quiz'): Promise<void> {
  await scope.getByRole('button', { name: start }).click()
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await scope.getByText(`Question ${n} of ${QUESTION_COUNT}`, { exact: true }).first().waitFor()
    await scope.getByRole('radio').nth(n % 3).check()
    await scope.getByRole('button', { name: 'Next' }).click()
  }
  await scope.getByRole('button', { name: 'See my results' }).click()
  await scope.getByRole('heading', { name: /^Your best fit/ }).waitFor()
}

/** The words the helpers below click, per locale, read from the string tables. */
export function wordsFor(locale: Locale) {
  let m = locale === 'es' ? { common: esCommon, intro: esIntro, question: esQuestion, review: esReview } : messagesFor('en')
  return { start: m.intro.start, next: m.common.next, finish: m.review.finish, progress: m.question.progress, review: m.review.heading }
}

/**
 * Walks a widget in `locale` through the quiz by clicks, calling `at` on the intro,
 * the first question, the review and the results (where `cta`'s link is).
 */
export async function walkQuiz(page: Page, locale: Locale, at: (screen: 'intro' | 'question' | 'review' | 'results') => Promise<void> = async () => {}): Promise<void> {
  let host = page.locator('#host')
  let w = wordsFor(locale)
  await host.getByRole('button', { name: w.start }).waitFor()
  await at('intro')
  await host.getByRole('button', { name: w.start }).click()
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await host.getByText(w.progress.replace('{n}', String(n)).replace('{total}', String(QUESTION_COUNT)), { exact: true }).first().waitFor()
    if (n === 1) await at('question')
    await host.getByRole('radio').nth(n % 3).check()
    await host.getByRole('button', { name: w.next }).click()
  }
  await host.getByRole('heading', { name: w.review }).waitFor()
  await at('review')
  await host.getByRole('button', { name: w.finish }).click()
  await host.locator('.r-res h2').waitFor()
  await at('results')
}
