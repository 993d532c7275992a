/**
 * The catalog's tiny builder. The words live apart from the tables, in parts per language
 * (`src/lang/en/`, `src/lang/zh/`), loaded on demand: the tables hold only what differs between
 * entries (name, actions, links) and name their words by key, and an entry's `text.zh` reads the
 * loaded part when it is read. `entry` adds ids, kinds and defaults, so no key or default repeats
 * per entry. It imports no words: only the registry, which holds the loaded parts.
 */
import { LANGS, partOfKey, readPart } from '../lang/registry.js';
import type { CatalogKey, LineKey, PartId, Parts } from '../lang/types.js';
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

const { freeze } = Object;

/** The words of an entry in every language. Entries that name the same key share one object. */
export type Texts = Readonly<Record<Lang, EntryText>>;

/** What an entry reads when no pack is loaded at all: empty words, no steps. */
export const NO_TEXT: EntryText = freeze({ title: '', cause: '', fix: freeze([]) });

/**
 * Something worded in every language, read from the loaded parts at read time: `.zh` is `read`
 * of the Chinese part `id`, else of a loaded language's (English first), else `none`. A read of a
 * part that is not loaded notes it as wanted (`takeWanted`). Reading never throws.
 */
export function localised<P extends PartId, T>(
  id: P,
  read: (part: Parts[P]) => T | undefined,
  none: T,
): Readonly<Record<Lang, T>> {
  const texts = {} as Record<Lang, T>;
  for (const lang of LANGS) {
    Object.defineProperty(texts, lang, {
      enumerable: true,
      get: (): T => readPart(lang, id, read) ?? none,
    });
  }
  return freeze(texts);
}

/** An entry's words from a pack, frozen in place on first read (the records are ours, read-only). */
export function frozenText(text: EntryText | undefined): EntryText | undefined {
  if (text && !Object.isFrozen(text)) freeze(freeze(text).fix);
  return text;
}

const textCache: Partial<Record<CatalogKey, Texts>> = {};

/** The entry words named `key`; the same object for every entry that names it. */
export function words(key: CatalogKey): Texts {
  // The part of the words' family holds them (`partOfKey`; the parts' types check the keys).
  const read = (part: { readonly catalog: object }) =>
    frozenText((part.catalog as Partial<Record<CatalogKey, EntryText>>)[key]);
  return (textCache[key] ??= localised(partOfKey(key), read, NO_TEXT));
}

/** A one-line text in every language: the line named `key`. */
export function line(key: LineKey): Readonly<Record<Lang, string>> {
  return localised('base', (part) => part.lines[key], '');
}

/** An official link; its label is the line `key`. Only `https:` URLs. */
export function link(url: string, key: LineKey): DocLink {
  return freeze({ url, label: line(key) });
}

/** What a row states beyond its name, words, actions and links. Default severity: `error`. */
export interface More {
  readonly severity?: Severity;
  readonly guide?: GuideId;
  /** The key of the words, when they are not the entry's own (`kind:name`, the default). */
  readonly words?: CatalogKey;
}

/**
 * One entry of a table: its name (SDK key, server code, error name or page message, then `|` and
 * each alias: other spellings that mean it), then only what it has: actions, links, and `more`
 * (severity, guide, and the key of its words when another entry's words say it).
 */
export type Row = readonly [
  names: string,
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

/** The key of the words a row reads: its `more.words`, else its own id `kind:name`. */
export type WordsOf<Kind extends EntryKind, R> = R extends readonly [
  string,
  ...unknown[],
  { readonly words: infer K },
]
  ? K
  : `${Kind}:${NameOf<R>}`;

/** Shared by every entry without actions or links. */
export const NONE: readonly never[] = freeze([]);

/**
 * The entry `kind:name` of a row, worded by the key `more.words`, else by its own id. `account` and `join` names are codes (no `key`); other names are
 * the `key`, unless `extra` gives one (`sdk:CLIENT_BANNED/kick` has the key `CLIENT_BANNED`,
 * `browser:OverconstrainedError/resolution` the key `OverconstrainedError`).
 * `extra.code` is the SDK's `getCode()` value of an `sdk` entry.
 */
export function entry(
  kind: EntryKind,
  [names, actions = NONE, docs = NONE, { words: key, ...more } = {}]: Row,
  extra?: { readonly key?: string; readonly code?: number },
): CatalogEntry {
  const [name = '', ...aliases] = names.split('|');
  const id = `${kind}:${name}`;
  return freeze({
    id,
    kind,
    ...(kind === 'account' || kind === 'join' ? { code: Number(name) } : { key: name }),
    severity: 'error',
    actions: freeze(actions),
    docs: freeze(docs),
    ...more,
    ...extra,
    ...(aliases[0] && { aliases: freeze(aliases) }),
    // The entry's own words unless the row names others; the tables' types check the keys.
    text: words(key ?? (id as CatalogKey)),
  });
}

// Action sets and extras shared by many rows (see ActionId): one frozen constant each.
const actions = (...ids: ActionId[]): readonly ActionId[] => freeze(ids);
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
