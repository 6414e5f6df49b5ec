import { NO_FILTERS, type Filters } from '../domain/filters'
import { applyFilters } from '../testing/filter-oracles'
import { text } from '../testing/text'
import { buildSearchIndex } from '../domain/search'
import type { Dataset } from '../domain/types'
import { day, makeCitation, makeTarget } from '../testing/factories'
import { fixtureDataset } from '../testing/fixture-data'
import { BOARD_CSV_HEADER, boardCsv, boardJson, boardRecords } from './board-export'

const citation = makeCitation({
  asOf: '2019-12-10',
  compare: null,
  filters: 'Roadmaps (2019); no filters',
  url: 'https://example.org/?view=board&asOf=2019-12-10&v=1',
})

function rowsOf(dataset: Dataset, filters: Partial<Filters> = {}, asOf = citation.asOf) {
  const context = { targets: dataset.targets, searchIndex: buildSearchIndex(dataset), asOf }
  return applyFilters(dataset.items, { set: 'roadmaps', ...NO_FILTERS, ...filters }, context).map((row) => row.item)
}

/** Splits the CSV the way a reader would: comment lines apart, then quoted cells. */
function parseCsv(text: string): { comments: string[]; table: string[][] } {
  const lines = text.split('\r\n')
  const comments = lines.filter((line) => line.startsWith('# '))
  const body = lines.filter((line) => !line.startsWith('# ')).join('\r\n')
  const table: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < body.length; i++) {
    const char = body[i]
    const next = body[i + 1]
    if (quoted && char === '"' && next === '"') {
      cell += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      endCell()
    } else if (!quoted && char === '\r' && next === '\n') {
      endCell()
      table.push(row)
      row = []
      i++
    } else {
      cell += char
    }
  }
  return { comments, table }
}

describe('board export', () => {
  const dataset = fixtureDataset()
  const context = {
    names: dataset,
    targets: dataset.targets,
    sourcesById: dataset.sourcesById,
    asOf: citation.asOf,
    lang: 'en' as const,
  }

  it('gives each shown item with the status it had on the date, its reporter as the board names them, sources and deadlines', () => {
    const records = boardRecords(rowsOf(dataset), context)
    expect(records.map((record) => [record.id, record.status])).toEqual([
      ['RM01', 'drafting'],
      ['RM02', 'agreed'],
      ['RM03', 'drafting'],
    ])
    const customs = records[1]
    expect(customs).toMatchObject({
      statusDate: '2019-12-07',
      statusReportedBy: 'Vladimir Semashko',
      statusSources: ['S24'],
      deadlines: [{ id: 'T04', outcome: 'partly-met', outcomeLabel: 'Partly met' }],
    })
  })

  it('cites only sources published by the date, and says how overdue a deadline is', () => {
    const onTheDay = boardRecords(rowsOf(dataset, {}, '2019-12-07'), { ...context, asOf: '2019-12-07' })
    const customs = onTheDay.find((record) => record.id === 'RM02')
    expect(customs).toMatchObject({ status: 'agreed', statusSources: [] })
    expect(customs?.sources).not.toContain('S24')
    const unmet = makeTarget({ id: 'T99', title: text('Unmet'), appliesTo: ['RM02'], due: day('2020-01-01') })
    const later = { ...context, targets: [unmet], asOf: '2020-01-11' }
    const records = boardRecords(rowsOf(dataset, {}, later.asOf), later)
    expect(records.find((record) => record.id === 'RM02')?.deadlines).toMatchObject([
      { id: 'T99', outcome: 'overdue', outcomeLabel: 'Overdue', daysOverdue: 10 },
    ])
    expect(boardCsv(records, citation, 'en')).toContain('T99 Unmet (2020-01-01): Overdue (10 days)')
  })

  it('keeps the order it is given and skips items not yet listed on the date', () => {
    const [first, second] = dataset.items
    if (!first || !second) throw new Error('fixture too small')
    expect(boardRecords([second, first], context).map((record) => record.id)).toEqual([second.id, first.id])
    expect(boardRecords([first], { ...context, asOf: '2019-01-01' })).toEqual([])
  })

  it('follows the filters it is given', () => {
    const records = boardRecords(rowsOf(dataset, { topics: ['gas'] }), context)
    expect(records.map((record) => record.id)).toEqual(['RM01'])
  })

  it('writes Russian labels and Cyrillic names in Russian', () => {
    const [, customs] = boardRecords(rowsOf(dataset), { ...context, lang: 'ru' })
    expect(customs).toMatchObject({ statusLabel: 'Согласовано', statusReportedBy: 'Семашко', topicLabels: ['Таможня'] })
  })

  it('writes a Russian CSV with Russian column names, labels and citation lines', () => {
    const records = boardRecords(rowsOf(dataset), { ...context, lang: 'ru' })
    const { comments, table } = parseCsv(boardCsv(records, citation, 'ru'))
    expect(comments).toContain('# Статусы на: 2019-12-10')
    expect(table[0]).toEqual([...BOARD_CSV_HEADER.ru])
    expect(table[2]?.slice(0, 3)).toEqual(['RM02', 'roadmaps', 'Таможенное сотрудничество'])
  })

  it('writes a CSV whose table matches the records, under a citation header', () => {
    const records = boardRecords(rowsOf(dataset), context)
    const { comments, table } = parseCsv(boardCsv(records, citation, 'en'))
    expect(comments).toContain('# Dataset version: 2026-11-25')
    expect(comments).toContain('# Statuses as of: 2019-12-10')
    expect(comments).toContain(`# View: ${citation.url}`)
    expect(comments).toContain('# Items: 3')
    expect(table[0]).toEqual([...BOARD_CSV_HEADER.en])
    expect(table.slice(1).map((row) => [row[0], row[2], row[5]])).toEqual([
      ['RM01', 'Gas market', 'drafting'],
      ['RM02', 'Customs cooperation', 'agreed'],
      ['RM03', 'title not public', 'drafting'],
    ])
  })

  it('writes JSON with the citation and the same records', () => {
    const records = boardRecords(rowsOf(dataset), context)
    const parsed = JSON.parse(boardJson(records, citation, 'en')) as {
      citation: Record<string, unknown>
      items: { id: string; title: string | null }[]
    }
    expect(parsed.citation).toMatchObject({ datasetVersion: '2026-11-25', asOf: '2019-12-10', itemCount: 3 })
    expect(parsed.items.map((item) => item.id)).toEqual(['RM01', 'RM02', 'RM03'])
    expect(parsed.items[2]?.title).toBeNull()
  })
})
