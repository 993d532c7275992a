// @vitest-environment node
/**
 * The words are in the right language, and the severities, actions and guides follow the rules
 * the UI relies on (a button per action, a guide per card).
 */
import { describe, expect, it } from 'vitest';
import { catalog, unknownText, v5Note } from '../../src/catalog';
import type { ActionId, CatalogEntry, EntryText } from '../../src/catalog/types';
import { useAllPacks } from '../../src/lang/all';

// Both languages, as the public `catalog` and `diagnose` have them.
useAllPacks();

/** CJK ideographs, and the full-width punctuation Chinese text uses. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function strings(text: EntryText): string[] {
  return [text.title, text.cause, ...text.fix, ...(text.hint === undefined ? [] : [text.hint])];
}

const texts: [string, EntryText, EntryText][] = [
  ...catalog.map((e): [string, EntryText, EntryText] => [e.id, e.text.zh, e.text.en]),
  ['unknownText', unknownText.zh, unknownText.en],
];

describe('catalog languages', () => {
  it.each(texts)('%s: zh is Chinese, en has no Chinese', (_id, zh, en) => {
    for (const line of strings(zh)) expect(line, line).toMatch(CJK);
    for (const line of strings(en)) expect(line, line).not.toMatch(CJK);
  });

  it('has a v5 note in both languages', () => {
    expect(v5Note.zh).toMatch(CJK);
    expect(v5Note.en).not.toMatch(CJK);
    expect(v5Note.en).toMatch(/v5/);
  });

  it('has the same number of fix steps, and a hint, in both languages', () => {
    for (const entry of catalog) {
      expect(entry.text.zh.fix.length, entry.id).toBe(entry.text.en.fix.length);
      expect(entry.text.zh.hint === undefined, entry.id).toBe(entry.text.en.hint === undefined);
      // An entry without a hint has no `hint` field at all, so it serialises cleanly.
      for (const text of [entry.text.zh, entry.text.en]) {
        expect('hint' in text, entry.id).toBe(text.hint !== undefined);
      }
    }
    const withHint = catalog.filter((e) => e.text.en.hint);
    expect(withHint.map((e) => e.id)).toContain('sdk:PLAY_NOT_ALLOWED');
    expect(withHint.length).toBeLessThan(catalog.length);
  });

  it('keeps texts short: en cause at most two sentences, 1-4 fix steps', () => {
    for (const [id, , en] of texts) {
      expect(en.cause.split(/[.!?](?:\s|$)/).filter(Boolean).length, id).toBeLessThanOrEqual(2);
      expect(en.fix.length, id).toBeGreaterThanOrEqual(1);
      expect(en.fix.length, id).toBeLessThanOrEqual(4);
    }
  });
});

function entry(id: string): CatalogEntry {
  const found = catalog.find((e) => e.id === id);
  if (!found) throw new Error(`no catalog entry ${id}`);
  return found;
}

/** The backticked code spans of a text, sorted (word order differs between the languages). */
const spans = (line: string): string[] => (line.match(/`[^`]*`/g) ?? []).sort();
/** The numbers of a text, sorted. */
const numbers = (line: string): string[] => (line.match(/\d+/g) ?? []).sort();

describe('zh and en say the same thing', () => {
  it.each(texts)('%s: the same code spans and numbers, field by field', (id, zh, en) => {
    const fields = (text: EntryText) => strings(text).map((line) => [spans(line), numbers(line)]);
    expect(fields(zh), id).toEqual(fields(en));
  });
});

describe('end-user hints', () => {
  const visible = catalog.filter((e) => e.audience !== 'developer');

  it.each(visible.map((e): [string, CatalogEntry] => [e.id, e]))(
    '%s: a calm hint in both languages, with no code in it',
    (id, e) => {
      for (const text of [e.text.zh, e.text.en]) {
        const hint = text.hint ?? '';
        expect(hint.trim(), `${id} hint`).not.toBe('');
        // No codes, keys, code spans or support numbers: an end user can do nothing with them.
        expect(hint, `${id} hint`).not.toMatch(/`|\d{3,}|0x|QQ|[A-Z]+_[A-Z]|!|！/);
      }
    },
  );

  it('keeps the support QQ number for developers (fix steps only)', () => {
    const withQq = catalog.filter((e) => e.text.en.fix.some((step) => /QQ \d+/.test(step)));
    expect(withQq.length).toBeGreaterThan(0);
    for (const e of withQq) {
      expect(e.text.en.hint, e.id).toMatch(/support/i);
      expect(e.text.zh.hint, e.id).toMatch(/客服|支持/);
    }
  });
});

