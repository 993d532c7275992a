// @vitest-environment node
/**
 * The words live in one pack per language (src/lang/en, src/lang/zh), named by key. These checks
 * keep the packs in step (same keys, same fix steps, no empty field) and every record reachable,
 * and show that a pack without an entry's words is not a pack (a type error, checked by tsc).
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/public';
import { unknownText, v5Note } from '../../src/catalog';
import { pack as en } from '../../src/lang/en/index';
import type { LangPack } from '../../src/lang/types';
import { pack as zh } from '../../src/lang/zh/index';

/** Every leaf of a pack by path: `catalog.sdk:INVALID_PARAMETER.fix.0`. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [p, leaf] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, leaf);
    }
  } else out.set(path, value);
  return out;
}

describe('language packs', () => {
  it('have the same keys, fix steps and hints in both languages, no field empty', () => {
    const a = leaves({ ...en, lang: '' });
    const b = leaves({ ...zh, lang: '' });
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, value] of [...a, ...b]) {
      if (path === 'lang') continue;
      expect(typeof value, path).toBe('string');
      expect(String(value).trim(), path).not.toBe('');
    }
  });

  it('use every catalog record and line: entry words, the unknown text, the v5 note, link labels', () => {
    const titles = new Set<string>([unknownText.en.title]);
    const labels = new Set<string>([v5Note.en]);
    for (const entry of catalog) {
      expect(entry.text.en.title, entry.id).not.toBe('');
      expect(entry.text.zh.title, entry.id).not.toBe('');
      titles.add(entry.text.en.title);
      for (const doc of entry.docs) labels.add(doc.label.en);
    }
    const unused = Object.entries(en.catalog).filter(([, text]) => !titles.has(text.title));
    expect(unused.map(([key]) => key)).toEqual([]);
    const lines = Object.entries(en.lines).filter(
      ([key, text]) => !key.startsWith('v5') && !labels.has(text),
    );
    expect(lines.map(([key]) => key)).toEqual([]);
  });

  it('reads each language from its own pack', () => {
    const entry = catalog.find((e) => e.id === 'sdk:INVALID_PARAMETER')!;
    expect(entry.text.en).toBe(en.catalog['sdk:INVALID_PARAMETER']);
    expect(entry.text.zh).toBe(zh.catalog['sdk:INVALID_PARAMETER']);
    expect(Object.isFrozen(entry.text.zh.fix)).toBe(true);
  });

  it('rejects, at type level, a pack without an entry or with one too many', () => {
    const { 'sdk:INVALID_PARAMETER': dropped, ...fewer } = zh.catalog;
    // @ts-expect-error: a pack missing an entry's words is not a LangPack
    const missing: LangPack = { ...zh, catalog: fewer };
    const extra: LangPack['catalog'] = {
      ...zh.catalog,
      // @ts-expect-error: a key no table names is not part of a pack
      'sdk:NO_SUCH_KEY': dropped,
    };
    expect(missing.catalog).not.toHaveProperty('sdk:INVALID_PARAMETER');
    expect(extra).toHaveProperty('sdk:NO_SUCH_KEY');
  });
});
