// Download names that sort by date and say what they hold: "roadmap-tracker_board_roadmaps_2019-12-01.csv".

/** Letters and digits of any script survive; everything else becomes a single hyphen. */
export function slugify(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}

export function exportFileName(parts: readonly string[], extension: string): string {
  const slugs = ['roadmap-tracker', ...parts.map(slugify)].filter((part) => part !== '')
  return `${slugs.join('_')}.${extension}`
}
