// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnvironmentFacts } from '../../src/core/env';
import { REDACTED } from '../../src/core/redact';
import {
  MARKDOWN_TIMELINE_ENTRIES,
  MAX_REPORT_CHARS,
  MAX_REPORT_FIELD_CHARS,
  REPORT_SCHEMA,
  buildReport,
  pseudonymOf,
} from '../../src/core/report';
import type { ReportInput } from '../../src/core/report';
import type { Diagnosis, Problem, TimelineEntry } from '../../src/core/types';
import { useAllPacks } from '../../src/lang/all';

// These tests read words synchronously: both languages' packs, as createDoctorCore has them.
useAllPacks();

const AT = Date.UTC(2026, 4, 1, 12, 0, 0);
const SECRET = 'Zq8vN3kLp0Rt7wXy2BcD5fGh9JmQ4sTu6VaE1iOo';

const diagnosis = (over: Partial<Diagnosis> = {}): Diagnosis => ({
  id: 'sdk:PLAY_NOT_ALLOWED',
  kind: 'sdk',
  key: 'PLAY_NOT_ALLOWED',
  code: 16451,
  hex: '0x4043',
  related: [],
  severity: 'error',
  title: 'Playback blocked by the browser',
  cause: '',
  fix: [],
  actions: ['resume-playback'],
  docs: [],
  lang: 'en',
  message: 'play() failed <PLAY_NOT_ALLOWED 0x4043>',
  ...over,
});

const problem = (over: Partial<Problem> = {}, d: Partial<Diagnosis> = {}): Problem => ({
  fingerprint: 'fp',
  diagnosis: diagnosis(d),
  source: {
    type: 'remote-stream',
    label: 'remote alice',
    userId: 'alice',
    target: { userSig: SECRET },
  },
  operation: 'play',
  count: 3,
  firstAt: AT,
  lastAt: AT + 5000,
  resolved: false,
  ...over,
});

const entry = (seq: number, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  seq,
  at: AT + seq,
  type: 'state',
  event: 'connection-state-changed',
  text: `DISCONNECTED → CONNECTING ${seq}`,
  source: { type: 'client', label: 'client 1' },
  ...over,
});

const environment: EnvironmentFacts = {
  checkedAt: AT,
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  browser: { name: 'Chrome', version: '126.0.0.0' },
  language: 'zh-CN',
  secureContext: true,
  url: 'https://app.example.com/call',
  sdkVersion: '4.15.22',
  widgetVersion: '0.1.0',
};

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  problems: [problem()],
  timeline: [entry(1), entry(2, { type: 'info', event: 'peer-join', text: 'bob' })],
  environment,
  clients: [
    { label: 'client 1', sdkAppId: 1400000000, userId: 'alice', roomId: 1234, mode: 'rtc' },
  ],
  secrets: [SECRET],
  pseudonymizeUserIds: false,
  lang: 'en',
  now: AT + 10_000,
  ...over,
});

