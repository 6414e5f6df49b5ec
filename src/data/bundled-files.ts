// The files in data/, bundled as text and loaded on first use (the build puts them in one chunk: scripts/chunking.ts).
export const bundledFiles = import.meta.glob<string>('../../data/*.json', { query: '?raw', import: 'default' })
