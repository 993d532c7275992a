/**
 * The embedded panel the integrations share (debug consoles, framework components): the doctor's
 * panel in a fresh `<div>` that fills its parent, mounted in `embedded` mode (no title, border or
 * background of its own). A doctor has one panel: when it is already mounted elsewhere, the
 * element says so instead of throwing into the host tool.
 */
import { text } from './core/guard.js';
import type { Doctor, MountOptions } from './core/types.js';

/** An embedded panel: its element (to hand to the host tool) and its cleanup. */
export interface EmbeddedPanel {
  readonly element: HTMLElement;
  /** Unmounts the panel; the element stays for the host tool to drop. Twice is a no-op. */
  unmount(): void;
}

/**
 * Mounts `doctor`'s panel, embedded, into a new `<div>` filling its parent.
 *
 * @param options further mount options (`colorScheme`, `audience`, `lang`, `messages`...).
 */
export function embedPanel(
  doctor: Doctor,
  options: Omit<MountOptions, 'mode' | 'container'> = {},
): EmbeddedPanel {
  const element = document.createElement('div');
  // Through the CSSOM, which a strict CSP allows (a style attribute it would refuse).
  element.style.height = '100%';
  let unmount = (): void => {};
  try {
    unmount = doctor.mount({ ...options, mode: 'embedded', container: element });
  } catch (failure) {
    // The host tool called us: a second panel (or a bad option) must not break it.
    element.textContent = `trtc-doctor: ${text(failure)}`;
    console.warn(`[trtc-doctor] the embedded panel could not mount: ${text(failure)}`);
  }
  return { element, unmount: () => unmount() };
}
