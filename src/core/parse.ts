/**
 * Reading error shapes without trusting them. Everything `diagnose()` learns from its input goes
 * through here: every property read and method call is guarded (getters and Proxy traps may
 * throw), every string is cut before a regex sees it, and every regex runs in linear time.
 */

/** Input strings are cut to this length before any parsing: bounded work on huge messages. */
export const MAX_INPUT_CHARS = 4000;

/** Names and short fields (error name, client-banned reason) are cut to this length. */
export const MAX_NAME_CHARS = 100;

/** Reads `obj[key]`; a throwing getter, Proxy trap or revoked Proxy gives `undefined`. */
export function readProp(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A string property, cut to `max` characters; anything else gives `undefined`. */
export function readString(obj: unknown, key: string, max = MAX_INPUT_CHARS): string | undefined {
  const value = readProp(obj, key);
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/** A finite number property (integers only: codes are integers). */
export function readInteger(obj: unknown, key: string): number | undefined {
  return asInteger(readProp(obj, key));
}

function asInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/** Calls `obj[method]()` when it is a function; a throw or a non-integer result gives `undefined`. */
export function callInteger(obj: unknown, method: string): number | undefined {
  const fn = readProp(obj, method);
  if (typeof fn !== 'function') return undefined;
  try {
    return asInteger((fn as () => unknown).call(obj));
  } catch {
    return undefined;
  }
}

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
}

/** v5 codes live in this range; anything else with a numeric `code` is not a v5 error. */
export function isV5Code(code: number): boolean {
  return code >= 5000 && code <= 5999;
}

/** Reads an object as an error: v4 RtcError, v5 error, Error/DOMException or payload. */
export function readFacts(input: object): ErrorFacts {
  const name = readString(input, 'name', MAX_NAME_CHARS);
  const message = readString(input, 'message');
  const reason = readString(input, 'reason', MAX_NAME_CHARS);
  if (typeof readProp(input, 'getCode') === 'function') {
    const extra = callInteger(input, 'getExtraCode');
    return {
      sdkVersion: 'v4',
      code: callInteger(input, 'getCode'),
      extraCode: extra || undefined,
      name,
      message,
      reason,
    };
  }
  const code = readInteger(input, 'code');
  const extra = readInteger(input, 'extraCode');
  const v5 = code !== undefined && isV5Code(code);
  return {
    sdkVersion: v5 ? 'v5' : undefined,
    code,
    extraCode: extra || undefined,
    name,
    message,
    reason,
    functionName: v5 ? readString(input, 'functionName', MAX_NAME_CHARS) : undefined,
    originName: v5 ? readString(readProp(input, 'originError'), 'name', MAX_NAME_CHARS) : undefined,
  };
}

/** The SDK's `<NAME 0xhex>` tag (the last one, when a message quotes another). */
const TAG = /<([A-Za-z][A-Za-z0-9_]{0,63}) 0x([0-9a-fA-F]{1,8})>/g;

/** The key and code of the SDK's `<NAME 0xhex>` tag in a message, if any. */
export function parseTag(message: string): { key: string; code: number } | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of message.matchAll(TAG)) last = match;
  if (!last?.[1] || !last[2]) return undefined;
  return { key: last[1], code: parseInt(last[2], 16) };
}

const ERROR_CODE_IN_TEXT = /\berr(?:or)?Code:\s?(-?\d{1,9})\b/i;
const CODE_IN_TEXT = /\bcode:\s?(-?\d{1,9})\b/gi;

/**
 * The server code inside a message: `errorCode: -10013` (signalling setup), else the last
 * `code: 70001` (the SDK appends it after the server's own text). 0 means none.
 */
export function parseExtraCode(message: string): number | undefined {
  const first = ERROR_CODE_IN_TEXT.exec(message);
  let value = first?.[1];
  if (value === undefined) {
    for (const match of message.matchAll(CODE_IN_TEXT)) value = match[1];
  }
  const code = value === undefined ? 0 : Number(value);
  return code || undefined;
}

/** A string as a code: `0x4043`/`0X4043` (hex needs the prefix) or `16451`/`-10013`. */
export function parseCodeString(text: string): number | undefined {
  if (/^0x[0-9a-f]{1,8}$/i.test(text)) return parseInt(text.slice(2), 16);
  if (/^-?\d{1,9}$/.test(text)) return Number(text);
  return undefined;
}

/** Lower-case with runs of white space as one space: how messages are compared. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `0x4043` for 16451: lower-case, as the SDK prints it. Negative codes have no hex form. */
export function toHex(code: number): string | undefined {
  return code >= 0 ? `0x${code.toString(16)}` : undefined;
}

/** Any value as a short string for the `message` of an unknown diagnosis; never throws. */
export function describePrimitive(input: unknown): string | undefined {
  switch (typeof input) {
    case 'string':
      return input.slice(0, MAX_INPUT_CHARS);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(input).slice(0, MAX_INPUT_CHARS);
    default:
      return undefined;
  }
}
