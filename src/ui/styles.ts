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

/** The whole stylesheet, for `adoptedStyleSheets` or the nonce'd `<style>` fallback. */
export const CSS = `:host{all:initial;display:block}
.r{${vars(LIGHT)};font:14px/1.45 var(--trtc-doctor-font,system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif);color:var(--c-fg);text-align:start}
.r[data-scheme=dark]{${dark}}
@media (prefers-color-scheme:dark){.r[data-scheme=system]{${dark}}}
*,::before,::after{box-sizing:border-box}
h2,h3,p,ol,ul,dl,dd{margin:0}
ol,ul{padding-inline-start:1.3em}
button{font:inherit;color:var(--c-on);background:var(--c-accent);border:1px solid var(--c-accent);border-radius:6px;padding:4px 10px;cursor:pointer;transition:filter .15s}
button:hover{filter:brightness(1.1)}
button[aria-busy=true]{opacity:.7;cursor:progress}
:focus-visible{outline:2px solid var(--c-accent);outline-offset:2px}
a{color:var(--c-accent)}
code,pre,textarea{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{white-space:pre-wrap;word-break:break-word;margin:0;padding:6px;background:var(--c-surface);border-radius:4px}
.ov{position:fixed;display:flex;flex-direction:column-reverse;align-items:flex-end;gap:8px;margin:16px;max-width:calc(100vw - 32px)}
.ov.bottom-right{right:0;bottom:0}.ov.bottom-left{left:0;bottom:0;align-items:flex-start}
.ov.top-right{right:0;top:0;flex-direction:column}.ov.top-left{left:0;top:0;flex-direction:column;align-items:flex-start}
.launch{display:flex;align-items:center;gap:6px;border-radius:999px;padding:6px 12px;box-shadow:0 2px 8px #0004}
.badge,.tag{display:inline-block;min-width:1.5em;padding:0 6px;border-radius:999px;text-align:center;font-size:12px;font-weight:600;background:var(--c-info);color:var(--c-on)}
.badge{box-shadow:0 0 0 1px var(--c-on)}
.badge.error,.tag.error{background:var(--c-error)}.badge.warning,.tag.warning{background:var(--c-warning)}
.tag.ok{background:var(--c-ok)}
.panel{display:flex;flex-direction:column;width:min(440px,100%);max-height:min(75vh,640px);background:var(--c-bg);border:1px solid var(--c-border);border-radius:10px;overflow:hidden}
.ov .panel{box-shadow:0 8px 28px #0005}
.bar{display:flex;align-items:center;justify-content:space-between;padding:8px 12px}
h2{font-size:15px}h3{font-size:14px}
.x{background:none;border-color:transparent;color:var(--c-fg);font-size:18px;line-height:1;padding:2px 8px}
.tabs{display:flex;gap:2px;padding:0 8px;border-bottom:1px solid var(--c-border)}
.tabs button,.filters button{background:none;border-color:transparent;color:var(--c-muted);border-radius:6px 6px 0 0}
.tabs [aria-selected=true]{color:var(--c-fg);border-bottom:2px solid var(--c-accent);font-weight:600}
.body{overflow:auto;padding:10px 12px;display:grid;gap:10px}
.card{border:1px solid var(--c-border);border-inline-start:4px solid var(--c-info);border-radius:8px;padding:10px;display:grid;gap:8px;background:var(--c-bg)}
.card.error{border-inline-start-color:var(--c-error)}.card.warning{border-inline-start-color:var(--c-warning)}
.card[data-resolved=true]{border-inline-start-color:var(--c-ok)}
.head{display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.meta,.muted,.tl .src,.tl time{color:var(--c-muted);font-size:12px}
.codes{display:flex;flex-wrap:wrap;gap:4px 10px}
.rel,.guide,details,.res{background:var(--c-surface);border-radius:6px;padding:8px;display:grid;gap:6px}
summary{cursor:pointer;color:var(--c-accent)}
.acts,.filters,.row{display:flex;flex-wrap:wrap;gap:6px}
.filters [aria-pressed=true]{color:var(--c-fg);border-color:var(--c-border);background:var(--c-surface)}
.cur{font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px}dt{color:var(--c-muted)}dd{word-break:break-word}
.tl{list-style:none;padding:0;display:grid;gap:4px}.tl li{display:flex;flex-wrap:wrap;gap:2px 8px}
.tl .error .ev{color:var(--c-error)}
textarea{width:100%;color:var(--c-fg);background:var(--c-bg);border:1px solid var(--c-border)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}`;
