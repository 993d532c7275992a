/**
 * `trtc-doctor/diagnose`: `diagnose` and `catalog` with the English words only, for tools and
 * servers that explain errors without the panel: no panel strings, no actions, no other language.
 *
 * @example
 * ```ts
 * import { diagnose } from 'trtc-doctor/diagnose';
 * diagnose('0x4043').id; // 'sdk:PLAY_NOT_ALLOWED'
 * ```
 */
import { catalog as entries } from '../../catalog/index.js';
import { diagnoseIn } from '../../catalog/single.js';
import type { CatalogEntry } from '../../catalog/types.js';
import { part as base } from './base.js';
import { part as browser } from './browser.js';
import { part as sdk } from './sdk.js';
import { part as server } from './server.js';
import { part as v5Calls } from './v5-calls.js';
import { part as v5Devices } from './v5-devices.js';
import { part as v5Env } from './v5-env.js';
import { part as v5Network } from './v5-network.js';

/**
 * Explains anything the TRTC Web SDK (or the browser) throws, as `diagnose` of `trtc-doctor`
 * does, always in English (`lang` is en whatever the options say). Pure; never throws.
 *
 * @param input what was thrown, emitted or typed in.
 * @param options `operation`: the call that failed, when known (`'play'`, `'initialize'`).
 */
export const diagnose = diagnoseIn('en', {
  base,
  sdk,
  server,
  browser,
  'v5-calls': v5Calls,
  'v5-env': v5Env,
  'v5-devices': v5Devices,
  'v5-network': v5Network,
});

/** Every entry, readonly, worded in English. */
export const catalog: readonly CatalogEntry[] = entries;
