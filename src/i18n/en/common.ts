// Strings shared by every screen.
export const common = {
  back: 'Back',
  next: 'Next',
  startOver: 'Start over',
  errorHeading: 'We could not work out your result',
  errorText: 'Something in the quiz data or your answers did not add up. Start over to try again.',
  topMatch: 'Your top match: {role}, {match}'
}
