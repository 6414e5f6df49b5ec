import { describeLinkNotice } from './link-notice-text'
import fc from 'fast-check'
import { DEADLINE_STATES, EVENT_KINDS, STATUSES } from '../domain/vocabulary'
import { encodeStory } from '../domain/story-link'
import { ownText } from '../domain/story-mode'
import {
  EMBED_TARGETS,
  initialFilters,
  initialView,
  LAYOUTS,
  MY_STORY,
  SORT_FIELDS,
  THEMES,
  VIEW_NAMES,
  type View,
} from './view'
import { LANGS } from '../i18n/lang'
import { paramsToView, viewToParams, type KnownIds, type LinkNotice } from './view-codec'

/** 10,000 runs take 3–5 s on a quiet 2-core machine and twice that on a busy one; the limit only guards a hang. */
const PROPERTY_TEST_LIMIT_MS = 60_000

const known: KnownIds = {
  topics: new Set(['oil', 'gas', 'tax', 'customs']),
  actors: new Set(['semashko', 'lukashenko']),
  items: new Set(['RM01', 'RM31', 'UP05']),
  targets: new Set(['T05', 'T12']),
}

const isoDay = fc
  .date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length })

const sharedStory = encodeStory({
  id: 'shared',
  title: ownText('Почему пакет застопорился'),
  writtenIn: 'ru',
  steps: [
    {
      view: {
        visual: 'status',
        asOf: '2019-12-07',
        compare: null,
        filters: { ...initialFilters, topics: ['gas'] },
        items: ['RM01'],
      },
      takeaway: ownText('Газ не согласован.'),
      notes: ownText(''),
      sources: ['S24'],
      hidden: false,
    },
  ],
})
if (!sharedStory.ok) throw new Error('the sample story does not fit in a link')

const viewArbitrary: fc.Arbitrary<View> = fc.record({
  view: fc.constantFrom(...VIEW_NAMES),
  set: fc.constantFrom('roadmaps' as const, 'programmes' as const),
  topics: subset([...known.topics]),
  statuses: subset(STATUSES),
  actors: subset([...known.actors]),
  outcomes: subset(DEADLINE_STATES),
  q: fc.string({ maxLength: 60 }),
  asOf: fc.option(isoDay, { nil: null }),
  compare: fc.option(isoDay, { nil: null }),
  item: fc.option(fc.constantFrom(...known.items), { nil: null }),
  deadline: fc.option(fc.constantFrom(...known.targets), { nil: null }),
  event: fc.option(fc.constantFrom('E001', 'E042'), { nil: null }),
  eventKinds: subset(EVENT_KINDS),
  layout: fc.constantFrom(...LAYOUTS),
  sort: fc.record({ field: fc.constantFrom(...SORT_FIELDS), descending: fc.boolean() }),
  slide: fc.integer({ min: 1, max: 99 }),
  presenter: fc.boolean(),
  story: fc.constantFrom(null, MY_STORY, sharedStory.value),
  theme: fc.constantFrom(...THEMES),
  lang: fc.constantFrom(...LANGS),
  embed: fc.option(fc.constantFrom(...EMBED_TARGETS), { nil: null }),
})

/** The notices as an English reader gets them. */
const worded = (notices: readonly LinkNotice[]) => notices.map((notice) => describeLinkNotice(notice, 'en'))

