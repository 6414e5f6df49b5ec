import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, hashSource, inlineCode, withPolicy } from './csp-plugin'

const page = (head: string) =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>T</title>\n${head}  </head>\n  <body><div id="root"></div></body>\n</html>\n`

describe('the Content-Security-Policy of the built page', () => {
  it('hashes inline code as browsers do', () => {
    // The SHA-256 of the empty string, as CSP writes it.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    expect(hashSource('a\r\nb\rc')).toBe(hashSource('a\nb\nc'))
    expect(hashSource('a')).not.toBe(hashSource('b'))
  })

  it('finds inline scripts and styles, not script files', () => {
    const html = page(
      '<script type="module" crossorigin src="./assets/index.js"></script>\n<script type="module">run("<b>")</script>\n<style>a{color:red}</style>\n',
    )
    expect(inlineCode(html)).toEqual({ scripts: ['run("<b>")'], styles: ['a{color:red}'] })
  })

  it('allows only files from the page’s own origin in the normal build', () => {
    const policy = contentSecurityPolicy({ scriptFiles: true, styleFiles: true, inlineScripts: [], inlineStyles: [] })
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("style-src 'self';")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it('allows exactly the inlined code in the one-file build, and nothing from a file', () => {
    const policy = contentSecurityPolicy({
      scriptFiles: false,
      styleFiles: false,
      inlineScripts: ['app()', 'app()'],
      inlineStyles: ['a{}'],
    })
    expect(policy).toContain(`script-src ${hashSource('app()')};`)
    expect(policy).toContain(`style-src ${hashSource('a{}')};`)
    expect(policy).not.toMatch(/script-src[^;]*'self'|unsafe-inline|unsafe-eval/)
  })

  it('puts the policy before any script or style, right after the charset', () => {
    const html = withPolicy(page('<script type="module">app()</script>\n'), "default-src 'none'")
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'))
    expect(meta).toBeLessThan(html.indexOf('<title>'))
    expect(meta).toBeLessThan(html.indexOf('<script'))
  })
})
