import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTION_IDS, createActions } from '../../src/core/actions';
import type { ActionHub } from '../../src/core/actions';
import { createTimers, parseBrowser } from '../../src/core/env';
import type { EnvironmentFacts } from '../../src/core/env';
import type { ActionId, Diagnosis, Problem, TrtcNamespaceLike } from '../../src/core/types';
import { FakeStream, createFakeTrtc, fakeDiagnosis } from '../fakes';
import { useAllPacks } from '../../src/lang/all';

// These tests read words synchronously: both languages' packs, as createDoctorCore has them.
useAllPacks();

const problem = (
  id: string,
  target?: object,
  over: Partial<Diagnosis> = {},
  resolved = false,
): Problem => ({
  fingerprint: `${id}|${Math.random()}`,
  diagnosis: fakeDiagnosis(id, over),
  source: { type: 'remote-stream', label: 'remote u', userId: 'u', target },
  count: 1,
  firstAt: 0,
  lastAt: 0,
  resolved,
});

function setup(over: Partial<ActionHub> & { list?: Problem[]; ns?: TrtcNamespaceLike } = {}) {
  const resolved: [string, object | undefined][] = [];
  const captured: [unknown, string][] = [];
  let environment: EnvironmentFacts | undefined;
  const timers = createTimers();
  const hub: ActionHub = {
    lang: () => 'en',
    problems: () => over.list ?? [],
    trtc: () => over.ns,
    timeout: timers.timeout,
    resolve: (trigger, target) => void resolved.push([trigger, target]),
    capture: (error, _problem, operation) => void captured.push([error, operation]),
    describe: (error) => String((error as Error)?.message ?? error),
    report: () => '## report',
    setEnvironment: (facts) => void (environment = facts),
    ...over,
  };
  const actions = createActions(hub);
  return { actions, resolved, captured, timers, environment: () => environment };
}

const domError = (name: string) => Object.assign(new Error(name), { name });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('resume-playback', () => {
  it('calls resume() synchronously on every blocked stream, and only those', async () => {
    const a = new FakeStream({ remote: true });
    const b = new FakeStream({ remote: true });
    const done = new FakeStream({ remote: true });
    const other = new FakeStream({ remote: true });
    const list = [
      problem('sdk:PLAY_NOT_ALLOWED', a),
      problem('sdk:PLAY_NOT_ALLOWED', b),
      problem('sdk:PLAY_NOT_ALLOWED', done, {}, true),
      problem('sdk:DEVICE_NOT_FOUND', other),
    ];
    const { actions, resolved } = setup({ list });
    const running = actions.run('resume-playback');
    // Inside the click: before any await.
    expect(a.calls.map((c) => c.method)).toEqual(['resume']);
    expect(b.calls.map((c) => c.method)).toEqual(['resume']);
    expect(done.calls).toEqual([]);
    expect(other.calls).toEqual([]);
    const result = await running;
    expect(result).toMatchObject({
      action: 'resume-playback',
      ok: true,
      outcome: 'resumed',
      text: 'Playback resumed (2).',
    });
    expect(resolved).toEqual([
      ['playing', a],
      ['playing', b],
    ]);
  });

  it("resumes the given problem's stream only", async () => {
    const a = new FakeStream();
    const b = new FakeStream();
    const { actions } = setup({ list: [problem('sdk:PLAY_NOT_ALLOWED', b)] });
    await actions.run('resume-playback', problem('sdk:PLAY_NOT_ALLOWED', a));
    expect(a.calls).toHaveLength(1);
    expect(b.calls).toHaveLength(0);
  });

  it('reports failure when resume() rejects or throws, and when nothing waits', async () => {
    const a = new FakeStream();
    a.behave.resume = () => Promise.reject(new Error('no gesture'));
    const b = new FakeStream();
    b.behave.resume = () => {
      throw new Error('sync');
    };
    const { actions, resolved } = setup({
      list: [problem('sdk:PLAY_NOT_ALLOWED', a), problem('sdk:PLAY_NOT_ALLOWED', b)],
    });
    const result = await actions.run('resume-playback');
    expect(result).toMatchObject({ ok: false, outcome: 'failed', data: { resumed: 0, total: 2 } });
    expect(resolved).toEqual([]);
    expect(await setup().actions.run('resume-playback')).toMatchObject({
      ok: false,
      outcome: 'nothing-to-do',
    });
  });
});

