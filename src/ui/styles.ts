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
 * The whole stylesheet, for `adoptedStyleSheets` or the nonce'd `<style>` fallback. `.r` (our
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
ol,ul{padding-inline-start:1.3em}
button{font:inherit;color:var(--c-on);background:var(--c-accent);border:1px solid var(--c-accent);border-radius:6px;padding:4px 10px;cursor:pointer}
button:hover{filter:brightness(1.1)}button:active{filter:brightness(.9)}
:focus-visible{outline:2px solid var(--c-accent);outline-offset:2px}
a,summary{color:var(--c-accent);cursor:pointer}
code,pre,textarea{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
pre{white-space:pre-wrap}pre,dd,code{overflow-wrap:anywhere}
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
.ov .panel{width:min(440px,100%);max-height:min(75vh,640px,calc(100vh - 96px - var(--td-y,0px)));box-shadow:0 8px 28px #0005}
.row,.tl li{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px}
.bar{justify-content:space-between;padding:8px 12px}.bar,.tabs{flex:none}.body{flex:1 1 auto;min-height:0}
.x,.tabs button,.more{background:none;border-color:transparent;color:var(--c-muted)}
.link{background:var(--c-bg);color:var(--c-accent)}
.x{font-size:18px;line-height:1}
.tabs{display:flex;padding:0 8px;border-bottom:1px solid var(--c-border);overflow-x:auto}.tabs button{flex:none}.tabs button{border-width:0 0 2px;border-radius:0}
[aria-selected=true]{color:var(--c-fg)!important;font-weight:600;border-bottom-color:var(--c-accent)!important}
.chip{border-radius:99px;background:var(--c-bg);color:var(--c-fg);border-color:var(--c-border)}.chip[aria-pressed=true]{background:var(--c-accent);color:var(--c-on);border-color:var(--c-accent)}.chip[aria-pressed=true]::before{content:"✓ "}
input{font:inherit;color:var(--c-fg);background:var(--c-bg);border:1px solid var(--c-border);border-radius:6px;padding:4px 8px;flex:1 1 10em;min-width:0}
.body,.card,.rel,.guide,details,.res,pre,.tl{display:grid;gap:8px;grid-template-columns:minmax(0,1fr)}
.body{overflow:hidden auto;padding:10px 12px}
.card{border:1px solid var(--c-border);border-inline-start:4px solid var(--c-sev);border-radius:8px;padding:10px}
.muted,.tl time,.tl .clock,.tl code{color:var(--c-muted);font-size:12px}
.calm{border-inline-start-width:1px}.calm>details{background:none;padding:0}.calm h3{font-size:16px}.hint{font-size:15px}.calm .acts button{font-size:15px;padding:10px 16px;min-height:44px}
.checks{list-style:none;padding:0;display:grid;gap:2px}.checks span{color:var(--c-sev);font-weight:700}
.preview{max-height:220px;overflow:auto;font-size:12px}
label{font-weight:600}
.rel,.guide,details,.res,pre{background:var(--c-surface);border-radius:6px;padding:8px}
.cur{font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px}dt{color:var(--c-muted)}
.tl{list-style:none;padding:0;gap:4px}.tl li{border-inline-start:3px solid var(--c-sev,var(--c-border));padding-inline-start:6px;content-visibility:auto;contain-intrinsic-size:auto 20px}
.txt{flex:1 1 12em;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.txt.open{white-space:pre-wrap;overflow-wrap:anywhere}.more{padding:0 6px}
textarea{width:100%;color:var(--c-fg);background:var(--c-bg)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.slot{display:contents}
@media (max-width:600px),(pointer:coarse){.ov .panel{position:fixed;left:0;right:0;bottom:var(--td-vb,0px);width:auto;max-height:calc(var(--td-vh,100vh) * .88);border-radius:12px 12px 0 0;border-width:1px 0 0;padding:0 env(safe-area-inset-right,0px) env(safe-area-inset-bottom,0px) env(safe-area-inset-left,0px)}}
@media (pointer:coarse){button,summary,input,textarea,.body a{min-height:44px}button{padding:8px 14px}.x,.more{min-width:44px}summary,.body a{display:flex;align-items:center}summary::before{content:"▸";margin-inline-end:6px}[open]>summary::before{content:"▾"}.body a{display:inline-flex}.tl li{contain-intrinsic-size:auto 48px}}`;
