// Writes the benchmark's synthetic datasets, each one JSON file in the shape "Your own data" loads:
//   tsx scripts/bench-datasets.ts <folder> <size> [<size> …]   →   <folder>/synthetic-<size>.json
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeSyntheticDataset } from '../src/testing/synthetic.ts'
import { toDataFilesJson } from '../src/testing/synthetic-files.ts'

/** One fixed seed: every run of the benchmark measures the same data. */
const SEED = 2019

const [folder, ...sizes] = process.argv.slice(2)
if (!folder || sizes.length === 0) {
  console.error('usage: tsx scripts/bench-datasets.ts <folder> <size> [<size> …]')
  process.exit(2)
}
mkdirSync(folder, { recursive: true })
for (const size of sizes.map(Number)) {
  const path = join(folder, `synthetic-${size}.json`)
  const dataset = makeSyntheticDataset(size, SEED)
  writeFileSync(path, JSON.stringify(toDataFilesJson(dataset)))
  const histories = dataset.items.reduce((sum, item) => sum + item.history.length, 0)
  console.log(
    `${path}: ${size} items, ${histories} status changes, ${dataset.targets.length} targets, ${dataset.counts.length} counts`,
  )
}
