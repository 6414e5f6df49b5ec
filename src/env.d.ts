/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The update feed's absolute address, set at build time from the site's address (vite.config.ts). */
  readonly FEED_URL: string
}
