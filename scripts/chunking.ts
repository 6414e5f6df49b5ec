// How the build groups modules into files beyond the bundler's defaults: fewer requests on the way to a view's
// first screen, because on a slow phone each round trip costs more than a few extra kilobytes.
import type { Rolldown } from 'vite'

const SHARED_KINDS = /[\\/]src[\\/](components|domain|state)[\\/]/

/**
 * Components, domain logic and view state that two or more lazily loaded views share, in one file. Left alone the
 * bundler gives each such module a file of its own (some under 300 bytes), and the overview waited on seven. The
 * entry's own modules stay in the entry, and the views themselves stay apart.
 */
function sharedViewCode(): Rolldown.CodeSplittingGroup {
  const answers = new Map<string, boolean>()
  const loadedByEntry = (id: string, ctx: Rolldown.ChunkingContext, seen: Set<string>): boolean => {
    const known = answers.get(id)
    if (known !== undefined) return known
    if (seen.has(id)) return false
    seen.add(id)
    const info = ctx.getModuleInfo(id)
    return !!info && (info.isEntry || info.importers.some((importer) => loadedByEntry(importer, ctx, seen)))
  }
  return {
    name(id, ctx) {
      if (!SHARED_KINDS.test(id)) return null
      const info = ctx.getModuleInfo(id)
      // A module some code imports lazily is the start of a view (or of a loader) and keeps its own file.
      if (!info || info.dynamicImporters.length > 0) return null
      const inEntry = loadedByEntry(id, ctx, new Set())
      answers.set(id, inEntry)
      return inEntry ? null : 'view-shared'
    },
    minShareCount: 2,
    // Only the modules named here, not everything they import (the entry's modules among it).
    includeDependenciesRecursively: false,
  }
}

export function codeSplitting(): Rolldown.CodeSplittingOptions {
  return { groups: [sharedViewCode()] }
}
