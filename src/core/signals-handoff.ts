/**
 * `@preact/signals-core` for the lazy part of the script-tag build (`dist/lazy/panel.js`, see
 * vite.config.ts): the entry file's own copy, handed over on the global object. One copy only:
 * signals of two copies do not see each other (a computed of one would not track a signal of the
 * other), and the doctor's settings and problems are made before the lazy part loads.
 */
import type * as Core from '@preact/signals-core';

/** Where `global.ts` puts its copy. */
export const SIGNALS_KEY = Symbol.for('trtc-doctor.signals-core');

const core = (globalThis as unknown as Record<symbol, typeof Core>)[SIGNALS_KEY]!;

export const {
  Computed,
  Effect,
  Signal,
  action,
  batch,
  computed,
  createModel,
  effect,
  signal,
  untracked,
} = core;
