import { describe, expect, test } from 'vitest'
import { kebab, parseOptions, textOn, type ResolvedOptions } from '../../src/embed/options'

const BASE = 'https://host.example/articles/career?x=1'

function parse(raw: Record<string, unknown>, attribute?: (key: string) => string) {
  return parseOptions(raw, {
    base: BASE,
    isColor: value => /^(#[0-9a-f]{3,8}|rebeccapurple|rgb\([\d, ]+\))$/i.test(value),
    ...(attribute ? { attribute } : {})
  })
}

const DEFAULTS: ResolvedOptions = {
  locale: 'en', theme: 'light', accent: null, accentText: null, roles: null, data: [], loadTimeout: 10, shareBase: null, cta: null,
  nonce: null, storageKey: null, mode: 'inline', onComplete: null, localePack: null, messages: null
}

test('no options give the defaults without warnings', () => {
  expect(parse({})).toEqual({ options: DEFAULTS, warnings: [] })
})

test('empty attribute values count as not given', () => {
  expect(parse({ locale: '', theme: '', accent: '', roles: '', nonce: null })).toEqual({ options: DEFAULTS, warnings: [] })
})

test('unknown keys such as the data-career-fit marker are ignored', () => {
  expect(parse({ careerFit: '', somethingElse: 'x' }).warnings).toEqual([])
})

describe('each invalid value gives one warning naming the attribute, the value and the default', () => {
  test.each([
    ['locale', 'pt', 'en', '"en"'],
    ['theme', 'purple', 'light', '"light"'],
    ['mode', 'modal', 'inline', '"inline"'],
    ['accent', 'red;} * {display:none', null, 'the theme accent'],
    ['shareBase', 'javascript:alert(1)', null, 'the current page'],
    ['cta', 'javascript:alert("{role}")', null, 'no call to action'],
    ['roles', 'product-manager', null, 'all roles'],
    ['roles', 'Product Manager, !', null, 'all roles'],
    ['data', 'https://elsewhere.example/data.json', null, 'the default data'],
    ['questions', 42, null, 'the default questions'],
    ['onComplete', 'alert(1)', null, 'none']
  ])('%s=%s', (key, value, expected, used) => {
    let { options, warnings } = parse({ [key]: value }, name => 'data-' + name)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`data-${key}=`)
    expect(warnings[0]).toContain(String(value))
    expect(warnings[0]).toContain(`using ${used}`)
    let field = key === 'questions' ? 'data' : (key as keyof ResolvedOptions)
    expect(options[field]).toEqual(field === 'data' ? [] : expected)
  })
})

test('locale takes en, es, fr and de, with region subtags and any case', () => {
  expect(parse({ locale: 'es' }).options.locale).toBe('es')
  expect(parse({ locale: 'fr-CA' }).options.locale).toBe('fr')
  expect(parse({ locale: 'DE' }).options.locale).toBe('de')
  expect(parse({ locale: 'es-MX' }).options.locale).toBe('es')
  expect(parse({ locale: 'EN_gb' }).options.locale).toBe('en')
})

test('mode takes inline and popup', () => {
  expect(parse({ mode: 'popup' }).options.mode).toBe('popup')
  expect(parse({ mode: 'inline' }).options.mode).toBe('inline')
})

test('theme takes light, dark and auto', () => {
  for (let theme of ['light', 'dark', 'auto']) expect(parse({ theme }).options.theme).toBe(theme)
})

test('accent takes what the colour check accepts, trimmed', () => {
  expect(parse({ accent: ' #0a7d5a ' }).options.accent).toBe('#0a7d5a')
  expect(parse({ accent: 'rebeccapurple' }).options.accent).toBe('rebeccapurple')
})

test('accent without CSS.supports still refuses anything that could break out of a rule', () => {
  let warnings: string[] = []
  let accent = (value: string) => {
    let parsed = parseOptions({ accent: value }, { base: BASE })
    warnings.push(...parsed.warnings)
    return parsed.options.accent
  }
  expect(accent('rgb(10, 20, 30)')).toBe('rgb(10, 20, 30)')
  expect(accent('red}body{display:none')).toBeNull()
  expect(warnings).toHaveLength(1)
})

test('roles takes comma-separated ids or an array of ids, without duplicates', () => {
  expect(parse({ roles: 'product-manager, project-manager' }).options.roles).toEqual(['product-manager', 'project-manager'])
  expect(parse({ roles: ['a', 'b', 'a'] }).options.roles).toEqual(['a', 'b'])
  expect(parse({ roles: 'a,a' }).warnings).toHaveLength(1)
})

