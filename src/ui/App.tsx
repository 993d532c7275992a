/** The root of a mounted panel: the themed wrapper, the overlay launcher, the live region. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { MountOptions, Severity } from '../core/types.js';
import type { PanelModel } from './model.js';
import { Panel } from './Panel.js';

/** Props of `App`. */
export interface AppProps {
  m: PanelModel;
  mode: NonNullable<MountOptions['mode']>;
  position: NonNullable<MountOptions['position']>;
  zIndex: number;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The launcher (with the open-problem badge) and, when open, the panel beside it. */
function Overlay({ m, position, zIndex }: Omit<AppProps, 'mode'>) {
  const list = m.problems.value;
  const isOpen = m.open.value;
  const open = list.filter((p) => !p.resolved);
  const worst = SEVERITIES.find((s) => open.some((p) => p.diagnosis.severity === s));
  return (
    <div
      class={`ov ${position}`}
      style={{ zIndex: String(zIndex) }}
      onKeyDown={(e) => e.key === 'Escape' && m.open.value && m.close()}
    >
      {(isOpen || m.forced.value || list.length > 0) && (
        <button
          ref={(el) => {
            m.launcher = el;
          }}
          type="button"
          class="launch"
          part="launcher"
          aria-expanded={isOpen}
          aria-controls="td-panel"
          onClick={() => (m.open.value = !isOpen)}
        >
          {/* The name is the visible text plus a hidden tail: "TRTC Doctor 3 open problems". */}
          {m.t('title')}
          {open.length > 0 && [
            ' ',
            <span class={`tag ${worst}`} part="badge" data-severity={worst}>
              {open.length}
            </span>,
            ' ',
            <span class="sr">{m.t('openProblems')}</span>,
          ]}
        </button>
      )}
      {isOpen && <Panel m={m} overlay />}
    </div>
  );
}

/** Everything inside the shadow root. Reads the settings, so a `configure()` re-renders. */
export function App({ m, mode, ...overlay }: AppProps) {
  const { colorScheme, lang } = m.doctor.settings.value;
  return (
    <div class="r" data-scheme={colorScheme} lang={lang}>
      {mode === 'overlay' ? <Overlay m={m} {...overlay} /> : <Panel m={m} overlay={false} />}
      <div class="sr" role="status" aria-live="polite">
        {m.announcement.value}
      </div>
    </div>
  );
}
