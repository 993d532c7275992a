/** The report tab: copy as Markdown or JSON, or download, always the engine's redacted report. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useSignal } from '@preact/signals';
import type { PanelModel } from './model.js';
import { CopyFallback } from './Results.js';

/** How long the download's object URL lives: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 10_000;

/** Buttons to copy and download the report; a copy the clipboard refuses is shown to copy by hand. */
export function Report({ m }: { m: PanelModel }) {
  // The last copy's sentence, and the text to copy by hand when it failed ('' when it worked).
  const outcome = useSignal(['', '']);
  const [status, manual] = outcome.value;
  const report = (format: 'json' | 'markdown'): string => m.doctor.report({ format });
  const done = (ok: boolean, text: string, sentence = m.t(ok ? 'copied' : 'copyFailed')): void => {
    outcome.value = [sentence, ok ? '' : text];
  };
  const copy = (text: string): void => {
    try {
      navigator.clipboard.writeText(text).then(
        () => done(true, text),
        () => done(false, text),
      );
    } catch {
      done(false, text);
    }
  };
  // The engine's copy-report action (clipboard, then its own fallback) says how it went.
  const copyMarkdown = (): void =>
    void m.doctor
      .runAction('copy-report')
      .then((r) => done(r.ok, r.ok ? '' : report('markdown'), r.text));
  const download = (e: MouseEvent): void => {
    const url = URL.createObjectURL(new Blob([report('json')], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `trtc-doctor-report-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    // Clicked inside our own shadow root, then removed: nothing is left in the page.
    (e.currentTarget as HTMLElement).after(a);
    a.click();
    a.remove();
    m.later(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  };
  return [
    <p class="muted">{m.t('reportNote')}</p>,
    <p class="row">
      <button type="button" data-action="copy-report" onClick={copyMarkdown}>
        {m.t('copyMarkdown')}
      </button>
      <button type="button" data-report="json" onClick={() => copy(report('json'))}>
        {m.t('copyJson')}
      </button>
      <button type="button" data-report="download" onClick={download}>
        {m.t('download')}
      </button>
    </p>,
    status && <p role="status">{status}</p>,
    manual && <CopyFallback m={m} text={manual} />,
  ];
}
