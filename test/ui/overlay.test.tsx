/**
 * The overlay's launcher and toast: moving it out of the host's way (offset, drag, keys,
 * minimise, kept for the session), the developer's toast, and blocked sound resumed by the
 * first click on any of them.
 */
import { act, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MountedPanel, MountOptions } from '../../src/core/types';
import { createDoctor } from '../../src/index';
import { TOAST_MS } from '../../src/ui/model';
import { mountPanel } from '../../src/ui/mount';
import { PLACE_KEY } from '../../src/ui/place';
import { createFakeDoctor, makeProblem } from './fake-doctor';
import type { FakeDoctor } from './fake-doctor';
import { fakeFrames } from './frames';
import { cardsLoaded } from './parts';

cardsLoaded();

let panels: MountedPanel[] = [];
const frames = fakeFrames();

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  panels.forEach((p) => p.unmount());
  panels = [];
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function mount(doctor: FakeDoctor, options: MountOptions = {}) {
  act(() => {
    panels.push(mountPanel(doctor, options));
  });
  const root = document.querySelector('trtc-doctor')!.shadowRoot!;
  return <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
}

async function problems(doctor: FakeDoctor, list = [makeProblem()]) {
  doctor.setProblems(list);
  await act(() => frames.run());
}

const scheduling = () =>
  makeProblem(
    {
      id: 'sdk:SCHEDULE_FAILED',
      title: 'Scheduling failed',
      severity: 'error',
      guide: undefined,
      actions: ['rejoin', 'check-environment'],
    },
    { source: { type: 'client', label: 'client 1' } },
  );

describe('launcher place', () => {
  it('a bad offset fails at mount(), saying what to pass', () => {
    const doctor = createDoctor({ lang: 'en' });
    for (const offset of [{ x: '4', y: 0 }, { x: 1 }, { x: 1, y: 2, z: 3 }, [1, 2], Infinity]) {
      expect(() => doctor.mount({ offset } as never)).toThrow(
        'mount() option "offset" must be an object { x, y } of finite numbers of CSS pixels',
      );
    }
    doctor.destroy();
  });

  it('starts at the offset option, inward from its corner, inside the safe area', async () => {
    const doctor = createFakeDoctor();
    const $ = mount(doctor, { offset: { x: 10, y: 90 }, showLauncher: true });
    const ov = $('.ov')!;
    expect(ov.style.marginBottom).toBe('calc(106px + env(safe-area-inset-bottom, 0px))');
    expect(ov.style.marginRight).toBe('calc(26px + env(safe-area-inset-right, 0px))');
  });

  it('a press that moves less than the threshold is a tap: it opens', async () => {
    const doctor = createFakeDoctor();
    const $ = mount(doctor, { showLauncher: true });
    const launcher = $('[part="launcher"]')!;
    fireEvent.pointerDown(launcher, { button: 0, pointerId: 1, clientX: 300, clientY: 700 });
    fireEvent.pointerMove(launcher, { pointerId: 1, clientX: 303, clientY: 702 });
    fireEvent.pointerUp(launcher, { pointerId: 1, clientX: 303, clientY: 702 });
    await act(() => void fireEvent.click(launcher));
    expect($('[part="panel"]')).not.toBeNull();
    expect($('.ov')!.style.marginRight).toBe('calc(16px + env(safe-area-inset-right, 0px))');
  });

  it('a drag moves it (not opening it) and the place is kept for the session', async () => {
    const doctor = createFakeDoctor();
    let $ = mount(doctor, { showLauncher: true });
    const launcher = $('[part="launcher"]')!;
    await act(() => {
      fireEvent.pointerDown(launcher, { button: 0, pointerId: 1, clientX: 300, clientY: 700 });
      fireEvent.pointerMove(launcher, { pointerId: 1, clientX: 200, clientY: 600 });
      fireEvent.pointerUp(launcher, { pointerId: 1, clientX: 200, clientY: 600 });
      fireEvent.click(launcher);
    });
    expect($('[part="panel"]')).toBeNull();
    // Dragged 100 px left and up from the bottom-right corner: 100 px inward on both axes.
    expect($('.ov')!.style.marginRight).toBe('calc(116px + env(safe-area-inset-right, 0px))');
    expect(JSON.parse(sessionStorage.getItem(PLACE_KEY)!)).toEqual({ x: 100, y: 100, min: false });
    panels.pop()!.unmount();
    $ = mount(doctor, { showLauncher: true });
    expect($('.ov')!.style.marginBottom).toBe('calc(116px + env(safe-area-inset-bottom, 0px))');
  });

  it('moves with the arrow keys, and never off screen', async () => {
    const doctor = createFakeDoctor();
    const $ = mount(doctor, { showLauncher: true, position: 'top-left' });
    const launcher = $('[part="launcher"]')!;
    await act(() => void fireEvent.keyDown(launcher, { key: 'ArrowRight' }));
    await act(() => void fireEvent.keyDown(launcher, { key: 'ArrowDown' }));
    expect($('.ov')!.style.marginLeft).toBe('calc(40px + env(safe-area-inset-left, 0px))');
    expect($('.ov')!.style.marginTop).toBe('calc(40px + env(safe-area-inset-top, 0px))');
    await act(() => void fireEvent.keyDown(launcher, { key: 'ArrowLeft' }));
    await act(() => void fireEvent.keyDown(launcher, { key: 'ArrowLeft' }));
    expect($('.ov')!.style.marginLeft).toBe('calc(16px + env(safe-area-inset-left, 0px))');
  });

  it('minimises to its badge and comes back on a click', async () => {
    const doctor = createFakeDoctor();
    const $ = mount(doctor);
    await problems(doctor);
    await act(() => void fireEvent.click($('[part="minimise"]')!));
    expect($('[part="launcher"]')!.classList.contains('min')).toBe(true);
    expect($('[part="minimise"]')).toBeNull();
    expect(JSON.parse(sessionStorage.getItem(PLACE_KEY)!).min).toBe(true);
    await act(() => void fireEvent.click($('[part="launcher"]')!));
    expect($('[part="launcher"]')!.classList.contains('min')).toBe(false);
  });

  it('works where session storage throws', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });
    const doctor = createFakeDoctor();
    const $ = mount(doctor, { showLauncher: true, offset: { x: 0, y: 40 } });
    await act(() => void fireEvent.keyDown($('[part="launcher"]')!, { key: 'ArrowUp' }));
    expect($('.ov')!.style.marginBottom).toBe('calc(80px + env(safe-area-inset-bottom, 0px))');
  });
});

