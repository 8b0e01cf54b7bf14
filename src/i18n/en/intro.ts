// intro strings. Placeholder until its screen lands.
export const intro = {
  placeholder: 'intro'
}
