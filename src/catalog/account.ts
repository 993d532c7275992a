/**
 * The account-system codes (the seed page's 62), as the server returns them behind
 * SIGNAL_CHANNEL_SETUP_FAILED and JOIN_ROOM_FAILED. Many codes share one meaning, so each meaning
 * lists its codes once; each code still has its own entry, `account:<code>`.
 */
import { ACCOUNT, REPORT, entry, type Complete } from './build.js';
import { JOIN_CODES } from './links.js';
import type { AccountCode, ActionId, CatalogEntry } from './types.js';

/** The userSig check failed: also the words of the join codes -10013 and -100018. */
export const USERSIG_INVALID = 31;

/** Each meaning: its codes (space-separated), the number of its words (en.ts), its actions. */
const meanings = [
  ['-8', 38, REPORT], // wrong sdkAppId
  ['70001 70052 70221 70347', 30, ACCOUNT], // userSig expired
  [
    '70002 70003 70004 70005 70006 70007 70008 70010 70018 70019 70214 70236 70346',
    USERSIG_INVALID,
    ACCOUNT,
  ],
  ['70009 70013 70014', 32, ACCOUNT], // userSig for another user, app or key
  ['70015 70016 70020 70102 70106 70140 70145 70204', 33, REPORT], // app setup
  [
    '70017 70169 70201 70202 70203 70205 70207 70208 70209 70212 70213 70222 70225 70231 70308 70348 70362 70401',
    34,
    ACCOUNT,
  ], // account service error
  ['70050', 35, ACCOUNT], // locked after failures
  ['70051 70114 70115 70210 70211 70403', 36, REPORT], // not permitted
  ['70101 70103 70104 70105 70107 70113 70206 70402', 37, REPORT], // invalid request
] as const satisfies readonly (readonly [
  codes: string,
  text: number,
  actions: readonly ActionId[],
])[];

/** The codes of a space-separated list, as a union. */
type Codes<S> = S extends `${infer Head} ${infer Tail}` ? Head | Codes<Tail> : S;

/** Type check only: every account code has a meaning. */
export type AccountCodesComplete = Complete<
  Exclude<`${AccountCode}`, Codes<(typeof meanings)[number][0]>>
>;

const docs = [JOIN_CODES];

/** The account entries, `account:<code>`, in code order. */
export const accountEntries: readonly CatalogEntry[] = meanings
  .flatMap(([codes, text, actions]) =>
    codes.split(' ').map((code) => entry('account', [code, text, actions, docs])),
  )
  .sort((a, b) => (a.code ?? 0) - (b.code ?? 0));
