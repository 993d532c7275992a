// @vitest-environment node
/**
 * `trtc-doctor/diagnose` and `trtc-doctor/diagnose/zh`: `diagnose` and `catalog` with one
 * language's catalog words only (no panel strings, no actions' sentences, no other language).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => void vi.resetModules());

/** A fresh module graph with one of the entries. */
async function entry(lang: 'en' | 'zh') {
  vi.resetModules();
  const api =
    lang === 'en'
      ? await import('../../src/lang/en/diagnose')
      : await import('../../src/lang/zh/diagnose');
  const registry = await import('../../src/lang/registry');
  return { ...api, ...registry };
}

describe('diagnose in one language', () => {
  it('English: every family explained, in English whatever the options say', async () => {
    const { diagnose, catalog } = await entry('en');
    expect(diagnose('0x4043')).toMatchObject({ id: 'sdk:PLAY_NOT_ALLOWED', lang: 'en' });
    expect(diagnose('0x4043').title).toMatch(/^[\x20-\x7e]+$/);
    const blocked = Object.assign(new Error('play() failed'), { name: 'NotAllowedError' });
    expect(diagnose(blocked, { operation: 'play' }).id).toBe('sdk:PLAY_NOT_ALLOWED');
    // `lang` is not an option here: the words are English.
    expect(diagnose('70001', { lang: 'zh' } as never).lang).toBe('en');
    for (const id of ['account:70001', 'browser:NotAllowedError', 'v5:5302', 'v5:5500']) {
      expect(catalog.find((e) => e.id === id)!.text.en.title, id).not.toBe('');
    }
    // Hostile options and inputs never throw.
    expect(diagnose(undefined, 42 as never).id).toBe('unknown');
    expect(diagnose(Symbol('x')).title).not.toBe('');
  });

  it('loads nothing else: no panel strings, no sentences, no other language', async () => {
    const { loadedParts } = await entry('en');
    expect(loadedParts('en')).toEqual([
      'base',
      'sdk',
      'server',
      'browser',
      'v5-calls',
      'v5-env',
      'v5-devices',
      'v5-network',
    ]);
    expect(loadedParts('zh')).toEqual([]);
  });

  it('Chinese: the same in Chinese', async () => {
    const { diagnose, loadedParts } = await entry('zh');
    const d = diagnose('0x4043');
    expect(d).toMatchObject({ id: 'sdk:PLAY_NOT_ALLOWED', lang: 'zh' });
    expect(d.title).toMatch(/[\u4e00-\u9fff]/);
    expect(loadedParts('en')).toEqual([]);
  });
});
