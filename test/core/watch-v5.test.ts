import { describe, expect, it, vi } from 'vitest';
import { instrumentTrtc } from '../../src/core/instrument';
import { TRTC_METHODS } from '../../src/core/watch-v5';
import { flush, makeDoctor } from '../fakes';
import { FakeTrtcInstance, createFakeTrtcV5, rtcErrorV5 } from '../fakes-v5';

const USER_SIG =
  'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBkiWpxSVQoeKU7MSCgswUJSsjAwMDJR2l1IqCzKLUYiWr6FqAShtSvAAAAA__';
const ENTER = {
  sdkAppId: 1400000001,
  userId: 'alice',
  userSig: USER_SIG,
  roomId: 8888,
  role: 'anchor',
};

/** Every event the issue lists, with a payload of the real shape. */
const EVENTS: [string, unknown][] = [
  ['connection-state-changed', { prevState: 'CONNECTING', state: 'CONNECTED' }],
  ['network-quality', { uplinkNetworkQuality: 1, downlinkNetworkQuality: 2 }],
  ['publish-state-changed', { mediaType: 'video', state: 'started', prevState: 'starting' }],
  ['audio-play-state-changed', { userId: 'bob', state: 'PLAYING', reason: 'playing' }],
  ['video-play-state-changed', { userId: '', streamType: 'main', state: 'PAUSED', reason: 'mute' }],
  ['device-changed', { type: 'camera', action: 'add', device: { label: 'USB cam' } }],
  ['permission-state-change', { camera: 'prompt', microphone: 'prompt' }],
  ['remote-user-enter', { userId: 'bob' }],
  ['remote-user-exit', { userId: 'bob', reason: 1 }],
];

describe('watchTrtc: events', () => {
  it('listens to every event of the issue, guarded, beside the host', () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    const host = vi.fn();
    doctor.watchTrtc(trtc);
    for (const [event] of EVENTS) trtc.on(event, host);
    for (const event of ['error', 'autoplay-failed', 'kicked-out', ...EVENTS.map(([e]) => e)]) {
      expect(trtc.listenerCount(event), event).toBe(
        event === 'error' || event === 'autoplay-failed' || event === 'kicked-out' ? 1 : 2,
      );
    }
    for (const [event, payload] of EVENTS) trtc._emit(event, payload);
    expect(host).toHaveBeenCalledTimes(EVENTS.length);
    const lines = doctor.timeline.value.map((e) => `${e.event}: ${e.text}`);
    expect(lines).toEqual([
      'connection-state-changed: CONNECTING → CONNECTED',
      'network-quality: uplink 1, downlink 2',
      'publish-state-changed: video started',
      'audio-play-state-changed: bob PLAYING (playing)',
      'video-play-state-changed: local PAUSED (mute)',
      'device-changed: camera add: USB cam',
      'permission-state-change: camera prompt, microphone prompt',
      'remote-user-enter: bob',
      'remote-user-exit: bob (reason 1)',
    ]);
    expect(trtc.logged).toEqual([]);
  });

  it('captures error, kicked-out and a publish that failed, from the instance', () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc, 'main call');
    trtc._emit('error', rtcErrorV5({ code: 5500, extraCode: 5501 }));
    trtc._emit('kicked-out', { reason: 'banned' });
    const failed = rtcErrorV5({ code: 5500, extraCode: 5505, message: 'video encode failed' });
    trtc._emit('publish-state-changed', {
      mediaType: 'video',
      state: 'stopped',
      reason: 'error',
      error: failed,
    });
    const problems = doctor.problems.value;
    expect(problems).toHaveLength(3);
    expect(problems.every((p) => p.source.label === 'main call' && p.source.target === trtc)).toBe(
      true,
    );
    expect(problems.find((p) => p.operation === 'publish')?.diagnosis.extraCode).toBe(5505);
    expect(problems.map((p) => p.diagnosis.code).sort()).toEqual([5500, 5500, undefined].sort());
  });

  it('survives payloads of any shape, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    const storm = () => {
      for (const [event] of EVENTS) trtc._emit(event, hostile);
      trtc._emit('autoplay-failed', hostile);
      trtc._emit('error', hostile);
      trtc._emit('connection-state-changed', 7);
    };
    storm();
    expect(trtc.logged).toEqual([]);
    const said = warn.mock.calls.length;
    expect(said).toBeGreaterThan(0);
    expect(doctor.timeline.value.length).toBeGreaterThan(EVENTS.length);
    // Once: the same odd payloads again add no warning.
    storm();
    expect(warn.mock.calls.length).toBe(said);
  });
});

