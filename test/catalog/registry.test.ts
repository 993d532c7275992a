// @vitest-environment node
/** The registry of words: parts loaded on demand, fallback order, wanted parts, a failed load. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/lang/zh/sdk.js');
  vi.resetModules();
});

/** A fresh registry (nothing loaded) and the catalog reading it. */
async function fresh() {
  vi.resetModules();
  const registry = await import('../../src/lang/registry');
  const { catalog } = await import('../../src/catalog/index');
  const entry = (id: string) => catalog.find((e) => e.id === id)!;
  return { ...registry, catalog, entry };
}

describe('language registry', () => {
  it('has nothing at first: entries read empty words, and the read notes the part as wanted', async () => {
    const { hasPart, hasPack, entry, takeWanted } = await fresh();
    expect(hasPack('zh')).toBe(false);
    expect(hasPart('en', 'sdk')).toBe(false);
    takeWanted('zh');
    expect(entry('sdk:INVALID_PARAMETER').text.zh).toEqual({ title: '', cause: '', fix: [] });
    expect(entry('account:70001').text.zh.title).toBe('');
    expect(takeWanted('zh')).toEqual(['sdk', 'server']);
    // Taken: noted again only by the next read.
    expect(takeWanted('zh')).toEqual([]);
  });

  it('loads only the parts asked for, one chunk each; a read falls back to a loaded language', async () => {
    const { loadParts, hasPart, loadedParts, entry, takeWanted } = await fresh();
    await loadParts('zh', ['panel', 'sdk']);
    expect(loadedParts('zh')).toEqual(['panel', 'sdk']);
    expect(hasPart('zh', 'server')).toBe(false);
    expect(entry('sdk:INVALID_PARAMETER').text.zh.title).toMatch(/[\u4e00-\u9fff]/);
    // English is not loaded: an English read gets the Chinese words rather than none, and asks.
    takeWanted('en');
    expect(entry('sdk:INVALID_PARAMETER').text.en.title).toMatch(/[\u4e00-\u9fff]/);
    expect(takeWanted('en')).toEqual(['sdk']);
    // The words of `browser:NotFoundError` are the SDK's DEVICE_NOT_FOUND: the sdk part has them.
    expect(entry('browser:NotFoundError').text.zh.title).toBe(
      entry('sdk:DEVICE_NOT_FOUND').text.zh.title,
    );
    await loadParts('en', ['sdk']);
    expect(entry('sdk:INVALID_PARAMETER').text.en.title).toBe('Invalid parameter');
  });

  it('loads a part twice harmlessly, and concurrent loads share one import', async () => {
    const { loadParts, entry } = await fresh();
    await Promise.all([loadParts('en', ['server']), loadParts('en', ['server', 'browser'])]);
    const text = entry('account:70001').text.en;
    await expect(loadParts('en', ['server'])).resolves.toBeUndefined();
    expect(entry('account:70001').text.en).toBe(text);
  });

  it('rejects a failed load and keeps the parts that did load', async () => {
    vi.doMock('../../src/lang/zh/sdk.js', () => {
      throw new Error('offline');
    });
    const { loadParts, hasPart } = await fresh();
    await expect(loadParts('zh', ['panel', 'sdk'])).rejects.toThrow();
    expect(hasPart('zh', 'sdk')).toBe(false);
    expect(hasPart('zh', 'panel')).toBe(true);
  });

  it('rejects a language it has no words for', async () => {
    const { loadParts, loadPack, hasPack } = await fresh();
    await expect(loadParts('fr' as 'en', ['panel'])).rejects.toThrow(RangeError);
    await expect(loadPack('fr' as 'en')).rejects.toThrow(RangeError);
    expect(hasPack('en')).toBe(false);
  });

  it('loadPack loads every part; useAllPacks adds every language, idempotently', async () => {
    const { loadPack, hasPack, PARTS, loadedParts, entry } = await fresh();
    await loadPack('en');
    expect(hasPack('en')).toBe(true);
    expect(loadedParts('en')).toEqual([...PARTS]);
    const { useAllPacks } = await import('../../src/lang/all');
    const text = entry('v5:5302').text.en;
    useAllPacks();
    useAllPacks();
    expect(hasPack('zh')).toBe(true);
    expect(entry('v5:5302').text.en).toBe(text);
    expect(entry('v5:5302').text.zh.title).toMatch(/[\u4e00-\u9fff]/);
  });
});
