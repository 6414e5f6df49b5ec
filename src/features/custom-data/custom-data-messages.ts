// Interface text of the custom-dataset feature in English and Russian. Problems found in a file stay in English,
// like the messages of `npm run validate-data`, so they can be searched for and reported as they are.
import type { Lang } from '../../i18n/lang'
import { useLang } from '../../state/use-t'

const en = {
  open: 'Your own data',
  title: 'Your own dataset',
  intro:
    'Load a JSON file of the same shape as this tracker’s data and every view shows it instead of the bundled data. It is checked by the same rules and stays in this browser: nothing is uploaded, and links you copy still open the bundled data for others.',
  format:
    'The file is one JSON object with a key for each data file (sources.json, people.json, topics.json, roadmaps.json, programmes.json, targets.json, counts.json, events.json) holding that file’s contents. Download the current dataset to see the format or to start from it.',
  showingBundled: 'Now showing the bundled data, version',
  showingCustom: 'Now showing your dataset',
  choose: 'Choose a JSON file',
  dropHint: 'or drop it here, or anywhere on the page.',
  dropOverlay: 'Drop the JSON file to load it',
  checking: 'Checking',
  loaded: 'Loaded',
  replaces: 'It replaces the bundled data in every view until you revert.',
  kept: 'It is kept in this browser across reloads.',
  notKept: 'This browser would not store it, so it lasts only until the page is closed.',
  keptBefore: 'A reload brings back the dataset saved before:',
  codeFailed:
    'the code that checks a file could not be downloaded, so the file was not read. Check the connection and try again; if it still fails, reload the page.',
  retry: 'Try again',
  ignoredFields: 'Fields this tracker does not know were ignored (a typo, or a file for a newer version):',
  rejected: 'was not loaded',
  rejectedIntro: 'Nothing has changed. Every problem found, by file, record and field:',
  tooBig: 'larger than 20 MB, so it was not read',
  download: 'Download the current dataset (JSON)',
  downloaded: 'Downloaded',
  downloadFailed: 'The download failed',
  revert: 'Revert to bundled data',
  close: 'Close',
  banner: 'Custom data:',
  untilClosed: '(until this page is closed)',
  restored: 'Showing the bundled data again.',
  dismiss: 'Dismiss',
  savedBroken:
    'These problems are in the dataset you loaded from a file and saved in this browser, not in the bundled data:',
  roadmaps: 'roadmaps',
  programmes: 'programmes',
  sources: 'sources',
  events: 'events',
} as const

export type CustomDataText = Record<keyof typeof en, string>

const ru: CustomDataText = {
  open: 'Свои данные',
  title: 'Свой набор данных',
  intro:
    'Загрузите JSON-файл того же формата, что и данные трекера, и все разделы покажут его вместо встроенных данных. Он проверяется по тем же правилам и остаётся в этом браузере: ничего не отправляется, а скопированные ссылки у других откроют встроенные данные.',
  format:
    'Файл — один JSON-объект, где для каждого файла данных (sources.json, people.json, topics.json, roadmaps.json, programmes.json, targets.json, counts.json, events.json) есть ключ с его содержимым. Скачайте текущий набор, чтобы увидеть формат или начать с него.',
  showingBundled: 'Сейчас показаны встроенные данные, версия',
  showingCustom: 'Сейчас показан ваш набор',
  choose: 'Выбрать JSON-файл',
  dropHint: 'или перетащите его сюда или в любое место страницы.',
  dropOverlay: 'Отпустите JSON-файл, чтобы загрузить его',
  checking: 'Проверка',
  loaded: 'Загружен',
  replaces: 'Он заменяет встроенные данные во всех разделах, пока вы не вернёте их.',
  kept: 'Он сохранён в этом браузере и переживёт перезагрузку.',
  notKept: 'Браузер не дал его сохранить, поэтому он действует, только пока открыта страница.',
  keptBefore: 'После перезагрузки вернётся набор, сохранённый раньше:',
  codeFailed:
    'код проверки файла не загрузился, поэтому файл не прочитан. Проверьте соединение и повторите; если не выйдет, перезагрузите страницу.',
  retry: 'Повторить',
  ignoredFields: 'Поля, которых трекер не знает, пропущены (опечатка или файл для более новой версии):',
  rejected: 'не загружен',
  rejectedIntro: 'Ничего не изменилось. Все найденные проблемы по файлу, записи и полю:',
  tooBig: 'больше 20 МБ, поэтому не прочитан',
  download: 'Скачать текущий набор (JSON)',
  downloaded: 'Скачано',
  downloadFailed: 'Скачать не удалось',
  revert: 'Вернуть встроенные данные',
  close: 'Закрыть',
  banner: 'Свои данные:',
  untilClosed: '(пока открыта страница)',
  restored: 'Снова показаны встроенные данные.',
  dismiss: 'Закрыть',
  savedBroken:
    'Эти проблемы — в наборе, который вы загрузили из файла и сохранили в браузере, а не во встроенных данных:',
  roadmaps: 'дорожные карты',
  programmes: 'программы',
  sources: 'источники',
  events: 'события',
}

const CUSTOM_DATA_TEXT: Record<Lang, CustomDataText> = { en, ru }

export function useCustomDataText(): CustomDataText {
  return CUSTOM_DATA_TEXT[useLang()]
}
