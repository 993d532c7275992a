import { describe, expect, it, vi } from 'vitest';
import { createDoctorCore } from '../../src/core/doctor';
import { DOCTOR_OPTION_NAMES } from '../../src/core/options';
import { CLIENT_METHODS, STREAM_METHODS } from '../../src/core/watch';
import type { MountedPanel, PanelMounter } from '../../src/core/types';
import { FakeClient, FakeStream, makeDoctor, rtcError } from '../fakes';

const CLIENT_EVENTS = [
  'error',
  'client-banned',
  'connection-state-changed',
  'peer-join',
  'peer-leave',
  'network-quality',
  'stream-added',
  'stream-subscribed',
  'stream-removed',
];
const STREAM_EVENTS = [
  'error',
  'player-state-changed',
  'connection-state-changed',
  'device-auto-recovered',
  'screen-sharing-stopped',
];

/** A throwing getter on every property, and a Proxy that throws on every trap. */
function hostilePayloads(): unknown[] {
  const getters = Object.defineProperties(
    {},
    Object.fromEntries(
      [
        'state',
        'prevState',
        'stream',
        'userId',
        'type',
        'reason',
        'message',
        'getCode',
        'uplinkNetworkQuality',
      ].map((k) => [
        k,
        {
          get() {
            throw new Error(`getter ${k}`);
          },
          enumerable: true,
        },
      ]),
    ),
  );
  const trap = () => {
    throw new Error('trap');
  };
  const proxy = new Proxy(
    {},
    { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap },
  );
  return [
    getters,
    proxy,
    null,
    undefined,
    42,
    'text',
    Symbol('s'),
    [],
    { stream: proxy },
    { stream: getters },
  ];
}

