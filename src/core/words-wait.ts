/**
 * Problems whose words are not loaded yet wait here: the engine explains an error, sees which
 * parts of the language its explanation read while they were not loaded (`takeWanted`), and holds
 * the error while they load; then it records it, with its original time, so a problem is shown
 * (and told to `onProblem`) once it can be said. Later errors wait behind it, in order. Equal
 * errors fold into one occurrence; the wait is bounded, and a part that cannot load is not waited
 * for again (its problems show with the words there are).
 */
import { allWords, loadParts } from '../lang/registry.js';
import type { PartId } from '../lang/types.js';
import { text } from './guard.js';
import type { Occurrence } from './recorder.js';
import type { Lang, ProblemSource } from './types.js';
import type { WarnOnce } from './warn.js';

/** At most this many distinct problems wait; beyond, a problem is shown at once. */
export const MAX_WAITING = 100;

/** What the engine records once the words are there. */
export interface Waiting {
  readonly error: unknown;
  readonly source: ProblemSource;
  readonly operation: string | undefined;
  readonly event: string;
  readonly occurrence: Occurrence;
}

/** What the wait needs from the engine. */
export interface WaitHub {
  lang(): Lang;
  now(): number;
  warnOnce: WarnOnce;
  isGone(): boolean;
  /** The words were loaded (or could not be): record these, in order. */
  release(waiting: readonly Waiting[]): void;
}

/** The wait of one engine. */
export interface WordsWait {
  /**
   * Hold this error when `missing` (parts its explanation read while not loaded) can load, or
   * when others wait before it; `keyOf()` folds equal ones (their fingerprint). True when held.
   */
  hold(
    item: Omit<Waiting, 'occurrence'> & { readonly occurrence?: Occurrence },
    keyOf: () => string,
    missing: readonly PartId[],
  ): boolean;
}

/** Make the wait of one engine. */
export function createWordsWait(hub: WaitHub): WordsWait {
  // The single-file build has every word up front: nothing ever waits.
  if (allWords()) {
    return { hold: () => false };
  }
  const held = new Map<string, Waiting>();
  // The same error object twice is one occurrence.
  const objects = new WeakSet<object>();
  // Parts that failed to load (`lang part`): not waited for again.
  const failed = new Set<string>();
  let loading = 0;

  function fetch(lang: Lang, parts: readonly PartId[]): void {
    loading++;
    loadParts(lang, parts)
      .catch((error: unknown) => {
        for (const part of parts) failed.add(`${lang} ${part}`);
        hub.warnOnce(
          'words',
          `some ${lang} words could not load (${text(error)}); problems show with the words there are.`,
        );
      })
      .then(() => {
        if (--loading) return;
        const waiting = [...held.values()];
        held.clear();
        if (!hub.isGone()) hub.release(waiting);
      });
  }

  return {
    hold({ occurrence, ...item }, keyOf, missing) {
      // The common case, every error of a storm: nothing missing, nothing waiting.
      if (!missing.length && !held.size) return false;
      const lang = hub.lang();
      const key = keyOf();
      const load = missing.filter((part) => !failed.has(`${lang} ${part}`));
      if (!load.length && !held.size) return false;
      const same = held.get(key);
      if (!same && held.size >= MAX_WAITING) return false;
      if (load.length) fetch(lang, load);
      const now = hub.now();
      const { count = 1, firstAt = now, lastAt = firstAt } = occurrence ?? {};
      const error = item.error;
      const again = typeof error === 'object' && error !== null && objects.has(error);
      if (typeof error === 'object' && error !== null) objects.add(error);
      if (!same) held.set(key, { ...item, occurrence: { count, firstAt, lastAt } });
      else if (!again) {
        const was = same.occurrence;
        held.set(key, {
          ...same,
          occurrence: {
            count: was.count + count,
            firstAt: Math.min(was.firstAt, firstAt),
            lastAt: Math.max(was.lastAt, lastAt),
          },
        });
      }
      return true;
    },
  };
}
