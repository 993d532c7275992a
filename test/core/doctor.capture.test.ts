import { describe, expect, it, vi } from 'vitest';
import type { Doctor, Problem } from '../../src/core/types';
import { FakeClient, FakeStream, flush, makeDoctor, rtcError } from '../fakes';

const ids = (doctor: Doctor) =>
  doctor.problems.value.map((p) => `${p.diagnosis.id}${p.resolved ? ' (resolved)' : ''}`);

describe('capture', () => {
  it('returns the problem, counts repeats, and counts the same error object once', () => {
    const doctor = makeDoctor();
    const error = rtcError(16451);
    const first = doctor.capture(error);
    const again = doctor.capture(error);
    expect(first?.count).toBe(1);
    expect(again).toBe(first);
    const third = doctor.capture(rtcError(16451));
    expect(third?.count).toBe(2);
    expect(third?.fingerprint).toBe(first?.fingerprint);
  });

  it('diagnoses equal-looking errors apart when any field differs (the memo keys on all of them)', () => {
    const doctor = makeDoctor();
    const a = doctor.capture(rtcError(16388, 'Failed to join room', 70001));
    const b = doctor.capture(rtcError(16388, 'Failed to join room', 70004));
    expect(a?.diagnosis.extraCode).toBe(70001);
    expect(b?.diagnosis.extraCode).toBe(70004);
    expect(a?.diagnosis).not.toBe(b?.diagnosis);
  });

  it("logs one short timeline line per error: its key and codes, and the message's start", () => {
    const doctor = makeDoctor();
    doctor.capture(rtcError(16451, `play() failed ${'x'.repeat(400)}`));
    const line = doctor.timeline.value.at(-1);
    expect(line).toMatchObject({ type: 'error', diagnosisId: 'sdk:PLAY_NOT_ALLOWED' });
    expect(line?.text).toMatch(/^PLAY_NOT_ALLOWED 16451 0x4043: play\(\) failed x+$/);
    expect(line!.text.length).toBeLessThan(200);
  });

  it('keeps the source and operation it was given', () => {
    const doctor = makeDoctor();
    const problem = doctor.capture(new Error('x'), {
      operation: 'publish',
      source: { type: 'client', label: 'main' },
    });
    expect(problem).toMatchObject({
      operation: 'publish',
      source: { type: 'client', label: 'main' },
    });
  });

  it('records hostile values as well as they can be diagnosed', () => {
    const doctor = makeDoctor();
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
    const getters = Object.defineProperty({}, 'message', { get: trap });
    for (const value of [proxy, getters, null, undefined, Symbol('x'), Infinity, '']) {
      expect(doctor.capture(value), String(typeof value)).toBeDefined();
    }
  });
});

