// @vitest-environment node
/**
 * Every row of the seed page has a catalog entry with words in both languages; codes match the
 * page; ids are unique; links are https; aliases are real and unambiguous. The fixture is checked
 * against the page itself when the page is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SDK_CODES, catalog } from '../../src/catalog';
import type { CatalogEntry } from '../../src/catalog/types';
import {
  BANNED_REASONS,
  EXTRA_JOIN_CODES,
  EXTRA_SDK_CODES,
  SDK_SPELLINGS,
  SEED_ACCOUNT_CODES,
  SEED_BROWSER_ERRORS,
  SEED_JOIN_CODES,
  SEED_MESSAGES,
  SEED_SDK_CODES,
} from '../fixtures/seed';
import { useAllPacks } from '../../src/lang/all';
import { LANGS } from '../../src/core/lang';

// Both languages, as the public `catalog` and `diagnose` have them.
useAllPacks();

const SEED_PAGE = fileURLToPath(
  new URL('../../../shared/seed/trtc-web-error-codes-4x.md', import.meta.url),
);
const SDK_JS = fileURLToPath(new URL('../../node_modules/trtc-js-sdk/trtc.js', import.meta.url));

const byId = new Map(catalog.map((entry) => [entry.id, entry]));

function get(id: string): CatalogEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return entry;
}

/** The ids every seed row (and every addition the brief names) must have. */
function expectedIds(): string[] {
  const browser = new Set<string>(SEED_BROWSER_ERRORS);
  return [
    ...Object.keys(SEED_SDK_CODES).map((key) => `sdk:${key}`),
    ...Object.keys(EXTRA_SDK_CODES).map((key) => `sdk:${key}`),
    ...BANNED_REASONS.map((reason) => `sdk:CLIENT_BANNED/${reason}`),
    ...SEED_ACCOUNT_CODES.map((code) => `account:${code}`),
    ...[...SEED_JOIN_CODES, ...EXTRA_JOIN_CODES].map((code) => `join:${code}`),
    ...SEED_MESSAGES.map((text) => (browser.has(text) ? `browser:${text}` : `message:${text}`)),
  ];
}

/** Shortest piece counted when an alias is assembled from the SDK's string literals. */
const MIN_PIECE = 4;

/**
 * Whether the SDK can produce `text`: it is in trtc.js as is, or it is the end of one string
 * literal, whole literals, then the start of one (the SDK builds messages like
 * `"previous ".concat(name, "() is ongoing...")`, and `name` is a literal too).
 */
function producible(text: string, sdk: string): boolean {
  if (sdk.includes(text)) return true;
  const ends = (from: number): boolean => {
    for (let to = from + MIN_PIECE; to <= text.length; to++) {
      const piece = text.slice(from, to);
      if (to === text.length ? sdk.includes(`"${piece}`) : sdk.includes(`"${piece}"`) && ends(to)) {
        return true;
      }
    }
    return false;
  };
  for (let to = MIN_PIECE; to < text.length; to++) {
    if (sdk.includes(`${text.slice(0, to)}"`) && ends(to)) return true;
  }
  return false;
}

