import { describe, expect, it, vi } from 'vitest';
import { CLIENT_METHODS, STREAM_METHODS } from '../../src/core/watch';
import { wrapMethod } from '../../src/core/wrap';
import { FakeClient, FakeStream, flush, makeDoctor, rtcError, v5Error } from '../fakes';

/**
 * A watched client whose `join()` rejects with a JOIN_ROOM_FAILED (userSig expired), and a spy on
 * Node's unhandled rejections for the duration of `run`.
 */
async function withRejectingJoin(
  run: (setup: {
    doctor: ReturnType<typeof makeDoctor>;
    client: FakeClient;
    error: Error;
    unhandled: ReturnType<typeof vi.fn>;
  }) => Promise<void>,
): Promise<void> {
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  try {
    const doctor = makeDoctor();
    const client = new FakeClient();
    doctor.watchClient(client);
    const error = rtcError(16388, 'Failed to join room - x code: 70001', 70001);
    client.behave.join = () => Promise.reject(error);
    await run({ doctor, client, error, unhandled });
  } finally {
    process.off('unhandledRejection', unhandled);
  }
}

describe('wrapped methods', () => {
  it('preserve this, arguments and the settled value', async () => {
    const client = new FakeClient();
    makeDoctor().watchClient(client);
    const value = { joined: true };
    client.behave.join = () => Promise.resolve(value);
    const options = { roomId: 1234 };
    const result = client.join(options, 'extra');
    expect(result).toBeInstanceOf(Promise);
    expect(client.calls[0]?.self).toBe(client);
    expect(client.calls[0]?.args).toEqual([options, 'extra']);
    expect(client.calls[0]?.args[0]).toBe(options);
    await expect(result).resolves.toBe(value);
  });

  it("leave a rejection the page does not handle unhandled, so the host's own listeners still see it", async () => {
    await withRejectingJoin(async ({ doctor, client, error, unhandled }) => {
      void client.join({ roomId: 1 }); // the page forgets to catch
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toHaveBeenCalledTimes(1);
      expect(unhandled.mock.calls[0]?.[0]).toBe(error);
      expect(doctor.problems.value).toHaveLength(1);
    });
  });

  it('pass a synchronous throw through unchanged, and record it', () => {
    const doctor = makeDoctor();
    const stream = new FakeStream();
    doctor.watchStream(stream);
    const error = rtcError(4097, 'not initialized');
    stream.behave.play = () => {
      throw error;
    };
    let caught: unknown;
    try {
      stream.play('div-id');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(error);
    expect(doctor.problems.value).toHaveLength(1);
    expect(doctor.problems.value[0]?.operation).toBe('play');
  });

  it('record a rejection without creating an unhandled rejection of their own, and the caller still sees it', async () => {
    await withRejectingJoin(async ({ doctor, client, error, unhandled }) => {
      await expect(client.join({ roomId: 1 })).rejects.toBe(error);
      await flush();
      expect(unhandled).not.toHaveBeenCalled();
      expect(doctor.problems.value[0]?.operation).toBe('join');
      expect(doctor.timeline.value.at(-1)).toMatchObject({ type: 'error', event: 'join' });
    });
  });

  it('log successes in the timeline', async () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const stream = new FakeStream();
    doctor.watchClient(client);
    doctor.watchStream(stream);
    await client.join({ roomId: 7 });
    await stream.initialize();
    await flush();
    const lines = doctor.timeline.value.map((e) => `${e.event} ${e.text}`);
    expect(lines).toEqual(['join join ok', 'initialize initialize ok']);
  });

  it('are restored exactly on unwatch: inherited methods lose the own property, own ones come back', () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const ownLeave = function leave() {
      return Promise.resolve('own');
    };
    Object.defineProperty(client, 'leave', {
      value: ownLeave,
      writable: true,
      configurable: true,
      enumerable: true,
    });
    const unwatch = doctor.watchClient(client);
    for (const m of CLIENT_METHODS) expect(Object.hasOwn(client, m), m).toBe(true);
    unwatch();
    expect(client.leave).toBe(ownLeave);
    expect(Object.getOwnPropertyDescriptor(client, 'leave')).toEqual({
      value: ownLeave,
      writable: true,
      configurable: true,
      enumerable: true,
    });
    for (const m of CLIENT_METHODS.filter((m) => m !== 'leave')) {
      expect(Object.hasOwn(client, m), m).toBe(false);
      expect(client[m]).toBe(FakeClient.prototype[m]);
    }
  });

  it('are not wrapped with wrapMethods: false', () => {
    const doctor = makeDoctor({ wrapMethods: false });
    const stream = new FakeStream();
    doctor.watchStream(stream);
    for (const m of STREAM_METHODS) expect(Object.hasOwn(stream, m), m).toBe(false);
  });

  it('a wrapper wrapped again by someone else is switched off, not removed', () => {
    const target = { run: (x: number) => x * 2 };
    const seen = vi.fn();
    const restore = wrapMethod(target, 'run', { fulfilled: seen });
    const ours = target.run;
    const theirs = (x: number) => ours(x) + 1;
    target.run = theirs;
    restore?.();
    expect(target.run).toBe(theirs);
    expect(target.run(2)).toBe(5);
    expect(seen).not.toHaveBeenCalled();
  });

  it('cannot wrap a frozen object: warns once, watches events anyway', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = makeDoctor();
    const stream = Object.freeze(new FakeStream());
    doctor.watchStream(stream);
    expect(stream.listenerCount('error')).toBe(1);
    expect(warn.mock.calls.some((c) => String(c[0]).includes('cannot wrap'))).toBe(true);
  });

  it('hooks that throw never change the outcome', async () => {
    const target = { go: () => Promise.resolve(3) };
    const hooks = {
      before: () => {
        throw new Error('before');
      },
      rejected: () => {
        throw new Error('rejected');
      },
      fulfilled: () => {
        throw new Error('fulfilled');
      },
    };
    wrapMethod(target, 'go', hooks);
    await expect(target.go()).resolves.toBe(3);
    const error = new Error('own');
    const failing = {
      go: () => Promise.reject(error),
      boom: () => {
        throw error;
      },
    };
    wrapMethod(failing, 'go', hooks);
    wrapMethod(failing, 'boom', hooks);
    await expect(failing.go()).rejects.toBe(error);
    expect(() => failing.boom()).toThrow(error);
  });
});

