// Small printing helpers shared by the bench scripts: byte and time units, aligned tables.

/** `20,480 B (20.0 KB)`: exact bytes for diffs, KB (1024) for reading. */
export function bytes(n) {
  return `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(1)} KB)`;
}

/** `1.23 MB` for heap figures, signed when asked. */
export function megabytes(n, signed = false) {
  const text = `${(Math.abs(n) / (1024 * 1024)).toFixed(2)} MB`;
  return signed ? `${n < 0 ? '-' : '+'}${text}` : text;
}

/** Milliseconds with a precision that suits the size. */
export function ms(n) {
  if (n == null || Number.isNaN(n)) return 'n/a';
  return `${n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n)} ms`;
}

/** `{ setTimeout: 2, rAF: 1 }` as `setTimeout 2, rAF 1`; `none` for no entry. */
export function counts(byName) {
  const entries = Object.entries(byName);
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(', ') : 'none';
}

/** Left-aligns the first column, right-aligns the others. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
