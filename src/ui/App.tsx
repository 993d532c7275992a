/** The root of a mounted panel: the themed wrapper, the overlay launcher, the live region. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { signal, useSignal } from '@preact/signals';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { MountOptions } from '../core/types.js';
import { Launcher, Toast } from './Launcher.js';
import type { PanelModel } from './model.js';
import { Panel } from './Panel.js';
import { EDGE_PX, loadPlace } from './place.js';
import type { Place } from './place.js';

/** Props of `App`. */
export interface AppProps {
  m: PanelModel;
  mode: NonNullable<MountOptions['mode']>;
  position: NonNullable<MountOptions['position']>;
  zIndex: number;
  /** The launcher's offset from its corner (CSS px), before the user moves it. */
  offset?: { x: number; y: number };
}

/** The visual viewport's height and how much of the layout viewport's bottom it leaves out. */
function readViewport(): Record<string, string> {
  const vv = window.visualViewport;
  const height = vv?.height ?? innerHeight;
  // An on-screen keyboard shrinks the visual viewport: the sheet stays above it.
  const below = vv ? Math.max(0, innerHeight - vv.offsetTop - vv.height) : 0;
  return { '--td-vh': `${Math.round(height)}px`, '--td-vb': `${Math.round(below)}px` };
}

/**
 * The launcher, the toast and, when open, the panel beside it (a bottom sheet on phones). The
 * viewport is read when the panel opens and when the visual viewport resizes, never in between:
 * on open, in the render, before the panel's nodes go in, so the read finds the page's layout as
 * it was (a read after they went in would make the browser lay the new panel out there and then).
 */
function Overlay({ m, position, zIndex, offset }: Omit<AppProps, 'mode'>) {
  const list = m.problems.value;
  const isOpen = m.open.value;
  // Read from the session's storage once, on the first render only.
  const place = useMemo(() => signal<Place>(loadPlace(offset)), []);
  const opened = useMemo(() => (isOpen ? readViewport() : undefined), [isOpen]);
  // Set when the visual viewport changes while open (an on-screen keyboard, a pinch zoom).
  const resized = useSignal<Record<string, string> | undefined>(undefined);
  useLayoutEffect(() => {
    if (!isOpen) return;
    const vv = window.visualViewport;
    const update = (): void => void (resized.value = readViewport());
    vv?.addEventListener('resize', update);
    vv?.addEventListener('scroll', update);
    return () => {
      vv?.removeEventListener('resize', update);
      vv?.removeEventListener('scroll', update);
      resized.value = undefined;
    };
  }, [isOpen]);
  const [v, side] = position.split('-') as [string, string];
  const { x, y } = place.value;
  const margin = (edge: string, by: number) =>
    `calc(${EDGE_PX + by}px + env(safe-area-inset-${edge}, 0px))`;
  const toast = !isOpen && m.toast.value;
  return (
    <div
      class={`ov ${position}`}
      style={{
        zIndex: String(zIndex),
        [v === 'top' ? 'marginTop' : 'marginBottom']: margin(v, y),
        [side === 'left' ? 'marginLeft' : 'marginRight']: margin(side, x),
        '--td-x': `${x}px`,
        '--td-y': `${y}px`,
        ...(resized.value ?? opened),
      }}
      onKeyDown={(e) => e.key === 'Escape' && m.open.value && m.close()}
    >
      {(isOpen || m.forced.value || list.length > 0) && (
        <div class="lrow">
          <Launcher m={m} place={place} position={position} />
        </div>
      )}
      {toast && <Toast m={m} problem={toast} />}
      {isOpen && <Panel m={m} overlay />}
    </div>
  );
}

/** Everything inside the shadow root. Reads the settings, so a `configure()` re-renders. */
export function App({ m, mode, ...overlay }: AppProps) {
  const { colorScheme, lang } = m.doctor.settings.value;
  return (
    <div class={mode === 'embedded' ? 'r emb' : 'r'} data-scheme={colorScheme} lang={lang}>
      {mode === 'overlay' ? <Overlay m={m} {...overlay} /> : <Panel m={m} overlay={false} />}
      <div class="sr" role="status" aria-live="polite">
        {m.announcement.value}
      </div>
    </div>
  );
}
