// The embed code for a chart or the whole view as the reader sees it now: its filters, date, language and theme,
// with nothing opened over it (an item or deadline panel).
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useLang } from '../state/use-t'
import type { EmbedTarget } from '../state/view'
import { viewAddress } from '../state/view-href'
import { currentView, useViewStore } from '../state/view-store'
import { embedOrigin, embedSnippet } from './embed-snippet'
import { exportText } from './export-text'

export function useEmbedCode(target: EmbedTarget, title: string) {
  const view = useViewStore(useShallow(currentView))
  const lang = useLang()
  return useMemo(() => {
    const url = viewAddress({ ...view, embed: target, item: null, deadline: null, event: null })
    const text = (key: Parameters<typeof exportText>[1]) => exportText(lang, key)
    const chart = target !== 'view'
    return {
      url,
      snippet: embedSnippet({ url, title }),
      fromFile: embedOrigin(url) === 'null',
      labels: {
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
      },
    }
  }, [view, lang, target, title])
}
