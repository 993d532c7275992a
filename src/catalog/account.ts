/**
 * The account-system codes (the seed page's 62), as the server returns them behind
 * SIGNAL_CHANNEL_SETUP_FAILED and JOIN_ROOM_FAILED. Many codes share one meaning, so each meaning
 * lists its codes once; each code still has its own entry, `account:<code>`, worded by the words
 * of its meaning's first code (`account:70001` for every expired userSig).
 */
import { ACCOUNT, REPORT, entry, type Complete } from './build.js';
import { JOIN_CODES } from './links.js';
import type { CatalogKey } from '../lang/types.js';
import type { AccountCode, ActionId, CatalogEntry } from './types.js';

/** The userSig check failed: also the words of the join codes -10013 and -100018. */
export const USERSIG_INVALID = 'account:70002' satisfies CatalogKey;

/** Each meaning: its codes (space-separated; the first names the words), its actions. */
const meanings = [
  ['-8', REPORT], // wrong sdkAppId
  ['70001 70052 70221 70347', ACCOUNT], // userSig expired
  // userSig check failed
  ['70002 70003 70004 70005 70006 70007 70008 70010 70018 70019 70214 70236 70346', ACCOUNT],
  ['70009 70013 70014', ACCOUNT], // userSig for another user, app or key
  ['70015 70016 70020 70102 70106 70140 70145 70204', REPORT], // app setup
  [
    '70017 70169 70201 70202 70203 70205 70207 70208 70209 70212 70213 70222 70225 70231 70308 70348 70362 70401',
    ACCOUNT,
  ], // account service error
  ['70050', ACCOUNT], // locked after failures
  ['70051 70114 70115 70210 70211 70403', REPORT], // not permitted
  ['70101 70103 70104 70105 70107 70113 70206 70402', REPORT], // invalid request
] as const satisfies readonly (readonly [codes: string, actions: readonly ActionId[]])[];

/** The codes of a space-separated list, as a union. */
type Codes<S> = S extends `${infer Head} ${infer Tail}` ? Head | Codes<Tail> : S;

/** The first code of a space-separated list. */
type First<S> = S extends `${infer Head} ${string}` ? Head : S;

/** Type check only: every account code has a meaning. */
export type AccountCodesComplete = Complete<
  Exclude<`${AccountCode}`, Codes<(typeof meanings)[number][0]>>
>;

/** Type check only: the words of every meaning are in the packs. */
export type AccountWordsComplete = Complete<
  Exclude<`account:${First<(typeof meanings)[number][0]>}`, CatalogKey>
>;

const docs = [JOIN_CODES];

/** The account entries, `account:<code>`, in code order. */
export const accountEntries: readonly CatalogEntry[] = meanings
  .flatMap(([codes, actions]) => {
    const words = `account:${codes.split(' ')[0]}` as CatalogKey;
    return codes.split(' ').map((code) => entry('account', [code, actions, docs, { words }]));
  })
  .sort((a, b) => (a.code ?? 0) - (b.code ?? 0));
