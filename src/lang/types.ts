/**
 * The shape of a language pack: every word the catalog, core and the panel show, in one language,
 * in parts that load apart (`Parts`): the panel's own words, the sentences of the actions, and
 * the catalog's words by family (4.x SDK codes, server codes, browser errors, three of v5). The keys come
 * from the English files (`en/`), so a part with a key missing or one too many fails the type
 * check. A pack holds words only; tables and code never import one (see `registry.ts`).
 */
import type { EntryText, Lang, V5EntryName, V5Words } from '../catalog/types.js';
import type { UserSigWords } from '../catalog/usersig.js';
import type { BrowserId } from '../ui/guides.js';
import type { core as actionStrings } from './en/actions.js';
import type { catalog as browserWords } from './en/browser.js';
import type { lines } from './en/base.js';
import type { core as panelStrings, shell } from './en/panel.js';
import type { catalog as sdkWords } from './en/sdk.js';
import type { catalog as serverWords } from './en/server.js';
import type { ui } from './en/ui.js';
import type { notices } from './en/v5-network.js';

/** The words of the 4.x SDK's errors and page messages (`sdk:`, `message:`). */
export type SdkKey = keyof typeof sdkWords;

/** The words of the server's codes (`account:`, `join:`). */
export type ServerKey = keyof typeof serverWords;

/** The words of the browser's errors (`browser:`). */
export type BrowserKey = keyof typeof browserWords;

/** The name of an entry's words: mostly the id of the entry that has them (`sdk:INVALID_PARAMETER`). */
export type CatalogKey = SdkKey | ServerKey | BrowserKey | 'unknown';

/** The name of a one-line text: a link label (`link:PORTS`), a note (`note:v5`), a v5 page's title. */
export type LineKey = keyof typeof lines;

/** The id of a notice (advice about the page's setup, found before anything failed). */
export type NoticeId = keyof typeof notices;

/** The key of a sentence core writes that comes with the panel (report headings, device names). */
export type ReportKey = keyof typeof panelStrings;

/** The key of a sentence core writes about an action (results, preflight, connection verdicts). */
export type ActionKey = keyof typeof actionStrings;

/** The key of a sentence core writes (`t(lang, key)`). */
export type StringKey = ReportKey | ActionKey;

/** The key of a string of the launcher, the toast or the live region (the `panel` part). */
export type ShellKey = keyof typeof shell;

/** The key of a string of the panel's view (the `view` part). */
export type ViewKey = keyof typeof ui;

/** The key of a panel string. */
export type MessageKey = ShellKey | ViewKey;

/** The v5 entries whose name starts with one of `Prefix` (`5${0 | 1}`: 5000-5199). */
type V5Named<Prefix extends string> = {
  [N in V5EntryName]: `${N}` extends `${Prefix}${string}` ? N : never;
}[V5EntryName];

/** The v5 SDK's parameter and call errors: 5000-5199. */
export type V5CallName = V5Named<'50' | '51'>;

/** The v5 SDK's environment errors: 5200-5299. */
export type V5EnvName = V5Named<'52'>;

/** The v5 SDK's device errors: 5300-5399. */
export type V5DeviceName = V5Named<'53'>;

/** The rest of the v5 entries: server, operation, abort, unknown (5400-5999) and the events. */
export type V5NetworkName = Exclude<V5EntryName, V5CallName | V5EnvName | V5DeviceName>;

/** One browser's row of the unblock guide. */
export interface UnblockStep {
  /** The browser's name, shown in bold. */
  readonly name: string;
  /** What to click, in order. */
  readonly steps: string;
}

type Words<K extends PropertyKey> = Readonly<Record<K, EntryText>>;
type Strings<K extends string> = Readonly<Record<K, string>>;

/**
 * A language's words, part by part: each part is one file per language (`en/<part>.ts`), one
 * chunk, loaded when something needs it (`loadParts` in `registry.ts`). A third language is one
 * more directory of these files.
 */
export interface Parts {
  /** With the engine: the launcher's strings, the report's headings. */
  readonly panel: {
    readonly shell: Strings<ShellKey>;
    readonly core: Strings<ReportKey>;
  };
  /** With the panel's view: its strings, the unblock guide. */
  readonly view: {
    readonly ui: Strings<ViewKey>;
    readonly unblock: Readonly<Record<BrowserId, UnblockStep>>;
  };
  /** What any explanation may read: link labels, notes, the words for an unknown error. */
  readonly base: { readonly lines: Strings<LineKey>; readonly catalog: Words<'unknown'> };
  /** With the first action: what it did, the preflight checklist, the connection verdicts. */
  readonly actions: { readonly core: Strings<ActionKey> };
  /** The 4.x SDK's codes and page messages. */
  readonly sdk: { readonly catalog: Words<SdkKey> };
  /** The server's codes, and the userSig inspector's words. */
  readonly server: { readonly catalog: Words<ServerKey>; readonly usersig: UserSigWords };
  /** The browser's errors. */
  readonly browser: { readonly catalog: Words<BrowserKey> };
  /** The v5 SDK's parameter and call errors. */
  readonly 'v5-calls': { readonly v5: Words<V5CallName> };
  /** The v5 SDK's environment errors. */
  readonly 'v5-env': { readonly v5: Words<V5EnvName> };
  /** The v5 SDK's device errors. */
  readonly 'v5-devices': { readonly v5: Words<V5DeviceName> };
  /** The v5 SDK's other errors and its events, and the notices about its setup. */
  readonly 'v5-network': { readonly v5: Words<V5NetworkName>; readonly notices: Words<NoticeId> };
}

/** The name of a part. */
export type PartId = keyof Parts;

/** Every word of one language in one object: the parts merged (`pack` in `en/index.ts`). */
export interface LangPack {
  readonly lang: Lang;
  /** The catalog entries' words by key (`CatalogKey`), and the words for an unknown error. */
  readonly catalog: Words<CatalogKey>;
  /** Link labels and notes. */
  readonly lines: Strings<LineKey>;
  /** The v5 SDK's entries by name. */
  readonly v5: V5Words;
  /** The notices by id. */
  readonly notices: Words<NoticeId>;
  /** The userSig inspector's words. */
  readonly usersig: UserSigWords;
  /** Core's sentences (action results, report headings). */
  readonly core: Strings<StringKey>;
  /** The panel's strings. */
  readonly ui: Strings<MessageKey>;
  /** The unblock guide, per browser. */
  readonly unblock: Readonly<Record<BrowserId, UnblockStep>>;
}
