/**
 * Wrapping an object's method so its outcome is seen, without changing what the caller sees: the
 * same `this`, the same arguments, a promise that settles exactly as the method's did (same value,
 * same error), the same synchronous throw. Hooks are guarded: a bug of ours never reaches the
 * caller.
 *
 * Why a derived promise and not the method's own: a handler attached to the caller's promise would
 * mark it handled, so a rejection the page forgot to catch would no longer reach its
 * `unhandledrejection` listeners (and the host's telemetry). The derived promise re-throws, so an
 * unhandled rejection stays unhandled.
 */
import { field, read } from './guard.js';

/** What a wrapped method reports. Every hook is optional and guarded. */
export interface MethodHooks {
  /** Before the call, with its arguments. */
  before?(args: readonly unknown[]): void;
  /** The returned promise fulfilled, or a value that is not a promise was returned (at once). */
  fulfilled?(value: unknown, args: readonly unknown[]): void;
  /** The method threw synchronously or its promise rejected. */
  rejected?(error: unknown): void;
}

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Replace `target[name]` by a wrapper that reports to `hooks`. Returns the function that puts back
 * exactly what was there (the own property as it was, or no own property when the method was
 * inherited), or `undefined` when the method cannot be wrapped (missing, an accessor, or the object
 * is frozen). Restoring is idempotent; if someone wrapped the method again on top of ours, ours is
 * switched off instead of removed, so their wrapper keeps working.
 */
export function wrapMethod(
  target: object,
  name: string,
  hooks: MethodHooks,
): (() => void) | undefined {
  const own = read(() => Object.getOwnPropertyDescriptor(target, name));
  const method = field(target, name) as AnyFunction;
  if (typeof method !== 'function' || (own && !('value' in own))) return undefined;
  // A hook's own failure must never change the caller's outcome.
  const { before, fulfilled, rejected } = hooks;
  const failed = (error: unknown) => {
    read(() => rejected?.(error));
    throw error;
  };
  let active = true;

  const wrapper = function (this: unknown, ...args: unknown[]): unknown {
    if (!active) return method.apply(this, args);
    read(() => before?.(args));
    let result: unknown;
    try {
      result = method.apply(this, args);
    } catch (error) {
      failed(error);
    }
    const then = field(result, 'then');
    if (typeof then !== 'function') {
      read(() => fulfilled?.(result, args));
      return result;
    }
    // A thenable whose `then` throws is handed back untouched: the caller sees that themselves.
    return (
      read(() =>
        then.call(
          result,
          (value: unknown) => (read(() => fulfilled?.(value, args)), value),
          failed,
        ),
      ) ?? result
    );
  };

  try {
    Object.defineProperty(target, name, {
      value: wrapper,
      writable: true,
      configurable: true,
      enumerable: own?.enumerable ?? false,
    });
  } catch {
    return undefined;
  }

  return () => {
    if (!active) return;
    active = false;
    try {
      if (field(target, name) !== wrapper) return;
      if (own) Object.defineProperty(target, name, own);
      else delete (target as Record<string, unknown>)[name];
    } catch {
      // Frozen since: the switched-off wrapper passes calls straight through.
    }
  };
}
