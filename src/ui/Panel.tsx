/** The panel: a named dialog (overlay) or region (inline) with four tabs. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { LazyCards, LazyEnvironment, LazyReport, LazySupport, LazyTimeline } from './lazy-tab.js';
import type { PanelModel, TabId } from './model.js';
// Already in the bundle: @preact/signals' hooks are built on it.
import { useEffect, useRef } from 'preact/hooks';
import type { Problem } from '../core/types.js';

/** The tabs, in order; each id is also the key of its label in the messages. */
const TABS: readonly TabId[] = ['problems', 'timeline', 'environment', 'report'];

/** Props of `Panel`. */
export interface PanelProps {
  m: PanelModel;
  /** A dialog beside the launcher (focus moves in on open; a close button) rather than a region. */
  overlay: boolean;
}

/**
 * Moves focus into the overlay's panel: to the selected tab (developers), or to the first control
 * (end users). A card opened from the toast may have taken focus already: it stays there.
 */
const focusIn = (panel: HTMLElement | null, user: boolean): void => {
  const active = (panel?.getRootNode() as ShadowRoot | undefined)?.activeElement;
  if (!panel || (active && panel.contains(active))) return;
  panel
    .querySelector<HTMLElement>(user ? '.body button,.body textarea' : '[aria-selected=true]')
    ?.focus({ preventScroll: true });
};

/** The end user's view: the problems (calm cards) and one way to contact support. */
function UserBody({ m, list }: { m: PanelModel; list: readonly Problem[] }) {
  if (m.tab.value === 'support') return <LazySupport m={m} />;
  return [
    list.length ? <LazyCards m={m} list={list} /> : <p class="muted">{m.t('allGood')}</p>,
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
  const section = useRef<HTMLElement>(null);
  // Focus moves in once the panel has been painted (Preact runs effects after the frame): moved
  // in the render's commit, it would make the browser lay the panel out there and then, in the
  // task that opens it. Again when the audience changes: a tablist appears, or goes.
  useEffect(() => {
    if (overlay) focusIn(section.current, user);
  }, [user]);
  const onKeyDown = (e: KeyboardEvent): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const i = (TABS.indexOf(tab) + step + TABS.length) % TABS.length;
    m.tab.value = TABS[i]!;
    ((e.currentTarget as HTMLElement).children[i] as HTMLElement).focus();
  };
  return (
    <section
      ref={section}
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
        <div id="td-tabpanel" class="body" role="group" aria-labelledby="td-title" tabIndex={0}>
          <UserBody m={m} list={list} />
        </div>
      ) : (
        [
          <div class="tabs" role="tablist" onKeyDown={onKeyDown}>
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
                <LazyCards m={m} list={list} />
              ) : (
                <p class="muted">{m.t('noProblems')}</p>
              )
            ) : tab === 'timeline' ? (
              <LazyTimeline m={m} entries={m.timeline.value} />
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
