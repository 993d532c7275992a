/**
 * The report before the diagnosis part is loaded (or when it cannot load): what the recorder
 * holds, raw: each error's codes, name and message, how often and when, and the timeline, with
 * every secret removed. No catalog words, so it costs nothing to have.
 */
import { callMethod, field, read, str } from './guard.js';
import type { Recorder } from './recorder.js';

/** The `schema` of a raw report (the full one is `REPORT_SCHEMA`). */
export const RAW_REPORT_SCHEMA = 'trtc-doctor/raw-report@1';

/** One error's raw facts, as text: `code extraCode name: message` (what is there). */
export function rawText(error: unknown, redact: (text: string) => string): string {
  return redact(
    read(() => {
      if (typeof error !== 'object' || error === null) return String(error).slice(0, 300);
      const code = callMethod(error, 'getCode') ?? field(error, 'code');
      const extra = callMethod(error, 'getExtraCode') ?? field(error, 'extraCode');
      const head = [code, extra || undefined, str(field(error, 'name'))]
        .filter((x) => x !== undefined && x !== '')
        .join(' ');
      const message = str(field(error, 'message'))?.slice(0, 300);
      return message ? `${head}: ${message}` : head;
    }) ?? '?',
  );
}

/** The raw report of `recorder`, as JSON or Markdown. */
export function rawReport(recorder: Recorder, format: 'json' | 'markdown'): string {
  const { redact } = recorder;
  const problems = recorder.pending().map((p) => ({
    text: rawText(p.error, redact),
    source: redact(p.source.label),
    operation: p.operation,
    event: p.event,
    count: p.count,
    firstAt: new Date(p.firstAt).toISOString(),
    lastAt: new Date(p.lastAt).toISOString(),
  }));
  const timeline = recorder.pendingLog().map(({ entry, at }) => ({
    at: new Date(at).toISOString(),
    type: entry.type,
    event: entry.event,
    text: redact(entry.text),
  }));
  const page = read(() => redact(location.origin + location.pathname));
  const agent = read(() => navigator.userAgent);
  if (format === 'json') {
    return JSON.stringify(
      {
        schema: RAW_REPORT_SCHEMA,
        note: 'The diagnosis part is not loaded: codes and messages as recorded.',
        createdAt: new Date().toISOString(),
        page,
        userAgent: agent,
        problems,
        timeline,
        dropped: recorder.dropped(),
      },
      null,
      2,
    );
  }
  return [
    '# TRTC Doctor report (raw)',
    '',
    'The diagnosis part is not loaded: codes and messages as recorded.',
    '',
    `- Page: ${page ?? '?'}`,
    `- Browser: ${agent ?? '?'}`,
    '',
    '## Errors',
    ...(problems.length
      ? problems.map((p) => `- ${p.text} (${p.source}, ×${p.count}, ${p.firstAt} – ${p.lastAt})`)
      : ['- none']),
    '',
    '## Timeline',
    ...timeline.map((t) => `- ${t.at} ${t.type} ${t.event}: ${t.text}`),
  ].join('\n');
}
