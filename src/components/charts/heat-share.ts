/**
 * How much of its status colour a cell shows over the background, 0–1: never nothing for a non-empty cell, so one
 * item still shows, and at most half, so the number on it stays readable. The page's table and the exported
 * drawing shade alike.
 */
export function heatShare(count: number, max: number): number {
  return max === 0 ? 0 : (12 + Math.round((count / max) * 38)) / 100
}
