import type { Answers } from '../engine/answers'
import type { Outcome } from '../engine/parse-data'

// Share code, version 1: `V P… C C`, every character from ALPHABET (URL-safe, 64 symbols).
//   V    the version, ALPHABET[1] = '1'.
//   P…   the answers bit-packed in question order, 6 bits per character, last one
//        zero-padded. Each question takes as many bits as its option count needs
//        (0 = unanswered or skipped, i + 1 = option i): 5 options → 3 bits, 63 → 6 bits.
//        The 18 default questions fill 52 bits: 9 characters, so a full code is 12.
//   C C  checksum, 12 bits: (fingerprint + Σ 919^(i + 1) × symbol[i]) mod 4093 over V and P.
//        4093 is prime and 919 generates all its residues, so the weights are nonzero and
//        distinct: every single-character change and every swap of two different
//        neighbours is caught; random damage to two characters passes the checksum about
//        1 time in 7000 and the range checks too about 1 in 15,000 (plain position
//        weights 1, 2, 3… would let 1 in 700 through).
//        The fingerprint hashes the question and option ids, so a code made for
//        other questions is rejected as foreign (a 1 in 4093 chance to slip through).
// Skipped and unanswered questions both decode to absent keys: the engine treats
// them alike and absent keys keep decoded answers minimal.
// The fingerprint ties codes to the question set: changing the default questions
// breaks test/share/fixtures.json on purpose. Add a version then, decoding the old
// one against a frozen copy of the old ids.

/** Why a share code was rejected. */
export type DecodeError =
  | 'empty' | 'too-long' | 'bad-characters' | 'unknown-version' | 'bad-length' | 'bad-checksum' | 'out-of-range'

/** The outcome of decoding a share code: the answers, or why it was rejected. */
export type DecodeResult = Outcome<Answers, DecodeError>

/** What the codec needs to know of a question: its id and its options' ids, in order. */
export interface CodecQuestion {
  id: string
  options: readonly { id: string }[]
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'
/** The version `encodeAnswers` writes (the first character of every code). */
export const CODE_VERSION = 1
const PRIME = 4093

let widthOf = (question: CodecQuestion) => 32 - Math.clz32(question.options.length)

/**
 * The length of every code for `questions`: the version, their answers' bits and the
 * checksum. `decodeAnswers` rejects anything longer unread, so the limit grows with
 * the question set (a fixed one made a long question set reject its own links).
 *
 * ```ts
 * codeLength(questions) // 12 for the 18 default questions
 * ```
 */
export function codeLength(questions: readonly CodecQuestion[]): number {
  return 3 + Math.ceil(questions.reduce((sum, q) => sum + widthOf(q), 0) / 6)
}

/**
 * FNV-1a over the question and option ids: what tells one question set from another
 * (share codes fold it into their checksum, saved progress into its storage key).
 *
 * ```ts
 * fingerprint(questions).toString(36) // '1k3x9vq'
 * ```
 */
export function fingerprint(questions: readonly CodecQuestion[]): number {
  let hash = 0x811c9dc5
  for (let char of questions.map(q => q.id + ':' + q.options.map(o => o.id).join(',')).join(';')) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  }
  return hash >>> 0
}

function checksum(symbols: number[], questions: readonly CodecQuestion[]): number {
  let sum = fingerprint(questions) % PRIME
  let weight = 1
  for (let symbol of symbols) {
    weight = (weight * 919) % PRIME
    sum = (sum + weight * symbol) % PRIME
  }
  return sum
}

/**
 * Encodes answers into a short URL-safe share code (about 12 characters for the default
 * questions). Throws an Error naming an unknown question or option id.
 *
 * ```ts
 * let code = encodeAnswers({ scope: 'product', salary: 'skip' }, questions)
 * ```
 */
export function encodeAnswers(answers: Answers, questions: readonly CodecQuestion[]): string {
  for (let id of Object.keys(answers)) {
    if (!questions.some(q => q.id === id)) throw new Error(`Unknown question "${id}" in answers`)
  }
  let symbols = [CODE_VERSION]
  let buffer = 0
  let bits = 0
  for (let question of questions) {
    let optionId = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined
    let value = question.options.findIndex(o => o.id === optionId) + 1
    if (!value && optionId !== undefined && optionId !== 'skip') {
      throw new Error(`Unknown option "${optionId}" for question "${question.id}"`)
    }
    buffer = (buffer << widthOf(question)) | value
    bits += widthOf(question)
    for (; bits >= 6; bits -= 6) symbols.push((buffer >> (bits - 6)) & 63)
    buffer &= (1 << bits) - 1
  }
  if (bits) symbols.push((buffer << (6 - bits)) & 63)
  let sum = checksum(symbols, questions)
  symbols.push(sum >> 6, sum & 63)
  return symbols.map(s => ALPHABET[s]).join('')
}

/**
 * Decodes a share code made by `encodeAnswers` for the same questions. Never throws:
 * damaged, truncated, foreign or oversized codes give `{ ok: false, errors: [why] }`.
 *
 * ```ts
 * let result = decodeAnswers(readShareCodes(location.hash)[0] ?? '', questions)
 * if (result.ok) showResult(result.value)
 * ```
 */
export function decodeAnswers(code: string, questions: readonly CodecQuestion[]): DecodeResult {
  let fail = (error: DecodeError): DecodeResult => ({ ok: false, errors: [error] })
  if (typeof code !== 'string' || !code) return fail('empty')
  let length = codeLength(questions)
  if (code.length > length) return fail('too-long')
  let symbols = [...code].map(char => ALPHABET.indexOf(char))
  if (symbols.includes(-1)) return fail('bad-characters')
  if (symbols[0] !== CODE_VERSION) return fail('unknown-version')
  if (symbols.length !== length) return fail('bad-length')
  let payload = symbols.slice(0, -2)
  if (checksum(payload, questions) !== (symbols.at(-2) ?? 0) * 64 + (symbols.at(-1) ?? 0)) return fail('bad-checksum')
  let answers: Answers = {}
  let buffer = 0
  let bits = 0
  let next = 1
  for (let question of questions) {
    let width = widthOf(question)
    for (; bits < width; bits += 6) buffer = (buffer << 6) | (payload[next++] ?? 0)
    bits -= width
    let value = (buffer >> bits) & ((1 << width) - 1)
    buffer &= (1 << bits) - 1
    let option = question.options[value - 1]
    if (value > question.options.length) return fail('out-of-range')
    if (option) answers[question.id] = option.id
  }
  // Nonzero padding means the code is not one encodeAnswers could have made.
  return buffer ? fail('out-of-range') : { ok: true, value: answers }
}
