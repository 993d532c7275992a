/**
 * diagnose() is total: whatever it is given, it returns a complete, JSON-safe diagnosis in the
 * language asked and never throws. Over 10,000 hostile inputs, against the real catalog and
 * against the fixture catalog (which reaches the same code paths with different data).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, createDiagnose, diagnose } from '../../src/core/diagnose';
import type { Diagnosis } from '../../src/core/types';
import { miniCatalog } from '../fixtures/mini-catalog';
import { FakeRtcError, SDK_CODES, referTo } from '../fixtures/real-errors';
import { useAllPacks } from '../../src/lang/all';

// Both languages, as the public `catalog` and `diagnose` have them.
useAllPacks();

const thrower = (): never => {
  throw new Error('hostile');
};

/** A Proxy whose every trap throws. */
const trapAll = (target: object): object =>
  new Proxy(target, {
    get: thrower,
    has: thrower,
    getPrototypeOf: thrower,
    ownKeys: thrower,
    getOwnPropertyDescriptor: thrower,
    apply: thrower,
    set: thrower,
  });

/**
 * fast-check inspects generated values (`cloneMethod in value`), which a hostile Proxy would
 * throw on: such values travel boxed in a thunk and are unboxed inside the property.
 */
const boxes = new WeakSet<object>();
function boxed(label: string, make: () => unknown): () => unknown {
  const box = Object.assign(() => make(), { [fc.toStringMethod]: () => label });
  boxes.add(box);
  return box;
}
const unbox = (value: unknown): unknown =>
  typeof value === 'function' && boxes.has(value) ? (value as () => unknown)() : value;

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const codeLike = fc.oneof(
  fc.constantFrom(
    ...Object.values(SDK_CODES),
    70001,
    -10013,
    -100018,
    5000,
    5300,
    5400,
    5500,
    5999,
  ),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2),
);
const anyValue = fc.oneof(fc.anything(), codeLike, fc.string());
const tagText = fc
  .tuple(fc.constantFrom(...Object.keys(SDK_CODES), 'X', ''), fc.nat(0xfffff))
  .map(([key, code]) => `<${key} 0x${code.toString(16)}>`);

/** Strings meant to hurt: huge, full of tags, codes, suffixes, secrets and regex bait. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Past the 4,000-character cut; fast-check makes long strings slowly, so not much past it.
  fc.string({ minLength: 4000, maxLength: 6000 }),
  fc
    .tuple(fc.string({ maxLength: 50 }), tagText, fc.nat(3000))
    .map(([s, t, n]) => (s + t).repeat((n % 300) + 1)),
  fc.constantFrom(
    'code: '.repeat(5000),
    'errorCode: -'.repeat(4000),
    `${'<A'.repeat(10_000)} 0x`,
    `https://a.b/?${'a=&'.repeat(10_000)}`,
    `eJ${'A'.repeat(100_000)}`,
    `userSig=${'"'.repeat(10_000)}`,
    ` ${'\n'.repeat(10_000)}join room timeout${referTo()}`,
  ),
);

/** Objects whose reads throw, lie or loop. */
const hostileObject = fc.oneof(
  fc.constant(boxed('Proxy throwing on every trap', () => trapAll({}))),
  fc.constant(boxed('callable Proxy throwing on every trap', () => trapAll(() => 1))),
  fc.constant(boxed('revoked Proxy', revoked)),
  fc.constant(
    boxed('RtcError-like Proxy', () => trapAll(new FakeRtcError({ code: 16451, message: 'x' }))),
  ),
  fc.constant(null).map(() => {
    const cyclic: Record<string, unknown> = { name: 'RtcError' };
    cyclic.self = cyclic;
    cyclic.message = cyclic;
    cyclic.originError = cyclic;
    return cyclic;
  }),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'message',
      'code',
      'extraCode',
      'reason',
      'functionName',
      'originError',
      'getCode',
    ),
    anyValue,
  ),
  fc
    .constantFrom('name', 'message', 'code', 'extraCode', 'reason', 'getCode', 'getExtraCode')
    .map((key) =>
      Object.defineProperty({ code: 5300, reason: 'kick' }, key, {
        get: thrower,
        enumerable: true,
      }),
    ),
  fc
    .tuple(anyValue, anyValue, hostileString, fc.boolean())
    .map(([code, extra, message, throws]) => ({
      name: 'RtcError',
      message,
      getCode: throws ? thrower : () => code,
      getExtraCode: throws ? () => extra : thrower,
    })),
  fc
    .tuple(
      fc.constantFrom(...Object.values(SDK_CODES), 0x4099),
      fc.integer(),
      hostileString,
      fc.string(),
    )
    .map(([code, extraCode, message, name]) =>
      Object.freeze(new FakeRtcError({ code, extraCode, message, name: name || undefined })),
    ),
  fc
    .tuple(fc.integer({ min: 4990, max: 6010 }), anyValue, anyValue, anyValue, anyValue)
    .map(([code, extraCode, name, message, originError]) => ({
      code,
      extraCode,
      name,
      message,
      originError,
    })),
  fc.tuple(fc.string(), hostileString).map(([name, message]) => {
    try {
      return new DOMException(message, name);
    } catch {
      return new Error(message);
    }
  }),
  fc.array(anyValue, { maxLength: 5 }),
);

