import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../src/core/diagnose';
import { MAX_PROBLEMS, MAX_TIMELINE_ENTRIES } from '../../src/core/store';
import type * as DiagnoseModuleNs from '../../src/core/diagnose';

type DiagnoseModule = typeof DiagnoseModuleNs;
import { FakeClient, FakeStream, makeDoctor, rtcError } from '../fakes';

vi.mock('../../src/core/diagnose', async (importOriginal) => {
  const original = await importOriginal<DiagnoseModule>();
  return { ...original, diagnose: vi.fn(original.diagnose) };
});

const STORM = 100_000;
// Building 100,000 Error objects with stacks is what would take the time here, not the doctor.
const stackTraceLimit = Error.stackTraceLimit;
beforeAll(() => void (Error.stackTraceLimit = 0));
afterAll(() => void (Error.stackTraceLimit = stackTraceLimit));

describe('a storm of errors', () => {
  it(`${STORM} error events stay bounded and are diagnosed once per kind`, () => {
    const doctor = makeDoctor();
    const client = new FakeClient();
    const stream = new FakeStream({ remote: true, userId: 'u2' });
    doctor.watchClient(client);
    doctor.watchStream(stream);
    const codes = [16390, 16391, 16392, 16388, 16451];
    vi.mocked(diagnose).mockClear();
    let revisions = 0;
    const stop = doctor.revision.subscribe(() => revisions++);
    for (let i = 0; i < STORM; i++) {
      const code = codes[i % codes.length] as number;
      // Distinct objects each time, as the SDK makes them.
      if (i % 2) client._emit('error', rtcError(code, 'storm'));
      else stream._emit('error', rtcError(code, 'storm'));
    }
    stop();
    expect(client.logged).toEqual([]);
    expect(vi.mocked(diagnose).mock.calls.length).toBe(codes.length);
    expect(doctor.problems.value.length).toBeLessThanOrEqual(MAX_PROBLEMS);
    expect(doctor.timeline.value).toHaveLength(MAX_TIMELINE_ENTRIES);
    expect(doctor.timeline.value.at(-1)?.seq).toBe(STORM);
    expect(doctor.problems.value.reduce((n, p) => n + p.count, 0)).toBe(STORM);
    // One notification per event (record and timeline line are batched together).
    expect(revisions).toBe(STORM + 1);
  });

  it(`${STORM} captures from distinct sources keep at most MAX_PROBLEMS`, () => {
    const doctor = makeDoctor();
    for (let i = 0; i < STORM; i++) {
      doctor.capture(rtcError(16451), {
        source: { type: 'remote-stream', label: `remote ${i}`, userId: String(i) },
      });
    }
    expect(doctor.problems.value).toHaveLength(MAX_PROBLEMS);
    expect(doctor.timeline.value).toHaveLength(MAX_TIMELINE_ENTRIES);
    // The newest survive.
    expect(doctor.problems.value[0]?.source.label).toBe(`remote ${STORM - 1}`);
  });

  it('honours smaller limits from the options', () => {
    const doctor = makeDoctor({ maxProblems: 5, maxTimeline: 10 });
    for (let i = 0; i < 1000; i++)
      doctor.capture(new Error(`e${i}`), { source: { type: 'client', label: `c${i}` } });
    expect(doctor.problems.value).toHaveLength(5);
    expect(doctor.timeline.value).toHaveLength(10);
  });
});
