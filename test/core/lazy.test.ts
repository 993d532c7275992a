/**
 * The lazy doctor of `createDoctor()` with its real lazy part (happy-dom): the recorder alone
 * until the first problem, then the engine and the panel, with what was recorded before
 * diagnosed in order and with its original times; a storm folded before the load; the queue's
 * bound; the raw report; a part that cannot load (the plain-DOM launcher and its raw list);
 * destroy before and after the load; a language switch; `onProblem` for problems recorded early.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import { doctorInternals } from '../../src/core/internals';
import { createLazyDoctor } from '../../src/lazy-doctor';
import { RAW_REPORT_SCHEMA } from '../../src/core/raw-report';
import { PLACE_KEY } from '../../src/ui/place';
import { showMiniLauncher } from '../../src/ui/mini';
import { MAX_PENDING } from '../../src/core/recorder';
import { createDoctor } from '../../src/index';
import type { Doctor, DoctorOptions, TrtcInstanceLike } from '../../src/index';
import { flush, rtcError } from '../fakes';
import { FakeTrtcInstance, rtcErrorV5 } from '../fakes-v5';
import { fakeFrames } from '../ui/frames';

const USER_SIG =
  'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBkiWpxSVQoeKU7MSCgswUJSsjAwMDJR2l1IqCzKLUYiWr6FqAShtSvAAAAA__';
const OTHER_SIG = 'eJwtzMEKgjAQBuB3mXOKm9U1r4MKbhSGuLYSsWnpDG5K5qZ8QQxGxLBkl';

const frames = fakeFrames();
let doctors: Doctor[] = [];

/** A lazy doctor over the real part (English unless told), destroyed after the test. */
function make(options: DoctorOptions = {}): Doctor {
  const doctor = createDoctor({ lang: 'en', captureUnhandledRejections: false, ...options });
  doctors.push(doctor);
  return doctor;
}

/** A lazy doctor whose part cannot load (the network is gone). */
function offline(options: DoctorOptions = {}): Doctor {
  const doctor = createLazyDoctor({ lang: 'en', ...options }, () =>
    Promise.reject(new Error('offline')),
  );
  doctors.push(doctor);
  return doctor;
}

const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);
const said = (warn: ReturnType<typeof warnings>, pattern: RegExp) =>
  warn.mock.calls.map((c) => String(c[0])).filter((m) => pattern.test(m));

