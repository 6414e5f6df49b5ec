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
import {
  calibrate,
  FIRST_SCREEN,
  INTERACTION_NAMES,
  INTERACTIONS,
  measureDataset,
  RUNS,
  VIEWPORT,
  WARMUP,
} from './bench-browser.mjs'
import { runLighthouse } from './bench-lighthouse.mjs'
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs'
import { checkBudget, reportLines, round } from './bench-report.mjs'
import { initialJs } from './bench-size.mjs'
import { measureSingleFile } from './bench-single-file.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4205)
const OUT = process.env.BENCH_OUT ?? 'dist-bench'
const SINGLE_OUT = `${OUT}-single`
const BASE = `http://127.0.0.1:${PORT}/`
/** The real data first: the ratio lines compare the others with it. */
const DATASETS = [
  { key: 'real', label: 'real data', size: null, loads: 5 },
  { key: 's1k', label: 'synthetic 1,000', size: 1000, loads: 3 },
  { key: 's10k', label: 'synthetic 10,000', size: 10000, loads: 3 },
]

const log = (message) => console.log(message)

const score = (name, value, limit) => ({ name, value, limit, unit: 'score', atLeast: true })

/** The budgets. A missed one is reported with its margin; the fix belongs in the code, not here. */
const ms = (name, value, limit) => ({ name, value, limit, unit: 'ms' })

/**
 * The budgets. On the real data every interaction has a frame (16 ms) at p95 and headroom at p50 (6 ms), so that
 * it holds on a busy machine too; at 10,000 items, two frames, and the comparison (which redraws the charts) 50 ms.
 * A missed one is reported with its margin; the fix belongs in the code, not here.
 */
const budgetsOf = (size, d, lighthouse, singleFile) => [
  { name: 'initial JS (gzip)', value: size.totalKb, limit: 90, unit: 'kB' },
  ...INTERACTIONS.flatMap((kind) => [
    ms(`${INTERACTION_NAMES[kind]} p95, real data`, d.real.interactions[kind].p95, 16),
    ms(`${INTERACTION_NAMES[kind]} p50, real data`, d.real.interactions[kind].p50, 6),
    ms(`${INTERACTION_NAMES[kind]} p95, 10,000 items`, d.s10k.interactions[kind].p95, kind === 'compare' ? 50 : 33),
  ]),
  ...lighthouse.flatMap((report) => [
    score(`Lighthouse mobile performance, ${report.name}`, report.performance, 0.98),
    ms(`Lighthouse total blocking time, ${report.name}`, report.tbtMs, 100),
    score(`Lighthouse accessibility, ${report.name}`, report.accessibility, 1),
  ]),
  { name: 'one-file build size', value: singleFile.mb, limit: 2, unit: 'MB' },
  ms('one-file build, open to first screen (median of 3 cold loads)', singleFile.openMs, 500),
]

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

/** Chromium runs for the datasets and the calibrations around them; Lighthouse runs after, on its own. */
async function measureInBrowser(chromePath, work, singleFilePath) {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROMIUM_ARGS,
  })
  try {
    const info = machine(browser.version())
    log(`measuring in Chromium ${info.chromium} on ${info.cores} cores …`)
    const calibration = { before: await calibrate(browser, BASE) }
    const datasets = {}
    for (const dataset of DATASETS) {
      const path = dataset.size ? join(work, `synthetic-${dataset.size}.json`) : null
      datasets[dataset.key] = await measureDataset(browser, BASE, dataset, path, log)
    }
    log('opening the one-file build from file:// …')
    const singleFile = await measureSingleFile(browser, singleFilePath, {
      firstScreen: FIRST_SCREEN,
      viewport: VIEWPORT,
    })
    calibration.after = await calibrate(browser, BASE)
    calibration.mean = round((calibration.before + calibration.after) / 2, 1)
    return { info, calibration, datasets, singleFile }
  } finally {
    await browser.close()
  }
}

async function main() {
  const started = performance.now()
  run('node', ['scripts/ensure-chromium.mjs'], 'finding Chromium')
  const chromePath = chromiumPath()
  log(`building the app into ${OUT}/ …`)
  run('node_modules/.bin/vite', ['build', '--outDir', OUT, '--emptyOutDir'], 'vite build')
  const size = initialJs(OUT)
  log(`building the one-file offline build into ${SINGLE_OUT}/ …`)
  run(
    'node_modules/.bin/vite',
    ['build', '--mode', 'singlefile', '--outDir', SINGLE_OUT, '--emptyOutDir'],
    'one-file build',
  )
  const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-'))
  const stopPreview = await startPreview().catch((error) => {
    rmSync(work, { recursive: true, force: true })
    throw error
  })
  try {
    log('writing the synthetic datasets …')
    const sizes = DATASETS.filter((d) => d.size).map((d) => String(d.size))
    process.stdout.write(run('node_modules/.bin/tsx', ['scripts/bench-datasets.ts', work, ...sizes], 'datasets'))
    const { info, calibration, datasets, singleFile } = await measureInBrowser(
      chromePath,
      work,
      join(SINGLE_OUT, 'index.html'),
    )
    log('running Lighthouse (mobile) on the overview and the board …')
    const lighthouse = [
      { name: 'overview', ...runLighthouse(BASE, { chromePath, folder: work, name: 'overview' }) },
      { name: 'board', ...runLighthouse(`${BASE}?view=board`, { chromePath, folder: work, name: 'board' }) },
    ]
    const results = {
      date: new Date().toISOString(),
      machine: info,
      method: { runs: RUNS, warmup: WARMUP, viewport: VIEWPORT, firstScreenSelectors: FIRST_SCREEN },
      initialJs: size,
      singleFile,
      calibration,
      datasets,
      lighthouse,
      budgets: budgetsOf(size, datasets, lighthouse, singleFile).map(checkBudget),
      seconds: Math.round((performance.now() - started) / 1000),
    }
    mkdirSync('bench', { recursive: true })
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
    const order = DATASETS.map((dataset) => dataset.key)
    for (const line of reportLines(results, { order, interactions: INTERACTIONS, runs: RUNS })) log(line)
  } finally {
    stopPreview()
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
