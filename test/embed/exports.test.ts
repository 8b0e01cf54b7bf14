import { expect, test } from 'vitest'
import * as entry from '../../src/index'
import packageJson from '../../package.json'

test('the ES module entry exports exactly the public API', () => {
  expect(Object.keys(entry).sort()).toEqual(['defaultData', 'defineElement', 'mount', 'parseQuizData', 'score', 'version'])
})

test('version is the package version', () => {
  expect(entry.version).toBe(packageJson.version)
})
