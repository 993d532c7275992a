/**
 * The script tag with the real panel: a bad `data-*` value warns once and the panel still shows,
 * with the default in its place (as the README promises).
 */
import { act } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDoctorCore } from '../../src/core/doctor';
import { startScriptTag } from '../../src/core/script-tag';
import type { Doctor } from '../../src/core/types';
import { mountPanel } from '../../src/ui/mount';
import { cardsLoaded } from './parts';

cardsLoaded();

let doctors: Doctor[] = [];
afterEach(() => {
  doctors.forEach((doctor) => doctor.destroy());
  doctors = [];
  document.body.innerHTML = '';
});

/** Loads the script tag with these attributes; returns the warnings it printed. */
function load(attributes: Record<string, string>): string[] {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const script = { getAttribute: (name: string) => attributes[name] ?? null };
  act(() => {
    doctors.push(
      startScriptTag({
        script,
        create: (options) => createDoctorCore(options, mountPanel),
        target: window,
      }),
    );
  });
  return warn.mock.calls.map((call) => String(call[0]));
}

/** The panel's element, when one is in the page. */
const panel = () => document.querySelector('trtc-doctor');

describe('script tag: a bad data-* value never costs the panel', () => {
  it.each(['d', 'ctrl+shift+dd', 'ctrl+ctrl+d', 'hyper+d', 'ctrl+'])(
    'data-shortcut="%s" warns once and keeps Ctrl+Shift+D',
    (shortcut) => {
      const warnings = load({ 'data-shortcut': shortcut });
      expect(panel()?.shadowRoot).toBeTruthy();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`data-shortcut="${shortcut}" is not valid`);
      expect(panel()?.shadowRoot?.querySelector('[role="dialog"]')).toBeNull();
      const event = { key: 'd', code: 'KeyD', ctrlKey: true, shiftKey: true, bubbles: true };
      act(() => void window.dispatchEvent(new KeyboardEvent('keydown', event)));
      expect(panel()?.shadowRoot?.querySelector('[role="dialog"]')).toBeTruthy();
    },
  );

  it('an invalid data-container selector warns and shows the overlay', () => {
    const warnings = load({ 'data-mode': 'inline', 'data-container': '##not a selector[' });
    expect(panel()?.parentElement).toBe(document.body);
    expect(warnings).toEqual([
      '[trtc-doctor] data-container="##not a selector[" is not a valid CSS selector; showing the overlay.',
    ]);
  });

  it('a data-container that matches nothing says so, and shows the overlay', () => {
    const warnings = load({ 'data-mode': 'inline', 'data-container': '#missing' });
    expect(panel()?.parentElement).toBe(document.body);
    expect(warnings[0]).toContain('data-container="#missing" matches no element');
  });
});
