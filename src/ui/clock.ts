/**
 * The panel's time formatters, plain (no Preact): relative times ("2 min ago") and clock times,
 * each formatter made once per language on first use. `warmTime` makes one ahead of the first
 * card, while the page is idle (ui/model.ts).
 */
import type { Lang } from '../core/types.js';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

// Each formatter is made once per language, on first use: making one costs far more than using
// it (tens of ms for the first of a page), and a card needs only two of the three.
const made = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
const once = <T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T => (made.get(key) as T | undefined) ?? (made.set(key, make()), made.get(key) as T);

const relative = (lang: Lang) =>
  once(`r${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' }));
/** The exact date and time formatter of `lang` (the tooltip of a relative time). */
export const exact = (lang: Lang) =>
  once(
    `e${lang}`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }),
  );
const clockFormat = (lang: Lang) =>
  once(
    `c${lang}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        fractionalSecondDigits: 3,
        hourCycle: 'h23',
      }),
  );

/**
 * Makes one of the formatters a problem card needs for `lang` (the relative time's, or its
 * tooltip's exact time), ahead of the first card: the page's first formatter is the costly one.
 */
export function warmTime(lang: Lang, which: 'relative' | 'exact'): void {
  try {
    (which === 'relative' ? relative : exact)(lang);
  } catch {
    // No Intl (or not these parts of it): the cards fall back when they render.
  }
}

/** The clock time of `at` to the millisecond (`14:03:07.412`), as QA compares it with logs. */
export function clock(at: number, lang: Lang): string {
  try {
    return clockFormat(lang).format(at);
  } catch {
    return '';
  }
}

/** `at` (ms since epoch) relative to `now`, in the language's words ("2 minutes ago", "2分钟前"). */
export function relativeTime(at: number, lang: Lang, now = Date.now()): string {
  let n = Math.round((at - now) / 1000);
  try {
    const rtf = relative(lang);
    for (const [unit, size] of UNITS) {
      if (Math.abs(n) < size) return rtf.format(n, unit);
      n = Math.round(n / size);
    }
  } catch {
    // Old engines without Intl.RelativeTimeFormat: the clock time still tells the order.
  }
  return new Date(at).toLocaleTimeString();
}