describe('watching', () => {
  it('listens to the documented events and removes exactly those on unwatch', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const stream = new FakeStream();
    const unwatchClient = doctor.watchClient(client);
    const unwatchStream = doctor.watchStream(stream);
    for (const event of CLIENT_EVENTS) expect(client.listenerCount(event), event).toBe(1);
    for (const event of STREAM_EVENTS) expect(stream.listenerCount(event), event).toBe(1);
    expect(client.listenerCount()).toBe(CLIENT_EVENTS.length);
    unwatchClient();
    expect(client.listenerCount()).toBe(0);
    expect(stream.listenerCount()).toBe(STREAM_EVENTS.length);
    unwatchStream();
    expect(stream.listenerCount()).toBe(0);
    unwatchClient();
    unwatchStream();
    expect(client.listenerCount() + stream.listenerCount()).toBe(0);
  });

  it('leaves the host listeners in place', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const host = vi.fn();
    client.on('error', host);
    doctor.watchClient(client)();
    expect(client.listenerCount('error')).toBe(1);
    client._emit('error', rtcError(16390));
    expect(host).toHaveBeenCalledTimes(1);
  });

  it('watching twice returns the same unwatch and adds no listener', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const first = doctor.watchClient(client);
    const second = doctor.watchClient(client, 'again');
    expect(second).toBe(first);
    expect(client.listenerCount()).toBe(CLIENT_EVENTS.length);
  });

  it('counts back to zero after destroy, remote streams included', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const local = new FakeStream();
    const remote = new FakeStream({ remote: true, userId: 'u2' });
    doctor.watchClient(client);
    doctor.watchStream(local);
    client._emit('stream-added', { stream: remote });
    expect(remote.listenerCount()).toBe(STREAM_EVENTS.length);
    doctor.destroy();
    expect(client.listenerCount() + local.listenerCount() + remote.listenerCount()).toBe(0);
    for (const m of CLIENT_METHODS) expect(Object.hasOwn(client, m), m).toBe(false);
    for (const m of STREAM_METHODS)
      expect(Object.hasOwn(local, m) || Object.hasOwn(remote, m), m).toBe(false);
    doctor.destroy();
  });

  it("unwatching a client also unwatches the remote streams it brought, not the page's own", () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const local = new FakeStream();
    const remote = new FakeStream({ remote: true, userId: 'u2' });
    const unwatch = doctor.watchClient(client);
    doctor.watchStream(local);
    client._emit('stream-added', { stream: remote });
    expect(remote.listenerCount()).toBe(STREAM_EVENTS.length);
    unwatch();
    expect(client.listenerCount() + remote.listenerCount()).toBe(0);
    for (const m of STREAM_METHODS) expect(Object.hasOwn(remote, m), m).toBe(false);
    expect(local.listenerCount()).toBe(STREAM_EVENTS.length);
  });

  it('labels sources client N, local stream N and remote <userId>', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    doctor.watchClient(client);
    doctor.watchClient(new FakeClient());
    const local = new FakeStream();
    doctor.watchStream(local);
    client._emit('stream-subscribed', {
      stream: new FakeStream({ remote: true, userId: 'alice' }),
    });
    client._emit('stream-added', {
      stream: new FakeStream({ remote: true, userId: 'bob', type: 'auxiliary' }),
    });
    const labels = doctor.timeline.value.filter(
      (e) => e.event === 'stream-subscribed' || e.event === 'stream-added',
    );
    expect(labels.map((e) => e.source?.label)).toEqual(['client 1', 'client 1']);
    local._emit('error', rtcError(16451));
    client._emit('error', rtcError(16390));
    const sources = doctor.problems.value.map((p) => `${p.source.type}:${p.source.label}`).sort();
    expect(sources).toEqual(['client:client 1', 'local-stream:local stream 1']);
  });

  it('watches remote streams automatically, with their userId, and unwatches them when removed', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const remote = new FakeStream({ remote: true, userId: 'u2' });
    doctor.watchClient(client);
    client._emit('stream-added', { stream: remote });
    client._emit('stream-subscribed', { stream: remote });
    expect(remote.listenerCount('error')).toBe(1);
    remote._emit('error', rtcError(16451, 'play() failed'));
    const problem = doctor.problems.value[0];
    expect(problem?.source).toMatchObject({
      type: 'remote-stream',
      label: 'remote u2',
      userId: 'u2',
    });
    expect(problem?.source.target).toBe(remote);
    client._emit('stream-removed', { stream: remote });
    expect(remote.listenerCount()).toBe(0);
    expect(Object.hasOwn(remote, 'play')).toBe(false);
  });

  it('keeps network quality as changes only', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    doctor.watchClient(client);
    const sample = (up: number, down: number) =>
      client._emit('network-quality', {
        uplinkNetworkQuality: up,
        downlinkNetworkQuality: down,
        uplinkRTT: Math.random(),
      });
    sample(1, 1);
    sample(1, 1);
    sample(1, 1);
    sample(3, 1);
    sample(3, 1);
    sample(1, 1);
    const lines = doctor.timeline.value
      .filter((e) => e.event === 'network-quality')
      .map((e) => e.text);
    expect(lines).toEqual(['uplink 1, downlink 1', 'uplink 3, downlink 1', 'uplink 1, downlink 1']);
  });

  it('records state changes and peers in the timeline', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const stream = new FakeStream();
    doctor.watchClient(client);
    doctor.watchStream(stream, 'camera');
    client._emit('connection-state-changed', { prevState: 'DISCONNECTED', state: 'CONNECTING' });
    client._emit('peer-join', { userId: 'u3' });
    stream._emit('player-state-changed', { type: 'video', state: 'PAUSED', reason: 'mute' });
    stream._emit('screen-sharing-stopped');
    const lines = doctor.timeline.value.map(
      (e) => `${e.type} ${e.event} ${e.text} @${e.source?.label}`,
    );
    expect(lines).toEqual([
      'state connection-state-changed DISCONNECTED → CONNECTING @client 1',
      'info peer-join u3 @client 1',
      'state player-state-changed video PAUSED (mute) @camera',
      'info screen-sharing-stopped screen sharing stopped @camera',
    ]);
  });
});

