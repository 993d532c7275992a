/**
 * The loaded words, part by part (`Parts` in `types.ts`). Words are read here at read time (an
 * entry's `text.zh` asks `readPart('zh', 'sdk', ...)`), so a part costs nothing until it is
 * loaded: `loadParts(lang, parts)` imports them on demand (one chunk per language and part),
 * `useAllPacks()` (`all.ts`) adds everything at once. A read of a part that is not loaded notes it
 * as wanted (`takeWanted`), so whoever explains a problem knows what to load before showing it.
 * Holds no words itself.
 */
import type { Lang } from '../catalog/types.js';
import type { V5EntryName } from '../catalog/types.js';
import type { CatalogKey, PartId, Parts } from './types.js';

/**
 * True in the single-file build (vite.config.ts `define`), which adds every word up front
 * (`useAllPacks`): it has nothing to load, so it carries no loader.
 */
declare const __TRTC_DOCTOR_ALL_WORDS__: boolean | undefined;

/** Whether this build has every word up front (a build from the sources without the define: no). */
export const allWords = (): boolean =>
  typeof __TRTC_DOCTOR_ALL_WORDS__ === 'boolean' && __TRTC_DOCTOR_ALL_WORDS__;

type Loaded = { -readonly [P in PartId]?: Parts[P] };
type Loader<P extends PartId> = () => Promise<{ readonly part: Parts[P] }>;

/** Every part, the panel's first. */
export const PARTS: readonly PartId[] = Object.freeze([
  'panel',
  'view',
  'base',
  'actions',
  'sdk',
  'server',
  'browser',
  'v5-calls',
  'v5-env',
  'v5-devices',
  'v5-network',
]);

const loaded: Readonly<Record<Lang, Loaded>> = { en: {}, zh: {} };

/**
 * The languages there are words for, English first (the fallback order): the keys of `loaded`,
 * which `tsc` holds to `Lang`. The same list as `LANGS` of core/lang.ts (langs.test.ts checks),
 * not imported from it, so that this lazy module shares no chunk with the always-loaded part.
 */
export const LANGS: readonly Lang[] = Object.freeze(Object.keys(loaded) as Lang[]);

type Loaders = { readonly [L in Lang]: { readonly [P in PartId]: Loader<P> } };

/** Each part of each language as its own chunk: a literal `import()` each, for bundlers. */
const loaders: Loaders | undefined = allWords()
  ? undefined
  : {
      en: {
        panel: () => import('./en/panel.js'),
        view: () => import('./en/view.js'),
        base: () => import('./en/base.js'),
        actions: () => import('./en/actions.js'),
        sdk: () => import('./en/sdk.js'),
        server: () => import('./en/server.js'),
        browser: () => import('./en/browser.js'),
        'v5-calls': () => import('./en/v5-calls.js'),
        'v5-env': () => import('./en/v5-env.js'),
        'v5-devices': () => import('./en/v5-devices.js'),
        'v5-network': () => import('./en/v5-network.js'),
      },
      zh: {
        panel: () => import('./zh/panel.js'),
        view: () => import('./zh/view.js'),
        base: () => import('./zh/base.js'),
        actions: () => import('./zh/actions.js'),
        sdk: () => import('./zh/sdk.js'),
        server: () => import('./zh/server.js'),
        browser: () => import('./zh/browser.js'),
        'v5-calls': () => import('./zh/v5-calls.js'),
        'v5-env': () => import('./zh/v5-env.js'),
        'v5-devices': () => import('./zh/v5-devices.js'),
        'v5-network': () => import('./zh/v5-network.js'),
      },
    };

/** Loads running now, by `lang part`: asking twice waits for the same import. */
const inflight = new Map<string, Promise<void>>();

const NONE: readonly PartId[] = Object.freeze([]);

/** Parts read while not loaded, as `lang part`, since the last `takeWanted()`. */
const wanted = new Set<string>();

const known = (lang: Lang): boolean => Object.prototype.hasOwnProperty.call(loaded, lang);

