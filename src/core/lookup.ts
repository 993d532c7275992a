/**
 * Indexes over the catalog, built once, so each `diagnose()` call is a few map reads: any entry by
 * id; SDK entries by key (with the SDK's own spellings) and by code; account and join entries by
 * server code; browser entries by error name; and message entries by the text they match.
 */
import type { CatalogEntry, EntryKind } from '../catalog/types.js';

/** The kinds whose names are looked for inside a text. */
type PhraseKind = 'message' | 'browser';

/** The indexes over one list of entries (the catalog, or a fixture in tests). */
export interface Lookup {
  /** Any entry by its exact id (`sdk:PLAY_NOT_ALLOWED`, `account:70001`, `sdk:CLIENT_BANNED/kick`). */
  id(id: string): CatalogEntry | undefined;
  /**
   * An entry of one kind by code, key or alias, any case: `('sdk', 16451)`,
   * `('sdk', 'play_not_allowed')`, `('account', 70001)`, `('browser', 'NotAllowedError')`.
   */
  find(kind: EntryKind, name: string | number | undefined): CatalogEntry | undefined;
  /**
   * The entries whose name (or an alias) appears in a text as a phrase, each once: message entries
   * longest match first, browser entries in catalog order.
   */
  matches(kind: PhraseKind, text: string): CatalogEntry[];
}

/**
 * A phrase as a pattern: any case, any run of white space between its words, and not glued to a
 * longer word (`publish timeout` is not in `unpublish timeout`). Built once per phrase; a literal
 * with `\b` and `\s+` only, so it runs in linear time.
 */
function phrasePattern(phrase: string): RegExp | undefined {
  const body = phrase
    .trim()
    .replace(/[$()*+./?[\\\]^{|}-]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  const edge = (ch = ''): string => (/\w/.test(ch) ? '\\b' : '');
  return body ? new RegExp(edge(body[0]) + body + edge(body[body.length - 1]), 'i') : undefined;
}

/**
 * Builds the indexes over a list of entries. Later entries never replace earlier ones, and a
 * variant such as `sdk:CLIENT_BANNED/kick` is found by its id only, so it never shadows the plain
 * `sdk:CLIENT_BANNED` for its code or key (nor `browser:OverconstrainedError/deviceId` the plain
 * OverconstrainedError).
 */
export function createLookup(entries: readonly CatalogEntry[]): Lookup {
  // One map for every index: ids as they are, the rest as `kind=name` in lower case
  // (`sdk=16451`, `sdk=play_not_allowed`, `browser=notallowederror`). A Map, not an object, so
  // a name such as `constructor` finds nothing.
  const index = new Map<string, CatalogEntry>();
  const phrases: Record<PhraseKind, [pattern: RegExp, entry: CatalogEntry, length: number][]> = {
    message: [],
    browser: [],
  };
  const add = (key: string, entry: CatalogEntry): unknown =>
    index.has(key) || index.set(key, entry);
  const nameKey = (kind: EntryKind, name: string | number): string =>
    `${kind}=${String(name).toLowerCase()}`;

  for (const entry of entries) {
    const { id, kind, key, code } = entry;
    add(id, entry);
    // Variants (`sdk:CLIENT_BANNED/kick`, `browser:OverconstrainedError/resolution`) are found
    // by id only; message ids may hold a `/` of their text.
    if ((kind === 'sdk' || kind === 'browser') && id.includes('/')) continue;
    for (const name of [code, key, ...(entry.aliases ?? [])]) {
      if (name === undefined) continue;
      add(nameKey(kind, name), entry);
      if (typeof name === 'string' && (kind === 'message' || kind === 'browser')) {
        const pattern = phrasePattern(name);
        if (pattern) phrases[kind].push([pattern, entry, name.length]);
      }
    }
  }
  phrases.message.sort((a, b) => b[2] - a[2]);

  return {
    id: (id) => {
      const entry = index.get(id);
      // The map also holds `kind=name` keys, which are no ids.
      return entry?.id === id ? entry : undefined;
    },
    find: (kind, name) => (name === undefined ? undefined : index.get(nameKey(kind, name))),
    matches: (kind, text) => {
      const found: CatalogEntry[] = [];
      for (const [pattern, entry] of phrases[kind]) {
        if (!found.includes(entry) && pattern.test(text)) found.push(entry);
      }
      return found;
    },
  };
}
