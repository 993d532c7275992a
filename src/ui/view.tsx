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
import type { PanelModel } from './model.js';
import { Panel } from './Panel.js';

export { preloadPanel };

/** Renders the panel of `m` into `slot`, or takes it away (`m` null). */
export function renderPanel(m: PanelModel | null, slot: HTMLElement, overlay: boolean): void {
  render(m ? <Panel m={m} overlay={overlay} /> : null, slot);
}