describe('watchTrtc: methods', () => {
  it('wraps every method of the issue; the caller gets the same rejection object', async () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    for (const method of TRTC_METHODS) expect(Object.hasOwn(trtc, method), method).toBe(true);
    const error = rtcErrorV5({ code: 5000, extraCode: 5001, functionName: 'enterRoom' });
    trtc.behave.enterRoom = () => Promise.reject(error);
    const caught = await trtc.enterRoom({}).catch((e: unknown) => e);
    expect(caught).toBe(error);
    const [problem] = doctor.problems.value;
    expect(problem?.operation).toBe('enterRoom');
    expect(problem?.diagnosis.code).toBe(5000);
    expect(trtc.calls[0]?.self).toBe(trtc);
  });

  it('captures a synchronous throw and re-throws it unchanged', () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    const error = rtcErrorV5({ code: 5100, extraCode: 5108, functionName: 'sendSEIMessage' });
    trtc.behave.sendSEIMessage = () => {
      throw error;
    };
    expect(() => trtc.sendSEIMessage(new ArrayBuffer(1))).toThrow(error);
    expect(doctor.problems.value[0]?.operation).toBe('sendSEIMessage');
  });

  it("learns enterRoom's userSig and privateMapKey before the call, so its rejection is clean", async () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    const key = 'privateMapKeySECRET0123456789abcdefXYZ';
    trtc.behave.enterRoom = (options) => {
      const { userSig, privateMapKey } = options as typeof ENTER & { privateMapKey: string };
      return Promise.reject(
        rtcErrorV5({
          code: 5400,
          extraCode: 70001,
          message: `bad sig ${userSig} key ${privateMapKey}`,
        }),
      );
    };
    await trtc.enterRoom({ ...ENTER, privateMapKey: key }).catch(() => undefined);
    const everything =
      JSON.stringify(doctor.problems.value.map((p) => p.diagnosis)) +
      JSON.stringify(doctor.timeline.value) +
      doctor.report() +
      doctor.report({ format: 'markdown' });
    expect(everything).not.toContain(USER_SIG);
    expect(everything).not.toContain(key);
    expect(everything).toContain('[redacted]');
    const report = JSON.parse(doctor.report());
    expect(report.clients).toEqual([
      { label: 'trtc 1', sdkAppId: 1400000001, userId: 'alice', roomId: 8888, role: 'anchor' },
    ]);
  });

  it('takes strRoomId when there is no roomId, and says the role in the markdown report', async () => {
    const doctor = makeDoctor({ trtc: createFakeTrtcV5() });
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    await trtc.enterRoom({ ...ENTER, roomId: undefined, strRoomId: 'lobby-7', role: 'audience' });
    const md = doctor.report({ format: 'markdown' });
    expect(md).toMatch(/lobby\\?-7/);
    expect(md).toMatch(/audience/);
    expect(md).toMatch(/5\\?\.17\\?\.1 \\?\(v5\\?\)/);
    expect(JSON.parse(doctor.report()).sdkFamily).toBe('v5');
  });

  it('settles a failed enterRoom and a failed startLocalVideo when they later succeed', async () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    trtc.behave.enterRoom = () =>
      Promise.reject(
        rtcErrorV5({
          code: 5500,
          message: "'enterRoom' failed, reason: Failed to join room - schedule failed: network",
        }),
      );
    trtc.behave.startLocalVideo = () =>
      Promise.reject(rtcErrorV5({ code: 5300, extraCode: 5303, functionName: 'startLocalVideo' }));
    await trtc.enterRoom(ENTER).catch(() => undefined);
    await trtc.startLocalVideo({}).catch(() => undefined);
    expect(doctor.problems.value.filter((p) => !p.resolved)).toHaveLength(2);
    trtc.behave = {};
    await trtc.enterRoom(ENTER);
    expect(doctor.problems.value.filter((p) => !p.resolved).map((p) => p.operation)).toEqual([
      'startLocalVideo',
    ]);
    await trtc.startLocalVideo({});
    expect(doctor.problems.value.filter((p) => !p.resolved)).toEqual([]);
  });
});

