// The page's Content-Security-Policy, written into the built index.html as a <meta> tag: no inline script, no eval,
// no remote origins. Added at build time only, because the dev server needs inline scripts (React Refresh) and
// injected <style> tags (CSS hot reload) that the policy forbids.
// The one-file build inlines its script and stylesheet, which a plain script-src 'self' would block; there the
// policy allows exactly that code by its SHA-256 hash (computed after inlining), and nothing from 'self'.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

export interface PageCode {
  /** Whether the page loads script files (entry, lazy chunks) or stylesheet files from its own origin. */
  readonly scriptFiles: boolean
  readonly styleFiles: boolean
  /** The text of each inline <script> and <style> element. */
  readonly inlineScripts: readonly string[]
  readonly inlineStyles: readonly string[]
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi

export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(SCRIPT)]
    .filter((match) => !/\bsrc\s*=/i.test(match[1] ?? ''))
    .map((match) => match[2] ?? '')
  const styles = [...html.matchAll(STYLE)].map((match) => match[1] ?? '')
  return { scripts, styles }
}

/** The CSP source for inline code. Browsers hash the text after the HTML parser turned CR LF and CR into LF. */
export function hashSource(code: string): string {
  const normalised = code.replace(/\r\n?/g, '\n')
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`
}

function sources(fromSelf: boolean, inline: readonly string[]): string {
  const list = [...(fromSelf ? ["'self'"] : []), ...new Set(inline.map(hashSource))]
  return list.length > 0 ? list.join(' ') : "'none'"
}

export function contentSecurityPolicy(page: PageCode): string {
  return [
    "default-src 'none'",
    `script-src ${sources(page.scriptFiles, page.inlineScripts)}`,
    `style-src ${sources(page.styleFiles, page.inlineStyles)}`,
    // Exported chart images are drawn from data: and blob: URLs; the favicon is the one image file.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** Puts the policy first in <head>: a meta policy covers only the elements after it. */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
  const charset = /<meta\s+charset=[^>]*>/i
  if (charset.test(html)) return html.replace(charset, (tag) => `${tag}\n    ${meta}`)
  return html.replace(/<head>/i, (tag) => `${tag}\n    ${meta}`)
}

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // After vite-plugin-singlefile (also a late post plugin, listed before this one) has inlined the code.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const outputs = Object.values(bundle)
        const scriptFiles = outputs.some((output) => output.type === 'chunk')
        const styleFiles = outputs.some((output) => output.type === 'asset' && output.fileName.endsWith('.css'))
        for (const output of outputs) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue
          const html = String(output.source)
          const { scripts, styles } = inlineCode(html)
          const policy = contentSecurityPolicy({
            scriptFiles,
            styleFiles,
            inlineScripts: scripts,
            inlineStyles: styles,
          })
          output.source = withPolicy(html, policy)
        }
      },
    },
  }
}
