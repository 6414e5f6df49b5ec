// The HTTP headers a host should send with every file of the served build (README, "Reliability and hosting"),
// and which `vite preview` sends, so the browser journeys see what a careful host serves. The page also carries
// its policy in a <meta> tag (csp-plugin.ts), for hosts that send none; frame-ancestors works only as a header.
// Framing is allowed from any site, since a chart or view is meant to be embedded (embed=…): the tracker has no
// account or server state, and what it keeps in the browser a framed copy keeps apart (partitioned storage). A host
// that wants no embeds, or embeds on its own sites only, narrows frame-ancestors (README, "Embedding").
import { contentSecurityPolicy } from './csp-plugin.ts'

/** The served build has no inline code: its scripts and styles are files from its own origin. */
const SERVED_PAGE = { scriptFiles: true, styleFiles: true, inlineScripts: [], inlineStyles: [] } as const

export const HOST_HEADERS = {
  'Content-Security-Policy': `${contentSecurityPolicy(SERVED_PAGE)}; frame-ancestors *`,
  'X-Content-Type-Options': 'nosniff',
  // Source links open newspapers and government sites; they need not learn which view of the tracker led there.
  'Referrer-Policy': 'no-referrer',
} as const
