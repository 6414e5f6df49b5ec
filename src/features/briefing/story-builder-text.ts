// The story builder's words in both interface languages.
import type { StepVisual } from '../../domain/story-mode'
import type { Lang } from '../../i18n/lang'

export interface StoryBuilderText {
  readonly heading: string
  readonly intro: string
  readonly kept: string
  readonly notKept: string
  readonly start: string
  readonly editCopy: string
  readonly editCopyReplaces: string
  readonly title: string
  readonly showAs: string
  readonly visuals: Readonly<Record<StepVisual, string>>
  readonly add: string
  readonly compareNeeded: string
  readonly empty: string
  readonly step: (n: number, visual: string, date: string) => string
  readonly hidden: string
  readonly takeaway: string
  readonly notes: string
  readonly up: (n: number) => string
  readonly down: (n: number) => string
  readonly hide: (n: number) => string
  readonly show: (n: number) => string
  readonly remove: (n: number) => string
  readonly upLabel: string
  readonly downLabel: string
  readonly hideLabel: string
  readonly showLabel: string
  readonly removeLabel: string
  readonly play: string
  readonly share: string
  readonly copied: string
  readonly copyFailed: string
  readonly tooLong: (length: number, limit: number) => string
  readonly writtenIn: (lang: string) => string
  readonly langName: Readonly<Record<Lang, string>>
  readonly filters: (summary: string) => string
  readonly focus: (ids: string) => string
  readonly defaultTitle: string
}

const en: StoryBuilderText = {
  heading: 'Your story',
  intro:
    'Set up a view (date, filters, a date to compare with, an open item), add it as a step, and write what it says. Your story is kept in this browser only; Share gives one link that opens it anywhere.',
  kept: 'Kept in this browser.',
  notKept: 'This browser did not keep the story (storage is full or blocked): it lasts until the page is closed.',
  start: 'Start a story with the current view',
  editCopy: 'Edit a copy of this story',
  editCopyReplaces: 'Edit a copy of this story (replaces yours)',
  title: 'Story title',
  showAs: 'Show the view as',
  visuals: {
    status: 'Status of the items',
    deadlines: 'Deadlines',
    changes: 'What changed since the compare date',
    disputed: 'A disputed item, both sides',
    progress: 'Reported progress',
  },
  add: 'Add current view as a step',
  compareNeeded: 'Choose a date to compare with in the date bar first: “what changed” needs an earlier date.',
  empty: 'No steps yet.',
  step: (n, visual, date) => `Step ${n}: ${visual}, ${date}`,
  hidden: 'hidden when played',
  takeaway: 'Takeaway (one line)',
  notes: 'Speaker notes',
  up: (n) => `Move step ${n} up`,
  down: (n) => `Move step ${n} down`,
  hide: (n) => `Hide step ${n} when playing`,
  show: (n) => `Show step ${n} when playing`,
  remove: (n) => `Delete step ${n}`,
  upLabel: 'Up',
  downLabel: 'Down',
  hideLabel: 'Hide',
  showLabel: 'Show',
  removeLabel: 'Delete',
  play: 'Play your story',
  share: 'Copy the link to your story',
  copied: 'Link copied.',
  copyFailed: 'Copy this link:',
  tooLong: (length, limit) =>
    `Too long for one link (${length} of ${limit} characters): shorten the notes or delete a step to share it.`,
  writtenIn: (lang) => `Written in ${lang}: your story keeps your words as you wrote them, in every language.`,
  langName: { en: 'English', ru: 'Russian' },
  filters: (summary) => `Shows: ${summary}`,
  focus: (ids) => `In focus: ${ids}`,
  defaultTitle: 'My story',
}

const ru: StoryBuilderText = {
  heading: 'Ваша история',
  intro:
    'Настройте вид (дату, фильтры, дату сравнения, открытый пункт), добавьте его шагом и напишите, что он показывает. История хранится только в этом браузере; кнопка ссылки даёт одну ссылку, которая открывает её где угодно.',
  kept: 'Сохранено в этом браузере.',
  notKept: 'Браузер не сохранил историю (хранилище заполнено или заблокировано): она останется до закрытия страницы.',
  start: 'Начать историю с текущего вида',
  editCopy: 'Редактировать копию этой истории',
  editCopyReplaces: 'Редактировать копию этой истории (заменит вашу)',
  title: 'Название истории',
  showAs: 'Показать вид как',
  visuals: {
    status: 'Статус пунктов',
    deadlines: 'Сроки',
    changes: 'Что изменилось с даты сравнения',
    disputed: 'Спорный пункт, позиции сторон',
    progress: 'Заявленный прогресс',
  },
  add: 'Добавить текущий вид шагом',
  compareNeeded: 'Сначала выберите дату сравнения на панели дат: для «что изменилось» нужна более ранняя дата.',
  empty: 'Шагов пока нет.',
  step: (n, visual, date) => `Шаг ${n}: ${visual}, ${date}`,
  hidden: 'скрыт при показе',
  takeaway: 'Главная мысль (одна строка)',
  notes: 'Заметки докладчика',
  up: (n) => `Переместить шаг ${n} выше`,
  down: (n) => `Переместить шаг ${n} ниже`,
  hide: (n) => `Скрыть шаг ${n} при показе`,
  show: (n) => `Показывать шаг ${n}`,
  remove: (n) => `Удалить шаг ${n}`,
  upLabel: 'Выше',
  downLabel: 'Ниже',
  hideLabel: 'Скрыть',
  showLabel: 'Показать',
  removeLabel: 'Удалить',
  play: 'Показать вашу историю',
  share: 'Скопировать ссылку на вашу историю',
  copied: 'Ссылка скопирована.',
  copyFailed: 'Скопируйте ссылку:',
  tooLong: (length, limit) =>
    `Слишком длинно для одной ссылки (${length} из ${limit} знаков): сократите заметки или удалите шаг.`,
  writtenIn: (lang) => `Язык автора: ${lang}. Ваш текст показывается так, как вы его написали, на любом языке.`,
  langName: { en: 'английский', ru: 'русский' },
  filters: (summary) => `Показано: ${summary}`,
  focus: (ids) => `В центре внимания: ${ids}`,
  defaultTitle: 'Моя история',
}

export const STORY_BUILDER_TEXT: Readonly<Record<Lang, StoryBuilderText>> = { en, ru }
