/**
 * The error catalog: every code and message of the TRTC Web SDK 4.x error page, explained in
 * Chinese and English, plus the SDK's codes beyond the page. Data only; `diagnose` builds its
 * indexes from `catalog`.
 */
import { accountEntries } from './account';
import { bannedEntries } from './banned';
import { browserEntries } from './browser';
import { joinEntries } from './join';
import { messageEntries } from './messages';
import { sdkEntries } from './sdk';
import type { CatalogEntry } from './types';

/**
 * Every entry, readonly: SDK codes (with the `client-banned` reasons), account codes, join codes,
 * browser errors and page messages. Ids are unique.
 *
 * @example
 * ```ts
 * catalog.filter((e) => e.kind === 'account').length; // 62
 * ```
 */
export const catalog: readonly CatalogEntry[] = Object.freeze([
  ...sdkEntries,
  ...bannedEntries,
  ...accountEntries,
  ...joinEntries,
  ...browserEntries,
  ...messageEntries,
]);

export { SDK_CODES } from './sdk';
export { unknownText, v5Note } from './unknown';
