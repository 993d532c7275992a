/** What the connection test found, check by check, under its plain-words verdict. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { ConnectionFindings } from '../core/connection.js';
import type { PanelModel } from './model.js';

const ICONS = { ok: '✓', blocked: '✗', unsupported: '–' } as const;

/**
 * The three checks of a `test-connection` result (`part="connection"`): the scheduling host,
 * signalling, and the candidate types gathered (`host`, `srflx`, `relay`). Nothing for other data.
 */
export function ConnectionResult({ m, data }: { m: PanelModel; data: unknown }) {
  const f = data as Partial<ConnectionFindings> | undefined;
  if (!f?.verdict) return null;
  const rows = [
    ['connSchedule', f.schedule, ''],
    ['connSignal', f.signal, ''],
    ['connIce', f.ice, (f.candidates ?? []).join(', ') || m.t('none')],
  ] as const;
  return (
    <ul class="checks" part="connection" data-verdict={f.verdict}>
      {rows.map(([label, outcome = 'unsupported', more]) => (
        <li data-check={label} data-outcome={outcome}>
          <span class={outcome === 'ok' ? 'ok' : 'error'} aria-hidden="true">
            {ICONS[outcome]}
          </span>{' '}
          {m.t(label)}: {m.t(`conn-check-${outcome}`)}
          {more && ` (${more})`}
        </li>
      ))}
    </ul>
  );
}
