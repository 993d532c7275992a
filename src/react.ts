/**
 * `trtc-doctor/react`: the doctor in a React app. `useTrtcDoctor()` makes the doctor in an effect
 * and destroys it in the effect's cleanup, so StrictMode's mount, unmount and mount again ends with
 * one live doctor (the first one destroyed, a second made), and the final unmount leaves nothing.
 * `<TrtcDoctorPanel>` mounts the panel into its own `<div>`; `useTrtcProblems()` reads the problems
 * as React state. React is the app's (an optional peer dependency).
 *
 * @example
 * ```tsx
 * import { TrtcDoctorPanel, useTrtcDoctor, useTrtcProblems } from 'trtc-doctor/react';
 *
 * function Call({ trtc }) {
 *   const doctor = useTrtcDoctor({ lang: 'en' });
 *   useEffect(() => doctor?.watchTrtc(trtc), [doctor, trtc]);
 *   const problems = useTrtcProblems(doctor);
 *   return <TrtcDoctorPanel doctor={doctor} mode="inline" />;
 * }
 * ```
 */
import { createElement, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactElement } from 'react';
import { createDoctor } from './index.js';
import type { Doctor, DoctorOptions, Problem } from './index.js';
import { latestCallbacks, panelOptions } from './bindings.js';
import type { PanelProps } from './bindings.js';

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/**
 * A doctor for the component's lifetime: `undefined` in the first render, then the live doctor
 * (made after mount, destroyed on unmount). Callback options (`onProblem`, `onRejoin`, ...) always
 * call the latest ones passed; which callbacks exist, and the other options, are read when the
 * doctor is made. `lang` and `audience` changes reach it through `configure()`.
 *
 * @example
 * ```tsx
 * const doctor = useTrtcDoctor({ onProblem: (p) => Sentry.captureMessage(p.diagnosis.id) });
 * useEffect(() => doctor?.watchClient(client), [doctor, client]);
 * ```
 */
export function useTrtcDoctor(options: DoctorOptions = {}): Doctor | undefined {
  const [doctor, setDoctor] = useState<Doctor>();
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    // Made here, not in render: React may render twice and keep one, and a doctor listens to the
    // window from the start.
    const made = createDoctor(latestCallbacks(latest.current, () => latest.current));
    setDoctor(made);
    return () => {
      made.destroy();
      setDoctor((current) => (current === made ? undefined : current));
    };
  }, []);
  const { lang, audience } = options;
  useEffect(() => {
    if (doctor && (lang || audience)) doctor.configure({ lang, audience });
  }, [doctor, lang, audience]);
  return doctor;
}

/**
 * The doctor's problems as React state (newest and worst first), re-rendering when they change.
 * An empty list while `doctor` is undefined.
 */
export function useTrtcProblems(doctor: Doctor | undefined): readonly Problem[] {
  const subscribe = (onChange: () => void) =>
    // `subscribe` calls at once too; React is fine with a spurious change.
    doctor ? doctor.revision.subscribe(() => onChange()) : () => {};
  // `problems` is the same array until it changes: a stable snapshot.
  const snapshot = () => (doctor ? doctor.problems.peek() : NO_PROBLEMS);
  return useSyncExternalStore(useStable(subscribe, doctor), snapshot, () => NO_PROBLEMS);
}

/** `fn` kept for as long as `key` stays the same (useSyncExternalStore resubscribes on change). */
function useStable<F>(fn: F, key: unknown): F {
  const ref = useRef<{ key: unknown; fn: F }>(undefined);
  if (!ref.current || ref.current.key !== key) ref.current = { key, fn };
  return ref.current.fn;
}

/** Props of `<TrtcDoctorPanel>`: the doctor and `mount()`'s options (no `container`). */
export interface TrtcDoctorPanelProps extends PanelProps {
  /** The doctor to show (from `useTrtcDoctor()`); nothing is mounted while it is undefined. */
  doctor: Doctor | undefined;
  /** A class for the `<div>` the panel goes in (size it: an embedded panel fills it). */
  className?: string;
}

/**
 * The doctor's panel: `inline` (the default) or `embedded` in this component's `<div>`, or the
 * `overlay` launcher. Unmounts with the component; a change of `doctor`, `mode` or any option
 * mounts it again.
 */
export function TrtcDoctorPanel({
  doctor,
  className,
  ...props
}: TrtcDoctorPanelProps): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  const options = panelOptions(props);
  const key = JSON.stringify(options);
  useEffect(() => {
    if (!doctor || !box.current) return;
    return doctor.mount(
      options.mode === 'overlay' ? options : { ...options, container: box.current },
    );
    // `key` stands for the options (a new object each render, the same text when nothing changed).
  }, [doctor, key]);
  return createElement('div', { ref: box, className, 'data-trtc-doctor-panel': '' });
}
