// The deck's commands, declared once: the buttons and the keyboard both run these.
export type DeckCommand = 'next' | 'previous' | 'first' | 'last' | 'fullscreen'

interface KeyPress {
  readonly key: string
  readonly shiftKey: boolean
  readonly ctrlKey: boolean
  readonly altKey: boolean
  readonly metaKey: boolean
}

/** The keys presenters and clickers send: arrows, Page Up/Down (most remotes), Space, Home/End, F. */
export function commandForKey(press: KeyPress): DeckCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next'
    case ' ':
      return press.shiftKey ? 'previous' : 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'f':
    case 'F':
      return 'fullscreen'
    default:
      return null
  }
}

/** The slide a command leads to, or null when it does not move (fullscreen, or already at the end). */
export function targetSlide(command: DeckCommand, current: number, count: number): number | null {
  const next = {
    next: Math.min(current + 1, count),
    previous: Math.max(current - 1, 1),
    first: 1,
    last: count,
    fullscreen: current,
  }[command]
  return next === current ? null : next
}

/**
 * Keys typed into a field belong to the field (the date slider uses arrows), keys in an open dialog to the
 * dialog; Space on a button presses it, so the deck must not also act on it.
 */
export function isKeyForDeck(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return true
  if (target.isContentEditable || target.closest('input, select, textarea, [role="slider"]')) return false
  if (target.closest('dialog, [role="dialog"]')) return false
  // Space presses a button but only scrolls on a link, so on a link (the Briefing tab just used) it is the deck's.
  if (key === ' ' && target.closest('button, summary, [role="button"]')) return false
  return true
}
