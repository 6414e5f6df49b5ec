// The user's own story: add the current view as a step, write what it says, reorder, hide, delete, rename, play
// and share. Every action is a button (no drag), so the keyboard does all of it.
import { useEffect, useMemo, useRef, useState } from 'react'
import { CopyLinkButton } from '../../components/copy-link-button'
import { encodeStory } from '../../domain/story-link'
import {
  editableCopy,
  moveStep,
  ownText,
  removeStep,
  replaceStep,
  STEP_VISUALS,
  type Story,
  type StoryStep,
  type StepVisual,
} from '../../domain/story-mode'
import { oneLineFilterSummary } from '../../export/describe-filters'
import { useViewUrl } from '../../export/use-exports'
import type { Lang } from '../../i18n/lang'
import { formatDay } from '../../lib/format'
import { useAsOf, useDataset, useFilters } from '../../state/derived'
import { useLang } from '../../state/use-t'
import { initialView, MY_STORY, type View } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { MY_STORY_ID, useMyStory } from './my-story-store'
import { STORY_BUILDER_TEXT } from './story-builder-text'
import type { PlayedStory } from './use-deck'

/** The step the current view makes: its date, filters, comparison and open item, shown as the chosen visual. */
function useCurrentStep(visual: StepVisual): StoryStep {
  const asOf = useAsOf()
  const filters = useFilters()
  const compare = useViewStore((state) => state.compare)
  const item = useViewStore((state) => state.item)
  return {
    view: {
      visual,
      asOf,
      compare: visual === 'changes' ? compare : null,
      filters,
      items: item === null ? [] : [item],
    },
    takeaway: ownText(''),
    notes: ownText(''),
    sources: [],
    hidden: false,
  }
}

const visualNamed = (value: string): StepVisual => STEP_VISUALS.find((visual) => visual === value) ?? 'status'

