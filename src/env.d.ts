/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The update feed's absolute address, set at build time from the site's address (vite.config.ts). */
  readonly FEED_URL: string
}

declare module 'virtual:bundled-data' {
  /** Reads the bundled data, checked when the app was built: a BundledDataModule (scripts/checked-data-plugin.ts). */
  const readBundled: () => Promise<unknown>
  export default readBundled
}
