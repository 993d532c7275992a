import { beforeAll } from 'vitest';
import { LazyCards, LazyTimeline } from '../../src/ui/lazy-tab';

/**
 * For tests of what the cards and the timeline show, not of their loading: fetch their chunks
 * once before the file's tests, as a page has them after its first open. (Their loading is
 * tested in lazy-tab.test.tsx.) Call at the top level of a test file.
 */
export function cardsLoaded(): void {
  beforeAll(() => Promise.all([LazyCards.preload(), LazyTimeline.preload()]));
}