describe('onProblem', () => {
  it('fires for each new problem and again when a resolved one comes back, not for repeats', () => {
    const seen: Problem[] = [];
    const doctor = makeDoctor({ onProblem: (p) => seen.push(p) });
    const stream = new FakeStream();
    doctor.watchStream(stream);
    stream._emit('error', rtcError(16451));
    stream._emit('error', rtcError(16451));
    expect(seen).toHaveLength(1);
    stream._emit('player-state-changed', { type: 'audio', state: 'PLAYING', reason: 'playing' });
    stream._emit('error', rtcError(16451));
    expect(seen).toHaveLength(2);
    expect(seen[1]?.count).toBe(3);
  });

  it('is guarded: a throwing callback warns once and changes nothing else', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onProblem = vi.fn(() => {
      throw new Error('telemetry down');
    });
    const doctor = makeDoctor({ onProblem });
    const client = new FakeClient();
    const host = vi.fn();
    doctor.watchClient(client);
    client.on('error', host);
    client._emit('error', rtcError(16390));
    client._emit('client-banned', { reason: 'kick', message: 'kicked' });
    expect(onProblem).toHaveBeenCalledTimes(2);
    expect(host).toHaveBeenCalledTimes(1);
    expect(client.logged).toEqual([]);
    expect(doctor.problems.value).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('resolution (needs the real diagnose ids)', () => {
  it('PLAY_NOT_ALLOWED resolves when the player of the blocked media reports PLAYING', () => {
    const doctor = makeDoctor();
    const stream = new FakeStream({ remote: true, userId: 'u2' });
    doctor.watchStream(stream);
    // The real SDK's text: the media comes first.
    const text =
      "Audio play failed，browser exception: NotAllowedError: play() failed because the user didn't interact with the document first.";
    stream._emit('error', rtcError(16451, text));
    expect(ids(doctor)).toEqual(['sdk:PLAY_NOT_ALLOWED']);
    stream._emit('player-state-changed', { type: 'audio', state: 'PAUSED', reason: 'pause' });
    // The SDK plays video muted: video starts while the audio is still blocked.
    stream._emit('player-state-changed', { type: 'video', state: 'PLAYING', reason: 'playing' });
    expect(ids(doctor)).toEqual(['sdk:PLAY_NOT_ALLOWED']);
    stream._emit('player-state-changed', { type: 'audio', state: 'PLAYING', reason: 'playing' });
    expect(ids(doctor)).toEqual(['sdk:PLAY_NOT_ALLOWED (resolved)']);
  });

  it('a blocked video resolves when the video plays', () => {
    const doctor = makeDoctor();
    const stream = new FakeStream({ remote: true, userId: 'u3' });
    doctor.watchStream(stream);
    stream._emit(
      'error',
      rtcError(16451, 'Video play failed，browser exception: NotAllowedError: x'),
    );
    stream._emit('player-state-changed', { type: 'audio', state: 'PLAYING', reason: 'playing' });
    expect(ids(doctor)).toEqual(['sdk:PLAY_NOT_ALLOWED']);
    stream._emit('player-state-changed', { type: 'video', state: 'PLAYING', reason: 'playing' });
    expect(ids(doctor)).toEqual(['sdk:PLAY_NOT_ALLOWED (resolved)']);
  });

  it('PLAY_NOT_ALLOWED resolves when resume() succeeds, only for that stream', async () => {
    const doctor = makeDoctor();
    const a = new FakeStream({ remote: true, userId: 'a' });
    const b = new FakeStream({ remote: true, userId: 'b' });
    doctor.watchStream(a);
    doctor.watchStream(b);
    a.behave.play = () => Promise.reject(rtcError(16451));
    await a.play('div').catch(() => {});
    b._emit('error', rtcError(16451));
    await a.resume();
    await flush();
    const byLabel = Object.fromEntries(
      doctor.problems.value.map((p) => [p.source.label, p.resolved]),
    );
    expect(byLabel).toEqual({ 'remote a': true, 'remote b': false });
  });

  it('reconnection failures resolve when the client is CONNECTED again', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    doctor.watchClient(client);
    client._emit('error', rtcError(16390, 'signal channel reconnection failed'));
    client._emit('error', rtcError(16391, 'uplink reconnection failed'));
    client._emit('error', rtcError(16388, 'reJoin room: 1234 failed, please check your network.'));
    client._emit('connection-state-changed', { prevState: 'DISCONNECTED', state: 'CONNECTING' });
    expect(doctor.problems.value.every((p) => !p.resolved)).toBe(true);
    client._emit('connection-state-changed', { prevState: 'CONNECTING', state: 'CONNECTED' });
    expect(doctor.problems.value).toHaveLength(3);
    expect(doctor.problems.value.every((p) => p.resolved)).toBe(true);
    expect(doctor.timeline.value.at(-1)).toMatchObject({
      event: 'resolved',
      text: '3 resolved (connected)',
    });
  });

  it('capture problems resolve when initialize() succeeds or the device recovers', async () => {
    const doctor = makeDoctor();
    const stream = new FakeStream();
    doctor.watchStream(stream);
    stream.behave.initialize = () => Promise.reject(rtcError(4099, 'no camera'));
    await stream.initialize().catch(() => {});
    expect(ids(doctor)).toEqual(['sdk:DEVICE_NOT_FOUND']);
    stream.behave.initialize = undefined;
    await stream.initialize();
    await flush();
    expect(ids(doctor)).toEqual(['sdk:DEVICE_NOT_FOUND (resolved)']);
    stream._emit('error', rtcError(16452, 'auto recover failed'));
    expect(ids(doctor)[0]).toBe('sdk:DEVICE_AUTO_RECOVER_FAILED');
    stream._emit('device-auto-recovered', {
      isCamera: true,
      isMicrophone: false,
      cameraId: 'x',
      microphoneId: '',
    });
    expect(doctor.problems.value.every((p) => p.resolved)).toBe(true);
  });

  it('join failures resolve when a join succeeds', async () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    doctor.watchClient(client);
    client.behave.join = () =>
      Promise.reject(rtcError(16388, 'Failed to join room - userSig expired code: 70001', 70001));
    await client.join({ roomId: 1 }).catch(() => {});
    client.behave.join = () =>
      Promise.reject(rtcError(16460, 'Failed to join room - schedule failed: x code: 4', 4));
    await client.join({ roomId: 1 }).catch(() => {});
    expect(doctor.problems.value.every((p) => !p.resolved)).toBe(true);
    client.behave.join = undefined;
    await client.join({ roomId: 1 });
    await flush();
    expect(doctor.problems.value).toHaveLength(2);
    expect(doctor.problems.value.every((p) => p.resolved)).toBe(true);
  });

  it('NotAllowedError resolves when the permission is granted', async () => {
    const doctor = makeDoctor();
    const stream = new FakeStream();
    doctor.watchStream(stream);
    stream._emit(
      'error',
      Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }),
    );
    expect(ids(doctor)).toEqual(['browser:NotAllowedError']);
    const track = { stop: vi.fn() };
    vi.stubGlobal('navigator', {
      mediaDevices: { getUserMedia: () => Promise.resolve({ getTracks: () => [track] }) },
    });
    try {
      const result = await doctor.runAction('request-permission', doctor.problems.value[0]);
      expect(result.outcome).toBe('granted');
      expect(track.stop).toHaveBeenCalled();
      expect(ids(doctor)).toEqual(['browser:NotAllowedError (resolved)']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('actions through the doctor', () => {
  it('log each action in the timeline and explain a failing host callback in plain words', async () => {
    const doctor = makeDoctor({
      onRejoin: () => Promise.reject(new Error('token expired')),
    });
    const result = await doctor.runAction('rejoin');
    expect(result).toMatchObject({
      ok: false,
      outcome: 'failed',
      text: 'That did not work: token expired',
    });
    expect(doctor.timeline.value.at(-1)).toMatchObject({
      type: 'action',
      event: 'action:rejoin',
      text: 'failed',
    });
    expect(doctor.problems.value[0]?.operation).toBe('rejoin');
    expect(doctor.canRun('rejoin')).toBe(true);
    expect(doctor.canRun('retry-capture')).toBe(false);
  });
});
