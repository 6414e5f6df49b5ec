// Saving a file from the page: works from a served page and from the one-file build opened at file://.

function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
}

/** Revoking at once can cancel the download in some browsers; a minute is ample for it to start. */
const REVOKE_AFTER_MS = 60_000

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  downloadUrl(url, fileName)
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}

export function downloadText(text: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName)
}

/**
 * A data: URL as the file it stands for (base64 or percent-encoded), so a saved SVG is plain SVG text rather
 * than whatever the browser makes of a long URL.
 */
export function dataUrlToBlob(url: string): Blob {
  const match = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url)
  if (!match) throw new Error('not a data: URL')
  const [, type = '', base64, payload = ''] = match
  const mimeType = type.split(';')[0] || 'text/plain'
  if (!base64) return new Blob([decodeURIComponent(payload)], { type: mimeType })
  const bytes = Uint8Array.from(atob(payload), (char) => char.charCodeAt(0))
  return new Blob([bytes], { type: mimeType })
}

/** Spreadsheet programs read a CSV as UTF-8 (Cyrillic names intact) only when it starts with a byte-order mark. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadText(`\uFEFF${csv}`, fileName, 'text/csv;charset=utf-8')
}
