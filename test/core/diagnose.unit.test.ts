/**
 * The diagnose engine's rules, over a small fixture catalog (so these tests do not depend on the
 * catalog's wording): input shapes, related ordering, codes, redaction, bounds, language, memo.
 */
import { describe, expect, it, vi } from 'vitest';
import { unknownText } from '../../src/catalog';
import { useAllPacks } from '../../src/lang/all';
import type { CatalogEntry } from '../../src/catalog/types';
import { MAX_MESSAGE_CHARS, MAX_RELATED, createDiagnose } from '../../src/core/diagnose';
import { FakeRtcError, referTo } from '../fixtures/real-errors';
import { miniCatalog } from '../fixtures/mini-catalog';

useAllPacks();
const diagnose = createDiagnose(miniCatalog);
const en = { lang: 'en' } as const;
const id = (input: unknown): string => diagnose(input, en).id;

describe('codes, keys and ids as input', () => {
  it.each([
    [16451, 'sdk:PLAY_NOT_ALLOWED'],
    [4100, 'sdk:INITIALIZE_FAILED'],
    [70001, 'account:70001'],
    [-8, 'account:-8'],
    [-10013, 'join:-10013'],
    [-100018, 'join:-100018'],
    [10006, 'join:10006'],
    [65535, 'sdk:UNKOWN'],
    [16451n, 'sdk:PLAY_NOT_ALLOWED'],
    ['0x4043', 'sdk:PLAY_NOT_ALLOWED'],
    ['0X4043', 'sdk:PLAY_NOT_ALLOWED'],
    ['0xFFFF', 'sdk:UNKOWN'],
    ['16451', 'sdk:PLAY_NOT_ALLOWED'],
    [' -10013 ', 'join:-10013'],
    ['PLAY_NOT_ALLOWED', 'sdk:PLAY_NOT_ALLOWED'],
    ['play_not_allowed', 'sdk:PLAY_NOT_ALLOWED'],
    ['SIGNAL_CHANNEL_SETUP_FAILED', 'sdk:SIGNAL_CAHNNEL_SETUP_FAILED'],
    ['UNKNOWN', 'sdk:UNKOWN'],
    ['NotAllowedError', 'browser:NotAllowedError'],
    ['notreadableerror', 'browser:NotReadableError'],
    ['sdk:PLAY_NOT_ALLOWED', 'sdk:PLAY_NOT_ALLOWED'],
    ['sdk:SIGNAL_CHANNEL_SETUP_FAILED', 'sdk:SIGNAL_CAHNNEL_SETUP_FAILED'],
    ['account:70001', 'account:70001'],
    ['sdk:CLIENT_BANNED/kick', 'sdk:CLIENT_BANNED/kick'],
  ])('%s -> %s', (input, expected) => {
    expect(id(input)).toBe(expected);
  });

  it.each([['4043'], [4043], [1.5], [NaN], [Infinity], ['0x'], ['NOPE_NOT_A_KEY'], [2n ** 80n]])(
    '%s is unknown',
    (input) => {
      expect(id(input)).toBe('unknown');
    },
  );

  it('keeps an unknown code as the code, and a number that is no code as the message', () => {
    expect(diagnose(4043, en)).toMatchObject({ id: 'unknown', code: 4043 });
    expect(diagnose(4043, en).message).toBeUndefined();
    expect(diagnose(1.5, en)).toMatchObject({ id: 'unknown', message: '1.5' });
    expect(diagnose(2n ** 80n, en).code).toBeUndefined();
    expect(diagnose(true, en).message).toBe('true');
    expect(diagnose(Symbol('s'), en).message).toBeUndefined();
  });

  it('gives SDK codes their lower-case hex, and server codes none', () => {
    expect(diagnose('0X404C', en)).toMatchObject({
      code: 16460,
      hex: '0x404c',
      key: 'SCHEDULE_FAILED',
    });
    expect(diagnose(70001, en).hex).toBeUndefined();
    expect(diagnose(70001, en).code).toBe(70001);
  });

  it('a variant entry never shadows the plain one for its code', () => {
    expect(id(16448)).toBe('sdk:CLIENT_BANNED');
    // Not by luck of the order: with the variants listed first, the plain entry still wins.
    const variantsFirst = [...miniCatalog].sort(
      (a, b) => Number(b.id.includes('/')) - Number(a.id.includes('/')),
    );
    expect(variantsFirst[0]?.id).toMatch(/^sdk:CLIENT_BANNED\//);
    expect(createDiagnose(variantsFirst)(16448, en).id).toBe('sdk:CLIENT_BANNED');
  });

  it('shows the SDK key without a variant suffix, and no key for server codes', () => {
    // v4's client-banned carries a message (v5's kicked-out does not).
    expect(diagnose({ reason: 'kick', message: 'x' }, en).key).toBe('CLIENT_BANNED');
    expect(diagnose(16451, en).key).toBe('PLAY_NOT_ALLOWED');
    expect(diagnose('NotFoundError', en).key).toBe('NotFoundError');
    expect(diagnose(70001, en).key).toBeUndefined();
  });
});

describe('messages as input', () => {
  it.each([
    ['join room timeout', 'message:join room timeout'],
    ['JOIN   ROOM\nTIMEOUT.', 'message:join room timeout'],
    [`join room timeout.${referTo()}`, 'message:join room timeout'],
    ['Error: publish timeout observed.', 'message:publish timeout'],
    [
      'uplink ICE/DTLS Transport connection failed. ICE Transport state: failed',
      'message:ICE/DTLS Transport connection failed',
    ],
    [
      'previous publish() is ongoing, please avoid repeated calls.',
      'message:previous publishing is ongoing, please avoid re-publishing',
    ],
    ['NotAllowedError: Permission denied', 'browser:NotAllowedError'],
  ])('%j -> %s', (input, expected) => {
    expect(id(input)).toBe(expected);
    expect(id(new Error(input))).toBe(expected);
  });

  it('does not match a phrase glued inside a longer word', () => {
    expect(id('unpublish timeout')).toBe('unknown');
    expect(id('XNotAllowedErrors happen')).toBe('unknown');
  });

  it('leads with the longest phrase a message holds, the shorter ones behind it', () => {
    // `publish timeout observed` (an alias) is longer than `join room timeout`, which comes first
    // in both the catalog and the text.
    const d = diagnose('join room timeout, then publish timeout observed', en);
    expect(d.id).toBe('message:publish timeout');
    expect(d.related.map((r) => r.id)).toEqual(['message:join room timeout']);
  });

  it('reads the SDK tag from a message alone (a copied error text)', () => {
    const d = diagnose(
      `RtcError: please call join() before publish().${referTo()} <INVALID_OPERATION 0x1001>`,
      en,
    );
    expect(d).toMatchObject({
      id: 'sdk:INVALID_OPERATION',
      code: 4097,
      hex: '0x1001',
      sdkVersion: 'v4',
    });
  });

  it('keeps the original text of an unknown message, redacted and bounded', () => {
    const sig = `eJ${'x'.repeat(60)}`;
    const d = diagnose(`weird failure userSig=${sig} ${'y'.repeat(5000)}`, en);
    expect(d.id).toBe('unknown');
    expect(d.message).toContain('weird failure userSig=[redacted]');
    expect(d.message).not.toContain(sig);
    expect(d.message!.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1);
  });
});

describe('v4 RtcError rules', () => {
  it('leads with the account entry behind JOIN_ROOM_FAILED, the SDK entry and message matches behind', () => {
    const error = new FakeRtcError({
      code: 16388,
      extraCode: 70001,
      message: `Failed to join room - join room timeout code: 70001${referTo()}`,
    });
    const d = diagnose(error, en);
    expect(d.id).toBe('account:70001');
    expect(d.related.map((r) => r.id)).toEqual([
      'sdk:JOIN_ROOM_FAILED',
      'message:join room timeout',
    ]);
    expect(d).toMatchObject({ code: 16388, hex: '0x4004', extraCode: 70001, sdkVersion: 'v4' });
    expect(d.errorName).toBeUndefined();
  });

  it('reads the extra code from `code: N` when getExtraCode() is 0, and omits 0', () => {
    const d = diagnose(
      new FakeRtcError({ code: 16388, message: 'Failed to join room - x code: -100018' }),
      en,
    );
    expect(d.extraCode).toBe(-100018);
    expect(d.id).toBe('join:-100018');
    expect(d.related[0]?.id).toBe('sdk:JOIN_ROOM_FAILED');
    expect('extraCode' in diagnose(new FakeRtcError({ code: 16451, message: 'x' }), en)).toBe(
      false,
    );
  });

  it('takes the entry from the tag when getCode() gives nothing usable', () => {
    const error = new FakeRtcError({ code: 16451, message: 'blocked' });
    const broken = Object.assign(error, { getCode: () => 'garbage' });
    expect(diagnose(broken, en)).toMatchObject({
      id: 'sdk:PLAY_NOT_ALLOWED',
      code: 16451,
      hex: '0x4043',
    });
  });

  it('keeps an unknown SDK code and its hex on an unknown diagnosis', () => {
    const d = diagnose(new FakeRtcError({ code: 0x4099, message: 'new in a later SDK' }), en);
    expect(d).toMatchObject({ id: 'unknown', kind: 'unknown', code: 0x4099, hex: '0x4099' });
    expect(d.message).toContain('new in a later SDK');
  });

  it('INITIALIZE_FAILED with a browser name leads with the browser entry and keeps 4100', () => {
    const d = diagnose(
      new FakeRtcError({ code: 4100, name: 'NotAllowedError', message: 'Permission denied' }),
      en,
    );
    expect(d).toMatchObject({
      id: 'browser:NotAllowedError',
      kind: 'browser',
      key: 'NotAllowedError',
      code: 4100,
      hex: '0x1004',
      errorName: 'NotAllowedError',
    });
    expect(d.related.map((r) => r.id)).toEqual(['sdk:INITIALIZE_FAILED']);
  });

  it('treats TypeError as a device error only inside INITIALIZE_FAILED', () => {
    expect(
      id(new FakeRtcError({ code: 4100, name: 'TypeError', message: 'constraints empty' })),
    ).toBe('browser:TypeError');
    expect(id(new TypeError("Cannot read properties of undefined (reading 'getTracks')"))).toBe(
      'unknown',
    );
    expect(id('TypeError: x is not a function')).toBe('unknown');
  });

  it('INITIALIZE_FAILED with an unknown name stays the SDK entry, with the name kept', () => {
    const d = diagnose(new FakeRtcError({ code: 4100, name: 'WeirdError', message: 'odd' }), en);
    expect(d).toMatchObject({ id: 'sdk:INITIALIZE_FAILED', errorName: 'WeirdError' });
  });

  it('bounds related and never repeats the main entry or an entry twice', () => {
    const d = diagnose(
      new FakeRtcError({
        code: 16390,
        message:
          'signal channel reconnection failed; SignalChannel reconnect failed; join room timeout; publish timeout; previous publish() is ongoing; ICE/DTLS Transport connection failed',
      }),
      en,
    );
    const ids = d.related.map((r) => r.id);
    expect(ids.length).toBe(MAX_RELATED);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(d.id);
  });

  it('still uses what it can read when some reads throw', () => {
    const error = new FakeRtcError({ code: 16388, extraCode: 70001, message: 'x' });
    Object.defineProperty(error, 'name', {
      get: () => {
        throw new Error('no');
      },
    });
    Object.defineProperty(error, 'message', {
      get: () => {
        throw new Error('no');
      },
    });
    const d = diagnose(Object.freeze(error), en);
    expect(d).toMatchObject({ id: 'account:70001', code: 16388, extraCode: 70001 });
    expect(d.related[0]?.id).toBe('sdk:JOIN_ROOM_FAILED');
    const proxied = new Proxy(new FakeRtcError({ code: 16451, message: 'x' }), {
      get: (_target, key) => {
        if (key === 'getCode') return () => 16451;
        throw new Error(`trap ${String(key)}`);
      },
    });
    expect(id(proxied)).toBe('sdk:PLAY_NOT_ALLOWED');
  });

  it('accepts a plain object with a v4 code (e.g. a serialised error)', () => {
    expect(diagnose({ code: 16451, message: 'x' }, en)).toMatchObject({
      id: 'sdk:PLAY_NOT_ALLOWED',
      hex: '0x4043',
    });
    expect(id({ code: 70001 })).toBe('account:70001');
  });
});

describe('other shapes', () => {
  it('reads DOMExceptions by name, not by their legacy numeric code', () => {
    expect(id(new DOMException('Requested device not found', 'NotFoundError'))).toBe(
      'browser:NotFoundError',
    );
    expect(diagnose(new DOMException('denied', 'NotAllowedError'), en)).toMatchObject({
      id: 'browser:NotAllowedError',
      errorName: 'NotAllowedError',
      message: 'denied',
    });
  });

  it('maps client-banned (v4) and kicked-out (v5) reasons, and an unknown reason to CLIENT_BANNED', () => {
    expect(id({ reason: 'kick', message: 'dup' })).toBe('sdk:CLIENT_BANNED/kick');
    expect(id({ reason: 'banned', message: 'admin' })).toBe('sdk:CLIENT_BANNED/banned');
    expect(id({ reason: 'banned' })).toBe('v5:kicked-out/banned');
    expect(id({ reason: 'room_disband' })).toBe('v5:kicked-out/room_disband');
    expect(diagnose({ reason: 'other' }, en)).toMatchObject({
      id: 'sdk:CLIENT_BANNED',
      code: 16448,
    });
  });

  it('finds nothing for prototype names used as a reason, key or function name', () => {
    expect(id({ reason: 'constructor' })).toBe('sdk:CLIENT_BANNED');
    expect(id('constructor')).toBe('unknown');
    expect(id('__proto__')).toBe('unknown');
    const d = diagnose(
      { name: 'SERVER_ERROR', code: 5400, extraCode: 70001, functionName: 'constructor' },
      en,
    );
    expect(d).toMatchObject({ id: 'account:70001', sdkVersion: 'v5' });
    expect(
      id({ name: 'DEVICE_ERROR', code: 5300, extraCode: 5300, originError: { name: 'toString' } }),
    ).toBe('v5:5300');
  });

  it('does not take a player-state-changed event for a ban', () => {
    expect(id({ type: 'video', state: 'PAUSED', reason: 'pause' })).toBe('unknown');
  });

  it('maps a v5 autoplay-failed payload to its v5 entry', () => {
    const d = diagnose({ userId: 'u', mediaType: 'audio', resume: () => Promise.resolve() }, en);
    expect(d).toMatchObject({ id: 'v5:autoplay-failed', sdkVersion: 'v5' });
  });

  it('maps a v5 OPERATION_FAILED by its message, and SERVER_ERROR by the server code', () => {
    expect(
      id({ name: 'OPERATION_FAILED', code: 5500, message: 'ICE/DTLS Transport connection failed' }),
    ).toBe('message:ICE/DTLS Transport connection failed');
    expect(id({ name: 'OPERATION_FAILED', code: 5500, message: 'ice connection failed' })).toBe(
      'sdk:ICE_TRANSPORT_ERROR',
    );
    expect(id({ name: 'OPERATION_FAILED', code: 5500, message: 'nothing known' })).toBe('v5:5500');
    const role = diagnose(
      { name: 'SERVER_ERROR', code: 5400, extraCode: 70001, functionName: 'switchRole' },
      en,
    );
    expect(role).toMatchObject({
      id: 'account:70001',
      code: 5400,
      extraCode: 70001,
      sdkVersion: 'v5',
    });
    expect(role.hex).toBeUndefined();
    expect(role.related[0]?.id).toBe('v5:5400');
  });

  it.each([
    [null],
    [undefined],
    [true],
    [Symbol('s')],
    [() => 1],
    [[]],
    [{}],
    [Object.create(null)],
  ])('%s is unknown with the generic steps', (input) => {
    const d = diagnose(input, en);
    expect(d).toMatchObject({
      id: 'unknown',
      kind: 'unknown',
      actions: ['copy-report'],
      related: [],
    });
    expect(d.title).not.toBe('');
    expect(d.fix.length).toBeGreaterThan(0);
  });
});

describe('language, memo and output shape', () => {
  it('uses the language asked, and ignores a bad one', () => {
    expect(diagnose(16451, { lang: 'zh' })).toMatchObject({
      lang: 'zh',
      title: '中文 sdk:PLAY_NOT_ALLOWED',
    });
    expect(diagnose(16451, { lang: 'en' })).toMatchObject({
      lang: 'en',
      title: 'EN sdk:PLAY_NOT_ALLOWED',
    });
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    expect(diagnose(16451, { lang: 'fr' as 'en' }).lang).toBe('en');
    expect(diagnose(null, { lang: 'zh' })).toMatchObject({
      lang: 'zh',
      title: unknownText.zh.title,
    });
    expect(diagnose(null, { lang: 'en' })).toMatchObject({
      lang: 'en',
      title: unknownText.en.title,
    });
  });

  it('defaults to the browser language: zh-CN gives zh, en-US gives en', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get');
    const language = vi.spyOn(navigator, 'language', 'get');
    languages.mockReturnValue(['zh-CN']);
    language.mockReturnValue('zh-CN');
    expect(diagnose(16451).lang).toBe('zh');
    languages.mockReturnValue(['en-US']);
    language.mockReturnValue('en-US');
    expect(diagnose(16451).lang).toBe('en');
  });

  it('survives hostile options', () => {
    const options = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(diagnose(16451, options).id).toBe('sdk:PLAY_NOT_ALLOWED');
  });

  it('returns frozen, JSON-safe data with localised docs and no undefined fields', () => {
    const d = diagnose(
      new FakeRtcError({ code: 16388, extraCode: 70001, message: 'x code: 70001' }),
      en,
    );
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.fix)).toBe(true);
    expect(Object.isFrozen(d.related)).toBe(true);
    expect(Object.values(d)).not.toContain(undefined);
    expect(d.docs).toEqual([
      { label: 'Docs', url: 'https://cloud.tencent.com/document/product/647' },
    ]);
    expect(JSON.parse(JSON.stringify(d))).toMatchObject({
      id: d.id,
      related: [{ id: 'sdk:JOIN_ROOM_FAILED' }],
    });
  });

  it('shows only the https: links of an entry', () => {
    const [first, ...rest] = miniCatalog;
    const docs = [
      { label: { zh: '旧', en: 'Old' }, url: 'http://example.com/old' },
      { label: { zh: '脚本', en: 'Script' }, url: 'javascript:alert(1)' },
      { label: { zh: '新', en: 'New' }, url: 'https://example.com/new' },
    ];
    const withDocs = createDiagnose([{ ...first!, docs }, ...rest]);
    expect(withDocs(first!.id, en).docs).toEqual([
      { label: 'New', url: 'https://example.com/new' },
    ]);
  });

  it('shares the memoised text of an entry between calls', () => {
    expect(diagnose(16451, en).fix).toBe(diagnose('0x4043', en).fix);
    expect(diagnose(16451, en).fix).not.toBe(diagnose(16451, { lang: 'zh' }).fix);
  });

  it('does no work until the first call', () => {
    let reads = 0;
    const entries = new Proxy(miniCatalog as CatalogEntry[], {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const lazy = createDiagnose(entries);
    expect(reads).toBe(0);
    expect(lazy(16451, en).id).toBe('sdk:PLAY_NOT_ALLOWED');
    const afterFirst = reads;
    lazy(16452, en);
    expect(reads).toBe(afterFirst);
  });
});