describe('JSON report', () => {
  it('has the versioned schema with versions, times, environment, clients, problems and timeline', () => {
    const report = JSON.parse(buildReport(input(), 'json'));
    expect(report.schema).toBe(REPORT_SCHEMA);
    expect(report.generatedAt).toBe(new Date(AT + 10_000).toISOString());
    expect(report.timezone).toMatch(/^UTC[+-]\d\d:\d\d/);
    expect(report.widgetVersion).toBe('0.1.0');
    expect(report.sdkVersion).toBe('4.15.22');
    expect(report.environment.browser).toEqual({ name: 'Chrome', version: '126.0.0.0' });
    expect(report.clients).toEqual([
      { label: 'client 1', sdkAppId: 1400000000, userId: 'alice', roomId: 1234, mode: 'rtc' },
    ]);
    expect(report.problems).toEqual([
      {
        id: 'sdk:PLAY_NOT_ALLOWED',
        kind: 'sdk',
        key: 'PLAY_NOT_ALLOWED',
        code: 16451,
        hex: '0x4043',
        related: [],
        severity: 'error',
        title: 'Playback blocked by the browser',
        count: 3,
        firstAt: new Date(AT).toISOString(),
        lastAt: new Date(AT + 5000).toISOString(),
        source: { type: 'remote-stream', label: 'remote alice', userId: 'alice' },
        operation: 'play',
        resolved: false,
        message: 'play() failed <PLAY_NOT_ALLOWED 0x4043>',
      },
    ]);
    expect(report.timeline[1]).toEqual({
      seq: 2,
      at: new Date(AT + 2).toISOString(),
      type: 'info',
      event: 'peer-join',
      text: 'bob',
      source: { type: 'client', label: 'client 1' },
    });
  });

  it('never serialises the SDK objects behind a source', () => {
    const text = buildReport(input(), 'json');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('target');
  });

  it('redacts secrets in every field, by value, name, shape and URL query', () => {
    const sig = `eJw${'A1b2C3d4'.repeat(20)}`;
    const report = buildReport(
      input({
        problems: [
          problem(
            {},
            {
              message: `token ${SECRET} at https://x.example.com/a?userSig=${sig}&b=2`,
              title: `title ${SECRET}`,
            },
          ),
        ],
        timeline: [entry(1, { text: `{"privateMapKey":"abc123456789"} ${sig}` })],
        clients: [{ label: `label ${SECRET}`, userId: 'alice' }],
      }),
      'json',
    );
    expect(report).not.toContain(SECRET);
    expect(report).not.toContain(sig.slice(0, 30));
    expect(report).not.toContain('abc123456789');
    expect(report).toContain(REDACTED);
    expect(report).toContain('https://x.example.com/a?');
    expect(() => JSON.parse(report)).not.toThrow();
  });

  it('drops environment fields that cannot be read, never passes them through', () => {
    const hostile = {
      ...environment,
      system: Object.defineProperty({ result: false }, 'detail', {
        get() {
          throw new Error(SECRET);
        },
        enumerable: true,
      }),
    } as EnvironmentFacts;
    const report = JSON.parse(buildReport(input({ environment: hostile }), 'json'));
    expect(report.environment.system).toEqual({ result: false });
  });

  it('pseudonymises user ids when asked, stably, everywhere', () => {
    const text = buildReport(input({ pseudonymizeUserIds: true }), 'json');
    const report = JSON.parse(text);
    const alice = pseudonymOf('alice');
    expect(alice).toMatch(/^user-[0-9a-f]{8}$/);
    expect(pseudonymOf('alice')).toBe(alice);
    expect(pseudonymOf('bob')).not.toBe(alice);
    expect(report.clients[0].userId).toBe(alice);
    expect(report.problems[0].source).toEqual({
      type: 'remote-stream',
      label: `remote ${alice}`,
      userId: alice,
    });
    expect(report.timeline[1].text).toBe(pseudonymOf('bob'));
    expect(text).not.toMatch(/\balice\b|\bbob\b/);
  });

  it('stays under the size cap: timeline first, then messages', () => {
    const timeline = Array.from({ length: 500 }, (_, i) => entry(i + 1, { text: 'x'.repeat(300) }));
    const problems = Array.from({ length: 100 }, (_, i) =>
      problem({ fingerprint: String(i), lastAt: AT + i }, { message: 'm'.repeat(500) }),
    );
    const max = 150_000;
    const text = buildReport(input({ timeline, problems }), 'json', max);
    expect(text.length).toBeLessThanOrEqual(max);
    const report = JSON.parse(text);
    expect(report.truncated.timelineEntriesDropped).toBeGreaterThan(0);
    expect(report.problems).toHaveLength(100);
    expect(report.truncated.messagesShortened).toBe(false);
    expect(report.timeline.length).toBeGreaterThan(0);
    // The newest timeline entries are the ones kept.
    expect(report.timeline.at(-1).seq).toBe(500);
    const big = buildReport(input({ timeline, problems }), 'json');
    expect(big.length).toBeLessThanOrEqual(MAX_REPORT_CHARS);
    expect(JSON.parse(big).truncated.timelineEntriesDropped).toBeGreaterThan(0);
    expect(JSON.parse(buildReport(input(), 'json')).truncated).toBeUndefined();
  });

  it('shortens messages when the timeline alone is not enough', () => {
    const problems = Array.from({ length: 100 }, (_, i) =>
      problem({ fingerprint: String(i) }, { message: 'm'.repeat(500) }),
    );
    const text = buildReport(input({ problems, timeline: [] }), 'json', 45_000);
    const report = JSON.parse(text);
    expect(text.length).toBeLessThanOrEqual(45_000);
    expect(report.truncated.messagesShortened).toBe(true);
    expect(report.problems.length).toBeGreaterThan(0);
  });
});

