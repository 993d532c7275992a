/**
 * The launcher of the always-loaded part: plain DOM, no Preact, no catalog. It counts what the
 * recorder holds (its badge is written at most once per animation frame, whatever the error
 * rate), opens the panel on click (which loads it), and, when the panel cannot load, opens a raw
 * list of the recorded codes and messages with the report to copy. The panel replaces it once it
 * is there. Strict-CSP safe: styles are a constructable sheet or a `<style>` with the host nonce.
 */
import { read } from '../core/guard.js';
import { rawText } from '../core/raw-report.js';
import type { PendingCapture } from '../core/recorder.js';
import type { Lang, MountOptions, PanelSettings } from '../core/types.js';

/** What the mini launcher reads and calls. */
export interface MiniSetup {
  readonly options: MountOptions;
  readonly lang: () => Lang;
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
    recorded: '{n} recorded',
    failed: 'The panel could not load. The errors as recorded:',
    none: 'Nothing recorded.',
    copy: 'Copy report',
    copied: 'Copied',
    close: 'Close',
  },
  zh: {
    title: 'TRTC 诊断',
    recorded: '已记录 {n} 个',
    failed: '面板未能加载。已记录的错误：',
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
.l{padding:8px 12px;cursor:pointer;min-height:44px}
.b{display:inline-block;margin-inline-start:6px;padding:0 6px;border-radius:9px;background:#c62828;color:#fff}
.d{max-width:min(480px,calc(100vw - 32px));max-height:60vh;overflow:auto;padding:12px}
.d[hidden],.b[hidden]{display:none}
.d button{margin-inline-end:8px;min-height:36px}
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
  const [v, h] = (options.position ?? 'bottom-right').split('-') as [string, string];
  host.style.setProperty('--z', String(options.zIndex ?? 2147483000));

  const button = el('button', 'l');
  button.type = 'button';
  const label = el('span');
  const badge = el('span', 'b');
  badge.setAttribute('aria-hidden', 'true');
  button.append(label, badge);
  const dialog = el('div', 'd');
  dialog.setAttribute('role', 'dialog');
  dialog.hidden = true;
  for (const node of [button, dialog]) {
    node.style.setProperty(v, '16px');
    node.style.setProperty(h, '16px');
  }
  dialog.style.setProperty(v, '72px');
  root.append(button, dialog);
  document.body.appendChild(host);

  let frame = 0;
  const paint = () => {
    frame = 0;
    const w = words();
    const n = setup.count();
    host.setAttribute('data-scheme', setup.scheme());
    label.textContent = w.title;
    badge.textContent = String(n);
    badge.hidden = !n;
    button.setAttribute(
      'aria-label',
      n ? `${w.title}: ${w.recorded.replace('{n}', String(n))}` : w.title,
    );
  };
  paint();

  const closeRaw = () => {
    dialog.hidden = true;
    dialog.replaceChildren();
  };
  const openRaw = () => {
    const w = words();
    dialog.setAttribute('aria-label', w.title);
    const note = el('p');
    note.textContent = setup.failed() ? w.failed : w.title;
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
    close.onclick = () => {
      closeRaw();
      button.focus();
    };
    const empty = el('p');
    empty.textContent = w.none;
    dialog.replaceChildren(note, list.childElementCount ? list : empty, copy, close);
    dialog.hidden = false;
    copy.focus();
  };
  // Opening loads the panel; when it cannot load, the raw list opens instead (lazy.ts).
  button.onclick = () => setup.open();

  return {
    update() {
      // Also when the settings change (the language, the colour scheme).
      if (!frame) frame = requestAnimationFrame(paint);
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
