/**
 * Moving the overlay launcher: what a drag or an arrow key does, and keeping where it was left for
 * the session. Apart from place.ts, which the always-loaded plain launcher reads: only the panel's
 * launcher (shell.ts, loaded with the panel) moves.
 */
import { EDGE_PX, PLACE_KEY } from './place.js';
import type { Place } from './place.js';

/** A pointer that moves less than this many px between down and up is a tap, not a drag. */
export const DRAG_THRESHOLD_PX = 6;

/** How far one arrow key moves the launcher. */
export const KEY_STEP_PX = 24;

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
