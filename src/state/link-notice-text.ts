// What a link's ignored settings are called in each interface language.
import type { Lang } from '../i18n/lang'
import type { IgnoredBecause, LinkNotice } from './view-codec'

const WHAT: Record<Lang, Record<'topic' | 'status' | 'actor' | 'outcome' | 'event' | 'kind', string>> = {
  en: { topic: 'topic', status: 'status', actor: 'actor', outcome: 'outcome', event: 'event', kind: 'kind of event' },
  ru: {
    topic: 'тема',
    status: 'статус',
    actor: 'участник',
    outcome: 'итог срока',
    event: 'событие',
    kind: 'вид события',
  },
}

const WHY: Record<Lang, (why: IgnoredBecause) => string> = {
  en: (why) => {
    switch (why.reason) {
      case 'unknown-setting':
        return 'unknown setting'
      case 'repeated':
        return 'repeated setting; the first one is used'
      case 'unknown-version':
        return 'unknown link version; read as the current one'
      case 'not-a-date':
        return 'expected a date as YYYY-MM-DD'
      case 'no-such-item':
        return 'no such roadmap or programme'
      case 'no-such-deadline':
        return 'no such deadline'
      case 'not-one-of':
        return `expected one of ${why.options.join(', ')}`
      case 'not-a-sort':
        return `expected one of ${why.options.join(', ')} (with - for descending)`
      case 'not-known':
        return `not a known ${WHAT.en[why.what]}`
      case 'date-out-of-range':
        return `expected a date from ${why.from.slice(0, 4)} to ${why.to.slice(0, 4)}`
      case 'not-a-slide':
        return `expected a slide number from 1 to ${why.max}`
      case 'not-a-story':
        return 'not a story this tracker wrote, or cut short; the default story is shown'
    }
  },
  ru: (why) => {
    switch (why.reason) {
      case 'unknown-setting':
        return 'неизвестный параметр'
      case 'repeated':
        return 'параметр повторён; использовано первое значение'
      case 'unknown-version':
        return 'неизвестная версия ссылки; прочитана как текущая'
      case 'not-a-date':
        return 'ожидалась дата в виде ГГГГ-ММ-ДД'
      case 'no-such-item':
        return 'такой дорожной карты или программы нет'
      case 'no-such-deadline':
        return 'такого срока нет'
      case 'not-one-of':
        return `ожидалось одно из значений: ${why.options.join(', ')}`
      case 'not-a-sort':
        return `ожидалось одно из значений: ${why.options.join(', ')} (с «-» для обратного порядка)`
      case 'not-known':
        return `неизвестное значение (${WHAT.ru[why.what]})`
      case 'date-out-of-range':
        return `ожидалась дата с ${why.from.slice(0, 4)} по ${why.to.slice(0, 4)} год`
      case 'not-a-slide':
        return `ожидался номер слайда от 1 до ${why.max}`
      case 'not-a-story':
        return 'это не история из этого трекера или ссылка обрезана; показана история по умолчанию'
    }
  },
}

const NOTICE: Record<Lang, (notice: LinkNotice) => string> = {
  en: (notice) => {
    switch (notice.kind) {
      case 'ignored':
        return `Ignored ${notice.key}=${notice.value}: ${WHY.en(notice.why)}`
      case 'shortened':
        return `Shortened ${notice.key}=${notice.value}: search text is limited to ${notice.limit} characters; the first ${notice.limit} are used`
      case 'more':
        return `…and ${notice.count} more ignored settings`
    }
  },
  ru: (notice) => {
    switch (notice.kind) {
      case 'ignored':
        return `Пропущено ${notice.key}=${notice.value}: ${WHY.ru(notice.why)}`
      case 'shortened':
        return `Сокращено ${notice.key}=${notice.value}: текст поиска не длиннее ${notice.limit} знаков; использованы первые ${notice.limit}`
      case 'more':
        return `…и ещё пропущено параметров: ${notice.count}`
    }
  },
}

export function describeLinkNotice(notice: LinkNotice, lang: Lang): string {
  return NOTICE[lang](notice)
}
