import { dataUrlToBlob } from './download'

describe('dataUrlToBlob', () => {
  it('decodes a percent-encoded SVG into its text', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>40% done, “Семашко”</text></svg>'
    const blob = dataUrlToBlob(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
    expect(blob.type).toBe('image/svg+xml')
    expect(await blob.text()).toBe(svg)
  })

  it('decodes base64 into the original bytes', async () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]
    const blob = dataUrlToBlob(`data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`)
    expect(blob.type).toBe('image/png')
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual(bytes)
  })

  it('refuses anything else', () => {
    expect(() => dataUrlToBlob('https://example.org/chart.png')).toThrow('not a data: URL')
  })
})