afterEach(() => {
  doctors.forEach((d) => d.destroy());
  doctors = [];
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

describe('before the first problem', () => {
  it('nothing is loaded; the first capture loads the engine', async () => {
    const doctor = make();
    expect(doctor.canRun('copy-report')).toBe(false);
    expect(doctor.problems.value).toEqual([]);
    expect(doctor.revision.value).toBe(0);
    await flush();
    // Still nothing: no problem came, nothing asked for the panel.
    expect(doctor.canRun('copy-report')).toBe(false);
    expect(JSON.parse(doctor.report()).schema).toBe(RAW_REPORT_SCHEMA);

    expect(doctor.capture(rtcError(16451, 'play failed'))).toBeUndefined();
    expect(doctor.problems.value).toEqual([]);
    // The capture started the load by itself.
    await vi.waitFor(() => expect(doctor.canRun('copy-report')).toBe(true));
    await vi.waitFor(() =>
      expect(doctor.problems.value.map((p) => p.diagnosis.id)).toEqual(['sdk:PLAY_NOT_ALLOWED']),
    );
    expect(await doctor.load()).toBe(true);
    expect(JSON.parse(doctor.report()).schema).not.toBe(RAW_REPORT_SCHEMA);
    // Loaded: capture() is synchronous and gives the Problem.
    const problem = doctor.capture(rtcError(4096, 'bad parameter'));
    expect(problem?.diagnosis.id).toBe('sdk:INVALID_PARAMETER');
  });

  it('problems recorded before the load keep their order and their original times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const [t1, t2, t3] = [
      Date.UTC(2026, 0, 1, 9),
      Date.UTC(2026, 0, 1, 9, 5),
      Date.UTC(2026, 0, 1, 9, 30),
    ];
    const doctor = make();
    vi.setSystemTime(t1);
    doctor.capture(rtcError(4096, 'bad parameter'));
    vi.setSystemTime(t2);
    doctor.capture(rtcError(16451, 'play failed'));
    doctor.capture(rtcError(4096, 'bad parameter')); // the first again, at t2
    vi.setSystemTime(t3);
    expect(await doctor.load()).toBe(true);
    await vi.waitFor(() => expect(doctor.problems.value).toHaveLength(2));

    const byId = (id: string) => doctor.problems.value.find((p) => p.diagnosis.id === id)!;
    expect(byId('sdk:INVALID_PARAMETER')).toMatchObject({ count: 2, firstAt: t1, lastAt: t2 });
    expect(byId('sdk:PLAY_NOT_ALLOWED')).toMatchObject({ count: 1, firstAt: t2, lastAt: t2 });
    const errors = doctor.timeline.value.filter((e) => e.type === 'error');
    expect(errors.map((e) => [e.diagnosisId, e.at])).toEqual([
      ['sdk:INVALID_PARAMETER', t1],
      ['sdk:PLAY_NOT_ALLOWED', t2],
    ]);
    // Nothing carries the time of the load.
    expect(doctor.timeline.value.map((e) => e.at)).not.toContain(t3);
  });

  it('a storm of 10,000 new error objects of one kind is one problem counted 10,000 times', async () => {
    const doctor = make();
    for (let i = 0; i < 10_000; i++) doctor.capture(rtcError(16451, 'play failed'));
    const raw = JSON.parse(doctor.report()) as { problems: { count: number }[] };
    expect(raw.problems.map((p) => p.count)).toEqual([10_000]);
    expect(await doctor.load()).toBe(true);
    await vi.waitFor(() => expect(doctor.problems.value).toHaveLength(1));
    expect(doctor.problems.value[0]).toMatchObject({
      count: 10_000,
      diagnosis: { id: 'sdk:PLAY_NOT_ALLOWED' },
    });
  });

  it(`keeps at most MAX_PENDING (${MAX_PENDING}) distinct errors queued, and warns once`, () => {
    const warn = warnings();
    // Offline: the queue stays as the recorder keeps it.
    const doctor = offline();
    for (let i = 0; i < 3000; i++) doctor.capture(new Error(`failure number ${i}`));
    const raw = JSON.parse(doctor.report()) as {
      problems: { text: string }[];
      dropped: number;
    };
    expect(raw.problems).toHaveLength(MAX_PENDING);
    expect(raw.problems[0]?.text).toContain('failure number 0');
    expect(raw.problems.at(-1)?.text).toContain(`failure number ${MAX_PENDING - 1}`);
    expect(raw.dropped).toBe(3000 - MAX_PENDING);
    expect(said(warn, /more than 2000 events arrived before the panel loaded/)).toHaveLength(1);
  });
});

describe('a userSig seen before any problem', () => {
  const APP = 1400000001;
  const KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
  /** A real userSig for `userId`, valid `expire` seconds from now. */
  // Real userSigs (Node's require: the package is for Node, and this file runs in happy-dom).
  const { Api } = createRequire(import.meta.url)('tls-sig-api-v2') as {
    Api: new (app: number, key: string) => { genSig(userId: string, expire: number): string };
  };
  const sig = (userId: string, expire: number) => new Api(APP, KEY).genSig(userId, expire);

  /** A lazy doctor over the real part that counts its loads, watching a v5 instance. */
  function joined(userSig: string) {
    let loads = 0;
    const doctor = createLazyDoctor(
      { lang: 'en', captureUnhandledRejections: false },
      () => {
        loads++;
        return import('../../src/lazy');
      },
      () => import('../../src/core/usersig'),
    );
    doctors.push(doctor);
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc as unknown as TrtcInstanceLike, 'main');
    void trtc.enterRoom({ sdkAppId: APP, userId: 'alice', userSig, roomId: 8 });
    return { doctor, loads: () => loads };
  }

  it('one for another user loads the part, which warns before the join fails', async () => {
    const { doctor, loads } = joined(sig('bob', 86400));
    await vi.waitFor(() => expect(doctor.problems.value).toHaveLength(1));
    expect(loads()).toBe(1);
    expect(doctor.problems.value[0]!.diagnosis).toMatchObject({ id: 'usersig:wrong-user' });
  });

  it('a right one leaves the part unloaded', async () => {
    const { doctor, loads } = joined(sig('alice', 86400));
    // The decoder loads and decodes (a few microtasks and a stream read): give it time.
    await new Promise((done) => setTimeout(done, 200));
    expect(loads()).toBe(0);
    expect(doctor.canRun('copy-report')).toBe(false);
  });
});

