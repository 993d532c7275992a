/**
 * The end user's one way to get help: "What were you doing?", a preview of exactly what will be
 * sent, then copy, download, or the host's own `onReport` (offered only when the host gave one).
 */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { doctorInternals } from '../core/doctor.js';
import type { PanelModel } from './model.js';
import { copyText, downloadText } from './lazy-copy.js';
import { CopyFallback } from './Results.js';

/** The contact form. Its comment goes first in what is sent, redacted like the rest. */
export function Support({ m }: { m: PanelModel }) {
  const comment = useSignal('');
  // The last outcome's sentence, and the text to copy by hand when the clipboard refused.
  const outcome = useSignal(['', '']);
  const send = doctorInternals(m.doctor)?.sendReport;
  const report = useMemo(
    () => m.doctor.report({ format: 'markdown' }),
    [m.problems.value, m.timeline.value, m.doctor.settings.value.lang],
  );
  // With the secrets the doctor learned, as the report it goes with (a pasted userSig too).
  const note = m.doctor.redact(comment.value.trim());
  const text = note ? `## ${m.t('doing')}\n\n${note}\n\n${report}` : report;
  const [status, manual] = outcome.value;
  return [
    <p>
      <button type="button" class="link" onClick={() => (m.tab.value = 'problems')}>
        ← {m.t('back')}
      </button>
    </p>,
    <label for="td-doing">{m.t('doing')}</label>,
    <textarea
      id="td-doing"
      rows={3}
      value={comment.value}
      onInput={(e) => (comment.value = e.currentTarget.value)}
    />,
    <details open>
      <summary>{m.t('preview')}</summary>
      <pre class="preview" part="preview" tabIndex={0}>
        {text}
      </pre>
    </details>,
    <p class="row acts">
      {send && (
        <button
          type="button"
          data-report="send"
          onClick={() =>
            void send(comment.value).then((ok) => {
              outcome.value = [m.t(ok ? 'sent' : 'sendFailed'), ''];
            })
          }
        >
          {m.t('send')}
        </button>
      )}
      <button
        type="button"
        data-report="copy"
        onClick={() =>
          copyText(
            text,
            (ok) => (outcome.value = [m.t(ok ? 'copied' : 'copyFailed'), ok ? '' : text]),
          )
        }
      >
        {m.t('copy')}
      </button>
      <button
        type="button"
        data-report="download"
        onClick={(e) => downloadText(m, e.currentTarget, text, 'text/markdown')}
      >
        {m.t('download')}
      </button>
    </p>,
    status && <p role="status">{status}</p>,
    manual && <CopyFallback m={m} text={manual} />,
  ];
}
