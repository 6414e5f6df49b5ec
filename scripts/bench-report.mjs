// The benchmark's arithmetic and output: percentiles, budgets with their margins, the table and the bench: line.

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

export const median = (values) => percentile(values, 50)

export const round = (value, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)

/** p50 and p95 of a list of durations, rounded for people. */
export const summarize = (times) => ({
  p50: round(percentile(times, 50)),
  p95: round(percentile(times, 95)),
  runs: times.length,
})

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

/** Calibrations at the start and the end further apart than this mean the machine was busy during the run. */
const DRIFT_WARNING = 0.25

function ratioLines(list, calibration, interactions) {
  const times = (dataset) => ({
    overview: dataset.firstScreen.overview,
    board: dataset.firstScreen.board,
    ...Object.fromEntries(interactions.map((kind) => [kind, dataset.interactions[kind].p95])),
  })
  const [baseline, ...others] = list
  const base = times(baseline)
  const lines = [`ratios to the ${baseline.label}, same run (first screens; interactions at p95):`]
  for (const dataset of others) {
    const parts = Object.entries(times(dataset)).map(([name, value]) => `${name} ×${round(value / base[name], 1)}`)
    lines.push(`  ${dataset.label}: ${parts.join(', ')}`)
  }
  const inCalibrations = interactions.map((kind) => `${kind} ${round(base[kind] / calibration.mean, 2)}`)
  lines.push(
    `  calibration (a fixed JS workload in the same browser): ${calibration.before} ms before, ` +
      `${calibration.after} ms after; ${baseline.label} p95 in calibrations: ${inCalibrations.join(', ')}`,
  )
  const drift = Math.abs(calibration.before - calibration.after) / Math.min(calibration.before, calibration.after)
  if (drift > DRIFT_WARNING) {
    lines.push(
      `warning: the fixed workload took ${Math.round(drift * 100)}% longer at one end of the run than at the other; ` +
        'something else was using the CPU, so these times are high: run the bench again on a quiet machine',
    )
  }
  return lines
}

function benchPairs(results, list, interactions, passed) {
  const { initialJs: size, lighthouse, calibration, budgets } = results
  const pairs = {
    initial_js_kb: round(size.totalKb),
    single_file_mb: results.singleFile.mb,
    single_file_open_ms: results.singleFile.openMs,
  }
  for (const x of list) {
    pairs[`${x.key}_overview_ms`] = x.firstScreen.overview
    pairs[`${x.key}_board_ms`] = x.firstScreen.board
    for (const kind of interactions) {
      pairs[`${x.key}_${kind.toLowerCase()}_p50_ms`] = x.interactions[kind].p50
      pairs[`${x.key}_${kind.toLowerCase()}_p95_ms`] = x.interactions[kind].p95
    }
    pairs[`${x.key}_heap_kb`] = x.heapKb
    if (x.importMs !== null) pairs[`${x.key}_import_ms`] = x.importMs
  }
  for (const report of lighthouse) {
    pairs[`lh_${report.name}_perf`] = report.performance
    pairs[`lh_${report.name}_a11y`] = report.accessibility
    pairs[`lh_${report.name}_tbt_ms`] = report.tbtMs
  }
  pairs.calibration_ms = calibration.mean
  pairs.budgets_passed = passed
  pairs.budgets_total = budgets.length
  return pairs
}

/** Everything the bench prints after measuring, ending with the machine-readable `bench:` line. */
export function reportLines(results, { order, interactions, runs }) {
  const { machine: m, initialJs: size, datasets, lighthouse, budgets, calibration } = results
  const list = order.map((key) => datasets[key])
  const files = (entries) => entries.map((f) => `${f.file} ${round(f.gzipKb)} kB`).join(', ')
  const imports = list.filter((x) => x.importMs !== null).map((x) => `${x.label} ${x.importMs} ms`)
  const lines = [
    '',
    `machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; ` +
      `Lighthouse ${m.lighthouse}`,
    `initial JS: ${round(size.totalKb)} kB gzip (${files(size.files)})`,
    `largest lazy chunks: ${files(size.lazy.slice(0, 4))}`,
    `one-file offline build: ${results.singleFile.mb} MB (${results.singleFile.gzipKb} kB gzip); opened from file:// ` +
      `to the overview's first screen in ${results.singleFile.openMs} ms (median of cold loads ` +
      `${results.singleFile.times.join(', ')} ms)`,
    `import of a user's dataset: ${imports.join(', ')}`,
    '',
    'first screen: ms from navigation start to the overview story / the board list painted (median of warm loads)',
    `interactions: ms from the input to the screen updated (React committed, style and layout done), ${runs} runs each`,
    'heap: kB of JS heap in use after the board has loaded and a garbage collection',
    resultsTable(list),
    '',
  ]
  for (const report of lighthouse) {
    const failed = report.failedA11y.length > 0 ? `; failing: ${report.failedA11y.join(', ')}` : ''
    lines.push(
      `Lighthouse ${report.name}: performance ${report.performance} (median run; all runs ` +
        `${report.performanceRuns.join(', ')}), accessibility ${report.accessibility} ` +
        `(FCP ${report.timings['first-contentful-paint']}, LCP ${report.timings['largest-contentful-paint']}, ` +
        `TBT ${report.timings['total-blocking-time']}, CLS ${report.timings['cumulative-layout-shift']}${failed})`,
    )
  }
  lines.push('', ...ratioLines(list, calibration, interactions), '')
  for (const budget of budgets) {
    const comparison = `${budget.unit === 'score' ? '≥' : '≤'} ${formatValue(budget.limit, budget.unit)}`
    const verdict = budget.pass ? 'PASS' : `FAIL, ${budget.note}`
    lines.push(`budget ${budget.name} ${comparison}: ${formatValue(budget.value, budget.unit)}  ${verdict}`)
  }
  const passed = budgets.filter((budget) => budget.pass).length
  lines.push(`budgets: ${passed} of ${budgets.length} pass; results in bench/results.json (${results.seconds} s)`)
  lines.push(benchLine(benchPairs(results, list, interactions, passed)))
  return lines
}
