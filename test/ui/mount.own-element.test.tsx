/**
 * A page that defined its own `<trtc-doctor>` before the panel mounts (a file of its own: the
 * element registry cannot be reset, and the other mount tests need ours).
 */
import { act } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MountedPanel } from '../../src/core/types';
import { FALLBACK_TAG, TAG, mountPanel } from '../../src/ui/mount';
import { createFakeDoctor, makeProblem } from './fake-doctor';

/** The page's element: it keeps a closed shadow root of its own. */
class PagesOwnElement extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'closed' });
  }
}

let panel: MountedPanel | undefined;
afterEach(() => {
  panel?.unmount();
  document.body.innerHTML = '';
});

describe('mountPanel, when the page has its own <trtc-doctor>', () => {
  it('still shows a working panel in an open shadow root, and says why and how to fix it', () => {
    customElements.define(TAG, PagesOwnElement);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = createFakeDoctor();
    doctor.setProblems([makeProblem()]);
    act(() => {
      panel = mountPanel(doctor, { showLauncher: true });
    });
    const host = document.querySelector(FALLBACK_TAG);
    expect(host?.shadowRoot?.mode).toBe('open');
    expect(host?.shadowRoot?.querySelector('button')).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /defines its own <trtc-doctor>.*<trtc-doctor-panel>.*Remove or rename/,
    );
    panel!.unmount();
    panel = undefined;
    expect(document.querySelector(FALLBACK_TAG)).toBeNull();
  });
});
