import { EMBED_HEIGHT_MESSAGE, embedSnippet } from './embed-snippet'

const url = 'https://tracker.example/?view=charts&topic=gas&embed=status&v=1'

describe('embedSnippet', () => {
  const snippet = embedSnippet({ url, title: 'Status breakdown — “gas” & <oil>' })

  it('frames the embed address under the chart’s title, escaped for an attribute', () => {
    expect(snippet).toContain(`<iframe src="${url.replace(/&/g, '&amp;')}"`)
    expect(snippet).toContain('title="Status breakdown — “gas” &amp; &lt;oil>"')
  })

  it('lets the frame set its height only from the tracker’s origin and only for the frame that asked', () => {
    const [, script = ''] = snippet.split('\n')
    expect(script).toContain(`e.origin!=="https://tracker.example"`)
    expect(script).toContain(`e.data.type!=="${EMBED_HEIGHT_MESSAGE}"`)
    expect(script).toContain('f.contentWindow===e.source')
  })

  it('sets the height a host page receives', () => {
    const [frameMarkup = '', script = ''] = snippet.split('\n')
    document.body.innerHTML = frameMarkup
    const frame = document.querySelector('iframe')
    if (!frame?.contentWindow) throw new Error('no frame')
    // The host's script, run as a host page runs it.
    const hostScript = document.createElement('script')
    hostScript.textContent = script.replace(/^<script>|<\/script>$/g, '')
    document.body.append(hostScript)
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: 'https://tracker.example',
        source: frame.contentWindow,
        data: { type: EMBED_HEIGHT_MESSAGE, height: 812.4 },
      }),
    )
    expect(frame.style.height).toBe('813px')
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: 'https://evil.example',
        source: frame.contentWindow,
        data: { type: EMBED_HEIGHT_MESSAGE, height: 5 },
      }),
    )
    expect(frame.style.height).toBe('813px')
  })
})