describe('the raw report', () => {
  it('has the codes and messages, without a userSig learned from enterRoom or a config', async () => {
    const doctor = make();
    const trtc = new FakeTrtcInstance();
    trtc.behave.enterRoom = () =>
      Promise.reject(
        rtcErrorV5({ code: 5000, functionName: 'enterRoom', message: `bad sig ${USER_SIG}` }),
      );
    doctor.watchTrtc(trtc as unknown as TrtcInstanceLike);
    doctorInternals(doctor)!.rememberConfig({ sdkAppId: 1, userId: 'bob', userSig: OTHER_SIG });
    const rejected = trtc.enterRoom({ sdkAppId: 1, userId: 'alice', userSig: USER_SIG, roomId: 8 });
    await rejected.catch(() => undefined);
    doctor.capture(rtcError(16451, `play failed for ${OTHER_SIG}`));
    // Read before the load finishes: the same task as the last capture.
    expect(doctor.canRun('copy-report')).toBe(false);
    const json = doctor.report();
    const markdown = doctor.report({ format: 'markdown' });
    const raw = JSON.parse(json) as { schema: string; problems: { text: string }[] };
    expect(raw.schema).toBe(RAW_REPORT_SCHEMA);
    expect(raw.problems.map((p) => p.text)).toEqual([
      expect.stringMatching(/^5000 .*bad sig \[redacted\]/),
      expect.stringMatching(/^16451 RtcError: play failed for \[redacted\]/),
    ]);
    expect(markdown).toContain('# TRTC Doctor report (raw)');
    expect(markdown).toContain('16451 RtcError: play failed for [redacted]');
    for (const text of [json, markdown]) {
      expect(text).not.toContain(USER_SIG);
      expect(text).not.toContain(OTHER_SIG);
    }
    expect(() => doctor.report({ format: 'html' as 'json' })).toThrow(/'json' or 'markdown'/);
  });
});

