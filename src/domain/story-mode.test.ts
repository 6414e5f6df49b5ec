import { fixtureDataset } from '../testing/fixture-data'
import {
  editableCopy,
  hasStepProblems,
  moveStep,
  ownText,
  playableStep,
  removeStep,
  shownSteps,
  stepProblems,
  type Story,
  type StoryStep,
} from './story-mode'

const dataset = fixtureDataset()

const step = (overrides: Partial<StoryStep['view']> = {}, sources: readonly string[] = ['S09']): StoryStep => ({
  view: {
    visual: 'status',
    asOf: '2019-12-10',
    compare: null,
    filters: { set: 'roadmaps', topics: [], statuses: [], actors: [], outcomes: [], q: '' },
    items: [],
    ...overrides,
  },
  takeaway: { en: `At ${overrides.asOf ?? '2019-12-10'}`, ru: `На ${overrides.asOf ?? '2019-12-10'}`, quotes: [] },
  notes: ownText('Notes.'),
  sources,
  hidden: false,
})

const story = (steps: readonly StoryStep[]): Story => ({ id: 's', title: ownText('S'), writtenIn: null, steps })

describe('a story step against the dataset', () => {
  it('finds nothing wrong with a step whose ids resolve and whose sources were out by its date', () => {
    expect(hasStepProblems(stepProblems(step({ items: ['RM01'], compare: '2019-09-06' }), dataset))).toBe(false)
  })

  it.each([
    ['an unknown item', step({ items: ['RM77'] }), { unknownItems: ['RM77'] }],
    ['an unknown topic', step({ filters: { ...step().view.filters, topics: ['fish'] } }), { unknownTopics: ['fish'] }],
    ['an unknown source', step({}, ['S404']), { unknownSources: ['S404'] }],
    ['a source published after the date', step({ asOf: '2019-09-06' }, ['S09', 'S24']), { laterSources: ['S24'] }],
    ['a comparison with a later date', step({ compare: '2020-01-01' }), { compareNotBefore: true }],
  ])('flags %s', (_, flagged, expected) => {
    const problems = stepProblems(flagged, dataset)
    expect(problems).toMatchObject(expected)
    expect(hasStepProblems(problems)).toBe(true)
  })

  it('plays a step with unknown ids dropped, later sources counted, and a later comparison left out', () => {
    const played = playableStep(
      step({ asOf: '2019-09-06', items: ['RM01', 'RM77'], compare: '2019-12-01' }, ['S09', 'S24']),
      dataset,
    )
    expect(played.step.view.items).toEqual(['RM01'])
    expect(played.step.view.compare).toBeNull()
    expect(played.step.sources).toEqual(['S09'])
    expect(played.laterSources).toBe(1)
  })
})

describe('editing a story', () => {
  const steps = [step({ asOf: '2019-09-06' }), step({ asOf: '2019-12-08' }), step({ asOf: '2019-12-22' })]
  const dates = (edited: Story) => edited.steps.map((entry) => entry.view.asOf)

  it('moves a step up or down, and leaves the story as it was at either end', () => {
    expect(dates(moveStep(story(steps), 1, -1))).toEqual(['2019-12-08', '2019-09-06', '2019-12-22'])
    expect(dates(moveStep(story(steps), 1, 1))).toEqual(['2019-09-06', '2019-12-22', '2019-12-08'])
    expect(moveStep(story(steps), 0, -1).steps).toBe(steps)
    expect(moveStep(story(steps), 2, 1).steps).toBe(steps)
  })

  it('skips hidden steps when playing and keeps them in the story', () => {
    const withHidden = story(steps.map((entry, index) => ({ ...entry, hidden: index === 1 })))
    expect(shownSteps(withHidden).map((entry) => entry.view.asOf)).toEqual(['2019-09-06', '2019-12-22'])
    expect(withHidden.steps).toHaveLength(3)
    expect(dates(removeStep(withHidden, 1))).toEqual(['2019-09-06', '2019-12-22'])
  })

  it('copies a data story into the reader’s own words in their language', () => {
    const copy = editableCopy(story(steps), 'ru', 'mine')
    expect(copy.writtenIn).toBe('ru')
    expect(copy.steps[0]?.takeaway).toEqual(ownText('На 2019-09-06'))
  })
})
