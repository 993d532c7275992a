/**
 * What the recorder (always loaded) reads of an error before any diagnosis: whether it is an SDK
 * error, and a cheap signature that folds equal errors into one queued occurrence. Apart from
 * parse.ts (which re-exports its input bound) so the recorder does not carry the diagnosis's
 * parsing.
 */
import { field } from './guard.js';

/** Input strings are cut to this length before any parsing: bounded work on huge messages. */
export const MAX_INPUT_CHARS = 4000;

/** v5 codes live in this range; anything else with a numeric `code` is not a v5 error. */
export const isV5Code = (code: number | undefined): boolean =>
  code !== undefined && code >= 5000 && code <= 5999;

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
