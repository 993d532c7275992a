/** The panel: a named dialog (overlay) or region (inline) with four tabs. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { LazyEnvironment, LazyReport, LazySupport } from './lazy-tab.js';
import type { PanelModel, TabId } from './model.js';
import { ProblemCard } from './ProblemCard.js';
import type { Problem } from '../core/types.js';
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
  // A card opened from the toast may have taken focus already: it stays there.
  const active = (tabs?.getRootNode() as ShadowRoot | undefined)?.activeElement;
  if (active && tabs?.closest('.panel')?.contains(active)) return;
  tabs?.querySelector<HTMLElement>('[aria-selected=true]')?.focus();
};

/** Gives focus to the first control of the end user's panel when it opens (once, as above). */
const focusFirst = (body: HTMLElement | null): void => {
  const active = (body?.getRootNode() as ShadowRoot | undefined)?.activeElement;
  if (active && body?.closest('.panel')?.contains(active)) return;
  body?.querySelector<HTMLElement>('button,textarea')?.focus();
};

/** The end user's view: the problems (calm cards) and one way to contact support. */
function UserBody({ m, list }: { m: PanelModel; list: readonly Problem[] }) {
  if (m.tab.value === 'support') return <LazySupport m={m} />;
  return [
    list.length ? (
      list.map((p) => <ProblemCard key={p.fingerprint} m={m} problem={p} />)
    ) : (
      <p class="muted">{m.t('allGood')}</p>
    ),
    <p>
      <button type="button" class="link" data-support onClick={() => (m.tab.value = 'support')}>
        {m.t('support')}
      </button>
    </p>,
  ];
}

/**
 * The panel. For developers, tabs form a tablist (`aria-selected`; arrow keys move between them);
 * end users get no tabs: their problems and "Contact support".
 */
export function Panel({ m, overlay }: PanelProps) {
  const tab = m.tab.value;
  const list = m.problems.value;
  const open = list.filter((p) => !p.resolved).length;
  const user = m.doctor.settings.value.audience === 'user';
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
        <h2 id="td-title">{m.t(user ? 'helpTitle' : 'title')}</h2>
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
      {user ? (
        <div
          ref={overlay ? focusFirst : undefined}
          id="td-tabpanel"
          class="body"
          role="group"
          aria-labelledby="td-title"
          tabIndex={0}
        >
          <UserBody m={m} list={list} />
        </div>
      ) : (
        [
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
          </div>,
          // Focusable: the content scrolls, and keyboard users must be able to scroll it.
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
              <LazyEnvironment m={m} />
            ) : (
              <LazyReport m={m} />
            )}
          </div>,
        ]
      )}
    </section>
  );
}
