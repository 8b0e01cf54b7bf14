// Question step strings.
export const question = {
  progress: 'Question {n} of {total}',
  skip: 'Not sure / skip',
  missing: "Choose an answer or 'Not sure / skip' to continue"
}
