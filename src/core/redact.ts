/**
 * Secret redaction for everything trtc-doctor shows or exports: the UI's messages and every report.
 *
 * A userSig or privateMapKey is removed four ways, so one missed form cannot leak it:
 * 1. by field name in text (`userSig=...`, `"userSig":"..."`, `privateMapKey: ...`);
 * 2. by exact value (raw, URL-encoded, JSON-escaped) and by any 24-character piece of a long
 *    secret, so a truncated or re-wrapped secret does not survive either;
 * 3. by shape: TLS-sig tokens start with `eJ` and run long;
 * 4. by URL: query values are replaced (origin and path stay, so doc links still work).
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/** A secret of at least this length is also caught by any piece of this length. */
export const SECRET_FRAGMENT_LENGTH = 24;

/** Shorter "secrets" are ignored: redacting every "1" or "ab" would destroy the text, not protect it. */
export const MIN_SECRET_LENGTH = 6;

/** How deep `redactValue` walks before it stops. */
export const MAX_REDACT_DEPTH = 8;

/** How many keys or items of one object or array `redactValue` keeps. */
export const MAX_REDACT_ITEMS = 200;

// Every quantifier is bounded or applies to one character class that the next token cannot
// match, so each regex runs in linear time on any input (no catastrophic backtracking).
const FIELD_IN_TEXT =
  /(user_?sig|private_?map_?key)((?:\\?["'])?\s{0,8}[:=]\s{0,8}(?:\\?["'])?)([^"'\\&\s,;}\]<>)]+)/gi;
const TLS_SIG_SHAPE = /eJ(?:[A-Za-z0-9*_\-+/=%]|\\\/){20,}/g;
const URL_WITH_QUERY = /\b(?:https?|wss?):\/\/[^\s"'<>\\?#]*[?#][^\s"'<>\\]*/gi;
const QUERY_VALUE = /([?&#;][^=&#;]*=)[^&#;]*/g;
const SECRET_FIELD_NAME = /^(?:user_?sig|private_?map_?key|sig)$/i;

/** The forms a secret may take in text: as is, URL-encoded, JSON-escaped. */
function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate cannot be URL-encoded; then that form cannot appear either.
  }
  forms.add(JSON.stringify(secret).slice(1, -1));
  return [...forms];
}

/** Marks where any form of any secret (or a long piece of one) sits in `text`. */
function markSecrets(text: string, secrets: readonly string[]): boolean[] | undefined {
  let marks: boolean[] | undefined;
  const mark = (from: number, to: number): void => {
    marks ??= new Array<boolean>(text.length).fill(false);
    for (let i = from; i < to; i++) marks[i] = true;
  };
  const fragments = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of secretForms(secret)) {
      if (form.length >= SECRET_FRAGMENT_LENGTH) {
        for (let i = 0; i + SECRET_FRAGMENT_LENGTH <= form.length; i++) {
          fragments.add(form.slice(i, i + SECRET_FRAGMENT_LENGTH));
        }
      }
      // Exact matches catch the short secrets the fragment windows cannot.
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        mark(at, at + form.length);
      }
    }
  }
  if (fragments.size > 0) {
    for (let i = 0; i + SECRET_FRAGMENT_LENGTH <= text.length; i++) {
      if (fragments.has(text.slice(i, i + SECRET_FRAGMENT_LENGTH))) {
        mark(i, i + SECRET_FRAGMENT_LENGTH);
      }
    }
  }
  return marks;
}

/** Replaces each marked run of characters by one marker, in one pass. */
function replaceMarked(text: string, marks: readonly boolean[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (marks[i]) {
      out += REDACTED;
      while (i < text.length && marks[i]) i++;
    } else {
      const start = i;
      while (i < text.length && !marks[i]) i++;
      out += text.slice(start, i);
    }
  }
  return out;
}

/**
 * Removes secrets from a string: by field name, by the given values (in raw, URL-encoded and
 * JSON-escaped form, and by any 24-character piece of a long one), by TLS-sig shape, and from URL
 * query strings. Never throws: on any failure it returns `[redacted]` rather than the text.
 *
 * @param text the text to clean; anything else gives `''`.
 * @param secrets exact values to remove (e.g. the app's userSig); shorter than 6 characters are ignored.
 * @example
 * ```ts
 * redactText('join?userSig=eJyrVkrOSSxQsgpJLS5RKi1OLcpMUbIyNDAwMDQwNbWwNDA1BSlMSUxJBRGGRqYG');
 * // 'join?userSig=[redacted]'
 * ```
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  try {
    if (typeof text !== 'string') return '';
    let out = text;
    const list = Array.isArray(secrets) ? secrets : [];
    const marks = list.length > 0 ? markSecrets(out, list) : undefined;
    if (marks) out = replaceMarked(out, marks);
    out = out.replace(FIELD_IN_TEXT, (_m, name: string, sep: string) => name + sep + REDACTED);
    out = out.replace(TLS_SIG_SHAPE, REDACTED);
    out = out.replace(URL_WITH_QUERY, (url) => {
      const cut = url.search(/[?#]/);
      return url.slice(0, cut) + url.slice(cut).replace(QUERY_VALUE, `$1${REDACTED}`);
    });
    return out;
  } catch {
    return REDACTED;
  }
}

/** Reads one property; a throwing getter or Proxy trap gives `failed`. */
function readKey(value: object, key: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: (value as Record<string, unknown>)[key] };
  } catch {
    return { ok: false };
  }
}

function isError(value: object): boolean {
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}

function walk(
  value: unknown,
  secrets: readonly string[],
  seen: Set<object>,
  depth: number,
): unknown {
  switch (typeof value) {
    case 'string':
      return redactText(value, secrets);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return value.toString();
    case 'symbol':
    case 'function':
      return undefined;
  }
  if (value === null) return null;
  const obj = value as object;
  if (seen.has(obj)) return '[circular]';
  if (depth >= MAX_REDACT_DEPTH) return '[too deep]';
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      const items = obj.slice(0, MAX_REDACT_ITEMS) as unknown[];
      return items.map((item) => walk(item, secrets, seen, depth + 1));
    }
    const keys = Object.keys(obj).slice(0, MAX_REDACT_ITEMS);
    // Error fields are not enumerable, but they are what a report needs.
    if (isError(obj)) keys.unshift('name', 'message');
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (SECRET_FIELD_NAME.test(key)) {
        out[key] = REDACTED;
        continue;
      }
      const read = readKey(obj, key);
      // A field that cannot be read (or cleaned) is dropped, never passed through.
      if (!read.ok) continue;
      try {
        const clean = walk(read.value, secrets, seen, depth + 1);
        if (clean !== undefined) out[redactText(key, secrets)] = clean;
      } catch {
        // Dropped, as above.
      }
    }
    return out;
  } finally {
    seen.delete(obj);
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
