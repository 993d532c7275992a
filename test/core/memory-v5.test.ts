// @vitest-environment node
/**
 * v5 instances the page has let go of are collected, whether it destroyed them or just dropped
 * them, even while their problems are still listed. Measured with the real garbage collector.
 */
import { describe, expect, it } from 'vitest';
import { makeDoctor } from '../fakes';
import { FakeTrtcInstance, rtcErrorV5 } from '../fakes-v5';
import { collect } from '../gc';

describe('v5 memory', () => {
  it('100 failed instances, half destroyed and half dropped, are all collected', async () => {
    const doctor = makeDoctor();
    const refs: WeakRef<object>[] = [];
    await (async () => {
      for (let i = 0; i < 100; i++) {
        const trtc = new FakeTrtcInstance();
        doctor.watchTrtc(trtc);
        trtc.behave.startLocalVideo = () =>
          Promise.reject(
            rtcErrorV5({ code: 5300, extraCode: 5301, functionName: 'startLocalVideo' }),
          );
        await trtc.startLocalVideo({}).catch(() => undefined);
        trtc._emit('autoplay-failed', {
          userId: `u${i}`,
          mediaType: 'audio',
          resume: () => Promise.resolve(),
        });
        if (i % 2) trtc.destroy();
        refs.push(new WeakRef(trtc));
      }
    })();
    await collect();
    expect(doctor.problems.value.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => ref.deref()).length).toBe(0);
  });
});
