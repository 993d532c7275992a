/**
 * What the React and Vue bindings share: the panel's props as `mount()` options, and callback
 * options that always call the latest function the component passed.
 */
import type { DoctorOptions, MountOptions } from './core/types.js';

/** The options of `createDoctor()` that are callbacks. */
const CALLBACKS = ['onProblem', 'onRetryCapture', 'onRejoin', 'onReport'] as const;

/**
 * `options` with each callback replaced by one that calls `latest()`'s (a component passes new
 * functions at every render, a doctor is made once).
 */
export function latestCallbacks(
  options: DoctorOptions,
  latest: () => DoctorOptions,
): DoctorOptions {
  const out: Record<string, unknown> = { ...options };
  for (const name of CALLBACKS) {
    if (typeof options[name] !== 'function') continue;
    out[name] = (arg: never) => (latest()[name] as ((arg: never) => unknown) | undefined)?.(arg);
  }
  return out as DoctorOptions;
}

/** The panel component's props: `mount()`'s options without `container` (its own element). */
export type PanelProps = Omit<MountOptions, 'container'>;

/**
 * The mount options among `props` (undefined ones dropped), `inline` by default. Plain data only
 * (`messages` holds strings), so `JSON.stringify` of the result says when the panel must remount:
 * an inline `messages={{...}}` of the same content is no change.
 */
export function panelOptions(props: PanelProps): MountOptions {
  const out: Record<string, unknown> = { mode: 'inline' };
  for (const [key, value] of Object.entries(props)) if (value !== undefined) out[key] = value;
  return out as MountOptions;
}