describe('when the part cannot load', () => {
  it('load() resolves false, warns, and the raw report still works', async () => {
    const warn = warnings();
    const doctor = offline();
    doctor.capture(rtcError(16451, 'play failed'));
    expect(await doctor.load()).toBe(false);
    expect(said(warn, /could not load \(Error: offline\)/)).toHaveLength(1);
    expect(doctor.canRun('copy-report')).toBe(false);
    expect(doctor.problems.value).toEqual([]);
    const raw = JSON.parse(doctor.report()) as { schema: string; problems: { text: string }[] };
    expect(raw.schema).toBe(RAW_REPORT_SCHEMA);
    expect(raw.problems[0]?.text).toContain('16451 RtcError: play failed');
    await expect(doctor.runAction('copy-report')).resolves.toMatchObject({
      ok: false,
      outcome: 'unsupported',
    });
  });

  it('the mini launcher counts what was recorded and opens the raw list, as text', async () => {
    warnings();
    const doctor = offline({ audience: 'developer' });
    const markup = '<img src=x onerror=alert(1)>';
    doctor.capture(rtcError(16451, `play failed ${markup}`));
    expect(await doctor.load()).toBe(false);
    doctor.mount({ showLauncher: true });
    const host = () => document.querySelector('trtc-doctor[data-mini]');
    await vi.waitFor(() => expect(host()).not.toBeNull());
    const root = host()!.shadowRoot!;
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('TRTC Doctor 1 recorded');

    doctor.capture(rtcError(4096, 'bad parameter'));
    // The badge is written at the next animation frame, not at each error.
    expect(button.textContent).toBe('TRTC Doctor 1 recorded');
    frames.run();
    expect(button.textContent).toBe('TRTC Doctor 2 recorded');

    button.click();
    const dialog = root.querySelector<HTMLElement>('[role=dialog]')!;
    await vi.waitFor(() => expect(dialog.hidden).toBe(false));
    const items = [...dialog.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringContaining(`16451 RtcError: play failed ${markup}`),
      expect.stringContaining('4096 RtcError: bad parameter'),
    ]);
    expect(dialog.textContent).toContain('The panel could not load');
    // A developer reads the codes at once, not behind "Details".
    expect(dialog.querySelector('details')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();

    // Escape closes the list and gives the focus back to the launcher.
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true });
    dialog.querySelector('button')!.dispatchEvent(escape);
    expect(dialog.hidden).toBe(true);
    expect(root.activeElement).toBe(button);
  });

  it.each([
    ['en', 'Copy the report and send it to support.', 'Details'],
    ['zh', '请复制报告，发给客服。', '详情'],
  ] as const)(
    'an end user (%s) reads a calm line first, the codes behind Details',
    async (lang, line, details) => {
      warnings();
      const doctor = offline({ lang, audience: 'user' });
      doctor.capture(rtcError(16451, 'play failed'));
      expect(await doctor.load()).toBe(false);
      doctor.mount({ showLauncher: true });
      const host = () => document.querySelector('trtc-doctor[data-mini]');
      await vi.waitFor(() => expect(host()).not.toBeNull());
      const root = host()!.shadowRoot!;
      const launcher = root.querySelector('button')!;
      // The panel launcher's words for end users: no count on show, the count in its name.
      expect(launcher.textContent).toBe(
        lang === 'en' ? 'Call help ! 1 recorded' : '通话帮助 ! 1 个已记录',
      );
      launcher.click();
      const dialog = root.querySelector<HTMLElement>('[role=dialog]')!;
      await vi.waitFor(() => expect(dialog.hidden).toBe(false));
      const note = dialog.querySelector('p')!.textContent!;
      expect(note).toContain(line);
      expect(note).not.toMatch(/\d|RtcError/);
      // The codes are still there, for whoever helps them, folded.
      const folded = dialog.querySelector('details')!;
      expect(folded.open).toBe(false);
      expect(folded.querySelector('summary')!.textContent).toBe(details);
      expect(folded.querySelector('li')!.textContent).toContain('16451 RtcError: play failed');
      expect(dialog.querySelector(':scope > ol')).toBeNull();
    },
  );
});

