import type { QuizData } from '../engine/data'

export interface AppProps {
  data: QuizData
}

/** Placeholder screen until the quiz screens land: lists what the quiz compares. */
export function App({ data }: AppProps) {
  return (
    <section class="career-fit" aria-labelledby="career-fit-title">
      <h2 id="career-fit-title">Which management role fits you?</h2>
      <p>
        {data.questions.length} short questions compare you with {data.roles.length} roles:
      </p>
      <ul>
        {data.roles.map(role => (
          <li key={role.id}>{role.title}</li>
        ))}
      </ul>
    </section>
  )
}
