/**
 * Every string the panel shows, read from the loaded language packs (`src/lang/<lang>/ui.ts`). A
 * host overrides any of them by key through `settings.messages` (`mount({ messages })` or
 * `doctor.configure({ messages })`). `{name}` placeholders are filled by `format()`. Action ids,
 * severities, tab ids and source types are keys too (the labels of what they name), so a new one
 * without a label fails the type check where the panel passes it.
 */
import type { Lang } from '../core/types.js';
import { LANGS, hasPart, readPart } from '../lang/registry.js';
import type { MessageKey } from '../lang/types.js';

export type { MessageKey };

type Some = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * The view's strings of `lang` (else of a loaded language, English first), when loaded. They load
 * with the panel's view (ui/shell.ts), so a read before that is not a request for them.
 */
const viewStrings = (lang: Lang): Some | undefined => {
  const there = [lang, ...LANGS].find((l) => hasPart(l, 'view'));
  return there && readPart(there, 'view', (part) => part.ui);
};

/**
 * The built-in string `key` in `lang`: its pack, else a loaded one (English first), else empty.
 * The launcher's strings come with the engine (the `panel` part), the rest with the view.
 */
export const message = (lang: Lang, key: MessageKey): string =>
  readPart(lang, 'panel', (part) => (part.shell as Some)[key]) ?? viewStrings(lang)?.[key] ?? '';

/** The panel's strings in the first loaded language (English first). */
const anyUi = (): Some => ({
  ...readPart('en', 'panel', (part) => part.shell),
  ...viewStrings('en'),
});

/**
 * The keys of the panel's strings, as a read-only view: `key in messages` says whether a key
 * exists (in the loaded packs), `messages[key]` is its string in the first loaded language.
 */
export const messages: Readonly<Record<MessageKey, string>> = new Proxy(
  {} as Record<MessageKey, string>,
  {
    has: (_, key) => key in anyUi(),
    get: (_, key) => (typeof key === 'string' ? anyUi()[key as MessageKey] : undefined),
  },
);

/** Fills `{name}` placeholders; a missing value becomes an empty string. */
export function format(text: string, vars?: Readonly<Record<string, string | number>>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : text;
}
