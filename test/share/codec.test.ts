import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { defaultData, questions } from '../../src/engine'
import { loadLocale } from '../../src/i18n/load-locale'
import { noWarnings } from '../environment'
import { localizeData } from '../../src/i18n/messages'
import { codeLength, decodeAnswers, encodeAnswers, type CodecQuestion } from '../../src/share/codec'
import { answersFor, questionSets, withoutSkips } from './answers'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'
const RUNS = { numRuns: 500 }
const validCodes = answersFor(questions).map(answers => encodeAnswers(answers, questions))
const rejected = (code: string, set: readonly CodecQuestion[] = questions): boolean => !decodeAnswers(code, set).ok

describe('encodeAnswers', () => {
  test('writes a short URL-safe code starting with the version', () => {
    let full = Object.fromEntries(questions.map(q => [q.id, q.options[0]!.id]))
    let code = encodeAnswers(full, questions)
    expect(code).toMatch(/^1[0-9A-Za-z_-]+$/)
    expect(code.length).toBeLessThanOrEqual(questions.length)
  })

  test('gives the same code for skipped and unanswered questions', () => {
    let first = questions[0]!
    expect(encodeAnswers({ [first.id]: 'skip' }, questions)).toBe(encodeAnswers({}, questions))
  })

  test('throws on an unknown question or option id', () => {
    expect(() => encodeAnswers({ nope: 'x' }, questions)).toThrow('Unknown question "nope"')
    expect(() => encodeAnswers({ [questions[0]!.id]: 'nope' }, questions)).toThrow('Unknown option "nope"')
  })
})

describe('decodeAnswers', () => {
  test('round-trips every answer set of the default questions', () => {
    fc.assert(fc.property(answersFor(questions), answers => {
      expect(decodeAnswers(encodeAnswers(answers, questions), questions))
        .toEqual({ ok: true, value: withoutSkips(answers) })
    }), RUNS)
  })

  test('round-trips answer sets of any question set with up to 63 options per question', () => {
    let cases = questionSets.chain(set => fc.tuple(fc.constant(set), answersFor(set)))
    fc.assert(fc.property(cases, ([set, answers]) => {
      expect(decodeAnswers(encodeAnswers(answers, set), set)).toEqual({ ok: true, value: withoutSkips(answers) })
    }), RUNS)
  })

  test('names each kind of damage', () => {
    let code = encodeAnswers({}, questions)
    let last = ALPHABET[(ALPHABET.indexOf(code.at(-1)!) + 1) % 64]
    expect(decodeAnswers('', questions)).toEqual({ ok: false, errors: ['empty'] })
    expect(decodeAnswers(code + '0', questions)).toEqual({ ok: false, errors: ['too-long'] })
    expect(decodeAnswers(code.replace(/.$/, '.'), questions)).toEqual({ ok: false, errors: ['bad-characters'] })
    expect(decodeAnswers('2' + code.slice(1), questions)).toEqual({ ok: false, errors: ['unknown-version'] })
    expect(decodeAnswers(code.slice(0, -1), questions)).toEqual({ ok: false, errors: ['bad-length'] })
    expect(decodeAnswers(code.slice(0, -1) + last, questions)).toEqual({ ok: false, errors: ['bad-checksum'] })
  })

  test('rejects an option number beyond the question\'s options even with a valid checksum', () => {
    // Three options take 2 bits, so the value 3 + 1 = 4 cannot occur; forge it with a valid checksum.
    let set = [{ id: 'a', options: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] }]
    let forged = [...ALPHABET].map(char => `1${char}`).flatMap(prefix =>
      [...ALPHABET].flatMap(c1 => [...ALPHABET].map(c2 => prefix + c1 + c2)))
    let errors = new Set(forged.map(code => decodeAnswers(code, set)).flatMap(r => (r.ok ? [] : r.errors)))
    expect(errors).toContain('out-of-range')
  })

  test('never throws on random strings and accepts only codes it would write', () => {
    let strings = fc.oneof(
      fc.string({ maxLength: 250 }),
      fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 11, maxLength: 11 }).map(rest => '1' + rest)
    )
    fc.assert(fc.property(strings, code => {
      let result = decodeAnswers(code, questions)
      if (result.ok) expect(encodeAnswers(result.value, questions)).toBe(code)
      else expect(result.errors).toEqual([expect.stringMatching(/^[a-z-]+$/)])
    }), RUNS)
  })

  test('rejects every single-character change of a valid code', () => {
    // Guaranteed by the checksum (weights and symbol changes are below the prime 4093), so none slip through.
    let slipped = 0
    let tried = 0
    fc.assert(fc.property(validCodes, fc.nat(), fc.integer({ min: 1, max: 63 }), (code, at, shift) => {
      let i = at % code.length
      let mutated = code.slice(0, i) + ALPHABET[(ALPHABET.indexOf(code[i]!) + shift) % 64] + code.slice(i + 1)
      tried++
      if (!rejected(mutated)) slipped++
    }), RUNS)
    expect(tried).toBe(RUNS.numRuns)
    expect(slipped).toBe(0)
  })

  test('rejects all but a tiny fraction of two-character changes', () => {
    // Beyond one character the 12-bit checksum is probabilistic: about 1 in 7000 passes it,
    // 1 in 15,000 passes the range checks too (measured over 800,000 changes); we allow 1 in 2000.
    let position = fc.integer({ min: 1, max: 11 })
    let shift = fc.integer({ min: 1, max: 63 })
    let damage = fc.tuple(validCodes, position, position, shift, shift).filter(([, i, j]) => i !== j)
    let samples = fc.sample(damage, { numRuns: 20_000, seed: 42 })
    let slipped = samples.filter(([code, i, j, a, b]) => {
      let chars = [...code]
      chars[i] = ALPHABET[(ALPHABET.indexOf(chars[i]!) + a) % 64]!
      chars[j] = ALPHABET[(ALPHABET.indexOf(chars[j]!) + b) % 64]!
      return !rejected(chars.join(''))
    }).length
    expect(slipped / samples.length).toBeLessThanOrEqual(1 / 2000)
  })

  test('rejects swaps of two different neighbouring characters', () => {
    fc.assert(fc.property(validCodes, fc.nat(), (code, at) => {
      let i = at % (code.length - 1)
      fc.pre(code[i] !== code[i + 1])
      expect(rejected(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))).toBe(true)
    }), RUNS)
  })

  test('rejects every truncation of a valid code', () => {
    fc.assert(fc.property(validCodes, code => {
      for (let length = 0; length < code.length; length++) expect(rejected(code.slice(0, length))).toBe(true)
    }), RUNS)
  })

  test('rejects oversized strings as too long', () => {
    let oversized = fc.tuple(validCodes, fc.string({ minLength: 1, maxLength: 2000 }))
      .map(([code, tail]) => code + tail)
    fc.assert(fc.property(oversized, code => {
      expect(decodeAnswers(code, questions)).toEqual({ ok: false, errors: ['too-long'] })
    }), RUNS)
  })

  test('reads its own codes for a question set of 500 questions', () => {
    let options = ['love', 'enjoy', 'fine', 'little', 'avoid'].map(id => ({ id }))
    let set = Array.from({ length: 500 }, (_, i) => ({ id: `q${i}`, options }))
    let answers = Object.fromEntries(set.map((q, i) => [q.id, options[i % 5]!.id]))
    let code = encodeAnswers(answers, set)
    expect(code.length).toBeGreaterThan(200)
    expect(decodeAnswers(code, set)).toEqual({ ok: true, value: answers })
  })

  test('takes as long a code as any answers to the set make, and rejects longer ones as too long', () => {
    let cases = questionSets.chain(set => fc.tuple(fc.constant(set), answersFor(set), fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1 })))
    fc.assert(fc.property(cases, ([set, answers, tail]) => {
      let code = encodeAnswers(answers, set)
      expect(code.length).toBe(codeLength(set))
      expect(decodeAnswers(code + tail, set)).toEqual({ ok: false, errors: ['too-long'] })
    }), RUNS)
  })

  test('never throws on input that is not a string', () => {
    for (let input of [null, undefined, 42, {}]) {
      expect(decodeAnswers(input as unknown as string, questions)).toEqual({ ok: false, errors: ['empty'] })
    }
  })
})

