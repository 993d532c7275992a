/**
 * The panel's own rules (its frame, the cards, the timeline, the tabs), loaded with its view and
 * added after the shell's stylesheet (`styles.ts`), whose colours and base they build on.
 */
export const VIEW_CSS = `ol,ul{padding-inline-start:1.3em}
a,summary{color:var(--c-accent);cursor:pointer}
code,pre,textarea{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
pre{white-space:pre-wrap}pre,dd,code{overflow-wrap:anywhere}
.ov .panel{width:min(440px,100%);max-height:min(75vh,640px,calc(100vh - 96px - var(--td-y,0px)));box-shadow:0 8px 28px #0005}
.row,.tl li{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px}
.bar{justify-content:space-between;padding:8px 12px}.bar,.tabs{flex:none}.body{flex:1 1 auto;min-height:0}
.link{background:var(--c-bg);color:var(--c-accent)}
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
@media (max-width:600px),(pointer:coarse){.ov .panel{position:fixed;left:0;right:0;bottom:var(--td-vb,0px);width:auto;max-height:calc(var(--td-vh,100vh) * .88);border-radius:12px 12px 0 0;border-width:1px 0 0;padding:0 env(safe-area-inset-right,0px) env(safe-area-inset-bottom,0px) env(safe-area-inset-left,0px)}}
@media (pointer:coarse){summary,input,textarea,.body a{min-height:44px}.more{min-width:44px}summary,.body a{display:flex;align-items:center}summary::before{content:"▸";margin-inline-end:6px}[open]>summary::before{content:"▾"}.body a{display:inline-flex}.tl li{contain-intrinsic-size:auto 48px}}`;
