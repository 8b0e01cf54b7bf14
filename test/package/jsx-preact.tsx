/** @jsxImportSource preact */
// Type-level test (run by `tsc -p test`): Preact JSX accepts <career-fit-quiz> with typed attributes.
import type {} from '../../src/jsx/preact'

export const accepted = [
  <career-fit-quiz />,
  <career-fit-quiz id="quiz" class="wide" locale="es-MX" theme="auto" accent="#0a7d5a" roles="product-manager, program-manager"
    data="/quiz.json" questions="/questions.json" share-base="https://example.com/quiz" cta="https://jobs.example.com/?q={role}"
    cta-label="Browse {title} jobs" nonce="abc" storage-key="careers" mode="popup" />,
  <career-fit-quiz locale="fr" messages='{"intro.heading": "Quel poste est le vôtre ?"}' />,
  <career-fit-quiz locale="ar" locale-pack="/quiz/career-fit.ar.js" />
]

// @ts-expect-error: not a mode
export const wrongMode = <career-fit-quiz mode="modal" />
// @ts-expect-error: not a theme
export const wrongTheme = <career-fit-quiz theme="neon" />
// @ts-expect-error: not a locale the widget has, and no pack for it
export const wrongLocale = <career-fit-quiz locale="pt" />
// @ts-expect-error: attributes are strings, as in HTML
export const wrongType = <career-fit-quiz roles={['product-manager', 'program-manager']} />
