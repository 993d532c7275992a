/** How an action's result shows: its sentence, and its data (device lists, environment facts). */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
// Already in the bundle: @preact/signals' hooks are built on it.
import { useMemo } from 'preact/hooks';
import type { ActionResult } from '../core/types.js';
import { ConnectionResult } from './ConnectionResult.js';
import type { PanelModel } from './model.js';
import { checklist } from './words.js';

/** Nesting and length limits: the data is the engine's, but the page's memory is not ours to spend. */
const MAX_DEPTH = 3;
const MAX_ITEMS = 40;

const DEVICE_KINDS = ['cameras', 'microphones', 'speakers'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Any data as a definition list: keys as `<dt>`, primitive values as text, nested objects and
 * arrays as nested lists (bounded). Everything goes in as text. The one renderer of every
 * result's data: device lists are turned into facts first.
 */
export function Facts({ data, depth = 0 }: { data: unknown; depth?: number }) {
  if (!isObject(data) || depth >= MAX_DEPTH) return isObject(data) ? '…' : String(data);
  const keys = Object.keys(data).slice(0, MAX_ITEMS);
  const values = keys.map((k) => <Facts data={data[k]} depth={depth + 1} />);
  return Array.isArray(data) ? (
    <ul>
      {values.map((v, i) => (
        <li key={i}>{v}</li>
      ))}
    </ul>
  ) : (
    <dl>{keys.map((k, i) => [<dt key={`t${k}`}>{k}</dt>, <dd key={`d${k}`}>{values[i]}</dd>])}</dl>
  );
}

/**
 * `check-devices` data (`{ cameras, microphones, speakers }`, each `{ deviceId, label }[]`) as
 * facts: each kind by its name, its devices by label ("none found", "(name hidden...)").
 */
const deviceFacts = (m: PanelModel, data: Record<string, unknown>): Record<string, unknown> => {
  const facts: Record<string, unknown> = {};
  for (const kind of DEVICE_KINDS) {
    const list = Array.isArray(data[kind]) ? (data[kind] as unknown[]) : [];
    facts[m.t(kind)] = list.length
      ? list.map((d) => {
          const label = isObject(d) && d.label;
          return typeof label === 'string' && label ? label : m.t('noLabel');
        })
      : m.t('none');
  }
  return facts;
};

/** A read-only textarea holding text to copy by hand when the clipboard refused it. */
export function CopyFallback({ m, text }: { m: PanelModel; text: string }) {
  return (
    <textarea
      readOnly
      rows={8}
      value={text}
      aria-label={m.t('copyFailed')}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}

/**
 * An action's outcome sentence and its data. A failed copy-report shows the report to copy by
 * hand, built once for that result: a card re-renders every frame while errors come in, and
 * rebuilding (and re-redacting) the report each time would be wasted work.
 */
export function Result({ m, result }: { m: PanelModel; result: ActionResult }) {
  const data = result.data;
  const manual = useMemo(
    () =>
      result.action === 'copy-report' && !result.ok
        ? m.doctor.report({ format: 'markdown' })
        : undefined,
    [result],
  );
  const checks = checklist(m, result);
  return (
    <div class="res" part="result" data-outcome={result.outcome}>
      {/* The sentence is announced; what is seen is the checklist (the sentence when it has no more). */}
      <p role="status" class="sr">
        {result.text}
      </p>
      {manual !== undefined ? (
        <CopyFallback m={m} text={manual} />
      ) : (
        [
          <ul class="checks" part="checks">
            {checks.map(([ok, text]) => (
              <li data-ok={String(ok)}>
                <span class={ok ? 'ok' : 'error'} aria-hidden="true">
                  {ok ? '✓' : '✗'}
                </span>{' '}
                {text}
              </li>
            ))}
          </ul>,
          result.action === 'test-connection' && <ConnectionResult m={m} data={data} />,
          isObject(data) && (
            <details part="details">
              <summary>{m.t('techDetails')}</summary>
              <Facts data={result.action === 'check-devices' ? deviceFacts(m, data) : data} />
            </details>
          ),
        ]
      )}
    </div>
  );
}
