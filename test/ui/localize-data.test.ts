import { describe, expect, it } from 'vitest'
import { defaultData, parseQuizData, score, type QuizData } from '../../src/engine'
import { loadLocale } from '../../src/i18n/load-locale'
import { noWarnings } from '../environment'
import { localizeData } from '../../src/i18n/messages'

await loadLocale('es', null, noWarnings)
const es = localizeData(defaultData, 'es')
const role = (data: QuizData, id: string) => data.roles.find(r => r.id === id)!

describe('localizeData', () => {
  it('returns English data as it is', () => {
    expect(localizeData(defaultData, 'en')).toBe(defaultData)
  })

  it('translates every text of the default data the widget shows into Spanish', () => {
    let pairs: [string, string][] = [
      ...defaultData.roles.flatMap((r, i): [string, string][] => [
        [r.title, es.roles[i]!.title],
        [r.summary!, es.roles[i]!.summary!]
      ]),
      ...defaultData.skills.map((s, i): [string, string] => [s.label, es.skills[i]!.label]),
      ...defaultData.preferences.flatMap((p, i): [string, string][] => [
        [p.label, es.preferences[i]!.label],
        [p.low, es.preferences[i]!.low],
        [p.high, es.preferences[i]!.high]
      ]),
      ...defaultData.questions.flatMap((q, i): [string, string][] => [
        [q.text, es.questions[i]!.text],
        ...q.options.map((o, j): [string, string] => [o.label, es.questions[i]!.options[j]!.label])
      ])
    ]
    let untranslated = pairs.filter(([english, spanish]) => english === spanish || spanish.trim() === '')
    expect(untranslated).toEqual([])
  })

  it('translates fact values that are words and keeps proper names', () => {
    let client = role(es, 'client-program-manager')
    let original = role(defaultData, 'client-program-manager')
    expect(client.facts.bestPayingIndustry?.value).toBe('Finanzas')
    expect(role(es, 'lead-program-manager').facts.bestPayingIndustry?.value).toBe('Tecnología')
    expect(client.facts.highestPayingCity).toEqual(original.facts.highestPayingCity)
    expect(client.facts.bestPayingCompany).toEqual(original.facts.bestPayingCompany)
    expect(role(es, 'product-manager').facts.salary.note).toBe('Cifras de Glassdoor, tal como las cita la fuente.')
  })

  it('keeps ids, numbers and structure, so the data still parses and scores the same', () => {
    let parsed = parseQuizData(es)
    expect(parsed.ok).toBe(true)
    let answers = Object.fromEntries(defaultData.questions.map(q => [q.id, q.options.at(-1)!.id]))
    let strip = (data: QuizData) => score(answers, data).ranking.map(r => [r.id, r.score])
    expect(strip(es)).toEqual(strip(defaultData))
    expect(score(answers, es).ranking[0]!.title).toBe(role(es, score(answers, es).ranking[0]!.id).title)
  })

  it('passes custom texts and unknown ids through unchanged', () => {
    let custom: QuizData = {
      ...defaultData,
      roles: [
        { ...defaultData.roles[0]!, title: 'Customer program lead' },
        { ...defaultData.roles[1]!, id: 'constructor' }
      ],
      questions: [{ ...defaultData.questions[0]!, text: 'Who do you like working with?' }, { ...defaultData.questions[1]!, id: 'toString' }]
    }
    let localized = localizeData(custom, 'es')
    expect(localized.roles[0]!.title).toBe('Customer program lead')
    expect(localized.roles[0]!.summary).toBe(es.roles[0]!.summary)
    expect(localized.roles[1]).toEqual(custom.roles[1])
    expect(localized.questions[0]!.text).toBe('Who do you like working with?')
    expect(localized.questions[0]!.options[0]!.label).toBe(es.questions[0]!.options[0]!.label)
    expect(localized.questions[1]).toEqual(custom.questions[1])
  })
})
