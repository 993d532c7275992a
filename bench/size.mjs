// Size figures, printed beside the budgets of the split (issue 10). The limits are enforced by
// size-limit (`.size-limit.mjs`, `npm run size`), not here.
//
//   node bench/size.mjs            print the table
//   node bench/size.mjs --json     print JSON instead of the table
//   node bench/size.mjs --why      also list the largest source files in the script-tag bundle
//   node bench/size.mjs --dist D   measure another build directory (default dist/)
//
// Measures raw, gzip (zlib level 9) and brotli (quality 11) bytes of the script-tag bundle, of the
// ESM entry as a bundler would tree-shake it for one import, and of vConsole's and eruda's main
// files and v5's own debug dialog, all in the same run. Builds nothing unless the build is missing. Writes a copy of the
// figures to bench/results/size.json (ignored by git).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bytes, table } from './lib/format.mjs';
import { FIRST_PROBLEM, lazyPart, openPart } from './lib/chunks.mjs';
import { bytesBySource, groupOf } from './lib/sourcemap.mjs';

const KB = 1024;
/** Issue 10's budgets and goals (gzip), one truth with the limits size-limit enforces. */
const { BUDGETS } = await import('../.size-limit.mjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const why = args.includes('--why');
const distArg = args.indexOf('--dist');
const dist = resolve(root, distArg >= 0 ? (args[distArg + 1] ?? 'dist') : 'dist');
const iifePath = join(dist, 'trtc-doctor.iife.js');
const esmPath = join(dist, 'trtc-doctor.js');

/** Raw, gzip -9 and brotli q11 sizes of some code. */
function measure(code) {
  const buf = Buffer.from(code);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

function ensureBuild() {
  if (existsSync(iifePath) && existsSync(esmPath)) return;
  if (distArg >= 0) fail(`${relative(root, dist)} has no trtc-doctor.js / trtc-doctor.iife.js.`);
  console.error('dist/ is missing: running `npm run build:lib` first.');
  const run = spawnSync('npm', ['run', 'build:lib'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(iifePath) || !existsSync(esmPath)) {
    fail('`npm run build:lib` did not produce dist/trtc-doctor.js and dist/trtc-doctor.iife.js.');
  }
}

/** How many one-line entries were written (each its own file). */
let entries = 0;

/**
 * What a host's bundler ships for `import { <name> } from 'trtc-doctor'` (or `file`): bundles a one-line
 * entry against the built ESM file with Vite (an app build, minified, Preact resolved from node_modules, the
 * package's `sideEffects` honoured) and returns the code.
 */
async function treeShaken(names, tmp, file = esmPath) {
  const { build } = await import('vite');
  const entry = join(tmp, `entry-${names.join('-')}-${++entries}.js`);
  const spec = JSON.stringify(file);
  writeFileSync(
    entry,
    `import { ${names.join(', ')} } from ${spec};\n` +
      names.map((n) => `globalThis.x_${n} = ${n};`).join('\n'),
  );
  // An application build, not lib mode: lib mode keeps whitespace in ES output, a host's app
  // build does not.
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: { input: entry },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  // What loads first: the entry chunk and the chunks it imports statically; chunks reached only
  // by `import()` load later and do not count (as in .size-limit.mjs).
  const all = outputs.filter((o) => o.type === 'chunk');
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const initial = new Set();
  const add = (c) => {
    if (!c || initial.has(c)) return;
    initial.add(c);
    for (const name of c.imports ?? []) add(byName.get(name));
  };
  add(all.find((c) => c.isEntry));
  if (!initial.size) fail(`no entry chunk for ${names.join(', ')}`);
  const chunks = [...initial];
  // Which packages made it in (rendered bytes before minification), so an over-budget import
  // says what to split off.
  const parts = {};
  for (const [id, info] of chunks.flatMap((c) => Object.entries(c.modules ?? {}))) {
    if (id === entry) continue;
    const layer = id.match(/\/esm\/(catalog|core|ui)\//)?.[1];
    const pkg =
      id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
      (layer ? `src/${layer}` : 'trtc-doctor');
    parts[pkg] = (parts[pkg] ?? 0) + (info.renderedLength ?? 0);
  }
  // Every chunk and the initial ones, so a row can add the chunks a call loads later (explain).
  return { code: chunks.map((c) => c.code).join('\n'), parts, all, initial: chunks };
}

/** A typical call of `explain` (bench/size.mjs rows): a 4.x SDK code, a v5 device error. */
const EXPLAIN_CALLS = [
  { family: '4.x', input: "'0x4043'" },
  {
    family: 'v5',
    // DEVICE_ERROR 5300/5302 from startLocalVideo, the camera prompt denied.
    input:
      "Object.assign(new Error('NotAllowedError: Permission denied'), { name: 'DEVICE_ERROR', " +
      "code: 5300, extraCode: 5302, functionName: 'startLocalVideo', originError: " +
      "Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }) })",
  },
];

/**
 * The parts of `lang` that one `explain(input)` call loads, by running it in a fresh Node process
 * against the build (its registry says what it loaded): `{ id, parts }`, or null when it fails.
 */
function explainLoads(file, input, lang) {
  const registry = join(dirname(file), 'lang', 'registry.js');
  const script =
    `const { explain } = await import(${JSON.stringify(pathToFileURL(file).href)});\n` +
    `const { loadedParts } = await import(${JSON.stringify(pathToFileURL(registry).href)});\n` +
    `const d = await explain(${input}, { lang: ${JSON.stringify(lang)} });\n` +
    `console.log(JSON.stringify({ id: d.id, parts: loadedParts(${JSON.stringify(lang)}) }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`bench/size: explain(${input}, ${lang}) did not run: ${run.stderr.trim()}`);
    return null;
  }
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

/**
 * The code of the chunks an app build of `explain` loads for `parts` of `lang` (each part's
 * chunk and what it imports statically), beside the initial ones (`shaken` from treeShaken).
 */
function partChunks(shaken, lang, parts) {
  const byName = new Map(shaken.all.map((c) => [c.fileName, c]));
  const found = new Set();
  const add = (c) => {
    if (!c || found.has(c) || shaken.initial.includes(c)) return;
    found.add(c);
    for (const name of c.imports ?? []) add(byName.get(name));
  };
  for (const part of parts) {
    const own = `/esm/lang/${lang}/${part}.js`;
    const chunk = shaken.all.find((c) =>
      Object.keys(c.modules ?? {}).some((id) => id.endsWith(own)),
    );
    if (!chunk) return null;
    add(chunk);
  }
  return [...found].map((c) => c.code);
}

/**
 * The ESM build's files: the entry and, when the build keeps one file per module, the modules
 * under `dist/esm`. Measured together (concatenated) as the whole of what the ESM build ships.
 */
function shippedEsm() {
  const files = [esmPath];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) files.push(path);
    }
  };
  if (existsSync(join(dist, 'esm'))) walk(join(dist, 'esm'));
  return files;
}

/** The file a package's `main` (or `require.resolve`) points at. */
function mainFile(pkg) {
  const require = createRequire(join(root, 'package.json'));
  return require.resolve(pkg);
}

function fail(message) {
  console.error(`bench/size: ${message}`);
  process.exit(1);
}

function kb(n) {
  return `${(n / KB).toFixed(1)} KB`;
}

async function main() {
  ensureBuild();
  const tmpBase = join(root, 'bench', 'results');
  mkdirSync(tmpBase, { recursive: true });
  const tmp = mkdtempSync(join(tmpBase, 'size-'));
  const rows = [];
  try {
    rows.push({
      id: 'iife',
      label: 'dist/trtc-doctor.iife.js (script-tag entry; its lazy part loads from lazy/)',
      ...measure(readFileSync(iifePath)),
    });
    const esmFiles = shippedEsm();
    rows.push({
      id: 'esm',
      label: `ESM as shipped, all ${esmFiles.length} files (Preact external)`,
      ...measure(Buffer.concat(esmFiles.map((f) => readFileSync(f)))),
    });
    for (const [id, label] of [
      ['diagnose', 'ESM import { diagnose } (tree-shaken, minified)'],
      ['createDoctor', 'ESM import { createDoctor } (tree-shaken, minified)'],
    ]) {
      const { code, parts } = await treeShaken([id], tmp);
      rows.push({ id, label, ...measure(code), parts });
    }
    // The floor of any always-loaded part: the recorder alone (the v4 and v5 watchers, method
    // wrapping, capture, the queue and the timeline, secret learning, the option checks and the
    // settings signal), without the doctor's API around it, the launcher or the lazy loading.
    const recorderFile = join(dist, 'esm', 'core', 'recorder.js');
    if (existsSync(recorderFile)) {
      const { code, parts } = await treeShaken(['createRecorder'], tmp, recorderFile);
      const label =
        'ESM the recorder alone (no API, launcher or loader: the floor of createDoctor)';
      rows.push({ id: 'recorder', label, ...measure(code), parts });
    }
    const oneLanguage = join(dist, 'esm', 'lang', 'en', 'diagnose.js');
    if (existsSync(oneLanguage)) {
      const { code, parts } = await treeShaken(['diagnose'], tmp, oneLanguage);
      const label = "ESM import { diagnose } from 'trtc-doctor/diagnose' (English only)";
      rows.push({ id: 'diagnoseEn', label, ...measure(code), parts });
    }
    // `explain`: the diagnosis without words up front, then the parts one call reads.
    const explainFile = join(dist, 'esm', 'explain.js');
    if (existsSync(explainFile)) {
      const shaken = await treeShaken(['explain'], tmp, explainFile);
      // A Vite app build adds Vite's own preload helper for `import()` (about 0.9 KB gzip, once
      // per app); size-limit's bundle (.size-limit.mjs `explain`) has none.
      const label =
        "ESM import { explain } from 'trtc-doctor/explain' (initial, Vite's preload helper included)";
      rows.push({ id: 'explain', label, ...measure(shaken.code), parts: shaken.parts });
      for (const { family, input } of EXPLAIN_CALLS) {
        for (const lang of ['en', 'zh']) {
          const loads = explainLoads(explainFile, input, lang);
          const later = loads && partChunks(shaken, lang, loads.parts);
          if (!later) continue;
          rows.push({
            id: `explain-${family}-${lang}`,
            label: `  initial + what explain(a ${family} error → ${loads.id}, ${lang}) loads: ${loads.parts.join(', ')} (${later.length} chunks)`,
            ...measure([shaken.code, ...later].join('\n')),
          });
        }
      }
    }
    // What the script tag loads at the first problem: panel.js and the words that problem reads.
    for (const [family, lang] of [
      ['v4', 'en'],
      ['v4', 'zh'],
      ['v5', 'en'],
      ['v5', 'zh'],
    ]) {
      const files = lazyPart(dist, lang, FIRST_PROBLEM[family]);
      if (!files) continue;
      const id = `lazy${lang === 'en' ? 'En' : 'Zh'}${family === 'v5' ? 'V5' : ''}`;
      const words = FIRST_PROBLEM[family].join(', ');
      rows.push({
        id,
        label: `lazy part at a ${family === 'v5' ? 'v5' : '4.x'} first problem: panel.js + ${lang} ${words} (${files.length} files)`,
        ...measure(Buffer.concat(files.map((f) => readFileSync(f)))),
      });
      // The same, once the panel has opened on it: the panel's view, its words and the cards too.
      const opened = openPart(dist, lang, FIRST_PROBLEM[family]);
      if (!opened) continue;
      rows.push({
        id: `open${id.slice(4)}`,
        label: `  … and after the first open: + view, ${lang} view words, cards (${opened.length} files)`,
        ...measure(Buffer.concat(opened.map((f) => readFileSync(f)))),
      });
    }
    for (const pkg of ['vconsole', 'eruda']) {
      const file = mainFile(pkg);
      const version = JSON.parse(
        readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'),
      ).version;
      rows.push({
        id: pkg,
        label: `${pkg} ${version} (${relative(root, file)})`,
        ...measure(readFileSync(file)),
      });
    }
    // v5's own debug dialog (`?trtcDebug`): the SDK fetches this file from a CDN at run time.
    const dialog = join(root, 'node_modules/trtc-sdk-v5/assets/debug-dialog.js');
    if (existsSync(dialog)) {
      const version = JSON.parse(
        readFileSync(join(root, 'node_modules/trtc-sdk-v5/package.json'), 'utf8'),
      ).version;
      rows.push({
        id: 'v5-debug-dialog',
        label: `trtc-sdk-v5 ${version} debug dialog (${relative(root, dialog)})`,
        ...measure(readFileSync(dialog)),
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const by = Object.fromEntries(rows.map((r) => [r.id, r]));
  const ratios = ['vconsole', 'eruda', 'v5-debug-dialog']
    .filter((id) => by[id])
    .map((other) => ({
      other,
      gzip: by.iife.gzip / by[other].gzip,
      brotli: by.iife.brotli / by[other].brotli,
    }));
  // Printed beside the figures; `npm run size` (size-limit) is what enforces the limits.
  const budgets = [
    {
      name: 'ESM import { createDoctor } gzip (an app build, up front)',
      actual: by.createDoctor.gzip,
      ...BUDGETS.createDoctor,
    },
    { name: 'script-tag entry gzip', actual: by.iife.gzip, ...BUDGETS.iife },
    { name: 'ESM diagnose gzip (both languages)', actual: by.diagnose.gzip, ...BUDGETS.diagnose },
    ...['diagnoseEn', 'explain', 'lazyEn', 'lazyZh', 'lazyEnV5', 'lazyZhV5']
      .filter((id) => by[id])
      .map((id) => ({ name: `${by[id].label} gzip`, actual: by[id].gzip, ...BUDGETS[id] })),
    // The issue's "panel plus one language", read as everything through the first open.
    ...['En', 'Zh', 'EnV5', 'ZhV5']
      .filter((id) => by[`open${id}`])
      .map((id) => ({
        name: `${by[`lazy${id}`].label}, through the first open gzip`,
        actual: by[`open${id}`].gzip,
        ...BUDGETS[`lazy${id}`],
      })),
  ].map((b) => ({ ...b, ok: b.actual <= b.budget }));

  // Where the script-tag bundle's bytes come from, by its source map. Gzip of a part alone
  // overstates its share a little (it cannot borrow from the rest), but ranks the parts right.
  const sources = bytesBySource(iifePath);
  const groups = {};
  for (const { file, code } of sources ?? []) {
    const group = groupOf(file);
    groups[group] = (groups[group] ?? '') + code;
  }
  // What leaving a part out would save: the gzip of the whole less that of the rest (its marginal
  // cost, which a part that repeats others' code has less of than its gzip alone).
  const withoutIt = (parts, index) => {
    const all = gzipSync(parts.join(''), { level: 9 }).length;
    const rest = parts.filter((_, i) => i !== index).join('');
    return all - gzipSync(rest, { level: 9 }).length;
  };
  const groupCodes = Object.values(groups);
  const composition = Object.entries(groups)
    .map(([group, code], i) => ({ group, ...measure(code), saved: withoutIt(groupCodes, i) }))
    .sort((a, b) => b.raw - a.raw);
  const fileCodes = (sources ?? []).map(({ code }) => code);
  const files = (sources ?? []).map(({ file, code }, i) => ({
    file,
    ...measure(code),
    saved: withoutIt(fileCodes, i),
  }));

  const report = {
    rows,
    ratios,
    budgets,
    composition,
    files,
  };
  writeFileSync(join(tmpBase, 'size.json'), JSON.stringify(report, null, 2) + '\n');

  if (asJson) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log('Size (gzip level 9, brotli quality 11)\n');
    console.log(
      table(
        ['artifact', 'raw', 'gzip', 'brotli'],
        rows.map((r) => [r.label, bytes(r.raw), bytes(r.gzip), bytes(r.brotli)]),
      ),
    );
    console.log('');
    for (const r of rows.filter((row) => row.parts)) {
      const list = Object.entries(r.parts)
        .sort((a, b) => b[1] - a[1])
        .map(([pkg, n]) => `${pkg} ${kb(n)}`)
        .join(', ');
      console.log(`  ${r.id} contains (before minification): ${list}`);
    }
    if (composition.length) {
      console.log(
        '\nWhat dist/trtc-doctor.iife.js is made of (source map; gzip of each part alone, and what the whole would lose without it):',
      );
      console.log(
        table(
          ['part', 'raw', 'gzip alone', 'gzip without it'],
          composition.map((c) => [c.group, bytes(c.raw), bytes(c.gzip), `-${bytes(c.saved)}`]),
        ),
      );
      if (why) {
        console.log('\nLargest source files:');
        console.log(
          table(
            ['file', 'raw', 'gzip alone', 'gzip without it'],
            files
              .slice(0, 25)
              .map((f) => [f.file, bytes(f.raw), bytes(f.gzip), `-${bytes(f.saved)}`]),
          ),
        );
      }
    }
    console.log('\nScript-tag bundle compared (ours / theirs; lower is smaller):');
    for (const r of ratios) {
      console.log(
        `  vs ${r.other.padEnd(8)} gzip ${r.gzip.toFixed(3)} (1/${(1 / r.gzip).toFixed(1)}), brotli ${r.brotli.toFixed(3)} (1/${(1 / r.brotli).toFixed(1)})`,
      );
    }
    console.log("\nBudgets of the split (issue 10; size-limit enforces today's limits):");
    for (const b of budgets) {
      console.log(
        `  ${b.ok ? 'ok  ' : 'OVER'} ${b.name}: ${kb(b.actual)} of ${kb(b.budget)}` +
          (b.ok ? ` (${kb(b.budget - b.actual)} left)` : ` (${kb(b.actual - b.budget)} over)`),
      );
    }
    if (by.recorder) {
      console.log(
        `  (the recorder alone, before the doctor's API, the launcher and the loader: ${kb(by.recorder.gzip)})`,
      );
    }
  }
}

main().catch((error) => fail(error?.stack ?? String(error)));
