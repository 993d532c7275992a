/**
 * Reading error shapes without trusting them. Everything `diagnose()` learns from its input goes
 * through here: every property read and method call is guarded (getters and Proxy traps may
 * throw), every string is cut before a regex sees it, and every regex runs in linear time.
 */
import { callMethod, field } from './guard.js';

/** Input strings are cut to this length before any parsing: bounded work on huge messages. */
export const MAX_INPUT_CHARS = 4000;

/** Names and short fields (error name, client-banned reason) are cut to this length. */
export const MAX_NAME_CHARS = 100;

/** A string cut to `max` characters; anything else gives `undefined`. */
const asText = (value: unknown, max = MAX_INPUT_CHARS): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : undefined;

/** A safe integer (codes are integers); anything else gives `undefined`. */
const asInteger = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) ? (value as number) : undefined;

/** The facts `diagnose()` needs from an error-like object, read once. */
export interface ErrorFacts {
  /** `v4` when `getCode` is a function; `v5` when `code` is a number in the v5 range. */
  readonly sdkVersion?: 'v4' | 'v5';
  readonly code?: number;
  /** `getExtraCode()` or `extraCode`; 0 means none and is left out. */
  readonly extraCode?: number;
  readonly name?: string;
  /** Cut to {@link MAX_INPUT_CHARS}. */
  readonly message?: string;
  /** A `client-banned` (v4) or `kicked-out` (v5) payload's reason. */
  readonly reason?: string;
  /** v5: the API that failed (`enterRoom`, `startLocalVideo`, ...). */
  readonly functionName?: string;
  /** v5: the browser error behind a DEVICE_ERROR (`originError.name`). */
  readonly originName?: string;
  /** v5: the internal 4.x-style error behind it (`originError.getCode()`), e.g. SCHEDULE_FAILED. */
  readonly originCode?: number;
  /** v5: `originError.message` (it may carry a `<KEY 0xhex>` tag), cut to {@link MAX_INPUT_CHARS}. */
  readonly originMessage?: string;
  /** OverconstrainedError: the constraint no device meets (`constraint`, or v4's ` constraint: X`). */
  readonly constraint?: string;
}

/** v5 codes live in this range; anything else with a numeric `code` is not a v5 error. */
export const isV5Code = (code: number | undefined): boolean =>
  code !== undefined && code >= 5000 && code <= 5999;

/** A constraint name (`deviceId`, `frameRate`): letters only, so nothing else passes for one. */
const asConstraint = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[a-z]{1,32}$/i.test(value) ? value : undefined;

/** Reads an object as an error: v4 RtcError, v5 error, Error/DOMException or payload. */
export function readFacts(input: object): ErrorFacts {
  const read = (key: string): unknown => field(input, key);
  const name = (value: unknown): string | undefined => asText(value, MAX_NAME_CHARS);
  // A v4 RtcError keeps its codes behind methods, which may throw or return garbage.
  const v4 = typeof read('getCode') === 'function';
  const call = (method: string): number | undefined => {
    try {
      return asInteger((read(method) as () => unknown).call(input));
    } catch {
      return undefined;
    }
  };
  const code = v4 ? call('getCode') : asInteger(read('code'));
  const extraCode = v4 ? call('getExtraCode') : asInteger(read('extraCode'));
  const origin = read('originError');
  return {
    sdkVersion: v4 ? 'v4' : isV5Code(code) ? 'v5' : undefined,
    code,
    extraCode: extraCode || undefined,
    name: name(read('name')),
    message: asText(read('message')),
    reason: name(read('reason')),
    functionName: name(read('functionName')),
    originName: name(field(origin, 'name')),
    originCode: asInteger(callMethod(origin, 'getCode')),
    originMessage: asText(field(origin, 'message')),
    constraint: asConstraint(read('constraint')),
  };
}

/** The constraint v4 writes into the message of an OverconstrainedError (` constraint: width`). */
export const parseConstraint = (message = ''): string | undefined =>
  asConstraint(/\bconstraint: ([a-z]{1,32})\b/i.exec(message)?.[1]);

/**
 * The code in the SDK's `<NAME 0xhex>` tag (the last tag, when a message quotes another). Only the
 * code counts: the SDK tags a code it does not know as `UNKNOWN`, which must not become 0xffff.
 */
export function parseTag(message: string): number | undefined {
  let hex: string | undefined;
  for (const match of message.matchAll(/<[a-z]\w{0,63} 0x([\da-f]{1,8})>/gi)) hex = match[1];
  return hex === undefined ? undefined : parseInt(hex, 16);
}

/**
 * The server code inside a message: the first `errorCode: -10013` (signalling setup), else the
 * last `code: 70001` (the SDK appends it after the server's own text). 0 means none.
 */
export function parseExtraCode(message: string): number | undefined {
  let value: string | undefined;
  for (const [, errorCode, digits] of message.matchAll(/\b(err(?:or)?)?code:\s?(-?\d{1,9})\b/gi)) {
    value = digits;
    if (errorCode) break;
  }
  return Number(value ?? 0) || undefined;
}

