/**
 * The few sentences core writes itself (action results, report headings). The words live in the
 * language packs (`src/lang/<lang>/core.ts`, read here at call time); the panel's own strings
 * live in the UI's pack part, the error texts in the catalog's.
 */
import { packFor } from '../lang/registry.js';
import type { StringKey } from '../lang/types.js';
import type { Lang } from './types.js';

/** Key of a core string. */
export type { StringKey };

/**
 * The string `key` in `lang` (else in a loaded language, English first; empty with no pack
 * loaded), with `{name}` placeholders filled from `vars`.
 */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return (packFor(lang)?.core[key] ?? '').replace(/\{(\w+)\}/g, (all, name: string) =>
    name in vars ? String(vars[name]) : all,
  );
}
