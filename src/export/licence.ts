// The dataset's licence, for every place that states it: export citations, the data package, the citation file,
// the feed and the methodology page. The code is under MIT (LICENSE). Kept free of imports: the build reads it too.
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const
