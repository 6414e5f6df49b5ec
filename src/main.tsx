import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { Providers } from './app/providers'
import { registerServiceWorker } from './app/service-worker'
import { applyLinkBeforeData } from './app/url-sync'
import { createQueryClient } from './lib/query-client'
import './app/app.css'
import './app/print.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
applyLinkBeforeData()
createRoot(root).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <App />
    </Providers>
  </StrictMode>,
)
// Without a service worker (an old browser, or a failed download of its code) the app simply works online only.
registerServiceWorker().catch(() => undefined)
