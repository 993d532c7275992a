/** The keyboard shortcut that toggles the overlay: parsing and matching. */

/** A parsed shortcut: the modifiers that must be down, exactly, and one letter or digit. */
export interface Shortcut {
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
  /** Lower-case letter or digit. */
  readonly key: string;
}

const MODIFIERS: Readonly<Record<string, keyof Omit<Shortcut, 'key'>>> = {
  ctrl: 'ctrl',
  shift: 'shift',
  alt: 'alt',
  meta: 'meta',
  cmd: 'meta',
};

/**
 * Parses `ctrl+shift+d`, `alt+d`, `meta+k`... At least one modifier is required, so typing in the
 * page never toggles the panel.
 * @throws Error naming the bad value and the expected form.
 */
export function parseShortcut(text: string): Shortcut {
  const s = { ctrl: false, shift: false, alt: false, meta: false, key: '' };
  let mods = 0;
  const parts = String(text).toLowerCase().split('+');
  const key = parts.pop()?.trim() ?? '';
  for (const part of parts) {
    // typeof: `constructor` or `__proto__` must not pass for a modifier.
    const mod = MODIFIERS[part.trim()];
    if (typeof mod !== 'string' || s[mod]) {
      mods = 0;
      break;
    }
    s[mod] = true;
    mods++;
  }
  if (mods < 1 || !/^[a-z0-9]$/.test(key)) {
    throw new Error(
      `trtc-doctor: shortcut ${JSON.stringify(text)} is not valid. Pass one or more of ctrl, shift, alt, meta and one letter or digit, joined by "+" (e.g. "ctrl+shift+d", "alt+d", "meta+k"), or false for no shortcut.`,
    );
  }
  s.key = key;
  return s;
}

/**
 * Whether a key event is the shortcut. Compares the physical key (`code`) first: with Alt on a Mac
 * `key` is a symbol (Alt+D gives "∂").
 */
export function matchesShortcut(e: KeyboardEvent, s: Shortcut): boolean {
  const code = /\d/.test(s.key) ? `Digit${s.key}` : `Key${s.key.toUpperCase()}`;
  return (
    e.ctrlKey === s.ctrl &&
    e.shiftKey === s.shift &&
    e.altKey === s.alt &&
    e.metaKey === s.meta &&
    (e.code === code || (e.key ?? '').toLowerCase() === s.key)
  );
}
