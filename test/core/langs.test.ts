/**
 * Every language in LANGS is a language everywhere: the browser's choice, the option checks, the
 * loaders of each part, the single-file packs, `diagnose` and `explain`. A language added to the
 * list and forgotten in one of these places fails here (and `Lang` without LANGS fails `tsc`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGS, detectLang, isLang } from '../../src/core/lang';
import { validateMountOptions, validateSettings } from '../../src/core/options';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** The browser says these languages, in this order. */
function browserSays(...languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

describe('the languages', () => {
  it('are English and Chinese, English first (the fallback)', async () => {
    const registry = await import('../../src/lang/registry');
    expect(LANGS).toEqual(['en', 'zh']);
    expect(registry.LANGS).toEqual(LANGS);
    expect(Object.isFrozen(LANGS)).toBe(true);
    expect(LANGS.map(isLang)).toEqual([true, true]);
    for (const other of ['fr', 'EN', 'zh-CN', '', undefined, null, 0, {}]) {
      expect(isLang(other)).toBe(false);
    }
  });

  it.each(LANGS)('%s: the browser choosing it, with or without a region', (lang) => {
    for (const tag of [lang, `${lang}-XX`, `${lang.toUpperCase()}-xx`, `${lang}_XX`]) {
      browserSays(tag, 'fr-FR');
      expect(detectLang(), tag).toBe(lang);
    }
  });

  it('gives English for a browser language there are no words for, or none', () => {
    browserSays('fr-FR', 'zh-CN');
    expect(detectLang()).toBe('en');
    browserSays('zhx-YY');
    expect(detectLang()).toBe('en');
    browserSays();
    expect(detectLang()).toBe('en');
    vi.spyOn(navigator, 'languages', 'get').mockImplementation(() => {
      throw new Error('hostile');
    });
    expect(detectLang()).toBe('en');
  });

  it.each(LANGS)('%s: accepted by configure() and mount(), and named when one is wrong', (lang) => {
    expect(validateSettings({ lang })).toEqual({ lang });
    expect(validateMountOptions({ lang })).toEqual({ lang });
    expect(() => validateSettings({ lang: 'fr' })).toThrow(
      `must be ${LANGS.map((l) => `'${l}'`).join(' or ')}, got "fr"`,
    );
  });

  it.each(LANGS)(
    '%s: every part loads on demand, and the single file has them all',
    async (lang) => {
      const registry = await import('../../src/lang/registry');
      expect(registry.hasPack(lang)).toBe(false);
      await registry.loadParts(lang, registry.PARTS);
      expect(registry.loadedParts(lang)).toEqual(registry.PARTS);
      vi.resetModules();
      const fresh = await import('../../src/lang/registry');
      const { useAllPacks } = await import('../../src/lang/all');
      useAllPacks();
      expect(LANGS.every(fresh.hasPack)).toBe(true);
    },
  );

  it('diagnose and explain speak each language in its own words', async () => {
    const { diagnose } = await import('../../src/index');
    const { explain } = await import('../../src/explain');
    const titles = new Set<string>();
    for (const lang of LANGS) {
      const d = diagnose('0x4043', { lang });
      expect(d.lang).toBe(lang);
      expect(d.title).not.toBe('');
      expect(await explain('0x4043', { lang })).toMatchObject({ lang, title: d.title });
      titles.add(d.title);
    }
    expect(titles.size).toBe(LANGS.length);
  });
});
