/**
 * The report a user pastes into a ticket: JSON (a versioned schema, for tools) or Markdown (the
 * fields Tencent support asks for first). Built from a plain model that is redacted as a whole
 * (by field name, by the exact secrets captured, by shape, URL queries), then checked once more
 * for any form of a secret before it leaves. Bounded in size.
 */
import type { EnvironmentFacts } from './env.js';
import { REDACTED, redactText, redactValue } from './redact.js';
import { t } from './strings.js';
import type { Lang, Problem, ProblemSource, TimelineEntry } from './types.js';

/** The JSON report's schema id; bumped on any incompatible change. */
export const REPORT_SCHEMA = 'trtc-doctor-report/1';
/** A report never exceeds this many characters: the timeline is trimmed first, then messages. */
export const MAX_REPORT_CHARS = 200_000;
/** How many of the latest timeline entries the Markdown report shows. */
export const MARKDOWN_TIMELINE_ENTRIES = 50;

/** What the report says about a client (from its config, getters and `join()` arguments). */
export interface ClientFacts {
  readonly label: string;
  readonly sdkAppId?: number;
  readonly userId?: string;
  readonly roomId?: string | number;
  readonly mode?: string;
  readonly role?: string;
}

/** Everything a report is made of. */
export interface ReportInput {
  readonly problems: readonly Problem[];
  readonly timeline: readonly TimelineEntry[];
  readonly environment: EnvironmentFacts;
  readonly clients: readonly ClientFacts[];
  /** Exact secret values to remove (userSig, privateMapKey). */
  readonly secrets: readonly string[];
  readonly pseudonymizeUserIds: boolean;
  readonly lang: Lang;
  readonly now: number;
}

type Source = Pick<ProblemSource, 'type' | 'label' | 'userId'>;

interface ProblemRecord {
  id: string;
  kind: string;
  key?: string;
  code?: number;
  hex?: string;
  extraCode?: number;
  related: string[];
  severity: string;
  title: string;
  count: number;
  firstAt: string;
  lastAt: string;
  source: Source;
  operation?: string;
  resolved: boolean;
  resolvedAt?: string;
  message?: string;
}

interface TimelineRecord {
  seq: number;
  at: string;
  type: string;
  event: string;
  text: string;
  source?: Source;
  diagnosisId?: string;
}

interface ReportModel {
  schema: string;
  generatedAt: string;
  timezone: string;
  widgetVersion: string;
  sdkVersion?: string;
  environment: EnvironmentFacts;
  clients: ClientFacts[];
  problems: ProblemRecord[];
  timeline: TimelineRecord[];
  truncated?: {
    timelineEntriesDropped: number;
    messagesShortened: boolean;
    problemsDropped: number;
  };
}

const iso = (ms: number | undefined): string | undefined => {
  try {
    return ms === undefined ? undefined : new Date(ms).toISOString();
  } catch {
    return undefined;
  }
};

/** `UTC+08:00` (and the zone name where the browser tells it), for "time (with timezone)". */
function timezoneOf(now: number): string {
  const minutes = -new Date(now).getTimezoneOffset();
  const abs = Math.abs(minutes);
  const offset = `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  let zone: string | undefined;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  return zone ? `${offset} (${zone})` : offset;
}

/** Local wall-clock time `YYYY-MM-DD HH:mm:ss`, the way the reporter saw it. */
function localTime(ms: number, withDate = true): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const time = `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  return withDate ? `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${time}` : time;
}

/** A stable pseudonym (`user-` + FNV-1a hash): the same user id gives the same name in every report. */
export function pseudonymOf(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `user-${hash.toString(16).padStart(8, '0')}`;
}

const publicSource = (s: Source): Source =>
  s.userId === undefined
    ? { type: s.type, label: s.label }
    : { type: s.type, label: s.label, userId: s.userId };

