/**
 * Holding the page's SDK objects without keeping them alive: the page decides when a client or a
 * stream goes. A stream the page closed and dropped must be collectable even while the doctor still
 * lists its problems, or could still unwatch it on `destroy()`. Where the engine has no `WeakRef`
 * (older browsers), the references are strong, as they were before.
 */
import type { ProblemSource } from './types.js';

/** What a `WeakRef` offers. */
export interface Ref<T extends object> {
  deref(): T | undefined;
}

/** A weak reference to `value` (a strong one where `WeakRef` is missing). */
export const refTo = <T extends object>(value: T): Ref<T> =>
  typeof WeakRef === 'function' ? new WeakRef(value) : { deref: () => value };

/**
 * A problem source whose `target` is read through a weak reference: the SDK object while the page
 * keeps it, `undefined` after it was collected. The watchers (v4 and v5) make their sources here.
 *
 * @example
 * ```ts
 * const source = weakSource({ type: 'local-stream', label: 'camera' }, stream);
 * source.target === stream; // true while the page holds the stream
 * ```
 */
export function weakSource(fields: Omit<ProblemSource, 'target'>, target: object): ProblemSource {
  const ref = refTo(target);
  // Not enumerable: a host that forwards `problems` as JSON must not serialise the SDK object
  // (a v4 client's config holds its userSig).
  return Object.defineProperty({ ...fields }, 'target', {
    get: () => ref.deref(),
  }) as ProblemSource;
}

/** Objects that can be visited without being kept alive (what `destroy()` needs to reach them). */
export interface WeakList<T extends object> {
  /** Adds `value`; returns the function that removes it. */
  add(value: T): () => void;
  /** Calls `visit` on every value still alive. */
  forEach(visit: (value: T) => void): void;
}

/** Make a weak list; a collected value's entry is dropped by a `FinalizationRegistry`. */
export function createWeakList<T extends object>(): WeakList<T> {
  const refs = new Set<Ref<T>>();
  const registry =
    typeof FinalizationRegistry === 'function'
      ? new FinalizationRegistry<Ref<T>>((ref) => refs.delete(ref))
      : undefined;
  return {
    add(value) {
      const ref = refTo(value);
      refs.add(ref);
      registry?.register(value, ref, ref);
      return () => {
        refs.delete(ref);
        registry?.unregister(ref);
      };
    },
    forEach(visit) {
      for (const ref of [...refs]) {
        const value = ref.deref();
        if (value) visit(value);
      }
    },
  };
}
