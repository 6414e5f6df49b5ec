import { fixtureDataset } from '../testing/fixture-data'
import { text } from '../testing/text'
import { makeChange, makeItem } from '../testing/factories'
import { dataTables } from './data-tables'

function tablesWith(items: Parameters<typeof makeItem>[0][]) {
  const tables = dataTables({ ...fixtureDataset(), items: items.map(makeItem) })
  const table = (name: string) => {
    const found = tables.find((entry) => entry.name === name)
    if (!found) throw new Error(`no table ${name}`)
    return { ...found, lines: found.csv.split('\r\n') }
  }
  return { tables, table }
}

describe('dataset tables', () => {
  it('keeps the items table’s columns stable, with both languages where the model has both', () => {
    const { table } = tablesWith([{ id: 'RM07', title: text('Gas market', 'Рынок газа') }])
    expect(table('items').lines[0]).toBe(
      'id,set,official_number,title_en,title_ru,title_status,title_note_en,title_note_ru,topics,summary_en,summary_ru,latest_status,latest_status_date,sources',
    )
    expect(table('items').lines[1]).toBe(
      'RM07,roadmaps,,Gas market,Рынок газа,reported-roadmap,,,,,,drafting,2019-09-06,S01',
    )
  })

  it('gives every status change a row with its date precision, claimant, labels and sources', () => {
    const history = [
      makeChange('2019-11', 'open', { sources: ['S01', 'S02'] }),
      makeChange('2019-12-07', 'agreed', { claimant: { personId: 'P01', label: text('Test claimant') } }),
    ]
    const { table } = tablesWith([{ id: 'RM02', history }])
    expect(table('item_status_history').lines.slice(1, 3)).toEqual([
      'RM02,roadmaps,2019-11,month,false,,,open,Open (disputed),Не согласовано,,Test claimant,[ru] Test claimant,reported,open on 2019-11,[ru] open on 2019-11,S01 S02',
      'RM02,roadmaps,2019-12-07,day,false,,,agreed,Agreed,Согласовано,P01,Test claimant,[ru] Test claimant,reported,agreed on 2019-12-07,[ru] agreed on 2019-12-07,S01',
    ])
  })

  it('defuses cells a spreadsheet would run as a formula, and quotes commas and quotes', () => {
    const { table } = tablesWith([{ summary: text('=HYPERLINK("http://x","y")') }])
    expect(table('items').lines[1]).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
  })

  it('describes each table by exactly the columns its CSV has', () => {
    const { tables } = tablesWith([{}])
    for (const table of tables) {
      expect(table.csv.split('\r\n')[0], table.name).toBe(table.fields.map((field) => field.name).join(','))
    }
  })
})
