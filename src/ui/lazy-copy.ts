/**
 * Copy and download, for the tabs that load when first opened (Report, Support): the clipboard,
 * and a file saved through a temporary link inside our own shadow root.
 */
import type { PanelModel } from './model.js';

/** How long the download's object URL lives: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Copies `text`; `done(ok)` says how it went. The clipboard call starts inside the click (Safari
 * grants it only to a user gesture).
 */
export function copyText(text: string, done: (ok: boolean) => void): void {
  try {
    navigator.clipboard.writeText(text).then(
      () => done(true),
      () => done(false),
    );
  } catch {
    done(false);
  }
}

/** Saves `text` as a file through a temporary link inside our own shadow root. */
export function downloadText(m: PanelModel, from: Element, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  const ext = type === 'application/json' ? 'json' : 'md';
  a.download = `trtc-doctor-report-${new Date().toISOString().replace(/[:.]/g, '-')}.${ext}`;
  // Clicked inside our own shadow root, then removed: nothing is left in the page.
  from.after(a);
  a.click();
  a.remove();
  m.later(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
