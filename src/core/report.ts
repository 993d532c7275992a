/**
 * The report a user pastes into a ticket: JSON (a versioned schema, for tools) or Markdown (the
 * fields Tencent support asks for first). Both render one plain model, in which every string has
 * been cleaned (by field name, by the exact secrets captured, by shape, URL queries; user ids
 * pseudonymised when asked) before anything is cut or escaped; the result is checked once more
 * for any form of a secret before it leaves. Bounded in size.
 */
import type { EnvironmentFacts } from './env.js';
import { read } from './guard.js';
import { MIN_SECRET_LENGTH, REDACTED, formsOf, redactText } from './redact.js';
import { redactValue } from './redact-value.js';
import { t } from './strings.js';
import type { StringKey } from './strings.js';
import type { Lang, PreflightResult, Problem, ProblemSource, TimelineEntry } from './types.js';
import { publicSource } from './watch.js';

/** The JSON report's schema id; bumped on any incompatible change. */
export const REPORT_SCHEMA = 'trtc-doctor-report/1';
/** A report never exceeds this many characters: the timeline is trimmed first, then messages. */
export const MAX_REPORT_CHARS = 200_000;
/**
 * Every string of the report is cut to this many characters (plus an ellipsis): a 2 MB label must
 * shorten itself, not crowd every problem and timeline entry out of the size limit.
 */
export const MAX_REPORT_FIELD_CHARS = 1000;
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
  /** What its userSig decodes to (times as ISO strings): never the userSig itself. */
  readonly userSigCheck?: UserSigCheck;
}

/** A userSig's decoded facts, as a report lists them. */
export interface UserSigCheck {
  readonly valid: boolean;
  readonly reason?: string;
  readonly issuedAt?: string;
  readonly expiresAt?: string;
  readonly validForSeconds?: number;
  readonly userIdMatches?: boolean;
  readonly sdkAppIdMatches?: boolean;
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
  /** The latest `preflight()` result, when one ran. */
  readonly preflight?: PreflightResult;
}

const iso = (ms: number | undefined) =>
  ms === undefined ? undefined : read(() => new Date(ms).toISOString());

/** A problem as the report lists it: the diagnosis flattened, times as ISO strings, no SDK object. */
const problemRecord = (p: Problem, d = p.diagnosis) => ({
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
});

/** A timeline entry as the report lists it: its time as an ISO string, no SDK object. */
const timelineRecord = (e: TimelineEntry) => ({
  ...e,
  at: iso(e.at) ?? '',
  source: e.source && publicSource(e.source as ProblemSource),
});

type ReportModel = {
  schema: string;
  generatedAt: string;
  timezone: string;
  widgetVersion: string;
  sdkVersion?: string;
  /** `v4` or `v5`, when known. */
  sdkFamily?: string;
  environment: EnvironmentFacts;
  clients: ClientFacts[];
  problems: ReturnType<typeof problemRecord>[];
  timeline: ReturnType<typeof timelineRecord>[];
  preflight?: { at: string; status: string; items: { id: string; status: string; text: string }[] };
  truncated?: {
    timelineEntriesDropped: number;
    messagesShortened: boolean;
    problemsDropped: number;
    /** Some field was longer than {@link MAX_REPORT_FIELD_CHARS} and was cut. */
    fieldsShortened?: boolean;
  };
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `UTC+08:00` (and the zone name where the browser tells it), for "time (with timezone)". */
function timezoneOf(now: number): string {
  const minutes = -new Date(now).getTimezoneOffset();
  const abs = Math.abs(minutes);
  const offset = `UTC${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  const zone = read(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  return zone ? `${offset} (${zone})` : offset;
}

/**
 * Local wall-clock time `YYYY-MM-DD HH:mm:ss` (or `HH:mm:ss`), the way the reporter saw it: the
 * ISO form of the instant shifted by the local offset.
 */
const localTime = (ms: number, withDate = true): string =>
  read(() =>
    new Date(ms - new Date(ms).getTimezoneOffset() * 60_000)
      .toISOString()
      .slice(withDate ? 0 : 11, 19)
      .replace('T', ' '),
  ) ?? '?';

/** A stable pseudonym (`user-` + FNV-1a hash): the same user id gives the same name in every report. */
export function pseudonymOf(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash = Math.imul(hash ^ userId.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `user-${hash.toString(16).padStart(8, '0')}`;
}

/** Each user id the report may mention, as a whole-token pattern, with its pseudonym. */
function pseudonyms(input: ReportInput): [RegExp, string][] {
  const ids = new Set<string | undefined>(input.clients.map((c) => c.userId));
  for (const p of input.problems) ids.add(p.source.userId);
  for (const e of input.timeline) {
    ids.add(e.source?.userId);
    if (e.event === 'peer-join' || e.event === 'peer-leave') ids.add(e.text);
  }
  // Longest first, so an id that contains another is replaced whole.
  return [...ids]
    .filter((id): id is string => !!id)
    .sort((a, b) => b.length - a.length)
    .map((id) => [
      // No lookbehind: old Safari cannot parse it.
      new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\w-])`, 'g'),
      `$1${pseudonymOf(id)}`,
    ]);
}