describe('never breaks the host', () => {
  it('hostile payloads on every event: our listeners never throw, host listeners after ours still run', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = makeDoctor();
    const client = new FakeClient();
    const stream = new FakeStream();
    doctor.watchClient(client);
    doctor.watchStream(stream);
    const host = vi.fn();
    for (const event of CLIENT_EVENTS) client.on(event, host);
    for (const event of STREAM_EVENTS) stream.on(event, host);
    const payloads = hostilePayloads();
    for (const payload of payloads) {
      for (const event of CLIENT_EVENTS) client._emit(event, payload);
      for (const event of STREAM_EVENTS) stream._emit(event, payload);
    }
    expect(client.logged).toEqual([]);
    expect(stream.logged).toEqual([]);
    expect(host).toHaveBeenCalledTimes(
      payloads.length * (CLIENT_EVENTS.length + STREAM_EVENTS.length),
    );
    // Hostile errors are still recorded (as well as they can be diagnosed), never dropped.
    expect(doctor.problems.value.length).toBeGreaterThan(0);
    expect(doctor.timeline.value.filter((e) => e.type === 'error').length).toBeGreaterThan(0);
    // Odd payload shapes are warned about, once per kind.
    const kinds = warn.mock.calls.map((c) => String(c[0]));
    expect(kinds.every((m) => m.startsWith('[trtc-doctor] '))).toBe(true);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('a throwing host listener registered before ours changes nothing for the next events', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    let throwing = true;
    client.on('error', () => {
      if (throwing) throw new Error('host bug');
    });
    doctor.watchClient(client);
    const after = vi.fn();
    client.on('error', after);
    client._emit('error', rtcError(16390));
    // The SDK skipped everything after the host's throw; that is the SDK's behaviour, not ours.
    expect(client.logged).toHaveLength(1);
    throwing = false;
    client._emit('error', rtcError(16391));
    expect(client.logged).toHaveLength(1);
    expect(after).toHaveBeenCalledTimes(1);
    expect(doctor.timeline.value.filter((e) => e.type === 'error')).toHaveLength(1);
  });

  it('warns once about an unexpected payload shape, and still records it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = makeDoctor();
    const client = new FakeClient();
    doctor.watchClient(client);
    client._emit('connection-state-changed', { weird: true });
    client._emit('connection-state-changed', 'CONNECTED');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[trtc-doctor\] .*connection-state-changed/);
    expect(
      doctor.timeline.value.filter((e) => e.event === 'connection-state-changed'),
    ).toHaveLength(2);
  });

  it('warns once per page when the SDK is neither 4.x nor 5.x', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    makeDoctor({ trtc: { VERSION: '6.0.1' } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('6.0.1');
    // A second doctor on the same page (a script tag and the page's own) says nothing more.
    makeDoctor({ trtc: { VERSION: '6.0.1' } });
    makeDoctor({ trtc: { VERSION: '4.15.22' } });
    makeDoctor({ trtc: { VERSION: '5.17.1' } });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('misuse throws at the call with what to pass', () => {
  it('watchClient / watchStream', () => {
    const doctor = makeDoctor();
    expect(() => doctor.watchClient(undefined as never)).toThrow(
      /watchClient\(client\) expects a TRTC client.*got undefined/,
    );
    expect(() => doctor.watchClient({} as never)).toThrow(
      /with on\(\) and off\(\).*without on\(\)\/off\(\)/,
    );
    expect(() => doctor.watchClient((() => {}) as never)).toThrow(/got a function without/);
    expect(() => doctor.watchStream({ on() {} } as never)).toThrow(
      /watchStream\(stream\) expects a TRTC stream/,
    );
    expect(() => doctor.watchClient(new FakeClient(), 42 as never)).toThrow(
      /label must be a string/,
    );
    doctor.destroy();
    expect(() => doctor.watchClient(null as never)).toThrow(/got null/);
  });

  it('createDoctor options', () => {
    const names = DOCTOR_OPTION_NAMES.join(', ');
    expect(() => createDoctorCore({ unknownOption: 1 } as never)).toThrow(
      `trtc-doctor: createDoctor() got an unknown option "unknownOption". Valid options: ${names}.`,
    );
    expect(() => createDoctorCore({ lang: 'fr' } as never)).toThrow(
      `option "lang" must be 'en' or 'zh', got "fr"`,
    );
    expect(() => createDoctorCore({ maxTimeline: 0 })).toThrow(
      /"maxTimeline" must be a positive integer, got number 0/,
    );
    expect(() => createDoctorCore({ maxTimeline: 1.5 })).toThrow(/positive integer/);
    expect(() => createDoctorCore({ onProblem: 'x' } as never)).toThrow(
      /"onProblem" must be a function/,
    );
    expect(() => createDoctorCore({ audience: 'dev' } as never)).toThrow(/'developer' or 'user'/);
    expect(() => createDoctorCore('en' as never)).toThrow(/expects an options object/);
    expect(() => createDoctorCore({}, 'mount' as never)).toThrow(/mounter to be a function/);
    expect(() => createDoctorCore({ lang: undefined })).not.toThrow();
  });

  it('track, capture, report, configure, mount', () => {
    const doctor = makeDoctor();
    expect(() => doctor.track('nope' as never)).toThrow(/track\(promise\) expects a promise/);
    expect(() => doctor.capture(new Error('x'), 'join' as never)).toThrow(/context object/);
    expect(() => doctor.capture(new Error('x'), { source: {} as never })).toThrow(
      /context.source needs/,
    );
    expect(() => doctor.report({ format: 'xml' as never })).toThrow(
      /'json' or 'markdown', got "xml"/,
    );
    expect(() => doctor.configure({ lang: 'fr' } as never)).toThrow(/configure\(\) option "lang"/);
    expect(() => doctor.configure({ theme: 'x' } as never)).toThrow(/unknown option "theme"/);
    expect(() => doctor.mount()).toThrow(/mount\(\) has no panel to show/);
    expect(() => doctor.mount({ mode: 'sidebar' } as never)).toThrow(
      /"mode" must be 'overlay' or 'inline'/,
    );
    expect(() => doctor.mount({ mode: 'inline' })).toThrow(/needs a container/);
  });
});

describe('mount, settings, destroy', () => {
  function fakeMounter() {
    const panel: MountedPanel & { opened: number; closed: number; unmounted: number } = {
      opened: 0,
      closed: 0,
      unmounted: 0,
      open() {
        this.opened++;
      },
      close() {
        this.closed++;
      },
      unmount() {
        this.unmounted++;
      },
    };
    const mounter = vi.fn<PanelMounter>(() => panel);
    return { panel, mounter };
  }

  it('mounts once, with options merged into settings; cleanup is idempotent', () => {
    const { panel, mounter } = fakeMounter();
    const doctor = makeDoctor({ audience: 'developer' }, mounter);
    const cleanup = doctor.mount({ position: 'top-left', lang: 'zh', colorScheme: 'dark' });
    expect(mounter).toHaveBeenCalledTimes(1);
    expect(mounter.mock.calls[0]?.[0]).toBe(doctor);
    expect(mounter.mock.calls[0]?.[1]).toMatchObject({
      position: 'top-left',
      lang: 'zh',
      audience: 'developer',
      colorScheme: 'dark',
    });
    expect(doctor.settings.value).toMatchObject({
      lang: 'zh',
      audience: 'developer',
      colorScheme: 'dark',
    });
    expect(() => doctor.mount()).toThrow(
      'trtc-doctor: already mounted: call the cleanup returned by mount() first.',
    );
    doctor.open();
    doctor.close();
    expect([panel.opened, panel.closed]).toEqual([1, 1]);
    cleanup();
    cleanup();
    expect(panel.unmounted).toBe(1);
    doctor.open();
    expect(panel.opened).toBe(1);
    doctor.mount();
    doctor.destroy();
    expect(panel.unmounted).toBe(2);
  });

  it('settings default to the user audience and the system scheme; configure updates them', () => {
    const doctor = makeDoctor();
    expect(doctor.settings.value).toEqual({
      lang: 'en',
      audience: 'user',
      colorScheme: 'system',
      messages: {},
    });
    const messages: Record<string, string> = { title: 'Help' };
    doctor.configure({ messages, audience: 'developer' });
    // A copy: the host changing its object later changes nothing.
    messages.title = 'Changed behind our back';
    expect(doctor.settings.value).toEqual({
      lang: 'en',
      audience: 'developer',
      colorScheme: 'system',
      messages: { title: 'Help' },
    });
  });

  it('a language change explains the problems again in that language', () => {
    const doctor = makeDoctor();
    doctor.capture(rtcError(16451));
    const before = doctor.problems.value[0];
    doctor.configure({ lang: 'zh' });
    const after = doctor.problems.value[0];
    expect(after?.diagnosis.lang).toBe('zh');
    expect(before?.diagnosis.lang).toBe('en');
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it('after destroy, calls are harmless no-ops and destroy twice is a no-op', async () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    doctor.destroy();
    doctor.destroy();
    const unwatch = doctor.watchClient(client);
    expect(client.listenerCount()).toBe(0);
    unwatch();
    expect(doctor.capture(rtcError(4097))).toBeUndefined();
    expect(doctor.problems.value).toEqual([]);
    const result = await doctor.runAction('check-environment');
    expect(result).toMatchObject({ ok: false, outcome: 'unsupported' });
    expect(doctor.canRun('copy-report')).toBe(false);
    const promise = Promise.resolve(1);
    expect(doctor.track(promise)).toBe(promise);
    expect(() => doctor.report()).not.toThrow();
  });
});
