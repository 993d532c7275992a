/**
 * The panel's view: Preact, its signals integration and the panel (its frame; the cards, the
 * timeline and the other tabs load when first shown, lazy-tab.tsx). Loaded on the first open of
 * the overlay, or at mount for an inline panel: until then the shell (shell.ts) is plain DOM, so
 * a first problem under a closed overlay loads no Preact.
 */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h, render } from 'preact';
// lazy-tab imports @preact/signals, which installs the integration that re-renders a component
// when a signal it read changes (the model's and the doctor's signals are its core's).
import { preloadPanel } from './lazy-tab.js';
import type { MessageKey } from './messages.js';
import { FIRST_CARDS } from './model.js';
import type { PanelModel } from './model.js';
import { Panel } from './Panel.js';
import { adoptStyles } from './styles.js';
import { VIEW_CSS } from './view-styles.js';

export { preloadPanel };

/** Adds the panel's own rules to `root`, after the shell's (once per root: the shell calls it). */
export const styleView = (root: ParentNode, nonce: string | undefined): void =>
  adoptStyles(root, VIEW_CSS, nonce);

/** Renders the panel of `m` into `slot`, or takes it away (`m` null). */
export function renderPanel(m: PanelModel | null, slot: HTMLElement, overlay: boolean): void {
  render(m ? <Panel m={m} overlay={overlay} /> : null, slot);
}

/**
 * The panel's text styles (view-styles.ts), as `tag.class` paths: the base, bold headings, the
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
 * once. Skipped once the panel is open. `stop` takes the words away at once. The shell adds them
 * once the view is loaded (a press on the launcher, or the single-file build at mount): they need
 * the view's rules in the root.
 */
export function warmFonts(
  m: PanelModel,
  root: ParentNode,
): { steps: (() => void)[]; stop(): void } {
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