describe('the plain launcher', () => {
  it('sits where the panel launcher would: the offset option, else the place dragged to this session', () => {
    const style = () =>
      document.querySelector('trtc-doctor[data-mini]')!.shadowRoot!.querySelector('button')!.style;
    const unmount = offline().mount({
      showLauncher: true,
      position: 'bottom-left',
      offset: { x: 10, y: 80 },
    });
    expect(style().getPropertyValue('bottom')).toBe(
      'calc(96px + env(safe-area-inset-bottom, 0px))',
    );
    expect(style().getPropertyValue('left')).toBe('calc(26px + env(safe-area-inset-left, 0px))');
    unmount();
    sessionStorage.setItem(PLACE_KEY, JSON.stringify({ x: 40, y: 0, min: false }));
    try {
      offline().mount({ showLauncher: true, offset: { x: 10, y: 80 } });
      expect(style().getPropertyValue('right')).toBe(
        'calc(56px + env(safe-area-inset-right, 0px))',
      );
      expect(style().getPropertyValue('bottom')).toBe(
        'calc(16px + env(safe-area-inset-bottom, 0px))',
      );
    } finally {
      sessionStorage.removeItem(PLACE_KEY);
    }
  });

  it('colours its badge by the worst severity recorded, as the panel will (after a frame)', async () => {
    warnings();
    const doctor = offline({ audience: 'developer' });
    doctor.capture(rtcError(16400, 'no such remote stream'));
    expect(await doctor.load()).toBe(false);
    doctor.mount({ showLauncher: true });
    await vi.waitFor(() => expect(document.querySelector('trtc-doctor[data-mini]')).not.toBeNull());
    const badge = () =>
      document.querySelector('trtc-doctor[data-mini]')!.shadowRoot!.querySelector('.b')!;
    expect(badge().getAttribute('data-severity')).toBe('info');
    expect(badge().className).toBe('b info');
    doctor.capture(rtcError(16451, 'play failed'));
    frames.run();
    expect(badge().getAttribute('data-severity')).toBe('warning');
    doctor.capture(rtcError(4096, 'bad parameter'));
    expect(badge().getAttribute('data-severity')).toBe('warning');
    frames.run();
    expect(badge().getAttribute('data-severity')).toBe('error');
  });

  it('a drag moves it (no tap: nothing opens) and the place is kept for the session', async () => {
    const warn = warnings();
    const doctor = offline();
    doctor.capture(rtcError(4096, 'bad parameter'));
    expect(await doctor.load()).toBe(false);
    const unmount = doctor.mount({ showLauncher: true });
    await vi.waitFor(() => expect(document.querySelector('trtc-doctor[data-mini]')).not.toBeNull());
    const root = () => document.querySelector('trtc-doctor[data-mini]')!.shadowRoot!;
    const button = root().querySelector('button')!;
    const pointer = (type: string, x: number, y: number) =>
      button.dispatchEvent(
        new PointerEvent(type, { button: 0, pointerId: 1, clientX: x, clientY: y, bubbles: true }),
      );
    // A pointer the browser no longer knows makes setPointerCapture throw: nothing reaches the page.
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    addEventListener('error', onError);
    button.setPointerCapture = () => {
      throw new DOMException('No active pointer with the given id is found.', 'NotFoundError');
    };
    pointer('pointerdown', 300, 700);
    removeEventListener('error', onError);
    expect(thrown).toEqual([]);
    pointer('pointermove', 200, 600);
    pointer('pointerup', 200, 600);
    button.click();
    // Dragged 100 px left and up from the bottom-right corner: 100 px inward on both axes.
    expect(button.style.getPropertyValue('right')).toBe(
      'calc(116px + env(safe-area-inset-right, 0px))',
    );
    expect(button.style.getPropertyValue('bottom')).toBe(
      'calc(116px + env(safe-area-inset-bottom, 0px))',
    );
    expect(JSON.parse(sessionStorage.getItem(PLACE_KEY)!)).toEqual({ x: 100, y: 100, min: false });
    const dialog = root().querySelector<HTMLElement>('[role=dialog]')!;
    await flush();
    expect(dialog.hidden).toBe(true);
    expect(said(warn, /could not load/)).toHaveLength(1);
    // The arrow keys move it too, never off screen; the next launcher starts there.
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(JSON.parse(sessionStorage.getItem(PLACE_KEY)!)).toEqual({ x: 76, y: 100, min: false });
    for (let i = 0; i < 9; i++) {
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    }
    expect(JSON.parse(sessionStorage.getItem(PLACE_KEY)!)).toEqual({ x: 76, y: 0, min: false });
    expect(button.getAttribute('aria-describedby')).toBe('td-move');
    expect(root().getElementById('td-move')!.textContent).toBe(
      'Drag, or use the arrow keys, to move.',
    );
    // A tap still opens (here: the raw list, the panel being unreachable).
    button.click();
    await vi.waitFor(() => expect(dialog.hidden).toBe(false));
    unmount();
    sessionStorage.removeItem(PLACE_KEY);
  });

  it('a read that throws in its frame reaches no page handler, and the next frame paints', () => {
    let broken = false;
    const mini = showMiniLauncher({
      options: {},
      lang: () => 'en',
      audience: () => 'developer',
      scheme: () => 'system',
      count: () => {
        if (broken) throw new Error('hostile');
        return 1;
      },
      raw: () => [],
      failed: () => false,
      report: () => '',
      redact: (t) => t,
      open: () => undefined,
    });
    try {
      broken = true;
      mini.update();
      expect(() => frames.run()).not.toThrow();
      broken = false;
      mini.update();
      frames.run();
      const button = document
        .querySelector('trtc-doctor[data-mini]')!
        .shadowRoot!.querySelector('button')!;
      expect(button.textContent).toBe('TRTC Doctor 1 recorded');
    } finally {
      mini.remove();
    }
  });

  it("follows the colour scheme setting: the mount's, then configure()'s (after a frame)", () => {
    const doctor = offline();
    doctor.mount({ showLauncher: true, colorScheme: 'dark' });
    const host = () => document.querySelector('trtc-doctor[data-mini]');
    expect(host()?.getAttribute('data-scheme')).toBe('dark');
    doctor.configure({ colorScheme: 'light' });
    expect(host()?.getAttribute('data-scheme')).toBe('dark');
    frames.run();
    expect(host()?.getAttribute('data-scheme')).toBe('light');
    doctor.configure({ colorScheme: 'system' });
    frames.run();
    expect(host()?.getAttribute('data-scheme')).toBe('system');
  });
});

