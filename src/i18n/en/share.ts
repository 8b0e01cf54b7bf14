// share strings. Placeholder until its screen lands.
export const share = {
  placeholder: 'share'
}
