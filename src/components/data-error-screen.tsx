import type { DataProblem } from '../data/data-error'

interface DataErrorScreenProps {
  readonly problems: readonly DataProblem[]
  readonly title: string
  readonly intro: string
  readonly columns: { readonly file: string; readonly record: string; readonly field: string; readonly problem: string }
}

/** Names every problem by file, record and field; never a stack trace. */
export function DataErrorScreen({ problems, title, intro, columns }: DataErrorScreenProps) {
  return (
    <section className="data-error" role="alert" aria-labelledby="data-error-title">
      <h2 id="data-error-title">{title}</h2>
      <p>{intro}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{columns.file}</th>
              <th scope="col">{columns.record}</th>
              <th scope="col">{columns.field}</th>
              <th scope="col">{columns.problem}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={index}>
                <td>{problem.file}</td>
                <td>{problem.record}</td>
                <td>{problem.field}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
