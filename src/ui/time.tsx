/** Relative times ("2 min ago"), computed when rendered: no timer keeps them ticking. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Lang } from '../core/types.js';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

type Formats = readonly [
  relative: Intl.RelativeTimeFormat,
  exact: Intl.DateTimeFormat,
  clock: Intl.DateTimeFormat,
];

// One pair of formatters per language, made once: making one costs far more than using it, and a
// timeline renders hundreds of times. Two languages, so two entries at most.
const formats: Partial<Record<Lang, Formats>> = {};

const formatsOf = (lang: Lang): Formats =>
  (formats[lang] ??= [
    new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' }),
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }),
    new Intl.DateTimeFormat(lang, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      fractionalSecondDigits: 3,
      hourCycle: 'h23',
    }),
  ]);

/** The clock time of `at` to the millisecond (`14:03:07.412`), as QA compares it with logs. */
export function clock(at: number, lang: Lang): string {
  try {
    return formatsOf(lang)[2].format(at);
  } catch {
    return '';
  }
}

/** `at` (ms since epoch) relative to `now`, in the language's words ("2 minutes ago", "2分钟前"). */
export function relativeTime(at: number, lang: Lang, now = Date.now()): string {
  let n = Math.round((at - now) / 1000);
  try {
    const [rtf] = formatsOf(lang);
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
export function Time({ at, lang, now }: { at: number; lang: Lang; now?: number }) {
  const date = new Date(at);
  // An invalid date (NaN, or beyond year 275760) would make toISOString() throw during render.
  if (Number.isNaN(date.getTime())) return null;
  // First: it makes the formatters the tooltip uses.
  const text = relativeTime(at, lang, now);
  return (
    <time dateTime={date.toISOString()} title={formats[lang]?.[1].format(date)}>
      {text}
    </time>
  );
}
