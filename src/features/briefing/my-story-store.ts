// The user's own story, kept in this browser: a view choice of theirs, not data, so it lives in localStorage in
// the form a share link carries (story-link.ts), which also checks it when it is read back.
import { create } from 'zustand'
import { decodeStory, encodeStory } from '../../domain/story-link'
import type { Story } from '../../domain/story-mode'

const STORAGE_KEY = 'union-state-roadmap-tracker:my-story'
export const MY_STORY_ID = 'my-story'

function readStory(): Story | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return value === null ? null : decodeStory(value, MY_STORY_ID, Infinity)
  } catch {
    // Storage blocked: the story lasts until the page closes.
    return null
  }
}

/** False when the browser refused (storage full or blocked). */
function writeStory(story: Story | null): boolean {
  try {
    const link = story === null ? null : encodeStory(story, Infinity)
    if (link === null) window.localStorage.removeItem(STORAGE_KEY)
    else if (link.ok) window.localStorage.setItem(STORAGE_KEY, link.value)
    return true
  } catch {
    return false
  }
}

interface MyStoryState {
  readonly story: Story | null
  /** Whether the last change was kept in the browser. */
  readonly kept: boolean
  setStory: (story: Story | null) => void
  update: (change: (story: Story) => Story) => void
}

export const useMyStory = create<MyStoryState>()((set, get) => ({
  story: readStory(),
  kept: true,
  setStory: (story) => set({ story, kept: writeStory(story) }),
  update: (change) => {
    const { story } = get()
    if (story !== null) get().setStory(change(story))
  },
}))
