// Intro screen strings.
export const intro = {
  heading: 'Which management role fits you?',
  lead: 'Answer short questions about the work you enjoy and what you want from a job. We compare your answers with {roles} management roles using published skill and salary data.',
  length: '{count} questions, about {minutes} min',
  get: 'You get your best-fitting role, why it fits, how the others compare, and a link to share your result.',
  privacy: 'Your answers stay in this browser: nothing is sent anywhere.',
  start: 'Start the quiz',
  resume: 'Continue where you left off'
}
