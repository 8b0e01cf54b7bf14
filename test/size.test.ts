import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, test } from 'vitest'

// The hard limit from the foundation issue; the goal for the finished quiz is 14 KB.
const LIMIT = 20 * 1024

test('the script-tag bundle stays within the gzip budget', () => {
  let file = new URL('../dist/career-fit.js', import.meta.url)
  let bytes = gzipSync(readFileSync(file), { level: 9 }).length
  expect(bytes, `dist/career-fit.js is ${bytes} B gzip; the budget is ${LIMIT} B`).toBeLessThanOrEqual(LIMIT)
})
