// @vitest-environment node
/**
 * The words are stored apart from the tables, one string per language (src/catalog/en.ts, zh.ts),
 * and tables name records by number. These checks keep the two languages in step and every
 * record reachable, so a record added to one language only, or a table pointing one record off,
 * fails here rather than showing the wrong words.
 */
import { describe, expect, it, vi } from 'vitest';
import { catalog, unknownText, v5Note } from '../../src/catalog';
import { EN } from '../../src/catalog/en';
import { ZH } from '../../src/catalog/zh';

const records = (words: string): string[][] => words.split('\n').map((record) => record.split('|'));

describe('catalog words', () => {
  const en = records(EN);
  const zh = records(ZH);

  it('has the same records in both languages, field for field and step for step', () => {
    expect(zh.length).toBe(en.length);
    en.forEach((fields, n) => {
      const other = zh[n] ?? [];
      expect(other.length, `record ${n}`).toBe(fields.length);
      expect([1, 3, 4], `record ${n}: one field, or title|cause|fix(|hint)`).toContain(
        fields.length,
      );
      expect(other[2]?.split('^').length, `record ${n} fix steps`).toBe(
        fields[2]?.split('^').length,
      );
      for (const field of [...fields, ...other]) expect(field.trim(), `record ${n}`).not.toBe('');
    });
  });

  it('uses every record: entry words, the unknown text, the v5 note or a link label', () => {
    const used = new Set<string>([unknownText.en.title, v5Note.en]);
    for (const entry of catalog) {
      used.add(entry.text.en.title);
      for (const doc of entry.docs) used.add(doc.label.en);
    }
    const unused = en.map(([first]) => first).filter((first) => !used.has(first ?? ''));
    expect(unused).toEqual([]);
  });

  it('splits no words at import, and each language once, when it is first read', async () => {
    vi.resetModules();
    const split = vi.spyOn(String.prototype, 'split');
    /** Splits of a whole language's words (far longer than any one record). */
    const wordSplits = (): number =>
      split.mock.contexts.filter((text) => String(text).length > 2000).length;
    const fresh = await import('../../src/catalog/index');
    expect(wordSplits()).toBe(0);
    for (const entry of fresh.catalog) expect(entry.text.en.fix.length).toBeGreaterThan(0);
    expect(wordSplits()).toBe(1);
    for (const entry of fresh.catalog) expect(entry.text.zh.title).not.toBe('');
    expect(wordSplits()).toBe(2);
  });
});
