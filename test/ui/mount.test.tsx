import { act } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MountedPanel, MountOptions } from '../../src/core/types';
import { DEFAULT_Z_INDEX, mountPanel } from '../../src/ui/mount';
import { createFakeDoctor, makeProblem } from './fake-doctor';
import type { FakeDoctor } from './fake-doctor';
import { fakeFrames } from './frames';
import { cardsLoaded } from './parts';

cardsLoaded();

let panels: MountedPanel[] = [];
const frames = fakeFrames();

afterEach(() => {
  panels.forEach((p) => p.unmount());
  panels = [];
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

async function flushFrame(): Promise<void> {
  await act(() => {
    frames.run();
  });
}

function mount(doctor: FakeDoctor, options: MountOptions = {}) {
  let panel!: MountedPanel;
  act(() => {
    panel = mountPanel(doctor, options);
  });
  panels.push(panel);
  const host = document.querySelector<HTMLElement>('trtc-doctor')!;
  const root = host.shadowRoot!;
  const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
  return { panel, host, root, $ };
}

describe('mountPanel, overlay', () => {
  it('makes one <trtc-doctor> with an open shadow root and adopted styles, at the end of body', () => {
    const { host, root } = mount(createFakeDoctor());
    expect(document.querySelectorAll('trtc-doctor')).toHaveLength(1);
    expect(host.parentElement).toBe(document.body);
    expect(root.mode).toBe('open');
    const css = [...root.adoptedStyleSheets]
      .map((s) => [...s.cssRules].map((r) => r.cssText).join(''))
      .join('');
    expect(css).toMatch(/all:\s*initial/);
    expect(root.querySelector('style')).toBeNull();
    expect(customElements.get('trtc-doctor')).toBeDefined();
  });

  it('falls back to a <style nonce> where constructable stylesheets are missing', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const { root } = mount(createFakeDoctor(), { styleNonce: 'abc123' });
    const style = root.querySelector('style')!;
    expect(style.nonce).toBe('abc123');
    expect(style.textContent).toContain(':host{all:initial');
  });

  it('hides the launcher until the first problem, then shows a badge of open problems by worst severity', async () => {
    const doctor = createFakeDoctor();
    const { $ } = mount(doctor);
    expect($('[part="launcher"]')).toBeNull();
    doctor.setProblems([
      makeProblem({ severity: 'warning' }),
      makeProblem({ severity: 'error', id: 'sdk:JOIN_ROOM_FAILED' }),
      makeProblem({ severity: 'error' }, { resolved: true }),
    ]);
    await flushFrame();
    expect($('[part="launcher"]')).not.toBeNull();
    expect($('[part="badge"]')?.textContent).toBe('2');
    expect($('[part="badge"]')?.dataset.severity).toBe('error');
    // Named by its visible text (no aria-label to drift from it).
    expect($('[part="launcher"]')?.getAttribute('aria-label')).toBeNull();
    expect($('[part="launcher"]')?.textContent).toBe('TRTC Doctor 2 open problems');
  });

  it('shows the launcher from the start with ?trtc-doctor in the URL, or showLauncher', () => {
    history.replaceState(null, '', '/?trtc-doctor');
    const a = mount(createFakeDoctor());
    expect(a.$('[part="launcher"]')).not.toBeNull();
    expect(a.$('[part="badge"]')).toBeNull();
    a.panel.unmount();
    history.replaceState(null, '', '/');
    expect(mount(createFakeDoctor(), { showLauncher: true }).$('[part="launcher"]')).not.toBeNull();
  });

  it('places the overlay in the chosen corner with the z-index', () => {
    const { $ } = mount(createFakeDoctor(), { position: 'top-left', zIndex: 42 });
    expect($('.ov')?.classList.contains('top-left')).toBe(true);
    expect($('.ov')?.style.zIndex).toBe('42');
    panels.pop()?.unmount();
    expect(mount(createFakeDoctor()).$('.ov')?.style.zIndex).toBe(String(DEFAULT_Z_INDEX));
  });

  it('opens a named, non-modal dialog from the launcher; Escape closes it and focus returns', async () => {
    const doctor = createFakeDoctor();
    doctor.problemsState.value = [makeProblem()];
    const { $, root } = mount(doctor);
    const launcher = $<HTMLButtonElement>('[part="launcher"]')!;
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    await act(() => launcher.click());
    const dialog = $('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'TRTC Doctor',
    );
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(dialog.contains(root.activeElement)).toBe(true);
    expect(root.querySelectorAll('[part="card"]')).toHaveLength(1);
    await act(() => {
      root.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    expect($('[role="dialog"]')).toBeNull();
    expect(root.activeElement).toBe(launcher);
  });

  it('the close button closes and gives focus back to the launcher', async () => {
    const { $, root, panel } = mount(createFakeDoctor(), { showLauncher: true });
    await act(() => panel.open());
    await act(() => $<HTMLButtonElement>('[part="close"]')!.click());
    expect($('[role="dialog"]')).toBeNull();
    expect(root.activeElement).toBe($('[part="launcher"]'));
  });

  it('open() and close() drive the panel, and open() shows the launcher', async () => {
    const { $, panel } = mount(createFakeDoctor());
    await act(() => panel.open());
    expect($('[role="dialog"]')).not.toBeNull();
    expect($('[part="launcher"]')).not.toBeNull();
    await act(() => panel.close());
    expect($('[role="dialog"]')).toBeNull();
  });

  it('the shortcut toggles the panel (default ctrl+shift+d; configurable; false for none)', async () => {
    const press = (init: KeyboardEventInit) =>
      act(() => {
        window.dispatchEvent(
          new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }),
        );
      });
    const a = mount(createFakeDoctor());
    await press({ key: 'D', code: 'KeyD', ctrlKey: true, shiftKey: true });
    expect(a.$('[role="dialog"]')).not.toBeNull();
    await press({ key: 'D', code: 'KeyD', ctrlKey: true, shiftKey: true });
    expect(a.$('[role="dialog"]')).toBeNull();
    await press({ key: 'd', code: 'KeyD', ctrlKey: true });
    expect(a.$('[role="dialog"]')).toBeNull();
    a.panel.unmount();

    const b = mount(createFakeDoctor(), { shortcut: 'alt+k' });
    await press({ key: '˚', code: 'KeyK', altKey: true });
    expect(b.$('[role="dialog"]')).not.toBeNull();
    b.panel.unmount();

    const add = vi.spyOn(window, 'addEventListener');
    mount(createFakeDoctor(), { shortcut: false });
    expect(add.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(0);
  });

  it('unmount removes the element and the keydown listener; twice is a no-op', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const addToDocument = vi.spyOn(document, 'addEventListener');
    const removeFromDocument = vi.spyOn(document, 'removeEventListener');
    const { panel } = mount(createFakeDoctor());
    const added = add.mock.calls.filter(([type]) => type === 'keydown');
    expect(added).toHaveLength(1);
    panel.unmount();
    panel.unmount();
    expect(document.querySelector('trtc-doctor')).toBeNull();
    const removed = remove.mock.calls.filter(([type]) => type === 'keydown');
    expect(removed).toHaveLength(1);
    expect(removed[0]?.[1]).toBe(added[0]?.[1]);
    // Every listener added to window or document was removed again.
    expect(add.mock.calls.length).toBe(remove.mock.calls.length);
    expect(addToDocument.mock.calls.length).toBe(removeFromDocument.mock.calls.length);
  });

  it('unmount stops listening to the doctor', async () => {
    const doctor = createFakeDoctor();
    const { panel } = mount(doctor);
    panel.unmount();
    doctor.setProblems([makeProblem()]);
    expect(frames.pending).toBe(0);
  });
});

describe('mountPanel, inline', () => {
  it('renders the panel into the container as a named region', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const doctor = createFakeDoctor();
    doctor.problemsState.value = [makeProblem()];
    const { host, $ } = mount(doctor, { mode: 'inline', container });
    expect(host.parentElement).toBe(container);
    expect($('[role="region"][part="panel"]')).not.toBeNull();
    expect($('[part="launcher"]')).toBeNull();
    expect($('[part="card"]')?.dataset.diagnosisId).toBe('sdk:PLAY_NOT_ALLOWED');
  });
});

