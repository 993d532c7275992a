// Which built files a browser loads: the static-import closure of an ES module file (its own
// `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"`, never `import()`),
// and the language chunks of the script tag's lazy part. Shared by .size-limit.mjs and
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

/** The language chunk of `lang` in `dir` (`<lang>-<hash>.js`), or null. */
export function languageChunk(dir, lang) {
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir).find((f) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(f));
  return name ? join(dir, name) : null;
}

/** The lazy part with one language: panel.js, its static chunks, the language and its own. */
export function lazyPart(dist, lang) {
  const panel = staticClosure(join(dist, 'lazy', 'panel.js'));
  const language = languageChunk(join(dist, 'lazy'), lang);
  if (!panel || !language) return null;
  return [...new Set([...panel, ...staticClosure(language)])];
}
