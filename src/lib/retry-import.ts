// Code that loads on first use (views, charts, exports, the validator) must recover when that load fails: a
// dropped connection, a blocked file, a deploy that replaced the file. A promise kept after it failed would fail
// forever, and a browser may keep a failed module by its address, so a retry asks for the file by a new address.

/** The address of the module a failed dynamic import names (Chromium, Firefox and Safari all put it in the message). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : ''
  return /(https?:\/\/\S+?\.m?js)\b/.exec(message)?.[1] ?? null
}

/** Whether an error is the browser failing to fetch code, rather than the code failing once it ran. */
export function isCodeLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : ''
  return /dynamically imported module|module script failed|error loading dynamically|Unable to preload/i.test(message)
}

/** The same module's address with a query the browser has not seen, so it is fetched again. */
export function bustedUrl(url: string, attempt: number): string {
  const next = new URL(url)
  next.searchParams.set('retry', String(attempt))
  return next.href
}

const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url)

/**
 * A dynamic import that can be tried again. Success is kept, so later calls resolve at once; a failure is
 * forgotten, and the next call imports again: from the address the error named, with a new `retry` query, or
 * (when it named none) by the bundler's own import.
 */
export function retryableImport<M>(importModule: () => Promise<M>, load = importUrl): () => Promise<M> {
  let pending: Promise<M> | null = null
  let failedUrl: string | null = null
  let attempts = 0
  const attempt = (): Promise<M> => {
    if (failedUrl === null) return importModule()
    attempts += 1
    // The file at the new address is the same build's same module, so it has the same exports.
    return load(bustedUrl(failedUrl, attempts)) as Promise<M>
  }
  return () => {
    pending ??= attempt().catch((error: unknown) => {
      pending = null
      failedUrl = failedModuleUrl(error) ?? failedUrl
      throw error
    })
    return pending
  }
}
