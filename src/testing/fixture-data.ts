// A small, valid dataset in the stored JSON shape, for data-layer and component tests. Each test changes
// what it needs through `fixtureTexts(edit)`.
import { parseDataset, type DataFileTexts } from '../data/parse-dataset'
import type { DataFileName } from '../data/raw-schema'
import type { Dataset } from '../domain/types'

const source = (id: string, title: string, date: string) => ({
  id,
  publisher: 'Test Publisher',
  title,
  date,
  precision: 'day',
  url: `https://example.org/${id}`,
  language: 'en',
})

export function fixtureJson(): Record<DataFileName, unknown> {
  return {
    'sources.json': [
      source('S09', 'The integration plan with Russia initialled', '2019-09-06'),
      source('S24', 'Moscow and Minsk could not agree on 8 of the 31 roadmaps', '2019-12-08'),
      source('S26', 'Talks fail to resolve key differences', '2019-12-22'),
      {
        ...source('SD0', 'Are Russia and Belarus creating a unified cabinet?', '2019-12-02'),
        seedFile: '000_7e24d50d514b7296.txt',
      },
    ],
    'people.json': [
      {
        id: 'semashko',
        name: 'Vladimir Semashko',
        nameRu: 'Семашко',
        variants: ['Uladzimir Syamashka', 'Сямашка'],
        country: 'BY',
        roles: [{ title: 'Ambassador to Russia', from: '2018-11', sources: ['S24'] }],
      },
    ],
    'topics.json': [
      { id: 'gas', label: 'Gas', labelRu: 'Газ', aliases: ['газ'] },
      { id: 'customs', label: 'Customs', labelRu: 'Таможня', aliases: ['таможня'] },
      { id: 'tax', label: 'Tax', labelRu: 'Налоги', aliases: ['налог'] },
    ],
    'roadmaps.json': [
      {
        id: 'RM01',
        title: 'Gas market',
        titleStatus: 'reported-roadmap',
        topics: ['gas'],
        sources: ['S09'],
        history: [
          {
            date: '2019-09-06',
            precision: 'day',
            status: 'drafting',
            claimant: { label: 'PMs' },
            summary: 'Listed among the 31.',
            sources: ['S09'],
            confidence: 'reported',
          },
          {
            date: '2019-12-20',
            precision: 'day',
            status: 'open',
            claimant: { label: 'Oreshkin' },
            summary: 'Gas still blocks the package.',
            sources: ['S26'],
            confidence: 'reported',
          },
        ],
        positions: [
          {
            side: 'BY',
            date: '2019-12-07',
            precision: 'day',
            claimant: { personId: 'semashko', label: 'Semashko' },
            summary: 'Energy prices first.',
            sources: ['S24'],
          },
        ],
      },
      {
        id: 'RM02',
        title: 'Customs cooperation',
        titleStatus: 'reported-roadmap',
        topics: ['customs'],
        sources: ['S24'],
        history: [
          {
            date: '2019-09-06',
            precision: 'day',
            status: 'drafting',
            claimant: { label: 'PMs' },
            summary: 'Listed among the 31.',
            sources: ['S09'],
            confidence: 'reported',
          },
          {
            date: '2019-12-07',
            precision: 'day',
            status: 'agreed',
            claimant: { personId: 'semashko', label: 'Semashko' },
            summary: 'Agreed in Sochi.',
            sources: ['S24'],
            confidence: 'reported',
          },
        ],
      },
      {
        id: 'RM03',
        title: null,
        titleStatus: 'not-public',
        topics: [],
        sources: ['S09'],
        history: [
          {
            date: '2019-09-06',
            precision: 'day',
            status: 'drafting',
            claimant: { label: 'PMs' },
            summary: 'Listed among the 31.',
            sources: ['S09'],
            confidence: 'reported',
          },
        ],
      },
    ],
    'programmes.json': {
      programmes: [
        {
          id: 'UP01',
          title: 'Common gas market',
          titleStatus: 'reported',
          topics: ['gas'],
          sources: ['S26'],
          history: [
            {
              date: '2021-09-09',
              precision: 'day',
              status: 'agreed',
              claimant: { label: 'Putin' },
              summary: 'All agreed.',
              sources: ['S26'],
              confidence: 'reported',
            },
          ],
        },
      ],
      reportedAreas: [
        { id: 'gas-market', label: 'Common gas market', topics: ['gas'], namedBy: 'Putin', sources: ['S26'] },
      ],
      crosswalk: [
        {
          roadmapId: 'RM01',
          programmeId: 'UP01',
          areaId: 'gas-market',
          confidence: 'inferred',
          note: 'Same subject.',
          sources: ['S26'],
        },
      ],
    },
    'targets.json': [
      {
        id: 'T04',
        title: 'Compromise on the open items',
        summary: 'Deadline for the 11 open items.',
        topics: [],
        cycle: '2019-roadmaps',
        setBy: { personId: 'semashko', label: 'Semashko' },
        setOn: { date: '2019-11-29', precision: 'day', inferred: true },
        due: { date: '2019-12-07', precision: 'day' },
        appliesTo: ['RM02'],
        outcomes: [
          {
            date: '2019-12-07',
            precision: 'day',
            outcome: 'partly-met',
            summary: 'Two maps agreed, 8 open.',
            sources: ['S24'],
          },
        ],
        sources: ['SD0'],
      },
      {
        id: 'T05',
        title: 'Sign the package',
        summary: 'Signing on the treaty anniversary.',
        topics: [],
        cycle: '2019-roadmaps',
        setBy: { label: 'Prime ministers' },
        setOn: { date: '2019-09-06', precision: 'day' },
        due: { date: '2019-12-08', precision: 'day' },
        outcomes: [
          {
            date: '2019-12-08',
            precision: 'day',
            outcome: 'missed',
            summary: 'No session, no signing.',
            sources: ['S24'],
          },
        ],
        sources: ['S09'],
      },
    ],
    'counts.json': [
      {
        id: 'C01',
        date: '2019-09-06',
        precision: 'day',
        cycle: '2019-roadmaps',
        subject: 'roadmaps',
        metric: 'total',
        value: 31,
        of: null,
        qualifier: 'exact',
        claimant: { label: 'PMs' },
        summary: 'List of 31.',
        sources: ['S09'],
        confidence: 'reported',
      },
      {
        id: 'C02',
        date: '2019-11-29',
        precision: 'day',
        inferred: true,
        cycle: '2019-roadmaps',
        subject: 'roadmaps',
        metric: 'open',
        value: 11,
        of: 31,
        qualifier: 'exact',
        claimant: { personId: 'semashko', label: 'Semashko' },
        summary: '11 open.',
        sources: ['SD0'],
        confidence: 'reported',
      },
      {
        id: 'C03',
        date: '2019-12-07',
        precision: 'day',
        cycle: '2019-roadmaps',
        subject: 'roadmaps',
        metric: 'open',
        value: 8,
        of: 31,
        qualifier: 'exact',
        claimant: { personId: 'semashko', label: 'Semashko' },
        summary: '8 open.',
        sources: ['S24'],
        confidence: 'reported',
      },
    ],
    'events.json': [
      {
        id: 'E001',
        date: '2019-09-06',
        precision: 'day',
        title: 'Programme initialled',
        summary: 'PMs initial the programme.',
        actors: [],
        topics: [],
        milestone: true,
        sources: ['S09'],
      },
      {
        id: 'E002',
        date: '2019-12-08',
        precision: 'day',
        title: 'Signing missed',
        summary: 'No signing.',
        actors: ['semashko'],
        topics: [],
        milestone: true,
        sources: ['S24'],
      },
    ],
  }
}

/** The fixture as file texts, after an optional edit of the parsed JSON. */
export function fixtureTexts(edit?: (json: Record<DataFileName, unknown>) => void): DataFileTexts {
  const json = fixtureJson()
  edit?.(json)
  return Object.fromEntries(Object.entries(json).map(([name, value]) => [name, JSON.stringify(value)]))
}

/** The fixture parsed into the model, as the app holds it (the fixture is a small, partial programme list). */
export function fixtureDataset(): Dataset {
  const result = parseDataset(fixtureTexts(), { requireFullProgramme: false })
  if (!result.ok) throw new Error('the test fixture is invalid')
  return result.dataset
}
