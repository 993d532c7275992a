/**
 * The debug-console plugins against the real vConsole and eruda (in happy-dom; the browser test
 * checks the layout): a "TRTC" tab holding the embedded panel, the console's theme followed, and
 * nothing left once the tab is removed. Also the `embedded` mount mode they rely on.
 */
import eruda from 'eruda';
import VConsole from 'vconsole';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readScriptTag } from '../src/core/script-tag';
import { createDoctor } from '../src/index';
import type { Doctor } from '../src/index';
import { createErudaPlugin } from '../src/eruda';
import { createVConsolePlugin } from '../src/vconsole';
import { cardsLoaded } from './ui/parts';

const doctors: Doctor[] = [];
/** A doctor whose engine and panel are loaded (the plugins mount its panel at once). */
const make = async () => {
  const doctor = createDoctor({ lang: 'en', audience: 'developer' });
  doctors.push(doctor);
  expect(await doctor.load()).toBe(true);
  return doctor;
};
afterEach(() => doctors.splice(0).forEach((d) => d.destroy()));

/** Every `<trtc-doctor>` under `root`, also inside open shadow roots (eruda uses one). */
function panelsIn(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'trtc-doctor') found.push(el);
    if (el.shadowRoot && el.localName !== 'trtc-doctor') found.push(...panelsIn(el.shadowRoot));
  }
  return found;
}

cardsLoaded();

describe("mount({ mode: 'embedded' })", () => {
  it('fills its container with no title bar of its own', async () => {
    const doctor = await make();
    const box = document.body.appendChild(document.createElement('div'));
    const unmount = doctor.mount({ mode: 'embedded', container: box });
    const host = box.querySelector('trtc-doctor')!;
    expect(host.getAttribute('data-mode')).toBe('embedded');
    const root = host.shadowRoot!;
    expect(root.querySelector('.r')?.classList.contains('emb')).toBe(true);
    // The title stays for screen readers (the region's name), the stylesheet hides its bar.
    expect(root.querySelector('[role=region]')?.getAttribute('aria-labelledby')).toBe('td-title');
    unmount();
    expect(box.querySelector('trtc-doctor')).toBeNull();
    box.remove();
  });

  it('needs a container, and says so', async () => {
    const doctor = await make();
    expect(() => doctor.mount({ mode: 'embedded' })).toThrow(
      "mount({ mode: 'embedded' }) needs a container: pass { container: element } too.",
    );
  });
});

/** vConsole's log tab flushes what the console printed a moment later: destroy it after that. */
async function settle(vConsole: VConsole): Promise<void> {
  await new Promise((done) => setTimeout(done, 50));
  vConsole.destroy();
}

describe('the script tag with data-mode="embedded"', () => {
  const tag = (attributes: Record<string, string>) => ({
    getAttribute: (name: string) => attributes[name] ?? null,
  });

  it('takes data-container, like inline', () => {
    const config = readScriptTag(
      tag({ 'data-mode': 'embedded', 'data-container': '#console' }),
      () => undefined,
    );
    expect(config.mount).toMatchObject({ mode: 'embedded' });
    expect(config.container).toBe('#console');
  });

  it('without data-container warns and falls back to the overlay', () => {
    const warn = vi.fn();
    const config = readScriptTag(tag({ 'data-mode': 'embedded' }), warn);
    expect(config.mount).not.toHaveProperty('mode');
    expect(warn).toHaveBeenCalledWith(
      'data-container',
      expect.stringContaining('data-mode="embedded" needs data-container'),
    );
  });
});

describe('vConsole', () => {
  it('adds a TRTC tab with the panel; removing the plugin unmounts it', async () => {
    const doctor = await make();
    const vConsole = new VConsole({ theme: 'dark', defaultPlugins: [] });
    try {
      expect(vConsole.addPlugin(createVConsolePlugin(doctor, VConsole))).toBe(true);
      await vi.waitFor(() => expect(panelsIn(document)).toHaveLength(1));
      const tab = [...document.querySelectorAll('#__vconsole .vc-tab')].map((t) => t.textContent);
      expect(tab.map((t) => t?.trim())).toContain('TRTC');
      expect(panelsIn(document)[0]?.getAttribute('data-mode')).toBe('embedded');
      expect(doctor.settings.value.colorScheme).toBe('dark');
      vConsole.setOption('theme', 'light');
      expect(doctor.settings.value.colorScheme).toBe('light');
      vConsole.removePlugin('trtc_doctor');
      expect(panelsIn(document)).toHaveLength(0);
      // Unmounted for real: the doctor can mount again.
      doctor.mount({ mode: 'overlay' })();
    } finally {
      await settle(vConsole);
    }
  });

  it('names what to pass', async () => {
    const doctor = await make();
    expect(() => createVConsolePlugin(doctor, {} as never)).toThrow(/needs the VConsole class/);
    expect(() => createVConsolePlugin(undefined as never, VConsole)).toThrow(/needs a doctor/);
  });

  it('a doctor already mounted elsewhere shows why in the tab, without throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doctor = await make();
    doctor.mount({ mode: 'overlay' });
    const vConsole = new VConsole({ defaultPlugins: [] });
    try {
      vConsole.addPlugin(createVConsolePlugin(doctor, VConsole));
      await vi.waitFor(() =>
        expect(document.querySelector('#__vconsole')?.textContent).toContain('already mounted'),
      );
      expect(warn).toHaveBeenCalled();
    } finally {
      await settle(vConsole);
    }
  });
});

describe('eruda', () => {
  it('adds a TRTC tool with the panel, shown and hidden with its tab; remove unmounts it', async () => {
    const doctor = await make();
    eruda.init({ useShadowDom: false, tool: ['console'] });
    try {
      eruda.add(createErudaPlugin(doctor, eruda));
      const [host] = panelsIn(document);
      expect(host?.getAttribute('data-mode')).toBe('embedded');
      const box = host!.parentElement!.parentElement!;
      expect(box.style.display).toBe('none');
      eruda.show('TRTC');
      expect(box.style.display).toBe('block');
      expect(doctor.settings.value.colorScheme).toBe(eruda.util.isDarkTheme() ? 'dark' : 'light');
      eruda.remove('TRTC');
      expect(panelsIn(document)).toHaveLength(0);
      doctor.mount({ mode: 'overlay' })();
    } finally {
      eruda.destroy();
    }
  });

  it('names what to pass', () => {
    expect(() => createErudaPlugin(null as never)).toThrow(/needs a doctor, got null/);
  });
});
