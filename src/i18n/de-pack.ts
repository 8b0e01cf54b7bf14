// Everything German, in one module so it can load apart from the widget:
// a chunk of the ES module build, and dist/career-fit.de.js for the script tag.
import { dataDe } from './data-de'
import { common } from './de/common'
import { embed } from './de/embed'
import { intro } from './de/intro'
import { question } from './de/question'
import { results } from './de/results'
import { review } from './de/review'
import { share } from './de/share'
import { translateData } from './localize-data'
import type { CompletePack, Messages } from './language'

export const de = {
  locale: 'de',
  numbers: 'de-DE',
  // German nouns keep their capital inside a sentence: "für Produktmanagement".
  keepCase: true,
  messages: { common, intro, question, review, results, share, embed } satisfies Messages,
  localize: (data, defaults) => translateData(data, defaults, dataDe)
} satisfies CompletePack
