// The embed layer's own strings: the invalid-data notice, the restart notice and the default call to action.
export const embed = {
  invalid: 'Career Fit could not start: its quiz data is invalid.',
  restarted: 'The questions changed, so the quiz starts again.',
  cta: 'Find {title} jobs'
}
