import { decodeText } from './decode-text'

const utf8 = (text: string) => new TextEncoder().encode(text)

// "Дорожная карта" ("roadmap") written in each encoding, byte by byte.
const CP1251 = [0xc4, 0xee, 0xf0, 0xee, 0xe6, 0xed, 0xe0, 0xff, 0x20, 0xea, 0xe0, 0xf0, 0xf2, 0xe0]
const KOI8_R = [0xe4, 0xcf, 0xd2, 0xcf, 0xd6, 0xce, 0xc1, 0xd1, 0x20, 0xcb, 0xc1, 0xd2, 0xd4, 0xc1]

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('{"ru":"Дорожная карта"}'))).toEqual({ ok: true, text: '{"ru":"Дорожная карта"}' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toEqual({ ok: true, text: '{}' })
  })

  it.each([
    ['Windows-1251', CP1251],
    ['KOI8-R', KOI8_R],
    ['UTF-16 (little-endian)', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]],
    ['UTF-16 (big-endian)', [0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]],
  ])('refuses %s, naming it', (encoding, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: false, encoding })
  })
})
