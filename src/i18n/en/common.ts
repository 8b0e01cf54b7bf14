// common strings. Placeholder until its screen lands.
export const common = {
  placeholder: 'common'
}
