/**
 * The three `client-banned` reasons (`{ reason, message }` on the client, not an RtcError), each
 * explained on its own: `sdk:CLIENT_BANNED/kick`, `/banned`, `/room-disband`, all with the key
 * `CLIENT_BANNED` and its code, so a lookup by code still finds the plain `sdk:CLIENT_BANNED`.
 */
import { NONE, WARNING, entry, type Complete, type Row, type WordsOf } from './build.js';
import { SDK_CODES } from './sdk.js';
import type { CatalogKey } from '../lang/types.js';
import type { CatalogEntry } from './types.js';

/** One row per reason (the words are the packs' `sdk:CLIENT_BANNED/<reason>`). */
const rows = [
  ['CLIENT_BANNED/kick', ['rejoin']],
  ['CLIENT_BANNED/banned', NONE, NONE, WARNING],
  ['CLIENT_BANNED/room-disband', NONE, NONE, WARNING],
] as const satisfies readonly Row[];

/** Type check only: the words of every reason are in the packs. */
export type BannedWordsComplete = Complete<
  Exclude<WordsOf<'sdk', (typeof rows)[number]>, CatalogKey>
>;

/** The `client-banned` entries. */
export const bannedEntries: readonly CatalogEntry[] = rows.map((row) =>
  entry('sdk', row, { key: 'CLIENT_BANNED', code: SDK_CODES.CLIENT_BANNED }),
);
