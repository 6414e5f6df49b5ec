/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The update feed's absolute address, set at build time from the site's address (vite.config.ts). */
  readonly FEED_URL: string
}

declare module 'virtual:checked-data' {
  import type { CheckedDataModule } from './data/parse-dataset'
  /** The bundled data, checked when the app was built (scripts/checked-data-plugin.ts). */
  const checked: CheckedDataModule
  export default checked
}
