/**
 * The Chinese pack: every word of the catalog, core and the panel in one language. Loaded on
 * demand (`loadPack('zh')` in `../registry.ts`) or with every language (`useAllPacks()` in `../all.ts`).
 */
import type { LangPack } from '../types.js';
import { catalog, lines, notices } from './catalog.js';
import { core, usersig } from './core.js';
import { ui, unblock } from './ui.js';
import { v5 } from './v5.js';

/** The Chinese words. */
export const pack: LangPack = {
  lang: 'zh',
  catalog,
  lines,
  v5,
  notices,
  usersig,
  core,
  ui,
  unblock,
};
