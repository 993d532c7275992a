/**
 * The panel with the real engine: `createDoctor()` from the package entry, fake SDK objects from
 * test/fakes.ts, the panel read through `host.shadowRoot`. Each doctor is loaded first
 * (`doctor.load()`): the lazy load itself is test/core/lazy.test.ts.
 */
import { act } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDoctor } from '../../src/index';
import type { Doctor, MountOptions, TrtcStreamLike } from '../../src/index';
import { createFakeTrtc, FakeStream, flush, rtcError } from '../fakes';
import { fakeFrames } from './frames';
import { cardsLoaded } from './parts';

cardsLoaded();

let doctor: Doctor | undefined;
const frames = fakeFrames();

afterEach(() => {
  doctor?.destroy();
  doctor = undefined;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** Lets promises settle, then runs the pending animation frame and Preact's render. */
async function settle(): Promise<void> {
  await act(async () => {
    await flush();
    frames.run();
  });
}

const shadow = (): ShadowRoot => document.querySelector('trtc-doctor')!.shadowRoot!;
const $ = <E extends Element = HTMLElement>(sel: string) => shadow().querySelector<E>(sel);

describe('mount with the real doctor', () => {
  it('shows the launcher at the first problem, and its card in the panel', async () => {
    doctor = createDoctor({ lang: 'en', trtc: createFakeTrtc() });
    expect(await doctor.load()).toBe(true);
    const stream = new FakeStream();
    doctor.watchStream(stream as TrtcStreamLike, 'camera');
    doctor.mount({ mode: 'overlay' });
    expect($('[part="launcher"]')).toBeNull();

    stream._emit('error', rtcError(16451, 'play() failed'));
    await settle();
    // The ESM default audience is the end user: a mark, not a count.
    expect($('[part="badge"]')?.textContent).toBe('!');
    await act(() => doctor!.open());
    const card = $('[part="card"]')!;
    expect(card.dataset.diagnosisId).toBe(doctor.problems.value[0]?.diagnosis.id);
    expect(card.textContent).toContain('camera');
    expect(card.textContent).toContain('play() failed');
  });

  it('Resume calls stream.resume() inside the click, and the card turns resolved', async () => {
    doctor = createDoctor({ lang: 'en' });
    expect(await doctor.load()).toBe(true);
    const stream = new FakeStream();
    doctor.watchStream(stream as TrtcStreamLike, 'remote');
    doctor.mount({ showLauncher: true });
    stream._emit('error', rtcError(16451, 'play() failed'));
    await settle();
    await act(() => doctor!.open());
    const card = $('[part="card"][data-diagnosis-id="sdk:PLAY_NOT_ALLOWED"]')!;
    expect(card.dataset.resolved).toBe('false');
    const button = card.querySelector<HTMLButtonElement>('[data-action="resume-playback"]')!;
    let resumedInClick = false;
    button.addEventListener('click', () => {
      resumedInClick = stream.calls.some((c) => c.method === 'resume');
    });
    await act(() => button.click());
    expect(resumedInClick).toBe(true);
    await settle();
    expect($('[part="card"]')?.dataset.resolved).toBe('true');
    expect($('[part="resolved"]')?.textContent).toBe('Resolved');
    expect($('[part="badge"]')).toBeNull();
  });

  it('mounting twice is the engine’s error; cleanup and destroy remove the element and the listener', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    doctor = createDoctor({ lang: 'en' });
    expect(await doctor.load()).toBe(true);
    const cleanup = doctor.mount();
    expect(() => doctor!.mount()).toThrow(/already mounted/);
    expect(document.querySelectorAll('trtc-doctor')).toHaveLength(1);
    cleanup();
    expect(document.querySelector('trtc-doctor')).toBeNull();
    doctor.mount({ shortcut: 'alt+d' });
    doctor.destroy();
    expect(document.querySelector('trtc-doctor')).toBeNull();
    const keydown = (calls: unknown[][]) =>
      calls.filter(([type]) => type === 'keydown').map(([, fn]) => fn);
    expect(keydown(add.mock.calls)).toHaveLength(2);
    expect(keydown(remove.mock.calls)).toEqual(keydown(add.mock.calls));
  });

  it('renders inline, follows configure(), and runs the environment checks of the real engine', async () => {
    const trtc = createFakeTrtc();
    doctor = createDoctor({ lang: 'en', trtc });
    expect(await doctor.load()).toBe(true);
    const container = document.createElement('section');
    document.body.append(container);
    doctor.mount({ mode: 'inline', container, audience: 'developer' });
    expect(container.querySelector('trtc-doctor')).not.toBeNull();
    expect($('[role="tab"]')?.textContent).toBe('Problems');

    // The panel switches once the Chinese words are loaded.
    await act(() => doctor!.configure({ lang: 'zh' }));
    await vi.waitFor(async () => {
      await settle();
      expect($('[role="tab"]')?.textContent).toBe('问题');
    });

    await act(() => $<HTMLButtonElement>('#td-tab-environment')!.click());
    // The tab loads when first opened.
    await vi.waitFor(() => expect($('[data-checks]')).not.toBeNull());
    await act(() => $<HTMLButtonElement>('[data-checks]')!.click());
    // The checks and their sentences load when first run.
    await vi.waitFor(async () => {
      await settle();
      expect(shadow().textContent).toContain('Front camera');
    });
    expect(shadow().textContent).toContain('4.15.22');
  });

  it('SDK text with markup stays text inside the shadow root', async () => {
    doctor = createDoctor({ lang: 'en' });
    expect(await doctor.load()).toBe(true);
    const stream = new FakeStream();
    doctor.watchStream(stream as TrtcStreamLike);
    doctor.mount({ mode: 'overlay', showLauncher: true });
    stream._emit('error', rtcError(16451, '<img src=x onerror=alert(1)><b>bold</b>'));
    await settle();
    await act(() => doctor!.open());
    expect($('[part="card"]')?.textContent).toContain('<img src=x onerror=alert(1)><b>bold</b>');
    expect(shadow().querySelector('img, b')).toBeNull();
  });
});

describe('mount with bad options', () => {
  it.each<[MountOptions, RegExp]>([
    [{ mode: 'inline' }, /inline.*container/],
    [{ mode: 'inline', container: {} as Element }, /container.*DOM element/],
    [{ mode: 'popup' as 'overlay' }, /mode.*'overlay' or 'inline'/],
    [{ position: 'middle' as 'top-left' }, /position.*'bottom-right'/],
    [{ shortcut: 'ctrl+' }, /shortcut.*ctrl\+shift\+d/],
    [{ shortcut: 'd' }, /option "shortcut" must be .*at least one.*got "d"/],
    [{ zIndex: Number.NaN }, /zIndex.*integer/],
  ])('%o throws a clear error and adds nothing', (options, message) => {
    doctor = createDoctor({ lang: 'en' });
    expect(() => doctor!.mount(options)).toThrow(message);
    expect(document.querySelector('trtc-doctor')).toBeNull();
  });
});
