/** Long lists rendered a few items per paint (the cards, the timeline). */
import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` items a list renders: `first` at once, then `step` more after each paint
 * (Preact runs effects once the frame is painted, each in a task of its own), until all are. The
 * task that shows a long list thus pays for its first items only. Nothing is scheduled once all
 * are shown, and nothing is left behind when the list unmounts.
 */
export function useGradual(total: number, first: number, step: number): number {
  const [limit, setLimit] = useState(first);
  useEffect(() => {
    if (limit < total) setLimit(limit + step);
  }, [limit, total]);
  return Math.min(limit, total);
}
