// What the benchmark runs inside the page. Each function is sent to the browser as its source text, so each is
// self-contained: no imports, no closures over this module.

/**
 * Runs before the app's own code on every navigation: notes when the first meaningful screen of the view in the
 * address (`selectors[view]`, present and laid out) reaches the screen, in ms since navigation start.
 * The view's own selector matters: before the app reads the address it renders the default view for a moment.
 */
export function watchFirstScreen(selectors) {
  const view = new URLSearchParams(window.location.search).get('view') ?? 'overview'
  const selector = selectors[view]
  if (!selector) return
  const found = () => {
    const element = document.querySelector(selector)
    return element !== null && element.getBoundingClientRect().height > 0
  }
  const record = () => {
    // The rAF callback runs in the frame that paints the element; the task after it runs once that frame is done.
    requestAnimationFrame(() => setTimeout(() => (window.__benchFirstScreen = performance.now())))
  }
  const observer = new MutationObserver(() => {
    if (!found()) return
    observer.disconnect()
    record()
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}

/**
 * Installs window.__bench: time one kind of interaction `runs` times and return the durations in ms.
 *
 * A duration runs from just before the input event is dispatched until React has committed everything the input
 * causes (the board's deferred render included: nothing on the page is aria-busy) and style and layout are done,
 * which is the main-thread work standing between the input and the next frame. Waiting for the frame itself
 * would add up to 16.7 ms of vsync alignment that says nothing about the app. Not included: work the browser
 * starts in the next frame, such as the board's virtualiser re-measuring rows whose height changed.
 */
export function installBench() {
  const channel = new MessageChannel()
  const waiting = []
  channel.port1.onmessage = () => waiting.shift()?.()
  /** The next task: lets React's scheduler run without waiting for a frame. */
  const nextTask = () =>
    new Promise((resolve) => {
      waiting.push(resolve)
      channel.port2.postMessage(null)
    })
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  /** Two frames and a breath between runs, so one run's paint and effects do not land in the next. */
  const settle = async () => {
    await frame()
    await frame()
    await pause(40)
  }
  const isBusy = () => document.querySelector('[aria-busy="true"]') !== null
  const text = (selector) => document.querySelector(selector)?.textContent ?? ''

  /** One run: the total, and when the first commit (the input's own echo) and the last one were done. */
  async function timeOne(act, isDone) {
    await settle()
    const start = performance.now()
    act()
    await nextTask()
    const first = performance.now() - start
    while (isBusy() || !isDone()) {
      await nextTask()
      if (performance.now() - start > 15_000) throw new Error('the screen did not settle within 15 s')
    }
    const committed = performance.now() - start
    // Reading layout makes the browser finish style and layout now, inside the measured time.
    document.body.getBoundingClientRect()
    return { total: performance.now() - start, first, committed }
  }

  /** Sets a React-controlled input's value the way typing does, so React sees an input event. */
  function typeInto(input, value) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
    setter?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }

  const must = (element, what) => {
    if (!element) throw new Error(`bench: ${what} not found on the page`)
    return element
  }

  /** A topic whose filter narrows the list (neither none nor all of the shown items), so each toggle redraws it. */
  function narrowingTopic() {
    const boxes = [...document.querySelectorAll('.board__filters fieldset')][0]?.querySelectorAll('input')
    const shown = Number(
      text('.board-results__count')
        .match(/^[\d\s,.\u00a0\u202f]+/)?.[0]
        .replace(/\D/g, '') ?? 0,
    )
    const counted = [...(boxes ?? [])].map((box) => ({
      box,
      count: Number(
        box
          .getAttribute('aria-label')
          ?.match(/([\d\s,.\u00a0\u202f]+) result/)?.[1]
          .replace(/\D/g, ''),
      ),
    }))
    return must(counted.find(({ count }) => count > 0 && count < shown)?.box, 'a topic filter that narrows the board')
  }

  const interactions = {
    /** Tick a topic on the board's filter panel, then untick it. */
    topic() {
      const box = narrowingTopic()
      return { act: () => box.click(), isDone: () => true }
    },
    /** One keystroke in the header's search box (the board filters by it): "o", "oi", "oil", then back, one character at a time. */
    search() {
      const input = must(document.querySelector('.global-search input'), 'the search box')
      const steps = ['o', 'oi', 'oil', 'oi', 'o', '']
      let index = 0
      return {
        act: () => typeInto(input, steps[index++ % steps.length]),
        isDone: () => true,
      }
    },
    /** Pick one key date, then another, from the date bar's presets. */
    asOf() {
      const presets = [...document.querySelectorAll('.as-of-bar__presets button')]
      const dates = [must(presets[1], 'a key-date button'), must(presets.at(-2), 'a later key-date button')]
      let index = 0
      let before = ''
      return {
        act: () => {
          before = text('main')
          dates[index++ % 2].click()
        },
        isDone: () => text('main') !== before,
      }
    },
    /** Choose a comparison date in the date bar, then another; the charts' "what changed" section follows. */
    compare() {
      const input = must(document.querySelectorAll('.as-of-bar input[type="date"]')[1], 'the compare date input')
      const dates = ['2019-12-08', '2021-11-04']
      let index = 0
      let before = ''
      return {
        act: () => {
          before = text('#changes-heading')
          typeInto(input, dates[index++ % 2])
        },
        isDone: () => text('#changes-heading') !== before,
      }
    },
  }

  window.__bench = {
    async measure(kind, runs, warmup) {
      const { act, isDone } = interactions[kind]()
      const times = []
      for (let run = 0; run < warmup + runs; run++) {
        const time = await timeOne(act, isDone)
        if (run >= warmup) times.push(time)
      }
      return times
    },
    /**
     * A fixed amount of plain JavaScript work (seeded numbers, sorted and summed), timed in this browser: a
     * yardstick for this machine at this moment, against which the app's times are also given as ratios.
     */
    calibrate() {
      let seed = 2019
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
      const best = []
      for (let round = 0; round < 5; round++) {
        const start = performance.now()
        const values = Array.from({ length: 200_000 }, () => ({ key: random().toString(36), value: random() }))
        values.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        let sum = 0
        for (const entry of values) sum += entry.value
        best.push(performance.now() - start + (sum > 0 ? 0 : 1))
      }
      return Math.min(...best)
    },
  }
}
