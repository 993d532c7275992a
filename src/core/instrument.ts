/**
 * Patching the `TRTC` namespace so every client and stream it makes is watched: what the script
 * tag does with no code change in the page. Works whether the SDK's script ran before ours (the
 * namespace is patched now) or after (a `TRTC` accessor on the global object patches the namespace
 * the moment the SDK's UMD wrapper assigns it).
 */
import { doctorInternals } from './doctor.js';
import { fail, field, isObject, read, text } from './guard.js';
import type { Doctor } from './types.js';
import { createWarnOnce } from './warn.js';
import type { WarnOnce } from './warn.js';
import { wrapMethod } from './wrap.js';

/**
 * Watch every client and stream the TRTC SDK creates from now on.
 *
 * `target` is where `TRTC` lives (default `globalThis`: the script-tag SDK), or the namespace
 * itself (`import TRTC from 'trtc-js-sdk'`). If `target.TRTC` does not exist yet, it is caught when
 * the SDK defines it. `createClient`'s config is remembered for the report and its userSig as a
 * secret to redact (never kept in clear anywhere exported). A synchronous `createClient` throw
 * (bad parameters) is recorded and re-thrown unchanged.
 *
 * Returns the undo function (idempotent), also run by `doctor.destroy()`: the original functions
 * and the original `TRTC` property come back exactly.
 *
 * @example
 * ```ts
 * import TRTC from 'trtc-js-sdk';
 * import { createDoctor, instrumentTrtc } from 'trtc-doctor';
 * const doctor = createDoctor();
 * instrumentTrtc(doctor, TRTC);
 * const client = TRTC.createClient({ mode: 'rtc', sdkAppId, userId, userSig }); // watched
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

  function patch(ns: object): void {
    if (undone || patched.has(ns)) return;
    patched.add(ns);
    internals?.setTrtc(ns);
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
  const isNamespace = typeof field(target, 'createClient') === 'function';
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