describe('severities, actions and guides', () => {
  it('marks normal interactions and autoplay as less than errors', () => {
    expect(entry('sdk:REMOTE_STREAM_NOT_EXIST').severity).toBe('info');
    expect(entry('sdk:PLAY_NOT_ALLOWED').severity).toBe('warning');
    expect(entry('sdk:JOIN_ROOM_FAILED').severity).toBe('error');
  });

  const rules: [ids: string[], actions: ActionId[], guide?: string][] = [
    [['sdk:PLAY_NOT_ALLOWED'], ['resume-playback'], 'autoplay'],
    [
      ['browser:NotAllowedError', 'sdk:INITIALIZE_FAILED'],
      ['request-permission', 'check-devices'],
      'unblock-permission',
    ],
    [
      ['sdk:DEVICE_NOT_FOUND', 'browser:NotFoundError'],
      ['check-devices', 'retry-capture'],
    ],
    [
      [
        'browser:NotReadableError',
        'browser:AbortError',
        'browser:OverconstrainedError',
        'sdk:DEVICE_AUTO_RECOVER_FAILED',
      ],
      ['retry-capture', 'check-devices'],
    ],
    [
      [
        'sdk:ICE_TRANSPORT_ERROR',
        'message:ICE/DTLS Transport connection failed',
        'message:RtcError: no valid ice candidate found',
      ],
      ['test-connection', 'check-environment', 'rejoin'],
      'firewall',
    ],
    [
      [
        'sdk:SIGNAL_CHANNEL_RECONNECTION_FAILED',
        'sdk:UPLINK_RECONNECTION_FAILED',
        'sdk:DOWNLINK_RECONNECTION_FAILED',
        'message:SignalChannel reconnect failed',
        'message:publish timeout',
        'message:join room timeout',
      ],
      ['rejoin', 'check-environment', 'test-connection'],
    ],
    [['sdk:NOT_SUPPORTED', 'sdk:NOT_SUPPORTED_H264'], ['check-environment']],
    [
      ['account:70001', 'account:70003', 'join:-10013', 'join:-100018', 'sdk:JOIN_ROOM_FAILED'],
      ['rejoin', 'copy-report'],
    ],
  ];

  it.each(rules)('%j offer %j', (ids, actions, guide) => {
    for (const id of ids) {
      expect(entry(id).actions, id).toEqual(actions);
      if (guide !== undefined) expect(entry(id).guide, id).toBe(guide);
    }
  });

  it('links account and join codes to the join-failure table', () => {
    for (const e of catalog.filter((c) => c.kind === 'account' || c.kind === 'join')) {
      expect(e.docs.map((d) => d.url).join(' '), e.id).toContain('647/34342');
    }
  });

  it('gives the firewall page to every entry with the firewall guide', () => {
    for (const e of catalog.filter((c) => c.guide === 'firewall')) {
      expect(e.docs.map((d) => d.url).join(' '), e.id).toContain('647/34399');
    }
  });

  it('shares words between codes of one meaning but keeps their own numbers', () => {
    const internal = [70169, 70201, 70202, 70203].map((code) => entry(`account:${code}`));
    expect(new Set(internal.map((e) => e.text)).size).toBe(1);
    expect(internal.map((e) => e.code)).toEqual([70169, 70201, 70202, 70203]);
    expect(entry('join:-100018').text).toBe(entry('join:-10013').text);
    expect(entry('join:-100013').text).toBe(entry('join:10006').text);
  });
});
