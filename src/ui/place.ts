/**
 * Where the overlay launcher sits: an offset from its corner (the `offset` option, then wherever
 * the user dragged it) and whether it is minimised, kept for the session in `sessionStorage`.
 */

/** The launcher's place: `x`, `y` CSS pixels inward from its corner; `min` when minimised. */
export interface Place {
  readonly x: number;
  readonly y: number;
  readonly min: boolean;
}

/** The `sessionStorage` key: one per page session, shared by every panel of the tab. */
export const PLACE_KEY = 'trtc-doctor:launcher';

/** A pointer that moves less than this many px between down and up is a tap, not a drag. */
export const DRAG_THRESHOLD_PX = 6;

/** How far one arrow key moves the launcher. */
export const KEY_STEP_PX = 24;

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

/** Keeps the place for the session; a storage that refuses it costs nothing. */
export function savePlace(place: Place): void {
  try {
    sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
  } catch {
    // Full, disabled or sandboxed: the launcher is only placed for this page view.
  }
}

/**
 * Keeps the launcher (`width` x `height`) inside a `vw` x `vh` viewport: an offset never takes it
 * off screen, whatever was stored or dragged.
 */
export function clampPlace(place: Place, width: number, height: number, vw: number, vh: number) {
  const clamp = (v: number, max: number) => Math.round(Math.min(Math.max(v, 0), Math.max(max, 0)));
  return {
    ...place,
    x: clamp(place.x, vw - width - 2 * EDGE_PX),
    y: clamp(place.y, vh - height - 2 * EDGE_PX),
  };
}
