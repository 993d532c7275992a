import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readScriptTag } from '../src/core/script-tag';
import { MAX_PROBLEMS, MAX_TIMELINE_ENTRIES } from '../src/core/store';
import type { Doctor, MountOptions, PanelMounter } from '../src/core/types';
import type * as GlobalModuleNs from '../src/global-full';
import { createFakeTrtc } from './fakes';
import { createFakeTrtcV5 } from './fakes-v5';

const mounted = vi.hoisted(() => ({
  calls: [] as { options: MountOptions }[],
  unmounts: 0,
  fail: false,
}));

vi.mock('../src/ui/mount', () => ({
  mountPanel: ((_doctor, options) => {
    if (mounted.fail) throw new Error('no shadow DOM here');
    mounted.calls.push({ options });
    return { open() {}, close() {}, unmount: () => void mounted.unmounts++ };
  }) satisfies PanelMounter,
}));

type GlobalModule = typeof GlobalModuleNs;

function scriptWith(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

let loaded: Doctor[] = [];
/** Show `script` as `document.currentScript`, as a script tag evaluating would. */
function asCurrentScript(attributes: Record<string, string>): void {
  const script = scriptWith(attributes);
  Object.defineProperty(document, 'currentScript', { get: () => script, configurable: true });
  vi.resetModules();
}

/**
 * Evaluate src/global-full.ts (the single-file build) afresh, as a script tag with these
 * attributes would. The small entry src/global.ts imports its part from beside its own URL,
 * which happy-dom cannot serve: its names are checked against this one's below.
 */
async function load(attributes: Record<string, string> = {}): Promise<GlobalModule> {
  asCurrentScript(attributes);
  const module = await import('../src/global-full');
  loaded.push(module.doctor);
  return module;
}

beforeEach(() => {
  mounted.calls = [];
  mounted.unmounts = 0;
  mounted.fail = false;
});
afterEach(() => {
  loaded.forEach((d) => d.destroy());
  loaded = [];
  delete (document as { currentScript?: unknown }).currentScript;
  delete (window as { TRTC?: unknown }).TRTC;
  delete (window as { TRTCDoctor?: unknown }).TRTCDoctor;
});

describe('the script-tag entry', () => {
  it('exports the ESM names and a developer doctor, mounted with the data-* options', async () => {
    const module = await load({
      'data-lang': 'zh',
      'data-position': 'top-left',
      'data-shortcut': 'ctrl+alt+t',
      'data-color-scheme': 'dark',
      'data-z-index': '99',
    });
    expect(typeof module.createDoctor).toBe('function');
    expect(typeof module.diagnose).toBe('function');
    expect(typeof module.instrumentTrtc).toBe('function');
    expect(Array.isArray(module.catalog)).toBe(true);
    expect([module.MAX_PROBLEMS, module.MAX_TIMELINE_ENTRIES]).toEqual([
      MAX_PROBLEMS,
      MAX_TIMELINE_ENTRIES,
    ]);
    expect(module.REPORT_SCHEMA).toBe(JSON.parse(module.doctor.report()).schema);
    expect(module.doctor.settings.value).toMatchObject({
      lang: 'zh',
      audience: 'developer',
      colorScheme: 'dark',
    });
    expect(mounted.calls).toHaveLength(1);
    expect(mounted.calls[0]?.options).toMatchObject({
      position: 'top-left',
      shortcut: 'ctrl+alt+t',
      colorScheme: 'dark',
      zIndex: 99,
      lang: 'zh',
      audience: 'developer',
    });
  });

  it('the small entry src/global.ts exports the same names, load included', async () => {
    const full = await load({ 'data-mount': 'false' });
    asCurrentScript({ 'data-mount': 'false' });
    const small = await import('../src/global');
    loaded.push(small.doctor);
    expect(Object.keys(small).sort()).toEqual(Object.keys(full).sort());
    expect(Object.keys(small)).toEqual(expect.arrayContaining(['load', 'doctor', 'createDoctor']));
    // Nothing loaded yet: its doctor records, its report is the raw one.
    expect(small.doctor.canRun('copy-report')).toBe(false);
    expect(JSON.parse(small.doctor.report()).schema).toBe('trtc-doctor/raw-report@1');
    expect(await full.load()).toBe(true);
    // It hands its copies of the modules its lazy part shares to that part, under its version.
    const { SHARED_MODULES, sharedKey } = await import('../src/core/shared-handoff');
    const version = (await import('../package.json')).version;
    const shared = (globalThis as unknown as Record<symbol, Record<string, object>>)[
      sharedKey(version)
    ]!;
    expect(Object.keys(shared).sort()).toEqual([...SHARED_MODULES].sort());
    expect(shared['core/redact']).toBe(await import('../src/core/redact'));
    expect(shared['core/options']).toBe(await import('../src/core/options'));
    expect(shared['core/shortcut']).toBe(await import('../src/core/shortcut'));
  });

  it('watches a TRTC SDK that loads after it', async () => {
    const { doctor } = await load();
    const trtc = createFakeTrtc();
    (window as { TRTC?: unknown }).TRTC = trtc;
    const client = trtc.createClient({ sdkAppId: 1, userId: 'u' });
    expect(client.listenerCount('error')).toBe(1);
    doctor.destroy();
    expect(client.listenerCount()).toBe(0);
    expect(Object.getOwnPropertyDescriptor(window, 'TRTC')?.value).toBe(trtc);
    expect(mounted.unmounts).toBe(1);
  });

  it('watches a TRTC SDK that loaded before it', async () => {
    const trtc = createFakeTrtc();
    (window as { TRTC?: unknown }).TRTC = trtc;
    await load();
    expect(trtc.createStream().listenerCount('error')).toBe(1);
  });

  it('watches every v5 instance, whether the v5 SDK loads after it or before it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const after = createFakeTrtcV5();
    const { doctor } = await load();
    (window as { TRTC?: unknown }).TRTC = after;
    expect(after.create().listenerCount('autoplay-failed')).toBe(1);
    // Nothing stray on the namespace: it is patched, not trapped.
    expect(Object.getOwnPropertyDescriptor(after, 'TRTC')).toBeUndefined();
    doctor.destroy();
    delete (window as { TRTC?: unknown }).TRTC;

    const before = createFakeTrtcV5();
    (window as { TRTC?: unknown }).TRTC = before;
    await load();
    const trtc = before.create();
    expect(trtc.listenerCount('kicked-out')).toBe(1);
    expect(Object.hasOwn(trtc, 'enterRoom')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(before, 'TRTC')).toBeUndefined();
    // A known SDK version: no "unknown version" warning.
    expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => /version|5\.17/.test(m))).toEqual(
      [],
    );
  });

  it('warns once per bad value and uses the defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { doctor } = await load({
      'data-lang': 'fr',
      'data-audience': 'admin',
      'data-position': 'middle',
      'data-z-index': 'high',
      'data-shortcut': 'ctrl shift d',
      'data-mode': 'inline',
    });
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages).toHaveLength(6);
    expect(messages.every((m) => m.startsWith('[trtc-doctor] data-'))).toBe(true);
    expect(messages.join('\n')).toContain(`data-lang="fr" is not valid (use 'en' or 'zh')`);
    expect(doctor.settings.value.audience).toBe('developer');
    expect(mounted.calls[0]?.options).toEqual({
      lang: doctor.settings.value.lang,
      audience: 'developer',
      colorScheme: 'system',
      messages: {},
    });
  });

  it('data-mount="false" makes the doctor and shows nothing', async () => {
    const { doctor } = await load({ 'data-mount': 'false' });
    expect(mounted.calls).toHaveLength(0);
    expect(typeof doctor.watchClient).toBe('function');
  });

  it('mounts inline into data-container', async () => {
    const host = document.createElement('div');
    host.id = 'support';
    document.body.append(host);
    try {
      await load({ 'data-mode': 'inline', 'data-container': '#support' });
      expect(mounted.calls[0]?.options).toMatchObject({ mode: 'inline', container: host });
    } finally {
      host.remove();
    }
  });

  it('waits for the DOM when loaded in <head>', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      await load();
      expect(mounted.calls).toHaveLength(0);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(mounted.calls).toHaveLength(1);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it('destroyed before the DOM is ready: leaves no DOMContentLoaded listener, mounts nothing', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    try {
      const { doctor } = await load();
      const [, show] = add.mock.calls.find(([type]) => type === 'DOMContentLoaded') ?? [];
      expect(show).toBeTypeOf('function');
      doctor.destroy();
      expect(remove).toHaveBeenCalledWith('DOMContentLoaded', show);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(mounted.calls).toHaveLength(0);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it('never breaks the page when the panel cannot mount', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mounted.fail = true;
    const { doctor } = await load();
    expect(
      warn.mock.calls.some((c) =>
        String(c[0]).includes('the panel could not be shown: Error: no shadow DOM here'),
      ),
    ).toBe(true);
    expect(doctor.capture(new Error('still works'))).toBeDefined();
  });

  it('loaded twice: warns and reuses the first doctor', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = await load();
    (window as { TRTCDoctor?: unknown }).TRTCDoctor = first;
    const second = await load();
    expect(second.doctor).toBe(first.doctor);
    expect(mounted.calls).toHaveLength(1);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      '[trtc-doctor] trtc-doctor was loaded twice; the first TRTCDoctor.doctor is used.',
    ]);
  });
});

describe('readScriptTag', () => {
  it('reads nothing from no script (a module or a test) and defaults to developers', () => {
    expect(readScriptTag(null, () => {})).toEqual({
      doctor: { audience: 'developer' },
      mount: {},
      container: undefined,
    });
  });

  it('turns shortcut "false"/"none" into no shortcut, and an audience of user is kept', () => {
    const config = readScriptTag(
      scriptWith({ 'data-shortcut': 'none', 'data-audience': 'user' }),
      () => {},
    );
    expect(config).toEqual({
      doctor: { audience: 'user' },
      mount: { shortcut: false },
      container: undefined,
    });
  });

  it('survives a hostile getAttribute', () => {
    const script = {
      getAttribute() {
        throw new Error('no');
      },
    };
    expect(readScriptTag(script, () => {}).doctor).toEqual({ audience: 'developer' });
  });
});
