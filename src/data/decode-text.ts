// A file the user loads must be UTF-8 (or plain ASCII) JSON. Read any other way, Russian text turns into
// replacement characters that would be shown, saved and exported as they are, so such a file is refused, naming
// the encoding it most likely is, for the user to save it again as UTF-8.

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly encoding: string }

/** Windows-1251 puts А–я at 0xC0–0xFF and Ё, ё at 0xA8, 0xB8; KOI8-R puts the letters at 0xC0–0xFF too, but
 * lower case first, so in ordinary text lower-case letters tell them apart. */
function guessSingleByteCyrillic(bytes: Uint8Array): string {
  let high = 0
  let cp1251Lower = 0
  let koi8Lower = 0
  for (const byte of bytes) {
    if (byte < 0x80) continue
    high += 1
    if (byte >= 0xe0 || byte === 0xb8) cp1251Lower += 1
    if (byte >= 0xc0 && byte < 0xe0) koi8Lower += 1
  }
  if (high === 0) return 'an encoding other than UTF-8'
  return cp1251Lower >= koi8Lower ? 'Windows-1251' : 'KOI8-R'
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, encoding: 'UTF-16 (little-endian)' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, encoding: 'UTF-16 (big-endian)' }
  try {
    // A leading byte-order mark is dropped, as JSON.parse would refuse it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, encoding: guessSingleByteCyrillic(bytes) }
  }
}
