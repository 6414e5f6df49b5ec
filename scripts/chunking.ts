// How the build groups modules into files beyond the bundler's defaults: fewer requests on the way to a view's
// first screen, because on a slow phone each round trip costs more than a few extra kilobytes.
import type { Rolldown } from 'vite'

const SHARED_KINDS = /[\\/]src[\\/](components|domain|state)[\\/]/
/** Libraries only a chart draws with: a file any first screen waits on must not pull them in. */
const CHART_LIBRARIES = /[\\/]node_modules[\\/]recharts[\\/]/

/** A memoised answer about a module, given by walking its static importers (up) or imports (down). */
function walk(
  step: (info: Rolldown.ModuleInfo) => readonly string[],
  found: (id: string, info: Rolldown.ModuleInfo) => boolean,
) {
  const answers = new Map<string, boolean>()
  const reaches = (id: string, ctx: Rolldown.ChunkingContext, seen: Set<string>): boolean => {
    const known = answers.get(id)
    if (known !== undefined) return known
    if (seen.has(id)) return false
    seen.add(id)
    const info = ctx.getModuleInfo(id)
    return !!info && (found(id, info) || step(info).some((next) => reaches(next, ctx, seen)))
  }
  return (id: string, ctx: Rolldown.ChunkingContext) => {
    const answer = reaches(id, ctx, new Set())
    answers.set(id, answer)
    return answer
  }
}

/** Whether the entry loads a module before anything else runs: it is the entry, or one of its static imports is. */
const loadedByEntry = () =>
  walk(
    (info) => info.importers,
    (_, info) => info.isEntry,
  )

/**
 * Everything the entry loads, in one file: left alone the bundler splits out each module a lazy view shares with
 * the entry (some under 300 bytes), and the first screen waited on twenty files, each compressed on its own.
 */
function shell(): Rolldown.CodeSplittingGroup {
  const inEntry = loadedByEntry()
  return {
    name: (id, ctx) => (ctx.getModuleInfo(id)?.isEntry !== true && inEntry(id, ctx) ? 'shell' : null),
    priority: 2,
    // Only the modules named here, not everything they import.
    includeDependenciesRecursively: false,
  }
}

/**
 * Components, domain logic and view state that two or more lazily loaded views share, in one file. Left alone the
 * bundler gives each such module a file of its own, and the overview waited on seven. Code that draws with a chart
 * library stays with its charts, or every view would wait for the library.
 */
function sharedViewCode(): Rolldown.CodeSplittingGroup {
  const inEntry = loadedByEntry()
  const drawsCharts = walk(
    (info) => info.importedIds,
    (id) => CHART_LIBRARIES.test(id),
  )
  return {
    name(id, ctx) {
      if (!SHARED_KINDS.test(id)) return null
      const info = ctx.getModuleInfo(id)
      // A module some code imports lazily is the start of a view (or of a loader) and keeps its own file.
      if (!info || info.dynamicImporters.length > 0) return null
      return inEntry(id, ctx) || drawsCharts(id, ctx) ? null : 'view-shared'
    },
    priority: 1,
    minShareCount: 2,
    includeDependenciesRecursively: false,
  }
}

export function codeSplitting(): Rolldown.CodeSplittingOptions {
  return { groups: [shell(), sharedViewCode()] }
}