describe('request-permission', () => {
  function media(
    getUserMedia: (c: MediaStreamConstraints) => Promise<unknown>,
    states: Record<string, string | Error> = {},
  ) {
    const query = vi.fn(({ name }: { name: string }) => {
      const state = states[name];
      if (state instanceof Error) throw state;
      return Promise.resolve({ state: state ?? 'prompt' });
    });
    const gum = vi.fn(getUserMedia);
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: gum }, permissions: { query } });
    return { gum, query };
  }

  it('asks for both devices by default, stops the tracks at once and reports granted', async () => {
    const stop = vi.fn();
    const { gum } = media(() => Promise.resolve({ getTracks: () => [{ stop }, { stop }] }));
    const { actions, resolved } = setup();
    const running = actions.run('request-permission');
    expect(gum).toHaveBeenCalledWith({ video: true, audio: true });
    const result = await running;
    expect(result).toMatchObject({
      ok: true,
      outcome: 'granted',
      text: 'Access to the camera and microphone is allowed.',
      data: {
        kinds: ['camera', 'microphone'],
        permissions: { camera: 'prompt', microphone: 'prompt' },
      },
    });
    expect(stop).toHaveBeenCalledTimes(2);
    expect(resolved).toEqual([['permission-granted', undefined]]);
  });

  it('asks only for what the problem is about', async () => {
    const { gum } = media(() => Promise.resolve({ getTracks: () => [] }));
    const { actions } = setup();
    await actions.run(
      'request-permission',
      problem('browser:NotAllowedError', undefined, { message: 'Could not start video source' }),
    );
    await actions.run(
      'request-permission',
      problem('browser:NotAllowedError', undefined, { message: 'microphone denied' }),
    );
    expect(gum.mock.calls.map((c) => c[0])).toEqual([
      { video: true, audio: false },
      { video: false, audio: true },
    ]);
  });

  it.each([
    ['NotAllowedError', {}, 'denied'],
    ['NotAllowedError', { camera: 'denied' }, 'blocked'],
    ['SecurityError', {}, 'denied'],
    ['NotFoundError', {}, 'no-device'],
    ['OverconstrainedError', {}, 'no-device'],
    ['NotReadableError', {}, 'in-use'],
    ['AbortError', {}, 'in-use'],
    ['WeirdError', {}, 'failed'],
  ] as const)('%s with states %o is %s', async (name, states, outcome) => {
    media(() => Promise.reject(domError(name)), states);
    const result = await setup().actions.run('request-permission');
    expect(result).toMatchObject({ ok: false, outcome, data: { errorName: name } });
  });

  it('says why an unexpected failure happened', async () => {
    media(() => Promise.reject(domError('WeirdError')));
    expect(await setup().actions.run('request-permission')).toMatchObject({
      outcome: 'failed',
      text: 'That did not work: WeirdError',
      data: { reason: 'WeirdError' },
    });
  });

  it('tells an insecure page, a browser without getUserMedia, and a throwing permissions API', async () => {
    vi.stubGlobal('isSecureContext', false);
    expect(await setup().actions.run('request-permission')).toMatchObject({
      outcome: 'insecure-context',
    });
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('navigator', {});
    expect(await setup().actions.run('request-permission')).toMatchObject({
      outcome: 'unsupported',
    });
    // Firefox throws a TypeError for the 'camera' permission name.
    media(() => Promise.resolve({ getTracks: () => [] }), { camera: new TypeError('bad name') });
    expect(await setup().actions.run('request-permission')).toMatchObject({
      outcome: 'granted',
      data: { permissions: { camera: 'unknown', microphone: 'prompt' } },
    });
  });
});

describe('host callbacks: retry-capture and rejoin', () => {
  it('are not offered without a callback', async () => {
    const { actions } = setup();
    expect(actions.canRun('retry-capture')).toBe(false);
    expect(actions.canRun('rejoin')).toBe(false);
    expect(await actions.run('rejoin')).toMatchObject({ ok: false, outcome: 'unsupported' });
  });

  it('await the callback with the problem', async () => {
    let finish: () => void = () => {};
    const onRetryCapture = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const onRejoin = vi.fn();
    const p = problem('sdk:DEVICE_AUTO_RECOVER_FAILED');
    const { actions } = setup({ onRetryCapture, onRejoin, list: [p] });
    expect(actions.canRun('retry-capture')).toBe(true);
    let settled = false;
    const running = actions.run('retry-capture').then((r) => ((settled = true), r));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    expect(await running).toMatchObject({ ok: true, outcome: 'retried' });
    expect(onRetryCapture).toHaveBeenCalledWith(p);
    expect(await actions.run('rejoin', p)).toMatchObject({
      ok: true,
      outcome: 'rejoined',
      text: 'Joined the room again.',
    });
  });

  it('turn a failing callback into a failed result and record its error', async () => {
    const error = new Error('credentials expired');
    const { actions, captured } = setup({ onRejoin: () => Promise.reject(error) });
    expect(await actions.run('rejoin')).toMatchObject({
      ok: false,
      outcome: 'failed',
      text: 'That did not work: credentials expired',
    });
    expect(captured).toEqual([[error, 'rejoin']]);
  });
});