describe('foreign codes', () => {
  let clone = (): CodecQuestion[] => questions.map(q => ({ id: q.id, options: q.options.map(o => ({ id: o.id })) }))
  let variants: [string, CodecQuestion[]][] = [
    ['one more question', [...clone(), { id: 'extra', options: [{ id: 'yes' }, { id: 'no' }] }]],
    ['a renamed question', clone().map((q, i) => (i === 0 ? { ...q, id: 'renamed' } : q))],
    ['two questions swapped', ((set) => [set[4]!, set[3]!, ...set.slice(0, 3), ...set.slice(5)])(clone())]
  ]
  questions.forEach((question, index) => {
    let edit = (change: (q: CodecQuestion) => CodecQuestion | null): CodecQuestion[] =>
      clone().flatMap((q, i) => (i === index ? [change(q)].filter(c => c !== null) : [q]))
    variants.push(
      [`without ${question.id}`, edit(() => null)],
      [`${question.id} with one more option`, edit(q => ({ ...q, options: [...q.options, { id: 'new' }] }))],
      [`${question.id} with one option less`, edit(q => ({ ...q, options: q.options.slice(0, -1) }))]
    )
  })

  test('rejects a code made for a different question set, and the other way round', () => {
    let cases = fc.constantFrom(...variants).chain(([name, set]) =>
      fc.tuple(fc.constant(name), fc.constant(set), answersFor(set), answersFor(questions)))
    fc.assert(fc.property(cases, ([name, set, foreign, own]) => {
      expect(rejected(encodeAnswers(foreign, set)), `code made for ${name}`).toBe(true)
      expect(rejected(encodeAnswers(own, questions), set), `code decoded against ${name}`).toBe(true)
    }), RUNS)
  })
})

test('writes the same codes in every language: the fingerprint covers ids, not labels', async () => {
  await loadLocale('es', null, noWarnings)
  let spanish = localizeData(defaultData, 'es').questions
  expect(spanish[0]!.text).not.toBe(questions[0]!.text)
  fc.assert(fc.property(answersFor(questions), answers => {
    expect(encodeAnswers(answers, spanish)).toBe(encodeAnswers(answers, questions))
  }), { numRuns: 100 })
})
