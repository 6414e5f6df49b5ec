// "Download PowerPoint": the deck on screen as a .pptx, its charts pictured from the slides as drawn. The spec,
// the picture code and pptxgenjs load only when someone downloads.
import { useMemo, type RefObject } from 'react'
import type { ExportAction } from '../../export/export-action'
import { exportFileName } from '../../export/file-name'
import type { PptxPalette, PptxPicture } from '../../export/pptx-deck'
import { useCitation, useViewUrl } from '../../export/use-exports'
import { retryableImport } from '../../lib/retry-import'
import { useLang } from '../../state/use-t'
import type { View } from '../../state/view'
import type { Deck } from './deck'
import { presenterText } from './presenter-text'
import { storyPeriod } from './story-period'

const specCode = retryableImport(() => import('./deck-pptx-spec'))
const pptxCode = retryableImport(() => import('../../export/pptx-deck'))
const imageCode = retryableImport(() => import('../../export/image'))
const downloadCode = retryableImport(() => import('../../export/download'))

const FIRST_SLIDE: Partial<View> = { slide: 1 }

/** The charts a slide draws: the status bar with its key, the deadline chart, the two progress panels. */
const FIGURE_SELECTOR = '.status-bar-chart, .gantt, .progress-slide__panels'

/**
 * A copy of the slide, shown, in an off-screen stage as wide as the deck's (its type is sized to the stage).
 * Hidden slides cannot be pictured where they are: their copy would be hidden too.
 */
function offScreenCopy(stage: HTMLElement, slide: Element): { frame: HTMLElement; copy: HTMLElement } {
  const frame = document.createElement('div')
  frame.className = stage.className
  const width = Math.max(stage.getBoundingClientRect().width, 960)
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    background: 'var(--bg)',
    color: 'var(--text)',
  })
  const copy = slide.cloneNode(true)
  if (!(copy instanceof HTMLElement)) throw new Error('a slide is not an element')
  copy.dataset.current = 'true'
  copy.removeAttribute('inert')
  copy.style.animation = 'none'
  frame.append(copy)
  document.body.append(frame)
  return { frame, copy }
}

/** The theme's colours as the deck shows them, so the file's slides match the charts pictured from it. */
function deckPalette(
  deckElement: HTMLElement,
  fallback: PptxPalette,
  hexColour: (css: string) => string | null,
): PptxPalette {
  const colour = (token: string, otherwise: string) => {
    const probe = document.createElement('span')
    probe.style.color = `var(${token})`
    deckElement.append(probe)
    const value = hexColour(getComputedStyle(probe).color)
    probe.remove()
    return value ?? otherwise
  }
  return {
    background: colour('--bg', fallback.background),
    text: colour('--text', fallback.text),
    muted: colour('--muted', fallback.muted),
    accent: colour('--accent', fallback.accent),
  }
}

async function pictureFigures(
  deckElement: HTMLElement,
  wanted: readonly boolean[],
): Promise<readonly (PptxPicture | null)[]> {
  const { renderNodePicture } = await imageCode()
  const slides = [...deckElement.querySelectorAll('[aria-roledescription="slide"]')]
  const pictures: (PptxPicture | null)[] = []
  for (const [index, slide] of slides.entries()) {
    const stage = slide.parentElement
    if (!wanted[index] || !stage) {
      pictures.push(null)
      continue
    }
    const { frame, copy } = offScreenCopy(stage, slide)
    try {
      const figure = copy.querySelector<HTMLElement>(FIGURE_SELECTOR)
      // An empty chart says so in words, which the slide's text already carries.
      pictures.push(figure ? await renderNodePicture(figure, getComputedStyle(frame).backgroundColor) : null)
    } finally {
      frame.remove()
    }
  }
  return pictures
}

export function useDeckPptx(
  deck: Deck,
  titles: readonly string[],
  /** The element holding the slides. */
  deckRef: RefObject<HTMLElement | null>,
): readonly ExportAction[] {
  const lang = useLang()
  const citation = useCitation()
  const deckUrl = useViewUrl(FIRST_SLIDE)
  return useMemo((): readonly ExportAction[] => {
    const text = presenterText(lang)
    return [
      {
        id: 'pptx',
        label: text('pptx'),
        name: text('pptxName'),
        run: async () => {
          const deckElement = deckRef.current
          if (!deckElement) throw new Error('the deck is not on screen')
          const [{ deckPptxSpec }, { writePptx, hexColour, LIGHT_PALETTE }, { downloadBlob }] = await Promise.all([
            specCode(),
            pptxCode(),
            downloadCode(),
          ])
          const spec = deckPptxSpec({ deck, titles, lang, citation, deckUrl })
          const pictures = await pictureFigures(
            deckElement,
            spec.slides.map((slide) => slide.hasFigure),
          )
          const bytes = await writePptx(spec, pictures, deckPalette(deckElement, LIGHT_PALETTE, hexColour))
          // Named for the span the story covers, not the view's date, which the deck does not show.
          const [first] = deck.slides
          const period = first?.kind === 'title' ? storyPeriod(first.story) : null
          const fileName = exportFileName(['briefing', ...(period ? [period.from, period.to] : [])], 'pptx')
          downloadBlob(
            new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }),
            fileName,
          )
          return fileName
        },
      },
    ]
  }, [deck, titles, lang, citation, deckUrl, deckRef])
}
