/**
 * The deep redactor for reports: a redacted, bounded, JSON-safe copy of any value. Apart from
 * redact.ts because only the report (loaded with the panel) needs it; the recorder redacts text.
 */
import { field } from './guard.js';
import { REDACTED, redactText } from './redact.js';

/** How deep `redactValue` walks before it stops. */
export const MAX_REDACT_DEPTH = 8;

/** How many keys or items of one object or array `redactValue` keeps. */
export const MAX_REDACT_ITEMS = 200;

/** A field named like a secret (any case): its value is never copied. */
const SECRET_FIELD_NAME = /^(?:user_?sig|private_?map_?key|sig)$/i;

function walk(
  value: unknown,
  secrets: readonly string[],
  seen: Set<object>,
  depth: number,
): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (!value || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_REDACT_DEPTH) return '[too deep]';
  seen.add(value);
  try {
    const copy = (item: unknown): unknown => walk(item, secrets, seen, depth + 1);
    if (Array.isArray(value)) return value.slice(0, MAX_REDACT_ITEMS).map(copy);
    const keys = Object.keys(value).slice(0, MAX_REDACT_ITEMS);
    // Error fields are not enumerable, but they are what a report needs.
    if (value instanceof Error) keys.unshift('name', 'message');
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      // A field that cannot be read (or cleaned) is dropped, never passed through.
      try {
        const secret = SECRET_FIELD_NAME.test(key);
        const clean = secret ? REDACTED : copy(field(value, key));
        if (clean !== undefined) out[secret ? key : redactText(key, secrets)] = clean;
      } catch {
        // Dropped, as above.
      }
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * A redacted deep copy of any value, for reports: fields named `userSig`, `privateMapKey` or `sig`
 * (any case) become `[redacted]`, every string goes through {@link redactText}, cycles become
 * `[circular]`, depth and width are bounded, functions and symbols are dropped. A field that throws
 * when read is dropped. Never throws; the result is plain JSON-safe data.
 *
 * @param value what to copy (an object, an error, a primitive).
 * @param secrets exact values to remove wherever they appear.
 */
export function redactValue(value: unknown, secrets: readonly string[] = []): unknown {
  try {
    return walk(value, Array.isArray(secrets) ? secrets : [], new Set(), 0);
  } catch {
    return REDACTED;
  }
}
