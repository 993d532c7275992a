/**
 * The catalog's tiny builder: the tables hold only what differs between entries (code, words,
 * actions, links), and these functions add the rest, so no key or default repeats per entry.
 * Pure, and it imports nothing but types.
 */
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

/** One language's words, in order: title, cause, fix steps, and the end-user hint if any. */
export type TextSpec = readonly [
  title: string,
  cause: string,
  fix: readonly string[],
  hint?: string,
];

/** The words of an entry in both languages. Several codes that mean the same may share one. */
export type Texts = Readonly<Record<Lang, EntryText>>;

/** What an entry states beyond its kind and name. Defaults: severity `error`, no actions, no docs. */
export interface EntrySpec {
  readonly text: Texts;
  /** The key when it is not the name (`sdk:CLIENT_BANNED/kick` has the key `CLIENT_BANNED`). */
  readonly key?: string;
  readonly code?: number;
  readonly severity?: Severity;
  readonly actions?: readonly ActionId[];
  readonly docs?: readonly DocLink[];
  readonly guide?: GuideId;
  readonly aliases?: readonly string[];
}

function toText([title, cause, fix, hint]: TextSpec): EntryText {
  // `hint` is left out rather than set to undefined, so entries serialise cleanly.
  return Object.freeze(
    hint
      ? { title, cause, fix: Object.freeze(fix), hint }
      : { title, cause, fix: Object.freeze(fix) },
  );
}

/** Both languages of an entry, frozen (the catalog is shared with every caller). */
export function texts(zh: TextSpec, en: TextSpec): Texts {
  return Object.freeze({ zh: toText(zh), en: toText(en) });
}

/** An official link with its label in both languages. */
export function link(url: string, zh: string, en: string): DocLink {
  return Object.freeze({ url, label: Object.freeze({ zh, en }) });
}

/** Shared by every entry without actions or links. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A catalog entry `kind:name`. For `sdk`, `browser` and `message` entries the name is also the
 * `key` (unless the spec gives one); for `account` and `join` entries it is the code, and `key` is
 * left out.
 */
export function entry(kind: EntryKind, name: string, spec: EntrySpec): CatalogEntry {
  const coded = kind === 'account' || kind === 'join';
  return Object.freeze({
    id: `${kind}:${name}`,
    kind,
    ...(coded ? { code: Number(name) } : { key: name }),
    severity: 'error',
    ...spec,
    actions: Object.freeze(spec.actions ?? NONE),
    docs: Object.freeze(spec.docs ?? NONE),
    ...(spec.aliases && { aliases: Object.freeze(spec.aliases) }),
  });
}

// Action sets shared by many entries (see ActionId): one constant each keeps the tables short.
/** Lost or slow connection: join again once the network is checked. */
export const NETWORK: readonly ActionId[] = Object.freeze(['rejoin', 'check-environment']);
/** Media path blocked (UDP, firewall): check the network first. */
export const MEDIA_PATH: readonly ActionId[] = Object.freeze(['check-environment', 'rejoin']);
/** The device is there but capture failed. */
export const CAPTURE: readonly ActionId[] = Object.freeze(['retry-capture', 'check-devices']);
/** Credentials or account: new credentials, then join again; else send the report. */
export const ACCOUNT: readonly ActionId[] = Object.freeze(['rejoin', 'copy-report']);
/** Only support can help: send the report. */
export const REPORT: readonly ActionId[] = Object.freeze(['copy-report']);
/** The browser or page lacks something. */
export const ENVIRONMENT: readonly ActionId[] = Object.freeze(['check-environment']);
