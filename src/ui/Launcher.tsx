/**
 * The overlay's launcher, which the user can drag (touch or mouse), move with the arrow keys or
 * minimise, out of the page's way; and the developer's toast beside it.
 */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Problem, Severity } from '../core/types.js';
import { preloadPanel } from './lazy-tab.js';
import type { PanelModel } from './model.js';
import { DRAG_THRESHOLD_PX, KEY_STEP_PX, clampPlace, savePlace } from './place.js';
import type { Place } from './place.js';

/** Props of `Launcher`. */
export interface LauncherProps {
  m: PanelModel;
  place: Signal<Place>;
  /** `bottom-right`...: which way a drag or an arrow key moves the offset. */
  position: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const KEYS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

interface Drag {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly from: Place;
  readonly rect: DOMRect;
  moved: boolean;
}

/**
 * The launcher button (with the open-problem badge) and its minimise button. A press that moves
 * less than `DRAG_THRESHOLD_PX` is a tap and opens; a longer one drags. Sizes are read once per
 * press, never per move.
 */
export function Launcher({ m, place, position }: LauncherProps) {
  const drag = useRef<Drag | null>(null);
  const dragged = useRef(false);
  const isOpen = m.open.value;
  const open = m.problems.value.filter((p) => !p.resolved);
  const worst = SEVERITIES.find((s) => open.some((p) => p.diagnosis.severity === s));
  const { min } = place.value;
  // An offset grows inward: from the right edge, moving left is +x.
  const sx = position.endsWith('right') ? -1 : 1;
  const sy = position.startsWith('bottom') ? -1 : 1;
  const moveTo = (dx: number, dy: number, from: Place, rect: DOMRect): void => {
    place.value = clampPlace(
      { ...from, x: from.x + dx * sx, y: from.y + dy * sy },
      rect.width,
      rect.height,
      innerWidth,
      innerHeight,
    );
  };
  const toggle = (): void => {
    if (dragged.current) return void (dragged.current = false);
    // The click is a user gesture: the one moment blocked sound may be resumed.
    m.resumeIfBlocked();
    if (min) savePlace((place.value = { ...place.value, min: false }));
    m.dismissToast();
    m.open.value = !isOpen;
  };
  const user = m.doctor.settings.value.audience === 'user';
  const name = m.t(user ? 'helpTitle' : 'title');
  return [
    <button
      ref={(el) => {
        m.launcher = el;
      }}
      type="button"
      class={min ? 'launch min' : 'launch'}
      part="launcher"
      aria-expanded={isOpen}
      aria-controls="td-panel"
      aria-describedby="td-move"
      onClick={toggle}
      onFocus={preloadPanel}
      onPointerDown={(e) => {
        preloadPanel();
        if (e.button !== 0) return;
        const el = e.currentTarget;
        drag.current = {
          id: e.pointerId,
          x: e.clientX,
          y: e.clientY,
          from: place.value,
          rect: el.getBoundingClientRect(),
          moved: false,
        };
        dragged.current = false;
        el.setPointerCapture?.(e.pointerId);
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d || d.id !== e.pointerId) return;
        const dx = e.clientX - d.x;
        const dy = e.clientY - d.y;
        if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
        d.moved = true;
        moveTo(dx, dy, d.from, d.rect);
      }}
      onPointerUp={() => {
        const d = drag.current;
        drag.current = null;
        if (!d?.moved) return;
        // The click that follows the drop is not a tap.
        dragged.current = true;
        savePlace(place.value);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        const step = KEYS[e.key];
        if (!step) return;
        e.preventDefault();
        const rect = e.currentTarget.getBoundingClientRect();
        moveTo(step[0] * KEY_STEP_PX, step[1] * KEY_STEP_PX, place.value, rect);
        savePlace(place.value);
      }}
    >
      {/* The name is the visible text plus a hidden tail: "TRTC Doctor 3 open problems". */}
      {min ? <span class="sr">{name}</span> : name}
      {min && !open.length && <span aria-hidden="true">?</span>}
      {open.length > 0 && [
        ' ',
        <span class={`tag ${worst}`} part="badge" data-severity={worst}>
          {/* End users are not counted at: a mark says there is something to read. */}
          {user ? '!' : open.length}
        </span>,
        ' ',
        <span class="sr">{m.t('openProblems')}</span>,
      ]}
    </button>,
    <span id="td-move" class="sr">
      {m.t('moveHint')}
    </span>,
    !min && !isOpen && (
      <button
        type="button"
        class="x mini"
        part="minimise"
        aria-label={m.t('minimise')}
        onClick={() => savePlace((place.value = { ...place.value, min: true }))}
      >
        –
      </button>
    ),
  ];
}

/**
 * The developer's toast: the newest problem's lead title and the open count. A click opens the
 * panel at its card (and, being a gesture, resumes blocked sound); × dismisses it.
 */
export function Toast({ m, problem }: { m: PanelModel; problem: Problem }) {
  const n = m.problems.value.filter((p) => !p.resolved).length;
  const title = problem.diagnosis.title;
  return (
    <div class={`toast ${problem.diagnosis.severity}`} part="toast">
      <button
        type="button"
        class="tmain"
        data-diagnosis-id={problem.diagnosis.id}
        onFocus={preloadPanel}
        onPointerDown={preloadPanel}
        onClick={() => {
          m.resumeIfBlocked();
          m.openAt(problem);
        }}
      >
        {m.t(n > 1 ? 'count' : 'countOne', { n, title })}
      </button>
      <button type="button" class="x" aria-label={m.t('dismiss')} onClick={m.dismissToast}>
        ×
      </button>
    </div>
  );
}
