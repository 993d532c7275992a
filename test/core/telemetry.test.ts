// @vitest-environment node
/**
 * What a host needs for its own telemetry: `doctor.onProblem()` subscriptions, the original error
 * on each problem (in memory only, never in a report, released with the problem), and `redact()`
 * with and without the doctor's learned secrets.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { redact } from '../../src/index';
import type { Problem } from '../../src/core/types';
import { FakeClient, flush, makeDoctor, rtcError } from '../fakes';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Not shaped like a TLS sig: only the exact value can catch it. */
const SECRET = 'k9Q2x7LmP4vR8sT1wZ3yB6nC5dF0gH2jK4mN7pQ9';
const TLS_SIG = 'eJyrVkrOSSxQsgpJLS5RKi1OLcpMUbIyNDAwMDQwNbWwNDA1BSlMSUxJBRGGRqYG';

describe('doctor.onProblem()', () => {
  it('calls each subscriber once per new problem, after the option, until it unsubscribes', () => {
    const order: string[] = [];
    const doctor = makeDoctor({ onProblem: (p) => order.push(`option ${p.diagnosis.id}`) });
    const first = vi.fn((p: Problem) => order.push(`first ${p.diagnosis.id}`));
    const second = vi.fn();
    const unsubscribe = doctor.onProblem(first);
    doctor.onProblem(second);
    doctor.capture(rtcError(16451, 'play failed'));
    doctor.capture(rtcError(16451, 'play failed')); // the same problem again: no new call
    expect(order).toEqual(['option sdk:PLAY_NOT_ALLOWED', 'first sdk:PLAY_NOT_ALLOWED']);
    unsubscribe();
    unsubscribe(); // twice is a no-op
    doctor.capture(rtcError(4096, 'bad parameter'));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('a throwing subscriber neither stops the others nor the recording', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doctor = makeDoctor();
    const after = vi.fn();
    doctor.onProblem(() => {
      throw new Error('telemetry down');
    });
    doctor.onProblem(after);
    expect(doctor.capture(rtcError(16451))).toBeDefined();
    expect(after).toHaveBeenCalledTimes(1);
    expect(doctor.problems.value).toHaveLength(1);
    expect(warn).toHaveBeenCalled();
  });

  it('destroy() drops every subscriber; a destroyed doctor accepts none', () => {
    const doctor = makeDoctor();
    const listener = vi.fn();
    doctor.onProblem(listener);
    doctor.destroy();
    doctor.capture(rtcError(16451));
    expect(listener).not.toHaveBeenCalled();
    expect(doctor.onProblem(listener)).toBeTypeOf('function');
  });

  it('names what to pass when given no function', () => {
    const doctor = makeDoctor();
    expect(() => doctor.onProblem('x' as never)).toThrow(
      /onProblem\(listener\) expects a function, got/,
    );
  });
});

describe('problem.error', () => {
  it('is the error object itself, kept out of both reports', () => {
    const doctor = makeDoctor();
    const client = new FakeClient({ sdkAppId: 1, userId: 'u', userSig: SECRET });
    doctor.watchClient(client);
    const error = rtcError(16390, `join failed for ${SECRET}`);
    Object.assign(error, { marker: 'only-on-the-error-object' });
    client._emit('error', error);
    const [problem] = doctor.problems.value;
    expect(problem?.error).toBe(error);
    for (const format of ['json', 'markdown'] as const) {
      const report = doctor.report({ format });
      expect(report).not.toContain('only-on-the-error-object');
      expect(report).not.toContain(SECRET);
    }
    expect(Object.keys(JSON.parse(doctor.report()).problems[0])).not.toContain('error');
    // A host that forwards the problems as they are carries no raw error (nor its secret) along,
    // and the error stays on the problem after it changes (resolved, re-diagnosed).
    expect(JSON.stringify(doctor.problems.value)).not.toContain(SECRET);
    expect(Object.keys(problem!)).not.toContain('error');
    doctor.configure({ lang: 'zh' });
    client._emit('connection-state-changed', { prevState: 'CONNECTING', state: 'CONNECTED' });
    expect(doctor.problems.value[0]?.resolved).toBe(true);
    expect(doctor.problems.value[0]?.error).toBe(error);
  });

  it('goes with its problem: an evicted problem lets its error be collected', async () => {
    const doctor = makeDoctor({ maxProblems: 1 });
    let ref: WeakRef<object> | undefined;
    (() => {
      const error = rtcError(16451, 'play failed');
      ref = new WeakRef(error);
      doctor.capture(error);
      expect(doctor.problems.value[0]?.error).toBe(error);
    })();
    // A second distinct problem evicts the first (maxProblems 1); reading refreshes the list.
    doctor.capture(rtcError(4096, 'bad parameter'));
    expect(doctor.problems.value).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      await flush();
      gc();
    }
    expect(ref?.deref()).toBeUndefined();
  });
});

describe('redact()', () => {
  it('alone, cleans by shape: a TLS sig and a userSig field', () => {
    expect(redact(`join?userSig=${SECRET}&x=1`)).toBe('join?userSig=[redacted]&x=1');
    expect(redact(`token ${TLS_SIG} here`)).toBe('token [redacted] here');
    // A value not shaped like a secret cannot be known without a doctor.
    expect(redact(`raw ${SECRET}`)).toBe(`raw ${SECRET}`);
    expect(redact(42 as never)).toBe('');
  });

  it("doctor.redact() also removes the doctor's learned secrets, in any form", () => {
    const doctor = makeDoctor();
    doctor.watchClient(new FakeClient({ sdkAppId: 1, userId: 'u', userSig: SECRET }));
    expect(doctor.redact(`raw ${SECRET} and ${encodeURIComponent(SECRET)}`)).toBe(
      'raw [redacted] and [redacted]',
    );
    expect(doctor.redact(`token ${TLS_SIG}`)).toBe('token [redacted]');
  });
});