const hostileInput = fc.oneof(
  fc.anything(),
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
  }),
  fc.constantFrom(undefined, null, Symbol('s'), 10n ** 30n, -(10n ** 30n), () => {}),
  codeLike,
  hostileString,
  hostileObject,
);

const lang = fc.constantFrom('zh' as const, 'en' as const);

function checkDiagnosis(d: Diagnosis, expectedLang: 'zh' | 'en'): void {
  expect(typeof d.id).toBe('string');
  expect(d.id.length).toBeGreaterThan(0);
  expect(d.lang).toBe(expectedLang);
  expect(typeof d.title).toBe('string');
  expect(d.title.length).toBeGreaterThan(0);
  expect(d.cause.length).toBeGreaterThan(0);
  expect(d.fix.length).toBeGreaterThan(0);
  expect(Array.isArray(d.related)).toBe(true);
  expect(Array.isArray(d.actions)).toBe(true);
  if (d.message !== undefined) expect(d.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1);
  const json = JSON.stringify(d);
  expect(JSON.parse(json).id).toBe(d.id);
}

const mini = createDiagnose(miniCatalog);

/**
 * Each property takes a few seconds alone; a loaded CI machine (the whole suite in parallel) can
 * take several times longer, which is no failure of diagnose().
 */
const FUZZ_TIMEOUT = 60_000;

describe('diagnose is total', () => {
  it(
    'never throws and always answers, on 8,000 hostile inputs (real catalog)',
    () => {
      fc.assert(
        fc.property(hostileInput, lang, (input, l) => {
          checkDiagnosis(diagnose(unbox(input), { lang: l }), l);
        }),
        { numRuns: 8000 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'never throws and always answers, on 4,000 hostile inputs (fixture catalog)',
    () => {
      fc.assert(
        fc.property(hostileInput, lang, (input, l) => {
          checkDiagnosis(mini(unbox(input), { lang: l }), l);
        }),
        { numRuns: 4000 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'survives hostile options too (2,000 runs)',
    () => {
      fc.assert(
        fc.property(hostileInput, hostileObject, (input, options) => {
          const d = diagnose(unbox(input), unbox(options) as { lang?: 'zh' });
          expect(['zh', 'en']).toContain(d.lang);
          expect(d.fix.length).toBeGreaterThan(0);
        }),
        { numRuns: 2000 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('bounds the work on a huge message', () => {
    const huge = `${'join room timeout code: 1 <X 0x1> '.repeat(200_000)}`;
    const started = performance.now();
    const d = mini(new FakeRtcError({ code: 16388, message: huge }), { lang: 'en' });
    // Generous: only a blow-up (a regex over 7 MB, backtracking) could take this long.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(d.id).toBe('sdk:JOIN_ROOM_FAILED');
    expect(d.message!.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1);
  });

  it('reads only the first 4,000 characters of a message', () => {
    const late = new FakeRtcError({ code: 16388, message: `${'x'.repeat(5000)} code: 70001` });
    expect(mini(late, { lang: 'en' }).extraCode).toBeUndefined();
    const early = new FakeRtcError({ code: 16388, message: `${'x'.repeat(3000)} code: 70001` });
    expect(mini(early, { lang: 'en' }).extraCode).toBe(70001);
  });
});
