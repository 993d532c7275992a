// Which source files the bytes of a built file come from, read from its source map: what to
// look at when a bundle is over budget.
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`bad source map character ${JSON.stringify(c)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * UTF-8 bytes of `codeFile` per source file of its map (`codeFile.map`), largest first, with the
 * code itself (to compress a part alone). Bytes no mapping covers are counted as `(unmapped)`.
 * Returns null when there is no map.
 */
export function bytesBySource(codeFile) {
  const mapFile = `${codeFile}.map`;
  if (!existsSync(mapFile)) return null;
  const code = readFileSync(codeFile, 'utf8');
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const totals = new Map();
  const add = (name, text) => {
    const entry = totals.get(name) ?? { bytes: 0, parts: [] };
    entry.bytes += Buffer.byteLength(text);
    entry.parts.push(text);
    totals.set(name, entry);
  };
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((group, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const starts = [];
    for (const segment of group ? group.split(',') : []) {
      const v = decodeSegment(segment);
      column += v[0];
      if (v.length >= 4) {
        source += v[1];
        starts.push([column, map.sources[source] ?? '(unknown)']);
      } else {
        starts.push([column, '(unmapped)']);
      }
    }
    starts.sort((a, b) => a[0] - b[0]);
    add('(unmapped)', line.slice(0, starts[0]?.[0] ?? line.length) + '\n');
    starts.forEach(([from, name], i) => {
      const to = i + 1 < starts.length ? starts[i + 1][0] : line.length;
      add(name, line.slice(from, to));
    });
  });
  return [...totals.entries()]
    .map(([file, { bytes, parts }]) => ({
      file: file.replace(/^(\.\.\/)+/, ''),
      bytes,
      code: parts.join(''),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The part of the project (or the package) a source file belongs to. */
export function groupOf(file) {
  const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  const layer = file.match(/(?:^|\/)src\/(catalog|core|ui)\//)?.[1];
  if (layer) return `src/${layer}`;
  return file.startsWith('(') ? file : 'src (entry)';
}
