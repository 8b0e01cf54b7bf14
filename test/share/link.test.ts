import fc from 'fast-check'
import { expect, test } from 'vitest'
import { questions } from '../../src/engine'
import { decodeAnswers, encodeAnswers } from '../../src/share/codec'
import { clearShareCode, readShareCodes, resultUrl, shareUrl } from '../../src/share/link'
import { answersFor } from './answers'

const PAGE = 'https://example.com/careers?ref=mail'
const hashOf = (url: string): string => url.slice(url.indexOf('#'))

test('puts the code in the fragment of the page', () => {
  expect(shareUrl('1abc', `${PAGE}#career-fit=1old`)).toBe(`${PAGE}#career-fit=1abc`)
  expect(shareUrl('1abc', PAGE)).toBe(`${PAGE}#career-fit=1abc`)
})

test('keeps other fragment parts and replaces an existing code', () => {
  let url = shareUrl('1new', 'https://example.com/#/quiz&career-fit=1old&tab=2')
  expect(url).toBe('https://example.com/#/quiz&tab=2&career-fit=1new')
  expect(readShareCodes(hashOf(url))[0]).toBe('1new')
})

test('round-trips every code through a link, whatever else the fragment holds', () => {
  let fragments = fc.array(fc.stringMatching(/^[a-z/]{1,8}$/), { maxLength: 3 })
  fc.assert(fc.property(answersFor(questions), fragments, (answers, parts) => {
    let code = encodeAnswers(answers, questions)
    let url = shareUrl(code, `${PAGE}${parts.length ? '#' + parts.join('&') : ''}`)
    expect(readShareCodes(hashOf(url))[0]).toBe(code)
    expect(clearShareCode(url)).toBe(parts.length ? `${PAGE}#${parts.join('&')}` : PAGE)
  }), { numRuns: 200 })
})

test('reads a code from the fragment alone or among other parts', () => {
  expect(readShareCodes('#career-fit=1abc')[0]).toBe('1abc')
  expect(readShareCodes('career-fit=1abc')[0]).toBe('1abc')
  expect(readShareCodes('#top&career-fit=1abc&x=1')[0]).toBe('1abc')
  expect(readShareCodes('#/quiz?career-fit=1abc')[0]).toBe('1abc')
  expect(readShareCodes('#career-fit=')[0]).toBe('')
})

test('finds no code in fragments without one', () => {
  for (let hash of ['', '#', '#top', '#not-career-fit=1abc', '#career-fit']) expect(readShareCodes(hash)).toEqual([])
})

test('never throws on a malformed escape', () => {
  expect(readShareCodes('#career-fit=%E0%A4%A')[0]).toBe('%E0%A4%A')
})

test('removes only the code from a URL', () => {
  expect(clearShareCode(`${PAGE}#career-fit=1abc`)).toBe(PAGE)
  expect(clearShareCode(`${PAGE}#top&career-fit=1abc`)).toBe(`${PAGE}#top`)
  expect(clearShareCode(`${PAGE}#/quiz?career-fit=1abc`)).toBe(`${PAGE}#/quiz`)
  expect(clearShareCode(`${PAGE}#top`)).toBe(`${PAGE}#top`)
})

test('resultUrl puts the answers\' code on the share base, and the code decodes to them', () => {
  let answers = { 'work-with': 'clients', scope: 'product', salary: 'over-130k' }
  let url = resultUrl(answers, questions, 'https://example.com/quiz')
  expect(url).toBe(`https://example.com/quiz#career-fit=${encodeAnswers(answers, questions)}`)
  expect(decodeAnswers(readShareCodes(new URL(url).hash)[0]!, questions)).toEqual({ ok: true, value: answers })
})
