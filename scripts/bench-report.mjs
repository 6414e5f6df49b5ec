// The benchmark's arithmetic and output: percentiles, budgets with their margins, the table and the bench: line.

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

export const median = (values) => percentile(values, 50)

const round = (value, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)

/** p50 and p95 of a list of durations, rounded for people. */
export const summarize = (times) => ({ p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), runs: times.length })

/**
 * A budget checked against a measured value. `atMost` budgets are limits (ms, kB); `atLeast` budgets are scores.
 * A miss says by how much, in the budget's unit and as a share of the limit.
 */
export function checkBudget({ name, value, limit, unit, atLeast = false }) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { name, value: null, limit, unit, pass: false, note: 'not measured' }
  }
  const pass = atLeast ? value >= limit : value <= limit
  const gap = Math.abs(value - limit)
  const note = pass ? '' : `missed by ${formatValue(gap, unit)} (${Math.round((gap / limit) * 100)}% of the budget)`
  return { name, value, limit, unit, pass, note }
}

export function formatValue(value, unit) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  if (unit === 'score') return value.toFixed(2)
  return `${round(value)} ${unit}`
}

const pad = (text, width) => String(text).padEnd(width)
const padStart = (text, width) => String(text).padStart(width)

/** A plain-text table: the first column left-aligned, the rest right-aligned. */
export function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)))
  const line = (cells) =>
    cells.map((cell, column) => (column === 0 ? pad(cell, widths[column]) : padStart(cell, widths[column]))).join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

const pair = (summary) => (summary ? `${summary.p50} / ${summary.p95}` : '—')

/** One row per dataset: first screens, the four interactions (p50 / p95) and the heap. */
export function resultsTable(datasets) {
  const header = [
    'dataset',
    'overview ms',
    'board ms',
    'topic p50/p95',
    'search p50/p95',
    'as-of p50/p95',
    'compare p50/p95',
    'heap kB',
  ]
  const rows = datasets.map((d) => [
    d.label,
    d.firstScreen.overview ?? '—',
    d.firstScreen.board ?? '—',
    pair(d.interactions.topic),
    pair(d.interactions.search),
    pair(d.interactions.asOf),
    pair(d.interactions.compare),
    d.heapKb ?? '—',
  ])
  return table(header, rows)
}

/** key=value pairs, numbers only, for machines reading the last line. */
export function benchLine(pairs) {
  const text = (value) => (value === null || value === undefined || Number.isNaN(value) ? 'NA' : String(value))
  return `bench: ${Object.entries(pairs)
    .map(([key, value]) => `${key}=${text(value)}`)
    .join(' ')}`
}
