/**
 * The doctor's watching half: v4 clients and streams (watch.ts) and v5 instances (watch-v5.ts)
 * behind one hub, with the argument checks `watchClient`, `watchStream` and `watchTrtc` make.
 * Misuse throws at the call even on a destroyed doctor; a destroyed doctor then watches nothing.
 */
import { describe, fail, field } from './guard.js';
import type { TrtcClientLike, TrtcInstanceLike, TrtcStreamLike } from './types.js';
import { assertEmitter, createWatcher } from './watch.js';
import type { WatchHub } from './watch.js';
import { assertInstance, isTrtcInstance, watchInstance } from './watch-v5.js';
import { createWeakList } from './weak.js';

const noop = (): void => {};

/** What the doctor calls. */
export interface Watching {
  watchClient(client: TrtcClientLike | TrtcInstanceLike, label?: string): () => void;
  watchStream(stream: TrtcStreamLike, label?: string): () => void;
  watchTrtc(trtc: TrtcInstanceLike, label?: string): () => void;
  /** Whether a v5 instance was ever watched (the report's SDK family when no namespace says). */
  sawV5(): boolean;
  /** Unwatch everything (destroy). */
  unwatchAll(): void;
}

/**
 * Make the watching half over a hub. `gone(call)` says whether the doctor is destroyed (and warns
 * once that `call` came too late).
 */
export function createWatching(hub: WatchHub, gone: (call: string) => boolean): Watching {
  const watcher = createWatcher(hub);
  // v5 instances and their unwatch functions, held weakly: the page decides when an instance
  // goes (its destroy() also unwatches it); unwatchAll() reaches the live ones through the list.
  const instances = new WeakMap<object, () => void>();
  const liveInstances = createWeakList<object>();
  let instanceCount = 0;

  const watchV5 = (trtc: TrtcInstanceLike, label?: string): (() => void) => {
    const existing = instances.get(trtc);
    if (existing) return existing;
    const forget = liveInstances.add(trtc);
    const unwatch = watchInstance(hub, trtc, label ?? `trtc ${++instanceCount}`, () => {
      instances.delete(trtc);
      forget();
    });
    instances.set(trtc, unwatch);
    return unwatch;
  };

  const checkLabel = (call: string, label: unknown) => {
    if (label !== undefined && typeof label !== 'string') {
      fail(`${call} label must be a string, got ${describe(label)}.`);
    }
  };

  /** `watchClient`/`watchStream`: a v5 instance given to watchClient goes to watchTrtc. */
  const watch = (client: boolean, target: unknown, label: unknown) => {
    checkLabel(client ? 'watchClient(client, label)' : 'watchStream(stream, label)', label);
    // A v5 instance has enterRoom() where a v4 client has join().
    if (client && isTrtcInstance(target) && typeof field(target, 'join') !== 'function') {
      return gone('watchClient()') ? noop : watchV5(target, label as string | undefined);
    }
    assertEmitter(target, client);
    if (gone(client ? 'watchClient()' : 'watchStream()')) return noop;
    const name = label as string | undefined;
    return client ? watcher.watchClient(target, name) : watcher.watchStream(target, name);
  };

  return {
    watchClient: (client, label) => watch(true, client, label),
    watchStream: (stream, label) => watch(false, stream, label),
    watchTrtc(trtc, label) {
      checkLabel('watchTrtc(trtc, label)', label);
      assertInstance(trtc);
      return gone('watchTrtc()') ? noop : watchV5(trtc, label);
    },
    sawV5: () => instanceCount > 0,
    unwatchAll() {
      watcher.unwatchAll();
      liveInstances.forEach((trtc) => instances.get(trtc)?.());
    },
  };
}
