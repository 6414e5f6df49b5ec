import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { codeSplitting } from './chunking'

// A module graph like the app's: the entry, a view loaded on demand, and what they import.
const GRAPH: Record<string, { isEntry?: boolean; importers?: string[]; dynamicImporters?: string[] }> = {
  '/app/src/main.tsx': { isEntry: true },
  '/app/src/state/view-store.ts': { importers: ['/app/src/main.tsx', '/app/src/features/board/board-panel.tsx'] },
  '/app/src/state/format-cache.ts': { importers: ['/app/src/state/view-store.ts'] },
  '/app/src/features/board/board-panel.tsx': { dynamicImporters: ['/app/src/main.tsx'] },
  '/app/src/components/status-badge.tsx': { importers: ['/app/src/features/board/board-panel.tsx'] },
  '/app/src/domain/cycle-a.ts': { importers: ['/app/src/domain/cycle-b.ts'] },
  '/app/src/domain/cycle-b.ts': { importers: ['/app/src/domain/cycle-a.ts', '/app/src/main.tsx'] },
  '/app/node_modules/zod/index.js': { importers: ['/app/src/features/board/board-panel.tsx'] },
}

const ctx = {
  getModuleInfo: (id: string) => {
    const node = GRAPH[id]
    return node ? { isEntry: false, importers: [], dynamicImporters: [], ...node } : null
  },
} as unknown as Rolldown.ChunkingContext

function groupOf(id: string): string | null | undefined {
  const group = codeSplitting().groups?.find((candidate) => typeof candidate.name === 'function')
  if (!group || typeof group.name !== 'function') throw new Error('no shared-view group')
  return group.name(id, ctx) ?? null
}

describe('the shared view code group', () => {
  it('takes the components, domain and state modules only lazily loaded views import', () => {
    expect(groupOf('/app/src/components/status-badge.tsx')).toBe('view-shared')
  })

  it('leaves the entry its own modules, even those it reaches through others or through a cycle', () => {
    expect(groupOf('/app/src/state/view-store.ts')).toBeNull()
    expect(groupOf('/app/src/state/format-cache.ts')).toBeNull()
    expect(groupOf('/app/src/domain/cycle-a.ts')).toBeNull()
  })

  it('leaves each view, and code outside src/, to the bundler', () => {
    expect(groupOf('/app/src/features/board/board-panel.tsx')).toBeNull()
    expect(groupOf('/app/node_modules/zod/index.js')).toBeNull()
  })
})
