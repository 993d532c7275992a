/**
 * The real error shapes (REAL-SDK.md) diagnose to the right catalog entries. The v4 errors are
 * built twice: with the fixture's FakeRtcError and with the SDK's own (unexported) RtcError class,
 * taken from a real `createClient({})` throw, so the fixture cannot drift from the SDK.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../src/core/diagnose';
import {
  FakeRtcError,
  bannedCases,
  v4Cases,
  v5Cases,
  type RtcErrorInit,
} from '../fixtures/real-errors';
import { useAllPacks } from '../../src/lang/all';

// Both languages, as the public `catalog` and `diagnose` have them.
useAllPacks();

type RtcErrorClass = new (init: RtcErrorInit) => Error & {
  getCode(): number;
  getExtraCode(): number;
};

let RealRtcError: RtcErrorClass;

beforeAll(async () => {
  // The SDK logs its environment check and every error it makes; keep the test output clean.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation(() => {});
  }
  const sdk = (await import('trtc-js-sdk')) as unknown as {
    default?: { createClient(config: object): unknown };
  };
  try {
    sdk.default!.createClient({});
  } catch (error) {
    RealRtcError = (error as Error).constructor as RtcErrorClass;
  }
  vi.restoreAllMocks();
});

const en = { lang: 'en' } as const;

describe('v4 RtcErrors', () => {
  it('the SDK really throws INVALID_PARAMETER from createClient({})', async () => {
    const sdk = (await import('trtc-js-sdk')) as unknown as {
      default: { createClient(config: object): unknown };
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let thrown: unknown;
    try {
      sdk.default.createClient({});
    } catch (error) {
      thrown = error;
    }
    const d = diagnose(thrown, en);
    expect(d).toMatchObject({
      id: 'sdk:INVALID_PARAMETER',
      code: 4096,
      hex: '0x1000',
      sdkVersion: 'v4',
    });
    expect(d.message).toContain("'clientConfig.sdkAppId' is a required param");
    expect(d.message).toContain(
      'Refer to: https://web.sdk.qcloud.com/trtc/webrtc/doc/en/TRTC.html#createClient',
    );
  });

  describe.each(v4Cases)('$label', (c) => {
    it('the fixture builds the same error as the SDK class', () => {
      const real = new RealRtcError(c.init);
      const fake = new FakeRtcError(c.init);
      expect(fake.message).toBe(real.message);
      expect(fake.name).toBe(real.name);
      expect(fake.getCode()).toBe(real.getCode());
      expect(fake.getExtraCode()).toBe(real.getExtraCode());
    });

    it.each([
      ['the fixture', (init: RtcErrorInit) => new FakeRtcError(init)],
      ['the SDK class', (init: RtcErrorInit) => new RealRtcError(init)],
    ])(`diagnoses to ${c.id} (%s)`, (_label, make) => {
      const d = diagnose(make(c.init), en);
      expect(d.id).toBe(c.id);
      expect(d.related.map((r) => r.id).slice(0, c.related?.length ?? 0)).toEqual(c.related ?? []);
      expect(d.code).toBe(c.init.code);
      expect(d.hex).toBe(`0x${c.init.code!.toString(16)}`);
      expect(d.extraCode).toBe(c.extraCode);
      expect(d.sdkVersion).toBe('v4');
      expect(d.title).not.toBe('');
    });
  });

  it('JOIN_ROOM_FAILED with 70001 leads with the userSig, in both languages', () => {
    const error = new FakeRtcError(v4Cases.find((c) => c.id === 'account:70001')!.init);
    for (const lang of ['en', 'zh'] as const) {
      const d = diagnose(error, { lang });
      // The SDK's code and hex stay on the diagnosis; the server's code is the extra code.
      expect(d).toMatchObject({
        id: 'account:70001',
        kind: 'account',
        code: 16388,
        hex: '0x4004',
        extraCode: 70001,
        lang,
      });
      expect(`${d.title} ${d.cause}`).toMatch(/userSig/i);
      expect(d.related[0]).toMatchObject({ id: 'sdk:JOIN_ROOM_FAILED', code: 16388, lang });
    }
  });

  it('INITIALIZE_FAILED named NotAllowedError keeps the SDK code and the browser name', () => {
    const d = diagnose(
      new FakeRtcError({ code: 4100, name: 'NotAllowedError', message: 'Permission denied' }),
      en,
    );
    expect(d).toMatchObject({
      kind: 'browser',
      code: 4100,
      hex: '0x1004',
      errorName: 'NotAllowedError',
      message: 'Permission denied <INITIALIZE_FAILED 0x1004>',
    });
  });
});

describe('client-banned payloads', () => {
  it.each(bannedCases)('$payload.reason -> $id', ({ payload, id }) => {
    const d = diagnose(payload, en);
    expect(d).toMatchObject({ id, code: 16448, hex: '0x4040' });
    expect(d.message).toContain('client was banned because of');
  });

  it('explains each reason differently', () => {
    const causes = bannedCases.map(({ payload }) => diagnose(payload, en).cause);
    expect(new Set(causes).size).toBe(3);
  });
});

describe('v5 errors', () => {
  it.each(v5Cases)('$label -> $id', ({ input, id, related }) => {
    const d = diagnose(input, en);
    expect(d.id).toBe(id);
    expect(d.sdkVersion).toBe('v5');
    expect(d.hex).toBeUndefined();
    expect(d.related.map((r) => r.id).slice(0, related?.length ?? 0)).toEqual(related ?? []);
    const code = (input as { code?: number }).code;
    if (code !== undefined) expect(d.code).toBe(code);
  });

  it('keeps the v5 code and extra code', () => {
    const d = diagnose(
      { name: 'DEVICE_ERROR', code: 5300, extraCode: 5302, message: 'denied' },
      en,
    );
    expect(d).toMatchObject({ code: 5300, extraCode: 5302, errorName: 'DEVICE_ERROR' });
  });
});

describe('DOMExceptions and Errors', () => {
  it.each([
    ['NotAllowedError', 'Permission denied'],
    ['NotFoundError', 'Requested device not found'],
    ['NotReadableError', 'Could not start video source'],
    ['OverconstrainedError', ''],
    ['AbortError', 'Timeout starting video source'],
  ])('a DOMException named %s', (name, message) => {
    const d = diagnose(new DOMException(message, name), en);
    expect(d).toMatchObject({ id: `browser:${name}`, kind: 'browser', errorName: name });
    expect(d.code).toBeUndefined();
  });

  it('an Error carrying a browser name', () => {
    const error = Object.assign(new Error('Could not start audio source'), {
      name: 'NotReadableError',
    });
    expect(diagnose(error, en).id).toBe('browser:NotReadableError');
  });

  it('a TypeError from the host code is not a device error', () => {
    // What initialize() rejects with when navigator.mediaDevices is missing.
    const d = diagnose(
      new TypeError("Cannot read properties of undefined (reading 'getTracks')"),
      en,
    );
    expect(d).toMatchObject({ id: 'unknown', kind: 'unknown', errorName: 'TypeError' });
    expect(d.message).toBe("Cannot read properties of undefined (reading 'getTracks')");
  });
});
