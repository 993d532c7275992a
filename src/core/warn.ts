/**
 * Console warnings for oddities at run time (an unknown SDK version, a payload of an unexpected
 * shape, a method that cannot be wrapped). Each kind is said once: a storm of odd events must not
 * flood the host's console.
 */
import { read } from './guard.js';

/** Warns once per `kind`; later calls with the same kind are silent. */
export type WarnOnce = (kind: string, message: string) => void;

/** Make a warn-once function with its own memory of what was said. */
export function createWarnOnce(): WarnOnce {
  const said = new Set<string>();
  return (kind, message) => {
    if (said.has(kind)) return;
    said.add(kind);
    // A console that throws (patched by the host) must not break the caller.
    read(() => console.warn(`[trtc-doctor] ${message}`));
  };
}
