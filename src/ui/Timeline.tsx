/** The timeline tab: errors, state changes and actions, newest first, filterable by type. */
import type { EntryType, PanelModel } from './model.js';
import { Time } from './time.js';

const TYPES: readonly EntryType[] = ['error', 'state', 'action', 'info'];

/** The timeline with one toggle button (`aria-pressed`) per entry type. */
export function Timeline({ m }: { m: PanelModel }) {
  const shown = m.shown.value;
  const lang = m.doctor.settings.value.lang;
  const entries = m.timeline.value.filter((e) => shown.includes(e.type)).reverse();
  return (
    <>
      <div class="row filters">
        {TYPES.map((type) => (
          <button
            key={type}
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
      </div>
      {entries.length ? (
        <ol class="tl" part="timeline">
          {entries.map((e) => (
            <li key={e.seq} class={e.type} data-type={e.type}>
              <Time at={e.at} lang={lang} />
              <code class="ev">{e.event}</code>
              <span>{e.text}</span>
              {e.source && <span class="src">{m.source(e.source)}</span>}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{m.t('noEntries')}</p>
      )}
    </>
  );
}
