import fc from 'fast-check'
import { decodeStory, encodeStory, MAX_STORY_LINK } from './story-link'
import { ownText, STEP_VISUALS, type Story, type StoryStep } from './story-mode'
import { DEADLINE_STATES, STATUSES } from './vocabulary'
import { LANGS } from '../i18n/lang'

const isoDay = fc
  .date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length })
const words = fc.string({ maxLength: 80 })

const stepArbitrary: fc.Arbitrary<StoryStep> = fc.record({
  view: fc.record({
    visual: fc.constantFrom(...STEP_VISUALS),
    asOf: isoDay,
    compare: fc.option(isoDay, { nil: null }),
    filters: fc.record({
      set: fc.constantFrom('roadmaps' as const, 'programmes' as const),
      topics: subset(['oil', 'gas', 'tax']),
      statuses: subset(STATUSES),
      actors: subset(['semashko']),
      outcomes: subset(DEADLINE_STATES),
      q: words,
    }),
    items: subset(['RM01', 'RM31', 'UP05']),
  }),
  takeaway: words.map(ownText),
  notes: words.map(ownText),
  sources: subset(['S09', 'S24', 'SD0']),
  hidden: fc.boolean(),
})

const storyArbitrary: fc.Arbitrary<Story> = fc.record({
  id: fc.constant('shared'),
  title: words.map(ownText),
  writtenIn: fc.constantFrom(...LANGS),
  steps: fc.array(stepArbitrary, { maxLength: 6 }),
})

const story = (steps: readonly StoryStep[]): Story => ({ id: 'shared', title: ownText('Mine'), writtenIn: 'ru', steps })

describe('story link', () => {
  it('round-trips every story through its link value, which is URL-safe as it is', () => {
    fc.assert(
      fc.property(storyArbitrary, (value) => {
        const link = encodeStory(value)
        if (!link.ok) return
        expect(link.value).toMatch(/^[A-Za-z0-9_-]*$/)
        expect(decodeStory(link.value, 'shared')).toEqual(value)
      }),
      { seed: 20191208, numRuns: 300 },
    )
  })

  it('says how long a story too long for a link is, against the limit', () => {
    const long = fc.sample(stepArbitrary, { seed: 1, numRuns: 1 }).map((step) => ({
      ...step,
      notes: ownText('Сноска '.repeat(280)),
    }))
    const link = encodeStory(story(Array.from({ length: 3 }, () => long[0]).filter((step) => step !== undefined)))
    expect(link.ok).toBe(false)
    expect(!link.ok && link.limit).toBe(MAX_STORY_LINK)
    expect(!link.ok && link.length).toBeGreaterThan(MAX_STORY_LINK)
  })

  it.each([
    ['not base64url', 'abc$%'],
    ['not JSON', 'bm90IGpzb24'],
    ['an unknown format', btoa(JSON.stringify({ v: 2, l: 'en', t: 'x', s: [] }))],
    [
      'a step with an unknown visual',
      btoa(
        JSON.stringify({
          v: 1,
          l: 'en',
          t: 'x',
          s: [{ w: 'pie', d: '2019-12-07', f: { s: 'roadmaps' }, k: '', n: '' }],
        }),
      ),
    ],
    [
      'a step without a date',
      btoa(JSON.stringify({ v: 1, l: 'en', t: 'x', s: [{ w: 'status', f: { s: 'roadmaps' }, k: '', n: '' }] })),
    ],
  ])('refuses %s', (_, value) => {
    expect(decodeStory(value.replace(/=+$/, ''), 'shared')).toBeNull()
  })
})
