// Limits on a file the user loads, needed before the file is read (and before the validator is loaded).

/** Bigger files are refused before they are read: parsing them would freeze the page for seconds. */
export const CUSTOM_FILE_MAX_BYTES = 20 * 1024 * 1024

const MAX_LABEL = 80

/** A file name or key as the user gave it, cut to a length the error table can show. */
export function clipLabel(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL)}…` : text
}
