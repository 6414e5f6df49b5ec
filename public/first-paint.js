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

  // If a script file of the app fails to load, the loading line says so instead of promising data that will not
  // come. Load errors do not bubble, so the window hears them on their way down. The reader's copy is shown here
  // too, as the file that failed may be the stylesheet that would have shown it.
  window.addEventListener(
    'error',
    (event) => {
      if (!(event.target instanceof HTMLScriptElement || event.target instanceof HTMLLinkElement)) return
      for (const screen of document.querySelectorAll('#static-shell [data-code-failed]')) {
        const line = screen.querySelector('[role="status"]')
        if (line) line.textContent = screen.getAttribute('data-code-failed')
        if (screen.lang === root.lang) screen.hidden = false
      }
    },
    true,
  )
})()
