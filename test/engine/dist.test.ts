import { expect, test } from 'vitest'
import { score as sourceScore, type Answers } from '../../src/engine'

// The built headless entry, as a Node user imports it (`npm test` builds before the unit run).
type Engine = typeof import('../../src/engine')
const load = (): Promise<Engine> => import(new URL('../../dist/engine.mjs', import.meta.url).href) as Promise<Engine>

test('dist/engine.mjs scores in Node with no DOM and exports the documented names', async () => {
  let engine = await load()
  expect(engine.score({}).ranking.map(r => r.id)).toEqual([
    'client-program-manager', 'lead-program-manager', 'product-manager', 'program-manager', 'project-manager'
  ])
  expect(engine.questions).toHaveLength(18)
  expect(engine.roles).toHaveLength(5)
  expect(typeof engine.parseQuizData).toBe('function')
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined')
  // The README's "JavaScript API" documents exactly these.
  expect(Object.keys(engine).sort()).toEqual([
    'DEFAULT_BLEND', 'LOW_SIGNAL_SPREAD', 'NEGLIGIBLE', 'SKIP', 'TOSS_UP_MARGIN', 'compareTopTwo', 'defaultData', 'explainRole',
    'parseQuizData', 'preferences', 'questions', 'resolveAnswers', 'roles', 'salaryFit', 'score', 'skillWeight', 'skills',
    'sources', 'stepsBetween'
  ])
})

test('dist/engine.mjs keeps every data field and scores exactly as the sources do', async () => {
  let engine = await load()
  // The widget bundle slims the data; the engine build must not.
  expect(engine.parseQuizData(engine.defaultData).ok).toBe(true)
  expect(engine.roles[0]!.responsibilities?.length).toBeGreaterThan(0)
  let answers: Answers = { 'work-with': 'clients', 'client-contact': 'love', 'point-of-sale': 'enjoy', 'plan-projects': 'little', industry: 'finance' }
  expect(engine.score(answers)).toEqual(sourceScore(answers))
})
