// @vitest-environment happy-dom
/**
 * The v5 catalog: every code and extra code of the real SDK (its runtime `TRTC.ERROR_CODE` and
 * the extra-code enum inside its trtc.js) has an entry in both languages, with the ids, kinds and
 * keys of the contract, https links to the v5 error page, and the actions and guides that apply.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog';
import type { CatalogEntry } from '../../src/catalog/types';
import { V5_ERROR_KEYS } from '../../src/catalog/v5';
import { V5_EVENT_IDS, V5_EXTRA_CODES, V5_TOP_CODES } from '../fixtures/v5-codes';
import { useAllPacks } from '../../src/lang/all';
import { LANGS } from '../../src/core/lang';

// Both languages, as the public `catalog` and `diagnose` have them.
useAllPacks();

// happy-dom's import.meta.url is no file URL: the path is from the project root, where vitest runs.
const SDK_JS = resolve('node_modules/trtc-sdk-v5/trtc.js');
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** What an end user can do nothing with: code spans, codes, keys. */
const CODE_LIKE = /`|\d{3,}|0x|[A-Z]+_[A-Z]|!|！/;

const byId = new Map(catalog.map((entry) => [entry.id, entry]));
function get(id: string): CatalogEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return entry;
}

/** The extra-code enum of the real runtime: `X[X.NAME=5001]="NAME"` members in the v5 range. */
function runtimeExtraCodes(): Map<number, string> {
  const source = readFileSync(SDK_JS, 'utf8');
  const codes = new Map<number, string>();
  for (const [, name = '', value = ''] of source.matchAll(
    /\[\w+\.([A-Z_0-9]+)=(\d+|5e3)\]="\1"/g,
  )) {
    const code = Number(value);
    if (code > 5000 && code < 5998 && code % 100 !== 0) codes.set(code, name);
  }
  return codes;
}

const codeIds = [...Object.values(V5_TOP_CODES), ...V5_EXTRA_CODES].map((code) => `v5:${code}`);

describe('v5 catalog completeness', () => {
  it('matches the real runtime: TRTC.ERROR_CODE and the extra-code enum of trtc.js', async () => {
    const TRTC = (await import('trtc-sdk-v5')).default as unknown as { ERROR_CODE: object };
    expect(TRTC.ERROR_CODE).toEqual(V5_TOP_CODES);
    expect(
      Object.fromEntries(Object.entries(V5_ERROR_KEYS).map(([c, k]) => [k, Number(c)])),
    ).toEqual(V5_TOP_CODES);
    const runtime = runtimeExtraCodes();
    expect(runtime.get(5501)).toBe('FIREWALL_RESTRICTION');
    expect([...runtime.keys()].sort()).toEqual([...V5_EXTRA_CODES].sort());
    const inCatalog = catalog
      .filter((e) => e.kind === 'v5' && /^v5:\d+$/.test(e.id))
      .map((e) => Number(e.id.slice(3)));
    expect(inCatalog.sort()).toEqual([...Object.values(V5_TOP_CODES), ...runtime.keys()].sort());
  });

  it.each([...codeIds, ...V5_EVENT_IDS])('%s has its words in both languages', (id) => {
    const entry = get(id);
    expect(entry.kind).toBe('v5');
    for (const lang of LANGS) {
      const text = entry.text[lang];
      for (const line of [text.title, text.cause, ...text.fix, text.hint ?? '']) {
        if (lang === 'zh' && line) expect(line, `${id} zh`).toMatch(CJK);
        if (lang === 'en') expect(line, `${id} en`).not.toMatch(CJK);
      }
      expect(text.title.trim() && text.cause.trim(), `${id} ${lang}`).toBeTruthy();
      expect(text.fix.length, `${id} ${lang} fix`).toBeGreaterThan(0);
      if (text.hint !== undefined) expect(text.hint, `${id} hint`).not.toMatch(CODE_LIKE);
    }
    expect(entry.text.zh.fix.length, id).toBe(entry.text.en.fix.length);
    expect(entry.text.zh.hint === undefined, id).toBe(entry.text.en.hint === undefined);
    expect(entry.docs.length, id).toBeGreaterThan(0);
    for (const doc of entry.docs) {
      expect(new URL(doc.url).protocol).toBe('https:');
      for (const lang of LANGS) expect(doc.label[lang].trim()).not.toBe('');
    }
  });

  it('gives code entries the v5 code as key and top-level code, and links the v5 error page', () => {
    for (const id of codeIds) {
      const entry = get(id);
      const code = Number(id.slice(3));
      const top = code >= 5998 ? code : code - (code % 100);
      const key = V5_ERROR_KEYS[top as keyof typeof V5_ERROR_KEYS];
      expect([entry.key, entry.code], id).toEqual([key, top]);
      const urls = entry.docs.map((d) => d.url);
      expect(urls, id).toContain(
        `https://web.sdk.qcloud.com/trtc/webrtc/v5/doc/en/module-ERROR_CODE.html#.${key}`,
      );
      expect(urls, id).toContain(
        `https://web.sdk.qcloud.com/trtc/webrtc/v5/doc/zh-cn/module-ERROR_CODE.html#.${key}`,
      );
    }
    expect([get('v5:kicked-out/kick').key, get('v5:autoplay-failed/no-resume').key]).toEqual([
      'kicked-out',
      'autoplay-failed',
    ]);
  });

  it('describes both room ID cases in 5012 and 5013 (the page and the runtime swap them)', () => {
    for (const id of ['v5:5012', 'v5:5013']) {
      for (const lang of LANGS) {
        const { cause, fix } = get(id).text[lang];
        expect(`${cause} ${fix.join(' ')}`, `${id} ${lang}`).toMatch(
          /`roomId`[\s\S]*`strRoomId`|`strRoomId`[\s\S]*`roomId`/,
        );
        expect(cause, `${id} ${lang}`).toContain('4294967294');
      }
    }
    expect(get('v5:5012').text.en.cause).not.toBe(get('v5:5013').text.en.cause);
  });

  it('says the same in zh and en: the same code spans, field by field', () => {
    const spans = (line = ''): string[] => (line.match(/`[^`]*`/g) ?? []).sort();
    const fields = ({ title, cause, fix, hint }: CatalogEntry['text']['en']) =>
      [title, cause, ...fix, hint].map(spans);
    for (const id of [...codeIds, ...V5_EVENT_IDS]) {
      expect(fields(get(id).text.zh), id).toEqual(fields(get(id).text.en));
    }
  });

  it('names v5 APIs in the fixes', () => {
    expect(get('v5:5108').text.en.fix.join()).toContain('TRTC.create({ enableSEI: true })');
    expect(get('v5:5016').text.zh.fix.join()).toContain('strRoomId');
    expect(get('v5:5200').text.en.fix.join()).toContain('TRTC.isSupported()');
    expect(get('v5:5301').text.en.fix.join()).toContain('startLocalVideo()');
  });
});

describe('v5 actions, guides and severities', () => {
  it('offers the system settings for 5302 and the permission guide', () => {
    const denied = get('v5:5302');
    expect(denied.actions).toContain('open-system-settings');
    expect(denied.actions).toContain('request-permission');
    expect(denied.guide).toBe('unblock-permission');
  });

  it('shows the firewall guide and the ports for 5501', () => {
    const firewall = get('v5:5501');
    expect(firewall.guide).toBe('firewall');
    expect(firewall.actions).toEqual(get('sdk:ICE_TRANSPORT_ERROR').actions); // as a blocked v4 media path
    expect(firewall.docs.map((d) => d.url).join(' ')).toMatch(/34399#|tutorial-34-advanced-proxy/);
  });

  it('makes autoplay a warning with Resume, and the pre-5.9 variant without it', () => {
    const autoplay = get('v5:autoplay-failed');
    expect([autoplay.severity, autoplay.guide, autoplay.actions]).toEqual([
      'warning',
      'autoplay',
      ['resume-playback'],
    ]);
    const old = get('v5:autoplay-failed/no-resume');
    expect([old.severity, old.guide]).toEqual(['warning', 'autoplay']);
    expect(old.actions).not.toContain('resume-playback');
    expect(old.text.en.fix.join()).toMatch(/startRemoteVideo/);
    expect(old.text.en.fix.join()).toMatch(/enableAutoPlayDialog/);
  });

  it('explains each kicked-out reason on its own, saying the SDK has already left', () => {
    const causes = ['kick', 'banned', 'room_disband'].map((r) => get(`v5:kicked-out/${r}`).text);
    expect(new Set(causes.map((t) => t.en.cause)).size).toBe(3);
    for (const text of causes) {
      expect(text.en.cause).toMatch(/already left the room/);
      expect(text.zh.cause).toMatch(/已经退出了房间/);
    }
    expect(causes[0]?.en.cause).toMatch(/same userId/);
    expect(get('v5:kicked-out/kick').actions).toEqual(['rejoin']);
  });

  it('is frozen', () => {
    for (const entry of catalog.filter((e) => e.kind === 'v5' && e.id !== 'v5:autoplay-dialog')) {
      expect(Object.isFrozen(entry) && Object.isFrozen(entry.text.en.fix), entry.id).toBe(true);
      expect(Object.isFrozen(entry.text.zh), entry.id).toBe(true);
    }
  });
});
