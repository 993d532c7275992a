/**
 * The error catalog: every code and message of the TRTC Web SDK 4.x error page, explained in
 * Chinese and English, plus the SDK's codes beyond the page. Data only; `diagnose` builds its
 * indexes from `catalog`.
 */
import { accountEntries } from './account.js';
import { bannedEntries } from './banned.js';
import { browserEntries } from './browser.js';
import { joinEntries } from './join.js';
import { messageEntries } from './messages.js';
import { noticeEntries } from './notices.js';
import { sdkEntries } from './sdk.js';
import type { CatalogEntry } from './types.js';
import { v5Entries } from './v5.js';

/**
 * Every entry, readonly: SDK codes (with the `client-banned` reasons), account codes, join codes,
 * browser errors, page messages and the v5 SDK's codes and events (`v5:5302`). Ids are unique.
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
  ...v5Entries,
  ...noticeEntries,
]);

export { SDK_CODES } from './sdk.js';
export { unknownText, v5Note } from './unknown.js';
