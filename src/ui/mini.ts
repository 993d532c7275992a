/**
 * The launcher of the always-loaded part: plain DOM, no Preact, no catalog. It counts what the
 * recorder holds, in the colour of the worst severity (quick-severity.ts; its badge is written at
 * most once per animation frame, whatever the error rate), moves as the panel's launcher does (a
 * drag or the arrow keys, the place kept for the session), opens the panel on click (which loads
 * it), and, when the panel cannot load, opens a raw list of the recorded codes and messages with
 * the report to copy. The panel replaces it once it is there. Strict-CSP safe: styles are a
 * constructable sheet or a `<style>` with the host nonce.
 */
import { read } from '../core/guard.js';
import { SEVERITIES, quickSeverity } from '../core/quick-severity.js';
import { rawText } from '../core/raw-report.js';
import type { PendingCapture } from '../core/recorder.js';
import { EDGE_PX, loadPlace } from './place.js';
import { makeMovable } from './place-move.js';
import type { Audience, Lang, MountOptions, PanelSettings } from '../core/types.js';

/** What the mini launcher reads and calls. */
export interface MiniSetup {
  readonly options: MountOptions;
  readonly lang: () => Lang;
  /** An end user reads a calm line first, the codes and messages behind "Details". */
  readonly audience: () => Audience;
  /** The colour scheme setting ('system' follows the page's `prefers-color-scheme`). */
  readonly scheme: () => PanelSettings['colorScheme'];
  /** How many distinct errors are recorded. */
  readonly count: () => number;
  readonly raw: () => readonly PendingCapture[];
  /** Whether the panel failed to load (the raw list says so). */
  readonly failed: () => boolean;
  readonly report: () => string;
  readonly redact: (text: string) => string;
  /** Open the panel (loads it). */
  readonly open: () => void;
}

/** A shown mini launcher. */
export interface MiniLauncher {
  /** Count again (once per frame at most). */
  update(): void;
  openRaw(): void;
  closeRaw(): void;
  remove(): void;
}

const WORDS = {
  en: {
    title: 'TRTC Doctor',
    help: 'Call help',
    recorded: 'recorded',
    move: 'Drag, or use the arrow keys, to move.',
    failed: 'The panel could not load. The errors as recorded:',
    failedUser: 'The help panel could not load. Copy the report and send it to support.',
    details: 'Details',
    none: 'Nothing recorded.',
    copy: 'Copy report',
    copied: 'Copied',
    close: 'Close',
  },
  zh: {
    title: 'TRTC 诊断',
    help: '通话帮助',
    recorded: '个已记录',
    move: '可拖动或用方向键移动。',
    failed: '面板未能加载。已记录的错误：',
    failedUser: '帮助面板未能加载。请复制报告，发给客服。',
    details: '详情',
    none: '暂无记录。',
    copy: '复制报告',
    copied: '已复制',
    close: '关闭',
  },
} as const;

const CSS = `:host{all:initial;--f:#111;--g:#fff}
:host([data-scheme=dark]){--f:#eee;--g:#222}
@media (prefers-color-scheme:dark){:host(:not([data-scheme=light])){--f:#eee;--g:#222}}
.l,.d{position:fixed;z-index:var(--z);font:14px/1.4 system-ui,sans-serif;color:var(--f);background:var(--g);border:1px solid #888;border-radius:8px}
.l{padding:8px 12px;cursor:pointer;min-height:44px;touch-action:none;user-select:none;-webkit-user-select:none}
.b{display:inline-block;margin-inline-start:6px;padding:0 6px;border-radius:9px;background:#b42318;color:#fff}
.b.warning{background:#8a4b00}.b.info{background:#0550ae}
.d{box-sizing:border-box;max-width:min(480px,calc(100vw - 32px));max-height:60vh;overflow:auto;padding:12px}
.d[hidden],.b[hidden],.sr[hidden]{display:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.d p,.d ol,.d details{margin:0 0 8px}
.d ol{padding-inline-start:24px}
.d summary{cursor:pointer;padding:12px 0;min-height:44px;box-sizing:border-box}
.d button{margin-inline-end:8px;min-height:44px;padding:0 12px;font:inherit;color:var(--f);background:var(--g);border:1px solid #888;border-radius:6px;cursor:pointer}
li{margin:4px 0;overflow-wrap:anywhere}`;

/** `?trtc-doctor` (or `&trtc-doctor=1`) in the URL shows the launcher from the start. */
export function urlAsksForLauncher(): boolean {
  try {
    return new URLSearchParams(location.search).has('trtc-doctor');
  } catch {
    return false;
  }
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
};

