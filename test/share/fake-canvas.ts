// A recording 2D context for jsdom, which has no canvas.
import { vi } from 'vitest'

export interface FakeContext {
  font: string
  fillStyle: string
  texts: { text: string; font: string; fillStyle: string }[]
  /** Characters passed to `measureText`, in all: what measuring cost. */
  measured: number
}

/** How wide the fake context draws `text` in `font`: half the font size per character. */
export const fakeWidth = (text: string, font: string): number => (text.length * Number.parseInt(/\d+px/.exec(font)?.[0] ?? '0')) / 2

/** Gives every canvas a recording 2D context and a PNG `toBlob`; undo with `vi.restoreAllMocks()`. */
export function fakeCanvas(): FakeContext {
  let context: FakeContext = { font: '', fillStyle: '', texts: [], measured: 0 }
  let api = {
    fillRect() {},
    fillText(text: string) {
      context.texts.push({ text, font: context.font, fillStyle: context.fillStyle })
    },
    // 20 px per character at 40 px: enough to make long titles shrink.
    measureText: (text: string) => {
      context.measured += text.length
      return { width: fakeWidth(text, context.font) }
    }
  }
  Object.assign(context, api)
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D)
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(callback => callback(new Blob(['png'], { type: 'image/png' })))
  return context
}
