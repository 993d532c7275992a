/**
 * `trtc-doctor/vue`: the doctor in a Vue 3 app. `useTrtcDoctor()` makes a doctor for the calling
 * component (or effect scope) and destroys it when the scope ends; `useTrtcProblems()` reads the
 * problems as a `shallowRef`; `TrtcDoctorPanel` mounts the panel into its own `<div>`. Vue is the
 * app's (an optional peer dependency).
 *
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { TrtcDoctorPanel, useTrtcDoctor, useTrtcProblems } from 'trtc-doctor/vue';
 * const doctor = useTrtcDoctor({ lang: 'en' });
 * doctor.watchTrtc(trtc);
 * const problems = useTrtcProblems(doctor);
 * </script>
 * <template><TrtcDoctorPanel :doctor="doctor" mode="inline" /></template>
 * ```
 */
import { defineComponent, h, onMounted, onScopeDispose, ref, shallowRef, watch } from 'vue';
import type { PropType, ShallowRef } from 'vue';
import { createDoctor } from './index.js';
import type { Doctor, DoctorOptions, MountOptions, Problem } from './index.js';
import { panelOptions } from './bindings.js';

/**
 * A doctor for the current component or effect scope, destroyed when the scope ends (the
 * component unmounts). Call it in `setup()`.
 *
 * @example
 * ```ts
 * const doctor = useTrtcDoctor({ onProblem: (p) => Sentry.captureMessage(p.diagnosis.id) });
 * doctor.watchClient(client);
 * ```
 */
export function useTrtcDoctor(options: DoctorOptions = {}): Doctor {
  const doctor = createDoctor(options);
  onScopeDispose(() => doctor.destroy());
  return doctor;
}

/**
 * The doctor's problems (newest and worst first) as a `shallowRef`, updated when they change,
 * unsubscribed when the scope ends.
 */
export function useTrtcProblems(doctor: Doctor): Readonly<ShallowRef<readonly Problem[]>> {
  const problems = shallowRef(doctor.problems.peek());
  // `subscribe` calls at once too; the list is the same array until it changes.
  const stop = doctor.revision.subscribe(() => void (problems.value = doctor.problems.peek()));
  onScopeDispose(stop);
  return problems;
}

/**
 * The doctor's panel: `inline` (the default) or `embedded` in this component's `<div>`, or the
 * `overlay` launcher. Props: `doctor` and `mount()`'s options (no `container`). Unmounts with the
 * component; a change of any prop mounts it again.
 */
export const TrtcDoctorPanel = defineComponent({
  name: 'TrtcDoctorPanel',
  props: {
    doctor: { type: Object as PropType<Doctor>, required: true },
    mode: { type: String as PropType<NonNullable<MountOptions['mode']>>, default: 'inline' },
    position: String as PropType<MountOptions['position']>,
    audience: String as PropType<MountOptions['audience']>,
    lang: String as PropType<MountOptions['lang']>,
    colorScheme: String as PropType<MountOptions['colorScheme']>,
    showLauncher: { type: Boolean, default: undefined },
    shortcut: { type: [String, Boolean] as PropType<MountOptions['shortcut']>, default: undefined },
    messages: Object as PropType<MountOptions['messages']>,
    offset: Object as PropType<MountOptions['offset']>,
    zIndex: Number,
    styleNonce: String,
  },
  setup(props) {
    const box = ref<HTMLElement>();
    let unmount: (() => void) | undefined;
    const optionsOf = () => {
      const { doctor: _doctor, ...rest } = props;
      return panelOptions(rest);
    };
    const remount = () => {
      unmount?.();
      unmount = undefined;
      if (!box.value) return;
      const options = optionsOf();
      unmount = props.doctor.mount(
        options.mode === 'overlay' ? options : { ...options, container: box.value },
      );
    };
    onMounted(remount);
    // Remount when the doctor or what the options say changes, not for a new equal object.
    watch(() => [props.doctor, JSON.stringify(optionsOf())], remount);
    onScopeDispose(() => unmount?.());
    return () => h('div', { ref: box, 'data-trtc-doctor-panel': '' });
  },
});
