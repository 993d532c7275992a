/**
 * Secret redaction for everything trtc-doctor shows or exports: the UI's messages and every report.
 *
 * A userSig or privateMapKey is removed four ways, so one missed form cannot leak it:
 * 1. by field name in text (`userSig=...`, `"userSig":"..."`, `privateMapKey: ...`);
 * 2. by exact value (raw, URL-encoded, JSON-escaped, base64 and base64url) and by any
 *    24-character piece of a long secret, so a truncated or re-wrapped secret does not survive either;
 * 3. by shape: TLS-sig tokens start with `eJ` and run long;
 * 4. by URL: query values are replaced (origin and path stay, so doc links still work).
 * Redacting twice changes nothing: `userSig=[redacted]` stays as it is.
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/** A secret of at least this length is also caught by any piece of this length. */
export const SECRET_FRAGMENT_LENGTH = 24;

/** Shorter "secrets" are ignored: redacting every "1" or "ab" would destroy the text, not protect it. */
export const MIN_SECRET_LENGTH = 6;

// Every quantifier is bounded or applies to one character class that the next token cannot
// match, so each regex runs in linear time on any input (no catastrophic backtracking).
/** A secret's name and separator (kept, `$1`), then its value (replaced) unless already redacted. */
const FIELD_IN_TEXT =
  /((?:user_?sig|private_?map_?key)(?:\\?["'])?\s{0,8}[:=]\s{0,8}(?:\\?["'])?)(?!\[redacted\])[^"'\\&\s,;}\]<>)]+/gi;
const TLS_SIG_SHAPE = /eJ(?:[\w*+/=%-]|\\\/){20,}/g;
const URL_WITH_QUERY = /\b(?:http|ws)s?:\/\/[^\s"'<>\\?#]*[?#][^\s"'<>\\]*/gi;
const QUERY_VALUE = /([?&#;][^=&#;]*=)[^&#;]*/g;

/**
 * Base64 and base64url of the secret's UTF-8 bytes: on its own, and at each of the three byte
 * alignments it can have inside a longer encoded text (a base64 JSON blob or token), where only
 * the characters that depend on the secret's bytes alone are fixed.
 */
function base64Forms(secret: string): string[] {
  let bytes = '';
  for (const byte of new TextEncoder().encode(secret)) bytes += String.fromCharCode(byte);
  const forms = [btoa(bytes)];
  for (let k = 0; k < 3; k++) {
    const encoded = btoa('\0'.repeat(k) + bytes);
    forms.push(encoded.slice(Math.ceil((k * 4) / 3), Math.floor(((k + bytes.length) * 4) / 3)));
  }
  return forms.flatMap((b) => [b, b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')]);
}

/** The forms a secret takes in text: as is, JSON-escaped, URL-encoded, base64 and base64url. */
export function formsOf(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate cannot be URL-encoded; then that form cannot appear either.
  }
  try {
    for (const form of base64Forms(secret)) {
      if (form.length >= MIN_SECRET_LENGTH) forms.add(form);
    }
  } catch {
    // No TextEncoder or btoa (an odd runtime): the other forms still apply.
  }
  return [...forms];
}

/** The forms of a list of secrets and their 24-character pieces: what matching needs. */
interface Prepared {
  /**
   * The forms shorter than a window, matched exactly. A longer form needs no search of its own:
   * every window of it is a fragment, so the window scan marks all of it.
   */
  readonly short: readonly string[];
  readonly fragments: ReadonlySet<string>;
  /** The rolling hash of each fragment: a text's windows are hashed, and sliced on a hit only. */
  readonly hashes: ReadonlySet<number>;
}

// A polynomial rolling hash of `SECRET_FRAGMENT_LENGTH` characters, in 32-bit arithmetic: a text
// is scanned window by window without making a string per window (a hit is then compared).
const HASH_BASE = 0x01000193;
let HASH_TOP = 1; // HASH_BASE ** (SECRET_FRAGMENT_LENGTH - 1), in 32 bits
for (let i = 1; i < SECRET_FRAGMENT_LENGTH; i++) HASH_TOP = Math.imul(HASH_TOP, HASH_BASE);

/** The hash of the window of `text` that starts at `from`. */
function hashAt(text: string, from: number): number {
  let h = 0;
  for (let k = 0; k < SECRET_FRAGMENT_LENGTH; k++) {
    h = (Math.imul(h, HASH_BASE) + text.charCodeAt(from + k)) | 0;
  }
  return h;
}

// Per list object: a doctor hands the same list until it learns a secret (then a new one), so the
// pieces are made once, not at every call; and they go when the list goes.
const preparedOf = new WeakMap<readonly unknown[], Prepared>();

function prepare(secrets: readonly unknown[]): Prepared {
  let prepared = preparedOf.get(secrets);
  if (prepared) return prepared;
  const forms = secrets
    .filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
    .flatMap(formsOf);
  const fragments = new Set<string>();
  for (const form of forms) {
    for (let i = 0; i + SECRET_FRAGMENT_LENGTH <= form.length; i++) {
      fragments.add(form.slice(i, i + SECRET_FRAGMENT_LENGTH));
    }
  }
  const hashes = new Set<number>();
  for (const fragment of fragments) hashes.add(hashAt(fragment, 0));
  const short = forms.filter((form) => form.length < SECRET_FRAGMENT_LENGTH);
  preparedOf.set(secrets, (prepared = { short, fragments, hashes }));
  return prepared;
}

/**
 * Replaces every form of every secret in `text` (as is, URL-encoded, JSON-escaped, base64) and every
 * 24-character piece of a long one by `[redacted]`, one marker per run of secret characters.
 */
function redactValues(text: string, secrets: readonly unknown[]): string {
  const size = SECRET_FRAGMENT_LENGTH;
  let marks: Uint8Array | undefined;
  const mark = (from: number, length: number): unknown =>
    (marks ??= new Uint8Array(text.length)).fill(1, from, from + length);
  const { short, fragments, hashes } = prepare(secrets);
  // Exact matches catch the short secrets the fragment windows cannot.
  for (const form of short) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      mark(at, form.length);
    }
  }
  if (fragments.size && text.length >= size) {
    for (let i = 0, h = hashAt(text, 0); ; i++) {
      if (hashes.has(h) && fragments.has(text.slice(i, i + size))) mark(i, size);
      if (i + size >= text.length) break;
      h =
        (Math.imul(h - Math.imul(text.charCodeAt(i), HASH_TOP), HASH_BASE) +
          text.charCodeAt(i + size)) |
        0;
    }
  }
  if (!marks) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!marks[i]) out += text[i];
    else if (!marks[i - 1]) out += REDACTED;
  }
  return out;
}

