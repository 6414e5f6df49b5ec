// Runs in <head> before the page is first drawn: puts the link's language and the link's (else the saved) theme on
// <html>, so the loading screen written into index.html shows in the reader's language and colours before the app's
// code has arrived. The app then applies the same choices through its URL codec; first-paint.test.ts keeps the two
// in step. A classic script, not a module, because only a blocking script runs before the first paint.
;(() => {
  const THEMES = ['system', 'light', 'dark', 'contrast']
  const params = new URLSearchParams(window.location.search)
  let stored = null
  try {
    stored = window.localStorage.getItem('union-state-roadmap-tracker:theme')
  } catch {
    // Storage blocked: the link or the system decides.
  }
  const linked = params.get('theme')
  const root = document.documentElement
  root.lang = params.get('lang') === 'ru' ? 'ru' : 'en'
  root.dataset.theme = THEMES.includes(linked) ? linked : THEMES.includes(stored) ? stored : 'system'
})()
