/**
 * Parts of the panel that load when first shown: the problem cards and the timeline (so a first
 * problem under a closed overlay loads the launcher, the toast and the panel's frame, not the
 * cards), and the Environment, Report and Support tabs. Each is its own chunk (a literal `import()`, so any bundler splits it off the panel), fetched the first
 * time it renders; until then a polite "Loading…" stands in, and a part that cannot load says so
 * with a Retry button. Nothing is thrown into the page.
 */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { FunctionComponent } from 'preact';
import { signal } from '@preact/signals';
import type { Problem, TimelineEntry } from '../core/types.js';
import type { PanelModel } from './model.js';

/** What every part takes: the panel's model (its words, its doctor). */
export interface PartProps {
  m: PanelModel;
}

/** A component loaded on first render, and how to fetch it ahead. */
export type LazyPart<P extends PartProps> = FunctionComponent<P> & {
  /** Fetch the part now (resolves either way; a failure is shown where the part renders). */
  preload(): Promise<void>;
};

/**
 * A component fetched by `load` the first time it renders (once: every panel shares it). Renders
 * "Loading…" (`role="status"`, `aria-busy`) while it loads, the component once it is there, and a
 * clear sentence with a Retry button when the load failed.
 *
 * @example
 * ```tsx
 * const LazyReport = lazyPart(() => import('./Report.js').then((x) => x.Report));
 * <LazyReport m={m} />;
 * ```
 */
export function lazyPart<P extends PartProps>(
  load: () => Promise<FunctionComponent<P>>,
): LazyPart<P> {
  // `undefined` while not loaded, `null` when the last load failed.
  const loaded = signal<FunctionComponent<P> | null | undefined>(undefined);
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (pending ??= new Promise<FunctionComponent<P>>((resolve) => resolve(load())).then(
      (component) => void (loaded.value = component),
      () => {
        pending = undefined;
        loaded.value = null;
      },
    ));

  const Part = (props: P) => {
    const Component = loaded.value;
    const { m } = props;
    if (Component) return <Component {...props} />;
    if (Component === null) {
      return (
        <p role="alert" part="load-failed">
          {m.t('loadFailed')}{' '}
          <button
            type="button"
            onClick={() => {
              loaded.value = undefined;
              void preload();
            }}
          >
            {m.t('retry')}
          </button>
        </p>
      );
    }
    void preload();
    return (
      <p class="muted" role="status" aria-busy="true">
        {m.t('loading')}
      </p>
    );
  };
  return Object.assign(Part, { preload });
}

/** The Environment tab (checks, devices, "Test my setup"), loaded when first opened. */
export const LazyEnvironment = lazyPart<PartProps>(() =>
  import('./Environment.js').then((x) => x.Environment),
);

/** The Report tab (preview, copy, download), loaded when first opened. */
export const LazyReport = lazyPart<PartProps>(() => import('./Report.js').then((x) => x.Report));

/** The end user's contact form, loaded when first opened. */
export const LazySupport = lazyPart<PartProps>(() => import('./Support.js').then((x) => x.Support));

/** What the problem cards take: the model and the problems to show, in order. */
export interface CardsProps extends PartProps {
  list: readonly Problem[];
}

/** The problem cards (with the guides and the results they show), loaded when first shown. */
export const LazyCards = lazyPart<CardsProps>(() =>
  import('./ProblemCard.js').then((x) => x.ProblemCards),
);

/** What the timeline takes: the model and the entries to show (`m.timeline`'s snapshot). */
export interface TimelinePartProps extends PartProps {
  entries: readonly TimelineEntry[];
}

/** The timeline, loaded when first shown. */
export const LazyTimeline = lazyPart<TimelinePartProps>(() =>
  import('./Timeline.js').then((x) => x.Timeline),
);

/**
 * Fetch the cards and the timeline ahead, when the user shows intent to open (a press on the
 * launcher or the toast, focus on them, the shortcut): the open then rarely waits for them.
 */
export const preloadPanel = (): void => {
  void LazyCards.preload();
  void LazyTimeline.preload();
};
