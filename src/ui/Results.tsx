/** How an action's result shows: its sentence, and its data (device lists, environment facts). */
import type { ActionResult } from '../core/types.js';
import type { PanelModel } from './model.js';

/** Nesting and length limits: the data is the engine's, but the page's memory is not ours to spend. */
const MAX_DEPTH = 3;
const MAX_ITEMS = 40;

interface Device {
  deviceId?: unknown;
  label?: unknown;
}

const DEVICE_KINDS = ['cameras', 'microphones', 'speakers'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Any engine data as a definition list: keys as `<dt>`, primitive values as text, nested objects
 * and arrays as nested lists (bounded). Everything goes in as text.
 */
export function Facts({ data, depth = 0 }: { data: unknown; depth?: number }) {
  if (!isObject(data) || depth >= MAX_DEPTH) return <>{isObject(data) ? '…' : String(data)}</>;
  if (Array.isArray(data)) {
    return (
      <ul>
        {data.slice(0, MAX_ITEMS).map((v, i) => (
          <li key={i}>
            <Facts data={v} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <dl>
      {Object.keys(data)
        .slice(0, MAX_ITEMS)
        .map((k) => [
          <dt key={`t${k}`}>{k}</dt>,
          <dd key={`d${k}`}>
            <Facts data={data[k]} depth={depth + 1} />
          </dd>,
        ])}
    </dl>
  );
}

/** `check-devices` data: `{ cameras, microphones, speakers }`, each `{ deviceId, label }[]`. */
export function DeviceList({ m, data }: { m: PanelModel; data: Record<string, unknown> }) {
  return (
    <dl>
      {DEVICE_KINDS.map((kind) => {
        const list = Array.isArray(data[kind]) ? (data[kind] as Device[]).slice(0, MAX_ITEMS) : [];
        return [
          <dt key={`t${kind}`}>{m.t(kind)}</dt>,
          <dd key={`d${kind}`}>
            {list.length ? (
              <ul>
                {list.map((d, i) => (
                  <li key={i}>
                    {typeof d?.label === 'string' && d.label ? d.label : m.t('noLabel')}
                  </li>
                ))}
              </ul>
            ) : (
              m.t('none')
            )}
          </dd>,
        ];
      })}
    </dl>
  );
}

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

/** An action's outcome sentence and its data. */
export function Result({ m, result }: { m: PanelModel; result: ActionResult }) {
  const data = result.data;
  return (
    <div class="res" part="result" data-outcome={result.outcome}>
      <p role="status">{result.text}</p>
      {result.action === 'copy-report' && !result.ok ? (
        <CopyFallback m={m} text={m.doctor.report({ format: 'markdown' })} />
      ) : !isObject(data) ? null : result.action === 'check-devices' ? (
        <DeviceList m={m} data={data} />
      ) : (
        <Facts data={data} />
      )}
    </div>
  );
}
