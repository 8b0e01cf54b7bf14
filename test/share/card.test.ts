// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest'
import { cardToBlob, drawResultCard, type ResultCard } from '../../src/share/card'
import { fakeCanvas, fakeWidth } from './fake-canvas'

const CARD: ResultCard = {
  title: 'Career Fit',
  heading: 'My top career match',
  top: 'Product manager',
  match: '78% match',
  next: ['Program manager · 71%', 'Project manager · 64%', 'Lead program manager · 60%'],
  accent: '#0b6bcb'
}

afterEach(() => {
  vi.restoreAllMocks()
})

test('draws a 1200 × 630 card with the top role, its match and the next two roles', () => {
  let context = fakeCanvas()
  let canvas = document.createElement('canvas')
  expect(drawResultCard(canvas, CARD)).toBe(true)
  expect([canvas.width, canvas.height]).toEqual([1200, 630])
  expect(context.texts.map(t => t.text)).toEqual([CARD.title, CARD.heading, CARD.top, CARD.match, ...CARD.next.slice(0, 2)])
  expect(context.texts.find(t => t.text === CARD.match)?.fillStyle).toBe(CARD.accent)
})

test('uses system fonts only', () => {
  let context = fakeCanvas()
  drawResultCard(document.createElement('canvas'), CARD)
  for (let { font } of context.texts) expect(font).toMatch(/system-ui.*sans-serif$/)
})

test('shrinks a long title until it fits', () => {
  let context = fakeCanvas()
  let long = 'A very long role title that would never fit on one line of the card'
  drawResultCard(document.createElement('canvas'), { ...CARD, top: long })
  let size = (text: string): number => Number.parseInt(/(\d+)px/.exec(context.texts.find(t => t.text === text)!.font)![1]!)
  expect(size(long)).toBeLessThan(size(CARD.title))
  expect((long.length * size(long)) / 2).toBeLessThanOrEqual(1200 - 160)
})

const LINE = 1200 - 160
const drawn = (context: ReturnType<typeof fakeCanvas>, index: number) => {
  let { text, font } = context.texts[index]!
  return { text, size: Number.parseInt(/(\d+)px/.exec(font)![1]!), width: fakeWidth(text, font) }
}

test('shrinks a long title to the largest size at which it fits', () => {
  let context = fakeCanvas()
  let long = 'A very long role title that would never fit on one line of the card'
  drawResultCard(document.createElement('canvas'), { ...CARD, top: long })
  // The fake draws half the font size per character, so it fits up to 2 × 1040 / length px.
  expect(drawn(context, 2)).toEqual({ text: long, size: Math.floor((2 * LINE) / long.length), width: expect.any(Number) })
})

test('ends a title too long for the card even at 12 px with an ellipsis, within the margins', () => {
  let context = fakeCanvas()
  let title = 'Senior principal lead '.repeat(9) + 'X'
  drawResultCard(document.createElement('canvas'), { ...CARD, top: title })
  let top = drawn(context, 2)
  expect(top.size).toBe(12)
  expect(top.text).toMatch(/\S…$/)
  expect(title.startsWith(top.text.slice(0, -1))).toBe(true)
  expect(top.width).toBeLessThanOrEqual(LINE)
  // No longer start of the title would fit with its ellipsis.
  expect(fakeWidth(title.slice(0, top.text.length) + '…', `${top.size}px`)).toBeGreaterThan(LINE)
})

test('draws a megabyte-long title cut short, measuring only a few lines\' worth of characters', () => {
  let context = fakeCanvas()
  drawResultCard(document.createElement('canvas'), { ...CARD, top: 'Program manager '.repeat(65_536), next: ['x'.repeat(1_000_000)] })
  expect(drawn(context, 2).text).toMatch(/^Program manager .*…$/)
  expect(drawn(context, 4).text).toMatch(/^x+…$/)
  expect(drawn(context, 2).width).toBeLessThanOrEqual(LINE)
  // A few hundred measurements of at most 200 characters (31,343 characters here), where
  // measuring the whole title at every size took 76 MB of text.
  expect(context.measured).toBeLessThan(50_000)
})

test('reports a canvas without a 2D context', () => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  expect(drawResultCard(document.createElement('canvas'), CARD)).toBe(false)
})

test('encodes the canvas as a PNG blob', async () => {
  fakeCanvas()
  let blob = await cardToBlob(document.createElement('canvas'))
  expect(blob.type).toBe('image/png')
})
