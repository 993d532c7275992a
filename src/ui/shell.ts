/**
 * The panel's shell, in plain DOM (no Preact): the themed root, the overlay's launcher (a tap
 * opens; a drag or the arrow keys move it; it minimises; its place is kept for the session), the
 * developer's toast beside it, the live region, and the slot the panel renders into.
 *
 * The panel itself (view.tsx: Preact and the panel's frame) loads on the first open, fetched
 * ahead by a press or focus on the launcher or the toast; an inline panel loads it at mount.
 * Until it is there the slot says "Loading…"; when it cannot load, it says so with a Retry
 * button. So a first problem under a closed overlay loads the engine, its words and this shell,
 * not Preact. Every update is a signal effect on the model: nothing runs while idle.
 */
import { effect, signal, untracked } from '@preact/signals-core';
import { text } from '../core/guard.js';
import { doctorInternals } from '../core/internals.js';
import { createWarnOnce } from '../core/warn.js';
import { SEVERITIES } from '../core/quick-severity.js';
import type { Lang, MountOptions, Problem } from '../core/types.js';
import { allWords, hasPart, loadParts } from '../lang/registry.js';
import type { PanelModel } from './model.js';
import { EDGE_PX, loadPlace } from './place.js';
import type { Place } from './place.js';
import { makeMovable, savePlace } from './place-move.js';
import type * as ViewModule from './view.js';

type View = typeof ViewModule;

let view: View | undefined;
let viewLoad: Promise<View> | undefined;

/**
 * Fetches the panel's view (once for every panel of the page; a failed fetch is tried again on
 * the next call), and the view's words of `lang` when given. Resolves with the view, or rejects
 * when it or the words cannot load.
 */
export function loadView(lang?: Lang): Promise<View> {
  viewLoad ??= import('./view.js').then(
    (v) => (view = v),
    (error: unknown) => {
      viewLoad = undefined;
      throw error;
    },
  );
  return lang ? Promise.all([viewLoad, loadParts(lang, ['view'])]).then(([v]) => v) : viewLoad;
}

/** Where and how the shell shows the panel (`doctor.mount()` has checked each). */
export interface ShellOptions {
  readonly mode: NonNullable<MountOptions['mode']>;
  readonly position: NonNullable<MountOptions['position']>;
  readonly zIndex: number;
  /** The launcher's offset from its corner (CSS px), before the user moves it. */
  readonly offset?: { x: number; y: number } | undefined;
  /** The host's nonce for a `<style>`, where constructable stylesheets are missing. */
  readonly styleNonce?: string | undefined;
}

/** A mounted shell. */
export interface Shell {
  /** Takes the panel, the launcher and every listener away. */
  dispose(): void;
}

/** An element with a class, attributes and text (text only: never markup). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  attrs: Readonly<Record<string, string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const button = (className: string, attrs: Readonly<Record<string, string>> = {}) =>
  el('button', className, { type: 'button', ...attrs });

/** The visual viewport's height and how much of the layout viewport's bottom it leaves out. */
function readViewport(): Record<string, string> {
  const vv = window.visualViewport;
  const height = vv?.height ?? innerHeight;
  // An on-screen keyboard shrinks the visual viewport: the sheet stays above it.
  const below = vv ? Math.max(0, innerHeight - vv.offsetTop - vv.height) : 0;
  return { '--td-vh': `${Math.round(height)}px`, '--td-vb': `${Math.round(below)}px` };
}

/**
 * Shows the shell of `m`'s panel in `root`: the overlay's launcher, toast and panel in a corner
 * (`overlay`), or the panel alone (`inline`, `embedded`).
 */
