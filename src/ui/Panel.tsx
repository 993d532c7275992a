/** The panel: a named dialog (overlay) or region (inline) with four tabs. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Environment } from './Environment.js';
import type { MessageKey } from './messages.js';
import type { PanelModel, TabId } from './model.js';
import { ProblemCard } from './ProblemCard.js';
import { Report } from './Report.js';
import { Timeline } from './Timeline.js';

const TABS: readonly TabId[] = ['problems', 'timeline', 'environment', 'report'];
const LABELS: Readonly<Record<TabId, MessageKey>> = {
  problems: 'tabProblems',
  timeline: 'tabTimeline',
  environment: 'tabEnvironment',
  report: 'tabReport',
};

/** Props of `Panel`. */
export interface PanelProps {
  m: PanelModel;
  /** A dialog beside the launcher (focus moves in on open; a close button) rather than a region. */
  overlay: boolean;
}

/** The problem cards, in the doctor's order (open, most severe, newest first). */
function Problems({ m }: { m: PanelModel }) {
  const list = m.problems.value;
  return list.length ? (
    <>
      {list.map((p) => (
        <ProblemCard key={p.fingerprint} m={m} problem={p} />
      ))}
    </>
  ) : (
    <p class="muted">{m.t('noProblems')}</p>
  );
}

/** The panel. Tabs form a tablist (`aria-selected`; arrow keys move between them). */
export function Panel({ m, overlay }: PanelProps) {
  const tab = m.tab.value;
  const open = m.problems.value.filter((p) => !p.resolved).length;
  const tabs = useRef<HTMLDivElement>(null);
  // Layout effect, not effect: runs in the commit, so no frame or timer is scheduled for it.
  useLayoutEffect(() => {
    if (overlay) tabs.current?.querySelector<HTMLElement>('[aria-selected=true]')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const i = (TABS.indexOf(tab) + step + TABS.length) % TABS.length;
    m.tab.value = TABS[i] ?? 'problems';
    (tabs.current?.children[i] as HTMLElement | undefined)?.focus();
  };
  return (
    <section
      ref={(el) => {
        m.panel = el;
      }}
      id="td-panel"
      class="panel"
      part="panel"
      role={overlay ? 'dialog' : 'region'}
      aria-labelledby="td-title"
    >
      <div class="bar">
        <h2 id="td-title">{m.t('title')}</h2>
        {overlay && (
          <button
            type="button"
            class="x"
            part="close"
            aria-label={m.t('close')}
            onClick={() => m.close()}
          >
            ×
          </button>
        )}
      </div>
      <div ref={tabs} class="tabs" role="tablist" onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            part="tab"
            id={`td-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="td-tabpanel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => (m.tab.value = id)}
          >
            {m.t(LABELS[id])}
            {id === 'problems' && open > 0 ? ` (${open})` : ''}
          </button>
        ))}
      </div>
      {/* Focusable: the content scrolls, and keyboard users must be able to scroll it. */}
      <div
        id="td-tabpanel"
        class="body"
        role="tabpanel"
        aria-labelledby={`td-tab-${tab}`}
        tabIndex={0}
      >
        {tab === 'problems' ? (
          <Problems m={m} />
        ) : tab === 'timeline' ? (
          <Timeline m={m} />
        ) : tab === 'environment' ? (
          <Environment m={m} />
        ) : (
          <Report m={m} />
        )}
      </div>
    </section>
  );
}