describe('track and unhandled rejections', () => {
  it('track captures a rejection and rejects with the same error', async () => {
    const doctor = makeDoctor();
    const error = rtcError(16460, 'schedule failed', 4);
    await expect(doctor.track(Promise.reject(error), { operation: 'join' })).rejects.toBe(error);
    expect(doctor.problems.value).toHaveLength(1);
    expect(doctor.problems.value[0]).toMatchObject({ operation: 'join', source: { type: 'page' } });
    await expect(doctor.track(Promise.resolve(5))).resolves.toBe(5);
  });

  it('captures unhandled TRTC rejections (v4 and v5), ignores others, and never double-counts', () => {
    const doctor = makeDoctor();
    const fire = (reason: unknown) => {
      const event = new Event('unhandledrejection') as Event & { reason?: unknown };
      event.reason = reason;
      window.dispatchEvent(event);
    };
    const v4 = rtcError(16451);
    fire(v4);
    fire(v4);
    fire(new Error('not ours'));
    fire('text');
    fire(v5Error(5302, 'denied'));
    const counts = doctor.problems.value.reduce((n, p) => n + p.count, 0);
    expect(counts).toBe(2);
    expect(doctor.timeline.value.filter((e) => e.event === 'unhandledrejection')).toHaveLength(2);
    doctor.destroy();
    fire(rtcError(16452));
    expect(doctor.timeline.value.filter((e) => e.event === 'unhandledrejection')).toHaveLength(2);
  });

  it('an error already captured by track is not counted again as unhandled', async () => {
    const doctor = makeDoctor();
    const error = rtcError(16388, 'join room timeout');
    await doctor.track(Promise.reject(error)).catch(() => {});
    const event = new Event('unhandledrejection') as Event & { reason?: unknown };
    event.reason = error;
    window.dispatchEvent(event);
    expect(doctor.problems.value[0]?.count).toBe(1);
  });

  it('does not listen with captureUnhandledRejections: false', () => {
    const add = vi.spyOn(window, 'addEventListener');
    makeDoctor({ captureUnhandledRejections: false });
    expect(add.mock.calls.some((c) => c[0] === 'unhandledrejection')).toBe(false);
  });

  it('removes its unhandledrejection listener on destroy', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const doctor = makeDoctor();
    const added = add.mock.calls.find((c) => c[0] === 'unhandledrejection')?.[1];
    expect(added).toBeTypeOf('function');
    doctor.destroy();
    expect(remove.mock.calls.some((c) => c[0] === 'unhandledrejection' && c[1] === added)).toBe(
      true,
    );
  });
});
