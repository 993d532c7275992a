import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { instrumentTrtc } from '../../src/core/instrument';
import { FakeTrtc, createFakeTrtc, makeDoctor } from '../fakes';

const CONFIG = {
  mode: 'rtc',
  sdkAppId: 1400000001,
  userId: 'alice',
  userSig: 'eJwSECRETsecretSECRETsecret0123456789',
};

describe('instrumentTrtc: SDK loaded before', () => {
  it('watches every client and stream, remembers the config, and undoes exactly', () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    const page: { TRTC?: unknown } = { TRTC: trtc };
    const undo = instrumentTrtc(doctor, page);
    expect(Object.hasOwn(trtc, 'createClient')).toBe(true);
    const client = trtc.createClient(CONFIG);
    const stream = trtc.createStream({ userId: 'alice' });
    expect(client.listenerCount('error')).toBe(1);
    expect(stream.listenerCount('error')).toBe(1);
    const report = JSON.parse(doctor.report());
    expect(report.clients).toEqual([
      { label: 'client 1', sdkAppId: 1400000001, userId: 'alice', mode: 'rtc' },
    ]);
    expect(JSON.stringify(report)).not.toContain(CONFIG.userSig);
    undo();
    undo();
    expect(Object.hasOwn(trtc, 'createClient')).toBe(false);
    expect(Object.hasOwn(trtc, 'createStream')).toBe(false);
    expect(trtc.createClient).toBe(FakeTrtc.prototype.createClient);
    expect(trtc.createClient(CONFIG).listenerCount()).toBe(0);
    // Undo does not unwatch what was already watched; destroy does.
    expect(client.listenerCount('error')).toBe(1);
    doctor.destroy();
    expect(client.listenerCount()).toBe(0);
  });

  it('accepts the namespace itself (ESM: import TRTC from "trtc-js-sdk")', () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    expect(trtc.createClient(CONFIG).listenerCount('error')).toBe(1);
  });

  it('records a synchronous createClient throw and re-throws the same error', () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    let thrown: unknown;
    try {
      trtc.createClient({ sdkAppId: '1400000001' } as never);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as { getCode(): number }).getCode()).toBe(4096);
    expect(doctor.problems.value).toHaveLength(1);
    expect(doctor.problems.value[0]).toMatchObject({
      operation: 'createClient',
      source: { type: 'page' },
    });
  });

  it('warns once and goes on when the factories cannot be replaced', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    Object.defineProperty(trtc, 'createClient', {
      value: trtc.createClient,
      writable: false,
      configurable: false,
    });
    expect(() => instrumentTrtc(doctor, trtc)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/cannot wrap TRTC.createClient.*watchClient/);
    // createStream was still wrapped.
    expect(trtc.createStream().listenerCount('error')).toBe(1);
  });

  it('is undone by destroy, and is a no-op on a destroyed doctor', () => {
    const doctor = makeDoctor();
    const trtc = createFakeTrtc();
    instrumentTrtc(doctor, trtc);
    doctor.destroy();
    expect(Object.hasOwn(trtc, 'createClient')).toBe(false);
    instrumentTrtc(doctor, trtc)();
    expect(Object.hasOwn(trtc, 'createClient')).toBe(false);
  });

  it('rejects misuse', () => {
    expect(() => instrumentTrtc(undefined as never)).toThrow(
      /expects a doctor from createDoctor\(\)/,
    );
    expect(() => instrumentTrtc(makeDoctor(), 'window' as never)).toThrow(
      /global object or the TRTC namespace/,
    );
  });
});

describe('instrumentTrtc: SDK loaded after', () => {
  it('patches the namespace when the page assigns TRTC, and leaves a plain property on undo', () => {
    const doctor = makeDoctor();
    const page: { TRTC?: unknown } = {};
    const undo = instrumentTrtc(doctor, page);
    expect('TRTC' in page).toBe(true);
    const trtc = createFakeTrtc();
    page.TRTC = trtc;
    expect(page.TRTC).toBe(trtc);
    expect(trtc.createClient(CONFIG).listenerCount('error')).toBe(1);
    undo();
    expect(Object.getOwnPropertyDescriptor(page, 'TRTC')).toEqual({
      value: trtc,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect(Object.hasOwn(trtc, 'createClient')).toBe(false);
  });

  it('removes the trap when the SDK never came', () => {
    const page: { TRTC?: unknown } = {};
    instrumentTrtc(makeDoctor(), page)();
    expect('TRTC' in page).toBe(false);
  });

  it('warns once when the SDK that arrives is neither 4.x nor 5.x', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page: { TRTC?: unknown } = {};
    instrumentTrtc(makeDoctor(), page);
    page.TRTC = createFakeTrtc('3.9.1');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('3.9.1');
  });

  it("catches the real SDK's UMD script assigning window.TRTC", () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doctor = makeDoctor();
    const undo = instrumentTrtc(doctor, window);
    try {
      const file = createRequire(import.meta.url).resolve('trtc-js-sdk/trtc.js');
      // As a classic <script>: no module system in scope, so the UMD assigns globalThis.TRTC.
      new Function('exports', 'module', 'define', readFileSync(file, 'utf8'))(
        undefined,
        undefined,
        undefined,
      );
      const TRTC = (
        window as unknown as { TRTC: { VERSION: string; createClient(c: unknown): object } }
      ).TRTC;
      expect(TRTC.VERSION).toMatch(/^4\./);
      expect(() => TRTC.createClient({})).toThrow();
      expect(doctor.problems.value[0]).toMatchObject({ operation: 'createClient' });
      const client = TRTC.createClient(CONFIG);
      expect(Object.hasOwn(client, 'join')).toBe(true);
      expect(JSON.parse(doctor.report()).clients[0]).toMatchObject({
        sdkAppId: 1400000001,
        userId: 'alice',
      });
    } finally {
      undo();
      delete (window as { TRTC?: unknown }).TRTC;
      log.mockRestore();
    }
  });
});
