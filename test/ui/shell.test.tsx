/**
 * The shell (src/ui/shell.ts) is plain DOM, and the panel's view (Preact, src/ui/view.tsx) loads
 * when the panel is first shown: a closed overlay with problems has its launcher, badge and toast
 * without it; the first open shows "Loading…" at once, then the panel; an inline panel loads it at
 * mount; a view that cannot load says so, with a Retry that works. Fresh modules per test, and a
 * counted view module, so each test starts with nothing loaded.
 */
import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Model from '../../src/ui/model';
import type * as ShellModule from '../../src/ui/shell';
import { createFakeDoctor, makeProblem } from './fake-doctor';

let ui: { model: typeof Model; shell: typeof ShellModule };
/** How many times the view module was asked for, and whether the next ask fails. */
let views = 0;
let failNext = 0;
const cleanups: (() => void)[] = [];
/**
 * How long a wait for the view may take: its first import in a test file (Preact and the panel,
 * through the test runner's module loader) took over the default second on a busy CI machine.
 */
const VIEW_LOAD = { timeout: 5_000 };

beforeEach(async () => {
  vi.resetModules();
  views = 0;
  failNext = 0;
  vi.doMock('../../src/ui/view', async (original) => {
    views++;
    if (failNext > 0) {
      failNext--;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return original();
  });
  (await import('../../src/lang/all')).useAllPacks();
  ui = { model: await import('../../src/ui/model'), shell: await import('../../src/ui/shell') };
});
afterEach(() => {
  cleanups.splice(0).forEach((fn) => fn());
  vi.doUnmock('../../src/ui/view');
  document.body.innerHTML = '';
});

const doctorWith = (n: number, settings = {}) => {
  const doctor = createFakeDoctor(settings);
  doctor.setProblems(
    Array.from({ length: n }, (_, i) =>
      makeProblem({ id: `sdk:P${i}`, title: `Problem ${i}` }, { fingerprint: `f${i}` }),
    ),
  );
  return doctor;
};

function show(m: Model.PanelModel, mode: ShellModule.ShellOptions['mode'] = 'overlay') {
  const box = document.body.appendChild(document.createElement('div'));
  const shell = ui.shell.mountShell(m, box, { mode, position: 'bottom-right', zIndex: 1 });
  cleanups.push(() => {
    shell.dispose();
    m.dispose();
  });
  return { box, shell };
}

/** Lets the dynamic imports in flight settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('a closed overlay has no panel view', () => {
  it('shows the launcher, its badge and the toast without loading the view', async () => {
    const doctor = doctorWith(2);
    const m = ui.model.createPanelModel(doctor, false, true);
    const { box } = show(m);
    m.toast.value = doctor.problems.value[0]!;
    const launcher = screen.getByRole('button', { name: 'TRTC Doctor 2 open problems' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(box.querySelector('[part="badge"]')?.textContent).toBe('2');
    expect(box.querySelector('[part="toast"] .tmain')?.textContent).toContain('Problem 0');
    await settle();
    expect(views).toBe(0);
    expect(box.querySelector('[part="panel"]')).toBeNull();
  });

  it('the first open shows "Loading…" at once, then the panel; the view loads once', async () => {
    const m = ui.model.createPanelModel(doctorWith(1));
    const { box } = show(m);
    act(() => void fireEvent.click(screen.getByRole('button', { name: /TRTC Doctor/ })));
    const status = box.querySelector('.slot [role=status][aria-busy=true]');
    expect(status?.textContent).toBe('Loading…');
    expect(box.querySelector('[part="panel"]')).toBeNull();
    await vi.waitFor(
      () => expect(screen.getByRole('dialog', { name: 'TRTC Doctor' })).toBeTruthy(),
      VIEW_LOAD,
    );
    expect(box.querySelector('[aria-busy=true][role=status].panel')).toBeNull();
    expect(views).toBe(1);
    // Closed and opened again, and in a second panel: at once, from the loaded view.
    act(() => m.close());
    expect(box.querySelector('[part="panel"]')).toBeNull();
    act(() => void (m.open.value = true));
    expect(box.querySelector('[part="panel"]')).not.toBeNull();
    const other = ui.model.createPanelModel(doctorWith(1));
    const second = show(other);
    act(() => void (other.open.value = true));
    expect(second.box.querySelector('[part="panel"]')).not.toBeNull();
    expect(views).toBe(1);
  });

  it('a press on the launcher fetches the view before its click', async () => {
    const m = ui.model.createPanelModel(doctorWith(1));
    const { box } = show(m);
    fireEvent.pointerDown(screen.getByRole('button', { name: /TRTC Doctor/ }));
    await vi.waitFor(() => expect(views).toBe(1), VIEW_LOAD);
    // The fetch the press started (loadView() joins it, not a second one).
    await act(async () => void (await ui.shell.loadView()));
    expect(views).toBe(1);
    act(() => void fireEvent.click(screen.getByRole('button', { name: /TRTC Doctor/ })));
    expect(box.querySelector('[part="panel"]')).not.toBeNull();
  });

  it('an inline panel loads the view at mount: "Loading…", then the region', async () => {
    const m = ui.model.createPanelModel(doctorWith(1));
    const { box } = show(m, 'inline');
    expect(box.querySelector('[role=status][aria-busy=true]')?.textContent).toBe('Loading…');
    await vi.waitFor(
      () => expect(screen.getByRole('region', { name: 'TRTC Doctor' })).toBeTruthy(),
      VIEW_LOAD,
    );
    expect(box.querySelector('[part="launcher"]')).toBeNull();
  });
});

describe('the fonts are laid out ahead once the view is there', () => {
  it('not before: a press loads the view, with its rules, and adds the steps', async () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const idle = { didTimeout: false, timeRemaining: () => 50 };
    const m = ui.model.createPanelModel(doctorWith(2));
    const { box } = show(m);
    // After the shell's own cleanup, which cancels what it scheduled.
    cleanups.push(() => vi.unstubAllGlobals());
    // The time formatters only, then nothing: no words are laid out without the view's rules.
    callbacks.shift()!(idle);
    callbacks.shift()!(idle);
    expect(callbacks).toHaveLength(0);
    expect(box.querySelectorAll('style')).toHaveLength(0);
    fireEvent.pointerDown(screen.getByRole('button', { name: /TRTC Doctor/ }));
    await vi.waitFor(() => expect(callbacks).toHaveLength(1), VIEW_LOAD);
    // The view's rules are in the root (a <style>: the box is not a shadow root).
    expect(box.querySelector('style')?.textContent).toContain('.card{');
    callbacks.shift()!(idle);
    const words = box.querySelector<HTMLElement>('.r[aria-hidden="true"]');
    expect(words?.textContent).toContain('Problem 0');
  });
});

describe('a frame is one change to the page', () => {
  it('the launcher, the panel and its timeline change in the frame’s own task', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const doctor = doctorWith(1);
    const m = ui.model.createPanelModel(doctor);
    const { box } = show(m);
    cleanups.push(() => vi.unstubAllGlobals());
    const lazy = await import('../../src/ui/lazy-tab');
    await act(async () => {
      await Promise.all([ui.shell.loadView(), lazy.LazyTimeline.preload()]);
      m.tab.value = 'timeline';
      m.open.value = true;
    });
    expect(box.querySelector('[part="panel"]')).not.toBeNull();
    doctor.setProblems([
      ...doctor.problems.value,
      makeProblem({ id: 'sdk:P1' }, { fingerprint: 'f1' }),
    ]);
    doctor.setTimeline([
      { seq: 1, at: Date.now(), type: 'error', event: 'error', text: 'JOIN_ROOM_FAILED' },
    ]);
    // The frame, and nothing after it (no microtask): every part shows the new snapshot already.
    frames.splice(0).forEach((cb) => cb(performance.now()));
    expect(box.querySelector('[part="badge"]')?.textContent).toBe('2');
    expect(box.querySelector('[role="tab"]')?.textContent).toContain('2');
    expect(box.querySelector('[part="panel"]')?.textContent).toContain('JOIN_ROOM_FAILED');
  });
});

describe('a view that cannot load', () => {
  it('says so in the panel, with a Retry that loads it', async () => {
    failNext = 1;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanups.push(() => warn.mockRestore());
    const m = ui.model.createPanelModel(doctorWith(1));
    const { box } = show(m);
    act(() => void (m.open.value = true));
    const alert = await screen.findByRole('alert', undefined, VIEW_LOAD);
    expect(alert.textContent).toContain('could not load');
    // The console says why, with the import's own error (here as the test runner wraps it).
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^\[trtc-doctor\] the panel could not load \(.+\)\. Problems are still recorded/,
    );
    // The launcher and its count are still there.
    expect(box.querySelector('[part="badge"]')?.textContent).toBe('1');
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Retry' })));
    await vi.waitFor(() => expect(box.querySelector('[part="panel"]')).not.toBeNull(), VIEW_LOAD);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(views).toBe(2);
  });
});

describe('the shell follows the settings and the problems', () => {
  it('the badge takes the worst severity; end users see a mark, not a count', async () => {
    const doctor = doctorWith(0, { audience: 'user' });
    const m = ui.model.createPanelModel(doctor);
    const { box } = show(m);
    doctor.setProblems([
      makeProblem({ id: 'a', severity: 'warning' }, { fingerprint: 'a' }),
      makeProblem({ id: 'b', severity: 'error' }, { fingerprint: 'b' }),
    ]);
    await vi.waitFor(() => expect(box.querySelector('[part="badge"]')).not.toBeNull(), VIEW_LOAD);
    const badge = box.querySelector('[part="badge"]')!;
    expect(badge.getAttribute('data-severity')).toBe('error');
    expect(badge.textContent).toBe('!');
    expect(screen.getByRole('button', { name: /^Call help/ })).toBeTruthy();
    act(() => doctor.configure({ lang: 'zh', colorScheme: 'dark' }));
    expect(box.querySelector('.r')?.getAttribute('lang')).toBe('zh');
    expect(box.querySelector('.r')?.getAttribute('data-scheme')).toBe('dark');
  });

  it('dispose() takes everything away and stops following the model', async () => {
    const doctor = doctorWith(1);
    const m = ui.model.createPanelModel(doctor);
    const { box, shell } = show(m);
    expect(box.querySelector('.r')).not.toBeNull();
    shell.dispose();
    expect(box.childElementCount).toBe(0);
    act(() => void (m.open.value = true));
    await settle();
    expect(box.childElementCount).toBe(0);
    expect(views).toBe(0);
  });
});
