import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, SECRET_FRAGMENT_LENGTH, redactShapes, redactText } from '../../src/core/redact';
import { MAX_REDACT_DEPTH, MAX_REDACT_ITEMS, redactValue } from '../../src/core/redact-value';

// Shaped like a real TLS-sig userSig (base64url-ish, with the characters that need escaping).
const USER_SIG =
  'eJwtzEELgjAYxvHvsrOEm9tEoYMRdIgIKqnjYu*8oc3JXlpEfPfUvD*-h*dDzvtTHMFzkiMSRRHxl5dNY7DQ1+Hqt5Wxdf0D3r6XyyLNR/kYZ';
const PRIVATE_MAP_KEY = 'Qm9ndXNQcml2YXRlTWFwS2V5+Zm9yVGVzdGluZy9vbmx5PT0=AAAAxyz';

/** Every form a secret may take in text. */
function forms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
}

/** True when any 24-character piece of any form of the secret is in the text. */
function leaks(text: string, secret: string): boolean {
  return forms(secret).some((form) => {
    for (let i = 0; i + SECRET_FRAGMENT_LENGTH <= form.length; i++) {
      if (text.includes(form.slice(i, i + SECRET_FRAGMENT_LENGTH))) return true;
    }
    return false;
  });
}

describe('redactText: by field name', () => {
  it.each([
    ['userSig=abcdef123', 'userSig=[redacted]'],
    ['"userSig":"abc123def"', '"userSig":"[redacted]"'],
    ['"userSig": "abc123def"', '"userSig": "[redacted]"'],
    ['userSig: abc123def, next', 'userSig: [redacted], next'],
    ['USERSIG=xyz&roomId=1', 'USERSIG=[redacted]&roomId=1'],
    ['privateMapKey=pmk-value;', 'privateMapKey=[redacted];'],
    ["{'privateMapKey': 'pmk'}", "{'privateMapKey': '[redacted]'}"],
    ['{\\"userSig\\":\\"abc\\"}', '{\\"userSig\\":\\"[redacted]\\"}'],
    ['user_sig=abc', 'user_sig=[redacted]'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('leaves a text that only mentions userSig alone', () => {
    const text = 'userSig is expired, please generate a new one';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactText: by value', () => {
  it('removes the raw, URL-encoded and JSON-escaped forms', () => {
    for (const form of forms(USER_SIG)) {
      const out = redactText(`before ${form} after`, [USER_SIG]);
      expect(out).toBe(`before ${REDACTED} after`);
    }
  });

  it('removes any 24-character piece of a long secret (truncated, split, wrapped)', () => {
    const middle = USER_SIG.slice(17, 17 + 30);
    const out = redactText(`sig was ${middle} (cut)`, [USER_SIG]);
    expect(out).not.toContain(middle.slice(0, SECRET_FRAGMENT_LENGTH));
    expect(out).toContain(REDACTED);
    expect(out.startsWith('sig was ')).toBe(true);
  });

  it('finds a window at every place: the start, the end, a text of one window, non-ASCII around', () => {
    const secret = PRIVATE_MAP_KEY;
    for (let from = 0; from + SECRET_FRAGMENT_LENGTH <= secret.length; from += 7) {
      const piece = secret.slice(from, from + SECRET_FRAGMENT_LENGTH);
      expect(redactText(piece, [secret])).toBe(REDACTED);
      expect(redactText(`${piece} tail`, [secret])).toBe(`${REDACTED} tail`);
      expect(redactText(`头 head ${piece}`, [secret])).toBe(`头 head ${REDACTED}`);
      // One character off is no window: the text stays.
      const off = `${piece.slice(0, -1)}${piece.endsWith('~') ? '^' : '~'}`;
      expect(redactText(`a ${off} b`, [secret])).toBe(`a ${off} b`);
    }
  });

  it('keeps a 23-character piece (shorter than a window) but never a window', () => {
    const piece = PRIVATE_MAP_KEY.slice(5, 5 + SECRET_FRAGMENT_LENGTH - 1);
    expect(redactText(`x ${piece} y`, [PRIVATE_MAP_KEY])).toBe(`x ${piece} y`);
  });

  it('removes a short secret (6-23 characters) by exact value only', () => {
    expect(redactText('key=abc123xyz then abc123xyz', ['abc123xyz'])).not.toContain('abc123xyz');
    expect(redactText('token ab12 and ab12', ['ab12'])).toBe('token ab12 and ab12');
  });

  it('ignores a secrets list that is not an array or holds non-strings', () => {
    expect(redactText('hello', 'hello' as unknown as string[])).toBe('hello');
    expect(redactText('hello world', [42 as unknown as string, 'world!'])).toBe('hello world');
  });

  it('never leaks a seeded secret in any form, in any context (property)', () => {
    const secretChars = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=*_-"\\'.split(''),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: secretChars, minLength: 24, maxLength: 300 }),
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        fc.nat(2),
        fc.nat(1000),
        (secret, before, after, formIndex, cut) => {
          const form = forms(secret)[formIndex] ?? secret;
          // A cut-off tail (e.g. a truncated log line) must not leak either.
          const shown = form.slice(0, SECRET_FRAGMENT_LENGTH + (cut % form.length));
          const out = redactText(`${before}${shown}${after}`, [secret]);
          expect(leaks(out, secret)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('redactText: encoded forms and idempotence', () => {
  /** Base64 of a string's UTF-8 bytes, as a host's `btoa(unescape(encodeURIComponent(s)))` gives it. */
  const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const base64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

  it('removes the base64 and base64url forms of a secret that has no TLS-sig shape', () => {
    for (const encoded of [base64(PRIVATE_MAP_KEY), base64url(PRIVATE_MAP_KEY)]) {
      const out = redactText(`token ${encoded} end`, [PRIVATE_MAP_KEY]);
      expect(out).toBe(`token ${REDACTED} end`);
    }
  });

  it('removes a secret base64-encoded inside a longer blob, at every byte alignment', () => {
    for (const prefix of ['', 'a', 'ab', '{"privateMapKey":"']) {
      for (const encode of [base64, base64url]) {
        const blob = encode(`${prefix}${PRIVATE_MAP_KEY}"}`);
        const out = redactText(`auth=${blob}`, [PRIVATE_MAP_KEY]);
        // The blob's characters fixed by the secret's bytes alone must all be gone.
        const core = encode(`${'\0'.repeat(prefix.length % 3)}${PRIVATE_MAP_KEY}`).slice(4, -4);
        expect(out).not.toContain(core.slice(0, SECRET_FRAGMENT_LENGTH));
        expect(out).toContain(REDACTED);
      }
    }
  });

  it.each([
    'userSig=[redacted]',
    '"userSig":"[redacted]"',
    'privateMapKey: [redacted], next',
    'join?userSig=[redacted]&x=[redacted]',
    `wss://a.example.com/ws?sig=[redacted] and ${REDACTED}`,
  ])('leaves already-redacted text unchanged: %s', (text) => {
    expect(redactText(text, [USER_SIG])).toBe(text);
    expect(redactText(redactText(redactText(text)))).toBe(text);
  });
});

describe('redactText: by shape and in URLs', () => {
  it('redactShapes removes names, shapes and queries, and leaves values it was not told', () => {
    const text = `userSig=abc123 ${USER_SIG} https://a.example/p?k=v plain-${PRIVATE_MAP_KEY}`;
    expect(redactShapes(text)).toBe(
      `userSig=${REDACTED} ${REDACTED} https://a.example/p?k=${REDACTED} plain-${PRIVATE_MAP_KEY}`,
    );
    expect(redactText(text, [PRIVATE_MAP_KEY])).toBe(
      `userSig=${REDACTED} ${REDACTED} https://a.example/p?k=${REDACTED} plain-${REDACTED}`,
    );
  });

  it('removes a TLS-sig token without being told the secret', () => {
    const out = redactText(`join failed for ${USER_SIG} today`);
    expect(out).toBe(`join failed for ${REDACTED} today`);
  });

  it('removes a JSON-escaped TLS-sig token', () => {
    const escaped = 'eJwtzEELgjAYxvHvsrOEm9tEo\\/Yhvsrq1abcdef';
    expect(redactText(`"${escaped}"`)).toBe(`"${REDACTED}"`);
  });

  it('replaces query values and keeps origin, path and keys', () => {
    const out = redactText(
      'GET https://schedule.example.com/api/v1/config?sdkAppId=1400000000&token=abc#x=1 failed',
    );
    expect(out).toBe(
      `GET https://schedule.example.com/api/v1/config?sdkAppId=${REDACTED}&token=${REDACTED}#x=${REDACTED} failed`,
    );
  });

  it('scrubs signalling (wss) URLs too', () => {
    expect(redactText('wss://signal.example.com/ws?userId=u1&sig=s')).toBe(
      `wss://signal.example.com/ws?userId=${REDACTED}&sig=${REDACTED}`,
    );
  });

  it("keeps the SDK's Refer to: link and tag intact", () => {
    const message =
      'please call join() before publish(). \nRefer to: https://web.sdk.qcloud.com/trtc/webrtc/doc/en/Client.html#publish\n <INVALID_OPERATION 0x1001>';
    expect(redactText(message)).toBe(message);
  });

  it('returns an empty string for a non-string and bounds the work on a huge text', () => {
    expect(redactText(undefined as unknown as string)).toBe('');
    const huge = `${'x'.repeat(500_000)} ${USER_SIG} ${'userSig=abc '.repeat(20_000)}`;
    const started = performance.now();
    const out = redactText(huge, [USER_SIG]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(leaks(out, USER_SIG)).toBe(false);
    expect(out).not.toContain('userSig=abc');
  });
});

describe('redactValue', () => {
  it('redacts secret fields by name at any depth and strings by value', () => {
    const out = redactValue(
      {
        sdkAppId: 1400000000,
        userSig: USER_SIG,
        nested: { PrivateMapKey: PRIVATE_MAP_KEY, sig: 12345, list: [`url?userSig=${USER_SIG}`] },
        note: `copy of ${PRIVATE_MAP_KEY}`,
      },
      [PRIVATE_MAP_KEY],
    );
    expect(out).toEqual({
      sdkAppId: 1400000000,
      userSig: REDACTED,
      nested: { PrivateMapKey: REDACTED, sig: REDACTED, list: [`url?userSig=${REDACTED}`] },
      note: `copy of ${REDACTED}`,
    });
  });

  it('copies an Error with its name and message', () => {
    const error = new TypeError(`bad sig ${USER_SIG}`);
    expect(redactValue(error)).toEqual({ name: 'TypeError', message: `bad sig ${REDACTED}` });
  });

  it('breaks cycles and bounds depth', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(redactValue(cyclic)).toEqual({ a: 1, self: '[circular]' });
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < MAX_REDACT_DEPTH + 5; i++) deep = { deep };
    expect(JSON.stringify(redactValue(deep))).toContain('[too deep]');
  });

  it(`keeps at most ${MAX_REDACT_ITEMS} items of an array and keys of an object`, () => {
    const many = Array.from({ length: MAX_REDACT_ITEMS + 50 }, (_, i) => i);
    expect(redactValue(many)).toEqual(many.slice(0, MAX_REDACT_ITEMS));
    const wide = Object.fromEntries(many.map((i) => [`k${i}`, i]));
    expect(Object.keys(redactValue(wide) as object)).toEqual(
      Object.keys(wide).slice(0, MAX_REDACT_ITEMS),
    );
  });

  it('keeps a shared (non-cyclic) object in both places', () => {
    const shared = { x: 1 };
    expect(redactValue({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });

  it('drops a field whose getter throws, and never throws on hostile values', () => {
    const hostile = {
      ok: 'yes',
      get bad(): string {
        throw new Error('boom');
      },
    };
    expect(redactValue(hostile)).toEqual({ ok: 'yes' });
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, ownKeys: trap, has: trap, getPrototypeOf: trap });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(redactValue({ proxy, revoked: revocable.proxy, keep: 1 })).toEqual({ keep: 1 });
    expect(redactValue(proxy)).toBe(REDACTED);
  });

  it('gives JSON-safe output for any value (property)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true }),
        (v) => {
          expect(() => JSON.stringify(redactValue(v))).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});
