// The embed code for a chart or the whole view as the reader sees it at the moment they ask for it: its filters,
// date, language and theme, with nothing opened over it (an item or deadline panel). Read when the dialog opens,
// not on every view change: a chart section that subscribed to the whole view redrew on each change it ignores.
import { useCallback, useMemo } from 'react'
import { useLang } from '../state/use-t'
import type { EmbedTarget } from '../state/view'
import { viewAddress } from '../state/view-href'
import { currentView, useViewStore } from '../state/view-store'
import { embedOrigin, embedSnippet } from './embed-snippet'
import { exportText } from './export-text'

export function useEmbedCode(target: EmbedTarget, title: string) {
  const lang = useLang()
  const code = useCallback(() => {
    const view = currentView(useViewStore.getState())
    const url = viewAddress({ ...view, embed: target, item: null, deadline: null, event: null })
    return { url, snippet: embedSnippet({ url, title }), fromFile: embedOrigin(url) === 'null' }
  }, [target, title])
  const labels = useMemo(() => {
    const text = (key: Parameters<typeof exportText>[1]) => exportText(lang, key)
    const chart = target !== 'view'
    return {
      button: text('embed.button'),
      buttonName: text(chart ? 'embed.chartName' : 'embed.viewName'),
      title: text(chart ? 'embed.chartTitle' : 'embed.viewTitle'),
      intro: text(chart ? 'embed.intro' : 'embed.viewIntro'),
      code: text('embed.code'),
      copy: text('embed.copy'),
      copied: text('embed.copied'),
      copyFailed: text('embed.copyFailed'),
      close: text('embed.close'),
      open: text('embed.open'),
      fromFile: text('embed.fromFile'),
    }
  }, [lang, target])
  return useMemo(() => ({ code, labels }), [code, labels])
}
