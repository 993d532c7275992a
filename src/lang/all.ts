/**
 * Every language at once, synchronously: for callers that need both languages without waiting
 * (the public `diagnose` and `catalog`, a doctor). Imports every part of every language, so they
 * are in the bundle of whoever imports this module; everyone else loads the parts they need with
 * `loadParts(lang, parts)`.
 */
import { parts as en } from './en/index.js';
import { addParts } from './registry.js';
import { parts as zh } from './zh/index.js';

/** Adds every part of every language to the registry. Idempotent and cheap. */
export function useAllPacks(): void {
  addParts('en', en);
  addParts('zh', zh);
}