function toModel(input: ReportInput): ReportModel {
  const problems = input.problems.map((p): ProblemRecord => {
    const d = p.diagnosis;
    return {
      id: d.id,
      kind: d.kind,
      key: d.key,
      code: d.code,
      hex: d.hex,
      extraCode: d.extraCode,
      related: d.related.map((r) => r.id),
      severity: d.severity,
      title: d.title,
      count: p.count,
      firstAt: iso(p.firstAt) ?? '',
      lastAt: iso(p.lastAt) ?? '',
      source: publicSource(p.source),
      operation: p.operation,
      resolved: p.resolved,
      resolvedAt: iso(p.resolvedAt),
      message: d.message,
    };
  });
  const timeline = input.timeline.map((e): TimelineRecord => ({
    seq: e.seq,
    at: iso(e.at) ?? '',
    type: e.type,
    event: e.event,
    text: e.text,
    source: e.source && publicSource(e.source),
    diagnosisId: e.diagnosisId,
  }));
  return {
    schema: REPORT_SCHEMA,
    generatedAt: iso(input.now) ?? '',
    timezone: timezoneOf(input.now),
    widgetVersion: input.environment.widgetVersion,
    sdkVersion: input.environment.sdkVersion,
    environment: input.environment,
    clients: [...input.clients],
    problems,
    timeline,
  };
}

/** A copy of a plain model with `map` applied to every string (memoised: timelines repeat). */
function mapStrings(value: unknown, map: (text: string) => string): unknown {
  const memo = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let out = memo.get(v);
      if (out === undefined) memo.set(v, (out = map(v)));
      return out;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value);
}

/** Replaces each known user id, as a whole token, by its pseudonym. */
function pseudonymizer(ids: ReadonlyMap<string, string>): (text: string) => string {
  const rules = [...ids].map(([id, alias]) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // No lookbehind: old Safari cannot parse it.
    return [new RegExp(`(^|[^\\w-])${escaped}(?=$|[^\\w-])`, 'g'), `$1${alias}`] as const;
  });
  return (text) => rules.reduce((out, [pattern, alias]) => out.replace(pattern, alias), text);
}

function userIdsOf(input: ReportInput): Map<string, string> {
  const ids = new Set<string>();
  for (const c of input.clients) if (c.userId) ids.add(c.userId);
  for (const p of input.problems) if (p.source.userId) ids.add(p.source.userId);
  for (const e of input.timeline) {
    if (e.source?.userId) ids.add(e.source.userId);
    if (e.event === 'peer-join' || e.event === 'peer-leave') ids.add(e.text);
  }
  ids.delete('');
  // Longest first, so an id that contains another is replaced whole.
  return new Map([...ids].sort((a, b) => b.length - a.length).map((id) => [id, pseudonymOf(id)]));
}

/** Whether any form of any secret is still in `text` (the last check before a report leaves). */
function leaks(text: string, secrets: readonly string[]): boolean {
  return secrets.some((s) => {
    if (s.length < 6) return false;
    const forms = [s, JSON.stringify(s).slice(1, -1)];
    try {
      forms.push(encodeURIComponent(s));
    } catch {
      // Not encodable: that form cannot appear.
    }
    return forms.some((f) => text.includes(f));
  });
}

