// Where the tracker is published, for the absolute links the feed and the citation file need. One place to set it:
// the SITE_URL environment variable at build time, else package.json's "homepage"; the code repository is
// package.json's "repository".
import manifest from '../package.json' with { type: 'json' }

/** The site's address, ending in "/" so that page names resolve under it. */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const url = env.SITE_URL?.trim() || manifest.homepage
  return url.endsWith('/') ? url : `${url}/`
}

export const REPOSITORY_URL = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')
