// Schema-only check of each data file (no cross-file rules); used while writing data by hand.
import { readFileSync, existsSync } from 'node:fs'
import { DATA_FILE_NAMES, DATA_FILE_SCHEMAS } from '../src/data/raw-schema.ts'

let problems = 0
for (const name of DATA_FILE_NAMES) {
  const path = new URL(`../data/${name}`, import.meta.url)
  if (!existsSync(path)) continue
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    console.log(`${name}: invalid JSON: ${String(error)}`)
    problems++
    continue
  }
  const result = DATA_FILE_SCHEMAS[name].safeParse(json)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [index, ...field] = issue.path
      const record =
        Array.isArray(json) && typeof index === 'number' ? ((json[index] as { id?: string })?.id ?? index) : index
      console.log(`${name} › ${String(record)} › ${field.join('.')}: ${issue.message}`)
      problems++
    }
  }
}
console.log(problems === 0 ? 'shape OK' : `${problems} problem(s)`)
process.exit(problems === 0 ? 0 : 1)
