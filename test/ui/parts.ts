import { beforeAll } from 'vitest';
import { LazyCards, LazyTimeline } from '../../src/ui/lazy-tab';
import { loadView } from '../../src/ui/shell';

/**
 * For tests of what the panel, its cards and its timeline show, not of their loading: fetch the
 * panel's view and the chunks of the cards and the timeline once before the file's tests, as a
 * page has them after its first open. (Their loading is tested in shell.test.tsx and
 * lazy-cards.test.tsx.) Call at the top level of a test file.
 */
export function cardsLoaded(): void {
  beforeAll(() => Promise.all([loadView(), LazyCards.preload(), LazyTimeline.preload()]));
}
