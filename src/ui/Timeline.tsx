/** The timeline tab: errors, state changes and actions, newest first, filterable by type. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useSignal } from '@preact/signals';
import { useGradual } from './gradual.js';
import type { TimelineEntry } from '../core/types.js';
import type { EntryType, PanelModel } from './model.js';
import { Time, clock } from './time.js';
import { said } from './words.js';

const TYPES: readonly EntryType[] = ['error', 'state', 'action', 'info'];

/**
 * Rows rendered until "show all" is pressed. The engine keeps up to 500 entries; laying out all
 * of them after each burst of errors would cost the page a long frame, and the newest are what
 * a person reads first.
 */
export const TIMELINE_ROWS = 100;

/**
 * Rows rendered in the task that shows the timeline, the newest: about as many as the panel's
 * height shows. The rest follow, `ROWS_PER_STEP` after each paint (`useGradual`).
 */
export const FIRST_ROWS = 30;

/** Rows added after each paint, until every row due is shown. */
export const ROWS_PER_STEP = 50;

/** Entries longer than this end in an ellipsis, with a button to show them whole. */
export const LONG_ENTRY_CHARS = 60;

/** Props of `Timeline`. */
export interface TimelineProps {
  m: PanelModel;
  /**
   * The entries: `m.timeline`'s snapshot, passed down so the panel's render of a frame renders
   * the timeline too, in the same task (ui/shell.ts).
   */
  entries: readonly TimelineEntry[];
}

/**
 * The timeline: one chip (`aria-pressed`) per entry type, a search box and a clear button, then
 * the entries newest first, each with its clock time and how long ago.
 */
export function Timeline({ m, entries: all }: TimelineProps) {
  const shown = m.shown.value;
  const open = useSignal<ReadonlySet<number>>(new Set());
  const lang = m.doctor.settings.value.lang;
  const query = m.query.value.trim().toLowerCase();
  const lines = all
    .filter((e) => shown.includes(e.type))
    .map(
      (e) => [e, said(m, e.text, e.event), e.source ? said(m, m.source(e.source)) : ''] as const,
    );
  const entries = query
    ? lines.filter((l) => `${l[0].event} ${l[1]} ${l[2]}`.toLowerCase().includes(query))
    : lines;
  const rows = m.all.value ? entries : entries.slice(-TIMELINE_ROWS);
  const drawn = useGradual(rows.length, FIRST_ROWS, ROWS_PER_STEP);
  // One reading of the clock for every row of this render.
  const now = Date.now();
  return [
    <div class="row filters" role="group" aria-label={m.t('timeline')}>
      {TYPES.map((type) => (
        <button
          type="button"
          class="chip"
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
    <div class="row">
      <input
        type="search"
        aria-label={m.t('search')}
        placeholder={m.t('search')}
        value={m.query.value}
        onInput={(e) => (m.query.value = e.currentTarget.value)}
      />
      <button
        type="button"
        class="link"
        data-clear
        onClick={() => {
          m.query.value = '';
          m.shown.value = TYPES;
        }}
      >
        {m.t('clear')}
      </button>
    </div>,
    rows.length ? (
      <ol class="tl" part="timeline">
        {rows
          .slice(rows.length - drawn)
          .reverse()
          .map(([e, text, source]) => {
            const long = text.length > LONG_ENTRY_CHARS;
            const whole = open.value.has(e.seq);
            return (
              <li key={e.seq} class={e.type} data-type={e.type}>
                <span class="clock">{clock(e.at, lang)}</span>
                <Time at={e.at} lang={lang} now={now} />
                <code>{e.event}</code>
                <span class={whole ? 'txt open' : 'txt'}>{text}</span>
                {long && (
                  <button
                    type="button"
                    class="more"
                    aria-expanded={whole}
                    aria-label={m.t('more')}
                    onClick={() => {
                      const next = new Set(open.value);
                      if (whole) next.delete(e.seq);
                      else next.add(e.seq);
                      open.value = next;
                    }}
                  >
                    {whole ? '▴' : '…'}
                  </button>
                )}
                {source && <span>{source}</span>}
              </li>
            );
          })}
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
