// The web UI's two static files, served from /assets with a content hash in the URL: one CSS file
// (the report's shared component styles plus the page layout) and one small script that makes
// citations show their evidence (highlight on hover/focus, open and scroll to it on click). Pages
// work without the script: citations are plain links to #evidence ids, highlighted by :target.
import { createHash } from 'node:crypto';
import { BASE_CSS, COMPONENT_CSS } from '../render/styles.js';

const PAGE_CSS = `
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:8px;z-index:10}.skip:focus{left:8px}
header.site{background:#1d2430;color:#fff}
header.site nav{max-width:1040px;margin:0 auto;padding:8px 16px;display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px}
header.site a{color:#fff}header.site .brand{font-weight:700;font-size:1.1rem;text-decoration:none}
header.site form{display:flex;gap:4px;flex:1 1 220px;max-width:420px}
header.site input[type=search]{flex:1;min-width:0}
header.site .who{margin-left:auto;display:flex;gap:8px;align-items:center}
header.site .who form{flex:none}
footer.site{max-width:1040px;margin:24px auto;padding:8px 16px;color:var(--muted);font-size:.82rem;border-top:1px solid var(--line)}
input,select,button{font:inherit;padding:4px 8px;border:1px solid #8a94a3;border-radius:4px;background:#fff;color:var(--fg)}
button{background:var(--accent);border-color:var(--accent);color:#fff;cursor:pointer}
button.secondary{background:#fff;color:var(--accent)}
header.site button{background:#3d5a99;border-color:#8fa6d8}
.notice{border-left:4px solid var(--accent);background:var(--soft);padding:8px 12px;margin:12px 0}
.notice.error{border-color:var(--bad);background:#fff6f5}
.filter-box{margin:8px 0}.filter-box>summary{font-weight:600;padding:4px 0}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px 12px;align-items:end;background:var(--soft);padding:10px;border-radius:8px}
.filters label{display:flex;flex-direction:column;font-size:.85rem;gap:2px}
.filters .actions{display:flex;gap:8px;align-items:center}
ol.events,ol.hits{list-style:none;padding:0;margin:0}
ol.events>li,ol.hits>li{border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin:10px 0}
ol.events h2,ol.hits h2{font-size:1.05rem;border:0;margin:0;padding:0}
.meta{color:var(--muted);font-size:.88rem;margin:.2em 0}
.pager{display:flex;justify-content:space-between;align-items:center;gap:8px;margin:12px 0;flex-wrap:wrap}
.hits mark{background:var(--mark)}
.breadcrumb ol{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:4px;font-size:.88rem}
.breadcrumb li+li::before{content:"›";margin-right:4px;color:var(--muted)}
section.part{margin-top:1.5em}
.sources details{border:1px solid var(--line);border-radius:8px;padding:6px 10px;margin:8px 0}
.sources summary{font-weight:600}
.chart{overflow-x:auto}.chart svg.timeline{min-width:520px;max-width:960px}
form.correct{display:flex;flex-wrap:wrap;gap:4px;align-items:center}
form.correct select{max-width:14em}
.toggle{display:flex;gap:6px;align-items:center;background:var(--soft);padding:6px 10px;border-radius:6px;width:fit-content}
main:has(#show-removed:not(:checked)) .article-text .removed{display:none}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dl.facts dt{font-weight:600}dl.facts dd{margin:0;min-width:0;overflow-wrap:anywhere}
.signin{max-width:420px}.signin label{display:block;margin:8px 0 4px}.signin input{width:100%}
@media (max-width:600px){main{padding:10px}td,th{padding:3px 4px}h1{font-size:1.3rem}header.site nav{padding:8px 10px}}
`;

/** Highlight on hover/focus, activate (open, scroll, focus) on click and on arrival with a #evidence hash. */
const APP_JS = `'use strict';
(function () {
  function marks(id) { return document.querySelectorAll('mark[data-ev="' + CSS.escape(id) + '"]'); }
  function each(list, fn) { for (var i = 0; i < list.length; i++) fn(list[i]); }
  function citeOf(t) { return t && t.closest ? t.closest('a.cite[data-ev]') : null; }
  function hover(e, on) {
    var a = citeOf(e.target); if (!a) return;
    each(marks(a.getAttribute('data-ev')), function (m) { m.classList.toggle('hl', on); });
  }
  function activate(id, focus) {
    var list = marks(id); if (list.length === 0) return false;
    each(document.querySelectorAll('mark.active'), function (m) { m.classList.remove('active'); });
    each(list, function (m) { m.classList.add('active'); });
    var first = document.getElementById(id) || list[0];
    for (var d = first.closest('details'); d; d = d.parentElement ? d.parentElement.closest('details') : null) d.open = true;
    first.scrollIntoView({ block: 'center' });
    if (focus) first.focus({ preventScroll: true });
    return true;
  }
  document.addEventListener('mouseover', function (e) { hover(e, true); });
  document.addEventListener('mouseout', function (e) { hover(e, false); });
  document.addEventListener('focusin', function (e) { hover(e, true); });
  document.addEventListener('focusout', function (e) { hover(e, false); });
  document.addEventListener('click', function (e) {
    var a = citeOf(e.target); if (!a) return;
    var id = a.getAttribute('data-ev');
    if (activate(id, true)) { e.preventDefault(); history.pushState(null, '', '#' + id); }
  });
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf('evidence-') === 0) activate(id, false);
  }
  window.addEventListener('popstate', fromHash);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fromHash); else fromHash();
})();
`;

export type Asset = { path: string; type: string; body: string; hash: string };

function asset(name: string, type: string, body: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}`, type, body, hash };
}

export const CSS_ASSET = asset('app.css', 'text/css; charset=utf-8', BASE_CSS + COMPONENT_CSS + PAGE_CSS);
export const JS_ASSET = asset('app.js', 'text/javascript; charset=utf-8', APP_JS);

/** The URL a page links to: the path with the content hash, so the file can be cached for long. */
export const assetUrl = (a: Asset): string => `${a.path}?v=${a.hash}`;
