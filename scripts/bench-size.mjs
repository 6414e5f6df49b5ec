// Initial JavaScript: what index.html makes the browser fetch before the app can start (the entry script and the
// modulepreload links), gzipped at level 9 as Vite's build report does. Chunks loaded later by import() are not
// in it; they are listed apart.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const gzipKb = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024

export function initialJs(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1])
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1])
  const initial = [...new Set([...entries, ...preloads])]
  if (initial.length === 0) throw new Error(`${outDir}/index.html names no module script`)
  const files = initial.map((src) => {
    const file = src.replace(/^\.?\//, '')
    return { file, gzipKb: gzipKb(join(outDir, file)) }
  })
  const lazy = readdirSync(join(outDir, 'assets'))
    .filter((name) => name.endsWith('.js') && !files.some(({ file }) => file.endsWith(name)))
    .map((name) => ({ file: `assets/${name}`, gzipKb: gzipKb(join(outDir, 'assets', name)) }))
    .sort((a, b) => b.gzipKb - a.gzipKb)
  return { totalKb: files.reduce((sum, { gzipKb: kb }) => sum + kb, 0), files, lazy }
}
