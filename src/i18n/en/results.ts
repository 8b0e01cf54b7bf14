// Results screen strings (owned by the results-screen work). Placeholder until it lands.
export const results = {
  heading: 'Your result'
}
