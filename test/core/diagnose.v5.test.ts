/**
 * v5 errors and payloads: the most specific cause leads and the v5 entry of the code stays behind
 * it; the originError's 4.x code or tag is read; 5400 leads with the server's code; `kicked-out`
 * and `autoplay-failed` get their own entries. Each rule has a test that fails without it.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose';
import { createDiagnoser, signatureOf } from '../../src/core/diagnoser';
import { InternalError, RuntimeV5Error, v5Recipes } from '../fixtures/v5-errors';
import { useAllPacks } from '../../src/lang/all';

// Both languages, as the public `catalog` and `diagnose` have them.
useAllPacks();

const en = { lang: 'en' } as const;
const zh = { lang: 'zh' } as const;
const CJK = /[\u4e00-\u9fff]/;
const ids = (d: { related: readonly { id: string }[] }) => d.related.map((r) => r.id);

describe('the offline recipes of the real SDK', () => {
  it.each(v5Recipes)('$label -> $id', ({ error, id, related }) => {
    for (const options of [en, zh]) {
      const d = diagnose(error, options);
      expect(d.id).toBe(id);
      expect(ids(d).slice(0, related.length)).toEqual(related);
      expect(d).toMatchObject({ code: error.code, sdkVersion: 'v5', lang: options.lang });
      expect(d.extraCode).toBe(error.extraCode);
      expect(d.title).toMatch(options === zh ? CJK : /^[^\u4e00-\u9fff]+$/);
    }
  });

  it('explains the offline enterRoom as scheduling, with the internal hex, not as unknown', () => {
    const offline = v5Recipes.find((r) => r.id === 'sdk:SCHEDULE_FAILED')!.error;
    const d = diagnose(offline, en);
    expect(d).toMatchObject({ kind: 'sdk', key: 'SCHEDULE_FAILED', code: 5500, hex: '0x404c' });
    expect(d.guide).toBe('firewall');
    expect(d.message).toContain('schedule failed');
  });

  it('keeps no hex on a v5 lead, even when the internal error had one', () => {
    const denied = v5Recipes.find((r) => r.id === 'v5:5302')!.error;
    const d = diagnose(denied, en);
    expect(d).toMatchObject({ kind: 'v5', key: 'DEVICE_ERROR', code: 5300, extraCode: 5302 });
    expect(d.hex).toBeUndefined();
    expect(d.actions).toContain('open-system-settings');
    // The internal INITIALIZE_FAILED speaks of 4.x's initialize(): not shown beside a v5 extra code.
    expect(ids(d)).not.toContain('sdk:INITIALIZE_FAILED');
  });
});

describe('v5 rules', () => {
  it('leads a 5400 with the server code and keeps the v5 5400 entry behind it', () => {
    for (const [extraCode, id] of [
      [70001, 'account:70001'],
      [-10013, 'join:-10013'],
      [-100018, 'join:-100018'],
      [10006, 'join:10006'],
    ] as const) {
      const error = new RuntimeV5Error(
        'SERVER_ERROR',
        extraCode,
        'enterRoom',
        `code: ${extraCode}`,
      );
      const d = diagnose(error, en);
      expect(d.id).toBe(id);
      expect(ids(d)[0]).toBe('v5:5400');
      expect(d).toMatchObject({ code: 5400, extraCode, sdkVersion: 'v5' });
      expect(d.hex).toBeUndefined();
    }
    expect(diagnose(new RuntimeV5Error('SERVER_ERROR', 5401, 'startPlugin', 'buy'), en).id).toBe(
      'v5:5401',
    );
    expect(diagnose(new RuntimeV5Error('SERVER_ERROR', undefined, 'enterRoom', 'x'), en).id).toBe(
      'v5:5400',
    );
  });

  it("reads the originError's tag when it has no getCode()", () => {
    const origin = new Error('schedule failed: timeout <SCHEDULE_FAILED 0x404c>');
    const error = new RuntimeV5Error('OPERATION_FAILED', undefined, 'enterRoom', 'x', origin);
    expect(diagnose(error, en)).toMatchObject({ id: 'sdk:SCHEDULE_FAILED', hex: '0x404c' });
    // Without an originError the same error is the v5 OPERATION_FAILED entry.
    expect(
      diagnose(new RuntimeV5Error('OPERATION_FAILED', undefined, 'enterRoom', 'x'), en).id,
    ).toBe('v5:5500');
  });

  it('shows the firewall guide and ports for 5501', () => {
    const error = Object.assign(
      new RuntimeV5Error('OPERATION_FAILED', 5501, '', 'ICE connection failed'),
      { functionName: '' },
    );
    const d = diagnose(error, en);
    expect(d).toMatchObject({ id: 'v5:5501', guide: 'firewall', code: 5500, extraCode: 5501 });
    expect(d.docs.some((doc) => /34399|advanced-proxy/.test(doc.url))).toBe(true);
    expect(ids(d)).toContain('v5:5500');
  });

  it('leads with the extra code of its own top-level code only', () => {
    const mismatched = new RuntimeV5Error('DEVICE_ERROR', 5501, 'startLocalVideo', 'x');
    expect(diagnose(mismatched, en).id).toBe('v5:5300');
    expect(diagnose({ name: 'X', code: 5123, message: 'new code' }, en).id).toBe('v5:5999');
  });

  it('leads a DEVICE_ERROR without a known extra code with the browser error', () => {
    const busy = Object.assign(new Error('Could not start audio source'), {
      name: 'NotReadableError',
    });
    const d = diagnose(new RuntimeV5Error('DEVICE_ERROR', 5399, 'startLocalAudio', 'x', busy), en);
    expect([d.id, ids(d)[0]]).toEqual(['browser:NotReadableError', 'v5:5300']);
  });
});

describe('v5 event payloads', () => {
  it.each(['kick', 'banned', 'room_disband'])('kicked-out { reason: %s }', (reason) => {
    const d = diagnose({ reason }, en);
    expect(d).toMatchObject({ id: `v5:kicked-out/${reason}`, kind: 'v5', sdkVersion: 'v5' });
    expect(d.cause).toMatch(/already left the room/);
  });

  it("keeps v4's client-banned (hyphen, with a message) on the v4 entries", () => {
    expect(diagnose({ reason: 'kick', message: 'kicked' }, en).id).toBe('sdk:CLIENT_BANNED/kick');
    expect(diagnose({ reason: 'room-disband', message: 'x' }, en).id).toBe(
      'sdk:CLIENT_BANNED/room-disband',
    );
  });

  it('autoplay-failed with resume() -> Resume; without (below 5.9) -> what to do instead', () => {
    const blocked = { userId: 'u', mediaType: 'audio', resume: () => Promise.resolve() };
    expect(diagnose(blocked, en)).toMatchObject({
      id: 'v5:autoplay-failed',
      actions: ['resume-playback'],
      severity: 'warning',
      guide: 'autoplay',
      sdkVersion: 'v5',
    });
    const old = diagnose({ userId: 'u', mediaType: 'video' }, zh);
    expect(old).toMatchObject({ id: 'v5:autoplay-failed/no-resume', lang: 'zh' });
    expect(old.actions).not.toContain('resume-playback');
    // Below 5.1.3 the payload has not even a userId.
    expect(diagnose({ mediaType: 'screen' }, en).id).toBe('v5:autoplay-failed/no-resume');
    expect(diagnose({ mediaType: 'other' }, en).id).toBe('unknown');
    // A play-state event has a `state`: no autoplay failure.
    expect(diagnose({ userId: 'u', mediaType: 'video', state: 'PLAYING' }, en).id).toBe('unknown');
  });
});

describe('the memo sees the originError', () => {
  it("tells apart errors that differ only in their originError's code or message", () => {
    const make = (origin: Error) =>
      new RuntimeV5Error('OPERATION_FAILED', undefined, 'enterRoom', 'x', origin);
    const scheduled = make(new InternalError(0x404c, 'failed'));
    const timedOut = make(new InternalError(0x4041, 'failed'));
    const tagged = make(new Error('failed <SCHEDULE_FAILED 0x404c>'));
    const plain = make(new Error('failed'));
    const signatures = [scheduled, timedOut, tagged, plain].map(signatureOf);
    expect(new Set(signatures).size).toBe(4);
    const diagnoser = createDiagnoser(
      () => 'en',
      () => [],
    );
    expect([scheduled, timedOut, tagged, plain].map((e) => diagnoser.diagnose(e).id)).toEqual([
      'sdk:SCHEDULE_FAILED',
      'sdk:SERVER_TIMEOUT',
      'sdk:SCHEDULE_FAILED',
      'v5:5500',
    ]);
  });

  it('stays total when the originError throws', () => {
    const origin = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const error = Object.assign(new RuntimeV5Error('DEVICE_ERROR', 5302, 'startLocalVideo', 'x'), {
      originError: origin,
    });
    expect(diagnose(error, en).id).toBe('v5:5302');
    expect(signatureOf(error)).toBeUndefined();
  });
});
