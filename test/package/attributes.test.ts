// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { defineElement } from '../../src/embed/element'
import type { CareerFitQuizAttributes } from '../../src/jsx/attributes'

// Each key of the JSX attribute type once: the compiler rejects a missing or an extra one.
const TYPED_ATTRIBUTES: Record<keyof CareerFitQuizAttributes, true> = {
  locale: true, theme: true, accent: true, roles: true, data: true, questions: true, 'load-timeout': true,
  'share-base': true, cta: true, 'cta-label': true, 'cta-target': true, nonce: true, 'storage-key': true, 'locale-pack': true, messages: true, mode: true
}

test('the JSX types name every attribute <career-fit-quiz> observes', () => {
  defineElement()
  let element = customElements.get('career-fit-quiz') as unknown as { observedAttributes: string[] }
  expect(Object.keys(TYPED_ATTRIBUTES).sort()).toEqual([...element.observedAttributes].sort())
})
