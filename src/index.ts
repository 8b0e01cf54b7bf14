// The ES module entry for bundler users.
export { mount } from './embed/mount'
export type { WidgetHandle } from './embed/mount'
export { defaultData, parseQuizData, score } from './engine'
export type { Answers, QuizData, Result } from './engine'
