/**
 * Reading what the page hands us without ever throwing into it, and saying clearly what a
 * developer passed wrong. SDK payloads, errors and options may be Proxies or carry throwing
 * getters: every read of them goes through these few helpers, so the engine has one way to do it.
 */

/** `get()`, or `undefined` when it throws. */
export function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** Something that can have properties: an object or a function. */
export const isObject = (value: unknown): value is object =>
  (typeof value === 'object' || typeof value === 'function') && value !== null;

/** `value[name]`, or `undefined` when `value` has no properties or the read throws. */
export const field = (value: unknown, name: string): unknown =>
  read(() => (isObject(value) ? (value as Record<string, unknown>)[name] : undefined));

/** `value[name]()` with `value` as `this`; `undefined` when it is not a method or it throws. */
export const callMethod = (value: unknown, name: string): unknown =>
  read(() => (value as Record<string, () => unknown>)[name]!());

/** The value when it is a string, else `undefined`. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Any value as text (at most `max` characters); `?` for one that cannot be turned into text. */
export const text = (value: unknown, max = 200): string =>
  (read(() => String(value)) ?? '?').slice(0, max);

/** What a developer passed, for "got ..." in a misuse error: `null`, `"fr"`, `number 0`, `an object`. */
export function describe(value: unknown): string {
  if (value == null) return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return `${typeof value} ${text(value)}`;
}

/** Throws the misuse error `message` (what was wrong and what to pass), prefixed with our name. */
export function fail(message: string, type: ErrorConstructor = TypeError): never {
  throw new type(`trtc-doctor: ${message}`);
}
