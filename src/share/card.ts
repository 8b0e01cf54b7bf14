// The result card: a 1200 × 630 PNG (the Open Graph size) drawn on a canvas with
// system fonts only, so making it loads nothing and sends nothing.

/** What the result card shows; every string arrives translated and formatted. */
export interface ResultCard {
  /** The brand line: "Career Fit". */
  title: string
  /** The line above the role: "My top career match". */
  heading: string
  /** The top role's title. */
  top: string
  /** The top role's match: "78% match". */
  match: string
  /** The next roles, one line each (the first two are drawn): "Program manager · 71%". */
  next: string[]
  /** A CSS colour for the band and the match. */
  accent: string
}

const WIDTH = 1200
const HEIGHT = 630
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'

/**
 * Draws the result card on `canvas`, resizing it to 1200 × 630. Returns false when the
 * canvas has no 2D context (jsdom, locked-down browsers).
 *
 * ```ts
 * let canvas = document.createElement('canvas')
 * if (drawResultCard(canvas, card)) download(await cardToBlob(canvas), 'career-fit.png')
 * ```
 */
export function drawResultCard(canvas: HTMLCanvasElement, card: ResultCard): boolean {
  canvas.width = WIDTH
  canvas.height = HEIGHT
  let context = canvas.getContext('2d')
  if (!context) return false
  // Shrinks a line until it fits between the margins, down to 12 px; what still
  // doesn't fit is cut and ends with "…". At most a few hundred short measurements.
  let text = (value: string, y: number, size: number, color: string, weight = 400) => {
    let chars = Array.from(value.slice(0, LONGEST))
    let line = (n: number) => (n < chars.length || value.length > LONGEST ? chars.slice(0, n).join('').trimEnd() + '…' : value)
    let n = chars.length
    let wide = () => context.measureText(line(n)).width > LINE
    do context.font = `${weight} ${size--}px ${FONT}`
    while (wide() && size > 11)
    while (n && wide()) n--
    context.fillStyle = color
    context.fillText(line(n), 80, y)
  }
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, WIDTH, HEIGHT)
  context.fillStyle = card.accent
  context.fillRect(0, 0, 24, HEIGHT)
  context.fillRect(80, 452, 120, 6)
  text(card.title, 110, 36, '#1f2937', 700)
  text(card.heading, 220, 40, '#4b5563')
  text(card.top, 320, 88, '#111827', 700)
  text(card.match, 412, 56, card.accent, 700)
  card.next.slice(0, 2).forEach((line, i) => text(line, 522 + i * 56, 36, '#374151'))
  return true
}

const LINE = WIDTH - 160
// A line of the card holds far fewer characters than this even at 12 px: measuring
// more only cost time (a megabyte-long title took seconds).
const LONGEST = 200

/**
 * The canvas as a PNG blob.
 *
 * ```ts
 * let blob = await cardToBlob(canvas)
 * ```
 */
export function cardToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error('The card could not be encoded'))), 'image/png')
  })
}
