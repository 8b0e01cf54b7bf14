// The README lists every message key and every default-data text a pack can translate,
// generated from the English tables and data/*.json, so the list can't drift.
// After changing the tables: UPDATE_README=1 npx vitest run test/i18n/readme-keys.test.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { defaultData } from '../../src/engine'
import { messagesFor } from '../../src/i18n/messages'
import { flatten } from '../../src/i18n/wording'

const README = new URL('../../README.md', import.meta.url)
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s+/g, ' ')
const short = (text: string, length = 90) => (text.length > length ? text.slice(0, length - 1).trimEnd() + '…' : text)

function messageKeys(): string {
  let rows = Object.entries(flatten(messagesFor('en'))).map(([key, text]) => `| \`${key}\` | ${cell(text)} |`)
  return ['| key | English |', '|---|---|', ...rows].join('\n')
}

function dataKeys(): string {
  let rows: [string, string][] = []
  let scale = new Map<string, string>()
  for (let role of defaultData.roles) {
    rows.push([`roles.${role.id}.title`, role.title], [`roles.${role.id}.summary`, short(role.summary!)])
    if (role.facts.salary.note) rows.push([`roles.${role.id}.facts.salary.note`, role.facts.salary.note])
    if (role.facts.bestPayingIndustry) rows.push([`roles.${role.id}.facts.bestPayingIndustry.value`, role.facts.bestPayingIndustry.value])
    if (role.skills.basis === 'sourced') {
      role.skills.percentages?.forEach((p, i) => rows.push([`roles.${role.id}.skills.percentages[${i}].term`, p.term]))
    }
  }
  for (let skill of defaultData.skills) rows.push([`skills.${skill.id}`, skill.label])
  for (let axis of defaultData.preferences) {
    rows.push([`preferences.${axis.id}.label`, axis.label], [`preferences.${axis.id}.low`, axis.low], [`preferences.${axis.id}.high`, axis.high])
  }
  for (let question of defaultData.questions) {
    rows.push([`questions.${question.id}.text`, question.text])
    if (question.kind === 'skill') for (let option of question.options) scale.set(option.id, option.label)
    else for (let option of question.options) rows.push([`questions.${question.id}.options.${option.id}`, option.label])
  }
  for (let [id, label] of scale) rows.push([`scale.${id}`, label])
  return ['| key | English |', '|---|---|', ...rows.map(([key, text]) => `| \`${key}\` | ${cell(text)} |`)].join('\n')
}

const BLOCKS = { 'message-keys': messageKeys, 'data-keys': dataKeys }

test.each(Object.entries(BLOCKS))('the README lists the %s as the sources have them', (name, generate) => {
  let readme = readFileSync(README, 'utf8')
  let start = `<!-- ${name}:start -->\n`
  let end = `\n<!-- ${name}:end -->`
  let from = readme.indexOf(start)
  let to = readme.indexOf(end)
  expect(from, `README.md has no ${start.trim()} … ${end.trim()} block`).toBeGreaterThan(-1)
  let expected = generate()
  if (process.env.UPDATE_README) {
    readme = readme.slice(0, from + start.length) + expected + readme.slice(to)
    writeFileSync(README, readme)
  }
  expect(readFileSync(README, 'utf8').slice(from + start.length, readme.indexOf(end))).toBe(expected)
})