/** What a Markdown renderer shows of escaped text: each backslash-escaped character as itself. */
const shown = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The characters CommonMark and GFM may read as formatting. */
const SPECIAL = '\\`*_{}[]()#+-.!|~<>&';

describe('report: huge fields', () => {
  it('a 2 MB label or message shortens that field, and keeps every problem and entry', () => {
    const huge = 'L'.repeat(2 * 1024 * 1024);
    const source = { type: 'local-stream' as const, label: huge };
    const problems = [
      problem({ fingerprint: 'a', source }),
      problem({ fingerprint: 'b' }, { message: huge }),
      problem({ fingerprint: 'c' }),
    ];
    const timeline = Array.from({ length: 20 }, (_, i) => entry(i + 1, { source }));
    for (const format of ['json', 'markdown'] as const) {
      const text = buildReport(input({ problems, timeline }), format);
      expect(text.length).toBeLessThanOrEqual(MAX_REPORT_CHARS);
      expect(text).not.toContain('L'.repeat(MAX_REPORT_FIELD_CHARS + 1));
      if (format === 'markdown') {
        expect(text).toContain('3. **');
        continue;
      }
      expect(text).toContain(`${'L'.repeat(MAX_REPORT_FIELD_CHARS)}…`);
      const report = JSON.parse(text);
      expect(report.problems).toHaveLength(3);
      expect(report.timeline).toHaveLength(20);
      expect(report.truncated).toEqual({
        timelineEntriesDropped: 0,
        messagesShortened: false,
        problemsDropped: 0,
        fieldsShortened: true,
      });
    }
  });

  it('a secret across the cut is still removed', () => {
    const label = `${'x'.repeat(MAX_REPORT_FIELD_CHARS - 10)}${SECRET}${'y'.repeat(3 * 1024 * 1024)}`;
    const problems = [problem({ source: { type: 'client', label } })];
    const text = buildReport(input({ problems }), 'json');
    expect(text).not.toContain(SECRET.slice(0, 10));
    expect(JSON.parse(text).problems[0].source.label).toContain(REDACTED);
  });
});

