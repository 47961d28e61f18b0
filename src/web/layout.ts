// The page shell every web page shares: skip link, site header (navigation, search, editor sign-in
// state), main landmark, footer. External CSS and JS only (the CSP allows no inline script/style).
import { escapeHtml as h } from '../render/escape.js';
import { CSS_ASSET, JS_ASSET, assetUrl } from './assets.js';

export type PageContext = {
  /** Path and query of the request, for "sign in and come back here". */
  here: string;
  /** Set when a signed-in editor is looking: the CSRF token for their forms. */
  csrf?: string;
  /** Whether editing is possible on this server at all (a write token is configured). */
  writeEnabled: boolean;
};

export type Page = { title: string; body: string; notice?: { kind: 'info' | 'error'; text: string } };

function editorArea(ctx: PageContext): string {
  if (ctx.csrf !== undefined) {
    return `<div class="who"><span>Signed in as editor</span><form method="post" action="/signout"><input type="hidden" name="csrf" value="${h(ctx.csrf)}"><button type="submit">Sign out</button></form></div>`;
  }
  if (!ctx.writeEnabled) return '';
  return `<div class="who"><a href="/signin?next=${encodeURIComponent(ctx.here)}">Editor sign-in</a></div>`;
}

export function renderPage(page: Page, ctx: PageContext): string {
  const notice =
    page.notice === undefined
      ? ''
      : `<p class="notice${page.notice.kind === 'error' ? ' error' : ''}" role="${page.notice.kind === 'error' ? 'alert' : 'status'}">${h(page.notice.text)}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${h(page.title)} · Parallax</title>
<link rel="stylesheet" href="${assetUrl(CSS_ASSET)}">
<script src="${assetUrl(JS_ASSET)}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><nav aria-label="Site">
<a class="brand" href="/">Parallax</a>
<a href="/">Events</a>
<form role="search" method="get" action="/search"><label class="visually-hidden" for="site-q">Search articles</label><input id="site-q" type="search" name="q" placeholder="Search articles"><button type="submit">Search</button></form>
${editorArea(ctx)}
</nav></header>
<main id="main" tabindex="-1">
${notice}
${page.body}
</main>
<footer class="site"><p>Parallax — events grouped from many outlets; every statement links to the words it came from.</p></footer>
</body></html>
`;
}
