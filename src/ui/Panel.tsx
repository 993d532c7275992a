/** The panel: a named dialog (overlay) or region (inline) with four tabs. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { Environment } from './Environment.js';
import type { PanelModel, TabId } from './model.js';
import { ProblemCard } from './ProblemCard.js';
import { Report } from './Report.js';
import { Timeline } from './Timeline.js';

/** The tabs, in order; each id is also the key of its label in the messages. */
const TABS: readonly TabId[] = ['problems', 'timeline', 'environment', 'report'];

/** Props of `Panel`. */
export interface PanelProps {
  m: PanelModel;
  /** A dialog beside the launcher (focus moves in on open; a close button) rather than a region. */
  overlay: boolean;
}

/**
 * Moves focus to the selected tab when the overlay's tablist appears. One function for every
 * render, so Preact calls it once, when the node is attached (in the commit, like a layout
 * effect: no frame or timer is scheduled for it).
 */
const focusSelectedTab = (tabs: HTMLElement | null): void => {
  tabs?.querySelector<HTMLElement>('[aria-selected=true]')?.focus();
};

/** The panel. Tabs form a tablist (`aria-selected`; arrow keys move between them). */
export function Panel({ m, overlay }: PanelProps) {
  const tab = m.tab.value;
  const list = m.problems.value;
  const open = list.filter((p) => !p.resolved).length;
  const onKeyDown = (e: KeyboardEvent): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const i = (TABS.indexOf(tab) + step + TABS.length) % TABS.length;
    m.tab.value = TABS[i]!;
    ((e.currentTarget as HTMLElement).children[i] as HTMLElement).focus();
  };
  return (
    <section
      id="td-panel"
      class="panel"
      part="panel"
      role={overlay ? 'dialog' : 'region'}
      aria-labelledby="td-title"
    >
      <div class="row bar">
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
      <div
        ref={overlay ? focusSelectedTab : undefined}
        class="tabs"
        role="tablist"
        onKeyDown={onKeyDown}
      >
        {TABS.map((id) => (
          <button
            type="button"
            role="tab"
            part="tab"
            id={`td-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="td-tabpanel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => (m.tab.value = id)}
          >
            {m.t(id)}
            {id === 'problems' && open > 0 && ` (${open})`}
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
          list.length ? (
            list.map((p) => <ProblemCard key={p.fingerprint} m={m} problem={p} />)
          ) : (
            <p class="muted">{m.t('noProblems')}</p>
          )
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