/**
 * Removes secrets that show by their form alone: a field named like a secret, a TLS-sig token, URL
 * query values. What `diagnose()` needs (it knows no secret values), without the value matching
 * of {@link redactText}. Never throws: on any failure it returns `[redacted]` rather than the text.
 */
export function redactShapes(text: string): string {
  try {
    return text
      .replace(FIELD_IN_TEXT, `$1${REDACTED}`)
      .replace(TLS_SIG_SHAPE, REDACTED)
      .replace(URL_WITH_QUERY, (url) => {
        const cut = url.search(/[?#]/);
        return url.slice(0, cut) + url.slice(cut).replace(QUERY_VALUE, `$1${REDACTED}`);
      });
  } catch {
    return REDACTED;
  }
}

/**
 * Removes secrets from a string: by field name, by the given values (in raw, URL-encoded,
 * JSON-escaped, base64 and base64url form, and by any 24-character piece of a long one), by TLS-sig shape, and from URL
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
    return redactShapes(Array.isArray(secrets) ? redactValues(text, secrets) : text);
  } catch {
    return REDACTED;
  }
}

/**
 * `text` without the secrets that show by their shape: userSig and privateMapKey fields, TLS-sig
 * tokens, URL query values. For what you send yourself (logs, telemetry). A doctor's
 * `doctor.redact(text)` also removes the exact values it has learned. Never throws.
 *
 * @example
 * ```ts
 * redact('join failed: userSig=eJyrVkrOSSxQsgpJLS5RKi1OLcpMUbIyNDAwMDQwNbWwNDA1BSlMSUxJ');
 * // 'join failed: userSig=[redacted]'
 * ```
 */
export const redact = (text: string): string => redactText(text);
