/**
 * Attaching to an SDK object, shared by the v4 watcher (clients, streams) and the v5 one
 * (instances): a guarded listener per event, and a wrapper per method. The SDK's emitter skips the
 * listeners registered after one that throws, so no listener of ours may throw; what cannot be
 * attached is said once, and each function returned takes exactly its own part off again.
 */
import { field, read, text } from './guard.js';
import type { WarnOnce } from './warn.js';
import { wrapMethod } from './wrap.js';
import type { MethodHooks } from './wrap.js';

/** Handles one event's payload (the event's name beside it). */
export type EventHandler = (payload: unknown, event: string) => void;

type Listener = (payload: unknown) => void;
/** What can be listened to. */
export interface Listenable {
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
}

/** Listens to each event of `handlers` on `target`; returns the teardowns. `name` is for warnings. */
export function listenAll(
  target: Listenable,
  handlers: Readonly<Record<string, EventHandler>>,
  name: string,
  warnOnce: WarnOnce,
): (() => void)[] {
  const teardowns: (() => void)[] = [];
  for (const [event, handle] of Object.entries(handlers)) {
    const listener = (payload: unknown) => {
      try {
        handle(payload, event);
      } catch (error) {
        warnOnce(
          `listener:${event}`,
          `could not read a "${event}" event of ${name}: ${text(error, 120)}`,
        );
      }
    };
    try {
      target.on(event, listener);
      teardowns.push(() => read(() => target.off(event, listener)));
    } catch {
      warnOnce(`on:${event}`, `${name}.on("${event}") threw; that event is not watched.`);
    }
  }
  return teardowns;
}

/**
 * Wraps each of `methods` that `target` has with the hooks `hooksFor(method)` makes; returns the
 * restores. A method that cannot be wrapped (frozen, an accessor) is said once.
 */
export function wrapAll(
  target: object,
  methods: readonly string[],
  name: string,
  warnOnce: WarnOnce,
  hooksFor: (method: string) => MethodHooks,
): (() => void)[] {
  const restores: (() => void)[] = [];
  for (const method of methods) {
    if (typeof field(target, method) !== 'function') continue;
    const restore = wrapMethod(target, method, hooksFor(method));
    if (restore) restores.push(restore);
    else
      warnOnce(
        `wrap:${method}`,
        `cannot wrap ${name}.${method}() (frozen or an accessor); use doctor.track() on its promise.`,
      );
  }
  return restores;
}
