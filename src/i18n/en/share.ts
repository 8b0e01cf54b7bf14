// Share strings: the share actions, the shared text, the share sheet's title and shared links.
export const share = {
  heading: 'Share your result',
  text: 'My top career match: {role} ({match})',
  link: 'Link to your result',
  native: 'Share',
  copy: 'Copy link',
  copied: 'Link copied',
  copyByHand: 'Link selected: press Ctrl+C or ⌘C to copy it',
  newTab: '(opens in a new tab)',
  title: 'Career Fit',
  /** Shown instead of a shared result whose link cannot be read. */
  invalid: 'This shared link is incomplete or from another version of the quiz, so its result cannot be shown.'
}
