import { describe, expect, it } from 'vitest'
import { fixtureDataset, fixtureTexts } from '../testing/fixture-data'
import { buildStory, STORY_IDS } from './story'

/** A claim of how many roadmaps were agreed, in the December 2019 group of claims that disagree. */
function decemberClaim(id: string, date: string, value: number) {
  return {
    id,
    date,
    precision: 'day',
    cycle: '2019-roadmaps',
    subject: 'roadmaps',
    metric: 'agreed',
    value,
    of: 31,
    qualifier: 'exact',
    claimant: { label: { en: `Claimant ${id}`, ru: `Источник ${id}` } },
    summary: { en: `${value} agreed.`, ru: `${value} согласовано.` },
    conflictGroup: STORY_IDS.decemberConflict,
    sources: ['S24'],
    confidence: 'reported',
  }
}

const dataset = fixtureDataset(
  fixtureTexts((json) => {
    const counts = json['counts.json'] as unknown[]
    counts.push(decemberClaim('C90', '2019-12-07', 23), decemberClaim('C91', '2019-12-20', 28))
  }),
)

describe('buildStory', () => {
  it('puts the cards in the order things happened (the 7 December count before the 8 December signing)', () => {
    const story = buildStory(dataset, '2020-06-01')
    expect(story.map((step) => [step.key, step.date])).toEqual([
      ['initialled', '2019-09-06'],
      ['open-before-deadline', '2019-11-29'],
      ['open-after-deadline', '2019-12-07'],
      ['signing', '2019-12-08'],
      // Claims that disagree stand where the last of them was made.
      ['december-agreed', null],
    ])
  })

  it('places the disagreeing claims by those known on the date, after a card of the same day', () => {
    const story = buildStory(dataset, '2019-12-07')
    expect(story.map((step) => step.key)).toEqual([
      'initialled',
      'open-before-deadline',
      'open-after-deadline',
      'december-agreed',
      'signing',
    ])
  })
})
