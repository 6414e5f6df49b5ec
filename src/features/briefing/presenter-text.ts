// The presenter window's and the PowerPoint download's words in both interface languages.
import type { Lang } from '../../i18n/lang'

const en = {
  open: 'Presenter view',
  openName: 'Open the presenter view in a new window',
  blocked: 'The browser blocked the new window. Allow pop-ups for this site, or open this link: ',
  heading: 'Presenter view',
  current: 'Now showing',
  next: 'Next',
  last: 'This is the last slide.',
  notes: 'Speaker notes',
  noNotes: 'No speaker notes for this slide.',
  timer: 'Time since start',
  pause: 'Pause timer',
  resume: 'Resume timer',
  reset: 'Reset timer',
  paused: 'paused',
  audience: 'The audience window follows this one; moving in either moves both.',
  pptx: 'PowerPoint (.pptx)',
  pptxName: 'Download the slides as PowerPoint (.pptx)',
  sourcesNote: 'Sources of this slide',
  noSources: 'This slide cites no source.',
} as const

export type PresenterTextKey = keyof typeof en

const ru: Record<PresenterTextKey, string> = {
  open: 'Режим докладчика',
  openName: 'Открыть режим докладчика в новом окне',
  blocked: 'Браузер не дал открыть новое окно. Разрешите всплывающие окна для этого сайта или откройте ссылку: ',
  heading: 'Режим докладчика',
  current: 'Сейчас на экране',
  next: 'Следующий',
  last: 'Это последний слайд.',
  notes: 'Заметки докладчика',
  noNotes: 'К этому слайду заметок нет.',
  timer: 'С начала выступления',
  pause: 'Остановить таймер',
  resume: 'Продолжить отсчёт',
  reset: 'Сбросить таймер',
  paused: 'на паузе',
  audience: 'Окно для зала следует за этим окном: переход в любом из них переключает оба.',
  pptx: 'PowerPoint (.pptx)',
  pptxName: 'Скачать слайды в формате PowerPoint (.pptx)',
  sourcesNote: 'Источники этого слайда',
  noSources: 'Этот слайд не ссылается на источники.',
}

const TEXT = { en, ru } as const

export type PresenterText = (key: PresenterTextKey, values?: Readonly<Record<string, string | number>>) => string

/** Text with `{name}` placeholders filled in. */
export function presenterText(lang: Lang): PresenterText {
  return (key, values = {}) =>
    TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
}
