// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import TLSSigAPIv2 from 'tls-sig-api-v2';
import { runPreflight } from '../../src/core/preflight';
import type { PreflightHub } from '../../src/core/preflight';
import type { ActionId, ActionResult } from '../../src/core/types';
import { FakeClient, makeDoctor } from '../fakes';

const result = (action: ActionId, outcome: string, ok: boolean, data?: unknown): ActionResult => ({
  action,
  outcome,
  ok,
  text: `${action}: ${outcome}`,
  data,
});

const hub = (over: Partial<PreflightHub> = {}): PreflightHub => ({
  lang: () => 'en',
  now: () => Date.UTC(2026, 0, 1),
  runAction: async (action) =>
    action === 'check-devices'
      ? result(action, 'checked', true, { cameras: [{}], microphones: [{}], speakers: [] })
      : action === 'test-connection'
        ? result(action, 'conn-udp-blocked', false)
        : result(action, 'supported', true),
  permissions: async () => ({ camera: 'granted', microphone: 'prompt' }),
  clients: () => [],
  userSigsSettled: async () => {},
  ...over,
});

describe('runPreflight', () => {
  it('one checklist: environment, devices, permissions, userSig, connection; the worst wins', async () => {
    const r = await runPreflight(hub());
    expect(r.items.map((i) => [i.id, i.status])).toEqual([
      ['environment', 'pass'],
      ['devices', 'pass'],
      ['permissions', 'warn'],
      ['usersig', 'skip'],
      ['connection', 'fail'],
    ]);
    expect(r.status).toBe('fail');
    expect(r.items[4]!.text).toBe('test-connection: conn-udp-blocked');
  });

  it('a denied permission fails; no camera warns', async () => {
    const r = await runPreflight(
      hub({
        permissions: async () => ({ camera: 'denied', microphone: 'granted' }),
        runAction: async (action) =>
          action === 'check-devices'
            ? result(action, 'checked', true, { cameras: [], microphones: [{}] })
            : result(action, action === 'test-connection' ? 'conn-ok' : 'supported', true),
      }),
    );
    expect(r.items.find((i) => i.id === 'permissions')!.status).toBe('fail');
    expect(r.items.find((i) => i.id === 'devices')!.status).toBe('warn');
  });
});

describe('doctor.preflight()', () => {
  it('rates the watched clients’ userSigs and puts the checklist in the report', async () => {
    const doctor = makeDoctor({
      connectionTest: {
        scheduleUrl: 'http://127.0.0.1:9/',
        signalUrl: 'ws://127.0.0.1:9/',
        timeoutMs: 100,
      },
    });
    vi.useFakeTimers({ now: Date.now() - 7200_000, toFake: ['Date'] });
    const userSig = new TLSSigAPIv2.Api(1400000001, 'k'.repeat(64)).genSig('alice', 60);
    vi.useRealTimers();
    doctor.watchClient(new FakeClient({ sdkAppId: 1400000001, userId: 'alice', userSig }), 'main');
    const r = await doctor.preflight();
    const item = r.items.find((i) => i.id === 'usersig')!;
    expect(item).toMatchObject({ status: 'fail', text: 'The userSig of main has expired.' });
    expect(r.items.find((i) => i.id === 'connection')!.status).toBe('fail');
    const json = JSON.parse(doctor.report());
    expect(json.preflight.items.map((i: { id: string }) => i.id)).toEqual([
      'environment',
      'devices',
      'permissions',
      'usersig',
      'connection',
    ]);
    const markdown = doctor.report({ format: 'markdown' });
    expect(markdown).toContain('### Preflight (fail)');
    expect(markdown).toContain('fail · usersig · The userSig of main has expired');
    expect(markdown + JSON.stringify(json)).not.toContain(userSig.slice(5, 40));
  });
});
