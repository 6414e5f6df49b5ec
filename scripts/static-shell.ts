// The loading screen as index.html carries it: the markup React's LoadingScreen renders, in each language, so the
// page's first paint needs no app script. app.css shows the language public/first-paint.js put on <html>.
import { MESSAGES } from '../src/i18n/messages.ts'

type Lang = keyof typeof MESSAGES

/** What src/app/loading-screen.tsx looks for, and removes once the app's first real screen commits. */
export const STATIC_SHELL_ID = 'static-shell'

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The markup React's LoadingScreen renders in this language. */
export function loadingScreenHtml(lang: Lang): string {
  const t = (key: 'app.title' | 'app.subtitle' | 'loading') => escapeText(MESSAGES[lang][key])
  return (
    '<div class="page" aria-busy="true"><header class="app-header"><div class="app-header__titles">' +
    `<h1 class="app-title">${t('app.title')}</h1><p class="app-subtitle">${t('app.subtitle')}</p>` +
    `</div></header><main class="skeleton" role="status">${t('loading')}</main></div>`
  )
}

/**
 * Each language's screen, carrying the line public/first-paint.js shows if the app's code fails to load.
 * Every copy is `hidden`, and app.css shows the one in <html>'s language: otherwise, until the stylesheet applies,
 * assistive technology meets every copy (two h1s, two loading lines). A script right after the shell that removed
 * the other copies would not help, as the parser holds it until the stylesheet in <head> has loaded. A reader
 * without CSS sees no loading screen, only the app once it draws; without scripts, only the noscript message.
 */
export function staticShellHtml(): string {
  const screens = (Object.keys(MESSAGES) as Lang[]).map((lang) => {
    const failed = escapeText(MESSAGES[lang]['app.codeFailed']).replace(/"/g, '&quot;')
    return `<div lang="${lang}" data-code-failed="${failed}" hidden>${loadingScreenHtml(lang)}</div>`
  })
  return `<div id="${STATIC_SHELL_ID}">${screens.join('')}</div>`
}
