// Writes the update feed (atom-feed.ts) into the build and announces it in the page's head, where browsers and
// feed readers look for it. Build only: the dev server serves no feed.
import type { Plugin } from 'vite'
import { CHANGELOG } from '../src/data/changelog.ts'
import { atomFeed, FEED_FILE } from './atom-feed.ts'

/** The <link> feed readers find the feed by; absolute, so it also works from the one-file build at file://. */
export function feedLink(site: string): string {
  return `<link rel="alternate" type="application/atom+xml" title="Dataset versions (Atom)" href="${site}${FEED_FILE}" />`
}

export function withFeedLink(html: string, site: string): string {
  if (!html.includes('</head>')) throw new Error('index.html has no </head>')
  return html.replace('</head>', `  ${feedLink(site)}\n  </head>`)
}

export function feedPlugin(site: string): Plugin {
  return {
    name: 'atom-feed',
    apply: 'build',
    transformIndexHtml: (html) => withFeedLink(html, site),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FEED_FILE, source: atomFeed(CHANGELOG, site) })
    },
  }
}
