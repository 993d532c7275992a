// Module hooks for node20.mjs: `node:fs/promises` imported by size-limit resolves to a module
// that re-exports Node's and adds the small `glob` below. Everything else resolves as usual.
const SHIM = 'trtc-doctor-bench:fs-promises';

/** Resolves size-limit's `node:fs/promises` to the shim. */
export async function resolve(specifier, context, next) {
  if (specifier === 'node:fs/promises' && context.parentURL?.includes('/node_modules/size-limit/'))
    return { url: SHIM, shortCircuit: true };
  return next(specifier, context);
}

/** The shim: Node's fs/promises plus `glob` for plain paths and `<dir>/**`. */
export async function load(url, context, next) {
  if (url !== SHIM) return next(url, context);
  const source = `
import * as fsp from 'node:fs/promises';
import { join, resolve } from 'node:path';
export * from 'node:fs/promises';
export default fsp.default;
const MAGIC = /[*?[\\]{}!]/;
async function stat(path) {
  try { return await fsp.stat(path); } catch { return null; }
}
function dirent(dir, name, isFile) {
  return { name, parentPath: dir, path: dir, isFile: () => isFile, isDirectory: () => !isFile };
}
async function* walk(dir) {
  for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* walk(join(dir, entry.name));
    else if (entry.isFile()) yield dirent(dir, entry.name, true);
  }
}
export async function* glob(patterns, { cwd = process.cwd() } = {}) {
  for (const pattern of Array.isArray(patterns) ? patterns : [patterns]) {
    const under = pattern.endsWith('/**') ? pattern.slice(0, -3) : null;
    const plain = under ?? pattern;
    if (MAGIC.test(plain))
      throw new Error('bench/lib/node20.mjs: glob pattern not supported on Node 20: ' + pattern);
    const abs = resolve(cwd, plain);
    const info = await stat(abs);
    if (!info) continue;
    if (under != null) {
      if (info.isDirectory()) yield* walk(abs);
    } else if (info.isFile()) {
      yield dirent(resolve(abs, '..'), abs.slice(resolve(abs, '..').length + 1), true);
    }
  }
}
`;
  return { format: 'module', source, shortCircuit: true };
}
