import type { QuizStorage } from '../../src/state/quiz'

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
