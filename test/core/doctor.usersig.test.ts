// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import TLSSigAPIv2 from 'tls-sig-api-v2';
import { FakeClient, makeDoctor, rtcError } from '../fakes';
import { FakeTrtcInstance } from '../fakes-v5';

const APP = 1400000001;
const KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const HOUR = 3_600_000;

/** A real userSig issued `ago` ms before now, valid `expire` s. */
function sig(userId: string, expire: number, ago = 0, app = APP): string {
  const now = Date.now();
  vi.useFakeTimers({ now: now - ago, toFake: ['Date'] });
  try {
    return new TLSSigAPIv2.Api(app, KEY).genSig(userId, expire);
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => vi.useRealTimers());

describe('the userSig inspector in a doctor', () => {
  it('an expired userSig in a watched v4 client is a developer warning before any join', async () => {
    const doctor = makeDoctor();
    const userSig = sig('alice', 60, 3 * HOUR);
    doctor.watchClient(new FakeClient({ sdkAppId: APP, userId: 'alice', userSig }), 'main');
    await vi.waitFor(() => expect(doctor.problems.value).toHaveLength(1));
    const [warning] = doctor.problems.value;
    expect(warning!.diagnosis).toMatchObject({
      id: 'usersig:expired',
      severity: 'warning',
      audience: 'developer',
    });
    expect(warning!.diagnosis.cause).toMatch(/expired 3 h ago/);
    expect(warning!.source.label).toBe('main');
    // The report: the decoded facts, never the userSig.
    const json = doctor.report();
    expect(JSON.parse(json).clients[0].userSigCheck).toMatchObject({
      valid: true,
      validForSeconds: 60,
      userIdMatches: true,
      sdkAppIdMatches: true,
    });
    const markdown = doctor.report({ format: 'markdown' });
    for (const text of [json, markdown, JSON.stringify(doctor.timeline.value)]) {
      expect(text).not.toContain(userSig.slice(10, 40));
    }
    // Said again in the other language, it keeps its id.
    doctor.configure({ lang: 'zh' });
    expect(doctor.problems.value[0]!.diagnosis).toMatchObject({ id: 'usersig:expired' });
    expect(doctor.problems.value[0]!.diagnosis.title).toContain('已过期');
  });

  it('a fresh userSig for the right user gives no warning; one for another user does', async () => {
    const doctor = makeDoctor();
    doctor.watchClient(new FakeClient({ sdkAppId: APP, userId: 'a', userSig: sig('a', 86400) }));
    doctor.watchClient(new FakeClient({ sdkAppId: APP, userId: 'b', userSig: sig('x', 86400) }));
    await vi.waitFor(() => expect(doctor.problems.value).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(doctor.problems.value.map((p) => p.diagnosis.id)).toEqual(['usersig:wrong-user']);
    expect(doctor.problems.value[0]!.diagnosis.cause).toContain('`x`');
  });

  it('v5 enterRoom: another SDKAppID, then a userSig expiring within the hour', async () => {
    const doctor = makeDoctor();
    const trtc = new FakeTrtcInstance();
    doctor.watchTrtc(trtc);
    void trtc.enterRoom({
      sdkAppId: APP,
      userId: 'u',
      userSig: sig('u', 86400, 0, 1400000002),
      roomId: 1,
    });
    await vi.waitFor(() =>
      expect(doctor.problems.value.map((p) => p.diagnosis.id)).toEqual(['usersig:wrong-app']),
    );
    void trtc.enterRoom({ sdkAppId: APP, userId: 'u', userSig: sig('u', 1200), roomId: 1 });
    await vi.waitFor(() =>
      expect(doctor.problems.value.map((p) => p.diagnosis.id)).toContain('usersig:expires-soon'),
    );
  });

  it('a join failing with 70001 carries the decoded facts for the card', async () => {
    const doctor = makeDoctor();
    const client = new FakeClient({
      sdkAppId: APP,
      userId: 'alice',
      userSig: sig('alice', 60, HOUR),
    });
    doctor.watchClient(client);
    // Rejected at once: the decode may still run; the facts are attached when it is done.
    client.behave.join = () => Promise.reject(rtcError(16388, 'join failed code: 70001', 70001));
    await client.join({ roomId: 1 }).catch(() => {});
    await vi.waitFor(() => {
      const failed = doctor.problems.value.find((p) => !p.diagnosis.id.startsWith('usersig:'));
      expect(failed?.userSig).toMatchObject({
        valid: true,
        validForSeconds: 60,
        identifier: 'alice',
      });
    });
  });

  it('a truncated userSig shows as not TLS v2 on its error, with no pre-join warning', async () => {
    const doctor = makeDoctor();
    const client = new FakeClient({
      sdkAppId: APP,
      userId: 'a',
      userSig: sig('a', 86400).slice(0, 80),
    });
    doctor.watchClient(client);
    client.behave.join = () => Promise.reject(rtcError(16388, 'join failed code: -10013', -10013));
    await client.join({ roomId: 1 }).catch(() => {});
    await vi.waitFor(() =>
      expect(doctor.problems.value[0]!.userSig).toMatchObject({
        valid: false,
        reason: 'truncated',
      }),
    );
    expect(doctor.problems.value).toHaveLength(1);
  });
});
