/**
 * The severity of a recorded error before the catalog is there: what the always-loaded launcher
 * colours its badge by (the worst of what is recorded). Most entries are errors; this module
 * knows the few the catalog calls a warning or information, by code and by the shapes that lead
 * to them, so the colour before the load is the colour after it. test/core/quick-severity.test.ts
 * holds it to the catalog's diagnosis of every real error fixture and every coded entry.
 */
import { callMethod, field, str } from './guard.js';
import type { Severity } from '../catalog/types.js';

/**
 * Codes whose entry is not an error: 4.x PLAY_NOT_ALLOWED (0x4043), REMOTE_STREAM_NOT_EXIST
 * (0x4010) and API_CALL_ABORTED (0x404d); v5 extra codes 5020, 5102-5104, 5206 and 5503, and
 * OPERATION_ABORT (5998).
 */
const NOT_ERRORS: Readonly<Record<number, Severity>> = {
  16451: 'warning',
  16400: 'info',
  16461: 'info',
  5020: 'warning',
  5102: 'warning',
  5103: 'warning',
  5104: 'warning',
  5206: 'warning',
  5503: 'warning',
  5998: 'info',
};

/** Messages the catalog calls a warning: a publish while one is under way, a second publish. */
const WARNING_TEXT = /previous publish|duplicate (?:local |auxiliary )?(?:stream )?publishing/i;

/**
 * Whether a NotAllowedError is blocked playback (the browser's autoplay policy), not a refused
 * camera: it came from `play()` or `resume()`, or its text speaks of playback (Chrome's "play()
 * failed because the user didn't interact with the document first" and "... initiated by a user
 * gesture", Firefox's "The play method is not allowed"). Safari says the same as for a denied
 * camera: only the call tells. The diagnosis reads it too (resolve.ts).
 */
export const isBlockedPlay = (operation: string | undefined, text: string): boolean =>
  /^(?:play|resume)$/.test(operation ?? '') ||
  /\b(?:auto)?play\b|\binteract|\buser gesture\b/i.test(text);

/** The worst first: the order the launchers and the problem list rank by (store.ts). */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * How severe `error` (captured during `operation`) will be diagnosed, read cheaply: never throws,
 * `error` for anything it does not know. `inner`: `error` is an origin error being read.
 */
export function quickSeverity(error: unknown, operation?: string, inner = false): Severity {
  // The v5 autoplay-dialog notice is captured as its id; a code may come as a number or in hex.
  if (typeof error === 'string' && error.startsWith('v5:')) return 'info';
  if (typeof error === 'number' || /^0x[\da-f]{4}$/i.test(str(error) ?? '')) {
    return NOT_ERRORS[Number(error)] ?? 'error';
  }
  const code = field(error, 'code');
  const name = str(field(error, 'name'));
  const message = str(field(error, 'message')) ?? '';
  const reason = str(field(error, 'reason'));
  const media = field(error, 'mediaType');
  let known: number | undefined;
  if (typeof field(error, 'getCode') === 'function') {
    known = Number(callMethod(error, 'getCode'));
  } else if (typeof code === 'number' && code >= 5000 && code <= 5999) {
    // The SDK's internal error behind it may lead (a blocked play() inside a v5 call); one level
    // deep, as the diagnosis reads it (an error that is its own origin is read once).
    const origin = inner ? undefined : field(error, 'originError');
    const behind = origin
      ? quickSeverity(origin, str(field(error, 'functionName')), true)
      : 'error';
    if (behind !== 'error') return behind;
    known = Number(field(error, 'extraCode') ?? code);
    if (!(known in NOT_ERRORS)) known = code;
  } else if (field(error, 'state') === undefined) {
    // Event payloads: autoplay-failed (a media type), kicked-out and client-banned (a reason).
    if (typeof field(error, 'resume') === 'function' && media !== undefined) return 'warning';
    if (code === undefined && name === undefined) {
      if (
        /^(?:audio|video|screen)$/.test(str(media) ?? '') ||
        /^(?:banned|room[-_]disband)$/.test(reason ?? '')
      ) {
        return 'warning';
      }
    }
  }
  if (known !== undefined) return NOT_ERRORS[known] ?? 'error';
  if (name === 'NotAllowedError' && isBlockedPlay(operation, message)) return 'warning';
  return WARNING_TEXT.test(message) ? 'warning' : 'error';
}
