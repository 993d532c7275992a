// Which built files a browser loads: the static-import closure of an ES module file (its own
// `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"`, never `import()`),
// and the word chunks of the script tag's lazy part that a first problem loads. Shared by .size-limit.mjs and
// bench/size.mjs, so both measure the same files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const STATIC =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** `file` and every file it imports statically, in load order; null when `file` is missing. */
export function staticClosure(file) {
  if (!existsSync(file)) return null;
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(STATIC)) visit(resolve(dirname(path), m[1]));
  };
  visit(resolve(file));
  return [...seen];
}

/**
 * The words a first problem loads, by the family of that problem: the panel's own words and the
 * parts its explanation reads (src/lang/registry.ts `partOfKey`; src/lazy.ts `partsFor`). A 4.x
 * SDK error (the browser tests' INVALID_PARAMETER) reads the `sdk` part; a v5 device error
 * (DEVICE_ERROR 5302, the camera refused) reads the `v5-devices` part, the browser's
 * NotAllowedError behind it and the `base` part (the labels of the v5 pages it links).
 */
export const FIRST_PROBLEM = Object.freeze({
  v4: Object.freeze(['panel', 'sdk']),
  v5: Object.freeze(['panel', 'base', 'v5-devices', 'browser']),
});

/** The chunk of the part `part` of `lang` in `dir` (`<lang>-<part>-<hash>.js`), or null. */
export function languageChunk(dir, lang, part = 'panel') {
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir).find((f) => new RegExp(`^${lang}-${part}-[\\w-]+\\.js$`).test(f));
  return name ? join(dir, name) : null;
}

/**
 * What the script tag's lazy part loads at the first problem: panel.js and its static chunks,
 * then the words of `lang` that problem needs (`parts`, default a 4.x SDK error's) and their
 * static chunks. Null when something is not built.
 */
export function lazyPart(dist, lang, parts = FIRST_PROBLEM.v4) {
  const dir = join(dist, 'lazy');
  const panel = staticClosure(join(dir, 'panel.js'));
  const words = parts.map((part) => languageChunk(dir, lang, part));
  if (!panel || words.includes(null)) return null;
  return [...new Set([...panel, ...words.flatMap((file) => staticClosure(file))])];
}

/** The built chunk of `dir` named `<name>-<hash>.js` (a module's own chunk), or null. */
function namedChunk(dir, name) {
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f));
  return file ? join(dir, file) : null;
}

/**
 * What the script tag's lazy part has loaded once the panel first opened on that problem: the
 * first problem's files (`lazyPart`), then the panel's view (Preact and the panel's frame), the
 * view's words of `lang` and the problem cards, with their static chunks. Null when something is
 * not built.
 */
export function openPart(dist, lang, parts = FIRST_PROBLEM.v4) {
  const dir = join(dist, 'lazy');
  const first = lazyPart(dist, lang, parts);
  const more = [
    namedChunk(dir, 'view'),
    languageChunk(dir, lang, 'view'),
    namedChunk(dir, 'ProblemCard'),
  ];
  if (!first || more.includes(null)) return null;
  return [...new Set([...first, ...more.flatMap((file) => staticClosure(file))])];
}
