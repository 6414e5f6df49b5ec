// Writes the loading screen (static-shell.ts) into the built index.html. Build only: on the dev server the
// stylesheet arrives with the script, so React's own loading screen, of the same markup, shows instead.
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { staticShellHtml } from './static-shell.ts'

const FIRST_PAINT_TAG = '<script src="/first-paint.js"></script>'
const ROOT_TAG = '<div id="root"></div>'

/** The one-file build cannot load a second script file, so there first-paint.js goes inline (and gets its hash). */
export function staticShellPlugin({ inlineFirstPaint }: { readonly inlineFirstPaint: boolean }): Plugin {
  return {
    name: 'static-shell',
    apply: 'build',
    transformIndexHtml: {
      // Before Vite rewrites the script's address for the base path.
      order: 'pre',
      handler(html) {
        for (const tag of [FIRST_PAINT_TAG, ROOT_TAG]) {
          if (!html.includes(tag)) throw new Error(`index.html no longer has ${tag}`)
        }
        const withShell = html.replace(ROOT_TAG, `${staticShellHtml()}\n    ${ROOT_TAG}`)
        if (!inlineFirstPaint) return withShell
        const code = readFileSync(new URL('../public/first-paint.js', import.meta.url), 'utf8')
        return withShell.replace(FIRST_PAINT_TAG, `<script>\n${code}</script>`)
      },
    },
  }
}
