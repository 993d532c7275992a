/**
 * `trtc-doctor/vconsole`: a "TRTC" tab in vConsole with the doctor's panel in it, in vConsole's
 * theme. vConsole is not a dependency: pass its class, the plugin is made from its
 * `VConsole.VConsolePlugin`.
 *
 * @example
 * ```ts
 * import VConsole from 'vconsole';
 * import { createDoctor } from 'trtc-doctor';
 * import { createVConsolePlugin } from 'trtc-doctor/vconsole';
 *
 * const doctor = createDoctor({ audience: 'developer' });
 * const vConsole = new VConsole();
 * vConsole.addPlugin(createVConsolePlugin(doctor, VConsole));
 * ```
 */
import { describe, fail } from './core/guard.js';
import type { Doctor, PanelSettings } from './core/types.js';
import { embedPanel } from './embed.js';
import type { EmbeddedPanel } from './embed.js';

/** The plugin's id in vConsole (`vConsole.removePlugin(VCONSOLE_PLUGIN_ID)` takes it out). */
export const VCONSOLE_PLUGIN_ID = 'trtc_doctor';
/** The tab's name. */
export const CONSOLE_TAB_NAME = 'TRTC';

/** As much of a vConsole plugin as we use. */
export interface VConsolePluginLike {
  on(event: 'renderTab' | 'updateOption' | 'remove', callback: (data: unknown) => void): unknown;
  readonly vConsole?: { readonly option?: { readonly theme?: string } };
}

/** The `VConsole` class (the default export of `vconsole`), as much of it as we use. */
export interface VConsoleLike<P extends VConsolePluginLike = VConsolePluginLike> {
  VConsolePlugin: new (id: string, name: string) => P;
}

/** vConsole's `theme` option as our colour scheme: `''` (its default) follows the system. */
const schemeOf = (theme: unknown): PanelSettings['colorScheme'] =>
  theme === 'dark' || theme === 'light' ? theme : 'system';

/**
 * A vConsole plugin that shows `doctor`'s panel in a "TRTC" tab. Add it with
 * `vConsole.addPlugin(...)`; `vConsole.removePlugin('trtc_doctor')` or `vConsole.destroy()`
 * unmounts the panel. The doctor has one panel: do not `mount()` it elsewhere too.
 *
 * @param doctor what `createDoctor()` made.
 * @param VConsole the `VConsole` class itself (`import VConsole from 'vconsole'`).
 * @throws TypeError when either is missing, saying what to pass.
 */
export function createVConsolePlugin<P extends VConsolePluginLike>(
  doctor: Doctor,
  VConsole: VConsoleLike<P>,
): P {
  if (typeof (doctor as Partial<Doctor> | undefined)?.mount !== 'function') {
    fail(`createVConsolePlugin(doctor, VConsole) needs a doctor, got ${describe(doctor)}.`);
  }
  if (typeof VConsole?.VConsolePlugin !== 'function') {
    fail(
      `createVConsolePlugin(doctor, VConsole) needs the VConsole class (import VConsole from 'vconsole'), got ${describe(VConsole)}.`,
    );
  }
  const plugin = new VConsole.VConsolePlugin(VCONSOLE_PLUGIN_ID, CONSOLE_TAB_NAME);
  let panel: EmbeddedPanel | undefined;
  const theme = () => schemeOf(plugin.vConsole?.option?.theme);
  plugin.on('renderTab', (data) => {
    const render = data as (content: HTMLElement, options: object) => void;
    panel ??= embedPanel(doctor, { colorScheme: theme() });
    // `fixedHeight`: vConsole does not scroll the tab, the panel scrolls its own body.
    render(panel.element, { fixedHeight: true });
  });
  // `vConsole.setOption('theme', 'dark')` comes as updateOption.
  plugin.on('updateOption', () => {
    if (panel) doctor.configure({ colorScheme: theme() });
  });
  plugin.on('remove', () => {
    panel?.unmount();
    panel = undefined;
  });
  return plugin;
}
