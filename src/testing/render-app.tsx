// Renders the whole app as a user meets it: a fresh query client seeded with a dataset (the small fixture
// unless a test passes its own), a view store reset to the defaults, and the address bar set to `url`.
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../app/app'
import { Providers } from '../app/providers'
import { datasetQueryOptions } from '../data/dataset-query'
import type { Dataset } from '../domain/types'
import { createQueryClient } from '../lib/query-client'
import { initialView } from '../state/view'
import { useViewStore } from '../state/view-store'
import { fixtureDataset } from './fixture-data'

export function renderApp({ url = '/', dataset = fixtureDataset() }: { url?: string; dataset?: Dataset } = {}) {
  window.history.replaceState(null, '', url)
  useViewStore.setState(initialView)
  const client = createQueryClient()
  client.setQueryData(datasetQueryOptions.queryKey, dataset)
  const user = userEvent.setup()
  const utils = render(
    <Providers client={client}>
      <App />
    </Providers>,
  )
  return { ...utils, user, client }
}
