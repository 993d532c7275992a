/**
 * `trtc-doctor/react` with the real React 19 in StrictMode (happy-dom): one live doctor after
 * StrictMode's mount, unmount and mount again, the panel in the component's div, the problems as
 * state, the latest callbacks called, and nothing left after the final unmount.
 */
import { StrictMode, act, createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TrtcDoctorPanel, useTrtcDoctor, useTrtcProblems } from '../src/react';
import { createDoctor } from '../src/index';
import type { Doctor, DoctorOptions } from '../src/index';
import { rtcError } from './fakes';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | undefined;
let box: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  box?.remove();
  root = box = undefined;
});

/** What the app below saw: the doctor of each render, the problem count it rendered. */
const seen: { doctors: (Doctor | undefined)[] } = { doctors: [] };

function App(props: { options?: DoctorOptions; mode?: 'inline' | 'embedded' }) {
  const doctor = useTrtcDoctor({ lang: 'en', ...props.options });
  const problems = useTrtcProblems(doctor);
  useEffect(() => void seen.doctors.push(doctor), [doctor]);
  return createElement(
    'main',
    null,
    createElement('output', null, `${problems.length} ${problems[0]?.diagnosis.id ?? ''}`),
    createElement(TrtcDoctorPanel, { doctor, mode: props.mode ?? 'inline', audience: 'developer' }),
  );
}

function render(element: ReturnType<typeof createElement>): void {
  box = document.body.appendChild(document.createElement('div'));
  root = createRoot(box);
  act(() => root!.render(createElement(StrictMode, null, element)));
}

const liveDoctor = () => seen.doctors.at(-1)!;
/** The live doctor once its engine and panel are loaded (its inline panel started the load). */
async function loadedDoctor(): Promise<Doctor> {
  const doctor = liveDoctor();
  let ok = false;
  await act(async () => void (ok = await doctor.load()));
  expect(ok).toBe(true);
  return doctor;
}
const text = () => box!.querySelector('output')!.textContent;

describe('useTrtcDoctor in StrictMode', () => {
  it('ends with one live doctor, its panel mounted, and the final unmount leaves nothing', async () => {
    seen.doctors = [];
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const rejections = (spy: typeof add) =>
      spy.mock.calls.filter(([type]) => type === 'unhandledrejection').length;
    render(createElement(App));
    // StrictMode made a doctor, destroyed it, and made the one that stays.
    expect(rejections(add) - rejections(remove)).toBe(1);
    const doctor = await loadedDoctor();
    expect(doctor).toBeDefined();
    const hosts = box!.querySelectorAll('[data-trtc-doctor-panel] > trtc-doctor');
    expect(hosts).toHaveLength(1);
    // Alive: it records (a destroyed doctor records nothing).
    act(() => void doctor.capture(rtcError(16451, 'play failed')));
    expect(text()).toBe('1 sdk:PLAY_NOT_ALLOWED');
    // The panel renders at the next frame.
    await vi.waitFor(() =>
      expect(
        hosts[0]!.shadowRoot!.querySelector('[data-diagnosis-id="sdk:PLAY_NOT_ALLOWED"]'),
      ).not.toBeNull(),
    );

    act(() => root!.unmount());
    root = undefined;
    expect(document.querySelector('trtc-doctor')).toBeNull();
    expect(rejections(add)).toBe(rejections(remove));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(doctor.capture(rtcError(4096))).toBeUndefined();
  });

  it('problems arrive as state, worst first, whatever the source', async () => {
    seen.doctors = [];
    render(createElement(App));
    const doctor = await loadedDoctor();
    act(() => void doctor.capture(rtcError(4096, 'bad parameter')));
    expect(text()).toBe('1 sdk:INVALID_PARAMETER');
    act(() => void doctor.capture(rtcError(16451, 'play failed')));
    // The blocked playback is newer but only a warning: the error stays first.
    expect(text()).toBe('2 sdk:INVALID_PARAMETER');
  });

  it('calls the latest callback passed, not the first', async () => {
    seen.doctors = [];
    const first = vi.fn();
    const second = vi.fn();
    render(createElement(App, { options: { onProblem: first } }));
    act(() =>
      root!.render(
        createElement(StrictMode, null, createElement(App, { options: { onProblem: second } })),
      ),
    );
    const doctor = await loadedDoctor();
    act(() => void doctor.capture(rtcError(16451)));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});

describe('<TrtcDoctorPanel>', () => {
  it('embedded: its div holds the embedded panel; a mode change mounts it again', async () => {
    seen.doctors = [];
    render(createElement(App, { mode: 'embedded' }));
    await loadedDoctor();
    expect(box!.querySelector('trtc-doctor')?.getAttribute('data-mode')).toBe('embedded');
    act(() =>
      root!.render(createElement(StrictMode, null, createElement(App, { mode: 'inline' }))),
    );
    const hosts = box!.querySelectorAll('trtc-doctor');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.hasAttribute('data-mode')).toBe(false);
  });

  it('an equal inline messages object on a re-render keeps the mounted panel', async () => {
    const doctor = createDoctor({ lang: 'en' });
    expect(await doctor.load()).toBe(true);
    const mount = vi.spyOn(doctor, 'mount');
    render(createElement('div'));
    const panel = (messages: Record<string, string>) =>
      act(() => root!.render(createElement(TrtcDoctorPanel, { doctor, messages })));
    panel({ title: 'Help' });
    panel({ title: 'Help' });
    expect(mount).toHaveBeenCalledTimes(1);
    panel({ title: 'Call help' });
    expect(mount).toHaveBeenCalledTimes(2);
    expect(mount.mock.calls[1]?.[0]?.messages).toEqual({ title: 'Call help' });
    act(() => root!.render(createElement('div')));
    doctor.destroy();
  });

  it('mounts nothing while the doctor is undefined', () => {
    render(createElement(TrtcDoctorPanel, { doctor: undefined }));
    expect(box!.querySelector('[data-trtc-doctor-panel]')).not.toBeNull();
    expect(document.querySelector('trtc-doctor')).toBeNull();
  });
});
