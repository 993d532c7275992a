/**
 * Patching the `TRTC` namespace so every client and stream it makes is watched: what the script
 * tag does with no code change in the page. Works whether the SDK's script ran before ours (the
 * namespace is patched now) or after (a `TRTC` accessor on the global object patches the namespace
 * the moment the SDK's UMD wrapper assigns it).
 */
import { doctorInternals } from './internals.js';
import { fail, field, isObject, read, text } from './guard.js';
import type { Doctor, TrtcInstanceLike } from './types.js';
import { createWarnOnce } from './warn.js';
import type { WarnOnce } from './warn.js';
import { rememberCreateOptions } from './watch-v5.js';
import { wrapMethod } from './wrap.js';

/** v5's namespace: `create()` and its error-code table, and no v4 `createClient()`. */
export const isV5Namespace = (ns: unknown): boolean =>
  typeof field(ns, 'create') === 'function' &&
  typeof field(ns, 'createClient') !== 'function' &&
  isObject(field(ns, 'ERROR_CODE'));

/**
 * Watch every client and stream (v4), or every instance (v5), the TRTC SDK creates from now on.
 *
 * `target` is where `TRTC` lives (default `globalThis`: the script-tag SDK), or the namespace
 * itself (`import TRTC from 'trtc-sdk-v5'` or `'trtc-js-sdk'`). v5's `TRTC.create()` is wrapped:
 * each instance is watched as by `doctor.watchTrtc()`, and its options tell whether the SDK's own
 * autoplay dialog is on. If `target.TRTC` does not exist yet, it is caught when
 * the SDK defines it. `createClient`'s config is remembered for the report and its userSig as a
 * secret to redact (never kept in clear anywhere exported). A synchronous `createClient` throw
 * (bad parameters) is recorded and re-thrown unchanged.
 *
 * Returns the undo function (idempotent), also run by `doctor.destroy()`: the original functions
 * and the original `TRTC` property come back exactly.
 *
 * @example
 * ```ts
 * import TRTC from 'trtc-sdk-v5';
 * import { createDoctor, instrumentTrtc } from 'trtc-doctor';
 * const doctor = createDoctor();
 * instrumentTrtc(doctor, TRTC);
 * const trtc = TRTC.create(); // watched (v4: TRTC.createClient(...) and createStream(...))
 * ```
 */
export function instrumentTrtc(doctor: Doctor, target: object = globalThis): () => void {
  if (typeof field(doctor, 'watchClient') !== 'function') {
    fail('instrumentTrtc(doctor, target) expects a doctor from createDoctor() first.');
  }
  if (!isObject(target)) {
    fail(
      'instrumentTrtc(doctor, target) expects the global object or the TRTC namespace as target.',
    );
  }
  const internals = doctorInternals(doctor);
  const warn = internals?.warnOnce ?? createWarnOnce();
  const restores: (() => void)[] = [];
  const patched = new WeakSet<object>();

  /** v5: every `TRTC.create()` instance is watched; its options tell whether the SDK's dialog is on. */
  function patchV5(ns: object): void {
    const restore = wrapMethod(ns, 'create', {
      fulfilled: (made, [options]) => {
        if (!isObject(made)) return;
        rememberCreateOptions(made, options);
        try {
          doctor.watchTrtc(made as TrtcInstanceLike);
        } catch (error) {
          warn('instrument:create', `what TRTC.create() made could not be watched: ${text(error)}`);
        }
      },
      rejected: (error) => void doctor.capture(error, { operation: 'create' }),
    });
    if (restore) restores.push(restore);
    else
      warn(
        'instrument:create',
        'cannot wrap TRTC.create (not writable): call doctor.watchTrtc() yourself.',
      );
  }

  function patch(ns: object): void {
    if (undone || patched.has(ns)) return;
    patched.add(ns);
    internals?.setTrtc(ns);
    if (isV5Namespace(ns)) return patchV5(ns);
    for (const name of ['createClient', 'createStream'] as const) {
      const client = name === 'createClient';
      const watch = client ? 'watchClient' : 'watchStream';
      const restore = wrapMethod(ns, name, {
        // The secrets are known before the call: a throw's message may already contain them.
        before: ([config]) => client && internals?.rememberConfig(config),
        fulfilled: (made, [config]) => {
          if (!isObject(made)) return;
          if (client) internals?.rememberConfig(config, made);
          try {
            doctor[watch](made as never);
          } catch (error) {
            warn(
              `instrument:${name}`,
              `what TRTC.${name}() made could not be watched: ${text(error)}`,
            );
          }
        },
        rejected: (error) => void doctor.capture(error, { operation: name }),
      });
      if (restore) restores.push(restore);
      else if (typeof field(ns, name) === 'function') {
        warn(
          `instrument:${name}`,
          `cannot wrap TRTC.${name} (not writable): call doctor.${watch}() yourself.`,
        );
      }
    }
  }

  let undone = false;
  let undoGlobal: (() => void) | undefined;
  let cancelOnDestroy = () => {};
  const undo = () => {
    if (undone) return;
    undone = true;
    cancelOnDestroy();
    undoGlobal?.();
    restores.splice(0).forEach((restore) => restore());
  };
  // On a destroyed doctor this runs `undo` at once: nothing below is patched.
  cancelOnDestroy = internals?.onDestroy(undo) ?? cancelOnDestroy;
  if (undone) return undo;
  // The namespace itself (v4 or v5), or the global object that holds (or will hold) it.
  const isNamespace = typeof field(target, 'createClient') === 'function' || isV5Namespace(target);
  const current = isNamespace ? target : field(target, 'TRTC');
  if (isObject(current)) patch(current);
  else if (!isNamespace) undoGlobal = trapGlobal(target, patch, warn);
  return undo;
}

/**
 * Defines `target.TRTC` as an accessor that patches whatever namespace is assigned to it (the
 * SDK's UMD does `globalThis.TRTC = factory()`). Returns the function that turns it back into a
 * plain data property (or removes it, if nothing was ever assigned).
 */
function trapGlobal(
  target: object,
  patch: (ns: object) => void,
  warn: WarnOnce,
): (() => void) | undefined {
  let value: unknown;
  let assigned = false;
  const get = () => value;
  const set = (next: unknown) => {
    value = next;
    assigned = true;
    // Patching must never stop the SDK from loading.
    read(() => isObject(next) && patch(next));
  };
  try {
    Object.defineProperty(target, 'TRTC', { get, set, configurable: true, enumerable: true });
  } catch {
    warn('instrument:global', 'cannot watch for the TRTC SDK to load: load trtc-doctor after it.');
    return undefined;
  }
  return () => {
    if (read(() => Object.getOwnPropertyDescriptor(target, 'TRTC'))?.get !== get) return;
    try {
      if (assigned) {
        Object.defineProperty(target, 'TRTC', {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else delete (target as { TRTC?: unknown }).TRTC;
    } catch {
      // Left as the accessor: it still returns the SDK, it only stops patching (patches are undone).
    }
  };
}
