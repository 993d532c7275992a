/**
 * The public `catalog` and `diagnose`: both languages at once, synchronously, so every pack is
 * added (`useAllPacks()`). The engine diagnoses without packs through `src/core/diagnose.ts`
 * and loads a language with `loadPack(lang)` (`src/lang/registry.ts`).
 */
import { diagnose as diagnoseWithLoadedPacks } from '../core/diagnose.js';
import type { DiagnoseOptions, Diagnosis } from '../core/types.js';
import { useAllPacks } from '../lang/all.js';
import { catalog as entries } from './index.js';
import type { CatalogEntry } from './types.js';

useAllPacks();

/**
 * Every entry, readonly, worded in both languages: SDK codes (with the `client-banned` reasons),
 * account codes, join codes, browser errors, page messages and the v5 SDK's codes and events
 * (`v5:5302`). Ids are unique.
 *
 * @example
 * ```ts
 * catalog.filter((e) => e.kind === 'account').length; // 62
 * ```
 */
export const catalog: readonly CatalogEntry[] = entries;

/**
 * Explains anything the TRTC Web SDK (or the browser) throws: a v4 RtcError, a v5 error, a
 * DOMException or Error, a `client-banned` payload, a code (`16451`, `'0x4043'`, `'-10013'`), a
 * key (`'PLAY_NOT_ALLOWED'`), an id (`'account:70001'`) or a message. Pure; never throws: what it
 * cannot place gives `kind: 'unknown'` with the original message (redacted) and generic next steps.
 *
 * - A server code (`getExtraCode()`, or `code:`/`errorCode:` in the message) leads: JOIN_ROOM_FAILED
 *   with 70001 is `account:70001` (the userSig), keeps `code` 16388, `hex` `0x4004` and
 *   `extraCode` 70001, and puts `sdk:JOIN_ROOM_FAILED` in `related`.
 * - A NotAllowedError from `play()`/`resume()` (`options.operation`) or speaking of playback is
 *   blocked playback (`sdk:PLAY_NOT_ALLOWED`); an OverconstrainedError names its `constraint`
 *   and leads with its variant (`browser:OverconstrainedError/resolution`).
 * - INITIALIZE_FAILED with a browser name leads with the browser's guidance
 *   (`browser:NotAllowedError`), keeps `code` 4100 and `hex` `0x1004`, and puts
 *   `sdk:INITIALIZE_FAILED` in `related`.
 * - v5 errors lead with the most specific cause (`v5:5302`, `account:70001` behind a 5400, or
 *   `sdk:SCHEDULE_FAILED` from the internal error of an offline `enterRoom`), keep the v5 entry
 *   of their code (`v5:5300`) in `related`, their own `code` and `extraCode`, `sdkVersion: 'v5'`.
 *
 * @param input what was thrown, emitted or typed in.
 * @param options `lang`: `zh` or `en`; default the browser's language, en without a browser.
 *   `operation`: the call that failed, when known (`'play'`, `'initialize'`).
 * @example
 * ```ts
 * try {
 *   await client.join({ roomId });
 * } catch (error) {
 *   const d = diagnose(error, { lang: 'en' });
 *   console.warn(d.title, d.related[0]?.title, d.fix);
 * }
 * diagnose('0x4043').id; // 'sdk:PLAY_NOT_ALLOWED'
 * ```
 */
export function diagnose(input: unknown, options?: DiagnoseOptions): Diagnosis {
  useAllPacks();
  return diagnoseWithLoadedPacks(input, options);
}
