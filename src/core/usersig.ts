/**
 * The userSig inspector. A TLS v2 userSig is zlib-deflated JSON (`TLS.identifier`,
 * `TLS.sdkappid`, `TLS.time`, `TLS.expire`, `TLS.sig`) in a base64 variant (`+` → `*`, `/` → `-`,
 * `=` → `_`): it decodes without the app's key, and answers "expired? for whom?" exactly. Only
 * facts leave this module: never the userSig, its HMAC (`TLS.sig`) or its `TLS.userbuf`.
 */
import type { UserSigFacts, UserSigReason } from './types.js';

// The decoder is a chunk of its own that the script tag's entry loads before anything else, so it
// imports nothing: these two are core/guard.ts's `read` and `field`, as small as it needs them.
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
const field = (value: unknown, name: string): unknown =>
  read(() => (value as Record<string, unknown>)[name]);

/** What decoding a userSig found: its facts, or why it is not a TLS v2 signature. */
export type UserSigInspection =
  | {
      readonly valid: true;
      readonly identifier: string;
      readonly sdkAppId: number;
      /** `TLS.time`, in ms since the epoch (like `Date.now()`). */
      readonly issuedAt: number;
      /** `TLS.time + TLS.expire`, in ms since the epoch. */
      readonly expiresAt: number;
      /** `TLS.expire`: how long it was made to be valid. */
      readonly validForSeconds: number;
    }
  | { readonly valid: false; readonly reason: UserSigReason };

/** Real userSigs are a few hundred characters: anything far longer is not one (and not decoded). */
export const MAX_USERSIG_CHARS = 4096;
/** The inflated JSON is ~200 bytes: more than this stops the inflate (a deflate bomb). */
export const MAX_USERSIG_JSON_BYTES = 8192;
/** "Expires soon": within this many ms of now, a warning before the join. */
export const EXPIRES_SOON_MS = 3_600_000;

const invalid = (reason: UserSigReason): UserSigInspection => ({ valid: false, reason });

/** The inflated bytes, `'truncated'` when the stream ends early, `'not-zlib'` on other damage. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array | UserSigReason> {
  const Stream = field(globalThis, 'DecompressionStream') as typeof DecompressionStream;
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new Stream('deflate'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      if ((size += value.length) > MAX_USERSIG_JSON_BYTES) {
        void reader.cancel().catch(() => {});
        return 'not-tls-v2';
      }
    }
  } catch {
    // The header was checked: a stream that fails after it was cut short (or damaged inside).
    return 'truncated';
  }
  const out = new Uint8Array(size);
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

/**
 * Decode a userSig locally (no key needed, nothing sent anywhere). Resolves to `undefined` where
 * the browser has no `DecompressionStream` (before Chrome 80, Safari 16.4, Firefox 113); never
 * rejects.
 *
 * @example
 * ```ts
 * const facts = await inspectUserSig(userSig);
 * if (facts?.valid && facts.expiresAt < Date.now()) console.warn('userSig expired');
 * ```
 */
export async function inspectUserSig(userSig: unknown): Promise<UserSigInspection | undefined> {
  if (typeof field(globalThis, 'DecompressionStream') !== 'function') return undefined;
  if (typeof userSig !== 'string' || !userSig || userSig.length > MAX_USERSIG_CHARS) {
    return invalid('not-base64');
  }
  const b64 = userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  const binary = /^[A-Za-z0-9+/]+={0,2}$/.test(b64) ? read(() => atob(b64)) : undefined;
  if (binary === undefined) return invalid(/^[\w*-]+$/.test(userSig) ? 'truncated' : 'not-base64');
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // A zlib header: deflate (8) with a window ≤ 32 KB, and the check bits (RFC 1950).
  if (bytes.length < 2 || (bytes[0]! & 0x8f) !== 0x08 || ((bytes[0]! << 8) | bytes[1]!) % 31) {
    return invalid('not-zlib');
  }
  try {
    const json = await inflate(bytes);
    if (typeof json === 'string') return invalid(json);
    const doc = read(() => JSON.parse(new TextDecoder().decode(json)) as unknown);
    if (doc === undefined) return invalid('not-json');
    const time = field(doc, 'TLS.time');
    const expire = field(doc, 'TLS.expire');
    const identifier = field(doc, 'TLS.identifier');
    const sdkAppId = Number(field(doc, 'TLS.sdkappid'));
    if (
      String(field(doc, 'TLS.ver')) !== '2.0' ||
      typeof identifier !== 'string' ||
      !Number.isInteger(time) ||
      !Number.isInteger(expire) ||
      !(sdkAppId > 0)
    ) {
      return invalid('not-tls-v2');
    }
    return {
      valid: true,
      identifier,
      sdkAppId,
      issuedAt: (time as number) * 1000,
      expiresAt: ((time as number) + (expire as number)) * 1000,
      validForSeconds: expire as number,
    };
  } catch {
    return invalid('not-zlib');
  }
}

/** The first thing wrong with a userSig before it is used: what the pre-join warning is about. */
export type UserSigFinding = 'invalid' | 'expired' | 'expires-soon' | 'wrong-user' | 'wrong-app';

/**
 * The facts of an inspection compared with the client that uses it (`now` in ms; injectable).
 * `userIdMatches`/`sdkAppIdMatches` are absent when the client's own value is not known.
 */
export function compareUserSig(
  inspection: UserSigInspection,
  client: { userId?: string; sdkAppId?: number },
  now: number,
): UserSigFacts {
  if (!inspection.valid) return { valid: false, reason: inspection.reason, checkedAt: now };
  const { userId, sdkAppId } = client;
  return {
    ...inspection,
    checkedAt: now,
    ...(userId !== undefined && {
      userIdMatches: userId === inspection.identifier,
      joiningUserId: userId,
    }),
    ...(sdkAppId !== undefined && {
      sdkAppIdMatches: sdkAppId === inspection.sdkAppId,
      joiningSdkAppId: sdkAppId,
    }),
  };
}

/** What is wrong with these facts at `now`, if anything (invalid first, then expiry, then match). */
export function findingOf(facts: UserSigFacts, now: number): UserSigFinding | undefined {
  if (!facts.valid) return 'invalid';
  if (facts.expiresAt! <= now) return 'expired';
  if (facts.userIdMatches === false) return 'wrong-user';
  if (facts.sdkAppIdMatches === false) return 'wrong-app';
  if (facts.expiresAt! - now < EXPIRES_SOON_MS) return 'expires-soon';
  return undefined;
}