/** Show the mini launcher in the page's corner. */
export function showMiniLauncher(setup: MiniSetup): MiniLauncher {
  const { options } = setup;
  const words = () => WORDS[setup.lang()] ?? WORDS.en;
  const host = document.createElement('trtc-doctor');
  host.setAttribute('data-mini', '');
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = el('style');
    if (options.styleNonce) style.nonce = options.styleNonce;
    style.textContent = CSS;
    root.appendChild(style);
  }
  const position = options.position ?? 'bottom-right';
  const [v, h] = position.split('-') as [string, string];
  host.style.setProperty('--z', String(options.zIndex ?? 2147483000));

  const button = el('button', 'l');
  button.type = 'button';
  const label = el('span');
  const badge = el('span', 'b');
  // The name is the visible text and a hidden tail, "TRTC Doctor 2 recorded", as the panel's
  // launcher has it: speech input finds the button by what it shows.
  const tail = el('span', 'sr');
  button.append(label, badge, tail);
  const hint = el('span', 'sr');
  hint.id = 'td-move';
  button.setAttribute('aria-describedby', hint.id);
  const dialog = el('div', 'd');
  dialog.setAttribute('role', 'dialog');
  dialog.hidden = true;
  root.append(button, hint, dialog);
  document.body.appendChild(host);
  let frame = 0;
  const severities = new WeakMap<PendingCapture, number>();
  const paint = () => {
    frame = 0;
    const w = words();
    const n = setup.count();
    host.setAttribute('data-scheme', setup.scheme());
    // End users read the panel launcher's words: "Call help" and a mark, not a count.
    const user = setup.audience() === 'user';
    label.textContent = user ? w.help : w.title;
    badge.textContent = user ? ' !' : ` ${n}`;
    tail.textContent = user ? ` ${n} ${w.recorded}` : ` ${w.recorded}`;
    badge.hidden = tail.hidden = !n;
    // The worst of what is recorded, as the panel's launcher colours its badge: each capture
    // read once, and no further than the first error.
    let rank = SEVERITIES.length - 1;
    for (const p of setup.raw()) {
      if (!severities.has(p)) {
        severities.set(p, SEVERITIES.indexOf(quickSeverity(p.error, p.operation)));
      }
      rank = Math.min(rank, severities.get(p)!);
      if (!rank) break;
    }
    const worst = SEVERITIES[n ? rank : 0]!;
    badge.className = `b ${worst}`;
    badge.setAttribute('data-severity', worst);
    hint.textContent = w.move;
  };
  paint();

  // Where the panel's launcher would be: the place the user dragged either launcher to this
  // session (kept inside the viewport when it was dropped), else the `offset` option; clear of the
  // notch and the home indicator. A drag or the arrow keys move it (place-move.ts).
  let place = loadPlace(options.offset);
  const { height } = button.getBoundingClientRect();
  const at = (edge: string, by: number) =>
    `calc(${EDGE_PX + by}px + env(safe-area-inset-${edge}, 0px))`;
  const show = (next: typeof place) => {
    place = next;
    for (const node of [button, dialog]) {
      node.style.setProperty(v, at(v, next.y));
      node.style.setProperty(h, at(h, next.x));
    }
    // The raw list opens next to the launcher, further from the edge.
    dialog.style.setProperty(v, at(v, next.y + height + 8));
  };
  show(place);
  const wasDrag = makeMovable(button, { position, place: () => place, show });

  const closeRaw = () => {
    dialog.hidden = true;
    dialog.replaceChildren();
  };
  /** Close the raw list and give the focus back to the launcher. */
  const dismiss = () => {
    closeRaw();
    button.focus();
  };
  const openRaw = () => {
    const w = words();
    const user = setup.audience() === 'user';
    dialog.setAttribute('aria-label', user ? w.help : w.title);
    const note = el('p');
    note.textContent = !setup.failed() ? w.title : user ? w.failedUser : w.failed;
    const list = el('ol');
    for (const p of setup.raw()) {
      const item = el('li');
      // Text only: SDK messages are never markup.
      item.textContent = `${rawText(p.error, setup.redact)}${p.count > 1 ? ` ×${p.count}` : ''}`;
      list.append(item);
    }
    const copy = el('button');
    copy.type = 'button';
    copy.textContent = w.copy;
    copy.onclick = () =>
      void read(() =>
        navigator.clipboard.writeText(setup.report()).then(() => (copy.textContent = w.copied)),
      )?.catch(() => {});
    const close = el('button');
    close.type = 'button';
    close.textContent = w.close;
    close.onclick = dismiss;
    const empty = el('p');
    empty.textContent = w.none;
    let raw: HTMLElement = list.childElementCount ? list : empty;
    if (user && list.childElementCount) {
      const details = el('details');
      const summary = el('summary');
      summary.textContent = w.details;
      details.append(summary, list);
      raw = details;
    }
    dialog.replaceChildren(note, raw, copy, close);
    dialog.hidden = false;
    copy.focus();
  };
  // Opening loads the panel; when it cannot load, the raw list opens instead (lazy.ts).
  button.onclick = () => void (wasDrag() || setup.open());
  dialog.onkeydown = (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    dismiss();
  };

  return {
    update() {
      // Also when the settings change (the language, the colour scheme).
      // Guarded: whatever a read throws in the frame stays ours, not the page's.
      if (!frame) frame = requestAnimationFrame(() => void read(paint));
    },
    openRaw,
    closeRaw,
    remove() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      host.remove();
    },
  };
}
