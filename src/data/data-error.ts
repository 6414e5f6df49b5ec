/** One thing wrong with the data: which file, which record (id or index), which field, and what. */
export interface DataProblem {
  readonly file: string
  readonly record: string
  readonly field: string
  readonly message: string
}

export class DataError extends Error {
  readonly problems: readonly DataProblem[]

  constructor(problems: readonly DataProblem[]) {
    super(`The data failed validation with ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'DataError'
    this.problems = problems
  }
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file} › ${problem.record} › ${problem.field}: ${problem.message}`
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError
}
