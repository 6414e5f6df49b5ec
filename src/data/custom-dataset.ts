// A dataset of the user's own: one JSON object whose keys are the data file names ("sources.json", …) and whose
// values are those files' contents. It passes the same checks as the bundled data, except the rule that the whole
// 2019 programme (31 roadmaps, 28 programmes) be there, so a tracker of another programme loads too.
import type { Dataset } from '../domain/types'
import { clipLabel } from './custom-file'
import type { DataProblem } from './data-error'
import { decodeText } from './decode-text'
import { parseDataset, type DataFileTexts } from './parse-dataset'
import { DATA_FILE_NAMES, type DataFileName } from './raw-schema'

export type CustomParseResult =
  | {
      readonly ok: true
      readonly dataset: Dataset
      readonly files: DataFileTexts
      /** Fields the tracker does not know, ignored; each names the loaded file too. */
      readonly warnings: readonly DataProblem[]
    }
  | { readonly ok: false; readonly problems: readonly DataProblem[] }

const isDataFileName = (key: string): key is DataFileName => (DATA_FILE_NAMES as readonly string[]).includes(key)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const wholeFile = (name: string, message: string, field = '(file)'): DataProblem => ({
  file: clipLabel(name),
  record: '(file)',
  field,
  message,
})

/** Checks the data files of a custom dataset; each problem names the loaded file and the data file inside it. */
export function parseCustomFiles(name: string, files: DataFileTexts): CustomParseResult {
  const result = parseDataset(files, { requireFullProgramme: false })
  const where = clipLabel(name)
  const located = (problems: readonly DataProblem[]) =>
    problems.map((problem) => ({ ...problem, file: `${where} › ${problem.file}` }))
  if (result.ok) return { ok: true, dataset: result.dataset, files, warnings: located(result.warnings) }
  return { ok: false, problems: located(result.problems) }
}

/**
 * Where a number too large for JavaScript (1e400 reads as Infinity) sits in a file's JSON, as a field path. Found
 * before the file is written back as text, which would turn it into null and hide what was wrong.
 */
function outOfRangeNumbers(value: unknown): string[] {
  const found: string[] = []
  const stack: [unknown, string][] = [[value, '']]
  while (stack.length > 0 && found.length < 20) {
    const [current, path] = stack.pop() ?? [null, '']
    if (typeof current === 'number' && !Number.isFinite(current)) found.push(path || '(file)')
    else if (Array.isArray(current)) current.forEach((entry, index) => stack.push([entry, `${path}[${index}]`]))
    else if (isPlainObject(current)) {
      for (const [key, entry] of Object.entries(current)) stack.push([entry, path ? `${path}.${key}` : key])
    }
  }
  return found
}

/** The file as the user gave it: refused, with its encoding named, unless it is UTF-8 text. */
export function parseCustomBytes(name: string, bytes: Uint8Array): CustomParseResult {
  const decoded = decodeText(bytes)
  if (decoded.ok) return parseCustomFile(name, decoded.text)
  const message = `not UTF-8 text: it looks like ${decoded.encoding}; save it as UTF-8 and load it again`
  return { ok: false, problems: [wholeFile(name, message)] }
}

export function parseCustomFile(name: string, text: string): CustomParseResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [wholeFile(name, `not valid JSON (${clipLabel(reason)})`)] }
  }
  if (!isPlainObject(json)) {
    return { ok: false, problems: [wholeFile(name, `expected one JSON object with the keys ${DATA_FILE_NAMES.join(', ')}`)] }
  }
  const problems: DataProblem[] = []
  const files: DataFileTexts = {}
  for (const [key, value] of Object.entries(json)) {
    if (!isDataFileName(key)) {
      problems.push(wholeFile(name, `unknown key; expected only ${DATA_FILE_NAMES.join(', ')}`, clipLabel(key)))
      continue
    }
    try {
      const outOfRange = outOfRangeNumbers(value)
      for (const field of outOfRange) {
        problems.push({ ...wholeFile(`${name} › ${key}`, 'number out of range (too large to be a number)'), field })
      }
      if (outOfRange.length === 0) files[key] = JSON.stringify(value)
    } catch {
      // JSON.stringify recurses, so a hostile file nested thousands of levels deep overflows the stack.
      problems.push(wholeFile(name, 'nested too deeply to read', key))
    }
  }
  if (problems.length > 0) return { ok: false, problems }
  return parseCustomFiles(name, files)
}

/** The shape parseCustomFile reads, from the text of each data file: exporting and importing round-trips. */
export function serializeCustomFile(files: DataFileTexts): string {
  const json: Partial<Record<DataFileName, unknown>> = {}
  for (const name of DATA_FILE_NAMES) {
    const text = files[name]
    if (text !== undefined) json[name] = JSON.parse(text)
  }
  return `${JSON.stringify(json, null, 2)}\n`
}
