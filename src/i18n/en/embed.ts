// The embed layer's own strings: the invalid-data and missing-file notices, the restart notice, the default call to action, and popup mode's launcher and close button.
export const embed = {
  invalid: 'Career Fit could not start: its quiz data is invalid.',
  restarted: 'The questions changed, so the quiz starts again.',
  cta: 'Find {title} jobs',
  unavailable: 'Career Fit could not start: a file it needs could not be loaded.',
  launcher: 'Take the career quiz',
  close: 'Close'
}
