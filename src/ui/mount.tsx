/**
 * Mounts the panel into the page: one `<trtc-doctor>` element, an open shadow root, our styles
 * inside it, and nothing else in the page but one keydown listener for the shortcut.
 */
import { render } from 'preact';
import type { MountOptions, MountedPanel, PanelMounter } from '../core/types.js';
import { App } from './App.js';
import { createPanelModel } from './model.js';
import { matchesShortcut, parseShortcut } from './shortcut.js';
import { CSS } from './styles.js';

/** The element's tag name, the one name the page sees. */
export const TAG = 'trtc-doctor';

/** Default z-index of the overlay: above nearly anything a page stacks. */
export const DEFAULT_Z_INDEX = 2147483000;

const MODES = ['overlay', 'inline'] as const;
const POSITIONS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;

function oneOf<T extends string>(name: string, value: unknown, valid: readonly T[]): T {
  if (valid.includes(value as T)) return value as T;
  throw new Error(
    `trtc-doctor: mount ${name} ${JSON.stringify(value)} is not valid; use ${valid.map((v) => `"${v}"`).join(', ')}.`,
  );
}

/** `?trtc-doctor` (or `&trtc-doctor=1`) in the URL shows the launcher from the start. */
function urlAsksForLauncher(): boolean {
  try {
    return new URLSearchParams(location.search).has('trtc-doctor');
  } catch {
    return false;
  }
}

/**
 * Puts the styles in the shadow root: a constructable stylesheet where there is one (allowed by
 * `style-src 'self'`), else a `<style>` carrying the host's nonce.
 */
function adoptStyles(root: ShadowRoot, nonce: string | undefined): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // No constructable stylesheets (older Safari): fall back to a <style> element.
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = CSS;
  root.appendChild(style);
}

/**
 * Shows the doctor's panel: a corner launcher and a panel beside it (`overlay`), or the panel in
 * the host's `container` (`inline`). Called by `doctor.mount()`, which merges the settings.
 *
 * @throws Error for an unknown mode or position, a missing inline container, a bad shortcut or
 *   z-index, or no DOM: each message names the option and what to pass.
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
  } = options;
  oneOf('mode', mode, MODES);
  oneOf('position', position, POSITIONS);
  if (typeof document === 'undefined') {
    throw new Error(
      'trtc-doctor: mount() needs a browser document; call it in the browser, not during SSR.',
    );
  }
  const overlay = mode === 'overlay';
  // nodeType, not instanceof Element: a container from an iframe is an Element of another realm.
  if (!overlay && (container as Node | undefined)?.nodeType !== 1) {
    throw new Error(
      'trtc-doctor: mount({ mode: "inline" }) needs `container`, the Element to render into, e.g. document.querySelector("#support").',
    );
  }
  if (typeof zIndex !== 'number' || !Number.isFinite(zIndex)) {
    throw new Error(
      `trtc-doctor: mount zIndex ${String(zIndex)} is not valid; pass a finite number.`,
    );
  }
  const keys = overlay && shortcut !== false ? parseShortcut(shortcut) : undefined;

  if (typeof customElements === 'object' && !customElements.get(TAG)) {
    // A plain element: all the behaviour lives in the Preact tree inside its shadow root.
    customElements.define(TAG, class extends HTMLElement {});
  }
  const host = document.createElement(TAG);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, styleNonce);
  const m = createPanelModel(doctor, showLauncher ?? urlAsksForLauncher());
  render(<App m={m} mode={mode} position={position} zIndex={zIndex} />, root);
  (overlay ? document.body : (container as Element)).appendChild(host);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!keys || !matchesShortcut(e, keys)) return;
    // Ctrl+Shift+D is also a browser shortcut (bookmark all tabs): ours wins while mounted.
    e.preventDefault();
    if (m.open.value) return m.close();
    m.forced.value = true;
    m.open.value = true;
  };
  if (keys) window.addEventListener('keydown', onKeyDown);

  let mounted = true;
  return {
    open() {
      if (!mounted || !overlay) return;
      m.forced.value = true;
      m.open.value = true;
    },
    close() {
      if (mounted && overlay) m.close();
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      if (keys) window.removeEventListener('keydown', onKeyDown);
      m.dispose();
      render(null, root);
      host.remove();
    },
  } satisfies MountedPanel;
};
