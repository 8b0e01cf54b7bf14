// review strings. Placeholder until its screen lands.
export const review = {
  placeholder: 'review'
}