describe('watchTrtc: blocked playback', () => {
  it('Resume calls every pending resume() at once, inside the call, and settles per user', async () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    const resumes = {
      bobAudio: vi.fn(() => Promise.resolve()),
      bobVideo: vi.fn(() => Promise.resolve()),
      carolAudio: vi.fn(() => Promise.resolve()),
    };
    trtc._emit('autoplay-failed', { userId: 'bob', mediaType: 'audio', resume: resumes.bobAudio });
    trtc._emit('autoplay-failed', { userId: 'bob', mediaType: 'video', resume: resumes.bobVideo });
    trtc._emit('autoplay-failed', {
      userId: 'carol',
      mediaType: 'audio',
      resume: resumes.carolAudio,
    });
    const problems = doctor.problems.value;
    expect(problems.map((p) => p.source.userId).sort()).toEqual(['bob', 'carol']);
    const bob = problems.find((p) => p.source.userId === 'bob')!;
    expect(bob.count).toBe(2);
    const running = doctor.runAction('resume-playback', bob);
    // Synchronous: both of bob's resume() ran before any await (the click's gesture is live).
    expect(resumes.bobAudio).toHaveBeenCalledTimes(1);
    expect(resumes.bobVideo).toHaveBeenCalledTimes(1);
    expect(resumes.carolAudio).not.toHaveBeenCalled();
    expect((await running).outcome).toBe('resumed');
    expect(doctor.problems.value.find((p) => p.source.userId === 'bob')?.resolved).toBe(true);
    // carol's card resolves when her audio really plays.
    trtc._emit('video-play-state-changed', {
      userId: 'carol',
      state: 'PLAYING',
      reason: 'playing',
    });
    expect(doctor.problems.value.find((p) => p.source.userId === 'carol')?.resolved).toBe(false);
    trtc._emit('audio-play-state-changed', {
      userId: 'carol',
      state: 'PLAYING',
      reason: 'playing',
    });
    expect(doctor.problems.value.find((p) => p.source.userId === 'carol')?.resolved).toBe(true);
  });

  it('without resume() (below 5.9) the action fails instead of pretending', async () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    trtc._emit('autoplay-failed', { userId: 'bob', mediaType: 'audio' });
    const [problem] = doctor.problems.value;
    const result = await doctor.runAction('resume-playback', problem);
    expect(result.ok).toBe(false);
    expect(doctor.problems.value[0]?.resolved).toBe(false);
  });
});

describe('watchTrtc: lifecycle and misuse', () => {
  it("the instance's destroy() unwatches it; the doctor's destroy() unwatches every instance", () => {
    const doctor = makeDoctor();
    const a = new FakeTrtcInstance();
    const b = new FakeTrtcInstance();
    doctor.watchTrtc(a);
    doctor.watchClient(b as never);
    expect(a.listenerCount()).toBeGreaterThan(10);
    expect(b.listenerCount()).toBe(a.listenerCount());
    a.destroy();
    expect(a.destroyed).toBe(true);
    expect(a.listenerCount()).toBe(0);
    expect(Object.hasOwn(a, 'enterRoom')).toBe(false);
    expect(Object.hasOwn(a, 'destroy')).toBe(false);
    doctor.destroy();
    expect(b.listenerCount()).toBe(0);
    expect(TRTC_METHODS.some((m) => Object.hasOwn(b, m))).toBe(false);
  });

  it('watching twice is one watch; unwatch is idempotent', () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    const unwatch = doctor.watchTrtc(trtc);
    expect(doctor.watchTrtc(trtc)).toBe(unwatch);
    const count = trtc.listenerCount();
    unwatch();
    unwatch();
    expect(trtc.listenerCount()).toBe(0);
    expect(count).toBeGreaterThan(0);
  });

  it('says what to pass', () => {
    const doctor = makeDoctor();
    expect(() => doctor.watchTrtc({} as never)).toThrow(
      /watchTrtc\(trtc\) expects a TRTC v5 instance \(TRTC\.create\(\)\), got an object without/,
    );
    expect(() => doctor.watchTrtc({ join() {}, on() {}, off() {} } as never)).toThrow(
      /a v4 client \(use watchClient\)/,
    );
    expect(() => doctor.watchTrtc(new FakeTrtcInstance(), 3 as never)).toThrow(
      /label must be a string, got number 3/,
    );
  });
});

