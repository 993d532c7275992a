/** Relative times ("2 min ago"), computed when rendered: no timer keeps them ticking. */
import type { Lang } from '../core/types.js';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

/** `at` (ms since epoch) relative to `now`, in the language's words ("2 minutes ago", "2分钟前"). */
export function relativeTime(at: number, lang: Lang, now = Date.now()): string {
  let n = Math.round((at - now) / 1000);
  try {
    const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
    for (const [unit, size] of UNITS) {
      if (Math.abs(n) < size) return rtf.format(n, unit);
      n = Math.round(n / size);
    }
  } catch {
    // Old engines without Intl.RelativeTimeFormat: the clock time still tells the order.
  }
  return new Date(at).toLocaleTimeString();
}

/** A `<time>` showing the relative time, with the exact time as its tooltip. */
export function Time({ at, lang }: { at: number; lang: Lang }) {
  // An invalid date would make toISOString() throw during render.
  if (!Number.isFinite(at)) return null;
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString(lang)}>
      {relativeTime(at, lang)}
    </time>
  );
}