describe('the developer toast', () => {
  it('shows the first problem with the count, and goes by itself, leaving no timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const doctor = createFakeDoctor();
    const $ = mount(doctor);
    await problems(doctor, [scheduling(), makeProblem()]);
    expect($('[part="toast"]')?.textContent).toContain('2 problems · Scheduling failed');
    expect(vi.getTimerCount()).toBe(1);
    await act(() => void vi.advanceTimersByTime(TOAST_MS));
    // Its time is up: it goes in the next frame, with whatever else that frame changes.
    expect($('[part="toast"]')).not.toBeNull();
    await act(() => frames.run());
    expect($('[part="toast"]')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives a newer problem its full time, also when it replaces a toast still showing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const doctor = createFakeDoctor();
    const $ = mount(doctor);
    const first = scheduling();
    await problems(doctor, [first]);
    await act(() => void vi.advanceTimersByTime(TOAST_MS - 1000));
    const second = { ...makeProblem(), fingerprint: 'newer' };
    await problems(doctor, [second, first]);
    await act(() => void vi.advanceTimersByTime(2000));
    expect($('[part="toast"]')).not.toBeNull();
    expect(vi.getTimerCount()).toBe(1);
    await act(() => void vi.advanceTimersByTime(TOAST_MS));
    await act(() => frames.run());
    expect($('[part="toast"]')).toBeNull();
  });

  it('is dismissed by its × (its timer with it) and not shown again for the same problem', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const doctor = createFakeDoctor();
    const $ = mount(doctor);
    const p = scheduling();
    await problems(doctor, [p]);
    expect($('[part="toast"]')?.textContent).toContain('1 problem · Scheduling failed');
    await act(() => void fireEvent.click($('[part="toast"] .x')!));
    expect($('[part="toast"]')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    // The same problem again (seen more often, or resolved and back): no second toast.
    await problems(doctor, [{ ...p, count: 5 }]);
    await problems(doctor, [{ ...p, resolved: true }]);
    await problems(doctor, [{ ...p, resolved: false }]);
    expect($('[part="toast"]')).toBeNull();
  });

  it('opens the panel at its card on a click', async () => {
    const doctor = createFakeDoctor();
    const $ = mount(doctor);
    const p = scheduling();
    // The doctor's list is newest and worst first: the toast is about the first.
    await problems(doctor, [p, makeProblem({ id: 'other', actions: [] })]);
    await act(() => void fireEvent.click($('[part="toast"] .tmain')!));
    expect($('[part="panel"]')).not.toBeNull();
    expect($('[part="toast"]')).toBeNull();
    const root = document.querySelector('trtc-doctor')!.shadowRoot!;
    expect((root.activeElement as HTMLElement).dataset.diagnosisId).toBe('sdk:SCHEDULE_FAILED');
  });

  it('is for developers only, and not while the panel is open', async () => {
    const user = createFakeDoctor({ audience: 'user' });
    let $ = mount(user);
    await problems(user);
    expect($('[part="launcher"]')).not.toBeNull();
    expect($('[part="toast"]')).toBeNull();
    panels.pop()!.unmount();
    const doctor = createFakeDoctor();
    $ = mount(doctor, { showLauncher: true });
    await act(() => void fireEvent.click($('[part="launcher"]')!));
    await problems(doctor);
    expect($('[part="toast"]')).toBeNull();
  });
});

describe('blocked sound, resumed by the first gesture', () => {
  it('the launcher click resumes playback inside the click', async () => {
    const doctor = createFakeDoctor();
    const $ = mount(doctor);
    await problems(doctor);
    const launcher = $('[part="launcher"]')!;
    let during = false;
    launcher.addEventListener('click', () => (during = doctor.runAction.mock.calls.length > 0));
    await act(() => void fireEvent.click(launcher));
    expect(during).toBe(true);
    expect(doctor.runAction).toHaveBeenCalledWith('resume-playback');
  });

  it('the toast click resumes playback too; nothing is resumed when nothing is blocked', async () => {
    const doctor = createFakeDoctor();
    const $ = mount(doctor);
    await problems(doctor, [scheduling()]);
    await act(() => void fireEvent.click($('[part="launcher"]')!));
    expect(doctor.runAction).not.toHaveBeenCalled();
    await act(() => void fireEvent.click($('[part="launcher"]')!));
    await problems(doctor, [scheduling(), makeProblem()]);
    await act(() => void fireEvent.click($('[part="toast"] .tmain')!));
    expect(doctor.runAction).toHaveBeenCalledWith('resume-playback');
  });
});
