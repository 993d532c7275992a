/**
 * The panel's stylesheet. Colours are CSS variables a host can set on `trtc-doctor`
 * (`--trtc-doctor-bg`, ...); the defaults below pass WCAG AA (text >= 4.5:1, checked in tests).
 */

/** Colour roles. `on` is text on a coloured background (buttons, badges). */
export type ColorRole =
  | 'bg'
  | 'surface'
  | 'border'
  | 'fg'
  | 'muted'
  | 'accent'
  | 'on'
  | 'error'
  | 'warning'
  | 'info'
  | 'ok';

/** The light scheme's defaults. */
export const LIGHT: Readonly<Record<ColorRole, string>> = {
  bg: '#ffffff',
  surface: '#f6f8fa',
  border: '#8c959f',
  fg: '#1f2328',
  muted: '#57606a',
  accent: '#0550ae',
  on: '#ffffff',
  error: '#b42318',
  warning: '#8a4b00',
  info: '#0550ae',
  ok: '#1a7f37',
};

/** The dark scheme's defaults. */
export const DARK: Readonly<Record<ColorRole, string>> = {
  bg: '#16191d',
  surface: '#22272e',
  border: '#6e7781',
  fg: '#e6edf3',
  muted: '#9ea7b3',
  accent: '#58a6ff',
  on: '#0d1117',
  error: '#ff8b80',
  warning: '#e3b341',
  info: '#79b8ff',
  ok: '#56d364',
};

// `--c-bg: var(--trtc-doctor-bg, #fff)`: the host's variable wins, ours is the fallback.
const vars = (p: Readonly<Record<string, string>>): string =>
  Object.keys(p)
    .map((k) => `--c-${k}:var(--trtc-doctor-${k},${p[k]})`)
    .join(';');

const dark = vars(DARK);

/**
 * The shell's stylesheet (the launcher, the toast, the colours, the base): with the engine. The
 * panel's own rules come with its view (`view-styles.ts`), added to the same shadow root. Each is
 * for `adoptedStyleSheets` or the nonce'd `<style>` fallback (`adoptStyles`). `.r` (our
 * root) resets everything again: a page rule like `* { all: unset !important }` reaches the host
 * element and would pass its inherited values (letter-spacing, text-transform...) down to us.
 * Nothing moves (no transition, no animation), so `prefers-reduced-motion` has nothing to stop.
 * Shared classes carry shared looks: `row` (a wrapping line of items), `muted` (small grey text),
 * a severity class (`error`, `warning`, `info`, `ok`) sets `--c-sev` for what it contains.
 * Timeline rows skip layout while off screen (`content-visibility`): with all 500 shown, a storm's
 * frame costs the page about 20 ms of style and layout instead of 50.
 */
export const CSS = `:host{all:initial;display:block}
:host([data-mode=embedded]),.emb,.emb .panel{height:100%}
.emb .panel{border:0;border-radius:0;background:transparent}.emb .bar{display:none}.emb .body{flex:1;min-height:0}
.r{all:initial;display:block;${vars(LIGHT)};font:14px/1.45 var(--trtc-doctor-font,system-ui,"PingFang SC","Microsoft YaHei",sans-serif);color:var(--c-fg)}
.r{-webkit-tap-highlight-color:transparent}
.r[data-scheme=dark]{${dark}}
@media (prefers-color-scheme:dark){.r[data-scheme=system]{${dark}}}
*{box-sizing:border-box;margin:0;font-size:inherit}
button{font:inherit;color:var(--c-on);background:var(--c-accent);border:1px solid var(--c-accent);border-radius:6px;padding:4px 10px;cursor:pointer}
button:hover{filter:brightness(1.1)}button:active{filter:brightness(.9)}
:focus-visible{outline:2px solid var(--c-accent);outline-offset:2px}
.ov{position:fixed;bottom:0;right:0;display:flex;flex-direction:column-reverse;align-items:flex-end;gap:8px;margin:16px;max-width:calc(100vw - 32px)}
.ov[class*=left]{right:auto;left:0;align-items:flex-start}.ov[class*=top]{bottom:auto;top:0;flex-direction:column}
.lrow{display:flex;align-items:center;gap:4px}.ov[class*=left] .lrow{flex-direction:row-reverse}
.launch{display:flex;align-items:center;gap:6px;border-radius:99px;padding:6px 12px;box-shadow:0 2px 8px #0004;touch-action:none;user-select:none;-webkit-user-select:none}.launch.min{padding:6px 10px}
.mini{background:var(--c-bg)!important;border-color:var(--c-border)!important;border-radius:99px;padding:2px 8px}
.toast{display:flex;align-items:center;gap:4px;max-width:min(380px,100%);background:var(--c-bg);border:1px solid var(--c-border);border-inline-start:4px solid var(--c-sev);border-radius:8px;box-shadow:0 4px 16px #0004}
.tmain{background:none;border-color:transparent;color:var(--c-fg);text-align:start;font-weight:600;padding:8px 10px}
.tag{padding:0 6px;border-radius:99px;font-size:12px;font-weight:600;background:var(--c-sev);color:var(--c-on);box-shadow:0 0 0 1px var(--c-on)}
.error{--c-sev:var(--c-error)}.warning{--c-sev:var(--c-warning)}.info{--c-sev:var(--c-info)}.ok,[data-resolved=true]{--c-sev:var(--c-ok)}
.panel{display:flex;flex-direction:column;background:var(--c-bg);border:1px solid var(--c-border);border-radius:10px}
.panel{min-width:0;max-width:100%}
.x,.tabs button,.more{background:none;border-color:transparent;color:var(--c-muted)}
.x{font-size:18px;line-height:1}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.slot{display:contents}.wait{padding:10px 12px}
@media (pointer:coarse){button{min-height:44px;padding:8px 14px}.x{min-width:44px}}`;

/**
 * Puts `css` in the shadow root (after what it has): a constructable stylesheet where there is one
 * (allowed by `style-src 'self'`), else a `<style>` carrying the host's nonce.
 */
export function adoptStyles(root: ParentNode, css: string, nonce: string | undefined): void {
  if (typeof ShadowRoot === 'function' && root instanceof ShadowRoot) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // No constructable stylesheets (older Safari): fall back to a <style> element.
    }
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.appendChild(style);
}
