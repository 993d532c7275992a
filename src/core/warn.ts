/**
 * Console warnings for oddities at run time (an unknown SDK version, a payload of an unexpected
 * shape, a method that cannot be wrapped). Each kind is said once: a storm of odd events must not
 * flood the host's console. A warning may quote the host's text (an error it threw), so it is
 * redacted like everything else we show.
 */
import { read } from './guard.js';
import { redactText } from './redact.js';

/** Warns once per `kind`; later calls with the same kind are silent. */
export type WarnOnce = (kind: string, message: string) => void;

/**
 * Make a warn-once function with its own memory of what was said. `secrets` gives the exact values
 * to remove (the doctor's); without it, secrets are removed by their shape.
 */
export function createWarnOnce(secrets?: () => readonly string[]): WarnOnce {
  const said = new Set<string>();
  return (kind, message) => {
    if (said.has(kind)) return;
    said.add(kind);
    // A console that throws (patched by the host) must not break the caller.
    read(() =>
      console.warn(
        `[trtc-doctor] ${redactText(
          message,
          read(() => secrets?.()),
        )}`,
      ),
    );
  };
}

/**
 * Says once that `call` reached a destroyed doctor, which now does nothing: it must not look as if
 * it worked. React StrictMode runs effects twice in development, so a doctor made with `useMemo`
 * and destroyed by an effect's cleanup is used after `destroy()` by the second run.
 */
export function usedAfterDestroy(warn: WarnOnce, call: string): void {
  warn(
    'destroyed',
    `${call} was called after destroy(): this doctor records and shows nothing more. Make a new doctor instead (with React StrictMode, create it in the effect whose cleanup destroys it, not with useMemo).`,
  );
}
