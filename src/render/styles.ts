// Styles shared by the static report (inlined) and the web pages (/assets/app.css): the page
// basics and the components of event-details.ts, facts.ts, quotes.ts and article-text.ts.
// States are told by symbols and words as well as colour; focus is always visible.

export const BASE_CSS = `
:root{--fg:#1d2430;--muted:#5b6573;--line:#d9dee5;--accent:#2457c5;--bg:#fff;--soft:#f4f6f9;--del:#a33;--ok:#1f6f3a;--bad:#a4261d;--warn:#8a5a00;--mark:#fff3b0;--hl:#ffd84d}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0;overflow-wrap:break-word}
main{max-width:1040px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;line-height:1.25;margin:.2em 0}
h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:1.8em}
h3{font-size:1.05rem;margin:.2em 0}h4{font-size:.95rem;margin:.8em 0 .2em}
.muted,.absent{color:var(--muted)}.absent{font-style:italic}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
table{border-collapse:collapse;width:100%;font-size:.88rem}
td,th{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
caption{caption-side:top;text-align:left;color:var(--muted);font-size:.82rem;padding:4px 0}
details{margin:6px 0}summary{cursor:pointer}
.scroll{overflow-x:auto;max-width:100%}
.chips{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px}
.chips li,.chip{display:inline-block;background:var(--soft);border-radius:10px;padding:0 8px;font-size:.85rem}
.stats{display:flex;gap:12px;flex-wrap:wrap}.stat{background:var(--soft);border-radius:6px;padding:6px 12px}
`;

export const COMPONENT_CSS = `
.entity small{color:var(--muted)}.entity.person{background:#eaf1ff}.entity.place{background:#eaf7ee}.entity.organization{background:#fff4e0}
.article-text p{margin:.5em 0}
.removed{color:var(--del)}.removed del{color:var(--muted)}
.reason{font-size:.75rem;background:#fbe9e9;color:var(--del);border-radius:8px;padding:0 6px;margin-left:6px}
mark.ev{background:transparent;color:inherit;border-bottom:2px dotted #c9a400}
mark.ev:target,mark.ev.hl,mark.ev.active{background:var(--hl);border-bottom:2px solid #8a6d00;outline:2px solid #8a6d00;outline-offset:1px}
a.cite{font-size:.78rem;text-decoration:none;padding:0 2px;margin:0 1px;border:1px solid var(--line);border-radius:4px;white-space:nowrap}
a.cite:hover,a.cite.hl{background:var(--hl);color:var(--fg)}
.cite.missing{color:var(--muted)}
ul.summary{padding-left:1.2em}ul.summary li{margin:.3em 0}.status.single{background:#fff4e0;color:var(--warn)}
table.matrix th[scope=row]{min-width:8em;position:sticky;left:0;background:var(--bg);z-index:1}
.legend{color:var(--muted);font-size:.82rem;margin:4px 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.status{display:inline-block;font-size:.72rem;font-weight:normal;border-radius:8px;padding:0 6px;margin-left:4px;background:var(--soft)}
.status.disputed{background:#fde8e6;color:var(--bad)}.status.agreed{background:#e6f4ea;color:var(--ok)}
.cell .state{font-weight:600;white-space:nowrap}
.state.agrees{color:var(--ok)}.state.disputes{color:var(--bad)}
.cell.silent{color:var(--muted)}.cell.disputes,.cell.mixed{background:#fff6f5}
.cell .value{font-variant-numeric:tabular-nums}.norm{color:var(--muted);white-space:nowrap}
.sides,.variants{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:8px;margin:6px 0}
.side,.variant{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:0;background:#fff}
.side-value{font-size:1.1rem;font-weight:600;margin:.2em 0}
blockquote{margin:.3em 0;padding-left:8px;border-left:3px solid var(--line)}
.variant figcaption{font-size:.82rem;color:var(--muted)}
.lang{font-size:.72rem;text-transform:uppercase;border:1px solid var(--line);border-radius:4px;padding:0 3px}
ul.quotes{list-style:none;padding:0}ul.quotes li.quote{margin:.8em 0}
.quote-head{margin:.2em 0}.variant .change{margin:.2em 0;font-size:.82rem;color:var(--bad)}
td.when{white-space:nowrap}
dl.exclusives dt{font-weight:600;margin-top:.5em}dl.exclusives dd{margin-left:1em}
svg.timeline{width:100%;height:auto;font-size:11px}
svg .grid{stroke:#eef1f5}svg .row{stroke:var(--line)}svg .dot{fill:var(--accent);fill-opacity:.75}
svg .tick,svg .story-label{fill:var(--muted)}svg .dot-label{fill:#fff;font-size:10px;font-weight:600;pointer-events:none}
svg a:focus-visible circle{stroke:#f0a500;stroke-width:3}
`;
