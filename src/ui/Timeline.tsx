/** The timeline tab: errors, state changes and actions, newest first, filterable by type. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { EntryType, PanelModel } from './model.js';
import { Time } from './time.js';

const TYPES: readonly EntryType[] = ['error', 'state', 'action', 'info'];

/**
 * Rows rendered until "show all" is pressed. The engine keeps up to 500 entries; laying out all
 * of them after each burst of errors would cost the page a long frame, and the newest are what
 * a person reads first.
 */
export const TIMELINE_ROWS = 100;

/** The timeline with one toggle button (`aria-pressed`) per entry type. */
export function Timeline({ m }: { m: PanelModel }) {
  const shown = m.shown.value;
  const lang = m.doctor.settings.value.lang;
  const entries = m.timeline.value.filter((e) => shown.includes(e.type));
  const rows = m.all.value ? entries : entries.slice(-TIMELINE_ROWS);
  return [
    <div class="row filters">
      {TYPES.map((type) => (
        <button
          type="button"
          aria-pressed={shown.includes(type)}
          data-type={type}
          onClick={() =>
            (m.shown.value = shown.includes(type)
              ? shown.filter((t) => t !== type)
              : [...shown, type])
          }
        >
          {m.t(`type-${type}`)}
        </button>
      ))}
    </div>,
    rows.length ? (
      <ol class="tl" part="timeline">
        {rows.reverse().map((e) => (
          <li key={e.seq} class={e.type} data-type={e.type}>
            <Time at={e.at} lang={lang} />
            <code>{e.event}</code>
            <span>{e.text}</span>
            {e.source && <span>{m.source(e.source)}</span>}
          </li>
        ))}
      </ol>
    ) : (
      <p class="muted">{m.t('noEntries')}</p>
    ),
    rows.length < entries.length && (
      <p>
        <button type="button" data-show-all onClick={() => (m.all.value = true)}>
          {m.t('showAll', { n: entries.length })}
        </button>
      </p>
    ),
  ];
}