describe('view codec', () => {
  it('writes the default view as an empty query string', () => {
    expect(viewToParams(initialView).toString()).toBe('')
  })

  it('round-trips every view through the query string, with no notices', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        const text = viewToParams(view).toString()
        const decoded = paramsToView(new URLSearchParams(text), known)
        expect(decoded.notices).toEqual([])
        expect(decoded.view).toEqual(view)
      }),
      { seed: 20191207, numRuns: 500 },
    )
  })

  it('reads and writes the timeline event to highlight', () => {
    const { view, notices } = paramsToView(new URLSearchParams('view=timeline&event=E042'), known)
    expect(notices).toEqual([])
    expect(view).toEqual({ ...initialView, view: 'timeline', event: 'E042' })
    expect(viewToParams(view).toString()).toBe('view=timeline&event=E042&v=1')
  })

  it('reads and writes the kinds of event the timeline shows, dropping an unknown kind with a notice', () => {
    const { view, notices } = paramsToView(
      new URLSearchParams('view=timeline&kind=signing,gossip,talks&topic=oil'),
      known,
    )
    expect(view).toEqual({ ...initialView, view: 'timeline', topics: ['oil'], eventKinds: ['signing', 'talks'] })
    expect(worded(notices)).toHaveLength(1)
    expect(worded(notices)[0]).toContain('gossip')
    expect(viewToParams(view).toString()).toBe('view=timeline&topic=oil&kind=signing%2Ctalks&v=1')
    expect(paramsToView(viewToParams(view), known)).toEqual({ view, notices: [] })
  })

  it('reads and writes the presenter window’s flag, and ignores any other value of it', () => {
    const { view, notices } = paramsToView(new URLSearchParams('view=briefing&slide=3&presenter=1'), known)
    expect(notices).toEqual([])
    expect(view).toEqual({ ...initialView, view: 'briefing', slide: 3, presenter: true })
    expect(viewToParams(view).toString()).toBe('view=briefing&slide=3&presenter=1&v=1')
    expect(viewToParams({ ...view, presenter: false }).toString()).toBe('view=briefing&slide=3&v=1')
    const typo = paramsToView(new URLSearchParams('presenter=yes'), known)
    expect(typo.view.presenter).toBe(false)
    expect(worded(typo.notices)).toHaveLength(1)
  })

  it('reads and writes an embedded chart, with the view’s filters, date, language and theme', () => {
    const query = 'view=charts&topic=gas&asOf=2019-12-10&theme=dark&lang=ru&embed=progress'
    const { view, notices } = paramsToView(new URLSearchParams(query), known)
    expect(notices).toEqual([])
    expect(view).toEqual({
      ...initialView,
      view: 'charts',
      topics: ['gas'],
      asOf: '2019-12-10',
      theme: 'dark',
      lang: 'ru',
      embed: 'progress',
    })
    expect(viewToParams(view).toString()).toBe(`${query}&v=1`)
    expect(paramsToView(new URLSearchParams('embed=view'), known).view.embed).toBe('view')
  })

  it('reads a shared story from its link value, and shows the default story for a garbled one', () => {
    expect(paramsToView(new URLSearchParams(`view=briefing&story=${sharedStory.value}`), known)).toEqual({
      view: { ...initialView, view: 'briefing', story: sharedStory.value },
      notices: [],
    })
    const garbled = paramsToView(new URLSearchParams(`view=briefing&story=${sharedStory.value.slice(0, 40)}`), known)
    expect(garbled.view.story).toBeNull()
    expect(worded(garbled.notices)).toEqual([
      expect.stringMatching(
        /^Ignored story=.*: not a story this tracker wrote, or cut short; the default story is shown$/,
      ),
    ])
  })

  it('reads the journey link from the board issue', () => {
    const { view, notices } = paramsToView(new URLSearchParams('view=board&topic=gas&asOf=2019-12-01'), known)
    expect(notices).toEqual([])
    expect(view).toEqual({ ...initialView, view: 'board', topics: ['gas'], asOf: '2019-12-01' })
  })

  it.each([
    ['view=nonsense', 'view'],
    ['asOf=2019-13-45', 'asOf'],
    ['asOf=0000-01-01', 'asOf'],
    ['asOf=1990-12-31', 'asOf'],
    ['compare=2101-01-01', 'compare'],
    ['topic=unicorns,unicorns', 'topic'],
    ['topic=gas,unicorns', 'topic'],
    ['status=agreed,maybe', 'status'],
    ['item=RM99', 'item'],
    ['event=<script>', 'event'],
    ['sort=-colour', 'sort'],
    ['slide=0', 'slide'],
    ['embed=map', 'embed'],
    ['utm_source=mail', 'utm_source'],
    ['v=9', 'v'],
  ])('ignores %s with a notice naming %s, keeping the rest', (query, key) => {
    const { view, notices } = paramsToView(new URLSearchParams(`${query}&layout=columns`), known)
    expect(view.layout).toBe('columns')
    expect(notices).toHaveLength(1)
    expect(worded(notices)[0]).toContain(`Ignored ${key}=`)
  })

  it('opens a deadline from the link over any view, and drops one the data does not hold', () => {
    expect(paramsToView(new URLSearchParams('view=board&deadline=T12'), known).view).toMatchObject({
      view: 'board',
      deadline: 'T12',
    })
    const unknown = paramsToView(new URLSearchParams('deadline=T99'), known)
    expect(unknown.view.deadline).toBeNull()
    expect(worded(unknown.notices)).toEqual(['Ignored deadline=T99: no such deadline'])
  })

  it('cuts a long search to its limit and says it was shortened, not ignored', () => {
    const { view, notices } = paramsToView(new URLSearchParams(`q=${'a'.repeat(250)}`), known)
    expect(view.q).toBe('a'.repeat(200))
    expect(worded(notices)).toEqual([expect.stringMatching(/^Shortened q=a+…: .*the first 200 are used$/)])
  })

  it('keeps valid values of a list and drops the bad ones', () => {
    const { view } = paramsToView(new URLSearchParams('topic=gas,unicorns,oil,gas'), known)
    expect(view.topics).toEqual(['gas', 'oil'])
  })

  it(
    'never throws and always yields a valid view for arbitrary query strings',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), (query) => {
          const { view } = paramsToView(new URLSearchParams(query), known)
          expect(VIEW_NAMES).toContain(view.view)
          expect(view.q.length).toBeLessThanOrEqual(200)
          expect(paramsToView(viewToParams(view), known).view).toEqual(view)
        }),
        { seed: 31, numRuns: 10_000 },
      )
    },
    PROPERTY_TEST_LIMIT_MS,
  )
})