/** Whether any form of any secret is still in `text` (the last check before a report leaves). */
const leaks = (text: string, secrets: readonly string[]): boolean =>
  secrets.some(
    (s) => s.length >= MIN_SECRET_LENGTH && formsOf(s).some((form) => text.includes(form)),
  );

const oneLine = (text: string | undefined, max = 500): string => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
/**
 * Every character CommonMark or GFM may read as inline formatting: emphasis, code, links and
 * images, strikethrough, HTML, entities, table cells. Each is backslash-escaped wherever it is.
 */
const MARKDOWN_INLINE = /[\\`*_{}[\]()!|~<>&]/g;
/**
 * What only formats at the start of a line (a heading `#`, a list `-` `+` `1.` `1)`): the text is
 * always one line, and may start one (a message follows `> `), so only its start is escaped. A
 * version `4.15.22` or a date in the middle of a sentence stays readable in the raw text.
 */
const MARKDOWN_LINE_START = /^(\d{0,9})([#+\-.)])/;

// Ticket systems render Markdown: text from the SDK must stay text.
const md = (text: unknown, max?: number): string =>
  oneLine(text === undefined ? text : String(text), max)
    .replace(MARKDOWN_INLINE, '\\$&')
    .replace(MARKDOWN_LINE_START, '$1\\$2');

function renderMarkdown(m: ReportModel, lang: Lang, now: number): string {
  const s = (key: StringKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const unknown = s('unknown');
  const unique = (key: 'sdkAppId' | 'roomId' | 'userId' | 'role') =>
    [...new Set(m.clients.map((c) => c[key]).filter((v) => v !== undefined && v !== ''))].join(
      ', ',
    ) || unknown;
  const { browser, secureContext, userAgent, url } = m.environment;
  const rows: [StringKey, unknown][] = [
    ['sdkAppId', unique('sdkAppId')],
    ['room', unique('roomId')],
    ['user', unique('userId')],
    ['role', unique('role')],
    ['time', `${localTime(now)} ${m.timezone}`],
    [
      'sdkVersion',
      [m.sdkVersion ?? unknown, m.sdkFamily && `(${m.sdkFamily})`].filter(Boolean).join(' '),
    ],
    [
      'browser',
      (browser?.name === 'unknown'
        ? oneLine(userAgent, 200)
        : `${browser.name} ${browser.version}`) || unknown,
    ],
    ['secureContext', secureContext === undefined ? unknown : s(secureContext ? 'yes' : 'no')],
    ['page', url ?? unknown],
    ['widget', `trtc-doctor ${m.widgetVersion}`],
  ];
  const lines = [
    `## ${s('reportTitle')}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([key, value]) => `| ${md(s(key))} | ${md(value)} |`),
    '',
    `### ${s('whatHappened')}`,
    '',
  ];
  if (!m.problems.length) lines.push(s('noProblems'));
  // Newest first (ISO times sort as text).
  [...m.problems]
    .sort((a, b) => (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0))
    .forEach((p, i) => {
      const codes = [p.key, p.code, p.hex, p.extraCode ? `extra ${p.extraCode}` : undefined].filter(
        (c) => c !== undefined,
      );
      const when = `${localTime(Date.parse(p.firstAt))} → ${localTime(Date.parse(p.lastAt), false)}`;
      // Inside a code span escapes are literal: only backticks must go.
      const code = oneLine(codes.join(' ') || p.id, 200).replace(/`/g, "'");
      lines.push(
        `${i + 1}. **${md(p.title)}** \`${code}\` ×${p.count} · ${md(p.source.label)} · ${when} · ${s(p.resolved ? 'resolved' : 'open')}`,
      );
      if (p.related.length) lines.push(`   - ${md(p.related.join(', '))}`);
      if (p.message) lines.push(`   > ${md(p.message)}`);
    });
  if (m.preflight) {
    lines.push('', `### ${s('preflight', { status: m.preflight.status })}`, '');
    for (const i of m.preflight.items)
      lines.push(`- ${md(i.status)} · ${md(i.id)} · ${md(i.text)}`);
  }
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
  const truncated = {
    timelineEntriesDropped: 0,
    messagesShortened: false,
    problemsDropped: 0,
    ...model.truncated,
  };
  model.truncated = truncated;
  /** Drops a quarter (at least one) of `list` at a time while the report is too long. */
  const shrink = (
    list: 'timeline' | 'problems',
    count: 'timelineEntriesDropped' | 'problemsDropped',
  ) => {
    while (out.length > max && model[list].length) {
      const items: unknown[] = model[list];
      const drop = Math.ceil(items.length / 4);
      // The oldest timeline entries go, and the last-listed problems.
      (model as Record<typeof list, unknown[]>)[list] =
        list === 'timeline' ? items.slice(drop) : items.slice(0, -drop);
      truncated[count] += drop;
      out = render(model);
    }
  };
  shrink('timeline', 'timelineEntriesDropped');
  for (const limit of [300, 0]) {
    if (out.length <= max) break;
    truncated.messagesShortened = true;
    for (const p of model.problems) p.message = limit ? oneLine(p.message, limit) : undefined;
    out = render(model);
  }
  shrink('problems', 'problemsDropped');
  return out.slice(0, max);
}

/** The redacted report as a string. Never throws; never contains a captured secret. */
export function buildReport(
  input: ReportInput,
  format: 'json' | 'markdown' = 'json',
  max = MAX_REPORT_CHARS,
): string {
  const { secrets, environment, now } = input;
  const aliases = input.pseudonymizeUserIds ? pseudonyms(input) : [];
  // Memoised: a timeline repeats the same few texts.
  const cleaned = new Map<string, string>();
  const cut = MAX_REPORT_FIELD_CHARS;
  let shortened = false;
  const clean = (text: string): string => {
    let out = cleaned.get(text);
    if (out === undefined) {
      // Cut with room before cleaning (bounded work), and to the limit after: a secret cut at the
      // first edge is beyond the second.
      out = redactText(text.slice(0, 4 * cut), secrets);
      if (out.length > cut) {
        out = `${out.slice(0, cut)}…`;
        shortened = true;
      }
      out = aliases.reduce((s, [id, alias]) => s.replace(id, alias), out);
      cleaned.set(text, out);
    }
    return out;
  };
  /** A copy of our plain model with every string cleaned. */
  const copy = (value: unknown): unknown =>
    typeof value === 'string'
      ? clean(value)
      : Array.isArray(value)
        ? value.map(copy)
        : typeof value === 'object' && value
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]))
          : value;
  const model = copy({
    schema: REPORT_SCHEMA,
    generatedAt: iso(now) ?? '',
    timezone: timezoneOf(now),
    widgetVersion: environment.widgetVersion,
    sdkVersion: environment.sdkVersion,
    sdkFamily: environment.sdkFamily,
    // Holds data we did not shape (the SDK's check): the deep redactor, which also drops fields
    // that cannot be read.
    environment: redactValue(environment, secrets),
    clients: input.clients,
    problems: input.problems.map((p) => problemRecord(p)),
    timeline: input.timeline.map(timelineRecord),
    // The checklist's sentences and statuses (its data stays out: device labels, candidates).
    preflight: input.preflight && {
      at: iso(input.preflight.at) ?? '',
      status: input.preflight.status,
      items: input.preflight.items.map(({ id, status, text }) => ({ id, status, text })),
    },
  }) as ReportModel;
  if (shortened) {
    model.truncated = {
      timelineEntriesDropped: 0,
      messagesShortened: false,
      problemsDropped: 0,
      fieldsShortened: true,
    };
  }
  let out = fit(
    model,
    format === 'markdown'
      ? (m) => renderMarkdown(m, input.lang, now)
      : (m) => JSON.stringify(m, null, 2),
    max,
  );
  // Markdown joins cleaned pieces; clean the whole once more. JSON was cleaned field by field.
  if (format === 'markdown') out = redactText(out, secrets);
  // A secret that survived (a form the redactor missed) means the text must not leave as is.
  if (leaks(out, secrets)) out = redactText(out, secrets);
  return leaks(out, secrets) ? REDACTED : out;
}
