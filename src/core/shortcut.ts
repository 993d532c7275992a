/**
 * The keyboard shortcut that toggles the overlay: parsing (also the `shortcut` option's check,
 * options.ts) and matching.
 */

const MODIFIERS = ['ctrl', 'shift', 'alt', 'meta'] as const;

/** A parsed shortcut: the modifiers that must be down, exactly, and one letter or digit. */
export interface Shortcut extends Record<(typeof MODIFIERS)[number], boolean> {
  /** Lower-case letter or digit. */
  readonly key: string;
}

/**
 * Parses `ctrl+shift+d`, `alt+d`, `meta+k` (`cmd` is `meta`)... At least one modifier is required,
 * so typing in the page never toggles the panel.
 * @throws Error naming the bad value and the expected form.
 */
export function parseShortcut(text: string): Shortcut {
  const parts = String(text).toLowerCase().split('+');
  let key = parts.pop()!.trim();
  const s = { ctrl: false, shift: false, alt: false, meta: false };
  // No modifier, or one unknown or given twice, empties the key: invalid.
  if (!parts.length) key = '';
  for (const part of parts) {
    const mod = part.trim().replace('cmd', 'meta') as (typeof MODIFIERS)[number];
    // includes(), not `in`: `constructor` or `__proto__` must not pass for a modifier.
    if (!MODIFIERS.includes(mod) || s[mod]) key = '';
    else s[mod] = true;
  }
  if (!/^[a-z0-9]$/.test(key)) {
    throw new Error(
      `trtc-doctor: shortcut ${JSON.stringify(text)} is not valid; pass ctrl, shift, alt or meta and one letter or digit, joined by "+" (e.g. "ctrl+shift+d"), or false.`,
    );
  }
  return { ...s, key };
}

/**
 * Whether a key event is the shortcut. Compares the physical key (`code`) first: with Alt on a Mac
 * `key` is a symbol (Alt+D gives "∂").
 */
export function matchesShortcut(e: KeyboardEvent, s: Shortcut): boolean {
  const code = s.key > '9' ? `Key${s.key.toUpperCase()}` : `Digit${s.key}`;
  return (
    MODIFIERS.every((mod) => e[`${mod}Key` as const] === s[mod]) &&
    (e.code === code || (e.key ?? '').toLowerCase() === s.key)
  );
}
