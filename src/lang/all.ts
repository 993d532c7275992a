/**
 * Every language at once, synchronously: for callers that need both languages without waiting
 * (the public `diagnose` and `catalog`, a doctor). Imports every part of every language, so they
 * are in the bundle of whoever imports this module; everyone else loads the parts they need with
 * `loadParts(lang, parts)`.
 */
import type { Lang } from '../catalog/types.js';
import { parts as en } from './en/index.js';
import { LANGS, addParts } from './registry.js';
import type { Parts } from './types.js';
import { parts as zh } from './zh/index.js';

/** Every language's parts (a language without its entry here fails `tsc`). */
const PACKS: Readonly<Record<Lang, Parts>> = { en, zh };

/** Adds every part of every language to the registry. Idempotent and cheap. */
export function useAllPacks(): void {
  for (const lang of LANGS) addParts(lang, PACKS[lang]);
}
