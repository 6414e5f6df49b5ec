// The files in data/, each bundled as text in a chunk of its own and loaded on first use.
export const bundledFiles = import.meta.glob<string>('../../data/*.json', { query: '?raw', import: 'default' })
