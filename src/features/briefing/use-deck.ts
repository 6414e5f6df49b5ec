// The story the deck plays and its slides, from the dataset and the view's story choice.
import { useMemo } from 'react'
import { decodeStory } from '../../domain/story-link'
import type { Story } from '../../domain/story-mode'
import { useDataset } from '../../state/derived'
import { MY_STORY } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { buildDeck, type Deck } from './deck'
import { useMyStory } from './my-story-store'

export type PlayedKind = 'default' | 'mine' | 'shared'

export interface PlayedStory {
  readonly kind: PlayedKind
  readonly story: Story
}

/** The shared story of a link, the browser's own, else the data's default; null when there is none to play. */
export function usePlayedStory(): PlayedStory | null {
  const dataset = useDataset()
  const choice = useViewStore((state) => state.story)
  const mine = useMyStory((state) => state.story)
  return useMemo(() => {
    if (choice === MY_STORY && mine) return { kind: 'mine', story: mine }
    const shared = choice !== null && choice !== MY_STORY ? decodeStory(choice, 'shared') : null
    if (shared) return { kind: 'shared', story: shared }
    const [first] = dataset.stories
    return first ? { kind: 'default', story: first } : null
  }, [dataset, choice, mine])
}

export function useDeck(played: PlayedStory | null): Deck | null {
  const dataset = useDataset()
  return useMemo(() => (played ? buildDeck(dataset, played.story) : null), [dataset, played])
}
