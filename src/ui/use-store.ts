import type { ReadableAtom } from 'nanostores'
import { useEffect, useState } from 'preact/hooks'

/**
 * The store's value, re-rendering when it changes. Ours rather than
 * @nanostores/preact's: that one defers every re-render to a timer and brings
 * `listenKeys` along, and the widget only ever listens to whole stores.
 * Preact batches the state updates, so several stores changing at once still
 * give one render.
 */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  let [, rerender] = useState({})
  let value = store.get()
  useEffect(() => {
    // The store may have changed between this render and the subscription.
    if (store.get() !== value) rerender({})
    return store.listen(() => rerender({}))
  }, [store])
  return value
}
