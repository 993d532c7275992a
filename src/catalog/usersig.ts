/**
 * The words of the userSig inspector: the warnings before a join (a userSig that is expired,
 * about to expire, or made for another user or app) and the decoded facts a card shows. Each
 * warning is `title|cause|fix`; `{name}` placeholders are filled by core. The words themselves
 * are in the language packs (`src/lang/`); this module holds their type and the reader.
 */
import { readPart } from '../lang/registry.js';
import type { Lang } from './types.js';

/** Why a string is not a TLS v2 userSig. */
export type UserSigReason = 'not-base64' | 'not-zlib' | 'not-json' | 'not-tls-v2' | 'truncated';

/** What the inspector writes, in one language. */
export interface UserSigWords {
  /** The pre-join warnings, `title|cause|fix`. */
  readonly expired: string;
  readonly 'expires-soon': string;
  readonly 'wrong-user': string;
  readonly 'wrong-app': string;
  /** The facts, one sentence each. */
  readonly issued: string;
  readonly expiredAt: string;
  readonly expiresAt: string;
  readonly madeFor: string;
  readonly madeForApp: string;
  readonly invalid: string;
  /** Why it is not a TLS v2 signature. */
  readonly reasons: Readonly<Record<UserSigReason, string>>;
  /** The label of USERSIG_DOC. */
  readonly doc: string;
  /** Units: `{n} s`, `{n} min`, `{n} h`, `{n} d`. */
  readonly units: readonly [s: string, min: string, h: string, d: string];
}

/** Tencent's page on generating and using a userSig. */
export const USERSIG_DOC = 'https://cloud.tencent.com/document/product/647/17275';

/** What the inspector writes when no pack is loaded at all: empty texts. */
const NO_WORDS: UserSigWords = Object.freeze({
  expired: '',
  'expires-soon': '',
  'wrong-user': '',
  'wrong-app': '',
  issued: '',
  expiredAt: '',
  expiresAt: '',
  madeFor: '',
  madeForApp: '',
  invalid: '',
  reasons: Object.freeze({
    'not-base64': '',
    'not-zlib': '',
    'not-json': '',
    'not-tls-v2': '',
    truncated: '',
  }),
  doc: '',
  units: Object.freeze(['', '', '', '']) as UserSigWords['units'],
});

/**
 * The inspector's words in `lang`: its part, else a loaded language's (English first), else empty
 * texts. The words live in the server part (`src/lang/<lang>/server.ts`).
 */
export const userSigWords = (lang: Lang): UserSigWords =>
  readPart(lang, 'server', (part) => part.usersig) ?? NO_WORDS;
