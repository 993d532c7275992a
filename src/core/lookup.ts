/**
 * Indexes over the catalog, built once, so each `diagnose()` call is a few map reads: SDK entries
 * by key (with the SDK's own spellings) and by code, account/join entries by server code, browser
 * entries by error name, and message entries by the text they match.
 */
import type { CatalogEntry, EntryText, Lang } from '../catalog/types.js';
import type { Diagnosis } from './types.js';
import { normaliseText, toHex } from './parse.js';

/** The indexes, plus the memoised per-language base diagnosis of each entry. */
export interface Lookup {
  /** Any entry by its id (`sdk:PLAY_NOT_ALLOWED`, `account:70001`, `sdk:CLIENT_BANNED/kick`). */
  byId(id: string): CatalogEntry | undefined;
  /** An SDK entry by key or alias; a lower-case key is tolerated. */
  sdkByKey(key: string): CatalogEntry | undefined;
  /** An SDK entry by `getCode()` value. */
  sdkByCode(code: number): CatalogEntry | undefined;
  /** A server code: the account table first, then the join table. */
  serverByCode(code: number): CatalogEntry | undefined;
  /** A browser entry by DOMException name (case-insensitive). */
  browserByName(name: string): CatalogEntry | undefined;
  /** The first browser error name found in a text, as a word (`NotAllowedError: Permission denied`). */
  browserInText(text: string): CatalogEntry | undefined;
  /** Message entries whose text (or an alias) appears in the text, longest match first. */
  messagesIn(text: string): CatalogEntry[];
  /** The entry as a diagnosis in one language, built once and frozen; callers add per-call fields. */
  describe(entry: CatalogEntry, lang: Lang): Diagnosis;
}

/** The part of an id after `kind:` (the key or code), for entries that leave `key` out. */
function idTail(entry: CatalogEntry): string {
  return entry.id.slice(entry.id.indexOf(':') + 1);
}

/**
 * The `key` a diagnosis shows: the SDK key without a variant suffix (`CLIENT_BANNED/kick` shows
 * `CLIENT_BANNED`), the browser name or message; none for account and join codes.
 */
function displayKey(entry: CatalogEntry): string | undefined {
  if (entry.kind === 'account' || entry.kind === 'join') return entry.key;
  const key = entry.key ?? idTail(entry);
  return entry.kind === 'sdk' ? key.split('/')[0] : key;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9_]/i.test(ch);
}

/** Whether `needle` appears in `text` not glued to a longer word (`publish` is not in `unpublish`). */
function containsPhrase(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = isWordChar(needle[0]) && isWordChar(text[at - 1]);
    const after = isWordChar(needle[needle.length - 1]) && isWordChar(text[at + needle.length]);
    if (!before && !after) return true;
  }
  return false;
}

function freezeText(text: EntryText | undefined): EntryText {
  return {
    title: text?.title ?? '',
    cause: text?.cause ?? '',
    fix: Object.freeze([...(text?.fix ?? [])]),
    hint: text?.hint,
  };
}

/**
 * Builds the indexes over a list of entries (the catalog, or a fixture in tests). Later entries
 * never replace earlier ones, so a variant such as `sdk:CLIENT_BANNED/kick` never shadows the
 * plain `sdk:CLIENT_BANNED` for its code.
 */
export function createLookup(entries: readonly CatalogEntry[]): Lookup {
  const ids = new Map<string, CatalogEntry>();
  const sdkKeys = new Map<string, CatalogEntry>();
  const sdkCodes = new Map<number, CatalogEntry>();
  const account = new Map<number, CatalogEntry>();
  const join = new Map<number, CatalogEntry>();
  const browsers = new Map<string, CatalogEntry>();
  const phrases: { needle: string; entry: CatalogEntry }[] = [];
  const add = <K>(map: Map<K, CatalogEntry>, key: K, entry: CatalogEntry): void => {
    if (!map.has(key)) map.set(key, entry);
  };

  for (const entry of entries) {
    add(ids, entry.id, entry);
    const names = [entry.key ?? idTail(entry), ...(entry.aliases ?? [])];
    const code = entry.code ?? Number(idTail(entry));
    switch (entry.kind) {
      case 'sdk':
        if (entry.id.includes('/')) break;
        for (const name of names) add(sdkKeys, name.toUpperCase(), entry);
        if (Number.isSafeInteger(code)) add(sdkCodes, code, entry);
        break;
      case 'account':
      case 'join':
        if (Number.isSafeInteger(code)) add(entry.kind === 'account' ? account : join, code, entry);
        break;
      case 'browser':
        for (const name of names) add(browsers, name.toLowerCase(), entry);
        break;
      case 'message':
        for (const name of names) {
          const needle = normaliseText(name);
          if (needle) phrases.push({ needle, entry });
        }
        break;
    }
  }
  phrases.sort((a, b) => b.needle.length - a.needle.length);
  const browserNames = [...browsers.keys()];

  const memo = new Map<CatalogEntry, Partial<Record<Lang, Diagnosis>>>();
  const describe = (entry: CatalogEntry, lang: Lang): Diagnosis => {
    const cached = memo.get(entry)?.[lang];
    if (cached) return cached;
    const text = freezeText(entry.text[lang] ?? entry.text.en);
    const hex = entry.kind === 'sdk' && entry.code !== undefined ? toHex(entry.code) : undefined;
    const base: Diagnosis = Object.freeze({
      id: entry.id,
      kind: entry.kind,
      key: displayKey(entry),
      code: entry.code,
      hex,
      related: Object.freeze([]),
      severity: entry.severity,
      title: text.title,
      cause: text.cause,
      fix: text.fix,
      hint: text.hint,
      actions: Object.freeze([...entry.actions]),
      docs: Object.freeze(
        entry.docs
          .filter((doc) => doc.url.startsWith('https://'))
          .map((doc) => Object.freeze({ label: doc.label[lang], url: doc.url })),
      ),
      guide: entry.guide,
      lang,
    });
    memo.set(entry, { ...memo.get(entry), [lang]: base });
    return base;
  };

  return {
    byId: (id) => ids.get(id),
    sdkByKey: (key) => sdkKeys.get(key.toUpperCase()),
    sdkByCode: (code) => sdkCodes.get(code),
    serverByCode: (code) => account.get(code) ?? join.get(code),
    browserByName: (name) => browsers.get(name.toLowerCase()),
    browserInText: (text) => {
      const lower = text.toLowerCase();
      const found = browserNames.find((name) => containsPhrase(lower, name));
      return found === undefined ? undefined : browsers.get(found);
    },
    messagesIn: (text) => {
      const normal = normaliseText(text);
      const found: CatalogEntry[] = [];
      for (const { needle, entry } of phrases) {
        if (!found.includes(entry) && containsPhrase(normal, needle)) found.push(entry);
      }
      return found;
    },
    describe,
  };
}
