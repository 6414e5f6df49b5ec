import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkDataFolder } from './check-data-folder'

const folders: string[] = []
const copyOfData = () => {
  const folder = mkdtempSync(join(tmpdir(), 'data-'))
  folders.push(folder)
  cpSync('data', folder, { recursive: true })
  return folder
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))

describe('the build-time check of the bundled data', () => {
  it('passes the bundled data on, checked and as plain JSON', () => {
    const checked = checkDataFolder('data')
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(JSON.parse(JSON.stringify(checked.data))).toEqual(checked.data)
  })

  it('names the file, record and field of a broken record, in the data folder', () => {
    const folder = copyOfData()
    const path = join(folder, 'events.json')
    const events = JSON.parse(readFileSync(path, 'utf8')) as { id: string; date: string }[]
    const [first] = events
    if (!first) throw new Error('events.json is empty')
    first.date = '2019-02-30'
    writeFileSync(path, JSON.stringify(events))
    const checked = checkDataFolder(folder)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.problems).toContainEqual(
      expect.objectContaining({ file: 'data/events.json', record: first.id, field: 'date' }),
    )
  })

  it('names a missing file', () => {
    const folder = copyOfData()
    rmSync(join(folder, 'topics.json'))
    const checked = checkDataFolder(folder)
    expect(checked.ok || checked.problems).toContainEqual(
      expect.objectContaining({ file: 'data/topics.json', message: 'file is missing' }),
    )
  })
})
