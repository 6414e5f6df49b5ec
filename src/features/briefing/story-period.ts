import { shownSteps, type Story } from '../../domain/story-mode'
import type { IsoDate } from '../../domain/types'

/** The first and last date the story's shown steps speak for; null for a story with none shown. */
export function storyPeriod(story: Story): { from: IsoDate; to: IsoDate } | null {
  const dates = shownSteps(story)
    .map((step) => step.view.asOf)
    .sort()
  const [from] = dates
  const to = dates[dates.length - 1]
  return from && to ? { from, to } : null
}
