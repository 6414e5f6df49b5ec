// jsdom has no layout and no modal dialogs. Virtualised lists measure their scroll box and rows, and see nothing
// to render at 0 × 0; the item panel and the filter sheet open with showModal(). These stand-ins give every box
// a fixed size and open and close dialogs the way a browser does, close event included.
import { afterAll, beforeAll } from 'vitest'

interface Layout {
  /** The visible height of any scroll box (clientHeight). */
  readonly viewport: number
  /** The height of any element measured by a virtualiser (offsetHeight). */
  readonly row: number
}

export function withJsdomLayout({ viewport, row }: Layout = { viewport: 600, row: 60 }): void {
  const saved = new Map<string, PropertyDescriptor | undefined>()
  const stub = (target: object, key: string, descriptor: PropertyDescriptor) => {
    saved.set(key, Object.getOwnPropertyDescriptor(target, key))
    Object.defineProperty(target, key, { configurable: true, ...descriptor })
  }
  beforeAll(() => {
    stub(HTMLElement.prototype, 'clientHeight', { get: () => viewport })
    stub(HTMLElement.prototype, 'clientWidth', { get: () => 1024 })
    stub(HTMLElement.prototype, 'offsetHeight', { get: () => row })
    stub(HTMLDialogElement.prototype, 'showModal', {
      value(this: HTMLDialogElement) {
        this.setAttribute('open', '')
      },
    })
    stub(HTMLDialogElement.prototype, 'close', {
      value(this: HTMLDialogElement) {
        if (!this.hasAttribute('open')) return
        this.removeAttribute('open')
        this.dispatchEvent(new Event('close'))
      },
    })
  })
  afterAll(() => {
    const targets: Record<string, object> = {
      clientHeight: HTMLElement.prototype,
      clientWidth: HTMLElement.prototype,
      offsetHeight: HTMLElement.prototype,
      showModal: HTMLDialogElement.prototype,
      close: HTMLDialogElement.prototype,
    }
    for (const [key, descriptor] of saved) {
      const target = targets[key]
      if (!target) continue
      if (descriptor) Object.defineProperty(target, key, descriptor)
      else Reflect.deleteProperty(target, key)
    }
  })
}
