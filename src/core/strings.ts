/**
 * The few sentences core writes itself (action results, report headings). The words live in the
 * language packs, read here at call time: the report's headings come with the panel
 * (`src/lang/<lang>/panel.ts`), the actions' sentences with the first action (`actions.ts`).
 */
import { readPart } from '../lang/registry.js';
import type { StringKey } from '../lang/types.js';
import type { Lang } from './types.js';

/** Key of a core string. */
export type { StringKey };

/**
 * The string `key` in `lang` (else in a loaded language, English first; empty with no pack
 * loaded), with `{name}` placeholders filled from `vars`.
 */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const read = (part: { readonly core: object }) =>
    (part.core as Partial<Record<StringKey, string>>)[key];
  return (readPart(lang, 'panel', read) ?? readPart(lang, 'actions', read) ?? '').replace(
    /\{(\w+)\}/g,
    (all, name: string) => (name in vars ? String(vars[name]) : all),
  );
}
