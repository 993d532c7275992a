/** The Environment tab's "Test my setup": `doctor.preflight()` as a checklist. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useSignal } from '@preact/signals';
import type { PreflightResult } from '../core/types.js';
import type { PanelModel } from './model.js';

const ICONS = { pass: '✓', warn: '!', fail: '✗', skip: '–' } as const;
const CLASSES = { pass: 'ok', warn: 'warning', fail: 'error', skip: 'muted' } as const;

/** A button that runs the preflight checklist and shows each item (`part="preflight"`). */
export function Preflight({ m }: { m: PanelModel }) {
  const result = useSignal<PreflightResult | null>(null);
  const busy = useSignal(false);
  const run = (): void => {
    busy.value = true;
    void m.doctor.preflight().then(
      (r) => ((result.value = r), (busy.value = false)),
      () => (busy.value = false),
    );
  };
  const r = result.value;
  return (
    <section part="preflight" aria-label={m.t('testSetup')} aria-busy={busy.value}>
      <p>
        <button type="button" data-action="preflight" disabled={busy.value} onClick={run}>
          {m.t('testSetup')}
        </button>
      </p>
      {r && (
        <ul class="checks" data-status={r.status} role="status">
          {r.items.map((item) => (
            <li data-item={item.id} data-status={item.status}>
              <span class={CLASSES[item.status]} aria-hidden="true">
                {ICONS[item.status]}
              </span>{' '}
              <span class="sr">{m.t(`pre-${item.status}`)}: </span>
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