/** A string as a code: `0x4043`/`0X4043` (hex needs the prefix) or `16451`/`-10013`. */
export const parseCodeString = (text: string): number | undefined =>
  // Number() reads both forms, and the pattern lets nothing else through ('' would be 0).
  /^(?:0x[\da-f]{1,8}|-?\d{1,9})$/i.test(text) ? Number(text) : undefined;

/** `0x4043` for 16451: lower-case, as the SDK prints it. Negative codes have no hex form. */
export const toHex = (code: number | undefined): string | undefined =>
  code !== undefined && code >= 0 ? `0x${code.toString(16)}` : undefined;

/** Whether `reason` is an SDK error: a v4 RtcError (`getCode()`) or a v5 error (code 5000-5999). */
export function isTrtcError(reason: unknown): boolean {
  const code = field(reason, 'code');
  return (
    typeof field(reason, 'getCode') === 'function' ||
    (typeof code === 'number' && isV5Code(code) && typeof field(reason, 'message') === 'string')
  );
}

/** One part of a signature: its length first, so no text can pass for two parts. */
const part = (value: unknown): string => {
  const s = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  return `${s.length}:${s}`;
};

/** Messages longer than this get no signature (and are never folded). */
const MAX_SIGNED_CHARS = 2000;

/** How many recent signatures are remembered: a storm repeats a few kinds. */
const REMEMBERED = 16;

/** A signature and the field values it was made of (primitives only). */
interface Remembered {
  readonly make: (fields: readonly unknown[]) => string;
  readonly fields: readonly unknown[];
  readonly signature: string;
}
const remembered: Remembered[] = [];
let nextSlot = 0;

const isPrimitive = (value: unknown): boolean =>
  value === null || (typeof value !== 'object' && typeof value !== 'function');

/**
 * The signature `make` builds from `fields`, or the same string remembered for equal fields. A
 * storm's signatures are thus compared, not built, and a map keyed by them hashes one string.
 * Only primitive fields are remembered: an object's `String()` may change from call to call.
 */
function signatureOf(fields: unknown[], make: (fields: readonly unknown[]) => string): string {
  for (const known of remembered) {
    if (known.make === make && sameFields(known.fields, fields)) return known.signature;
  }
  const signature = make(fields);
  if (fields.every(isPrimitive)) {
    remembered[nextSlot] = { make, fields, signature };
    nextSlot = (nextSlot + 1) % REMEMBERED;
  }
  return signature;
}

/** A string cut to {@link MAX_INPUT_CHARS}; anything else as it is. */
const cut = (value: unknown): unknown =>
  typeof value === 'string' ? value.slice(0, MAX_INPUT_CHARS) : value;

function sameFields(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A v4 signature from `[getCode(), getExtraCode(), name, reason, message]`. */
const v4Signature = ([code, extra, name, reason, message]: readonly unknown[]): string =>
  `4${part(code)}${part(extra)}${part(name)}${part(reason)}${message as string}`;

/**
 * A v5 signature from `[code, extraCode, functionName, name, reason, state, mediaType, typeof
 * resume, has originError, its name, its getCode(), its message, message]`.
 */
function v5Signature(fields: readonly unknown[]): string {
  const [code, extra, call, name, reason, state, media, resume, origin, ...rest] = fields;
  const [originName, originCode, originMessage, message] = rest;
  const cause = origin ? `${part(originName)}${part(originCode)}${part(originMessage)}` : '';
  return `5${part(code)}${part(extra)}${part(call)}${part(name)}${part(reason)}${part(state)}${part(media)}${resume as string}${cause}|${message as string}`;
}

/**
 * A cheap identity of an error for folding equal errors into one queued occurrence (recorder.ts):
 * every field a diagnosis reads (codes, names, reason, the v5 call and origin, the message) in
 * one string, so equal signatures are diagnosed alike. Anything odd (no string message, a huge
 * one, an object that is not an error) gets none and is never folded. Equal fields give the very
 * same string (remembered), so a storm costs a comparison per event, not a new string. Throws
 * only what a hostile getter throws (the recorder reads it guarded).
 */
export function quickSignature(error: unknown): string | undefined {
  if (typeof error === 'number') return `n${error}`;
  if (typeof error === 'string') return error.length <= MAX_SIGNED_CHARS ? `s${error}` : undefined;
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as Record<string, unknown>;
  const { message } = e;
  if (typeof message !== 'string' || message.length > MAX_SIGNED_CHARS) return undefined;
  if (typeof e.getCode === 'function') {
    const extra = typeof e.getExtraCode === 'function' ? e.getExtraCode() : '';
    return signatureOf([e.getCode(), extra, e.name, e.reason, message], v4Signature);
  }
  if (!(error instanceof Error)) return undefined;
  const o = e.originError as Record<string, unknown> | undefined;
  return signatureOf(
    [
      e.code,
      e.extraCode,
      e.functionName,
      e.name,
      e.reason,
      e.state,
      e.mediaType,
      typeof e.resume,
      Boolean(o),
      o ? o.name : undefined,
      o ? (typeof o.getCode === 'function' ? o.getCode() : '') : undefined,
      // Cut to what a diagnosis reads of it (readFacts), so what is remembered stays small.
      o ? cut(o.message) : undefined,
      message,
    ],
    v5Signature,
  );
}
