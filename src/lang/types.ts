/**
 * The shape of a language pack: every word the catalog, core and the panel show, in one language.
 * The keys come from the English pack (`en/`), so a pack with a key missing or one too many fails
 * the type check. A pack holds words only; tables and code never import one (see `registry.ts`).
 */
import type { EntryText, Lang, V5Words } from '../catalog/types.js';
import type { UserSigWords } from '../catalog/usersig.js';
import type { BrowserId } from '../ui/guides.js';
import type { catalog, lines, notices } from './en/catalog.js';
import type { core } from './en/core.js';
import type { ui } from './en/ui.js';

/** The name of an entry's words: mostly the id of the entry that has them (`sdk:INVALID_PARAMETER`). */
export type CatalogKey = keyof typeof catalog;

/** The name of a one-line text: a link label (`link:PORTS`), a note (`note:v5`), a v5 page's title. */
export type LineKey = keyof typeof lines;

/** The id of a notice (advice about the page's setup, found before anything failed). */
export type NoticeId = keyof typeof notices;

/** The key of a sentence core writes (`t(lang, key)`). */
export type StringKey = keyof typeof core;

/** The key of a panel string. */
export type MessageKey = keyof typeof ui;

/** One browser's row of the unblock guide. */
export interface UnblockStep {
  /** The browser's name, shown in bold. */
  readonly name: string;
  /** What to click, in order. */
  readonly steps: string;
}

/** Every word of one language. A third language is one more pack of this type. */
export interface LangPack {
  readonly lang: Lang;
  /** The catalog entries' words by key (`CatalogKey`), and the words for an unknown error. */
  readonly catalog: Readonly<Record<CatalogKey, EntryText>>;
  /** Link labels and notes. */
  readonly lines: Readonly<Record<LineKey, string>>;
  /** The v5 SDK's entries by name. */
  readonly v5: V5Words;
  /** The notices by id. */
  readonly notices: Readonly<Record<NoticeId, EntryText>>;
  /** The userSig inspector's words. */
  readonly usersig: UserSigWords;
  /** Core's sentences (action results, report headings). */
  readonly core: Readonly<Record<StringKey, string>>;
  /** The panel's strings. */
  readonly ui: Readonly<Record<MessageKey, string>>;
  /** The unblock guide, per browser. */
  readonly unblock: Readonly<Record<BrowserId, UnblockStep>>;
}
