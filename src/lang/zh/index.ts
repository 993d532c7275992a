/**
 * The Chinese pack, part by part (each part is a chunk of its own, loaded on demand by
 * `loadParts()` in `../registry.ts`), and whole: every word of the catalog, core and the panel in
 * one language (`useAllPacks()` in `../all.ts` adds every part of every language).
 */
import type { LangPack, Parts } from '../types.js';
import { part as actions } from './actions.js';
import { part as base } from './base.js';
import { part as browser } from './browser.js';
import { part as panel } from './panel.js';
import { part as sdk } from './sdk.js';
import { part as server } from './server.js';
import { part as v5Calls } from './v5-calls.js';
import { part as v5Devices } from './v5-devices.js';
import { part as v5Env } from './v5-env.js';
import { part as v5Network } from './v5-network.js';
import { part as view } from './view.js';

/** The Chinese words, part by part. */
export const parts: Parts = {
  panel,
  view,
  base,
  actions,
  sdk,
  server,
  browser,
  'v5-calls': v5Calls,
  'v5-env': v5Env,
  'v5-devices': v5Devices,
  'v5-network': v5Network,
};

/** The Chinese words in one pack. */
export const pack: LangPack = {
  lang: 'zh',
  catalog: { ...base.catalog, ...sdk.catalog, ...server.catalog, ...browser.catalog },
  lines: base.lines,
  v5: { ...v5Calls.v5, ...v5Env.v5, ...v5Devices.v5, ...v5Network.v5 },
  notices: v5Network.notices,
  usersig: server.usersig,
  core: { ...panel.core, ...actions.core },
  ui: { ...panel.shell, ...view.ui },
  unblock: view.unblock,
};
