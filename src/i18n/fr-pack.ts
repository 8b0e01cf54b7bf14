// Everything French, in one module so it can load apart from the widget:
// a chunk of the ES module build, and dist/career-fit.fr.js for the script tag.
import { dataFr } from './data-fr'
import { common } from './fr/common'
import { embed } from './fr/embed'
import { intro } from './fr/intro'
import { question } from './fr/question'
import { results } from './fr/results'
import { review } from './fr/review'
import { share } from './fr/share'
import { translateData } from './localize-data'
import type { CompletePack, Messages } from './language'

export const fr = {
  locale: 'fr',
  numbers: 'fr-FR',
  messages: { common, intro, question, review, results, share, embed } satisfies Messages,
  localize: (data, defaults) => translateData(data, defaults, dataFr)
} satisfies CompletePack
