/**
 * The catalog's tiny builder. The words live apart from the tables, one string per language
 * (`en.ts`, `zh.ts`): a run of one script compresses better than English and Chinese interleaved,
 * and a language is split into records only when something first reads it. The tables hold only
 * what differs between entries (name, words, actions, links); `entry` adds ids, kinds and
 * defaults, so no key or default repeats per entry. Pure; it imports nothing but types and words.
 */
import { EN } from './en.js';
import type {
  ActionId,
  CatalogEntry,
  DocLink,
  EntryKind,
  EntryText,
  GuideId,
  Lang,
  Severity,
} from './types.js';
import { ZH } from './zh.js';

/** The words of an entry in both languages. Codes that mean the same share one object. */
export type Texts = Readonly<Record<Lang, EntryText>>;

const WORDS: Readonly<Record<Lang, string>> = { zh: ZH, en: EN };

/** Each language's records (split at `\n`), each record's fields (split at `|`), made once. */
const records: Partial<Record<Lang, readonly string[][]>> = {};

/**
 * Something worded in both languages, from record `n` of the words: each language is split and
 * `make` runs only on first read, then the result is kept (frozen, shared by every reader).
 */
function localised<T>(
  n: number,
  make: (fields: readonly string[]) => T,
): Readonly<Record<Lang, T>> {
  const made: Partial<Record<Lang, T>> = {};
  const get = (lang: Lang): T =>
    (made[lang] ??= make(
      (records[lang] ??= WORDS[lang].split('\n').map((record) => record.split('|')))[n] ?? [],
    ));
  return Object.freeze({
    get zh() {
      return get('zh');
    },
    get en() {
      return get('en');
    },
  });
}

/** The words record `n` holds: `title|cause|fix step^fix step|hint` (the hint is optional). */
function toText([title = '', cause = '', fix = '', hint]: readonly string[]): EntryText {
  // `hint` is left out rather than set to undefined, so entries serialise cleanly.
  return Object.freeze({ title, cause, fix: Object.freeze(fix.split('^')), ...(hint && { hint }) });
}

const textCache: Texts[] = [];

/** The entry words of record `n`; the same object for every entry that names `n`. */
export function words(n: number): Texts {
  return (textCache[n] ??= localised(n, toText));
}

/** A one-line text in both languages: the first field of record `n`. */
export function line(n: number): Readonly<Record<Lang, string>> {
  return localised(n, ([text = '']) => text);
}

/** An official link; its label is record `n` of the words. Only `https:` URLs. */
export function link(url: string, n: number): DocLink {
  return Object.freeze({ url, label: line(n) });
}

/** What a row states beyond its name, words, actions and links. Default severity: `error`. */
export interface More {
  readonly severity?: Severity;
  readonly guide?: GuideId;
}

/**
 * One entry of a table: its name (SDK key, server code, error name or page message, then `|` and
 * each alias: other spellings that mean it), the number of its words record, then only what it
 * has: actions, links, severity and guide.
 */
export type Row = readonly [
  names: string,
  text: number,
  actions?: readonly ActionId[],
  docs?: readonly DocLink[],
  more?: More,
];

/** The name a row gives (its first name, before any `|alias`), from the row's literal type. */
export type NameOf<R> = R extends readonly [infer N extends string, ...unknown[]]
  ? N extends `${infer K}|${string}`
    ? K
    : N
  : never;

/**
 * Compiles only when `Missing` is `never`: a table states `Complete<Exclude<Key, NameOf<...>>>`,
 * so a key of the contract's union without a row fails the type check, naming the key.
 */
export type Complete<Missing extends never> = Missing;

/** Shared by every entry without actions or links. */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * The entry `kind:name` of a row. `account` and `join` names are codes (no `key`); other names are
 * the `key`, unless `extra` gives one (`sdk:CLIENT_BANNED/kick` has the key `CLIENT_BANNED`,
 * `browser:OverconstrainedError/resolution` the key `OverconstrainedError`).
 * `extra.code` is the SDK's `getCode()` value of an `sdk` entry.
 */
export function entry(
  kind: EntryKind,
  [names, text, actions = NONE, docs = NONE, more]: Row,
  extra?: { readonly key?: string; readonly code?: number },
): CatalogEntry {
  const [name = '', ...aliases] = names.split('|');
  return Object.freeze({
    id: `${kind}:${name}`,
    kind,
    ...(kind === 'account' || kind === 'join' ? { code: Number(name) } : { key: name }),
    severity: 'error',
    actions: Object.freeze(actions),
    docs: Object.freeze(docs),
    ...more,
    ...extra,
    ...(aliases[0] && { aliases: Object.freeze(aliases) }),
    text: words(text),
  });
}

// Action sets and extras shared by many rows (see ActionId): one frozen constant each.
const actions = (...ids: ActionId[]): readonly ActionId[] => Object.freeze(ids);
/** Lost or slow connection: join again once the network is checked (the connection test says what is blocked). */
export const NETWORK = actions('rejoin', 'check-environment', 'test-connection');
/** Media path blocked (UDP, firewall): test the connection first. */
export const MEDIA_PATH = actions('test-connection', 'check-environment', 'rejoin');
/** The device is there but capture failed. */
export const CAPTURE = actions('retry-capture', 'check-devices');
/** No device: look at the devices first. */
export const NO_DEVICE = actions('check-devices', 'retry-capture');
/** Permission refused: ask again. */
export const PERMISSION = actions('request-permission', 'check-devices');
/** Credentials or account: new credentials, then join again; else send the report. */
export const ACCOUNT = actions('rejoin', 'copy-report');
/** Only support can help: send the report. */
export const REPORT = actions('copy-report');
/** The browser or page lacks something. */
export const ENVIRONMENT = actions('check-environment');
/** A normal interaction, not a failure. */
export const INFO: More = { severity: 'info' };
/** Worth knowing, not a failure of the call. */
export const WARNING: More = { severity: 'warning' };
/** A media path the network blocks: the firewall guide. */
export const FIREWALL_GUIDE: More = { guide: 'firewall' };
/** Camera or microphone refused: how to unblock them. */
export const PERMISSION_GUIDE: More = { guide: 'unblock-permission' };
