// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { defineElement } from '../../src/embed/element'
import { OPTIONS, type MountOptions, type OptionName } from '../../src/embed/options'

// Every option is described once, in OPTIONS; these hold the other places that list options to it.
const names = Object.keys(OPTIONS) as OptionName[]
const scriptOnly = (name: OptionName) => 'script' in OPTIONS[name]
const attributeOf = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()

// MountOptions and the description name the same options (checked by `tsc -p test`).
type Missing = Exclude<keyof MountOptions, OptionName> | Exclude<OptionName, keyof MountOptions>
const sameNames: [Missing] extends [never] ? true : false = true

test('MountOptions and the description name the same options', () => {
  expect(sameNames).toBe(true)
})

test('the element observes one attribute per option that has attributes', () => {
  defineElement('career-fit-description-test')
  let element = customElements.get('career-fit-description-test') as unknown as { observedAttributes: string[] }
  expect(element.observedAttributes).toEqual(names.filter(name => !scriptOnly(name)).map(attributeOf))
  expect(element.observedAttributes).toContain('share-base')
})

test('the README documents every option, in order, with its attributes', () => {
  // jsdom's URL can't name a file: read the README from the project root.
  let readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')
  let lines = readme.slice(readme.indexOf('| option | data attribute / element attribute |')).split('\n').slice(2)
  let rows = lines.slice(0, lines.findIndex(line => !line.startsWith('|')))
  let documented = rows.map(row => row.split('|').map(cell => cell.trim()))
  expect(documented.map(cells => cells[1])).toEqual(names.map(name => `\`${name}\``))
  for (let [, option, attributes] of documented) {
    let name = option!.replaceAll('`', '') as OptionName
    let expected = scriptOnly(name) ? 'JavaScript only' : `\`data-${attributeOf(name)}\` / \`${attributeOf(name)}\``
    expect(attributes, name).toBe(expected)
  }
})
