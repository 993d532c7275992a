/**
 * Moving the overlay launcher: what a drag or an arrow key does, and keeping where it was left for
 * the session. Both launchers move this way: the always-loaded plain one (mini.ts) and the panel's
 * (shell.ts); the script tag's lazy part takes this module from its entry (shared-handoff.ts).
 */
import { read } from '../core/guard.js';
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

/** The arrow keys' steps, in the screen's directions. */
const KEYS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a launcher gives to be moved: its place now, and where to show it next. */
export interface Movable {
  /** The corner it sits in: `bottom-right`, `top-left`, ... */
  readonly position: string;
  readonly place: () => Place;
  /** Show it at `place` (kept inside the viewport already). */
  readonly show: (place: Place) => void;
}

/**
 * A drag (past {@link DRAG_THRESHOLD_PX}) or an arrow key moves `node`, inside the viewport, and
 * the place is kept for the session once dropped. Both launchers move this way: the plain one and
 * the panel's. Returns whether the click being handled is the drop of a drag (no tap), once.
 */
export function makeMovable(node: HTMLElement, { position, place, show }: Movable): () => boolean {
  const [v, side] = position.split('-');
  // An offset grows inward: from the right edge, moving left is +x.
  const sx = side === 'right' ? -1 : 1;
  const sy = v === 'bottom' ? -1 : 1;
  const moveTo = (dx: number, dy: number, from: Place, rect: DOMRect): void =>
    show(
      clampPlace(
        { ...from, x: from.x + dx * sx, y: from.y + dy * sy },
        rect.width,
        rect.height,
        innerWidth,
        innerHeight,
      ),
    );
  let drag: {
    id: number;
    x: number;
    y: number;
    from: Place;
    rect: DOMRect;
    moved: boolean;
  } | null = null;
  let dropped = false;
  node.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    const { pointerId: id, clientX: x, clientY: y } = e;
    drag = { id, x, y, from: place(), rect: node.getBoundingClientRect(), moved: false };
    dropped = false;
    // A pointer the browser no longer knows throws here: a drag without capture still works.
    read(() => node.setPointerCapture(id));
  });
  node.addEventListener('pointermove', (e) => {
    const d = drag;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    d.moved = true;
    moveTo(dx, dy, d.from, d.rect);
  });
  node.addEventListener('pointerup', () => {
    const d = drag;
    drag = null;
    if (!d?.moved) return;
    // The click that follows the drop is not a tap.
    dropped = true;
    savePlace(place());
  });
  node.addEventListener('pointercancel', () => void (drag = null));
  node.addEventListener('keydown', (e) => {
    const step = KEYS[e.key];
    if (!step) return;
    e.preventDefault();
    moveTo(step[0] * KEY_STEP_PX, step[1] * KEY_STEP_PX, place(), node.getBoundingClientRect());
    savePlace(place());
  });
  return () => {
    const was = dropped;
    dropped = false;
    return was;
  };
}