describe('catalog completeness', () => {
  it.each(expectedIds())('%s has words in both languages', (id) => {
    const entry = get(id);
    for (const lang of LANGS) {
      const text = entry.text[lang];
      expect(text.title.trim(), `${id} ${lang} title`).not.toBe('');
      expect(text.cause.trim(), `${id} ${lang} cause`).not.toBe('');
      expect(text.fix.length, `${id} ${lang} fix`).toBeGreaterThan(0);
      for (const step of text.fix) expect(step.trim(), `${id} ${lang} fix step`).not.toBe('');
      if (text.hint !== undefined) expect(text.hint.trim(), `${id} ${lang} hint`).not.toBe('');
    }
  });

  it('has one SDK entry per page key, with the page code', () => {
    for (const [key, code] of Object.entries({ ...SEED_SDK_CODES, ...EXTRA_SDK_CODES })) {
      const entry = get(`sdk:${key}`);
      expect([entry.kind, entry.key, entry.code], key).toEqual(['sdk', key, code]);
    }
  });

  it('exports SDK_CODES for exactly the page keys and the three extra codes', () => {
    expect(SDK_CODES).toEqual({ ...SEED_SDK_CODES, ...EXTRA_SDK_CODES });
  });

  it('accepts the SDK spellings as aliases of the page keys', () => {
    for (const [spelling, key] of Object.entries(SDK_SPELLINGS)) {
      expect(get(`sdk:${key}`).aliases, key).toContain(spelling);
    }
  });

  it('explains each client-banned reason on its own, under CLIENT_BANNED', () => {
    for (const reason of BANNED_REASONS) {
      const entry = get(`sdk:CLIENT_BANNED/${reason}`);
      expect([entry.key, entry.code]).toEqual(['CLIENT_BANNED', SEED_SDK_CODES.CLIENT_BANNED]);
      expect(entry.text.en.cause).not.toBe(get('sdk:CLIENT_BANNED').text.en.cause);
    }
  });

  it('has every account and join code, each with its own entry and number', () => {
    for (const code of SEED_ACCOUNT_CODES) {
      expect([get(`account:${code}`).kind, get(`account:${code}`).code]).toEqual(['account', code]);
    }
    for (const code of [...SEED_JOIN_CODES, ...EXTRA_JOIN_CODES]) {
      expect([get(`join:${code}`).kind, get(`join:${code}`).code]).toEqual(['join', code]);
    }
    expect(catalog.filter((e) => e.kind === 'account')).toHaveLength(SEED_ACCOUNT_CODES.length);
    expect(catalog.filter((e) => e.kind === 'join')).toHaveLength(
      SEED_JOIN_CODES.length + EXTRA_JOIN_CODES.length,
    );
  });

  it('keys browser and message entries by the exact page text', () => {
    for (const text of SEED_MESSAGES) {
      const browser = (SEED_BROWSER_ERRORS as readonly string[]).includes(text);
      const entry = get(`${browser ? 'browser' : 'message'}:${text}`);
      expect([entry.kind, entry.key]).toEqual([browser ? 'browser' : 'message', text]);
    }
  });

  it('has unique ids, each prefixed by its kind', () => {
    const ids = catalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of catalog) expect(entry.id.startsWith(`${entry.kind}:`), entry.id).toBe(true);
  });

  it('links only to https pages, with a label in both languages', () => {
    const links = catalog.flatMap((entry) => entry.docs.map((doc) => ({ id: entry.id, doc })));
    expect(links.length).toBeGreaterThan(0);
    for (const { id, doc } of links) {
      expect(new URL(doc.url).protocol, `${id} ${doc.url}`).toBe('https:');
      for (const lang of LANGS) expect(doc.label[lang].trim(), `${id} label`).not.toBe('');
    }
  });

  it("follows Tencent's moves: v4 docs under /trtc/webrtc/v4/doc/, no vanished anchors", () => {
    const urls = catalog.flatMap((entry) => entry.docs.map((doc) => doc.url));
    const sdkDocs = urls.filter((url) => url.startsWith('https://web.sdk.qcloud.com/trtc/webrtc/'));
    expect(sdkDocs.some((url) => url.includes('/trtc/webrtc/v4/doc/'))).toBe(true);
    // The 4.x reference left /trtc/webrtc/doc/ for /trtc/webrtc/v4/doc/.
    for (const url of sdkDocs) expect(url).toMatch(/\/trtc\/webrtc\/v[45]\/doc\//);
    // The account and join-room page is now the v5 page (which links the 4.x one): its old
    // 4.x heading anchors are gone.
    const joinPage = urls.filter((url) => url.includes('647/34342'));
    expect(joinPage.length).toBeGreaterThan(0);
    for (const url of joinPage) expect(url).not.toContain('#');
  });

  it('has aliases that resolve to one entry only', () => {
    const owners = new Map<string, string[]>();
    for (const entry of catalog) {
      // The client-banned reasons share CLIENT_BANNED; v5 entries share their top-level code's
      // key (`v5:5302` is DEVICE_ERROR) and are found by id only.
      if (entry.id.includes('/') || entry.kind === 'v5') continue;
      for (const name of [entry.key ?? entry.id, ...(entry.aliases ?? [])]) {
        const key = `${entry.kind}:${name.toLowerCase()}`;
        owners.set(key, [...(owners.get(key) ?? []), entry.id]);
      }
    }
    const ambiguous = [...owners].filter(([, ids]) => ids.length > 1);
    expect(ambiguous).toEqual([]);
  });

  it('uses message aliases that are real texts: from the shipped SDK or the page itself', () => {
    const sdk = readFileSync(SDK_JS, 'utf8');
    const aliases = catalog
      .filter((entry) => entry.kind === 'message')
      .flatMap((entry) => (entry.aliases ?? []).map((alias) => [entry, alias] as const));
    expect(aliases.length).toBeGreaterThan(0);
    for (const [entry, alias] of aliases) {
      const real = producible(alias, sdk) || (entry.key ?? '').includes(alias);
      expect(real, `${entry.id}: "${alias}" is neither in trtc.js nor in the page text`).toBe(true);
    }
  });

  it('is frozen, so no caller can change the shared data', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    for (const entry of catalog) {
      expect(Object.isFrozen(entry), entry.id).toBe(true);
      expect(Object.isFrozen(entry.text.en.fix), entry.id).toBe(true);
    }
  });
});

describe('the fixture matches the seed page', () => {
  const present = existsSync(SEED_PAGE);

  /** The rows of the markdown table under `heading` (header and separator rows dropped). */
  function tableRows(page: string, heading: string): string[][] {
    const start = page.indexOf(heading);
    if (start < 0) throw new Error(`heading "${heading}" not found in the seed page`);
    const next = page.indexOf('\n## ', start + heading.length);
    const rows = page
      .slice(start, next < 0 ? undefined : next)
      .split('\n')
      .filter((line) => line.trim().startsWith('|'))
      .map((line) =>
        line
          .trim()
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    return rows.slice(2); // header, then the |---| separator
  }

  it.skipIf(!present)(
    present
      ? 'parses exactly the fixture codes and messages from the page'
      : `parses the seed page (skipped: ${SEED_PAGE} not found)`,
    () => {
      const page = readFileSync(SEED_PAGE, 'utf8');
      const sdk = tableRows(page, '## 错误码定义').map(([key, code, hex]) => {
        expect(hex?.toLowerCase(), key).toBe(`0x${Number(code).toString(16)}`);
        return [key, Number(code)];
      });
      expect(Object.fromEntries(sdk)).toEqual(SEED_SDK_CODES);
      expect(sdk).toHaveLength(26);

      const account = tableRows(page, '## 帐号相关错误信息').map(([code]) => Number(code));
      expect(account).toEqual([...SEED_ACCOUNT_CODES]);

      const join = tableRows(page, '## 进房失败相关错误信息').map(([code]) => Number(code));
      expect(join).toEqual([...SEED_JOIN_CODES]);

      const messages = tableRows(page, '## 常见报错及处理方式').map(([text]) => text);
      expect(messages).toEqual([...SEED_MESSAGES]);
    },
  );
});
