import type { Environment, QuizStorage } from '../src/state/environment'

/** An in-memory storage that records what the quiz wrote. */
export function memoryStorage(initial: Record<string, string> = {}): QuizStorage & { items: Map<string, string> } {
  let items = new Map(Object.entries(initial))
  return {
    items,
    getItem: key => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: key => void items.delete(key)
  }
}

/** A timer set through the environment, still waiting: `run()` fires it now. */
export interface PendingTimer {
  ms: number
  run(): void
}

/** What a test environment recorded: the page's address as it changed, every warning and error, and the timers still waiting. */
export interface TestEnvironment extends Environment {
  location: { href: string; hash: string }
  warnings: string[]
  errors: unknown[]
  timers: PendingTimer[]
}

/**
 * A page for unit tests: memory storage, an address at `href` that `replaceUrl`
 * changes, no network (every fetch rejects unless `fetch` is given), no share
 * sheet, clipboard or downloads unless given, warnings and errors recorded, and
 * timers that wait until a test runs them.
 *
 * ```ts
 * let environment = testEnvironment({ href: 'https://example.com/#career-fit=1abc' })
 * ```
 */
export function testEnvironment({ href = 'https://example.com/quiz', ...overrides }: Partial<Environment> & { href?: string } = {}): TestEnvironment {
  let environment: TestEnvironment = {
    storage: memoryStorage(),
    location: { href, hash: hashOf(href) },
    replaceUrl(next) {
      environment.location = { href: next, hash: hashOf(next) }
    },
    fetch: url => Promise.reject(new Error(`No network in tests: ${url}`)),
    setTimer(callback, ms) {
      let timer: PendingTimer = { ms, run: () => (cancel(), callback()) }
      let cancel = () => {
        environment.timers = environment.timers.filter(other => other !== timer)
      }
      environment.timers.push(timer)
      return cancel
    },
    warn: message => void environment.warnings.push(message),
    error: problem => void environment.errors.push(problem),
    warnings: [],
    errors: [],
    timers: [],
    ...overrides
  }
  return environment
}

const hashOf = (href: string): string => (href.includes('#') ? href.slice(href.indexOf('#')) : '')

/** A `warn` for loads that must not warn: it fails the test with the warning. */
export function noWarnings(message: string): never {
  throw new Error(`Unexpected warning: ${message}`)
}
