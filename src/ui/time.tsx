/** Relative times ("2 min ago"), computed when rendered: no timer keeps them ticking. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Lang } from '../core/types.js';
import { exact, relativeTime } from './clock.js';

export { clock, relativeTime, warmTime } from './clock.js';

/** A `<time>` showing the relative time, with the exact time as its tooltip. */
export function Time({ at, lang, now }: { at: number; lang: Lang; now?: number }) {
  const date = new Date(at);
  // An invalid date (NaN, or beyond year 275760) would make toISOString() throw during render.
  if (Number.isNaN(date.getTime())) return null;
  const text = relativeTime(at, lang, now);
  let title: string | undefined;
  try {
    title = exact(lang).format(date);
  } catch {
    // No Intl.DateTimeFormat: the relative time alone.
  }
  return (
    <time dateTime={date.toISOString()} title={title}>
      {text}
    </time>
  );
}
