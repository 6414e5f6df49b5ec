// Adds up the unit (Vitest) and browser (Playwright) JSON reports into one closing line for CI:
// `tests: N passed, N failed`. Exits 1 when no test ran, when a report is missing, or when any test failed.
import { existsSync, readFileSync } from 'node:fs'

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)
const unit = read('test-results/unit.json')
const e2e = read('test-results/e2e.json')

const unitPassed = unit?.numPassedTests ?? 0
const unitFailed = unit ? unit.numFailedTests : 0
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0
// Errors outside any test (the server did not start, a spec did not load) are failures too.
const e2eFailed = e2e ? e2e.stats.unexpected + (e2e.errors?.length ?? 0) : 0
// A stage that never reported (lint or type errors stop the chain), or reported no test at all, counts as one
// failure, so it is never silent.
const ran = (passed, failed) => passed + failed > 0
const missing = (unit && ran(unitPassed, unitFailed) ? 0 : 1) + (e2e && ran(e2ePassed, e2eFailed) ? 0 : 1)

console.log(
  `unit and component: ${unitPassed} passed, ${unitFailed} failed${unit && ran(unitPassed, unitFailed) ? '' : ' (did not run)'}`,
)
console.log(
  `browser: ${e2ePassed} passed, ${e2eFailed} failed${e2e && ran(e2ePassed, e2eFailed) ? '' : ' (did not run)'}`,
)
const passed = unitPassed + e2ePassed
const failed = unitFailed + e2eFailed + missing
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(passed > 0 && failed === 0 ? 0 : 1)
