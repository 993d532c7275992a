import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, quickSignature } from '../../src/core/signature';
import { FakeRtcError } from '../fakes';

/** The signature built from scratch every time: what the remembered one must always equal. */
function built(error: Record<string, unknown>): string | undefined {
  const part = (value: unknown) => {
    const s = typeof value === 'string' ? value : value === undefined ? '' : String(value);
    return `${s.length}:${s}`;
  };
  const { message } = error;
  if (typeof message !== 'string' || message.length > 2000) return undefined;
  if (typeof error.getCode === 'function') {
    const extra =
      typeof error.getExtraCode === 'function' ? (error.getExtraCode as () => unknown)() : '';
    const code = (error.getCode as () => unknown)();
    return `4${part(code)}${part(extra)}${part(error.name)}${part(error.reason)}${message}`;
  }
  if (!(error instanceof Error)) return undefined;
  const o = error.originError as Record<string, unknown> | undefined;
  const originMessage =
    typeof o?.message === 'string' ? o.message.slice(0, MAX_INPUT_CHARS) : o?.message;
  const origin = o
    ? `${part(o.name)}${part(typeof o.getCode === 'function' ? (o.getCode as () => unknown)() : '')}${part(originMessage)}`
    : '';
  const e = error;
  return `5${part(e.code)}${part(e.extraCode)}${part(e.functionName)}${part(e.name)}${part(e.reason)}${part(e.state)}${part(e.mediaType)}${typeof e.resume}${origin}|${message}`;
}

/** A v5-shaped error (an Error with own fields), as the SDK makes them. */
function v5(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message ?? '')), fields);
}

describe('quickSignature', () => {
  it('gives equal errors equal signatures and tells each field apart (v4)', () => {
    const message = 'reconnection failed <X 0x4006>';
    const a = quickSignature(new FakeRtcError(0x4006, message));
    expect(a).toBe(quickSignature(new FakeRtcError(0x4006, message)));
    expect(quickSignature(new FakeRtcError(0x4007, message))).not.toBe(a);
    expect(quickSignature(new FakeRtcError(0x4006, message, 70001))).not.toBe(a);
    expect(quickSignature(new FakeRtcError(0x4006, message, 0, 'NotAllowedError'))).not.toBe(a);
    expect(quickSignature(new FakeRtcError(0x4006, 'other <X 0x4006>'))).not.toBe(a);
  });

  it('tells each v5 field apart, the origin error among them', () => {
    const base = { code: 5500, extraCode: 5501, functionName: '', message: 'firewall' };
    const a = quickSignature(v5(base));
    expect(a).toBe(quickSignature(v5(base)));
    for (const change of [
      { code: 5300 },
      { extraCode: 5502 },
      { functionName: 'enterRoom' },
      { name: 'DEVICE_ERROR' },
      { reason: 'kick' },
      { state: 'stopped' },
      { mediaType: 'audio' },
      { resume: () => undefined },
      { originError: { name: 'NotAllowedError', message: 'denied' } },
    ]) {
      expect(quickSignature(v5({ ...base, ...change })), JSON.stringify(change)).not.toBe(a);
    }
    const origin = (message: string) => v5({ ...base, originError: { message, getCode: () => 1 } });
    expect(quickSignature(origin('a'))).not.toBe(quickSignature(origin('b')));
  });

  it('equals the signature built from scratch, whatever came before (remembered or not)', () => {
    const value = fc.oneof(
      fc.constantFrom(undefined, null, '', 0, -0, 1, NaN, 'x', 'RtcError', 4096),
      fc.string({ maxLength: 5 }),
    );
    const v4 = fc.record({ code: value, extraCode: value, name: value, message: fc.string() });
    const v5Fields = fc.record(
      {
        code: value,
        extraCode: value,
        functionName: value,
        name: value,
        reason: value,
        message: fc.string(),
        originError: fc.option(fc.record({ name: value, message: value }), { nil: undefined }),
      },
      { requiredKeys: ['message'] },
    );
    const anError = fc.oneof(
      v4.map(
        (f) =>
          Object.assign(new FakeRtcError(0, f.message), {
            name: f.name,
            getCode: () => f.code,
            getExtraCode: () => f.extraCode,
          }) as unknown as Record<string, unknown>,
      ),
      v5Fields.map((f) => v5(f) as unknown as Record<string, unknown>),
    );
    // Runs of up to 40 errors drawn from a few kinds: hits, misses and evictions (16 kept).
    fc.assert(
      fc.property(fc.array(anError, { minLength: 1, maxLength: 24 }), fc.nat(), (kinds, seed) => {
        for (let i = 0; i < 40; i++) {
          const error = kinds[(seed + i * 7) % kinds.length]!;
          expect(quickSignature(error)).toBe(built(error));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not remember an object field, whose text may change', () => {
    let text = 'first';
    const name = { toString: () => text };
    const make = () => v5({ code: 5500, name, message: 'm' });
    const before = quickSignature(make());
    text = 'second';
    expect(quickSignature(make())).not.toBe(before);
    expect(quickSignature(make())).toContain('second');
  });

  it('cuts the origin message to what a diagnosis reads', () => {
    const long = 'a'.repeat(MAX_INPUT_CHARS);
    const make = (tail: string) =>
      v5({ code: 5500, message: 'm', originError: { message: long + tail } });
    expect(quickSignature(make('x'))).toBe(quickSignature(make('y')));
    expect(quickSignature(make('x'))!.length).toBeLessThan(MAX_INPUT_CHARS + 200);
  });

  it('gives nothing odd a signature', () => {
    expect(quickSignature(undefined)).toBeUndefined();
    expect(quickSignature(null)).toBeUndefined();
    expect(quickSignature({ message: 'not an error' })).toBeUndefined();
    expect(quickSignature(v5({ message: 'x'.repeat(2001) }))).toBeUndefined();
    expect(quickSignature(Object.assign(new Error(), { message: 42 }))).toBeUndefined();
    expect(quickSignature('x'.repeat(2001))).toBeUndefined();
    expect(quickSignature('text')).toBe('stext');
    expect(quickSignature(4096)).toBe('n4096');
  });

  it('passes on what a hostile getter throws (the recorder reads it guarded)', () => {
    const hostile = new Proxy(new Error('x'), {
      get(target, key) {
        if (key === 'code') throw new Error('boom');
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(() => quickSignature(hostile)).toThrow('boom');
  });
});
