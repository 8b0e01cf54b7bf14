import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { questions, type Answers } from '../../src/engine'
import { CODE_VERSION, decodeAnswers, encodeAnswers } from '../../src/share/codec'

interface Fixture {
  version: number
  code: string
  answers: Answers
}

const { codes } = JSON.parse(readFileSync(new URL('fixtures.json', import.meta.url), 'utf8')) as { codes: Fixture[] }

test('keeps at least six frozen codes of version 1', () => {
  expect(codes.filter(fixture => fixture.version === 1).length).toBeGreaterThanOrEqual(6)
})

test.each(codes.map(fixture => [fixture.code, fixture] as const))('decodes the released code %s to its answers', (code, fixture) => {
  expect(decodeAnswers(code, questions)).toEqual({ ok: true, value: fixture.answers })
  if (fixture.version === CODE_VERSION) expect(encodeAnswers(fixture.answers, questions)).toBe(code)
})
