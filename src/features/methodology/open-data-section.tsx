import { useMemo } from 'react'
import { ExportMenu } from '../../components/export-menu'
import { retryableImport } from '../../lib/retry-import'
import { DATA_LICENCE } from '../../export/licence'
import type { ExportAction } from '../../export/export-action'
import { exportText } from '../../export/export-text'
import { useLang } from '../../state/use-t'
import { METHODOLOGY_TEXT } from './methodology-text'

// The zip code and its library load only when someone asks for the zip.
// Loaded again on the next click if its download failed (offline, a blocked file), never kept as a failure.
const dataZipCode = retryableImport(() => import('../../export/data-zip'))
const downloadDataZip = () => dataZipCode().then((module) => module.downloadDataZip())

/** Absolute (set at build time from the site's address), so the link also works from the one-file build. */
const FEED_URL = import.meta.env.FEED_URL

/** The licence, the whole dataset as one download, and the feed of new versions. */
export function OpenDataSection() {
  const lang = useLang()
  const text = METHODOLOGY_TEXT[lang]
  const actions = useMemo<readonly ExportAction[]>(
    () => [{ id: 'data-zip', label: text.downloadLabel, name: text.downloadName, run: downloadDataZip }],
    [text],
  )
  return (
    <>
      <h3 id="open-data-heading">{text.openDataHeading}</h3>
      <p>
        {text.licence} <a href={DATA_LICENCE.url}>{text.licenceLink}</a>.
      </p>
      <p>{text.download}</p>
      <ExportMenu
        label={text.downloadGroup}
        actions={actions}
        doneLabel={exportText(lang, 'export.done')}
        failedLabel={exportText(lang, 'export.failed')}
        codeFailedLabel={exportText(lang, 'export.codeFailed')}
      />
      <p>
        {text.feed}{' '}
        <a href={FEED_URL} type="application/atom+xml">
          {text.feedLink}
        </a>
      </p>
    </>
  )
}
