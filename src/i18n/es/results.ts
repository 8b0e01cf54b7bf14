import type { results as en } from '../en/results'

export const results: typeof en = {
  heading: 'Tu resultado'
}
