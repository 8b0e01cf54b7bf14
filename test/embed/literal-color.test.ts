import { expect, test } from 'vitest'
import { isLiteralColor } from '../../src/embed/literal-color'
import { parseOptions } from '../../src/embed/options'

test.each([
  '#0a7d5a', '#fff', '#0a7d5a80', 'rebeccapurple', 'Teal', 'transparent', 'rgb(10, 125, 90)', 'rgb(10 125 90 / 50%)',
  'rgba(0,0,0,.5)', 'RGB(1,2,3)', 'hsl(120deg 50% 40%)', 'hsla(0.3turn, 60%, 45%, 1)', 'hwb(90 10% 10%)',
  'lab(50% 40 59.5)', 'lch(52.2% 72.2 50)', 'oklab(0.6 -0.1 0.1)', 'oklch(0.6 0.1 150 / none)', 'color(display-p3 1 0.5 0)',
  'rgb(1e2 0 0)'
])('accepts the literal colour %s', value => {
  expect(isLiteralColor(value)).toBe(true)
})

test.each([
  'var(--x)', 'var(--x, url(http://elsewhere/))', 'url(http://elsewhere/a.png)', 'image-set(url(a.png) 1x)',
  '-webkit-image-set(url(a.png) 1x)', 'rgb(var(--r) 0 0)', 'rgb(calc(1 + 2) 0 0)', 'color-mix(in srgb, red, blue)',
  'light-dark(red, blue)', 'attr(data-x)', 'env(safe-area-inset-top)', 'red; background: url(a.png)', 'red, url(a.png)',
  '"red"', 'rgb(0 0 0) url(a.png)', 'paint(x)', 'element(#a)', 'cross-fade(url(a.png), red)', ''
])('refuses %s, which is not a literal colour', value => {
  expect(isLiteralColor(value)).toBe(false)
})

// In a browser CSS.supports('color', 'var(…)') is true: a var() is valid anywhere until used.
test('the accent option refuses var() and url() even where the browser calls them colours', () => {
  let warnings: string[] = []
  let accent = (value: string) => {
    let parsed = parseOptions({ accent: value }, { base: 'https://host.example/', isColor: () => true })
    warnings.push(...parsed.warnings)
    return parsed.options.accent
  }
  expect(accent('var(--x, url(http://elsewhere/))')).toBeNull()
  expect(accent('image-set(url(http://elsewhere/a.png) 1x)')).toBeNull()
  expect(warnings).toHaveLength(2)
  expect(warnings[0]).toContain('accent="var(--x, url(http://elsewhere/))" is not valid: give a literal colour')
  expect(accent(' #0a7d5a ')).toBe('#0a7d5a')
})
