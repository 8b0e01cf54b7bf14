// Review screen strings.
export const review = {
  heading: 'Check your answers',
  lead: 'Change any answer before you see your result.',
  skipped: 'Skipped',
  change: 'Change',
  changeLabel: 'Change your answer to: {question}',
  finish: 'See my results'
}
