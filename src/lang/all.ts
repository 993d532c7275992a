/**
 * Every language at once, synchronously: for callers that need both languages without waiting
 * (the public `diagnose` and `catalog`, a doctor). Imports every pack, so it is in the bundle of
 * whoever imports this module; everyone else loads a language with `loadPack(lang)`.
 */
import { pack as en } from './en/index.js';
import { addPack } from './registry.js';
import { pack as zh } from './zh/index.js';

/** Adds every language's pack to the registry. Idempotent and cheap. */
export function useAllPacks(): void {
  addPack(en);
  addPack(zh);
}
