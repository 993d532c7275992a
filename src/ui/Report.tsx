/** The report tab: copy as Markdown or JSON, or download, always the engine's redacted report. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useSignal } from '@preact/signals';
import type { PanelModel } from './model.js';
import { useMemo } from 'preact/hooks';
import { copyText, downloadText } from './lazy-copy.js';
import { CopyFallback } from './Results.js';

/**
 * The report as it will be copied (Markdown), then buttons to copy and download it; a copy the
 * clipboard refuses is shown to copy by hand.
 */
export function Report({ m }: { m: PanelModel }) {
  // The last copy's sentence, and the text to copy by hand when it failed ('' when it worked).
  const outcome = useSignal(['', '']);
  const [status, manual] = outcome.value;
  const report = (format: 'json' | 'markdown'): string => m.doctor.report({ format });
  const done = (ok: boolean, text: string, sentence = m.t(ok ? 'copied' : 'copyFailed')): void => {
    outcome.value = [sentence, ok ? '' : text];
  };
  const copy = (text: string): void => copyText(text, (ok) => done(ok, text));
  // Made again only when what it reports changes, not on every frame of a storm.
  // The report is written in the panel's language: a language switch writes it again.
  const { lang } = m.doctor.settings.value;
  const preview = useMemo(() => report('markdown'), [m.problems.value, m.timeline.value, lang]);
  // The engine's copy-report action (clipboard, then its own fallback) says how it went.
  const copyMarkdown = (): void =>
    void m.doctor
      .runAction('copy-report')
      .then((r) => done(r.ok, r.ok ? '' : report('markdown'), r.text));
  const download = (e: MouseEvent): void =>
    downloadText(m, e.currentTarget as Element, report('json'), 'application/json');
  return [
    <p class="muted">{m.t('reportNote')}</p>,
    <details open>
      <summary>{m.t('previewCopy')}</summary>
      <pre class="preview" part="preview" tabIndex={0}>
        {preview}
      </pre>
    </details>,
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