export function StoryBuilder({ played }: { readonly played: PlayedStory | null }) {
  const lang = useLang()
  const text = STORY_BUILDER_TEXT[lang]
  const mine = useMyStory((state) => state.story)
  const kept = useMyStory((state) => state.kept)
  const setStory = useMyStory((state) => state.setStory)
  const [visual, setVisual] = useState<StepVisual>('status')
  const step = useCurrentStep(visual)
  const compare = useViewStore((state) => state.compare)
  const canAdd = visual !== 'changes' || (compare !== null && compare < step.view.asOf)

  const add = () => {
    const story: Story = mine ?? { id: MY_STORY_ID, title: ownText(text.defaultTitle), writtenIn: lang, steps: [] }
    setStory({ ...story, steps: [...story.steps, step] })
  }
  const copyable = played && played.kind !== 'mine' ? played.story : null

  return (
    <section className="story-builder" aria-labelledby="story-builder-heading">
      <h3 id="story-builder-heading">{text.heading}</h3>
      <p className="story-builder__intro">{text.intro}</p>
      <div className="story-builder__add">
        <label>
          {text.showAs}{' '}
          <select value={visual} onChange={(event) => setVisual(visualNamed(event.target.value))}>
            {STEP_VISUALS.map((option) => (
              <option key={option} value={option}>
                {text.visuals[option]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={add} disabled={!canAdd}>
          {mine ? text.add : text.start}
        </button>
        {copyable ? (
          <button type="button" onClick={() => setStory(editableCopy(copyable, lang, MY_STORY_ID))}>
            {mine ? text.editCopyReplaces : text.editCopy}
          </button>
        ) : null}
      </div>
      {canAdd ? null : <p className="story-builder__hint">{text.compareNeeded}</p>}
      {mine ? <MyStory story={mine} kept={kept} /> : null}
    </section>
  )
}

function MyStory({ story, kept }: { readonly story: Story; readonly kept: boolean }) {
  const lang = useLang()
  const text = STORY_BUILDER_TEXT[lang]
  const update = useMyStory((state) => state.update)
  const playStory = useViewStore((state) => state.playStory)
  const writtenIn = story.writtenIn ?? lang
  const link = useMemo(() => encodeStory(story), [story])
  const shareView = useMemo(
    (): Partial<View> => ({ ...initialView, view: 'briefing', story: link.ok ? link.value : null, lang }),
    [link, lang],
  )
  const shareUrl = useViewUrl(shareView)
  const own = (value: string) => ownText(value)
  // A moved step's button keeps the focus, so pressing "Up" again moves the same step on.
  const stepsRef = useRef<HTMLOListElement>(null)
  const focusAfterMove = useRef<{ index: number; up: boolean } | null>(null)
  useEffect(() => {
    const request = focusAfterMove.current
    if (!request) return
    focusAfterMove.current = null
    const buttons = stepsRef.current?.children[request.index]?.querySelectorAll('button')
    // At the top or bottom its own button is disabled; the other way is then the one left to press.
    const [wanted, other] = request.up ? [buttons?.[0], buttons?.[1]] : [buttons?.[1], buttons?.[0]]
    ;(wanted && !wanted.disabled ? wanted : other)?.focus()
  }, [story])
  const move = (index: number, by: -1 | 1) => {
    focusAfterMove.current = { index: index + by, up: by === -1 }
    update((current) => moveStep(current, index, by))
  }
  return (
    <div className="story-builder__story" lang={writtenIn === lang ? undefined : writtenIn}>
      <p className="story-builder__note" lang={lang}>
        {text.writtenIn(text.langName[writtenIn])} {kept ? text.kept : text.notKept}
      </p>
      <label className="story-builder__field">
        <span lang={lang}>{text.title}</span>
        <input
          type="text"
          value={story.title[writtenIn] ?? story.title.en}
          onChange={(event) => update((current) => ({ ...current, title: own(event.target.value) }))}
        />
      </label>
      {story.steps.length === 0 ? (
        <p lang={lang}>{text.empty}</p>
      ) : (
        <ol className="story-builder__steps" ref={stepsRef}>
          {story.steps.map((step, index) => (
            <StepEditor
              key={index}
              step={step}
              index={index}
              count={story.steps.length}
              writtenIn={writtenIn}
              move={move}
            />
          ))}
        </ol>
      )}
      <div className="story-builder__actions" lang={lang}>
        <button type="button" onClick={() => playStory(MY_STORY)} disabled={story.steps.length === 0}>
          {text.play}
        </button>
        {link.ok ? (
          <CopyLinkButton url={shareUrl} label={text.share} copiedLabel={text.copied} failedLabel={text.copyFailed} />
        ) : (
          <p role="status">{text.tooLong(link.length, link.limit)}</p>
        )}
      </div>
    </div>
  )
}

interface StepEditorProps {
  readonly step: StoryStep
  readonly index: number
  readonly count: number
  readonly writtenIn: Lang
  readonly move: (index: number, by: -1 | 1) => void
}

function StepEditor({ step, index, count, writtenIn, move }: StepEditorProps) {
  const lang = useLang()
  const text = STORY_BUILDER_TEXT[lang]
  const dataset = useDataset()
  const update = useMyStory((state) => state.update)
  const n = index + 1
  const heading = text.step(n, text.visuals[step.view.visual], formatDay(step.view.asOf, lang))
  const change = (field: 'takeaway' | 'notes', value: string) =>
    update((story) => replaceStep(story, index, { [field]: ownText(value) }))
  return (
    <li className="story-step" data-hidden={step.hidden}>
      <h4 lang={lang}>
        {heading}
        {step.hidden ? <span className="tag">{text.hidden}</span> : null}
      </h4>
      <p className="story-step__view" lang={lang}>
        {text.filters(oneLineFilterSummary(step.view.filters, dataset, lang))}
        {step.view.items.length > 0 ? ` · ${text.focus(step.view.items.join(', '))}` : ''}
      </p>
      <label className="story-builder__field">
        <span lang={lang}>{text.takeaway}</span>
        <input
          type="text"
          maxLength={160}
          value={step.takeaway[writtenIn] ?? ''}
          onChange={(event) => change('takeaway', event.target.value)}
        />
      </label>
      <label className="story-builder__field">
        <span lang={lang}>{text.notes}</span>
        <textarea
          rows={3}
          value={step.notes[writtenIn] ?? ''}
          onChange={(event) => change('notes', event.target.value)}
        />
      </label>
      <div className="story-step__buttons" lang={lang}>
        <button type="button" aria-label={text.up(n)} disabled={index === 0} onClick={() => move(index, -1)}>
          ↑ {text.upLabel}
        </button>
        <button type="button" aria-label={text.down(n)} disabled={index === count - 1} onClick={() => move(index, 1)}>
          ↓ {text.downLabel}
        </button>
        <button
          type="button"
          aria-label={step.hidden ? text.show(n) : text.hide(n)}
          aria-pressed={step.hidden}
          onClick={() => update((story) => replaceStep(story, index, { hidden: !step.hidden }))}
        >
          {step.hidden ? text.showLabel : text.hideLabel}
        </button>
        <button type="button" aria-label={text.remove(n)} onClick={() => update((story) => removeStep(story, index))}>
          {text.removeLabel}
        </button>
      </div>
    </li>
  )
}
