/**
 * What `instrumentTrtc()`, the script tag and the panel need of a doctor beyond the public API,
 * kept beside it in a WeakMap. Not part of the public contract.
 */
import type { Doctor, TrtcNamespaceLike } from './types.js';
import type { WarnOnce } from './warn.js';

/** What `instrumentTrtc()` needs beyond the public API. Not part of the public contract. */
export interface DoctorInternals {
  /** Remember a `createClient` config: its secrets now, its facts for `client` once known. */
  rememberConfig(config: unknown, client?: object): void;
  /** The namespace found on the page, for the device and environment checks. */
  setTrtc(trtc: TrtcNamespaceLike): void;
  /** Run `fn` on destroy (at once when already destroyed). Returns a function that cancels that. */
  onDestroy(fn: () => void): () => void;
  readonly warnOnce: WarnOnce;
  /**
   * Hands the user's comment (redacted) and the report to the host's `onReport`; resolves to
   * whether it went without error. Absent when no `onReport` was given.
   */
  readonly sendReport?: (comment: string) => Promise<boolean>;
}

const internalsOf = new WeakMap<Doctor, DoctorInternals>();

/** The internals of a doctor made by `createDoctorCore()` or `createDoctor()`. */
export const doctorInternals = (doctor: Doctor): DoctorInternals | undefined =>
  internalsOf.get(doctor);

/** Give `doctor` its internals (the lazy doctor's, which reach its engine once loaded). */
export const setDoctorInternals = (doctor: Doctor, internals: DoctorInternals): void =>
  void internalsOf.set(doctor, internals);
