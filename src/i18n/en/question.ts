// question strings. Placeholder until its screen lands.
export const question = {
  placeholder: 'question'
}
