/**
 * The loaded language packs. Words are read here at read time (an entry's `text.zh` asks
 * `packFor('zh')`), so a language costs nothing until its pack is loaded: `loadPack(lang)` imports
 * it on demand (one chunk per language), `useAllPacks()` (`all.ts`) adds every pack at once.
 * Holds no words itself.
 */
import type { Lang } from '../catalog/types.js';
import type { LangPack } from './types.js';

const packs: Partial<Record<Lang, LangPack>> = {};

/** The languages there are packs for, English first (the fallback order). */
export const LANGS: readonly Lang[] = Object.freeze(['en', 'zh']);

/** Each language's pack as its own chunk: a literal `import()` per language, for bundlers. */
const loaders: Readonly<Record<Lang, () => Promise<{ readonly pack: LangPack }>>> = {
  en: () => import('./en/index.js'),
  zh: () => import('./zh/index.js'),
};

/** Adds a pack; a language's first pack stays (adding it again does nothing). */
export function addPack(pack: LangPack): void {
  packs[pack.lang] ??= pack;
}

/** Whether the pack of `lang` is loaded. */
export const hasPack = (lang: Lang): boolean => !!packs[lang];

/**
 * The pack of `lang`, else a loaded one (English first); `undefined` when no pack is loaded at
 * all (callers then show empty text). Never throws.
 */
export function packFor(lang: Lang): LangPack | undefined {
  return packs[lang] ?? LANGS.map((other) => packs[other]).find(Boolean);
}

/**
 * Loads the pack of `lang`: resolves once it is there (at once when it already is); rejects when
 * the import fails (or there is no such language), leaving the loaded packs as they were.
 */
export async function loadPack(lang: Lang): Promise<void> {
  if (packs[lang]) return;
  if (!Object.prototype.hasOwnProperty.call(loaders, lang)) {
    throw new RangeError(`trtc-doctor: no language pack "${String(lang)}"`);
  }
  addPack((await loaders[lang]()).pack);
}
