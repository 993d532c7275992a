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

/** What a wrapped method reports. Every hook is optional and guarded. */
export interface MethodHooks {
  /** Before the call, with its arguments. */
  before?(args: readonly unknown[], self: unknown): void;
  /** The method returned (synchronously) this value, promise or not. */
  returned?(result: unknown, args: readonly unknown[], self: unknown): void;
  /** The returned promise fulfilled (or a non-promise value was returned). */
  fulfilled?(value: unknown, args: readonly unknown[], self: unknown): void;
  /** The method threw synchronously or its promise rejected. */
  rejected?(error: unknown, args: readonly unknown[], self: unknown): void;
}

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

function guarded<A extends unknown[]>(fn: ((...args: A) => void) | undefined, ...args: A): void {
  try {
    fn?.(...args);
  } catch {
    // A hook's own failure must never change the caller's outcome.
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (
      (typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { then?: unknown }).then === 'function'
    );
  } catch {
    return false;
  }
}

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
  let own: PropertyDescriptor | undefined;
  let original: unknown;
  try {
    own = Object.getOwnPropertyDescriptor(target, name);
    if (own && !('value' in own)) return undefined;
    original = (target as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
  if (typeof original !== 'function') return undefined;
  const method = original as AnyFunction;
  let active = true;

  const wrapper = function (this: unknown, ...args: unknown[]): unknown {
    if (!active) return method.apply(this, args);
    guarded(hooks.before, args, this);
    let result: unknown;
    try {
      result = method.apply(this, args);
    } catch (error) {
      guarded(hooks.rejected, error, args, this);
      throw error;
    }
    guarded(hooks.returned, result, args, this);
    if (isThenable(result)) {
      try {
        return result.then(
          (value) => {
            guarded(hooks.fulfilled, value, args, this);
            return value;
          },
          (error: unknown) => {
            guarded(hooks.rejected, error, args, this);
            throw error;
          },
        );
      } catch {
        // A thenable whose `then` throws: hand it back untouched, the caller sees that themselves.
        return result;
      }
    } else {
      guarded(hooks.fulfilled, result, args, this);
    }
    return result;
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

  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    active = false;
    try {
      if ((target as Record<string, unknown>)[name] !== wrapper) return;
      if (own) Object.defineProperty(target, name, own);
      else delete (target as Record<string, unknown>)[name];
    } catch {
      // Frozen since: the switched-off wrapper passes calls straight through.
    }
  };
}
