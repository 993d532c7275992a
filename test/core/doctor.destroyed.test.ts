/**
 * A doctor used after `destroy()` says so once in the console, naming the call, instead of
 * silently recording nothing: what React StrictMode's double effects do to a memoised doctor.
 */
import { StrictMode, createElement, useEffect, useMemo } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { createDoctorCore } from '../../src/core/doctor';
import { FakeClient, FakeStream, makeDoctor, rtcError } from '../fakes';

const warnings = () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () => warn.mock.calls.map((call) => String(call[0])).filter((m) => /destroy/.test(m));
};

describe('a doctor used after destroy()', () => {
  it('warns once per doctor, naming the first call, and still records nothing', () => {
    const said = warnings();
    const doctor = makeDoctor();
    doctor.destroy();
    const client = new FakeClient();
    doctor.watchClient(client);
    doctor.capture(rtcError(0x4043));
    doctor.watchStream(new FakeStream());
    expect(said()).toHaveLength(1);
    expect(said()[0]).toMatch(/watchClient\(\) was called after destroy\(\).*StrictMode/);
    expect(client.listenerCount()).toBe(0);
    expect(doctor.problems.value).toEqual([]);
    const other = makeDoctor();
    other.destroy();
    other.configure({ lang: 'zh' });
    expect(said()).toHaveLength(2);
    expect(said()[1]).toMatch(/^\[trtc-doctor\] configure\(\) was called after destroy\(\)/);
  });

  it.each([
    ['capture()', (d: ReturnType<typeof makeDoctor>) => d.capture(new Error('x'))],
    ['track()', (d: ReturnType<typeof makeDoctor>) => void d.track(Promise.resolve())],
    ['runAction()', (d: ReturnType<typeof makeDoctor>) => void d.runAction('copy-report')],
    ['open()', (d: ReturnType<typeof makeDoctor>) => d.open()],
  ])('%s after destroy() is said too', (call, use) => {
    const said = warnings();
    const doctor = makeDoctor();
    doctor.destroy();
    use(doctor);
    expect(said()).toEqual([expect.stringContaining(`${call} was called after destroy()`)]);
  });

  it('no warning while the doctor lives, nor for destroy() twice', () => {
    const said = warnings();
    const doctor = makeDoctor();
    doctor.watchClient(new FakeClient());
    doctor.capture(rtcError(0x4043));
    doctor.destroy();
    doctor.destroy();
    expect(said()).toEqual([]);
  });

  it("React StrictMode's double effects on useMemo(createDoctor) + a cleanup are reported", async () => {
    const said = warnings();
    const client = new FakeClient();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    function Call() {
      const doctor = useMemo(() => createDoctorCore({ lang: 'en' }), []);
      useEffect(() => {
        doctor.watchClient(client);
        return () => doctor.destroy();
      }, [doctor]);
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(createElement(StrictMode, null, createElement(Call))));
    expect(said()).toEqual([expect.stringContaining('watchClient() was called after destroy()')]);
    await act(async () => root.unmount());
  });
});
