/**
 * The store's default bounds, in a module of their own: the always-loaded entry exports them
 * without the store (whose resolution rules would come with it).
 */

/** Distinct problems kept by default; beyond it the oldest resolved go first, then the oldest. */
export const MAX_PROBLEMS = 100;
/** Timeline entries kept by default (a ring buffer: the oldest are overwritten). */
export const MAX_TIMELINE_ENTRIES = 500;
