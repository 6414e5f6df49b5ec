// The methodology page in English and Russian. Status and outcome descriptions in English live with their
// vocabulary (STATUS_META, OUTCOME_META); their Russian versions are here.
import type { Lang } from '../../i18n/lang'

export interface MethodologyText {
  readonly heading: string
  readonly intro: string
  readonly unknownHeading: string
  readonly unknown: readonly string[]
  readonly countsHeading: string
  readonly counts: readonly string[]
  readonly statusesHeading: string
  readonly outcomesHeading: string
  readonly outcomesNote: string
  readonly timeHeading: string
  readonly time: readonly string[]
  readonly languagesHeading: string
  readonly languages: readonly string[]
  readonly citeHeading: string
  readonly cite: string
  readonly citeExample: string
  readonly citeFiles: string
  readonly openDataHeading: string
  readonly licence: string
  readonly licenceLink: string
  readonly download: string
  readonly downloadGroup: string
  readonly downloadLabel: string
  readonly downloadName: string
  readonly feed: string
  readonly feedLink: string
  readonly changelogHeading: string
  readonly changelogIntro: string
  readonly version: string
  readonly factsAsOf: string
  readonly records: (counts: {
    roadmaps: string
    programmes: string
    targets: string
    counts: string
    events: string
    sources: string
  }) => string
  readonly sourcesHeading: (count: string) => string
  readonly columns: {
    readonly id: string
    readonly publisher: string
    readonly title: string
    readonly date: string
    readonly link: string
  }
  readonly seed: string
  /** Russian descriptions; null: use the vocabulary's English one. */
}

const en: MethodologyText = {
  heading: 'Sources and methodology',
  intro:
    'Every fact in this tracker is a claim made by a named person or outlet on a date, with the sources that report it. Where reports disagree, each claim is kept with its source; nothing is averaged or silently picked. Dates known only to the month or year are shown that way; dates inferred from an article’s content carry a “~”, and inferred values are labelled as such.',
  unknownHeading: 'What is not known',
  unknown: [
    'The official list of the 31 roadmaps of 2019 was never published. Roadmaps that reporting names are shown with those names; the rest are marked “title not public”. The numbering (RM01–RM30) is this tracker’s own; only item 31 (supranational bodies) is numbered in reporting.',
    'The Russian government published the 28 union programmes on 10 September 2021, but no copy of that list was found. Programmes identified individually carry their reported titles; the others are “title not public”.',
    'How the 31 roadmaps map onto the 28 programmes was not documented; any link shown is marked inferred.',
    'The kind of each timeline event (talks, signing, statement, publication, appointment or other) is this tracker’s classification, read from the event’s own sourced title and summary; the sources do not label events so.',
    'From late November 2019 most reporting gives only totals (“8 of 31 open”). Items whose own status was not reported are shown as “unattributed” rather than given a status no source gives them.',
  ],
  countsHeading: 'How counts are sourced',
  counts: [
    'Headline figures (“11 of 31 open”, “28 programmes agreed”, “40% of measures done”) are reported counts: each is one claim, by the person or outlet that made it, on the day it was made, with its sources. The tracker never replaces them with a count of its own.',
    'Status tallies on the board, the charts and the briefing count the items shown by the status each had on the chosen date; each item’s status is itself a sourced report. Because most item statuses stop being reported after November 2019, these tallies and the reported totals can differ; both are shown, neither corrects the other.',
    'When reports of the same figure disagree (20, 23, 28 or 30 of 31 agreed in December 2019), every claim is listed with its source.',
  ],
  statusesHeading: 'Statuses',
  outcomesHeading: 'Deadline outcomes',
  outcomesNote:
    'A “missed”, “late”, “partly met” or “unknown” outcome reported only to the month or year counts from the day after the due date: a deadline cannot be missed before it falls due.',
  languagesHeading: 'Two languages',
  languages: [
    'Every text in the data is kept in English and in Russian. Most sources are in Russian or Belarusian; where a text was not written in a language by its source, that version is this tracker’s translation.',
    'Quotes keep their original wording. In Russian the words appear as they were said or printed; in English the translation is marked as one, with the original beside it. A quote whose original wording could not be found is not quoted in Russian but paraphrased. A source’s title is given as published, with a rendering in the other language in brackets; publications keep their own names.',
  ],
  timeHeading: 'What was known on a date',
  time: [
    'The tracker opens on the date of the latest fact in its data, not on today. Any date can be chosen; a date after the latest fact says that the data holds nothing later.',
    'On a chosen date nothing dated after it is shown as known: no status, count, outcome, quote, person or filter option. A source published after the date is not cited there; the record says how many such later sources there are.',
    'A fact or a source dated only to a month or a year counts as known from the last day of that month or year: it may come from any day of it, so before then it is not known to have happened.',
    'A deadline past its due date, or past the date it was moved to, with no result reported is overdue, with the days since it fell due; it is never shown as pending. Each deadline’s outcome chain (missed, moved, superseded, met late…) lists every dated report up to the date, each with its sources. The latest decisive report gives the state: a later report that work goes on does not undo a miss.',
    'Deadlines that bind a whole programme (sign the package, agree all roadmaps) are shown once, above the board and in the charts, not on every item; the outcome filter uses each item’s own deadlines.',
  ],
  citeHeading: 'How to cite this dashboard',
  cite: 'Cite the view you used: its link reopens the same data, filters and date (use “Copy link” in the header). Give the dataset version and the date the statuses are shown for, as in this example for the overview:',
  citeExample: 'Example',
  citeFiles:
    'Exported files and images carry the same citation: CSV files as “#” lines above the table, JSON files in a “citation” object, chart images in the stamp under the chart, and printed briefings on the title page.',
  openDataHeading: 'Reuse the data',
  licence:
    'The dataset — the data files and everything this app exports — is licensed under Creative Commons Attribution 4.0 (CC BY 4.0): you may copy, adapt and share it for any purpose, crediting the tracker as above. Quotes and source titles belong to their publishers and are used here as short citations. The app’s code is under the MIT licence.',
  licenceLink: 'The CC BY 4.0 licence',
  download:
    'One zip holds the whole dataset: the JSON files with their JSON Schemas, a CSV table for each kind of record (items and their status histories, deadlines and outcomes, counts, events, sources, people) with English and Russian columns, a data package (datapackage.json) describing every file, and the citation file (CITATION.cff).',
  downloadGroup: 'Whole dataset',
  downloadLabel: 'Download all data',
  downloadName: 'Download all data as a zip: JSON, CSV tables, data package and citation',
  feed: 'To hear when a new version of the data is out, follow the feed in any feed reader:',
  feedLink: 'dataset versions (Atom feed)',
  changelogHeading: 'Dataset versions',
  changelogIntro: 'Each release of the data, newest first. The version is printed in every export and citation.',
  version: 'Version',
  factsAsOf: 'as of',
  records: (c) =>
    `${c.roadmaps} roadmaps, ${c.programmes} programmes, ${c.targets} deadlines, ${c.counts} reported counts, ${c.events} events, ${c.sources} sources.`,
  sourcesHeading: (count) => `Sources (${count})`,
  columns: { id: 'Id', publisher: 'Publisher', title: 'Title', date: 'Date', link: 'Link' },
  seed: 'Seed article',
}

