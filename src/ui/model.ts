/**
 * The panel's state: frame-coalesced snapshots of the doctor's problems and timeline, what is open
 * and selected, and the throttled screen-reader announcements. Components read these signals and
 * call these functions, nothing else.
 */
// The core, not @preact/signals: the shell (ui/shell.ts) reads the model before Preact loads.
import { effect, signal } from '@preact/signals-core';
import type { Signal } from '@preact/signals-core';
import type { ActionResult, Doctor, Problem, ProblemSource, TimelineEntry } from '../core/types.js';
import { read } from '../core/guard.js';
import { format, message } from './messages.js';
import type { MessageKey } from './messages.js';
import { warmTime } from './clock.js';

/** The panel's sections. */
export type TabId = 'problems' | 'timeline' | 'environment' | 'report' | 'support';

/** A timeline entry's type, as the filter toggles name it. */
export type EntryType = TimelineEntry['type'];

/** At most one announcement per this many ms: a storm of errors is one sentence, not a hundred. */
export const ANNOUNCE_INTERVAL_MS = 2000;

/** How long the developer's toast stays before it goes by itself. */
export const TOAST_MS = 8000;

/** What `createPanelModel` makes; one per mounted panel. */
export interface PanelModel {
  readonly doctor: Doctor;
  /** `doctor.problems`, read at most once per animation frame. */
  readonly problems: Signal<readonly Problem[]>;
  /** `doctor.timeline`, read at most once per animation frame. */
  readonly timeline: Signal<readonly TimelineEntry[]>;
  /** Whether the overlay panel is open. */
  readonly open: Signal<boolean>;
  /** Show the launcher even with no problem (URL flag, `showLauncher`, shortcut, `open()`). */
  readonly forced: Signal<boolean>;
  readonly tab: Signal<TabId>;
  /** Timeline entry types shown. */
  readonly shown: Signal<readonly EntryType[]>;
  /** Results of the environment tab's checks, kept across tab switches. */
  readonly checks: Signal<readonly ActionResult[]>;
  /** The timeline shows every entry kept, not only the newest `TIMELINE_ROWS`. */
  readonly all: Signal<boolean>;
  /** The live region's text. */
  readonly announcement: Signal<string>;
  /** The launcher, for focus handling. */
  launcher: HTMLElement | null;
  /** The problem the developer's toast is about (null: no toast). */
  readonly toast: Signal<Problem | null>;
  /** A card to bring into view and focus once rendered (its fingerprint), '' for none. */
  readonly focus: Signal<string>;
  /** The timeline's search text. */
  readonly query: Signal<string>;
  /** Whether the pointer is coarse (touch): "Tap" rather than "Click", read when asked. */
  coarse(): boolean;
  /**
   * Inside a click or tap on our launcher, toast or card: resumes blocked playback, which only a
   * user gesture may do. Synchronous up to the SDK's `resume()`; a no-op when nothing is blocked.
   */
  resumeIfBlocked(): void;
  /** Opens the overlay on the problems, at this problem's card. */
  openAt(problem: Problem): void;
  /** Hides the toast now (and drops its timer). */
  dismissToast(): void;
  /** A UI string in the current language, with the host's overrides. Tracks `settings`. */
  t(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string;
  /**
   * Where a problem or timeline entry came from, in words: the label when it already says what it
   * is (the engine's own `client 1`, `local stream 1`, `remote alice`), else with a type word
   * ("Local stream camera", "Remote user alice").
   */
  source(s: Pick<ProblemSource, 'type' | 'label' | 'userId'>): string;
  /** Close; if focus was inside the overlay, give it back to the launcher. */
  close(): void;
  /**
   * Work done ahead of the first open while the page is idle, once there is a problem to show:
   * one step per idle callback, in order, each once (the time formatters first; the mount adds
   * its own). Not at all without idle callbacks (Safari): the open pays then. Dropped on dispose.
   */
  readonly ahead: (() => void)[];
  /** Runs the steps of `ahead` in idle time, if not already (after steps were added). */
  warmUp(): void;
  /** Run `fn` after `ms`, or when the panel is disposed, whichever comes first (cleanups). */
  later(fn: () => void, ms: number): void;
  dispose(): void;
}

/**
 * Makes the state of one mounted panel. Subscribes to `doctor.revision` only: a storm of changes
 * schedules one animation frame, which reads `problems` and `timeline` once. Nothing runs while
 * idle (no timer, no loop).
 */
export function createPanelModel(doctor: Doctor, forced = false, toasts = false): PanelModel {
  const problems = signal(doctor.problems.peek());
  const timeline = signal(doctor.timeline.peek());
  const announcement = signal('');
  const timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  // Problems seen open: a new fingerprint, or a resolved one that came back, is announced.
  let seen = new Set(problems.peek().flatMap((p) => (p.resolved ? [] : [p.fingerprint])));
  let pendingCount = 0;
  let pendingTitle = '';
  let lastAnnounced = -Infinity;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** The toast's time is up: the next frame's flush takes it away. */
  let toastDue = false;
  // Problems that had their toast: each gets one, whatever happens to it after.
  let toasted = new Set<string>();
  const toast = signal<Problem | null>(null);
  let frame: number | undefined;
  let rendered = doctor.revision.peek();
  // A page without animation frames (a test DOM) still renders, on a timer instead.
  const hasFrames = typeof requestAnimationFrame === 'function';
  const raf = (cb: () => void): number =>
    hasFrames ? requestAnimationFrame(cb) : (setTimeout(cb, 16) as unknown as number);
  const cancel = (id: number): void => (hasFrames ? cancelAnimationFrame(id) : clearTimeout(id));
  // What the first open would pay for, done while the page is idle instead (`ahead`): the page's
  // first time formatter alone costs tens of ms to make.
  const ahead: (() => void)[] = [
    () => warmTime(doctor.settings.peek().lang, 'relative'),
    () => warmTime(doctor.settings.peek().lang, 'exact'),
  ];
  let warm: number | undefined;
  // One step per idle callback: a step may take tens of ms (the first formatter, Chinese text).
  const step = (): void => {
    warm = undefined;
    ahead.shift()?.();
    if (ahead.length) warm = requestIdleCallback(step);
  };
  const warmUp = (): void => {
    if (warm !== undefined || !ahead.length || !problems.peek().length) return;
    if (typeof requestIdleCallback === 'function') warm = requestIdleCallback(step);
  };

  const m: PanelModel = {
    doctor,
    problems,
    timeline,
    open: signal(false),
    forced: signal(forced),
    tab: signal('problems'),
    shown: signal(['error', 'state', 'action', 'info']),
    checks: signal([]),
    all: signal(false),
    announcement,
    launcher: null,
    toast,
    focus: signal(''),
    query: signal(''),
    ahead,
    warmUp,
    coarse: () => read(() => matchMedia('(pointer: coarse)').matches) === true,
    resumeIfBlocked() {
      const blocked = problems
        .peek()
        .some((p) => !p.resolved && p.diagnosis.actions.includes('resume-playback'));
      if (blocked && doctor.canRun('resume-playback')) void doctor.runAction('resume-playback');
    },
    openAt(p) {
      m.dismissToast();
      m.tab.value = 'problems';
      m.focus.value = p.fingerprint;
      m.open.value = true;
    },
    dismissToast() {
      clearTimeout(toastTimer);
      toastTimer = undefined;
      toastDue = false;
      toast.value = null;
    },
    t(key, vars) {
      const s = doctor.settings.value;
      // A language whose view words are not loaded reads a loaded one's (English first).
      return format(s.messages[key] ?? message(s.lang, key), vars);
    },
    source: (s) =>
      // `local-stream` -> "local": the word the engine's label starts with.
      s.type !== 'page' && s.label.toLowerCase().includes(s.type.split('-')[0]!)
        ? s.label
        : m.t(s.type, { label: s.label, user: s.userId ?? s.label }),
    close() {
      const root = m.launcher?.getRootNode() as Document | ShadowRoot | undefined;
      const inside = root?.activeElement?.closest('.ov');
      m.open.value = false;
      if (inside) m.launcher?.focus();
    },
    later(fn, ms) {
      const id = setTimeout(() => {
        timers.delete(id);
        fn();
      }, ms);
      timers.set(id, fn);
    },
    dispose() {
      stop();
      if (frame !== undefined) cancel(frame);
      if (warm !== undefined) cancelIdleCallback(warm);
      ahead.length = 0;
      clearTimeout(announceTimer);
      m.dismissToast();
      timers.forEach((fn, id) => {
        clearTimeout(id);
        fn();
      });
      timers.clear();
      frame = announceTimer = warm = undefined;
    },
  };

  const announce = (): void => {
    announceTimer = undefined;
    if (!pendingCount) return;
    lastAnnounced = Date.now();
    announcement.value =
      pendingCount === 1
        ? m.t('newOne', { title: pendingTitle })
        : m.t('newMany', { n: pendingCount });
    pendingCount = 0;
  };

  const flush = (): void => {
    frame = undefined;
    if (toastDue) m.dismissToast();
    rendered = doctor.revision.peek();
    // Advice about the page's own code (developer-only diagnoses) is not for end users.
    const forUser = doctor.settings.peek().audience === 'user';
    const all = doctor.problems.peek();
    // Filtered only for end users: the developer's list stays the doctor's own array.
    const list = forUser ? all.filter((p) => !p.diagnosis.audience) : all;
    problems.value = list;
    timeline.value = doctor.timeline.peek();
    warmUp();
    const open = list.filter((p) => !p.resolved);
    const fresh = open.filter((p) => !seen.has(p.fingerprint));
    if (!pendingCount) pendingTitle = fresh[0]?.diagnosis.title ?? '';
    pendingCount += fresh.length;
    // Rebuilt from the current list each frame, so it stays as small as the list.
    seen = new Set(open.map((p) => p.fingerprint));
    showToast(list, fresh);
    if (!pendingCount || announceTimer !== undefined) return;
    const wait = lastAnnounced + ANNOUNCE_INTERVAL_MS - Date.now();
    if (wait <= 0) announce();
    // Said in a frame, as every other change: the timer only asks for one, whose flush says it.
    else announceTimer = setTimeout(announceInFrame, wait);
  };
  const announceInFrame = (): void => {
    announceTimer = undefined;
    askFrame();
  };
  /** The next frame flushes (once, however many ask). */
  const askFrame = (): void => {
    if (frame === undefined) frame = raf(flush);
  };

  /** The developer's toast for the newest problem not toasted yet, while the overlay is closed. */
  const showToast = (list: readonly Problem[], fresh: readonly Problem[]): void => {
    const next = fresh.find((p) => !toasted.has(p.fingerprint));
    toasted = new Set(list.flatMap((p) => (toasted.has(p.fingerprint) ? [p.fingerprint] : [])));
    if (!toasts || m.open.peek() || doctor.settings.peek().audience !== 'developer') return;
    if (!next) return;
    fresh.forEach((p) => toasted.add(p.fingerprint));
    toast.value = next;
    // Each toast gets its full time, also one that replaces a toast still showing.
    clearTimeout(toastTimer);
    // Gone in a frame, as every other change: the timer only asks for one.
    toastTimer = setTimeout(() => {
      toastDue = true;
      askFrame();
    }, TOAST_MS);
  };

  const stop = effect(() => {
    // Reading `.value` subscribes; the snapshot itself waits for the next frame.
    if (doctor.revision.value !== rendered) askFrame();
  });
  warmUp();
  return m;
}

/** Cards rendered in the task that shows the list: as many as a panel's height shows, or more. */
export const FIRST_CARDS = 2;

/** Cards added after each paint, until the whole list is shown. */
export const CARDS_PER_STEP = 2;
