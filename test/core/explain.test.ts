/**
 * `trtc-doctor/explain`: the asynchronous `diagnose` that imports only the words a diagnosis
 * reads. Each test starts from a fresh module graph, so nothing is loaded before it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnosis } from '../../src/core/types';
import { rtcErrorV5 } from '../fakes-v5';

afterEach(() => {
  vi.doUnmock('../../src/lang/en/sdk.js');
  vi.doUnmock('../../src/lang/zh/sdk.js');
  vi.resetModules();
});

/** A fresh `explain` and the registry it loads into (nothing loaded yet). */
async function fresh() {
  vi.resetModules();
  const { explain } = await import('../../src/explain');
  const registry = await import('../../src/lang/registry');
  return { explain, ...registry };
}

/** The sync `diagnose` of `trtc-doctor` (every pack added), in a module graph of its own. */
async function publicDiagnose(input: unknown, options: object): Promise<Diagnosis> {
  vi.resetModules();
  const { diagnose } = await import('../../src/index');
  return diagnose(input, options);
}

/** A v5 camera error: the prompt was denied (DEVICE_ERROR 5302 with a NotAllowedError behind). */
const cameraDenied = () =>
  rtcErrorV5({
    code: 5300,
    extraCode: 5302,
    functionName: 'startLocalVideo',
    message: 'NotAllowedError: Permission denied',
    originError: Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }),
  });

describe('explain', () => {
  it('resolves to the same diagnosis as the sync diagnose, in English and in Chinese', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { explain } = await fresh();
      const d = await explain('0x4043', { lang });
      expect(d).toMatchObject({ id: 'sdk:PLAY_NOT_ALLOWED', lang });
      expect(d.title).not.toBe('');
      expect(d).toEqual(await publicDiagnose('0x4043', { lang }));
    }
    const blocked = () => Object.assign(new Error('play() failed'), { name: 'NotAllowedError' });
    const { explain } = await fresh();
    const d = await explain(blocked(), { lang: 'en', operation: 'play' });
    expect(d.id).toBe('sdk:PLAY_NOT_ALLOWED');
    expect(d).toEqual(await publicDiagnose(blocked(), { lang: 'en', operation: 'play' }));
  });

  it('a v5 device error: the same diagnosis as the sync diagnose', async () => {
    const { explain, loadedParts } = await fresh();
    const d = await explain(cameraDenied(), { lang: 'zh' });
    expect(d.id).toBe('v5:5302');
    expect(d.title).toMatch(/[\u4e00-\u9fff]/);
    expect(d).toEqual(await publicDiagnose(cameraDenied(), { lang: 'zh' }));
    expect(loadedParts('zh')).not.toContain('sdk');
  });

  it('loads only the parts that code needs, of its language only', async () => {
    const { explain, loadedParts } = await fresh();
    expect(loadedParts('en')).toEqual([]);
    const pending = explain('0x4043', { lang: 'en' });
    // Nothing is loaded up front: the parts come once the diagnosis asked for them.
    expect(loadedParts('en')).toEqual([]);
    await pending;
    // The SDK's words and the base (the labels of the links it gives).
    expect(loadedParts('en')).toEqual(['base', 'sdk']);
    expect(loadedParts('zh')).toEqual([]);
    // An account code reads the server's words: one part more, the sdk part stays.
    const d = await explain('70001', { lang: 'en' });
    expect(d.id).toBe('account:70001');
    expect(d.title).not.toBe('');
    expect(loadedParts('en')).toEqual(['base', 'sdk', 'server']);
  });

  it('a part whose import fails: resolves with the id and code, no words, no throw', async () => {
    vi.doMock('../../src/lang/en/sdk.js', () => {
      throw new Error('offline');
    });
    const { explain, loadedParts } = await fresh();
    const d = await explain('0x4043', { lang: 'en' });
    expect(d).toMatchObject({ id: 'sdk:PLAY_NOT_ALLOWED', code: 16451, hex: '0x4043', lang: 'en' });
    // No words: the title is the SDK's name of the code.
    expect(d.title).toBe('PLAY_NOT_ALLOWED');
    expect(d.cause).toBe('');
    expect(loadedParts('en')).toEqual(['base']);
    // The next call tries again, and still resolves.
    await expect(explain('0x4043', { lang: 'en' })).resolves.toMatchObject({ code: 16451 });
  });

  it('a failed part reads the other language when that one is loaded', async () => {
    vi.doMock('../../src/lang/zh/sdk.js', () => {
      throw new Error('offline');
    });
    const { explain } = await fresh();
    const en = await explain('0x4043', { lang: 'en' });
    const zh = await explain('0x4043', { lang: 'zh' });
    expect(zh).toMatchObject({ id: 'sdk:PLAY_NOT_ALLOWED', lang: 'zh', title: en.title });
  });

  it('bad options never throw: a bad lang gives English, the rest is ignored', async () => {
    const { explain } = await fresh();
    const english = await explain('0x4043', { lang: 'en' });
    for (const options of [
      { lang: 'fr' },
      { lang: 42 },
      { lang: null },
      { operation: 42 },
      42,
      'zh',
      null,
      new Proxy(
        {},
        {
          get() {
            throw new Error('hostile');
          },
        },
      ),
    ]) {
      const d = await explain('0x4043', { ...(options as object), lang: 'fr' } as never);
      expect(d).toEqual(english);
      await expect(explain('0x4043', options as never)).resolves.toMatchObject({
        id: 'sdk:PLAY_NOT_ALLOWED',
      });
    }
    await expect(explain(Symbol('x'))).resolves.toMatchObject({ id: 'unknown' });
  });
});
