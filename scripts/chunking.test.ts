import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { codeSplitting } from './chunking'

interface Node {
  isEntry?: boolean
  importers?: string[]
  dynamicImporters?: string[]
  importedIds?: string[]
}

// A module graph like the app's: the entry, views loaded on demand, and what they import.
const GRAPH: Record<string, Node> = {
  '/app/src/main.tsx': { isEntry: true, importedIds: ['/app/src/state/view-store.ts', '/app/src/domain/cycle-b.ts'] },
  '/app/src/state/view-store.ts': {
    importers: ['/app/src/main.tsx', '/app/src/features/board/board-panel.tsx'],
    importedIds: ['/app/src/state/format-cache.ts'],
  },
  '/app/src/state/format-cache.ts': { importers: ['/app/src/state/view-store.ts'] },
  '/app/src/features/board/board-panel.tsx': {
    dynamicImporters: ['/app/src/main.tsx'],
    importedIds: ['/app/src/components/status-badge.tsx', '/app/node_modules/zod/index.js'],
  },
  '/app/src/components/status-badge.tsx': { importers: ['/app/src/features/board/board-panel.tsx'] },
  '/app/src/components/charts/chart-parts.tsx': {
    importers: ['/app/src/features/overview/overview-panel.tsx', '/app/src/features/charts/charts-panel.tsx'],
    importedIds: ['/app/src/components/charts/marks.tsx'],
  },
  '/app/src/components/charts/marks.tsx': {
    importers: ['/app/src/components/charts/chart-parts.tsx'],
    importedIds: ['/app/node_modules/recharts/es6/index.js'],
  },
  '/app/node_modules/recharts/es6/index.js': { importers: ['/app/src/components/charts/marks.tsx'] },
  '/app/src/domain/cycle-a.ts': {
    importers: ['/app/src/domain/cycle-b.ts'],
    importedIds: ['/app/src/domain/cycle-b.ts'],
  },
  '/app/src/domain/cycle-b.ts': {
    importers: ['/app/src/domain/cycle-a.ts', '/app/src/main.tsx'],
    importedIds: ['/app/src/domain/cycle-a.ts'],
  },
  '/app/node_modules/react-dom/index.js': { importers: ['/app/src/main.tsx'] },
  '/app/node_modules/zod/index.js': { importers: ['/app/src/features/board/board-panel.tsx'] },
}

const ctx = {
  getModuleInfo: (id: string) => {
    const node = GRAPH[id]
    return node ? { isEntry: false, importers: [], dynamicImporters: [], importedIds: [], ...node } : null
  },
} as unknown as Rolldown.ChunkingContext

/** The group a module goes to: the first group (by priority) that names it. */
function groupOf(id: string): string | null {
  const groups = [...(codeSplitting().groups ?? [])].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0))
  for (const group of groups) {
    if (typeof group.name !== 'function') throw new Error('a group without a naming function')
    const name = group.name(id, ctx)
    if (name) return name
  }
  return null
}

describe('the shell group', () => {
  it('puts everything the entry loads in one file, libraries too, even through a cycle', () => {
    expect(groupOf('/app/src/state/view-store.ts')).toBe('shell')
    expect(groupOf('/app/src/state/format-cache.ts')).toBe('shell')
    expect(groupOf('/app/src/domain/cycle-a.ts')).toBe('shell')
    expect(groupOf('/app/node_modules/react-dom/index.js')).toBe('shell')
  })

  it('leaves the entry itself, and what only lazily loaded code imports, to the other groups', () => {
    expect(groupOf('/app/src/main.tsx')).toBeNull()
    expect(groupOf('/app/node_modules/zod/index.js')).toBeNull()
  })
})

describe('the shared view code group', () => {
  it('takes the components, domain and state modules only lazily loaded views import', () => {
    expect(groupOf('/app/src/components/status-badge.tsx')).toBe('view-shared')
  })

  it('leaves code that draws with the chart library, directly or through another module, with its charts', () => {
    expect(groupOf('/app/src/components/charts/chart-parts.tsx')).toBeNull()
    expect(groupOf('/app/src/components/charts/marks.tsx')).toBeNull()
  })

  it('leaves each view to the bundler', () => {
    expect(groupOf('/app/src/features/board/board-panel.tsx')).toBeNull()
  })
})