/** Adds a part; a language's first copy of a part stays (adding it again does nothing). */
export function addPart<P extends PartId>(lang: Lang, id: P, part: Parts[P]): void {
  if (known(lang)) (loaded[lang] as Record<P, Parts[P]>)[id] ??= part;
}

/** Adds every part of a language. */
export function addParts(lang: Lang, parts: Parts): void {
  for (const id of PARTS) addPart(lang, id, parts[id]);
}

/** Whether the part `id` of `lang` is loaded. */
export const hasPart = (lang: Lang, id: PartId): boolean => known(lang) && !!loaded[lang][id];

/** Whether every part of `lang` is loaded. */
export const hasPack = (lang: Lang): boolean => PARTS.every((id) => hasPart(lang, id));

/** The parts of `lang` that are loaded, in `PARTS` order. */
export const loadedParts = (lang: Lang): PartId[] => PARTS.filter((id) => hasPart(lang, id));

/**
 * `read` of the part `id` of `lang`; when that part is not loaded, it is noted as wanted and the
 * same part of a loaded language is read instead (English first). `undefined` when no language
 * has it. Never throws (unless `read` does).
 */
export function readPart<P extends PartId, T>(
  lang: Lang,
  id: P,
  read: (part: Parts[P]) => T | undefined,
): T | undefined {
  const own = known(lang) ? loaded[lang][id] : undefined;
  if (own) return read(own);
  wanted.add(`${lang} ${id}`);
  for (const other of LANGS) {
    const part = loaded[other][id];
    if (part) return read(part);
  }
  return undefined;
}

/** The parts of `lang` read while not loaded since the last call; every note is cleared. */
export function takeWanted(lang: Lang): readonly PartId[] {
  // Called for every error a storm brings: nothing noted is the common case, and costs nothing.
  if (!wanted.size) return NONE;
  const found = PARTS.filter((id) => wanted.has(`${lang} ${id}`));
  wanted.clear();
  return found;
}

/** The part holding the words named `key`: by the family its id names (`account:` → `server`). */
export function partOfKey(key: CatalogKey): 'base' | 'sdk' | 'server' | 'browser' {
  const family = key.slice(0, key.indexOf(':'));
  return family === 'account' || family === 'join'
    ? 'server'
    : family === 'browser'
      ? 'browser'
      : key === 'unknown'
        ? 'base'
        : 'sdk';
}

/** The part holding the words of the v5 entry `name`, by its code (see `V5CallName` in types.ts). */
export function partOfV5(name: V5EntryName): 'v5-calls' | 'v5-env' | 'v5-devices' | 'v5-network' {
  const code = Number(name);
  return code < 5200
    ? 'v5-calls'
    : code < 5300
      ? 'v5-env'
      : code < 5400
        ? 'v5-devices'
        : 'v5-network';
}

/**
 * Loads the parts `ids` of `lang`: resolves once they are there (at once for those already
 * loaded); rejects when an import fails (or there is no such language), keeping the parts that
 * did load.
 */
export async function loadParts(lang: Lang, ids: readonly PartId[]): Promise<void> {
  if (!known(lang)) throw new RangeError(`trtc-doctor: no language pack "${String(lang)}"`);
  // Every load settles first, so the parts that could load are there when one fails.
  const settled = await Promise.allSettled(
    ids.map((id) => {
      if (hasPart(lang, id)) return undefined;
      const name = `${lang} ${id}`;
      let load = inflight.get(name);
      if (!load) {
        const loader = loaders?.[lang][id] as Loader<typeof id> | undefined;
        load = (loader ? loader() : Promise.reject(new Error(`no ${lang} ${id} words to load`)))
          .then(({ part }) => addPart(lang, id, part))
          .finally(() => inflight.delete(name));
        inflight.set(name, load);
      }
      return load;
    }),
  );
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Loads every part of `lang` (see `loadParts`). */
export const loadPack = (lang: Lang): Promise<void> => loadParts(lang, PARTS);
