// @vitest-environment node
/**
 * The core works in plain Node (SSR, build scripts): importing it touches no DOM global and does
 * no work, and diagnose() answers in English when there is no browser to ask.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'location', 'HTMLElement'];

/** The file that read a global: the first stack frame outside this test. */
function reader(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  return frames.find((frame) => !frame.includes('ssr.test.ts')) ?? '';
}

/**
 * Replaces each DOM global by a getter that records reads by our own code, for the duration of
 * `run`. A library's `typeof window` feature check (Preact signals has one) is not ours to judge.
 */
async function watchDomGlobals(run: () => Promise<unknown>): Promise<string[]> {
  const touched: string[] = [];
  const saved = DOM_GLOBALS.map(
    (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
  );
  for (const name of DOM_GLOBALS) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        if (!reader().includes('node_modules')) touched.push(name);
        return undefined;
      },
    });
  }
  try {
    await run();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
  return touched;
}

afterEach(() => {
  vi.resetModules();
});

describe('core in plain Node', () => {
  it('runs without a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('imports src/core/diagnose without touching a DOM global', async () => {
    const touched = await watchDomGlobals(() => import('../../src/core/diagnose'));
    expect(touched).toEqual([]);
  });

  it('imports the public entry src/index.ts without touching a DOM global', async () => {
    const touched = await watchDomGlobals(() => import('../../src/index'));
    expect(touched).toEqual([]);
  });

  it('diagnoses in English by default, and in Chinese when asked', async () => {
    const { diagnose } = await import('../../src/index');
    const d = diagnose(new Error('NotAllowedError: Permission denied'));
    expect(d.lang).toBe('en');
    expect(d.fix.length).toBeGreaterThan(0);
    expect(diagnose(16451, { lang: 'zh' }).lang).toBe('zh');
  });

  it('builds the catalog indexes on the first call, not at import', async () => {
    const lookup = await import('../../src/core/lookup');
    const spy = vi.spyOn(lookup, 'createLookup');
    const { diagnose } = await import('../../src/core/diagnose');
    expect(spy).not.toHaveBeenCalled();
    diagnose(16451, { lang: 'en' });
    diagnose(16452, { lang: 'en' });
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
