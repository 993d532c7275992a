/**
 * The three `client-banned` reasons (`{ reason, message }` on the client, not an RtcError), each
 * explained on its own: `sdk:CLIENT_BANNED/kick`, `/banned`, `/room-disband`, all with the key
 * `CLIENT_BANNED` and its code, so a lookup by code still finds the plain `sdk:CLIENT_BANNED`.
 */
import { NONE, WARNING, entry, type Row } from './build.js';
import { SDK_CODES } from './sdk.js';
import type { CatalogEntry } from './types.js';

/** One row per reason (the words are in en.ts). */
const rows: readonly Row[] = [
  ['CLIENT_BANNED/kick', 27, ['rejoin']],
  ['CLIENT_BANNED/banned', 28, NONE, NONE, WARNING],
  ['CLIENT_BANNED/room-disband', 29, NONE, NONE, WARNING],
];

/** The `client-banned` entries. */
export const bannedEntries: readonly CatalogEntry[] = rows.map((row) =>
  entry('sdk', row, { key: 'CLIENT_BANNED', code: SDK_CODES.CLIENT_BANNED }),
);
