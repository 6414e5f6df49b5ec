// The files in data/, bundled as text and loaded on first use (the build puts them in one chunk: scripts/chunking.ts).
// datapackage.json describes the files rather than being one; only the "Download all data" zip reads it.
export const bundledFiles = import.meta.glob<string>(['../../data/*.json', '!../../data/datapackage.json'], {
  query: '?raw',
  import: 'default',
})