const ru: MethodologyText = {
  heading: 'Источники и методика',
  intro:
    'Каждый факт в трекере — это заявление названного человека или издания в определённый день вместе с источниками, которые о нём сообщают. Если сообщения расходятся, каждое сохраняется со своим источником; ничего не усредняется и не выбирается молча. Даты, известные только с точностью до месяца или года, так и показаны; даты, выведенные из содержания статьи, отмечены знаком «~», а выведенные значения помечены как вывод.',
  unknownHeading: 'Что неизвестно',
  unknown: [
    'Официальный перечень 31 дорожной карты 2019 года так и не был опубликован. Карты, названные в сообщениях, показаны под этими названиями; остальные отмечены «название не опубликовано». Номера RM01–RM30 присвоены трекером; в сообщениях пронумерован только пункт 31 (наднациональные органы).',
    'Правительство России опубликовало 28 союзных программ 10 сентября 2021 года, но копия этого перечня не найдена. Программы, которые удалось установить по отдельным сообщениям, показаны под названиями из этих сообщений; остальные — «название не опубликовано».',
    'Как 31 дорожная карта соотносится с 28 программами, не задокументировано; любая показанная связь помечена как вывод.',
    'Вид каждого события хронологии (переговоры, подписание, заявление, публикация, назначение или иное) — классификация этого трекера по заголовку и описанию самого события со ссылками на источники; сами источники так события не размечают.',
    'С конца ноября 2019 года в большинстве сообщений приводятся только итоги («8 из 31 не согласованы»). Пункты, о собственном статусе которых не сообщалось, показаны как «нет данных по пункту», а не со статусом, которого не даёт ни один источник.',
  ],
  countsHeading: 'Откуда берутся цифры',
  counts: [
    'Главные цифры («11 из 31 не согласованы», «28 программ согласовано», «40% мероприятий выполнено») — это заявленные итоги: каждая — одно заявление того, кто его сделал, в тот день, когда оно прозвучало, с источниками. Трекер никогда не заменяет их собственным подсчётом.',
    'При подсчёте статусов на доске, в графиках и на брифинге показанные пункты учитываются по статусу на выбранную дату; статус каждого пункта — тоже сообщение с источником. Поскольку после ноября 2019 года статусы отдельных пунктов почти не сообщаются, такой подсчёт и заявленные итоги могут расходиться; показаны оба, и ни один не исправляет другой.',
    'Если сообщения об одной и той же цифре расходятся (в декабре 2019 года согласовано 20, 23, 28 или 30 из 31), приводится каждое заявление со своим источником.',
  ],
  statusesHeading: 'Статусы',
  outcomesHeading: 'Итоги сроков',
  outcomesNote:
    'Итог «сорвано», «с опозданием», «частично» или «неизвестно», известный лишь с точностью до месяца или года, отсчитывается со дня после срока: срок нельзя сорвать до того, как он наступил.',
  languagesHeading: 'Два языка',
  languages: [
    'Каждый текст в данных хранится на английском и на русском языках. Большинство источников — на русском или белорусском; если источник не писал текст на каком-то из языков, эта версия — перевод трекера.',
    'Цитаты сохраняют исходную формулировку. По-русски слова приводятся так, как их произнесли или напечатали; в английской версии перевод помечен как перевод, рядом дан оригинал. Если исходную формулировку найти не удалось, по-русски цитата не приводится, а пересказывается. Заголовок источника дан так, как он опубликован, с переводом на другой язык в квадратных скобках; издания сохраняют свои названия.',
  ],
  timeHeading: 'Что было известно на дату',
  time: [
    'Трекер открывается на дате последнего факта в данных, а не на сегодняшней. Можно выбрать любую дату; для даты позже последнего факта указывается, что более поздних данных нет.',
    'На выбранную дату ничто датированное позже не показывается как известное: ни статус, ни цифра, ни итог, ни цитата, ни человек, ни вариант фильтра. Источники, опубликованные после этой даты, не приводятся; указано лишь, сколько их.',
    'Факт или источник, датированный лишь месяцем или годом, считается известным с последнего дня этого месяца или года: он может относиться к любому его дню, поэтому раньше нельзя утверждать, что он уже был.',
    'Если срок (или дата, на которую его перенесли) прошёл, а о результате не сообщалось, срок считается просроченным и показывается с числом дней просрочки, но никогда — как «в процессе». Цепочка итогов каждого срока (сорван, перенесён, заменён, выполнен с опозданием…) перечисляет все датированные сообщения до выбранной даты, каждое со своими источниками. Состояние срока даёт последнее решающее сообщение: более позднее сообщение о том, что работа идёт, не отменяет срыва.',
    'Сроки, касающиеся всей программы (подписать пакет, согласовать все карты), показаны один раз — над доской и в графиках, а не у каждого пункта; фильтр по итогу учитывает собственные сроки пункта.',
  ],
  citeHeading: 'Как ссылаться на трекер',
  cite: 'Ссылайтесь на тот вид, которым пользовались: его ссылка открывает те же данные, фильтры и дату (кнопка «Копировать ссылку» в шапке). Укажите версию данных и дату, на которую показаны статусы, как в этом примере для обзора:',
  citeExample: 'Пример',
  citeFiles:
    'Выгруженные файлы и изображения несут ту же ссылку: в CSV — строками «#» над таблицей, в JSON — объектом «citation», на изображениях графиков — подписью под графиком, в распечатанном брифинге — на титульной странице.',
  openDataHeading: 'Повторное использование данных',
  licence:
    'Набор данных — файлы данных и всё, что выгружает это приложение, — распространяется по лицензии Creative Commons «Атрибуция» 4.0 (CC BY 4.0): его можно копировать, изменять и распространять для любых целей, ссылаясь на трекер, как указано выше. Цитаты и названия источников принадлежат их издателям и приводятся как краткие цитаты. Код приложения распространяется по лицензии MIT.',
  licenceLink: 'Текст лицензии CC BY 4.0',
  download:
    'Один zip-архив содержит весь набор данных: файлы JSON с их JSON-схемами, таблицу CSV для каждого вида записей (пункты и история их статусов, сроки и их итоги, заявленные итоги, события, источники, люди) со столбцами на английском и русском, пакет данных (datapackage.json) с описанием каждого файла и файл цитирования (CITATION.cff).',
  downloadGroup: 'Весь набор данных',
  downloadLabel: 'Скачать все данные',
  downloadName: 'Скачать все данные zip-архивом: JSON, таблицы CSV, пакет данных и цитирование',
  feed: 'Чтобы узнавать о новых версиях данных, подпишитесь на ленту в любой программе для чтения лент:',
  feedLink: 'версии данных (лента Atom)',
  changelogHeading: 'Версии данных',
  changelogIntro: 'Каждый выпуск данных, начиная с последнего. Версия указывается в каждой выгрузке и ссылке.',
  version: 'Версия',
  factsAsOf: 'данные на',
  records: (c) =>
    `Дорожных карт: ${c.roadmaps}, программ: ${c.programmes}, сроков: ${c.targets}, заявленных итогов: ${c.counts}, событий: ${c.events}, источников: ${c.sources}.`,
  sourcesHeading: (count) => `Источники (${count})`,
  columns: { id: 'Код', publisher: 'Издание', title: 'Заголовок', date: 'Дата', link: 'Ссылка' },
  seed: 'Исходная статья',
}

export const METHODOLOGY_TEXT: Record<Lang, MethodologyText> = { en, ru }
