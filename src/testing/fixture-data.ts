// A small, valid dataset in the stored JSON shape, for data-layer and component tests. Each test changes
// what it needs through `fixtureTexts(edit)`.
import { parseDataset, type DataFileTexts } from '../data/parse-dataset'
import type { DataFileName } from '../data/raw-schema'
import type { Dataset } from '../domain/types'

/** A text in the stored shape: both languages. */
const t = (en: string, ru: string) => ({ en, ru })

const RU_TITLES: Record<string, string> = {
  'The integration plan with Russia initialled': 'План интеграции с Россией парафирован',
  'Moscow and Minsk could not agree on 8 of the 31 roadmaps': 'Москва и Минск не согласовали 8 из 31 дорожной карты',
  'Talks fail to resolve key differences': 'Переговоры не сняли главных разногласий',
  'Are Russia and Belarus creating a unified cabinet?': 'Создают ли Россия и Беларусь единое правительство?',
}

const source = (id: string, title: string, date: string) => ({
  id,
  publisher: t('Test Publisher', 'Тестовое издание'),
  title: t(title, RU_TITLES[title] ?? title),
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
        name: t('Vladimir Semashko', 'Семашко'),
        variants: ['Uladzimir Syamashka', 'Сямашка'],
        country: 'BY',
        roles: [{ title: t('Ambassador to Russia', 'Посол в России'), from: '2018-11', sources: ['S24'] }],
      },
    ],
    'topics.json': [
      { id: 'gas', label: t('Gas', 'Газ'), aliases: ['газ'] },
      { id: 'customs', label: t('Customs', 'Таможня'), aliases: ['таможня'] },
      { id: 'tax', label: t('Tax', 'Налоги'), aliases: ['налог'] },
    ],
    'roadmaps.json': [
      {
        id: 'RM01',
        title: t('Gas market', 'Рынок газа'),
        titleStatus: 'reported-roadmap',
        topics: ['gas'],
        sources: ['S09'],
        history: [
          {
            date: '2019-09-06',
            precision: 'day',
            status: 'drafting',
            claimant: { label: t('PMs', 'Премьеры') },
            summary: t('Listed among the 31.', 'Входит в число 31.'),
            sources: ['S09'],
            confidence: 'reported',
          },
          {
            date: '2019-12-20',
            precision: 'day',
            status: 'open',
            claimant: { label: t('Oreshkin', 'Орешкин') },
            summary: t('Gas still blocks the package.', 'Газ по-прежнему блокирует пакет.'),
            sources: ['S26'],
            confidence: 'reported',
          },
        ],
        positions: [
          {
            side: 'BY',
            date: '2019-12-07',
            precision: 'day',
            claimant: { personId: 'semashko', label: t('Semashko', 'Семашко') },
            summary: t('Energy prices first.', 'Сначала цены на энергоносители.'),
            sources: ['S24'],
          },
        ],
      },
      {
        id: 'RM02',
        title: t('Customs cooperation', 'Таможенное сотрудничество'),
        titleStatus: 'reported-roadmap',
        topics: ['customs'],
        sources: ['S24'],
        history: [
          {
            date: '2019-09-06',
            precision: 'day',
            status: 'drafting',
            claimant: { label: t('PMs', 'Премьеры') },
            summary: t('Listed among the 31.', 'Входит в число 31.'),
            sources: ['S09'],
            confidence: 'reported',
          },
          {
            date: '2019-12-07',
            precision: 'day',
            status: 'agreed',
            claimant: { personId: 'semashko', label: t('Semashko', 'Семашко') },
            summary: t('Agreed in Sochi.', 'Согласовано в Сочи.'),
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
            claimant: { label: t('PMs', 'Премьеры') },
            summary: t('Listed among the 31.', 'Входит в число 31.'),
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
          title: t('Common gas market', 'Общий рынок газа'),
          titleStatus: 'reported',
          topics: ['gas'],
          sources: ['S26'],
          history: [
            {
              date: '2021-09-09',
              precision: 'day',
              status: 'agreed',
              claimant: { label: t('Putin', 'Путин') },
              summary: t('All agreed.', 'Всё согласовано.'),
              sources: ['S26'],
              confidence: 'reported',
            },
          ],
        },
      ],
      reportedAreas: [
        {
          id: 'gas-market',
          label: t('Common gas market', 'Общий рынок газа'),
          topics: ['gas'],
          namedBy: t('Putin', 'Путин'),
          sources: ['S26'],
        },
      ],
      crosswalk: [
        {
          roadmapId: 'RM01',
          programmeId: 'UP01',
          areaId: 'gas-market',
          confidence: 'inferred',
          note: t('Same subject.', 'Тот же предмет.'),
          sources: ['S26'],
        },
      ],
    },
    'targets.json': [
      {
        id: 'T04',
        title: t('Compromise on the open items', 'Компромисс по открытым пунктам'),
        summary: t('Deadline for the 11 open items.', 'Срок для 11 открытых пунктов.'),
        topics: [],
        cycle: '2019-roadmaps',
        setBy: { personId: 'semashko', label: t('Semashko', 'Семашко') },
        setOn: { date: '2019-11-29', precision: 'day', inferred: true },
        due: { date: '2019-12-07', precision: 'day' },
        appliesTo: ['RM02'],
        outcomes: [
          {
            date: '2019-12-07',
            precision: 'day',
            outcome: 'partly-met',
            summary: t('Two maps agreed, 8 open.', 'Две карты согласованы, 8 открыты.'),
            sources: ['S24'],
          },
        ],
        sources: ['SD0'],
      },
      {
        id: 'T05',
        title: t('Sign the package', 'Подписать пакет'),
        summary: t('Signing on the treaty anniversary.', 'Подписание в годовщину договора.'),
        topics: [],
        cycle: '2019-roadmaps',
        setBy: { label: t('Prime ministers', 'Премьер-министры') },
        setOn: { date: '2019-09-06', precision: 'day' },
        due: { date: '2019-12-08', precision: 'day' },
        outcomes: [
          {
            date: '2019-12-08',
            precision: 'day',
            outcome: 'missed',
            summary: t('No session, no signing.', 'Ни заседания, ни подписания.'),
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
        claimant: { label: t('PMs', 'Премьеры') },
        summary: t('List of 31.', 'Список из 31.'),
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
        claimant: { personId: 'semashko', label: t('Semashko', 'Семашко') },
        summary: t('11 open.', '11 открыты.'),
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
        claimant: { personId: 'semashko', label: t('Semashko', 'Семашко') },
        summary: t('8 open.', '8 открыты.'),
        sources: ['S24'],
        confidence: 'reported',
      },
    ],
    'events.json': [
      {
        id: 'E001',
        date: '2019-09-06',
        precision: 'day',
        title: t('Programme initialled', 'Программа парафирована'),
        summary: t('PMs initial the programme.', 'Премьеры парафируют программу.'),
        actors: [],
        topics: [],
        milestone: true,
        sources: ['S09'],
      },
      {
        id: 'E002',
        date: '2019-12-08',
        precision: 'day',
        title: t('Signing missed', 'Подписание сорвано'),
        summary: t('No signing.', 'Подписания нет.'),
        actors: ['semashko'],
        topics: [],
        milestone: true,
        sources: ['S24'],
      },
    ],
    'story.json': [
      {
        id: 'fixture-story',
        title: t('From initialling to the missed signing', 'От парафирования до сорванного подписания'),
        steps: [
          {
            visual: 'status',
            asOf: '2019-09-06',
            set: 'roadmaps',
            takeaway: t('The roadmaps are initialled.', 'Дорожные карты парафированы.'),
            notes: t('The prime ministers initial the programme.', 'Премьеры парафируют программу.'),
            sources: ['S09'],
          },
          {
            visual: 'changes',
            asOf: '2019-12-22',
            compare: '2019-09-06',
            set: 'roadmaps',
            topics: ['gas'],
            items: ['RM01'],
            takeaway: t('Eight maps stay open.', 'Восемь карт не согласованы.'),
            notes: t('Gas is among them.', 'Газ среди них.'),
            sources: ['S24'],
          },
        ],
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

/** Every `{ en, ru }` text as a bare English string: a user's own dataset written in English only. */
export function englishOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(englishOnly)
  if (!value || typeof value !== 'object') return value
  if ('en' in value && 'ru' in value) return value.en
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, englishOnly(child)]))
}

/** The fixture with every text in English only. */
export const englishOnlyTexts = () =>
  fixtureTexts((json) => {
    for (const name of Object.keys(json) as DataFileName[]) json[name] = englishOnly(json[name])
  })

/** The fixture parsed into the model, as the app holds it (the fixture is a small, partial programme list). */
export function fixtureDataset(texts = fixtureTexts()): Dataset {
  const result = parseDataset(texts, { requireFullProgramme: false })
  if (!result.ok) throw new Error('the test fixture is invalid')
  return result.dataset
}