describe('mountPanel, bad options', () => {
  // Mode, position, container and z-index are checked by the engine's mount() before it calls the
  // UI (see mount.integration.test.tsx); the shortcut's shape is the UI's own rule.
  it.each(['d', 'ctrl+dd', 'hyper+d'])(
    'shortcut %j throws a clear error and adds nothing',
    (shortcut) => {
      const mount = () => mountPanel(createFakeDoctor(), { shortcut });
      expect(mount).toThrow(`shortcut ${JSON.stringify(shortcut)} is not valid`);
      expect(mount).toThrow(/e\.g\. "ctrl\+shift\+d"/);
      expect(document.querySelector('trtc-doctor')).toBeNull();
    },
  );
});

describe('rendering cost', () => {
  it('a storm of 100 revisions in one tick reads the doctor once, in one frame', async () => {
    const doctor = createFakeDoctor();
    const { root } = mount(doctor, { showLauncher: true });
    const before = { ...doctor.reads };
    for (let i = 1; i <= 100; i++) doctor.setProblems([makeProblem({}, { count: i })]);
    expect(frames.pending).toBe(1);
    expect(doctor.reads).toEqual(before);
    await flushFrame();
    expect(doctor.reads.problems - before.problems).toBe(1);
    expect(doctor.reads.timeline - before.timeline).toBe(1);
    expect(root.querySelector('[part="badge"]')?.textContent).toBe('1');
    expect(frames.pending).toBe(0);
  });

  it('runs no timer when idle', async () => {
    vi.unstubAllGlobals();
    vi.useFakeTimers();
    try {
      const doctor = createFakeDoctor();
      mount(doctor);
      expect(vi.getTimerCount()).toBe(0);
      // A problem: one frame, one announcement, then idle again.
      doctor.setProblems([makeProblem()]);
      expect(vi.getTimerCount()).toBe(1); // the animation frame
      await act(() => {
        vi.runAllTimers();
      });
      expect(
        document.querySelector('trtc-doctor')!.shadowRoot!.querySelector('[part="badge"]'),
      ).not.toBeNull();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
