/**
 * The words load part by part: the first problem loads the panel's words and the part its
 * explanation reads, nothing else; a later problem whose words are not loaded waits for them
 * (shown and told to `onProblem` once it can be said, in order, with its original time); a part
 * that cannot load does not lose the problem; actions load their sentences; a language switch
 * loads the parts the current language has.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Doctor, DoctorOptions, Problem } from '../../src/core/types';
import { rtcError } from '../fakes';
import { rtcErrorV5 } from '../fakes-v5';
import type * as Registry from '../../src/lang/registry';

let doctors: Doctor[] = [];

afterEach(() => {
  doctors.forEach((d) => d.destroy());
  doctors = [];
  vi.doUnmock('../../src/lang/registry.js');
  vi.restoreAllMocks();
  vi.resetModules();
});

/** A fresh module graph (no words loaded) and a lazy doctor over the real part. */
async function fresh(options: DoctorOptions = {}) {
  vi.resetModules();
  // Not the package's index: its public `diagnose` adds every language when imported.
  const { createLazyDoctor } = await import('../../src/lazy-doctor');
  const registry = await import('../../src/lang/registry');
  const doctor = createLazyDoctor(
    { lang: 'en', captureUnhandledRejections: false, ...options },
    () => import('../../src/lazy'),
  );
  doctors.push(doctor);
  return { doctor, ...registry };
}

const ids = (doctor: Doctor) => doctor.problems.value.map((p) => p.diagnosis.id);

/** A refused camera, as the browser throws it. */
const refused = () => Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });

