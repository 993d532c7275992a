/**
 * The join-room codes: the seed page's 9, plus the six-digit -100013 (out of credit) and -100018
 * (userSig check failed) that the server also sends. `join:<code>`.
 */
import {
  ACCOUNT,
  NONE,
  REPORT,
  entry,
  type Complete,
  type More,
  type NameOf,
  type Row,
  type WordsOf,
} from './build.js';
import { USERSIG_INVALID } from './account.js';
import { CONSOLE, JOIN_CODES, PRIVATE_MAP_KEY } from './links.js';
import type { CatalogKey } from '../lang/types.js';
import type { CatalogEntry, JoinCode } from './types.js';

const docs = [JOIN_CODES];
const credit = [CONSOLE, JOIN_CODES];
const mapKey = [PRIVATE_MAP_KEY, JOIN_CODES];
/** A temporary server error: the words of -10011. */
const SERVER_ERROR = { words: 'join:-10011' } as const satisfies More;
/** The userSig check failed: the words of the account codes. */
const USERSIG = { words: USERSIG_INVALID } as const satisfies More;

/** Every join code and its explanation (the words are the packs' `join:<code>`, or `more.words`). */
const rows = [
  // Out of credit: rejoining cannot help until the account is topped up.
  ['10006', REPORT, credit],
  ['-10011', ACCOUNT, docs], // temporary server error
  ['-10012', NONE, docs],
  ['-10013', ACCOUNT, docs, USERSIG],
  ['-10015', ACCOUNT, docs, SERVER_ERROR],
  ['-10016', ACCOUNT, docs],
  ['-10018', NONE, mapKey],
  ['-10019', ACCOUNT, mapKey],
  ['-10020', ACCOUNT, docs, SERVER_ERROR],
  ['-100013', REPORT, credit, { words: 'join:10006' }],
  ['-100018', ACCOUNT, docs, USERSIG],
] as const satisfies readonly Row[];

/** Type check only: every join code has a row. */
export type JoinCodesComplete = Complete<Exclude<`${JoinCode}`, NameOf<(typeof rows)[number]>>>;

/** Type check only: the words of every row are in the packs. */
export type JoinWordsComplete = Complete<
  Exclude<WordsOf<'join', (typeof rows)[number]>, CatalogKey>
>;

/** The join entries, `join:<code>`. */
export const joinEntries: readonly CatalogEntry[] = rows.map((row) => entry('join', row));
