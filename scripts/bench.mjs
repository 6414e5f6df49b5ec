// npm run bench: builds the app, serves it, and drives real Chromium over the real data and seeded synthetic
// datasets of 1,000 and 10,000 items (loaded through the "Your own data" import, as a user would). Prints a table,
// the budgets with PASS/FAIL, ratio lines and a final `bench: key=value …` line; writes bench/results.json.
// It reports and never gates: the exit code is 0 unless something could not be measured.
// BENCH_PORT (default 4205) and BENCH_OUT (default dist-bench) let it run beside other servers and builds.
import { chromium } from '@playwright/test'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { runLighthouse } from './bench-lighthouse.mjs'
import { installBench, watchFirstScreen } from './bench-page.mjs'
import { benchLine, checkBudget, formatValue, median, resultsTable, summarize } from './bench-report.mjs'
import { initialJs } from './bench-size.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4205)
const OUT = process.env.BENCH_OUT ?? 'dist-bench'
const BASE = `http://127.0.0.1:${PORT}/`
const RUNS = 30
/** Uncounted runs first: the first toggle of a control pays for code and caches warming up. Even, so a toggle ends off. */
const WARMUP = 2
const INTERACTIONS = ['topic', 'search', 'asOf', 'compare']
const DATASETS = [
  { key: 'real', label: 'real data', size: null, loads: 5 },
  { key: 's1k', label: 'synthetic 1,000', size: 1000, loads: 3 },
  { key: 's10k', label: 'synthetic 10,000', size: 10000, loads: 3 },
]
/** The first meaningful screen: the overview's story, or the board's first row once its list is settled. */
const FIRST_SCREEN = { overview: 'ol.story > li', board: '.board-results[aria-busy="false"] tbody tr' }
const VIEWPORT = { width: 1280, height: 800 }

const log = (message) => console.log(message)
const round = (value, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)

function run(command, args, what) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '')
    process.stderr.write(result.stderr ?? '')
    throw new Error(`${what} failed (exit ${result.status})`)
  }
  return result.stdout
}

