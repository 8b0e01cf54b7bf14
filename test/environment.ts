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

/** What a test environment recorded: the page's address as it changed, and every warning and error. */
export interface TestEnvironment extends Environment {
  location: { href: string; hash: string }
  warnings: string[]
  errors: unknown[]
}

/**
 * A page for unit tests: memory storage, an address at `href` that `replaceUrl`
 * changes, no network (every fetch rejects unless `fetch` is given), no share
 * sheet, clipboard or downloads unless given, and warnings and errors recorded.
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
    warn: message => void environment.warnings.push(message),
    error: problem => void environment.errors.push(problem),
    warnings: [],
    errors: [],
    ...overrides
  }
  return environment
}

const hashOf = (href: string): string => (href.includes('#') ? href.slice(href.indexOf('#')) : '')
