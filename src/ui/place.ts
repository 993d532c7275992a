/**
 * Where the overlay launcher sits: an offset from its corner (the `offset` option, then wherever
 * the user dragged it) and whether it is minimised, kept for the session in `sessionStorage`
 * (place-move.ts keeps it there). Read by both launchers: the plain one and the panel's.
 */

/** The launcher's place: `x`, `y` CSS pixels inward from its corner; `min` when minimised. */
export interface Place {
  readonly x: number;
  readonly y: number;
  readonly min: boolean;
}

/** The `sessionStorage` key: one per page session, shared by every panel of the tab. */
export const PLACE_KEY = 'trtc-doctor:launcher';

/** The space kept between the launcher and the viewport's edges. */
export const EDGE_PX = 16;

const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * The stored place, else the offset option's. Storage may throw (disabled cookies, sandboxed
 * frames, Safari private mode) or hold anything: then the option wins.
 */
export function loadPlace(offset?: { x: number; y: number }): Place {
  const initial = { x: finite(offset?.x), y: finite(offset?.y), min: false };
  try {
    const saved = JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as Partial<Place> | null;
    if (saved && typeof saved === 'object') {
      return { x: finite(saved.x), y: finite(saved.y), min: saved.min === true };
    }
  } catch {
    // Unavailable or unreadable: start from the option.
  }
  return initial;
}
