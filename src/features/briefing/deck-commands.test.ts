import { commandForKey, isKeyForDeck, targetSlide } from './deck-commands'

const press = (
  key: string,
  modifiers: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
})

describe('deck keys', () => {
  it.each([
    ['ArrowRight', {}, 'next'],
    ['ArrowDown', {}, 'next'],
    ['PageDown', {}, 'next'],
    [' ', {}, 'next'],
    [' ', { shiftKey: true }, 'previous'],
    ['ArrowLeft', {}, 'previous'],
    ['ArrowUp', {}, 'previous'],
    ['PageUp', {}, 'previous'],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
    ['f', {}, 'fullscreen'],
    ['F', { shiftKey: true }, 'fullscreen'],
    ['ArrowRight', { altKey: true }, null],
    ['f', { ctrlKey: true }, null],
    ['PageDown', { metaKey: true }, null],
    ['x', {}, null],
    ['Escape', {}, null],
  ] as const)('%j with %j runs %s', (key, modifiers, expected) => {
    expect(commandForKey(press(key, modifiers))).toBe(expected)
  })

  it.each([
    ['next', 1, 8, 2],
    ['next', 8, 8, null],
    ['previous', 1, 8, null],
    ['previous', 5, 8, 4],
    ['first', 5, 8, 1],
    ['first', 1, 8, null],
    ['last', 5, 8, 8],
    ['fullscreen', 5, 8, null],
  ] as const)('%s from slide %i of %i goes to %j', (command, current, count, expected) => {
    expect(targetSlide(command, current, count)).toBe(expected)
  })
})

describe('which keys reach the deck', () => {
  function element(html: string, selector: string): HTMLElement {
    document.body.innerHTML = html
    const found = document.body.querySelector<HTMLElement>(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  }

  it.each([
    ['<input type="range">', 'input', 'ArrowRight', false],
    ['<select><option>a</option></select>', 'select', 'ArrowDown', false],
    ['<button>Next</button>', 'button', ' ', false],
    ['<button>Next</button>', 'button', 'ArrowRight', true],
    ['<a href="#x">x</a>', 'a', ' ', true],
    ['<div role="button" tabindex="0">x</div>', 'div', ' ', false],
    ['<section tabindex="-1">slide</section>', 'section', ' ', true],
    ['<div role="dialog"><p tabindex="-1">x</p></div>', 'p', 'ArrowRight', false],
  ] as const)('%s gets %j for the deck: %s', (html, selector, key, expected) => {
    expect(isKeyForDeck(element(html, selector), key)).toBe(expected)
  })

  it('takes keys pressed with nothing focused', () => {
    expect(isKeyForDeck(document.body, 'PageDown')).toBe(true)
    expect(isKeyForDeck(null, 'PageDown')).toBe(true)
  })
})
