// @vitest-environment node
import { deflateRawSync, deflateSync, inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TLSSigAPIv2 from 'tls-sig-api-v2';
import { compareUserSig, findingOf, inspectUserSig } from '../../src/core/usersig';
import { describeUserSig, userSigWarning } from '../../src/core/usersig-book';
import { useAllPacks } from '../../src/lang/all';

// These tests read words synchronously: both languages' packs, as createDoctorCore has them.
useAllPacks();

/** A test key and app: nothing here is a real account. */
const APP = 1400000001;
const KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const ISSUED = Date.UTC(2026, 0, 15, 6, 2, 0);

/** A real userSig made by the official generator, issued at ISSUED. */
function sig(userId: string, expire: number, app = APP): string {
  vi.useFakeTimers({ now: ISSUED, toFake: ['Date'] });
  try {
    return new TLSSigAPIv2.Api(app, KEY).genSig(userId, expire);
  } finally {
    vi.useRealTimers();
  }
}
/** The same alphabet as a userSig: zlib-deflated JSON, `+/=` → `*-_`. */
const pack = (doc: unknown) =>
  deflateSync(Buffer.from(JSON.stringify(doc)))
    .toString('base64')
    .replace(/\+/g, '*')
    .replace(/\//g, '-')
    .replace(/=/g, '_');

afterEach(() => vi.useRealTimers());

describe('inspectUserSig', () => {
  it('decodes a real TLS v2 userSig: who, which app, issued, expires', async () => {
    const userSig = sig('alice', 86400);
    const facts = await inspectUserSig(userSig);
    expect(facts).toEqual({
      valid: true,
      identifier: 'alice',
      sdkAppId: APP,
      issuedAt: ISSUED,
      expiresAt: ISSUED + 86_400_000,
      validForSeconds: 86400,
    });
    // Nothing of the signature itself comes out.
    const out = JSON.stringify(facts);
    const doc = JSON.parse(
      inflateSync(
        Buffer.from(userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64'),
      ).toString(),
    ) as Record<string, string>;
    expect(out).not.toContain(doc['TLS.sig']);
    expect(out).not.toContain(userSig.slice(0, 20));
  });

  it('tells each kind of broken userSig apart', async () => {
    const good = sig('alice', 86400);
    expect(await inspectUserSig(good.slice(0, 60))).toEqual({ valid: false, reason: 'truncated' });
    expect(await inspectUserSig(good.slice(0, -6))).toEqual({ valid: false, reason: 'truncated' });
    expect(await inspectUserSig('not a userSig at all!')).toEqual({
      valid: false,
      reason: 'not-base64',
    });
    expect(await inspectUserSig('QUJDREVGR0hJSktMTU5PUA__')).toEqual({
      valid: false,
      reason: 'not-zlib',
    });
    expect(await inspectUserSig(deflateRaw())).toEqual({
      valid: false,
      reason: 'not-zlib',
    });
    const notJson = deflateSync(Buffer.from('{"TLS.ver": 2.0, oops'))
      .toString('base64')
      .replace(/\+/g, '*')
      .replace(/\//g, '-')
      .replace(/=/g, '_');
    expect(await inspectUserSig(notJson)).toEqual({ valid: false, reason: 'not-json' });
    // A TLS v1 userSig (the old ECDSA format): JSON, but not v2.
    const v1 = pack({
      'TLS.account_type': '0',
      'TLS.identifier': 'alice',
      'TLS.appid_at_3rd': '0',
      'TLS.sdk_appid': String(APP),
      'TLS.expire_after': '15552000',
      'TLS.version': '201610110000',
      'TLS.time': '1768456920',
      'TLS.sig': 'MEUCIQDk',
    });
    expect(await inspectUserSig(v1)).toEqual({ valid: false, reason: 'not-tls-v2' });
    expect(await inspectUserSig(undefined)).toEqual({ valid: false, reason: 'not-base64' });
    expect(await inspectUserSig('A'.repeat(5000))).toEqual({ valid: false, reason: 'not-base64' });
  });
});

/** Raw deflate (no zlib header): a plausible token that is not a userSig. */
function deflateRaw(): string {
  return deflateRawSync(Buffer.from('{"a":1}')).toString('base64');
}

describe('compareUserSig and the warning', () => {
  it('expired: when, at what time, and for how long it was valid (both languages)', async () => {
    const inspection = (await inspectUserSig(sig('alice', 60)))!;
    const now = ISSUED + 3 * 3_600_000;
    const facts = compareUserSig(inspection, { userId: 'alice', sdkAppId: APP }, now);
    expect(findingOf(facts, now)).toBe('expired');
    const clock = (ms: number) => {
      const d = new Date(ms);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    };
    const lines = describeUserSig(facts, { userId: 'alice', sdkAppId: APP }, 'en', now);
    expect(lines).toEqual([
      `Issued ${clock(ISSUED)}, valid for 60 s.`,
      `Expired 3 h ago, at ${clock(ISSUED + 60_000)}.`,
    ]);
    const zh = describeUserSig(facts, {}, 'zh', now).join(' ');
    expect(zh).toContain('有效期 60 秒');
    expect(zh).toContain('3 小时前');
    const warning = userSigWarning(facts, { userId: 'alice' }, 'en', now, findingOf(facts, now))!;
    expect(warning).toMatchObject({
      id: 'usersig:expired',
      severity: 'warning',
      audience: 'developer',
    });
    expect(warning.cause).toContain('3 h ago');
  });

  it('expires within the hour, another user, another app; a long-valid one is fine', async () => {
    const soon = compareUserSig((await inspectUserSig(sig('alice', 1800)))!, {}, ISSUED + 60_000);
    expect(findingOf(soon, ISSUED + 60_000)).toBe('expires-soon');
    const day = (await inspectUserSig(sig('alice', 86400)))!;
    expect(findingOf(compareUserSig(day, { userId: 'alice', sdkAppId: APP }, ISSUED), ISSUED)).toBe(
      undefined,
    );
    const bob = compareUserSig(day, { userId: 'bob', sdkAppId: APP }, ISSUED);
    expect(bob.userIdMatches).toBe(false);
    expect(findingOf(bob, ISSUED)).toBe('wrong-user');
    expect(describeUserSig(bob, { userId: 'bob' }, 'en', ISSUED)[2]).toBe(
      'Made for userId `alice`; joining as `bob`.',
    );
    const otherApp = compareUserSig(
      (await inspectUserSig(sig('alice', 86400, 1400000002)))!,
      { userId: 'alice', sdkAppId: APP },
      ISSUED,
    );
    expect(otherApp).toMatchObject({ userIdMatches: true, sdkAppIdMatches: false });
    expect(
      userSigWarning(otherApp, { sdkAppId: APP }, 'zh', ISSUED, findingOf(otherApp, ISSUED))!.cause,
    ).toContain('1400000002');
  });
});