test('roles, data and questions take inline values, JSON and same-origin URLs', () => {
  let roles = [{ id: 'x' }]
  let { options, warnings } = parse({ roles, data: '{"skills": []}', questions: '/quiz/questions.json' })
  expect(warnings).toEqual([])
  expect(options.roles).toBeNull()
  expect(options.data).toEqual([
    { key: 'roles', value: roles },
    { key: 'data', value: { skills: [] } },
    { key: 'questions', url: 'https://host.example/quiz/questions.json' }
  ])
})

test('broken JSON becomes a data error, not a warning', () => {
  let { options, warnings } = parse({ questions: '[{"id": ' })
  expect(warnings).toEqual([])
  expect(options.data).toHaveLength(1)
  expect(options.data[0]).toMatchObject({ key: 'questions', error: expect.stringContaining('questions is not valid JSON') })
})

test('shareBase resolves against the page', () => {
  expect(parse({ shareBase: '/quiz' }).options.shareBase).toBe('https://host.example/quiz')
  expect(parse({ shareBase: 'https://other.example/p' }).options.shareBase).toBe('https://other.example/p')
})

test('cta keeps its template, an optional label and where it opens', () => {
  expect(parse({ cta: 'https://jobs.example/search?q={role}', ctaLabel: 'Browse {title} jobs' }).options.cta).toEqual({
    url: 'https://jobs.example/search?q={role}',
    label: 'Browse {title} jobs',
    target: '_self'
  })
  expect(parse({ cta: '/jobs/{role}', ctaTarget: '_blank' }).options.cta).toEqual({ url: '/jobs/{role}', label: null, target: '_blank' })
})

test('ctaTarget other than _self or _blank warns and opens in the same tab', () => {
  let { options, warnings } = parse({ cta: '/jobs/{role}', ctaTarget: '_top' })
  expect(options.cta?.target).toBe('_self')
  expect(warnings).toEqual(['Career Fit: cta-target="_top" is not valid: use "_self" or "_blank"; using "_self".'])
})

test('nonce, storageKey and onComplete are taken as given', () => {
  let onComplete = () => {}
  let { options, warnings } = parse({ nonce: 'abc123', storageKey: 'sidebar', onComplete })
  expect(warnings).toEqual([])
  expect(options).toMatchObject({ nonce: 'abc123', storageKey: 'sidebar', onComplete })
})

test('warnings name options the way they were written', () => {
  expect(parse({ shareBase: 'ftp://x' }).warnings[0]).toMatch(/^Career Fit: share-base="ftp:\/\/x"/)
  expect(parse({ shareBase: 'ftp://x' }, key => key).warnings[0]).toMatch(/^Career Fit: shareBase="ftp:\/\/x"/)
})

test('a hex accent gets black or white text, whichever contrasts more', () => {
  expect(parse({ accent: '#ffd000' }).options.accentText).toBe('#000')
  expect(parse({ accent: '#0a7d5a' }).options.accentText).toBe('#fff')
  expect(textOn('#fff')).toBe('#000')
  expect(textOn('#1D4ED8')).toBe('#fff')
  expect(textOn('rebeccapurple')).toBeNull()
})

test('any language tag is a locale once a localePack is given, by URL, JSON or object', () => {
  let withUrl = parse({ locale: 'ar', localePack: '/packs/ar.js' })
  expect(withUrl.options).toMatchObject({ locale: 'ar', localePack: 'https://host.example/packs/ar.js' })
  expect(parse({ locale: 'pt-BR', localePack: '{"messages": {}}' }).options).toMatchObject({ locale: 'pt-BR', localePack: { messages: {} } })
  expect(parse({ locale: 'ar' }).warnings).toEqual([expect.stringMatching(/locale="ar" is not valid: use "en", "es", "fr", "de" or a localePack; using "en"/)])
  expect(parse({ locale: 'not a tag', localePack: '/packs/x.js' }).options.locale).toBe('en')
})

test('a pack from another origin, or for English, is not used', () => {
  let other = parse({ locale: 'ar', localePack: 'https://elsewhere.example/ar.js' }, name => 'data-' + kebab(name))
  expect(other.options).toMatchObject({ locale: 'en', localePack: null })
  expect(other.warnings[0]).toMatch(/^Career Fit: data-locale-pack="https:\/\/elsewhere\.example\/ar\.js" is not valid/)
  expect(parse({ locale: 'en', localePack: { messages: {} } }).options.localePack).toBeNull()
})

test('messages takes an object or JSON', () => {
  expect(parse({ messages: '{"intro.heading": "Hi"}' }).options.messages).toEqual({ 'intro.heading': 'Hi' })
  expect(parse({ messages: { fr: { 'intro.heading': 'Salut' } } }).options.messages).toEqual({ fr: { 'intro.heading': 'Salut' } })
  expect(parse({ messages: '{oops' }).warnings).toEqual([expect.stringMatching(/messages="\{oops" is not valid: give JSON; using none/)])
})
