import { bustedUrl, failedModuleUrl, isCodeLoadError, retryableImport } from './retry-import'

const chromiumFailure = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`)

describe('failedModuleUrl', () => {
  it.each([
    [
      'Failed to fetch dynamically imported module: https://x.test/assets/board-panel-B1.js',
      'https://x.test/assets/board-panel-B1.js',
    ],
    [
      'error loading dynamically imported module: http://127.0.0.1:4173/assets/a.js',
      'http://127.0.0.1:4173/assets/a.js',
    ],
    ['Importing a module script failed.', null],
  ])('%s', (message, url) => {
    expect(failedModuleUrl(new TypeError(message))).toBe(url)
  })
})

describe('isCodeLoadError', () => {
  it('tells a failed download from a failure inside the code', () => {
    expect(isCodeLoadError(chromiumFailure('https://x.test/a.js'))).toBe(true)
    expect(isCodeLoadError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isCodeLoadError(new TypeError('Invalid URL'))).toBe(false)
    expect(isCodeLoadError('Failed to fetch dynamically imported module')).toBe(false)
  })
})

describe('retryableImport', () => {
  it('keeps a success, so the module is imported once', async () => {
    const importModule = vi.fn(() => Promise.resolve({ value: 1 }))
    const load = retryableImport(importModule)
    await load()
    await expect(load()).resolves.toEqual({ value: 1 })
    expect(importModule).toHaveBeenCalledTimes(1)
  })

  it('forgets a failure and asks again for the named file under a new address', async () => {
    const importModule = vi.fn(() => Promise.reject(chromiumFailure('https://x.test/assets/a.js')))
    const importUrl = vi.fn((url: string) => Promise.resolve({ url }))
    const load = retryableImport(importModule, importUrl)
    await expect(load()).rejects.toThrow(/a\.js/)
    await expect(load()).resolves.toEqual({ url: 'https://x.test/assets/a.js?retry=1' })
    expect(importModule).toHaveBeenCalledTimes(1)
  })

  it('imports again the ordinary way when the error named no file', async () => {
    const importModule = vi
      .fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValueOnce({ value: 2 })
    const load = retryableImport(importModule)
    await expect(load()).rejects.toThrow()
    await expect(load()).resolves.toEqual({ value: 2 })
  })
})

describe('bustedUrl', () => {
  it('keeps the address and replaces an earlier retry', () => {
    expect(bustedUrl('https://x.test/assets/a.js?retry=1', 2)).toBe('https://x.test/assets/a.js?retry=2')
  })
})
