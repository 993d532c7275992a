/**
 * Mounts the panel into the page: one `<trtc-doctor>` element, an open shadow root, our styles
 * inside it, and nothing else in the page but one keydown listener for the shortcut. No Preact
 * here: the shell (shell.ts) is plain DOM, and loads the panel's view when it is first shown.
 */
import type { MountOptions, MountedPanel, PanelMounter } from '../core/types.js';
import { createPanelModel } from './model.js';
import { matchesShortcut, parseShortcut } from '../core/shortcut.js';
import { mountShell } from './shell.js';
import { CSS, adoptStyles } from './styles.js';

/** The element's tag name, the one name the page sees. */
export const TAG = 'trtc-doctor';

/** The panel's element when the page has defined a `<trtc-doctor>` of its own. */
export const FALLBACK_TAG = 'trtc-doctor-panel';

/** An element of `tag` with an open shadow root (throws when the page's definition forbids one). */
function hostOf(tag: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  return { host, root: host.attachShadow({ mode: 'open' }) };
}

/**
 * Our `<trtc-doctor>` and its open shadow root. A page (or another script) that defined its own
 * `<trtc-doctor>`, e.g. with a closed shadow root, still gets a working panel, in a
 * `<trtc-doctor-panel>`, and a console message saying why and how to get the usual element back.
 */
function createHost(): { host: HTMLElement; root: ShadowRoot } {
  try {
    if (typeof customElements === 'object' && !customElements.get(TAG)) {
      // A plain element: all the behaviour lives in the Preact tree inside its shadow root.
      customElements.define(TAG, class extends HTMLElement {});
    }
    return hostOf(TAG);
  } catch {
    try {
      console.warn(
        `[trtc-doctor] this page defines its own <${TAG}> element, which cannot hold the panel; the panel is in a <${FALLBACK_TAG}> instead. Remove or rename that element definition to get <${TAG}> back.`,
      );
    } catch {
      // A console that throws must not stop the panel.
    }
    return hostOf(FALLBACK_TAG);
  }
}

/** Default z-index of the overlay: above nearly anything a page stacks. */
export const DEFAULT_Z_INDEX = 2147483000;

/** `?trtc-doctor` (or `&trtc-doctor=1`) in the URL shows the launcher from the start. */
function urlAsksForLauncher(): boolean {
  try {
    return new URLSearchParams(location.search).has('trtc-doctor');
  } catch {
    return false;
  }
}

/**
 * Shows the doctor's panel: a corner launcher and a panel beside it (`overlay`), or the panel in
 * the host's `container` (`inline`). Called by `doctor.mount()`, which merges the settings and has
 * already checked every option (`validateMountOptions`: mode, position, container, z-index...).
 *
 * @throws Error for a shortcut without a modifier or with more than one key, or without a DOM:
 *   each message says what to pass.
 * @example
 * ```ts
 * const panel = mountPanel(doctor, { mode: 'inline', container: document.querySelector('#help')! });
 * panel.unmount();
 * ```
 */
export const mountPanel: PanelMounter = (doctor, options: MountOptions) => {
  const {
    mode = 'overlay',
    container,
    position = 'bottom-right',
    showLauncher,
    shortcut = 'ctrl+shift+d',
    zIndex = DEFAULT_Z_INDEX,
    styleNonce,
    offset,
  } = options;
  if (typeof document === 'undefined') {
    throw new Error('trtc-doctor: mount() needs a browser document; call it in the browser.');
  }
  const overlay = mode === 'overlay';
  const keys = overlay && shortcut !== false ? parseShortcut(shortcut) : undefined;

  const { host, root } = createHost();
  adoptStyles(root, CSS, styleNonce);
  const m = createPanelModel(doctor, showLauncher ?? urlAsksForLauncher(), overlay);
  const shell = mountShell(m, root, { mode, position, zIndex, offset, styleNonce });
  // The host element fills its container too (styles.ts, `:host([data-mode=embedded])`).
  if (mode === 'embedded') host.setAttribute('data-mode', mode);
  (overlay ? document.body : container!).appendChild(host);

  const show = (): void => {
    m.forced.value = true;
    m.open.value = true;
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (!matchesShortcut(e, keys!)) return;
    // Ctrl+Shift+D is also a browser shortcut (bookmark all tabs): ours wins while mounted.
    e.preventDefault();
    if (m.open.value) m.close();
    else show();
  };
  if (keys) window.addEventListener('keydown', onKeyDown);

  let mounted = true;
  return {
    open() {
      if (mounted && overlay) show();
    },
    close() {
      if (mounted && overlay) m.close();
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      if (keys) window.removeEventListener('keydown', onKeyDown);
      m.dispose();
      shell.dispose();
      host.remove();
    },
  } satisfies MountedPanel;
};
