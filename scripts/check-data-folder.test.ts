import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseDataset } from '../src/data/parse-dataset'
import { checkedFilesToDomain } from '../src/data/to-domain'
import { checkDataFolder } from './check-data-folder'

const folders: string[] = []
const copyOfData = () => {
  const folder = mkdtempSync(join(tmpdir(), 'data-'))
  folders.push(folder)
  cpSync('data', folder, { recursive: true })
  return folder
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))

const rewrite = <T>(path: string, change: (value: T) => void) => {
  const value = JSON.parse(readFileSync(path, 'utf8')) as T
  change(value)
  writeFileSync(path, JSON.stringify(value))
}

describe('the build-time check of the bundled data', () => {
  it('passes the files on as stored, and the app reads from them the model an import would build', () => {
    const checked = checkDataFolder('data')
    expect(checked.problems).toEqual([])
    const texts = Object.fromEntries(
      Object.entries(checked.files).map(([name, value]) => [name, JSON.stringify(value)]),
    )
    const imported = parseDataset(texts, { requireFullProgramme: true })
    expect(imported.ok && imported.dataset).toEqual(checkedFilesToDomain(checked.files, checked.translated))
  })

  it('names the file, record and field of a broken record, in the data folder', () => {
    const folder = copyOfData()
    let broken = ''
    rewrite<{ id: string; date: string }[]>(join(folder, 'events.json'), ([first]) => {
      if (!first) throw new Error('events.json is empty')
      first.date = '2019-02-30'
      broken = first.id
    })
    expect(checkDataFolder(folder).problems).toContainEqual(
      expect.objectContaining({ file: 'data/events.json', record: broken, field: 'date' }),
    )
  })

  it("names the story, step and field of a step citing a source published after the step's date", () => {
    const folder = copyOfData()
    rewrite<{ id: string; steps: { sources: string[] }[] }[]>(join(folder, 'story.json'), ([story]) => {
      const step = story?.steps[0]
      if (!step) throw new Error('story.json has no step')
      step.sources.push('S115')
    })
    const [story] = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as { id: string }[]
    expect(checkDataFolder(folder).problems).toContainEqual(
      expect.objectContaining({ file: 'data/story.json', record: story?.id, field: 'steps[0].sources[3]' }),
    )
  })

  it('names a story step pointing at an item the data does not hold', () => {
    const folder = copyOfData()
    rewrite<{ steps: { items?: string[] }[] }[]>(join(folder, 'story.json'), ([story]) => {
      const step = story?.steps[1]
      if (!step) throw new Error('story.json has no second step')
      step.items = ['RM99']
    })
    expect(checkDataFolder(folder).problems).toContainEqual(
      expect.objectContaining({ file: 'data/story.json', field: 'steps[1].items[0]' }),
    )
  })

  it('names a missing file', () => {
    const folder = copyOfData()
    rmSync(join(folder, 'topics.json'))
    expect(checkDataFolder(folder).problems).toContainEqual(
      expect.objectContaining({ file: 'data/topics.json', message: 'file is missing' }),
    )
  })

  it('refuses texts the app would read other than the schema does', () => {
    const folder = copyOfData()
    rewrite<{ title: { en: string } }[]>(join(folder, 'sources.json'), ([first]) => {
      if (!first) throw new Error('sources.json is empty')
      first.title.en = ` ${first.title.en}`
    })
    expect(checkDataFolder(folder).problems).toEqual([expect.objectContaining({ file: 'data/', field: '(texts)' })])
  })
})
