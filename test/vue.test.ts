/**
 * `trtc-doctor/vue` with the real Vue 3 (happy-dom): the composable's doctor lives as long as the
 * component, its problems arrive as a shallowRef, the panel goes in the component's div, and
 * unmounting the app leaves nothing.
 */
import { createApp, defineComponent, effectScope, h, nextTick, ref } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { TrtcDoctorPanel, useTrtcDoctor, useTrtcProblems } from '../src/vue';
import { createDoctor } from '../src/index';
import type { Doctor } from '../src/index';
import { rtcError } from './fakes';

function mountApp(mode = ref<'inline' | 'embedded'>('inline')) {
  let doctor: Doctor | undefined;
  const App = defineComponent({
    setup() {
      const made = (doctor = useTrtcDoctor({ lang: 'en', audience: 'developer' }));
      const problems = useTrtcProblems(made);
      return () =>
        h('main', [
          h('output', `${problems.value.length} ${problems.value[0]?.diagnosis.id ?? ''}`),
          h(TrtcDoctorPanel, { doctor: made, mode: mode.value }),
        ]);
    },
  });
  const box = document.body.appendChild(document.createElement('div'));
  const app = createApp(App);
  app.mount(box);
  return { app, box, doctor: doctor!, mode, text: () => box.querySelector('output')!.textContent };
}

describe('trtc-doctor/vue', () => {
  it('mounts the panel, problems arrive, and unmount leaves nothing', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const rejections = (spy: typeof add) =>
      spy.mock.calls.filter(([type]) => type === 'unhandledrejection').length;
    const { app, box, doctor, text } = mountApp();
    // The inline panel started the load of the engine and the panel: they are there after it.
    expect(await doctor.load()).toBe(true);
    expect(box.querySelectorAll('[data-trtc-doctor-panel] > trtc-doctor')).toHaveLength(1);
    doctor.capture(rtcError(16451, 'play failed'));
    await nextTick();
    expect(text()).toBe('1 sdk:PLAY_NOT_ALLOWED');
    doctor.capture(rtcError(4096, 'bad parameter'));
    await nextTick();
    // An error goes before a warning, whatever came first.
    expect(text()).toBe('2 sdk:INVALID_PARAMETER');

    app.unmount();
    expect(document.querySelector('trtc-doctor')).toBeNull();
    expect(rejections(add)).toBeGreaterThan(0);
    expect(rejections(add)).toBe(rejections(remove));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(doctor.capture(rtcError(4096))).toBeUndefined();
    box.remove();
  });

  it('a mode change mounts the panel again, embedded', async () => {
    const { app, box, doctor, mode } = mountApp();
    expect(await doctor.load()).toBe(true);
    mode.value = 'embedded';
    await nextTick();
    const hosts = box.querySelectorAll('trtc-doctor');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.getAttribute('data-mode')).toBe('embedded');
    app.unmount();
    box.remove();
  });

  it('useTrtcProblems stops listening when its scope ends', async () => {
    const doctor = createDoctor({ lang: 'en' });
    expect(await doctor.load()).toBe(true);
    const scope = effectScope();
    const problems = scope.run(() => useTrtcProblems(doctor))!;
    doctor.capture(rtcError(16451));
    expect(problems.value).toHaveLength(1);
    scope.stop();
    doctor.capture(rtcError(4096));
    expect(problems.value).toHaveLength(1);
    expect(doctor.problems.value).toHaveLength(2);
    doctor.destroy();
  });
});
