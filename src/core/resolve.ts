/**
 * Reading an input into a finding: which catalog entries explain it (the first one found leads,
 * the others become `related`), and the facts of this occurrence (codes, message, name, SDK
 * generation). The rules for each input shape live here; `diagnose.ts` turns a finding into a
 * diagnosis.
 */
import type { CatalogEntry } from '../catalog/types.js';
import { field } from './guard.js';
import type { Lookup } from './lookup.js';
import { isBlockedPlay } from './quick-severity.js';
import {
  MAX_INPUT_CHARS,
  parseCodeString,
  parseConstraint,
  parseExtraCode,
  parseTag,
  readFacts,
  toHex,
  type ErrorFacts,
} from './parse.js';
import { createV5Rules } from './resolve-v5.js';

/** What resolving an input found, before it becomes a diagnosis in one language. */
export interface Finding {
  /** The first entry found leads the diagnosis; the rest are related. Gaps are skipped. */
  entries?: readonly (CatalogEntry | undefined)[];
  code?: number;
  /** Set where the code is an SDK code whatever the entry (INITIALIZE_FAILED's browser entry keeps 0x1004). */
  hex?: string;
  extraCode?: number;
  message?: string;
  errorName?: string;
  sdkVersion?: 'v4' | 'v5';
  /** OverconstrainedError: the constraint no device meets. */
  constraint?: string;
}

/** Too generic to mean "a device problem" unless the SDK says so (INITIALIZE_FAILED, v5). */
const isGenericName = (name = ''): boolean => /^typeerror$/i.test(name);

/** OverconstrainedError: each constraint's variant (`browser:OverconstrainedError/<variant>`). */
const CONSTRAINT_VARIANT = new Map(
  Object.entries({
    deviceId: 'deviceId',
    groupId: 'deviceId',
    width: 'resolution',
    height: 'resolution',
    aspectRatio: 'resolution',
    resizeMode: 'resolution',
    frameRate: 'frameRate',
    facingMode: 'facingMode',
    sampleRate: 'audio',
    sampleSize: 'audio',
    channelCount: 'audio',
    latency: 'audio',
  }),
);

/**
 * Makes the function that reads an input into a finding, over a lookup (the catalog or a fixture).
 * `operation` is the call that failed, when the caller knows it (`play`, `join`).
 */
