// The flag is read once, when the app starts; each case loads the store afresh after setting localStorage.
const FLAG_KEY = 'union-state-roadmap-tracker:custom-data'

async function freshStore() {
  vi.resetModules()
  const { useDataSource } = await import('./custom-data-store')
  return useDataSource
}

afterEach(() => window.localStorage.clear())

describe('the custom-data flag', () => {
  it.each([
    ['nothing stored', null],
    ['garbled JSON', '{"name":'],
    ['a name that is not text', '{"name": 42}'],
    ['a JSON null', 'null'],
  ])('shows the bundled data when it finds %s', async (_, stored) => {
    if (stored !== null) window.localStorage.setItem(FLAG_KEY, stored)
    expect((await freshStore()).getState().source).toEqual({ kind: 'bundled' })
  })

  it('starts with the saved dataset after a reload', async () => {
    window.localStorage.setItem(FLAG_KEY, JSON.stringify({ name: 'mine.json' }))
    expect((await freshStore()).getState().source).toEqual({ kind: 'custom', name: 'mine.json', kept: true })
  })

  it('remembers only a dataset that was kept, and forgets it on revert', async () => {
    const store = await freshStore()
    store.getState().showCustom('session-only.json', false)
    expect(window.localStorage.getItem(FLAG_KEY)).toBeNull()
    store.getState().showCustom('kept.json', true)
    expect((await freshStore()).getState().source).toEqual({ kind: 'custom', name: 'kept.json', kept: true })
    store.getState().showBundled()
    expect((await freshStore()).getState().source).toEqual({ kind: 'bundled' })
  })

  it('says a dataset is not kept when the browser refuses the flag, and keeps the flag from before', async () => {
    window.localStorage.setItem(FLAG_KEY, JSON.stringify({ name: 'earlier.json' }))
    const store = await freshStore()
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(store.getState().showCustom('new.json', true)).toBe(false)
    refuse.mockRestore()
    expect(store.getState().source).toEqual({ kind: 'custom', name: 'new.json', kept: false })
    expect((await freshStore()).getState().source).toEqual({ kind: 'custom', name: 'earlier.json', kept: true })
  })
})
