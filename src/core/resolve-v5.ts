/**
 * The v5 rules of resolving (`trtc-sdk-v5`): an RtcError leads with the most specific entry its
 * facts name, and the v5 entry of its code stays behind it; the `kicked-out` and
 * `autoplay-failed` payloads get their own v5 entries. `resolve.ts` hands the facts over.
 */
import type { CatalogEntry } from '../catalog/types.js';
import { v5TopCode } from '../catalog/v5.js';
import { field } from './guard.js';
import type { Lookup } from './lookup.js';
import { parseTag, toHex, type ErrorFacts } from './parse.js';
import type { Finding } from './resolve.js';

/** What the v5 rules need from the resolver: its lookup and its readers of v4 entries. */
export interface V5Context extends Pick<Lookup, 'id' | 'matches'> {
  /** A v4 SDK entry by code or key (an originError's `getCode()` or tag). */
  sdk(key: string | number | undefined): CatalogEntry | undefined;
  /** An account or join entry by server code (5400's `extraCode`). */
  server(code: number | undefined): CatalogEntry | undefined;
  /** A browser entry by error name; TypeError only in a device context. */
  browser(name: string | undefined, device?: boolean): CatalogEntry | undefined;
}

/** DEVICE_ERROR's extra codes 5301-5307: the browser errors they stand for ('' = none). */
const DEVICE_NAMES = [
  'NotFoundError',
  'NotAllowedError',
  'NotReadableError',
  'OverconstrainedError',
  '',
  'SecurityError',
  'AbortError',
];

/** The media types of an `autoplay-failed` payload. */
const MEDIA_TYPES = new Set(['audio', 'video', 'screen']);

/** The `kicked-out` reasons (v5 spells `room_disband` with an underscore). */
const KICKED_REASONS = new Set(['kick', 'banned', 'room_disband']);

/** Makes the v5 rules over a resolver's context. */
export function createV5Rules({ id, matches, sdk, server, browser }: V5Context): {
  /** A v5 RtcError (or a plain object shaped like one). */
  error(facts: ErrorFacts): Finding;
  /** A v5 event payload that is no error (`kicked-out`, `autoplay-failed`), else `undefined`. */
  event(input: object, facts: ErrorFacts): Finding | undefined;
} {
  return {
    error(facts) {
      const { code = 5999, extraCode, message = '' } = facts;
      const device = code === 5300;
      // An unknown code of the v5 range reads as UNKNOWN_ERROR.
      const top = id(`v5:${code}`) ?? id('v5:5999');
      // An extra code counts only under its own top-level code (5302 under 5300).
      const extra =
        extraCode !== undefined && extraCode !== code && v5TopCode(extraCode) === code
          ? id(`v5:${extraCode}`)
          : undefined;
      const behind = code === 5400 ? server(extraCode) : undefined;
      // The SDK's internal 4.x-style error often holds the real cause (SCHEDULE_FAILED behind an
      // offline enterRoom): its getCode(), or the `<KEY 0xhex>` tag of its message or ours.
      const originCode =
        facts.originCode ?? parseTag(facts.originMessage ?? '') ?? parseTag(message);
      const fromOrigin = sdk(originCode);
      const origin = fromOrigin?.key === 'UNKOWN' ? undefined : fromOrigin;
      const named =
        browser(facts.originName, device) ??
        (device ? browser(DEVICE_NAMES[(extraCode ?? 0) - 5301], true) : undefined);
      const found = matches('message', message);
      const ice =
        code === 5500 && /\bice\b/i.test(message) ? sdk('ICE_TRANSPORT_ERROR') : undefined;
      // The most specific cause leads: the SDK's extra code, the server's code, the browser's
      // error, the internal error, the message; the v5 entry of the code stays right behind.
      const lead =
        extra ?? behind ?? (device ? named : undefined) ?? origin ?? found[0] ?? ice ?? top;
      return {
        // The internal error's 4.x words (`initialize()`...) only where no v5 extra code speaks.
        entries: [lead, top, behind, named, extra ? undefined : origin, ...found],
        code,
        // A hex only where the lead is the internal 4.x error's own code.
        hex: lead === origin ? toHex(originCode) : undefined,
        extraCode,
        message: facts.message,
        sdkVersion: 'v5',
      };
    },

    event(input, { code, name, message, reason }) {
      if (code !== undefined || name !== undefined) {
        // An Error carrying `resume()` and a media type is still an autoplay payload.
        return typeof field(input, 'resume') === 'function' &&
          field(input, 'mediaType') !== undefined
          ? { entries: [id('v5:autoplay-failed')], sdkVersion: 'v5' }
          : undefined;
      }
      // `player-state-changed` / `publish-state-changed` have a `state`: not these events.
      if (field(input, 'state') !== undefined) return undefined;
      const media = field(input, 'mediaType');
      const resumable = typeof field(input, 'resume') === 'function';
      // Below 5.9 the payload has no resume(); below 5.1.3 not even the userId.
      if (resumable ? media !== undefined : typeof media === 'string' && MEDIA_TYPES.has(media)) {
        const entry = id(resumable ? 'v5:autoplay-failed' : 'v5:autoplay-failed/no-resume');
        return { entries: [entry], sdkVersion: 'v5' };
      }
      // v4's `client-banned` carries a message (and spells `room-disband`); v5's has the reason only.
      return message === undefined && KICKED_REASONS.has(reason ?? '')
        ? { entries: [id(`v5:kicked-out/${reason}`)], sdkVersion: 'v5' }
        : undefined;
    },
  };
}
