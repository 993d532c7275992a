/**
 * Reading an input into a finding: which catalog entry explains it, which entries stand behind
 * it (`related`), and the facts of this occurrence (codes, message, name, SDK generation). The
 * rules for each input shape live here; `diagnose.ts` turns a finding into a diagnosis.
 */
import type { CatalogEntry } from '../catalog/types.js';
import type { Lookup } from './lookup.js';
import {
  MAX_INPUT_CHARS,
  describePrimitive,
  isV5Code,
  parseCodeString,
  parseExtraCode,
  parseTag,
  readFacts,
  readProp,
  toHex,
  type ErrorFacts,
} from './parse.js';

/** What resolving an input found, before it becomes a diagnosis in one language. */
export interface Finding {
  entry?: CatalogEntry;
  related?: readonly (CatalogEntry | undefined)[];
  code?: number;
  hex?: string;
  extraCode?: number;
  message?: string;
  errorName?: string;
  sdkVersion?: 'v4' | 'v5';
}

/** Names too generic to mean "a device problem" unless the SDK says so (INITIALIZE_FAILED, v5). */
const GENERIC_NAMES = new Set(['typeerror']);
// Maps, not object literals: a reason or function name such as `constructor` must find nothing.
/** Client-banned reasons (v4 `client-banned`; v5 `kicked-out` spells `room_disband`). */
const BANNED_REASONS = new Map([
  ['kick', 'kick'],
  ['banned', 'banned'],
  ['room-disband', 'room-disband'],
  ['room_disband', 'room-disband'],
]);
/** v5 DEVICE_ERROR extra codes and the browser errors they stand for. */
const V5_DEVICE_EXTRA = new Map([
  [5301, 'NotFoundError'],
  [5302, 'NotAllowedError'],
  [5303, 'NotReadableError'],
  [5304, 'OverconstrainedError'],
]);
/** v5 codes whose v4 guidance is one fixed SDK entry. */
const V5_FIXED = new Map([
  [5000, 'INVALID_PARAMETER'],
  [5100, 'INVALID_OPERATION'],
  [5200, 'NOT_SUPPORTED'],
  [5998, 'API_CALL_ABORTED'],
  [5999, 'UNKOWN'],
]);
/** v5 SERVER_ERROR: the v4 entry of the call that failed. */
const V5_SERVER_CALLS = new Map([
  ['enterRoom', 'JOIN_ROOM_FAILED'],
  ['switchRole', 'SWITCH_ROLE_FAILED'],
  ['startMixTranscode', 'START_MIX_TRANSCODE_FAILED'],
  ['stopMixTranscode', 'STOP_MIX_TRANSCODE_FAILED'],
]);