const oneLine = (text: string | undefined, max = 500): string => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
// Ticket systems render Markdown: text from the SDK must stay text.
const md = (text: string | undefined, max?: number): string =>
  oneLine(text, max).replace(/([\\`*_[\]<>|#])/g, '\\$1');

function renderMarkdown(m: ReportModel, lang: Lang, now: number): string {
  const s = (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) =>
    t(lang, key, vars);
  const unique = (values: unknown[]) =>
    [...new Set(values.filter((v) => v !== undefined && v !== '').map(String))].join(', ') ||
    s('unknown');
  const env = m.environment;
  const browser =
    env.browser.name === 'unknown'
      ? oneLine(env.userAgent, 200)
      : `${env.browser.name} ${env.browser.version}`;
  const secure =
    env.secureContext === undefined ? s('unknown') : env.secureContext ? s('yes') : s('no');
  const rows: [string, string][] = [
    [s('sdkAppId'), unique(m.clients.map((c) => c.sdkAppId))],
    [s('room'), unique(m.clients.map((c) => c.roomId))],
    [s('user'), unique(m.clients.map((c) => c.userId))],
    [s('time'), `${localTime(now)} ${m.timezone}`],
    [s('sdkVersion'), m.sdkVersion ?? s('unknown')],
    [s('browser'), browser || s('unknown')],
    [s('secureContext'), secure],
    [s('page'), env.url ?? s('unknown')],
    [s('widget'), `trtc-doctor ${m.widgetVersion}`],
  ];
  const lines = [`## ${s('reportTitle')}`, '', '| | |', '| --- | --- |'];
  for (const [name, value] of rows) lines.push(`| ${md(name)} | ${md(value)} |`);
  lines.push('', `### ${s('whatHappened')}`, '');
  const newestFirst = [...m.problems].sort((a, b) =>
    a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0,
  );
  if (!newestFirst.length) lines.push(s('noProblems'));
  newestFirst.forEach((p, i) => {
    const codes = [p.key, p.code, p.hex, p.extraCode ? `extra ${p.extraCode}` : undefined].filter(
      (c) => c !== undefined,
    );
    const when = `${localTime(Date.parse(p.firstAt))} → ${localTime(Date.parse(p.lastAt), false)}`;
    // Inside a code span escapes are literal: only backticks must go.
    const code = oneLine(codes.join(' ') || p.id, 200).replace(/`/g, "'");
    const head = `${i + 1}. **${md(p.title)}** \`${code}\` ${s('times', { n: p.count })}`;
    lines.push(
      `${head} · ${md(p.source.label)} · ${when} · ${p.resolved ? s('resolved') : s('open')}`,
    );
    if (p.related.length) lines.push(`   - ${md(p.related.join(', '))}`);
    if (p.message) lines.push(`   > ${md(p.message)}`);
  });
  const tail = m.timeline.slice(-MARKDOWN_TIMELINE_ENTRIES);
  lines.push('', `### ${s('timeline', { n: tail.length })}`, '');
  for (const e of tail) {
    const where = e.source ? ` · ${md(e.source.label)}` : '';
    lines.push(
      `- ${localTime(Date.parse(e.at), false)} ${md(e.type)}${where} · ${md(e.event)} · ${md(e.text, 300)}`,
    );
  }
  if (m.truncated) lines.push('', `_${s('truncated', { n: MAX_REPORT_CHARS })}_`);
  return `${lines.join('\n')}\n`;
}

/** Shrinks the model until `render` fits: oldest timeline entries, then messages, then problems. */
function fit(model: ReportModel, render: (m: ReportModel) => string, max: number): string {
  let out = render(model);
  if (out.length <= max) return out;
  const truncated = { timelineEntriesDropped: 0, messagesShortened: false, problemsDropped: 0 };
  model.truncated = truncated;
  while (out.length > max && model.timeline.length) {
    const drop = Math.max(1, Math.ceil(model.timeline.length / 4));
    model.timeline = model.timeline.slice(drop);
    truncated.timelineEntriesDropped += drop;
    out = render(model);
  }
  for (const limit of [300, 0]) {
    if (out.length <= max) break;
    truncated.messagesShortened = true;
    for (const p of model.problems)
      if (p.message) p.message = limit ? oneLine(p.message, limit) : undefined;
    out = render(model);
  }
  while (out.length > max && model.problems.length) {
    const drop = Math.max(1, Math.ceil(model.problems.length / 4));
    model.problems = model.problems.slice(0, -drop);
    truncated.problemsDropped += drop;
    out = render(model);
  }
  return out.length <= max ? out : out.slice(0, max);
}

/** The redacted report as a string. Never throws; never contains a captured secret. */
export function buildReport(
  input: ReportInput,
  format: 'json' | 'markdown' = 'json',
  max = MAX_REPORT_CHARS,
): string {
  const secrets = input.secrets;
  const raw = toModel(input);
  // The environment holds data we did not shape (the SDK's check): the deep redactor, which also
  // drops fields that cannot be read. The rest is our own plain model: every string is cleaned.
  raw.environment = redactValue(raw.environment, secrets) as EnvironmentFacts;
  let model = mapStrings(raw, (text) => redactText(text, secrets)) as ReportModel;
  if (input.pseudonymizeUserIds)
    model = mapStrings(model, pseudonymizer(userIdsOf(input))) as ReportModel;
  const render =
    format === 'markdown'
      ? (m: ReportModel) => renderMarkdown(m, input.lang, input.now)
      : (m: ReportModel) => JSON.stringify(m, null, 2);
  let out = fit(model, render, max);
  // Markdown joins cleaned pieces; clean the whole once more. JSON was cleaned field by field.
  if (format === 'markdown') out = redactText(out, secrets);
  // A secret that survived (a form the redactor missed) means the text must not leave as is.
  if (leaks(out, secrets)) out = redactText(out, secrets);
  return leaks(out, secrets) ? REDACTED : out;
}
