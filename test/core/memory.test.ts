// @vitest-environment node
/**
 * What the doctor keeps alive, measured with the real garbage collector: SDK objects the page has
 * let go of are collected, and huge strings in errors or labels leave only bounded copies behind.
 */
import { describe, expect, it } from 'vitest';
import { instrumentTrtc } from '../../src/core/instrument';
import { MAX_PROBLEMS } from '../../src/core/store';
import { FakeStream, createFakeTrtc, makeDoctor, rtcError } from '../fakes';
import type { FakeTrtc } from '../fakes';
import { collect } from '../gc';

const MB = 1024 * 1024;
/** A distinct string of `size` characters (each call builds a new one in the heap). */
const huge = (seed: number, size = 2 * MB) =>
  `${seed}:`.padEnd(size, String.fromCharCode(97 + (seed % 26)));

describe('bounded memory', () => {
  it.each(['name', 'reason', 'message'] as const)(
    '40 errors with distinct 2 MB %ss grow the heap by a few MB at most',
    async (field) => {
      const doctor = makeDoctor();
      doctor.capture(rtcError(0x1001, 'warm up'));
      await collect();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 40; i++) {
        const error = rtcError(0x1001, field === 'message' ? huge(i) : 'denied');
        if (field !== 'message') Object.defineProperty(error, field, { value: huge(i) });
        doctor.capture(error);
      }
      await collect();
      const grown = (process.memoryUsage().heapUsed - before) / MB;
      expect(doctor.problems.value.length).toBeGreaterThan(0);
      expect(grown).toBeLessThan(8);
    },
  );

  it('40 streams with distinct 2 MB labels keep small fingerprints', async () => {
    const doctor = makeDoctor();
    doctor.capture(rtcError(0x1001, 'warm up'));
    await collect();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 40; i++) {
      const source = { type: 'local-stream' as const, label: huge(i) };
      doctor.capture(rtcError(0x1001, 'denied'), { source });
    }
    await collect();
    expect(doctor.problems.value.length).toBe(41);
    // The labels themselves are the page's (its sources are kept): 40 x 2 MB. Nothing more.
    const grown = (process.memoryUsage().heapUsed - before) / MB;
    expect(grown).toBeLessThan(80 + 8);
    expect(doctor.problems.value.every((p) => p.fingerprint.length < 500)).toBe(true);
  });
});

describe('SDK objects the page let go of', () => {
  /** How many of `refs` the collector could not take. */
  const alive = (refs: WeakRef<object>[]) => refs.filter((ref) => ref.deref()).length;

  /** 200 local streams that fail as the SDK's do (a rejected initialize, an error event). */
  async function failingStreams(trtc: FakeTrtc): Promise<WeakRef<object>[]> {
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 200; i++) {
      const stream = trtc.createStream({ userId: 'me' });
      stream.behave.initialize = () => Promise.reject(rtcError(0x1004, 'NotReadableError'));
      await stream.initialize().catch(() => {});
      stream._emit('error', rtcError(0x4043, 'play failed'));
      refs.push(new WeakRef(stream));
    }
    // The fake namespace's own list of what it made is the page's, not the doctor's.
    trtc.streams.length = 0;
    return refs;
  }

  /** 20 clients that joined, had a remote stream, failed and left. */
  async function leftClients(trtc: FakeTrtc): Promise<WeakRef<object>[]> {
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 20; i++) {
      const client = trtc.createClient({ sdkAppId: 1, userId: `u${i}`, userSig: 'secret-1234' });
      await client.join({ roomId: i });
      const remote = new FakeStream({ userId: `peer${i}`, remote: true });
      client._emit('stream-added', { stream: remote });
      remote._emit('error', rtcError(0x4043, 'play failed'));
      client.behave.publish = () => Promise.reject(rtcError(0x1001, 'publish failed'));
      await client.publish(remote).catch(() => {});
      await client.leave();
      refs.push(new WeakRef(client), new WeakRef(remote));
    }
    trtc.clients.length = 0;
    return refs;
  }

  it('200 local streams that failed and were dropped are collected, their problems kept', async () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    const refs = await failingStreams(trtc);
    expect(doctor.problems.value.some((p) => p.operation === 'initialize')).toBe(true);
    await collect();
    expect(alive(refs)).toBe(0);
    // The problems outlive their streams (the report still lists them).
    expect(doctor.problems.value).toHaveLength(MAX_PROBLEMS);
    expect(doctor.problems.value[0]?.source.target).toBeUndefined();
  });

  it('clients that joined, had remote streams and left are collected with them', async () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    const refs = await leftClients(trtc);
    expect(doctor.problems.value.length).toBe(40);
    await collect();
    expect(alive(refs)).toBe(0);
  });

  it('destroy() still unwatches every object the page keeps', () => {
    const doctor = makeDoctor();
    const kept = Array.from({ length: 5 }, () => new FakeStream());
    kept.forEach((stream) => doctor.watchStream(stream));
    expect(kept.every((stream) => stream.listenerCount() > 0)).toBe(true);
    doctor.destroy();
    expect(kept.map((stream) => stream.listenerCount())).toEqual([0, 0, 0, 0, 0]);
  });
});
