// Everything Spanish, in one module so it can load apart from the widget:
// a chunk of the ES module build, and dist/career-fit.es.js for the script tag.
import { dataEs } from './data-es'
import { common } from './es/common'
import { embed } from './es/embed'
import { intro } from './es/intro'
import { question } from './es/question'
import { results } from './es/results'
import { review } from './es/review'
import { share } from './es/share'
import { translateData } from './localize-data'
import type { CompletePack, Messages } from './language'

export const es = {
  locale: 'es',
  numbers: 'es-ES',
  messages: { common, intro, question, review, results, share, embed } satisfies Messages,
  localize: (data, defaults) => translateData(data, defaults, dataEs)
} satisfies CompletePack