describe('instrumentTrtc with v5', () => {
  it('wraps TRTC.create, watches each instance, defines nothing stray, and undoes exactly', () => {
    const doctor = makeDoctor();
    const TRTC = createFakeTrtcV5();
    const original = TRTC.create;
    const keys = Object.keys(TRTC).sort();
    const undo = instrumentTrtc(doctor, TRTC);
    expect(Object.keys(TRTC).sort()).toEqual(keys);
    expect('TRTC' in TRTC).toBe(false);
    const trtc = TRTC.create();
    expect(trtc.listenerCount('error')).toBe(1);
    undo();
    expect(TRTC.create).toBe(original);
    expect(TRTC.create().listenerCount()).toBe(0);
  });

  it('catches a v5 namespace assigned after the doctor (the script before the SDK)', () => {
    const doctor = makeDoctor();
    const page: { TRTC?: unknown } = {};
    instrumentTrtc(doctor, page);
    const TRTC = createFakeTrtcV5();
    page.TRTC = TRTC;
    expect(page.TRTC).toBe(TRTC);
    expect(TRTC.create().listenerCount('autoplay-failed')).toBe(1);
  });

  it("tells the developer when the SDK's autoplay dialog is on, and only then", async () => {
    const doctor = makeDoctor();
    const TRTC = createFakeTrtcV5();
    instrumentTrtc(doctor, TRTC);
    await TRTC.create().enterRoom(ENTER);
    await TRTC.create({ enableAutoPlayDialog: false }).enterRoom(ENTER);
    await TRTC.create({ enableAutoPlayDialog: false }).enterRoom({
      ...ENTER,
      enableAutoPlayDialog: true,
    });
    await TRTC.create().enterRoom({ ...ENTER, enableAutoPlayDialog: false });
    const notices = doctor.problems.value.filter((p) => p.diagnosis.id === 'v5:autoplay-dialog');
    expect(notices.map((p) => p.source.label).sort()).toEqual(['trtc 1', 'trtc 3']);
    expect(
      notices.every((p) => p.diagnosis.audience === 'developer' && p.diagnosis.severity === 'info'),
    ).toBe(true);
    // A successful enterRoom does not settle the advice.
    expect(notices.every((p) => !p.resolved)).toBe(true);
  });
});

describe('v5 actions and checks', () => {
  it("5302's handler: offered only when the error has one, and called in the click", async () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    const handler = vi.fn();
    trtc._emit('error', rtcErrorV5({ code: 5300, extraCode: 5302, handler }));
    trtc._emit('error', rtcErrorV5({ code: 5300, extraCode: 5303 }));
    const [withHandler, without] = [5302, 5303].map((extra) =>
      doctor.problems.value.find((p) => p.diagnosis.extraCode === extra)!,
    );
    expect(doctor.canRun('open-system-settings', withHandler)).toBe(true);
    expect(doctor.canRun('open-system-settings', without)).toBe(false);
    expect(doctor.canRun('open-system-settings')).toBe(false);
    const running = doctor.runAction('open-system-settings', withHandler);
    expect(handler).toHaveBeenCalledTimes(1);
    expect((await running).outcome).toBe('opened');
    expect((await doctor.runAction('open-system-settings', without)).outcome).toBe('unsupported');
  });

  it("checks devices, permissions and support through v5's statics without prompting", async () => {
    const TRTC = createFakeTrtcV5();
    const doctor = makeDoctor({ trtc: TRTC });
    const devices = await doctor.runAction('check-devices');
    expect(devices.outcome).toBe('checked');
    expect(devices.data).toMatchObject({
      cameras: [{ deviceId: 'cam1' }],
      microphones: [{ deviceId: 'mic1' }],
      speakers: [],
    });
    expect(TRTC.asked.filter((a) => a.name.endsWith('List')).map((a) => a.args)).toEqual([
      [false],
      [false],
      [false],
    ]);
    TRTC.system = {
      result: false,
      detail: { isBrowserSupported: true, isH264EncodeSupported: false },
    };
    const env = await doctor.runAction('check-environment');
    expect(env.outcome).toBe('not-supported');
    expect(env.text).toContain('isH264EncodeSupported');
    await flush();
  });
});

describe('v5 in reports', () => {
  it('names the family from a watched instance when no namespace was given', () => {
    const doctor = makeDoctor({ trtc: {} });
    expect(JSON.parse(doctor.report()).sdkFamily).toBeUndefined();
    doctor.watchTrtc(new FakeTrtcInstance());
    expect(JSON.parse(doctor.report()).sdkFamily).toBe('v5');
    expect(JSON.parse(doctor.report()).environment.sdkFamily).toBe('v5');
  });
});
