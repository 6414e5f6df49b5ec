/**
 * The element the "Skip to results" link moves focus to. It sits just before the first result (the table body, the
 * first column, the empty message), so that one Tab from it reaches the first row.
 */
export const BOARD_RESULTS_ID = 'board-results'
