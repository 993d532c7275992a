// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDoctorCore } from '../../src/core/doctor';
import { FakeClient, rtcError } from '../fakes';

describe('the doctor in plain Node (SSR, tests, workers)', () => {
  it('works without a DOM: watch, capture, report, actions that need none', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const doctor = createDoctorCore({ lang: 'en' });
    const client = new FakeClient({ sdkAppId: 1400000000, userId: 'ssr' });
    doctor.watchClient(client);
    client._emit('error', rtcError(16390, 'reconnection failed'));
    const report = JSON.parse(doctor.report());
    expect(report.problems).toHaveLength(1);
    expect(report.environment.browser.name).toBe('unknown');
    expect(report.environment.url).toBeUndefined();
    expect(await doctor.runAction('copy-report')).toMatchObject({ ok: false, outcome: 'failed' });
    expect(doctor.canRun('request-permission')).toBe(typeof navigator !== 'undefined');
    expect(() => doctor.mount()).toThrow(/no panel to show/);
    doctor.destroy();
    expect(client.listenerCount()).toBe(0);
  });
});
