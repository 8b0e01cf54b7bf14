// The embed layer's own strings: the invalid-data notice and the default call to action.
export const embed = {
  invalid: 'Career Fit could not start: its quiz data is invalid.',
  cta: 'Find {title} jobs'
}