describe('view codec with hostile links', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(document.cookie)',
    "'; DROP TABLE items; --",
    '../../etc/passwd',
    '%00%0d%0aSet-Cookie:x=1',
    '\u202Egnp.exe',
    'Лукашенко 🇧🇾 ',
    '\uD800',
    '__proto__',
    'constructor',
    'x'.repeat(100_000),
  ]
  const keyArbitrary = fc.oneof(
    fc.constantFrom('view', 'set', 'topic', 'status', 'actor', 'outcome', 'q', 'asOf', 'item', 'sort', 'slide', 'lang'),
    fc.constantFrom(...HOSTILE),
    fc.string({ maxLength: 20 }),
  )
  const valueArbitrary = fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  )
  const hostileParams = fc
    .array(fc.tuple(keyArbitrary, valueArbitrary), { maxLength: 30 })
    .map((pairs) => new URLSearchParams(pairs))

  it(
    'never throws, keeps every value in its vocabulary and keeps each notice short',
    () => {
      fc.assert(
        fc.property(hostileParams, (params) => {
          const { view, notices } = paramsToView(params, known)
          expect(VIEW_NAMES).toContain(view.view)
          expect(LANGS).toContain(view.lang)
          for (const topic of view.topics) expect(known.topics.has(topic)).toBe(true)
          expect(view.q.length).toBeLessThanOrEqual(200)
          expect(notices.length).toBeLessThanOrEqual(11)
          for (const notice of worded(notices)) {
            expect(notice).toMatch(/^(Ignored |Shortened |…and )/)
            expect(notice.length).toBeLessThanOrEqual(300)
          }
          expect(paramsToView(viewToParams(view), known).view).toEqual(view)
        }),
        { seed: 8, numRuns: 10_000 },
      )
    },
    PROPERTY_TEST_LIMIT_MS,
  )

  it('reports a repeated setting and keeps its first value', () => {
    const { view, notices } = paramsToView(new URLSearchParams('topic=gas&lang=ru&topic=oil,tax&lang=en'), known)
    expect(view.topics).toEqual(['gas'])
    expect(view.lang).toBe('ru')
    expect(worded(notices)).toEqual([
      'Ignored topic=oil,tax: repeated setting; the first one is used',
      'Ignored lang=en: repeated setting; the first one is used',
    ])
    expect(notices.map((notice) => describeLinkNotice(notice, 'ru'))).toEqual([
      'Пропущено topic=oil,tax: параметр повторён; использовано первое значение',
      'Пропущено lang=en: параметр повторён; использовано первое значение',
    ])
  })

  it('keeps search text as typed, markup included, for the search box to show as text', () => {
    const { view, notices } = paramsToView(new URLSearchParams({ q: '<script>alert(1)</script> Лукашенко' }), known)
    expect(view.q).toBe('<script>alert(1)</script> Лукашенко')
    expect(notices).toEqual([])
  })

  it('shortens a huge unknown key and sums up past ten notices', () => {
    const pairs = [['k'.repeat(100_000), 'v'], ...Array.from({ length: 50 }, (_, i) => [`junk${i}`, 'x'])]
    const { notices } = paramsToView(new URLSearchParams(pairs), known)
    expect(worded(notices)[0]).toBe(`Ignored ${'k'.repeat(40)}…=v: unknown setting`)
    expect(notices).toHaveLength(11)
    expect(worded(notices)[10]).toBe('…and 41 more ignored settings')
  })
})