describe('destroy()', () => {
  /** The listeners a spy on `window.addEventListener`/`removeEventListener` saw for `type`. */
  const listeners = (spy: { mock: { calls: unknown[][] } }, type: string) =>
    spy.mock.calls.filter(([t]) => t === type).map(([, fn]) => fn);
  const unhandled = (spy: { mock: { calls: unknown[][] } }) => listeners(spy, 'unhandledrejection');

  it('before the load: no element, no listener', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    // `?trtc-doctor` in the URL shows the mini launcher from the start.
    history.replaceState(null, '', '/?trtc-doctor');
    const doctor = make({ captureUnhandledRejections: true });
    doctor.mount();
    expect(document.querySelector('trtc-doctor[data-mini]')).not.toBeNull();
    expect(unhandled(add)).toHaveLength(1);
    doctor.destroy();
    expect(document.querySelector('trtc-doctor')).toBeNull();
    expect(unhandled(remove)).toEqual(unhandled(add));
    const keydown = (spy: typeof add) => listeners(spy, 'keydown');
    expect(keydown(add)).toHaveLength(1);
    expect(keydown(remove)).toEqual(keydown(add));
    // Destroyed: a problem loads nothing any more.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    doctor.capture(rtcError(16451));
    expect(await doctor.load()).toBe(false);
    expect(document.querySelector('trtc-doctor')).toBeNull();
  });

  it('after the load: no element, no listener', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const doctor = make({ captureUnhandledRejections: true });
    expect(await doctor.load()).toBe(true);
    doctor.mount();
    expect(document.querySelector('trtc-doctor')).not.toBeNull();
    expect(unhandled(add)).toHaveLength(1);
    doctor.destroy();
    expect(document.querySelector('trtc-doctor')).toBeNull();
    expect(unhandled(remove)).toEqual(unhandled(add));
    const keydown = (spy: typeof add) => listeners(spy, 'keydown');
    expect(keydown(remove)).toEqual(keydown(add));
    expect(doctor.canRun('copy-report')).toBe(false);
  });
});

describe('after the load', () => {
  it("configure({ lang: 'zh' }) switches once the Chinese words are there, and explains again", async () => {
    const doctor = make();
    doctor.capture(rtcError(16451, 'play failed'));
    expect(await doctor.load()).toBe(true);
    await vi.waitFor(() => expect(doctor.problems.value).toHaveLength(1));
    const english = doctor.problems.value[0]!.diagnosis.title;
    expect(english).toMatch(/^[\x20-\x7e]+$/);

    doctor.configure({ lang: 'zh' });
    await vi.waitFor(() => expect(doctor.settings.value.lang).toBe('zh'));
    await vi.waitFor(() =>
      expect(doctor.problems.value[0]!.diagnosis.title).toMatch(/[\u4e00-\u9fff]/),
    );
    expect(doctor.problems.value[0]!.diagnosis.id).toBe('sdk:PLAY_NOT_ALLOWED');
    expect(doctor.problems.value[0]!.diagnosis.title).not.toBe(english);
  });

  it('onProblem is called for each problem recorded before the load, once, after it', async () => {
    const option = vi.fn();
    const listener = vi.fn();
    const doctor = make({ onProblem: option });
    doctor.onProblem(listener);
    doctor.capture(rtcError(4096, 'bad parameter'));
    doctor.capture(rtcError(16451, 'play failed'));
    doctor.capture(rtcError(4096, 'bad parameter')); // the same problem: no second call
    expect(listener).not.toHaveBeenCalled();
    expect(option).not.toHaveBeenCalled();
    expect(await doctor.load()).toBe(true);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(2));
    await flush();
    const ids = (fn: typeof listener) =>
      fn.mock.calls.map(([p]) => (p as { diagnosis: { id: string } }).diagnosis.id);
    expect(ids(listener)).toEqual(['sdk:INVALID_PARAMETER', 'sdk:PLAY_NOT_ALLOWED']);
    expect(ids(option)).toEqual(['sdk:INVALID_PARAMETER', 'sdk:PLAY_NOT_ALLOWED']);
  });
});