describe('words part by part', () => {
  it('the first problem loads the panel words and its own part only', async () => {
    const { doctor, loadedParts } = await fresh();
    doctor.capture(rtcError(4096, 'bad sdkAppId'));
    await vi.waitFor(() => expect(ids(doctor)).toEqual(['sdk:INVALID_PARAMETER']));
    expect(loadedParts('en')).toEqual(['panel', 'sdk']);
    expect(loadedParts('zh')).toEqual([]);
    expect(doctor.problems.value[0]!.diagnosis.title).toBe('Invalid parameter');
  });

  it('a v5 first problem loads its v5 part and the part of the cause behind it', async () => {
    const { doctor, loadedParts } = await fresh();
    // DEVICE_ERROR 5302: the camera refused, a NotAllowedError behind it.
    doctor.capture(rtcErrorV5({ code: 5300, extraCode: 5302, functionName: 'startLocalVideo' }));
    await vi.waitFor(() => expect(ids(doctor)).toEqual(['v5:5302']));
    expect(loadedParts('en')).toEqual(['panel', 'base', 'browser', 'v5-devices']);
    expect(doctor.problems.value[0]!.diagnosis.related.every((r) => r.title !== '')).toBe(true);
  });

  it('an environment error (5200s) loads the environment part, not the devices one', async () => {
    const { doctor, loadedParts } = await fresh();
    doctor.capture(rtcErrorV5({ code: 5200, extraCode: 5201, functionName: 'enterRoom' }));
    await vi.waitFor(() => expect(ids(doctor)).toEqual(['v5:5201']));
    expect(loadedParts('en')).toContain('v5-env');
    expect(loadedParts('en')).not.toContain('v5-devices');
    expect(doctor.problems.value[0]!.diagnosis.title).toBe('Page is not https');
  });

  it('a later problem waits for its words, then shows in order, at its own time, told once', async () => {
    const told: Problem[] = [];
    const { doctor, hasPart } = await fresh({ onProblem: (p) => told.push(p) });
    doctor.capture(rtcError(4096));
    await vi.waitFor(() => expect(ids(doctor)).toHaveLength(1));
    expect(hasPart('en', 'browser')).toBe(false);

    const before = Date.now();
    // The camera's words are the browser part's: not loaded yet, so it waits (and the SDK error
    // after it waits behind it, though its words are there).
    expect(doctor.capture(refused(), { operation: 'initialize' })).toBeUndefined();
    expect(doctor.capture(rtcError(4096, 'again'))).toBeUndefined();
    expect(ids(doctor)).toEqual(['sdk:INVALID_PARAMETER']);
    // Its timeline line is there at once.
    expect(doctor.timeline.value.map((e) => e.diagnosisId)).toContain('browser:NotAllowedError');

    await vi.waitFor(() => expect(ids(doctor)).toContain('browser:NotAllowedError'));
    expect(hasPart('en', 'browser')).toBe(true);
    const camera = doctor.problems.value.find((p) => p.diagnosis.id === 'browser:NotAllowedError')!;
    expect(camera.diagnosis.title).not.toBe('');
    expect(camera.firstAt).toBeGreaterThanOrEqual(before);
    expect(camera.firstAt).toBeLessThan(before + 1000);
    expect(
      doctor.problems.value.find((p) => p.diagnosis.id === 'sdk:INVALID_PARAMETER')!.count,
    ).toBe(2);
    // Each problem is told once, with its words.
    expect(told.map((p) => [p.diagnosis.id, p.diagnosis.title !== ''])).toEqual([
      ['sdk:INVALID_PARAMETER', true],
      ['browser:NotAllowedError', true],
    ]);
  });

  it('equal errors while waiting are one problem with their count', async () => {
    const { doctor } = await fresh();
    doctor.capture(rtcError(4096));
    await vi.waitFor(() => expect(ids(doctor)).toHaveLength(1));
    for (let i = 0; i < 5; i++) doctor.capture(refused(), { operation: 'initialize' });
    await vi.waitFor(() => expect(ids(doctor)).toHaveLength(2));
    expect(doctor.problems.value.find((p) => p.diagnosis.id.startsWith('browser:'))!.count).toBe(5);
  });

  it('a part that cannot load loses nothing: the problem shows with its key, the console says why', async () => {
    // The browser part's chunk cannot be fetched (offline); the other parts can.
    vi.doMock('../../src/lang/registry.js', async (importOriginal) => {
      const real = await importOriginal<typeof Registry>();
      return {
        ...real,
        loadParts: (lang: 'en' | 'zh', parts: readonly string[]) =>
          parts.includes('browser')
            ? Promise.reject(new Error('offline'))
            : real.loadParts(lang, parts as never),
      };
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { doctor } = await fresh();
    doctor.capture(rtcError(4096));
    await vi.waitFor(() => expect(ids(doctor)).toHaveLength(1));
    doctor.capture(refused(), { operation: 'initialize' });
    await vi.waitFor(() => expect(ids(doctor)).toContain('browser:NotAllowedError'));
    const camera = doctor.problems.value.find((p) => p.diagnosis.id === 'browser:NotAllowedError')!;
    expect(camera.diagnosis.title).toBe('NotAllowedError');
    expect(warn.mock.calls.some((c) => /words could not load/.test(String(c[0])))).toBe(true);
    // Not waited for again: the next one shows at once.
    expect(
      doctor.capture(Object.assign(new Error('busy'), { name: 'NotReadableError' })),
    ).toBeDefined();
  });

  it('an action loads its sentences before it says what it did', async () => {
    const { doctor, hasPart } = await fresh({ onRejoin: () => undefined });
    doctor.capture(rtcError(4096));
    await vi.waitFor(() => expect(ids(doctor)).toHaveLength(1));
    expect(hasPart('en', 'actions')).toBe(false);
    const result = await doctor.runAction('rejoin');
    expect(result).toMatchObject({ ok: true, outcome: 'rejoined', text: 'Joined the room again.' });
    expect(hasPart('en', 'actions')).toBe(true);
  });

  it('a language switch loads the parts the current language has, then explains again', async () => {
    const { doctor, loadedParts } = await fresh();
    doctor.capture(rtcError(4096));
    await vi.waitFor(() => expect(ids(doctor)).toHaveLength(1));
    doctor.configure({ lang: 'zh' });
    expect(doctor.settings.value.lang).toBe('en');
    await vi.waitFor(() => expect(doctor.settings.value.lang).toBe('zh'));
    expect(loadedParts('zh')).toEqual(['panel', 'sdk']);
    expect(doctor.problems.value[0]!.diagnosis.title).toMatch(/[\u4e00-\u9fff]/);
  });
});