export function createResolver({
  id,
  find,
  matches,
}: Lookup): (input: unknown, operation?: string) => Finding {
  const sdk = (key: string | number | undefined) => find('sdk', key);
  const server = (code: number | undefined) => find('account', code) ?? find('join', code);
  /** A browser entry by error name; TypeError counts only in a device context. */
  const browser = (name: string | undefined, device?: boolean) =>
    device || !isGenericName(name) ? find('browser', name) : undefined;

  /** A message on its own: the SDK's tag, then the common-error texts, then a browser name. */
  function fromMessage(message: string, facts?: ErrorFacts): Finding {
    const tagged = parseTag(message);
    // Only the v4 SDK writes this tag, so a tagged text is a v4 error even without getCode().
    if (tagged !== undefined) return fromV4({ ...facts, code: tagged, message, sdkVersion: 'v4' });
    const found = matches('message', message);
    const named = (): CatalogEntry | undefined =>
      matches('browser', message).find((e) => !isGenericName(e.key));
    return { entries: found[0] ? found : [named()], message, code: facts?.code };
  }

  /** A v4 RtcError (or anything carrying a v4 code or tag). */
  function fromV4(facts: ErrorFacts): Finding {
    const message = facts.message ?? '';
    const code = facts.code ?? parseTag(message);
    const extraCode = facts.extraCode ?? parseExtraCode(message);
    const main = sdk(code);
    const initialize = main?.id === 'sdk:INITIALIZE_FAILED';
    const named = browser(facts.name, initialize);
    // A generic or missing name (TypeError, RtcError): the browser's text may still say it all.
    const spoken = (): CatalogEntry | undefined =>
      named && !isGenericName(named.key)
        ? named
        : (matches('browser', message).find((e) => !isGenericName(e.key)) ?? named);
    const behind = server(extraCode);
    return {
      // INITIALIZE_FAILED carries the browser's name, and a server code (JOIN_ROOM_FAILED,
      // SIGNAL_CHANNEL_SETUP_FAILED) names the server's reason: that guidance is the useful one,
      // and the SDK entry stays one step behind it.
      entries: [
        initialize ? spoken() : behind,
        main,
        behind,
        named,
        ...matches('message', message),
      ],
      code,
      hex: toHex(code),
      extraCode,
      message: facts.message,
      sdkVersion: facts.sdkVersion,
    };
  }

  const v5 = createV5Rules({ id, matches, sdk, server, browser });

  function fromObject(input: object): Finding {
    const facts = readFacts(input);
    return { errorName: facts.name, constraint: facts.constraint, ...fromFacts(input, facts) };
  }

  function fromFacts(input: object, facts: ErrorFacts): Finding {
    const { code, message, name, reason } = facts;
    if (facts.sdkVersion === 'v4') return fromV4(facts);
    if (facts.sdkVersion === 'v5') return v5.error(facts);
    // Event payloads that are not errors: v5 `autoplay-failed` and `kicked-out`, then v4's
    // `client-banned`.
    const event = v5.event(input, facts);
    if (event) return event;
    // `reason` alone is ambiguous (player-state-changed has one too): that event has a `state`.
    if (
      reason !== undefined &&
      name === undefined &&
      code === undefined &&
      field(input, 'state') === undefined
    ) {
      // v4 says `room-disband`, v5 `room_disband`.
      const variant = id(`sdk:CLIENT_BANNED/${reason.replace('_', '-')}`);
      return {
        entries: [variant ?? sdk('CLIENT_BANNED')],
        message,
        sdkVersion: reason === 'room_disband' ? 'v5' : undefined,
      };
    }
    const named = browser(name);
    if (named) return { entries: [named], message };
    if (sdk(code)) return fromV4(facts);
    if (server(code)) return { entries: [server(code)], code, message };
    return message ? fromMessage(message, facts) : {};
  }

  /** A bare code reads like an error that has nothing but that code, and keeps it when unknown. */
  const fromCode = (code: number): Finding => ({ code, ...fromObject({ code }) });

  function fromString(raw: string): Finding {
    const text = raw.slice(0, MAX_INPUT_CHARS).trim();
    // `sdk:KEY` finds a key or alias in any case; a bare word is a key or a browser name.
    const [, prefix, key] = /^(sdk:)?([A-Za-z]\w{0,63})$/.exec(text) ?? [];
    const entry = id(text) ?? sdk(key) ?? (prefix ? undefined : browser(key, true));
    if (entry) return { entries: [entry] };
    const code = parseCodeString(text);
    return code === undefined ? fromMessage(text) : fromCode(code);
  }

  /**
   * The last word on what leads, from facts the entry alone cannot tell: a NotAllowedError from
   * `play()`/`resume()` (or speaking of playback) is blocked playback, not a refused camera; an
   * OverconstrainedError leads with the variant of its constraint, and names it.
   */
  function sharpen(finding: Finding, operation: string | undefined): Finding {
    const entries = finding.entries ?? [];
    const at = entries.findIndex(Boolean);
    const lead = entries[at];
    const rest = entries.slice(at + 1);
    const text = finding.message ?? '';
    if (lead?.id === 'browser:NotAllowedError' && isBlockedPlay(operation, text)) {
      const blocked = sdk('PLAY_NOT_ALLOWED');
      return { ...finding, entries: [blocked, ...rest.filter((e) => e !== lead)] };
    }
    if (lead?.id !== 'browser:OverconstrainedError') return { ...finding, constraint: undefined };
    const constraint = finding.constraint ?? parseConstraint(text);
    const variant = CONSTRAINT_VARIANT.get(constraint ?? '');
    const sharper = variant && id(`browser:OverconstrainedError/${variant}`);
    return { ...finding, constraint, entries: [sharper || lead, ...rest] };
  }

  function read(input: unknown): Finding {
    if (input && (typeof input === 'object' || typeof input === 'function')) {
      return fromObject(input);
    }
    // A number, bigint or boolean reads as its text: a code, or (unknown) the message kept.
    return input == null || typeof input === 'symbol' ? {} : fromString(String(input));
  }

  return (input, operation) => sharpen(read(input), operation);
}
