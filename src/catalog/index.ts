// PLACEHOLDER until the real catalog lands (issue 2).
import type { CatalogEntry } from './types';

/** Every entry of the catalog, readonly, for tools that list them. */
export const catalog: readonly CatalogEntry[] = [];