describe('Markdown report', () => {
  it('starts with what support asks for', () => {
    const md = shown(buildReport(input(), 'markdown'));
    const lines = md.split('\n');
    expect(lines[0]).toBe('## TRTC problem report');
    expect(md).toContain('| SDKAppID | 1400000000 |');
    expect(md).toContain('| Room | 1234 |');
    expect(md).toContain('| User | alice |');
    expect(md).toMatch(/\| Time \| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC[+-]\d\d:\d\d/);
    // The reporter's wall clock, as the Date getters tell it.
    const d = new Date(AT + 10_000);
    const p = (n: number) => String(n).padStart(2, '0');
    const wall = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    expect(md).toContain(`| Time | ${wall} UTC`);
    expect(md).toContain('| SDK version | 4.15.22 |');
    expect(md).toContain('| Browser | Chrome 126.0.0.0 |');
    expect(md).toContain('| Page | https://app.example.com/call |');
    expect(md.indexOf('| SDKAppID')).toBeLessThan(md.indexOf('### What happened'));
    expect(md).toContain('**Playback blocked by the browser** `PLAY_NOT_ALLOWED 16451 0x4043` ×3');
  });

  it('lists problems newest first and the timeline tail', () => {
    const problems = [
      problem({ fingerprint: 'old', lastAt: AT + 1 }, { title: 'Older' }),
      problem({ fingerprint: 'new', lastAt: AT + 9 }, { title: 'Newer' }),
    ];
    const timeline = Array.from({ length: 80 }, (_, i) => entry(i + 1));
    const md = buildReport(input({ problems, timeline }), 'markdown');
    expect(md.indexOf('Newer')).toBeLessThan(md.indexOf('Older'));
    expect(md).toContain(`### Timeline (last ${MARKDOWN_TIMELINE_ENTRIES})`);
    expect(md).toContain('CONNECTING 80');
    expect(md).not.toContain('CONNECTING 30\n');
  });

  it('keeps SDK text as text (no markup, no table breaks)', () => {
    const md = buildReport(
      input({
        problems: [problem({}, { message: '<img src=x onerror=alert(1)> | `code` \n# heading' })],
      }),
      'markdown',
    );
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\> \\| \\`code\\` # heading');
  });

  it('escapes strikethrough, links, images, entities and braces in SDK text, and a line start', () => {
    const message = '~~gone~~ 1. one - two + three ![i](https://x.example) {a} &amp; 2) ~~~';
    const md = buildReport(input({ problems: [problem({}, { message })] }), 'markdown');
    // Mid-line, `1.`, `-` and `+` format nothing: they stay readable (a version 4.15.22 too).
    expect(md).toContain(
      '   > \\~\\~gone\\~\\~ 1. one - two + three \\!\\[i\\]\\(https://x.example\\) \\{a\\} \\&amp; 2\\) \\~\\~\\~',
    );
    // At the start of the line a message begins, they would start a list or a heading.
    for (const [start, escaped] of [
      ['1. one', '1\\. one'],
      ['2) two', '2\\) two'],
      ['- a', '\\- a'],
      ['+ b', '\\+ b'],
      ['# c', '\\# c'],
    ]) {
      const text = buildReport(input({ problems: [problem({}, { message: start! })] }), 'markdown');
      expect(text).toContain(`   > ${escaped}`);
    }
  });

  it('leaves no formatting character of any SDK text unescaped, and loses none (property)', () => {
    const unit = fc.constantFrom(...SPECIAL.split(''), 'a', '1', ' ');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 60 }), (message) => {
        fc.pre(message.trim() !== '');
        const md = buildReport(input({ problems: [problem({}, { message })] }), 'markdown');
        const body = md
          .split('\n')
          .find((line) => line.startsWith('   > '))!
          .slice(5);
        const unescaped = body.replace(/\\[\s\S]/g, '');
        expect(unescaped).not.toMatch(/[\\`*_{}[\]()!|~<>&]/);
        // Line-leading markers only where they would lead: at the start of the text.
        expect(body).not.toMatch(/^\d{0,9}[#+\-.)]/);
        expect(shown(body)).toBe(message.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 300 },
    );
  });

  it('is in Chinese when the doctor is', () => {
    const md = buildReport(input({ lang: 'zh' }), 'markdown');
    expect(md.split('\n')[0]).toBe('## TRTC 问题报告');
    expect(md).toContain('| 房间号 | 1234 |');
  });

  it('redacts a secret in any field, and says when nothing happened', () => {
    const md = buildReport(
      input({ problems: [], clients: [{ label: 'c', userId: SECRET }] }),
      'markdown',
    );
    expect(md).not.toContain(SECRET);
    expect(md).toContain('No problem recorded.');
  });
});
