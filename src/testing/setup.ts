import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { createElement, type ComponentProps } from 'react'
import { afterEach, vi } from 'vitest'
import type * as Recharts from 'recharts'

afterEach(cleanup)

// The views load lazily; on a busy 2-core machine their code can take over the default second to arrive. A longer
// wait for a visible state changes no assertion: it fails the same way once the time is up.
configure({ asyncUtilTimeout: 5000 })

// jsdom has no layout and no ResizeObserver, so recharts' ResponsiveContainer keeps a -1 × -1 size and draws
// nothing. In tests it gets a fixed size.
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof Recharts>()
  return {
    ...actual,
    ResponsiveContainer: (props: ComponentProps<typeof actual.ResponsiveContainer>) =>
      createElement(actual.ResponsiveContainer, { ...props, width: 800, height: 300 }),
  }
})

// jsdom has no layout, so no scrolling: scrolling to a search result or an active option does nothing in tests.
Element.prototype.scrollIntoView = function scrollIntoView() {}
