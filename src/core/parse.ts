/**
 * Reading error shapes without trusting them. Everything `diagnose()` learns from its input goes
 * through here: every property read and method call is guarded (getters and Proxy traps may
 * throw), every string is cut before a regex sees it, and every regex runs in linear time.
 */
import { callMethod, field } from './guard.js';
import { MAX_INPUT_CHARS, isV5Code } from './signature.js';

export { MAX_INPUT_CHARS } from './signature.js';

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