export function mountShell(m: PanelModel, root: ParentNode, options: ShellOptions): Shell {
  const { mode, position, zIndex, offset, styleNonce } = options;
  const overlay = mode === 'overlay';
  const stops: (() => void)[] = [];
  const watch = (fn: () => void | (() => void)): void => void stops.push(effect(fn));
  const lang = (): Lang => m.doctor.settings.peek().lang;
  // The doctor's own warnings: said once, redacted (an import error may quote a URL).
  const warn = doctorInternals(m.doctor)?.warnOnce ?? createWarnOnce();
  let disposed = false;
  let fonts: { stop(): void } | undefined;
  /** Once the view is here: its rules in the root, and its fonts laid out ahead in idle time. */
  const prepare = (v: View): void => {
    if (fonts || disposed) return;
    v.styleView(root, styleNonce);
    const warm = v.warmFonts(m, root);
    fonts = warm;
    m.ahead.push(...warm.steps);
    m.warmUp();
  };
  /**
   * Fetches the view and its words, then the cards and the timeline, ahead: when the user shows
   * intent to open (a press on the launcher or the toast, focus on them), so the open rarely waits.
   */
  const preloadPanel = (): void =>
    void loadView(lang()).then(
      (v) => {
        prepare(v);
        v.preloadPanel();
      },
      () => {},
    );

  const r = el('div', mode === 'embedded' ? 'r emb' : 'r');
  // Preact renders the panel into this (`display: contents`: the panel is the layout's child).
  const slot = el('div', 'slot');
  const live = el('div', 'sr', { role: 'status', 'aria-live': 'polite' });
  watch(() => {
    const { colorScheme, lang } = m.doctor.settings.value;
    r.setAttribute('data-scheme', colorScheme);
    r.lang = lang;
  });
  watch(() => void (live.textContent = m.announcement.value));

  // The view: there (a module), undefined while not loaded, null when its last load failed.
  const loaded = signal<View | null | undefined>(view);
  const shown = signal(!overlay);
  let rendered = false;
  /** "Loading…" while the view loads (one load for every panel), or why it could not, and Retry. */
  const note = (): void => {
    const failed = loaded.value === null;
    const box = el(
      'div',
      'panel wait',
      failed ? { role: 'alert', part: 'load-failed' } : { role: 'status', 'aria-busy': 'true' },
    );
    const p = box.appendChild(el('p', '', {}, m.t(failed ? 'loadFailed' : 'loading')));
    slot.replaceChildren(box);
    if (failed) {
      const retry = p.appendChild(button(''));
      retry.textContent = m.t('retry');
      retry.addEventListener('click', () => void (loaded.value = undefined));
      return;
    }
    loadView(lang()).then(
      (v) => void (loaded.value = v),
      (error: unknown) => {
        loaded.value = null;
        warn(
          'view',
          `the panel could not load (${text(error)}). Problems are still recorded: the launcher counts them and doctor.report() works; its Retry tries again.`,
        );
      },
    );
  };
  watch(() => {
    // Loaded by this panel, or by another one (or a preload) since, with its words.
    const v = view && hasPart(lang(), 'view') ? view : loaded.value;
    if (!shown.value) {
      if (rendered) v?.renderPanel(null, slot, overlay);
      rendered = false;
      slot.replaceChildren();
      return;
    }
    if (!v) return untracked(note);
    prepare(v);
    // Our "Loading…" goes first: Preact's first render into a node takes what it holds as its own.
    if (!rendered) slot.replaceChildren();
    rendered = true;
    // Rendered again, from the top, with each frame's snapshot of the problems and the timeline:
    // in the same task as the launcher's update (the signals integration alone would render the
    // panel a microtask later, so the page would see two changes in one frame). The panel's other
    // reads are its components' own (the integration), not this effect's.
    void m.problems.value;
    void m.timeline.value;
    untracked(() => v.renderPanel(m, slot, overlay));
  });

  // The view already here (another panel loaded it), or bundled in (the single-file build): its
  // fonts are laid out ahead, as after a press.
  if (view) prepare(view);
  else if (allWords()) loadView(lang()).then(prepare, () => {});

  const shell: Shell = {
    dispose() {
      disposed = true;
      fonts?.stop();
      stops.forEach((stop) => stop());
      if (rendered) view?.renderPanel(null, slot, overlay);
      m.launcher = null;
      r.remove();
    },
  };
  if (!overlay) {
    r.append(slot, live);
    root.append(r);
    return shell;
  }

  const ov = el('div', `ov ${position}`);
  const row = el('div', 'lrow');
  const launch = button('launch', {
    part: 'launcher',
    'aria-controls': 'td-panel',
    'aria-describedby': 'td-move',
  });
  const hint = el('span', 'sr', { id: 'td-move' });
  const minimise = button('x mini', { part: 'minimise' });
  minimise.textContent = '–';
  const badge = el('span', '', { part: 'badge' });
  row.append(launch, hint);
  ov.append(slot);
  r.append(ov, live);
  root.append(r);

  // Read from the session's storage once, at mount.
  const place = signal<Place>(loadPlace(offset));
  const save = (next: Place): void => savePlace((place.value = next));
  const [v, side] = position.split('-') as [string, string];
  const margin = (edge: string, by: number): string =>
    `calc(${EDGE_PX + by}px + env(safe-area-inset-${edge}, 0px))`;
  ov.style.zIndex = String(zIndex);
  watch(() => {
    const { x, y } = place.value;
    ov.style[v === 'top' ? 'marginTop' : 'marginBottom'] = margin(v, y);
    ov.style[side === 'left' ? 'marginLeft' : 'marginRight'] = margin(side, x);
    ov.style.setProperty('--td-x', `${x}px`);
    ov.style.setProperty('--td-y', `${y}px`);
  });

  // Open: the viewport is read before the panel's nodes go in (a read after would make the
  // browser lay the new panel out there and then), and again when the visual viewport changes
  // while open (an on-screen keyboard, a pinch zoom).
  watch(() => {
    const open = m.open.value;
    if (open) {
      const vv = window.visualViewport;
      const update = (): void => {
        for (const [name, value] of Object.entries(readViewport()))
          ov.style.setProperty(name, value);
      };
      update();
      vv?.addEventListener('resize', update);
      vv?.addEventListener('scroll', update);
      shown.value = true;
      return () => {
        vv?.removeEventListener('resize', update);
        vv?.removeEventListener('scroll', update);
      };
    }
    shown.value = false;
  });

  // The launcher: its name, the open-problem badge (the worst severity's colour), minimised or
  // not. Written when the model's snapshot changes: at most once per frame, whatever the rate.
  watch(() => {
    const isOpen = m.open.value;
    const list = m.problems.value;
    const { min } = place.value;
    if (!(isOpen || m.forced.value || list.length > 0)) {
      row.remove();
      m.launcher = null;
      return;
    }
    if (!row.isConnected) ov.prepend(row);
    m.launcher = launch;
    const open = list.filter((p) => !p.resolved);
    const worst = SEVERITIES.find((s) => open.some((p) => p.diagnosis.severity === s));
    const user = m.doctor.settings.value.audience === 'user';
    const name = m.t(user ? 'helpTitle' : 'title');
    launch.className = min ? 'launch min' : 'launch';
    launch.setAttribute('aria-expanded', String(isOpen));
    // The name is the visible text plus a hidden tail: "TRTC Doctor 3 open problems".
    const parts: (Node | string)[] = [min ? el('span', 'sr', {}, name) : name];
    if (min && !open.length) parts.push(el('span', '', { 'aria-hidden': 'true' }, '?'));
    if (open.length) {
      badge.className = `tag ${worst}`;
      badge.setAttribute('data-severity', worst!);
      // End users are not counted at: a mark says there is something to read.
      badge.textContent = user ? '!' : String(open.length);
      parts.push(' ', badge, ' ', el('span', 'sr', {}, m.t('openProblems')));
    }
    launch.replaceChildren(...parts);
    hint.textContent = m.t('moveHint');
    minimise.setAttribute('aria-label', m.t('minimise'));
    if (!min && !isOpen) row.append(minimise);
    else minimise.remove();
  });

  // A drag or the arrow keys move it; the place is kept for the session (place-move.ts).
  const wasDrag = makeMovable(launch, {
    position,
    place: () => place.peek(),
    show: (next) => void (place.value = next),
  });
  launch.addEventListener('click', () => {
    if (wasDrag()) return;
    // The click is a user gesture: the one moment blocked sound may be resumed.
    m.resumeIfBlocked();
    if (place.peek().min) save({ ...place.peek(), min: false });
    m.dismissToast();
    m.open.value = !m.open.peek();
  });
  launch.addEventListener('focus', preloadPanel);
  launch.addEventListener('pointerdown', preloadPanel);
  minimise.addEventListener('click', () => save({ ...place.peek(), min: true }));
  ov.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && m.open.peek()) m.close();
  });

  // The developer's toast: the newest problem's lead title and the open count. A click opens the
  // panel at its card (and, being a gesture, resumes blocked sound); × dismisses it.
  const toast = el('div', '', { part: 'toast' });
  const tmain = button('tmain');
  const dismiss = button('x');
  dismiss.textContent = '×';
  toast.append(tmain, dismiss);
  let current: Problem | null = null;
  tmain.addEventListener('focus', preloadPanel);
  tmain.addEventListener('pointerdown', preloadPanel);
  tmain.addEventListener('click', () => {
    m.resumeIfBlocked();
    if (current) m.openAt(current);
  });
  dismiss.addEventListener('click', m.dismissToast);
  watch(() => {
    current = m.open.value ? null : m.toast.value;
    if (!current) return void toast.remove();
    const n = m.problems.value.filter((p) => !p.resolved).length;
    const { title, severity, id } = current.diagnosis;
    toast.className = `toast ${severity}`;
    tmain.setAttribute('data-diagnosis-id', id);
    tmain.textContent = m.t(n > 1 ? 'count' : 'countOne', { n, title });
    dismiss.setAttribute('aria-label', m.t('dismiss'));
    if (!toast.isConnected) ov.insertBefore(toast, slot);
  });

  return shell;
}
