import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense, useState } from 'react'
import { retryableImport } from '../lib/retry-import'
import { PanelBoundary } from './panel-boundary'
import { retryableLazy } from './retryable-lazy'

function Greeting({ name }: { readonly name: string }) {
  return <p>Hello {name}</p>
}

it('draws the component once its code loads, after failed loads and a reset of the boundary', async () => {
  let online = false
  const importModule = vi.fn(() =>
    online ? Promise.resolve({ Greeting }) : Promise.reject(new TypeError('Importing a module script failed.')),
  )
  const load = retryableImport(importModule)
  const LazyGreeting = retryableLazy(() => load().then((module) => module.Greeting))

  render(
    <PanelBoundary
      name="Greeting"
      failedLabel="Failed"
      retryLabel="Retry"
      codeFailedLabel="No code"
      reloadLabel="Reload"
    >
      <Suspense fallback={<p>Loading</p>}>
        <LazyGreeting name="reader" />
      </Suspense>
    </PanelBoundary>,
  )
  const retry = await screen.findByRole('button', { name: 'Retry' })
  expect(screen.getByRole('alert')).toHaveTextContent('Failed: GreetingNo code')
  online = true
  await userEvent.click(retry)
  expect(await screen.findByText('Hello reader')).toBeInTheDocument()
})

it('renders at once, without suspending, once the code is in', async () => {
  const LazyGreeting = retryableLazy(() => Promise.resolve(Greeting))
  await LazyGreeting.preload()
  function Toggle() {
    const [shown] = useState(true)
    return shown ? <LazyGreeting name="again" /> : null
  }
  render(
    <Suspense fallback={<p>Loading</p>}>
      <Toggle />
    </Suspense>,
  )
  expect(screen.getByText('Hello again')).toBeInTheDocument()
})