/** Makes the function that reads an input into a finding, over a lookup (the catalog or a fixture). */
export function createResolver(lookup: Lookup): (input: unknown) => Finding {
  const browser = (name: string | undefined, deviceContext = false): CatalogEntry | undefined =>
    name === undefined || (!deviceContext && GENERIC_NAMES.has(name.toLowerCase()))
      ? undefined
      : lookup.browserByName(name);

  const sdkCode = (code: number): Finding => ({
    entry: lookup.sdkByCode(code),
    code,
    hex: toHex(code),
  });

  function fromNumber(code: number): Finding {
    if (lookup.sdkByCode(code)) return sdkCode(code);
    const server = lookup.serverByCode(code);
    if (server) return { entry: server, code };
    if (isV5Code(code)) return fromV5({ sdkVersion: 'v5', code });
    return { code };
  }

  /** A message on its own: the SDK's tag, then the common-error texts, then a browser name. */
  function fromMessage(message: string, facts: ErrorFacts = {}): Finding {
    const tag = parseTag(message);
    // Only the v4 SDK writes this tag, so a tagged text is a v4 error even without getCode().
    if (tag) return fromV4({ ...facts, code: tag.code, message, sdkVersion: 'v4' });
    const [first, ...rest] = lookup.messagesIn(message);
    const entry = first ?? browser(facts.name) ?? lookup.browserInText(message);
    const generic = entry && GENERIC_NAMES.has((entry.key ?? '').toLowerCase());
    return { entry: generic ? undefined : entry, related: rest, message, code: facts.code };
  }

  /** A v4 RtcError (or anything carrying a v4 code or tag). */
  function fromV4(facts: ErrorFacts): Finding {
    const message = facts.message ?? '';
    const parsed = message ? parseTag(message) : undefined;
    const code = facts.code ?? parsed?.code;
    // The tag's key counts only when its entry has this code: the SDK tags any code it does not
    // know as `UNKNOWN`, which must not become 0xffff's guidance.
    const byTag = parsed ? lookup.sdkByKey(parsed.key) : undefined;
    const sdk =
      (code === undefined ? undefined : lookup.sdkByCode(code)) ??
      (byTag && (byTag.code === undefined || byTag.code === code) ? byTag : undefined);
    const extraCode = facts.extraCode ?? (message ? parseExtraCode(message) : undefined);
    const server = extraCode === undefined ? undefined : lookup.serverByCode(extraCode);
    const messages = message ? lookup.messagesIn(message) : [];
    const initialize = sdk?.id === 'sdk:INITIALIZE_FAILED';
    const named = browser(facts.name, initialize);
    const finding: Finding = {
      code: code ?? sdk?.code,
      extraCode,
      message: facts.message,
      sdkVersion: facts.sdkVersion,
    };
    finding.hex = finding.code === undefined ? undefined : toHex(finding.code);
    // INITIALIZE_FAILED carries the browser's name: the browser's guidance is the useful one,
    // and the SDK entry stays one step behind it.
    if (named && initialize) {
      return { ...finding, entry: named, related: [sdk, server, ...messages] };
    }
    if (sdk) return { ...finding, entry: sdk, related: [server, named, ...messages] };
    const [first, ...rest] = [server, named, ...messages].filter((e) => e !== undefined);
    return { ...finding, entry: first, related: rest };
  }

  function fromV5(facts: ErrorFacts): Finding {
    const code = facts.code ?? 5999;
    const extraCode = facts.extraCode;
    const message = facts.message ?? '';
    const messages = message ? lookup.messagesIn(message) : [];
    const v5: Finding = { code, extraCode, message: facts.message, sdkVersion: 'v5' };
    const key = V5_FIXED.get(code);
    if (key) return { ...v5, entry: lookup.sdkByKey(key), related: messages };
    if (code === 5300) {
      const device =
        browser(extraCode === undefined ? undefined : V5_DEVICE_EXTRA.get(extraCode), true) ??
        browser(facts.originName, true);
      const initialize = lookup.sdkByKey('INITIALIZE_FAILED');
      return device
        ? { ...v5, entry: device, related: [initialize, ...messages] }
        : { ...v5, entry: initialize, related: messages };
    }
    if (code === 5400) {
      const server = extraCode === undefined ? undefined : lookup.serverByCode(extraCode);
      const call =
        V5_SERVER_CALLS.get(facts.functionName ?? '') ?? (server ? 'JOIN_ROOM_FAILED' : 'UNKOWN');
      return { ...v5, entry: lookup.sdkByKey(call), related: [server, ...messages] };
    }
    // OPERATION_FAILED and anything newer: the message says more than the code.
    const [first, ...rest] = messages;
    const ice = /\bice\b/i.test(message) ? lookup.sdkByKey('ICE_TRANSPORT_ERROR') : undefined;
    return { ...v5, entry: first ?? ice ?? lookup.sdkByKey('UNKOWN'), related: rest };
  }

  function fromObject(input: object): Finding {
    const facts = readFacts(input);
    return { errorName: facts.name, ...fromFacts(input, facts) };
  }

  function fromFacts(input: object, facts: ErrorFacts): Finding {
    if (facts.sdkVersion === 'v4') return fromV4(facts);
    if (facts.sdkVersion === 'v5') return fromV5(facts);
    const found = fromPayload(input, facts);
    if (found) return found;
    const named = browser(facts.name);
    if (named) return { entry: named, message: facts.message };
    if (facts.code !== undefined && lookup.sdkByCode(facts.code)) return fromV4(facts);
    if (facts.code !== undefined && lookup.serverByCode(facts.code)) {
      return { entry: lookup.serverByCode(facts.code), code: facts.code, message: facts.message };
    }
    if (facts.message) return fromMessage(facts.message, facts);
    return { message: facts.message };
  }

  /** Event payloads that are not errors: `client-banned` / `kicked-out`, v5 `autoplay-failed`. */
  function fromPayload(input: object, facts: ErrorFacts): Finding | undefined {
    if (
      typeof readProp(input, 'resume') === 'function' &&
      readProp(input, 'mediaType') !== undefined
    ) {
      return { entry: lookup.sdkByKey('PLAY_NOT_ALLOWED'), sdkVersion: 'v5' };
    }
    // `reason` alone is ambiguous (player-state-changed has one too): that event has a `state`.
    if (facts.reason === undefined || facts.name !== undefined || facts.code !== undefined) return;
    if (readProp(input, 'state') !== undefined) return;
    const reason = BANNED_REASONS.get(facts.reason);
    const entry =
      (reason ? lookup.byId(`sdk:CLIENT_BANNED/${reason}`) : undefined) ??
      lookup.sdkByKey('CLIENT_BANNED');
    return {
      entry,
      code: entry?.code,
      hex: entry?.code === undefined ? undefined : toHex(entry.code),
      message: facts.message,
      // Only v5 says `room_disband`; the v4 SDK rewrites it to `room-disband`.
      sdkVersion: facts.reason === 'room_disband' ? 'v5' : undefined,
    };
  }

  function fromString(raw: string): Finding {
    const text = raw.slice(0, MAX_INPUT_CHARS).trim();
    const byId =
      lookup.byId(text) ?? (text.startsWith('sdk:') ? lookup.sdkByKey(text.slice(4)) : undefined);
    if (byId)
      return byId.kind === 'sdk' && byId.code !== undefined
        ? { ...sdkCode(byId.code), entry: byId }
        : { entry: byId };
    const code = parseCodeString(text);
    if (code !== undefined) return fromNumber(code);
    if (/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(text)) {
      const sdk = lookup.sdkByKey(text);
      if (sdk)
        return sdk.code === undefined ? { entry: sdk } : { ...sdkCode(sdk.code), entry: sdk };
      const named = lookup.browserByName(text);
      if (named) return { entry: named };
    }
    return fromMessage(text);
  }

  return function resolve(input: unknown): Finding {
    switch (typeof input) {
      case 'string':
        return fromString(input);
      case 'number':
        return Number.isSafeInteger(input) ? fromNumber(input) : {};
      case 'bigint':
        return input >= -(2n ** 53n) && input <= 2n ** 53n ? fromNumber(Number(input)) : {};
      case 'object':
      case 'function':
        return input === null ? {} : fromObject(input);
      default:
        return { message: describePrimitive(input) };
    }
  };
}
