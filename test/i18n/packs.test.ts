// The built-in languages are complete: every string key of the English tables, with
// the same placeholders, and a translation of every default-data text the widget shows.
import { describe, expect, test } from 'vitest'
import { defaultData } from '../../src/engine'
import { dataDe } from '../../src/i18n/data-de'
import { dataEs } from '../../src/i18n/data-es'
import { dataFr } from '../../src/i18n/data-fr'
import { de } from '../../src/i18n/de-pack'
import { es } from '../../src/i18n/es-pack'
import { fr } from '../../src/i18n/fr-pack'
import type { DataStrings } from '../../src/i18n/localize-data'
import { messagesFor } from '../../src/i18n/messages'
import { flatten } from '../../src/i18n/wording'

const english = flatten(messagesFor('en'))
const holes = (text: string) => [...new Set(text.match(/\{\w+\}/g))].sort()
// Texts a translation rightly keeps as in English: names, and words both languages share.
const SAME: Record<string, string[]> = {
  es: ['share.title'],
  fr: ['share.title', 'results.cite', 'results.sources', 'intro.length'],
  de: ['share.title']
}

describe.each([['es', es, dataEs], ['fr', fr, dataFr], ['de', de, dataDe]] as const)('%s', (code, pack, data: DataStrings) => {
  let texts = flatten(pack.messages)

  test('has every key of the English tables and no other', () => {
    expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort())
  })

  test('keeps the placeholders of every English text', () => {
    let differing = Object.keys(english).filter(key => holes(texts[key] ?? '').join() !== holes(english[key]!).join())
    expect(differing).toEqual([])
  })

  test('translates every string, apart from names', () => {
    let same = Object.keys(english).filter(key => texts[key]!.trim() === '' || texts[key] === english[key])
    expect(same.sort()).toEqual([...SAME[code]!].filter(key => texts[key] === english[key]).sort())
  })

  test('translates every text of the default data the widget shows', () => {
    let gaps: string[] = []
    let need = (label: string, ...values: (string | undefined)[]) => {
      if (values.some(value => !value?.trim())) gaps.push(label)
    }
    for (let { id, facts } of defaultData.roles) {
      let role = data.roles[id]
      need(`roles.${id}`, role?.title, role?.summary)
      if (facts.salary.note) need(`roles.${id}.facts.salary.note`, role?.facts?.salary?.note)
      if (facts.bestPayingIndustry) need(`roles.${id}.facts.bestPayingIndustry.value`, role?.facts?.bestPayingIndustry?.value)
    }
    for (let { id, skills } of defaultData.roles) {
      if (skills.basis === 'sourced') skills.percentages?.forEach((_, i) => need(`roles.${id}.skills.percentages.${i}.term`, data.roles[id]?.skills?.percentages?.[i]?.term))
    }
    for (let skill of defaultData.skills) need(`skills.${skill.id}`, data.skills[skill.id])
    for (let { id } of defaultData.preferences) need(`preferences.${id}`, data.preferences[id]?.label, data.preferences[id]?.low, data.preferences[id]?.high)
    for (let question of defaultData.questions) {
      let texts = data.questions[question.id]
      need(`questions.${question.id}`, texts?.text)
      for (let option of question.options) need(`questions.${question.id}.${option.id}`, texts?.options?.[option.id] ?? data.scale[option.id])
    }
    expect(gaps).toEqual([])
  })
})
