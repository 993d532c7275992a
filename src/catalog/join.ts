/**
 * The join-room codes: the seed page's 9, plus the six-digit -100013 (out of credit) and -100018
 * (userSig check failed) that the server also sends. `join:<code>`.
 */
import { ACCOUNT, NONE, REPORT, entry, type Complete, type NameOf, type Row } from './build.js';
import { USERSIG_INVALID } from './account.js';
import { CONSOLE, JOIN_CODES, PRIVATE_MAP_KEY } from './links.js';
import type { CatalogEntry, JoinCode } from './types.js';

const docs = [JOIN_CODES];
const credit = [CONSOLE, JOIN_CODES];
const mapKey = [PRIVATE_MAP_KEY, JOIN_CODES];

/** Every join code and its explanation (the words are in en.ts). */
const rows = [
  // Out of credit: rejoining cannot help until the account is topped up.
  ['10006', 39, REPORT, credit],
  ['-10011', 40, ACCOUNT, docs], // temporary server error
  ['-10012', 41, NONE, docs],
  ['-10013', USERSIG_INVALID, ACCOUNT, docs],
  ['-10015', 40, ACCOUNT, docs],
  ['-10016', 42, ACCOUNT, docs],
  ['-10018', 43, NONE, mapKey],
  ['-10019', 44, ACCOUNT, mapKey],
  ['-10020', 40, ACCOUNT, docs],
  ['-100013', 39, REPORT, credit],
  ['-100018', USERSIG_INVALID, ACCOUNT, docs],
] as const satisfies readonly Row[];

/** Type check only: every join code has a row. */
export type JoinCodesComplete = Complete<Exclude<`${JoinCode}`, NameOf<(typeof rows)[number]>>>;

/** The join entries, `join:<code>`. */
export const joinEntries: readonly CatalogEntry[] = rows.map((row) => entry('join', row));
