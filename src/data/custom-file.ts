// Limits on a file the user loads, needed before the file is read (and before the validator is loaded).

/** Bigger files are refused before they are read: parsing them would freeze the page for seconds. */
export const CUSTOM_FILE_MAX_BYTES = 20 * 1024 * 1024

const MAX_LABEL = 80

/** Direction controls (U+202A–U+202E, U+2066–U+2069, marks): "cod\u202Egpj.json" would show as "codnosj.jpg". */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** A file name or key as the user gave it, shown in its own order, cut to a length the error table can show. */
export function clipLabel(raw: string): string {
  const text = raw.replace(BIDI_CONTROLS, '')
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL)}…` : text
}
