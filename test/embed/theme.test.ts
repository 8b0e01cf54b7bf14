import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const css = readFileSync(new URL('../../src/embed/host.css', import.meta.url), 'utf8')
const declarations = (selector: string): string[] => {
  let start = css.indexOf(`${selector} {`)
  expect(start, `host.css has no rule for ${selector}`).toBeGreaterThan(-1)
  let body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  return body.split(';').map(line => line.trim()).filter(Boolean)
}

test('the dark theme and `auto` on a dark system use the same palette', () => {
  let dark = declarations(".root[data-theme='dark']")
  expect(dark).toContain('color-scheme: dark')
  expect(dark.filter(line => line.startsWith('--d-'))).toHaveLength(9)
  expect(declarations(".root[data-theme='auto']")).toEqual(dark)
})