async function startPreview() {
  // The binary itself, in its own process group, so that stopping the group stops every process it started.
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let errors = ''
  server.stderr.on('data', (chunk) => (errors += chunk))
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited: ${errors.trim()}`)
    const ok = await fetch(BASE).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return stop
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`vite preview did not answer on ${BASE}`)
}

async function firstScreen(page, url) {
  await page.goto(url)
  await page.waitForFunction(() => window.__benchFirstScreen !== undefined, null, { timeout: 180_000 })
  return page.evaluate(() => window.__benchFirstScreen)
}

/** One uncounted load warms the HTTP cache (and, for a user's dataset, browser storage); then `n` counted loads. */
async function loadTimes(page, url, n) {
  await firstScreen(page, url)
  const times = []
  for (let i = 0; i < n; i++) times.push(await firstScreen(page, url))
  return round(median(times), 0)
}

async function heapKb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value
  return used === undefined ? null : Math.round(used / 1024)
}

async function importDataset(page, path) {
  await page.goto(BASE)
  await page.getByRole('button', { name: 'Your own data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your own dataset' })
  const start = performance.now()
  await dialog.getByLabel('Choose a JSON file').setInputFiles(path)
  await dialog.getByRole('status').filter({ hasText: 'Loaded' }).waitFor({ timeout: 180_000 })
  const ms = performance.now() - start
  await page.keyboard.press('Escape')
  return Math.round(ms)
}

async function measure(page, kind) {
  if (kind === 'compare') {
    await page.goto(`${BASE}?view=charts`)
    await page.locator('.chart-frame').first().waitFor({ timeout: 180_000 })
    await page.locator('.chart-loading, [aria-busy="true"]').first().waitFor({ state: 'detached' })
  } else {
    await firstScreen(page, `${BASE}?view=board`)
  }
  await page.evaluate(installBench)
  const runs = await page.evaluate(([k, n, warmup]) => window.__bench.measure(k, n, warmup), [kind, RUNS, WARMUP])
  const totals = runs.map((run) => run.total)
  return {
    ...summarize(totals),
    // The input's own echo (a ticked box, the typed letter) is on screen after `firstCommit`; the rest follows.
    firstCommit: summarize(runs.map((run) => run.first)),
    times: totals.map((ms) => round(ms, 2)),
  }
}

async function measureDataset(browser, dataset, path) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(watchFirstScreen, FIRST_SCREEN)
  const page = await context.newPage()
  try {
    const importMs = path ? await importDataset(page, path) : null
    const overview = await loadTimes(page, BASE, dataset.loads)
    const board = await loadTimes(page, `${BASE}?view=board`, dataset.loads)
    const heap = await heapKb(page)
    const interactions = {}
    for (const kind of INTERACTIONS) {
      // Each kind starts from a fresh page, so one kind's leftovers (a filter, a query) do not change the next.
      interactions[kind] = await measure(page, kind)
      log(`  ${dataset.label}: ${kind} p50 ${interactions[kind].p50} ms, p95 ${interactions[kind].p95} ms`)
    }
    return { ...dataset, importMs, firstScreen: { overview, board }, heapKb: heap, interactions }
  } finally {
    await context.close()
  }
}

async function calibrate(browser) {
  const page = await browser.newPage()
  await page.goto(BASE)
  await page.evaluate(installBench)
  const ms = await page.evaluate(() => window.__bench.calibrate())
  await page.close()
  return round(ms, 1)
}

function machine(browserVersion) {
  const cores = cpus()
  const lighthouse = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version
  return {
    cores: cores.length,
    cpu: cores[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
    lighthouse,
  }
}

const BUDGETS = (size, d, lh) => [
  { name: 'initial JS (gzip)', value: size.totalKb, limit: 100, unit: 'kB' },
  { name: 'topic filter p95, real data', value: d.real.interactions.topic.p95, limit: 16, unit: 'ms' },
  { name: 'search keystroke p95, real data', value: d.real.interactions.search.p95, limit: 16, unit: 'ms' },
  { name: 'as-of change p95, real data', value: d.real.interactions.asOf.p95, limit: 16, unit: 'ms' },
  { name: 'topic filter p95, 10,000 items', value: d.s10k.interactions.topic.p95, limit: 50, unit: 'ms' },
  { name: 'search keystroke p95, 10,000 items', value: d.s10k.interactions.search.p95, limit: 50, unit: 'ms' },
  { name: 'as-of change p95, 10,000 items', value: d.s10k.interactions.asOf.p95, limit: 50, unit: 'ms' },
  ...lh.flatMap((report) => [
    { name: `Lighthouse mobile performance, ${report.name}`, value: report.performance, limit: 0.95, unit: 'score', atLeast: true },
    { name: `Lighthouse accessibility, ${report.name}`, value: report.accessibility, limit: 1, unit: 'score', atLeast: true },
  ]),
]

function ratioLines(d, calibration) {
  const times = (dataset) => ({
    overview: dataset.firstScreen.overview,
    board: dataset.firstScreen.board,
    ...Object.fromEntries(INTERACTIONS.map((kind) => [kind, dataset.interactions[kind].p95])),
  })
  const real = times(d.real)
  const lines = ['ratios to the real data, same run (first screens; interactions at p95):']
  for (const key of ['s1k', 's10k']) {
    const other = times(d[key])
    const parts = Object.entries(other).map(([name, value]) => `${name} ×${round(value / real[name], 1) ?? 'NA'}`)
    lines.push(`  ${d[key].label}: ${parts.join(', ')}`)
  }
  lines.push(
    `  calibration (fixed JS workload in the same browser): ${calibration.before} ms before, ${calibration.after} ms after; ` +
      `real-data p95 in calibrations: ${INTERACTIONS.map((k) => `${k} ${round(real[k] / calibration.mean, 2)}`).join(', ')}`,
  )
  return lines
}

async function main() {
  const started = performance.now()
  run('node', ['scripts/ensure-chromium.mjs'], 'finding Chromium')
  const chromePath = readFileSync('test-results/chromium-path', 'utf8').trim()
  log(`building the app into ${OUT}/ …`)
  run('node_modules/.bin/vite', ['build', '--outDir', OUT, '--emptyOutDir'], 'vite build')
  const size = initialJs(OUT)
  const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-'))
  log('writing the synthetic datasets …')
  const sizes = DATASETS.filter((d) => d.size).map((d) => String(d.size))
  process.stdout.write(run('node_modules/.bin/tsx', ['scripts/bench-datasets.ts', work, ...sizes], 'dataset generator'))
  const stopPreview = await startPreview()
  let browser
  try {
    browser = await chromium.launch({
      executablePath: chromePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-sync'],
    })
    const info = machine(browser.version())
    log(`measuring in Chromium ${info.chromium} on ${info.cores} cores …`)
    const calibration = { before: await calibrate(browser) }
    const measured = {}
    for (const dataset of DATASETS) {
      const path = dataset.size ? join(work, `synthetic-${dataset.size}.json`) : null
      measured[dataset.key] = await measureDataset(browser, dataset, path)
    }
    calibration.after = await calibrate(browser)
    calibration.mean = round((calibration.before + calibration.after) / 2, 1)
    await browser.close()
    browser = undefined

    log('running Lighthouse (mobile) on the overview and the board …')
    const lighthouse = [
      { name: 'overview', ...runLighthouse(BASE, { chromePath, folder: work, name: 'overview' }) },
      { name: 'board', ...runLighthouse(`${BASE}?view=board`, { chromePath, folder: work, name: 'board' }) },
    ]
    const budgets = BUDGETS(size, measured, lighthouse).map(checkBudget)
    const results = {
      date: new Date().toISOString(),
      machine: info,
      method: { runs: RUNS, warmup: WARMUP, viewport: VIEWPORT, firstScreenSelector: FIRST_SCREEN },
      initialJs: size,
      calibration,
      datasets: measured,
      lighthouse,
      budgets,
      seconds: Math.round((performance.now() - started) / 1000),
    }
    mkdirSync('bench', { recursive: true })
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
    print(results)
  } finally {
    await browser?.close()
    stopPreview()
    rmSync(work, { recursive: true, force: true })
  }
}

function print(results) {
  const { machine: m, initialJs: size, datasets: d, lighthouse, budgets, calibration } = results
  const list = DATASETS.map((dataset) => d[dataset.key])
  log('')
  log(`machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; Lighthouse ${m.lighthouse}`)
  log(`initial JS: ${round(size.totalKb)} kB gzip (${size.files.map((f) => `${f.file} ${round(f.gzipKb)}`).join(', ')})`)
  log(`largest lazy chunks: ${size.lazy.slice(0, 4).map((f) => `${f.file} ${round(f.gzipKb)} kB`).join(', ')}`)
  log(`import of a user's dataset: ${list.filter((x) => x.importMs !== null).map((x) => `${x.label} ${x.importMs} ms`).join(', ')}`)
  log('')
  log('first screen: navigation start to the overview story / the board list painted (median of warm loads)')
  log(`interactions: ms from input to everything committed and laid out, ${RUNS} runs each; heap after load and GC`)
  log(resultsTable(list))
  log('')
  for (const report of lighthouse) {
    const failed = report.failedA11y.length > 0 ? `; failing: ${report.failedA11y.join(', ')}` : ''
    log(
      `Lighthouse ${report.name}: performance ${report.performance}, accessibility ${report.accessibility} ` +
        `(FCP ${report.timings['first-contentful-paint']}, LCP ${report.timings['largest-contentful-paint']}, ` +
        `TBT ${report.timings['total-blocking-time']}, CLS ${report.timings['cumulative-layout-shift']}${failed})`,
    )
  }
  log('')
  for (const line of ratioLines(d, calibration)) log(line)
  log('')
  for (const budget of budgets) {
    const comparison = `${budget.unit === 'score' ? '≥' : '≤'} ${formatValue(budget.limit, budget.unit)}`
    const verdict = budget.pass ? 'PASS' : `FAIL, ${budget.note}`
    log(`budget ${budget.name} ${comparison}: ${formatValue(budget.value, budget.unit)}  ${verdict}`)
  }
  const passed = budgets.filter((budget) => budget.pass).length
  log(`budgets: ${passed} of ${budgets.length} pass; results in bench/results.json (${results.seconds} s)`)
  const pairs = { initial_js_kb: round(size.totalKb) }
  for (const x of list) {
    pairs[`${x.key}_overview_ms`] = x.firstScreen.overview
    pairs[`${x.key}_board_ms`] = x.firstScreen.board
    for (const kind of INTERACTIONS) {
      pairs[`${x.key}_${kind.toLowerCase()}_p50_ms`] = x.interactions[kind].p50
      pairs[`${x.key}_${kind.toLowerCase()}_p95_ms`] = x.interactions[kind].p95
    }
    pairs[`${x.key}_heap_kb`] = x.heapKb
    if (x.importMs !== null) pairs[`${x.key}_import_ms`] = x.importMs
  }
  for (const report of lighthouse) {
    pairs[`lh_${report.name}_perf`] = report.performance
    pairs[`lh_${report.name}_a11y`] = report.accessibility
  }
  pairs.calibration_ms = calibration.mean
  pairs.budgets_passed = passed
  pairs.budgets_total = budgets.length
  log(benchLine(pairs))
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
