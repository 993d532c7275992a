// @vitest-environment node
/** The registry of language packs: fallback order, loading on demand, a failed load. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/lang/zh/index.js');
  vi.resetModules();
});

/** A fresh registry (no pack loaded) and the catalog reading it. */
async function fresh() {
  vi.resetModules();
  const registry = await import('../../src/lang/registry');
  const { catalog } = await import('../../src/catalog/index');
  return { ...registry, catalog };
}

describe('language registry', () => {
  it('has no pack at first: packFor is undefined and entries read empty words', async () => {
    const { packFor, hasPack, catalog } = await fresh();
    expect(packFor('en')).toBeUndefined();
    expect(hasPack('zh')).toBe(false);
    expect(catalog[0]!.text.zh).toEqual({ title: '', cause: '', fix: [] });
  });

  it('loads a language on demand, falls back to a loaded one, and loads twice harmlessly', async () => {
    const { loadPack, packFor, hasPack, catalog } = await fresh();
    await loadPack('zh');
    expect(hasPack('zh')).toBe(true);
    expect(hasPack('en')).toBe(false);
    // English is not loaded: an English read gets the Chinese words rather than none.
    expect(packFor('en')?.lang).toBe('zh');
    expect(catalog[0]!.text.en.title).toMatch(/[\u4e00-\u9fff]/);
    const zh = packFor('zh');
    await expect(loadPack('zh')).resolves.toBeUndefined();
    expect(packFor('zh')).toBe(zh);
    await loadPack('en');
    expect(packFor('en')?.lang).toBe('en');
    expect(catalog[0]!.text.en.title).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('rejects a failed load and leaves the loaded packs as they were', async () => {
    vi.doMock('../../src/lang/zh/index.js', () => {
      throw new Error('offline');
    });
    const { loadPack, packFor, hasPack } = await fresh();
    await loadPack('en');
    await expect(loadPack('zh')).rejects.toThrow();
    expect(hasPack('zh')).toBe(false);
    expect(packFor('zh')?.lang).toBe('en');
  });

  it('rejects a language it has no pack for', async () => {
    const { loadPack, hasPack } = await fresh();
    await expect(loadPack('fr' as 'en')).rejects.toThrow(RangeError);
    expect(hasPack('en')).toBe(false);
  });

  it('useAllPacks adds every language, idempotently', async () => {
    const { packFor } = await fresh();
    const { useAllPacks } = await import('../../src/lang/all');
    useAllPacks();
    const zh = packFor('zh');
    useAllPacks();
    expect(packFor('zh')).toBe(zh);
    expect(packFor('en')?.lang).toBe('en');
  });
});
