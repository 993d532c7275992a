/**
 * Mounts the panel into the page: one `<trtc-doctor>` element, an open shadow root, our styles
 * inside it, and nothing else in the page but one keydown listener for the shortcut. No Preact
 * here: the shell (shell.ts) is plain DOM, and loads the panel's view when it is first shown.
 */
import type { MountOptions, MountedPanel, PanelMounter } from '../core/types.js';
import { FIRST_CARDS, createPanelModel } from './model.js';
import type { MessageKey } from './messages.js';
import type { PanelModel } from './model.js';
import { matchesShortcut, parseShortcut } from './shortcut.js';
import { mountShell } from './shell.js';
import { CSS } from './styles.js';

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
 * The panel's text styles (styles.ts), as `tag.class` paths: the base, bold headings, the
 * selected tab's 600, small muted text, the severity tag, the hint, code, and the end user's
 * larger card title.
 */
const TEXT_STYLES: readonly string[] = [
  'p',
  'h2',
  'span.cur',
  'p.muted',
  'span.tag',
  'p.hint',
  'code',
  'div.calm h3',
];

/** The words every card and the tabs show. */
const LABELS: readonly MessageKey[] = ['problems', 'timeline', 'first', 'last', 'call', 'raw'];

/**
 * Idle-time steps (`m.ahead`) that lay the first cards' words out once in each of the panel's
 * text styles, out of sight (hidden, `aria-hidden`, off screen), a style per step, then take them
 * away. A browser's first text in a new font size or weight costs it 5-20 ms (Chinese most: its
 * fonts are large), which the task that opens the panel would otherwise pay for every style at
 * once. Skipped once the panel is open. `stop` takes the words away at once.
 */
function warmFonts(m: PanelModel, root: ShadowRoot): { steps: (() => void)[]; stop(): void } {
  const box = document.createElement('div');
  const stop = (): void => box.remove();
  const add = (path: string) => (): void => {
    const first = m.problems.peek().slice(0, FIRST_CARDS);
    if (!first.length || m.open.peek()) return stop();
    if (!box.isConnected) {
      const { lang, colorScheme } = m.doctor.settings.peek();
      box.className = 'r';
      box.lang = lang;
      box.dataset.scheme = colorScheme;
      box.setAttribute('aria-hidden', 'true');
      box.style.cssText =
        'position:fixed;top:0;left:0;width:440px;visibility:hidden;pointer-events:none';
      root.appendChild(box);
    }
    let el: HTMLElement = box;
    for (const part of path.split(' ')) {
      const [tag, className] = part.split('.') as [string, string?];
      el = el.appendChild(document.createElement(tag));
      if (className) el.className = className;
    }
    el.textContent = [
      ...LABELS.map((key) => m.t(key)),
      ...first.flatMap(({ diagnosis: d }) => [
        m.t(d.severity),
        d.title,
        d.hint,
        d.cause,
        ...d.fix,
        ...d.actions.map((a) => m.t(a)),
      ]),
    ]
      .join(' ')
      .slice(0, 1000);
    // Laid out now, in this step: the page is idle, so only these words are.
    box.getBoundingClientRect();
  };
  return { steps: [...TEXT_STYLES.map(add), stop], stop };
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
  adoptStyles(root, styleNonce);
  const m = createPanelModel(doctor, showLauncher ?? urlAsksForLauncher(), overlay);
  const fonts = warmFonts(m, root);
  m.ahead.push(...fonts.steps);
  const shell = mountShell(m, root, { mode, position, zIndex, offset });
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
      fonts.stop();
      shell.dispose();
      host.remove();
    },
  } satisfies MountedPanel;
};
