/** The report tab: copy as Markdown or JSON, or download, always the engine's redacted report. */
import { useState } from 'preact/hooks';
import type { PanelModel } from './model.js';
import { CopyFallback } from './Results.js';

/** How long the download's object URL lives: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 10_000;

/** Buttons to copy and download the report; a copy the clipboard refuses is shown to copy by hand. */
export function Report({ m }: { m: PanelModel }) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState('');
  const done = (ok: boolean, text: string, sentence?: string): void => {
    setStatus(sentence ?? m.t(ok ? 'copied' : 'copyFailed'));
    setManual(ok ? '' : text);
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
  const copyMarkdown = (): void => {
    if (!m.doctor.canRun('copy-report')) return copy(m.doctor.report({ format: 'markdown' }));
    void m.doctor
      .runAction('copy-report')
      .then((r) => done(r.ok, r.ok ? '' : m.doctor.report({ format: 'markdown' }), r.text));
  };
  const download = (e: MouseEvent): void => {
    const json = m.doctor.report({ format: 'json' });
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `trtc-doctor-report-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    // Clicked inside our own shadow root, then removed: nothing is left in the page.
    (e.currentTarget as HTMLElement).after(a);
    a.click();
    a.remove();
    m.later(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  };
  return (
    <>
      <p class="muted">{m.t('reportNote')}</p>
      <p class="row">
        <button type="button" data-action="copy-report" onClick={copyMarkdown}>
          {m.t('copyMarkdown')}
        </button>
        <button
          type="button"
          data-report="json"
          onClick={() => copy(m.doctor.report({ format: 'json' }))}
        >
          {m.t('copyJson')}
        </button>
        <button type="button" data-report="download" onClick={download}>
          {m.t('download')}
        </button>
      </p>
      {status && <p role="status">{status}</p>}
      {manual && <CopyFallback m={m} text={manual} />}
    </>
  );
}
