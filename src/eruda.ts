/**
 * `trtc-doctor/eruda`: a "TRTC" tool in eruda with the doctor's panel in it, in eruda's theme.
 * eruda is not a dependency: the plugin is a plain object in eruda's tool shape.
 *
 * @example
 * ```ts
 * import eruda from 'eruda';
 * import { createDoctor } from 'trtc-doctor';
 * import { createErudaPlugin } from 'trtc-doctor/eruda';
 *
 * const doctor = createDoctor({ audience: 'developer' });
 * eruda.init();
 * eruda.add(createErudaPlugin(doctor, eruda));
 * ```
 */
import { describe, fail, read } from './core/guard.js';
import type { Doctor } from './core/types.js';
import { embedPanel } from './embed.js';
import type { EmbeddedPanel } from './embed.js';

/** The tool's name, also its tab's (`eruda.remove('TRTC')` takes it out). */
export const ERUDA_TOOL_NAME = 'TRTC';

/** The `eruda` object, as much of it as we read: its theme. */
export interface ErudaLike {
  readonly util?: { isDarkTheme?(theme?: string): boolean };
}

/** A licia `$` wrapper, as eruda hands it to `init`: `get(0)` is the element. */
interface Wrapped {
  get(index: number): Element | undefined;
}

/** An eruda tool: what `eruda.add()` takes. */
export interface ErudaTool {
  readonly name: string;
  init($el: unknown): void;
  show(): ErudaTool;
  hide(): ErudaTool;
  destroy(): void;
}

/**
 * An eruda tool that shows `doctor`'s panel in a "TRTC" tab. Add it with `eruda.add(...)`;
 * `eruda.remove('TRTC')` or `eruda.destroy()` unmounts the panel. The doctor has one panel: do
 * not `mount()` it elsewhere too.
 *
 * @param doctor what `createDoctor()` made.
 * @param eruda the `eruda` object, to follow its light or dark theme (optional: else the system's).
 * @throws TypeError when `doctor` is missing.
 */
export function createErudaPlugin(doctor: Doctor, eruda?: ErudaLike): ErudaTool {
  if (typeof (doctor as Partial<Doctor> | undefined)?.mount !== 'function') {
    fail(`createErudaPlugin(doctor, eruda) needs a doctor, got ${describe(doctor)}.`);
  }
  let panel: EmbeddedPanel | undefined;
  let box: HTMLElement | undefined;
  const scheme = () => {
    const dark = read(() => eruda?.util?.isDarkTheme?.());
    return dark === undefined ? 'system' : dark ? 'dark' : 'light';
  };
  const tool: ErudaTool = {
    name: ERUDA_TOOL_NAME,
    init($el) {
      box = read(() => ($el as Wrapped).get(0)) as HTMLElement | undefined;
      if (!box) return;
      panel = embedPanel(doctor, { colorScheme: scheme() });
      box.appendChild(panel.element);
      box.style.display = 'none';
    },
    show() {
      if (box) box.style.display = 'block';
      // eruda's theme may have changed in its settings since.
      if (panel) doctor.configure({ colorScheme: scheme() });
      return tool;
    },
    hide() {
      if (box) box.style.display = 'none';
      return tool;
    },
    destroy() {
      panel?.unmount();
      panel?.element.remove();
      panel = box = undefined;
    },
  };
  return tool;
}