describe('check-devices', () => {
  it("uses the SDK's lists", async () => {
    const ns = createFakeTrtc();
    ns.speakers = [{ deviceId: 'spk', label: 'Speakers', groupId: 'g' }];
    const result = await setup({ ns }).actions.run('check-devices');
    expect(result).toMatchObject({
      ok: true,
      outcome: 'checked',
      text: 'Cameras: 1, microphones: 1, speakers: 1.',
    });
    expect(result.data).toEqual({
      cameras: [{ deviceId: 'cam1', label: 'Front camera' }],
      microphones: [{ deviceId: 'mic1', label: 'Mic' }],
      speakers: [{ deviceId: 'spk', label: 'Speakers' }],
    });
  });

  it('falls back to enumerateDevices, and says when neither exists', async () => {
    vi.stubGlobal('navigator', {
      mediaDevices: {
        enumerateDevices: () =>
          Promise.resolve([
            { kind: 'audioinput', deviceId: 'a', label: '' },
            { kind: 'audiooutput', deviceId: 'o', label: 'Out' },
          ]),
      },
    });
    const result = await setup().actions.run('check-devices');
    expect(result.data).toEqual({
      cameras: [],
      microphones: [{ deviceId: 'a', label: '' }],
      speakers: [{ deviceId: 'o', label: 'Out' }],
    });
    vi.stubGlobal('navigator', {});
    expect(await setup().actions.run('check-devices')).toMatchObject({
      ok: false,
      outcome: 'unsupported',
    });
  });
});

describe('check-environment', () => {
  it("runs the SDK's check and remembers the result for the report", async () => {
    const ns = createFakeTrtc();
    const s = setup({ ns });
    const result = await s.actions.run('check-environment');
    expect(result).toMatchObject({
      ok: true,
      outcome: 'supported',
      text: 'This browser meets the SDK requirements.',
    });
    const env = s.environment();
    expect(result.data).toBe(env);
    expect(env).toMatchObject({
      sdkVersion: '4.15.22',
      screenShare: true,
      system: { result: true },
    });
    ns.system = {
      result: false,
      detail: { isWebRTCSupported: false, isBrowserSupported: true, note: 'x' },
    };
    expect(await s.actions.run('check-environment')).toMatchObject({
      ok: false,
      outcome: 'not-supported',
      text: 'This browser does not meet the SDK requirements: isWebRTCSupported.',
    });
  });

  it('gives up on a hanging SDK check after a few seconds, clearing its timer', async () => {
    vi.useFakeTimers();
    const ns = createFakeTrtc();
    ns.checkSystemRequirements = () => new Promise(() => {});
    const running = setup({ ns }).actions.run('check-environment');
    await vi.advanceTimersByTimeAsync(5000);
    expect(await running).toMatchObject({ ok: true, outcome: 'checked' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('parses the browsers TRTC users meet', () => {
    const ua = {
      chrome:
        'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.127 Safari/537.36',
      edge: 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
      firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
      safari:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      wechat:
        'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64',
      qq: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.71 Safari/537.36 Core/1.94.202.400 QQBrowser/11.9.5355.400',
    };
    expect(parseBrowser(ua.chrome)).toEqual({ name: 'Chrome', version: '126.0.6478.127' });
    expect(parseBrowser(ua.edge)).toEqual({ name: 'Edge', version: '126.0.2592.87' });
    expect(parseBrowser(ua.firefox)).toEqual({ name: 'Firefox', version: '127.0' });
    expect(parseBrowser(ua.safari)).toEqual({ name: 'Safari', version: '17.5' });
    expect(parseBrowser(ua.wechat)).toEqual({ name: 'WeChat', version: '8.0.47.2560' });
    expect(parseBrowser(ua.qq)).toEqual({ name: 'QQ Browser', version: '11.9.5355.400' });
    expect(parseBrowser('curl/8')).toEqual({ name: 'unknown', version: '' });
  });
});

describe('copy-report', () => {
  it('writes the report to the clipboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const running = setup().actions.run('copy-report');
    expect(writeText).toHaveBeenCalledWith('## report');
    expect(await running).toMatchObject({
      ok: true,
      outcome: 'copied',
      data: { text: '## report' },
    });
  });

  it('falls back to a hidden textarea, and hands the text back when both fail', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    try {
      expect(await setup().actions.run('copy-report')).toMatchObject({
        ok: true,
        outcome: 'copied',
      });
      expect(exec).toHaveBeenCalledWith('copy');
      expect(document.querySelector('textarea')).toBeNull();
      exec.mockReturnValue(false);
      expect(await setup().actions.run('copy-report')).toMatchObject({
        ok: false,
        outcome: 'failed',
        text: 'Could not copy: select the report text and copy it by hand.',
        data: { text: '## report' },
      });
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });
});

describe('all actions', () => {
  it('never reject, even when everything throws', async () => {
    vi.stubGlobal(
      'navigator',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('hostile');
          },
        },
      ),
    );
    const { actions } = setup({
      problems: () => {
        throw new Error('x');
      },
      report: () => {
        throw new Error('y');
      },
    });
    for (const action of [...ACTION_IDS, 'made-up' as ActionId]) {
      const result = await actions.run(action);
      expect(result.action).toBe(action);
      expect(typeof result.text).toBe('string');
    }
  });

  it('speak the doctor language', async () => {
    const { actions } = setup({ lang: () => 'zh' });
    expect((await actions.run('resume-playback')).text).toBe('没有等待播放的流。');
    expect(actions.canRun('made-up' as ActionId)).toBe(false);
  });
});
