// Editor sign-in: a form that posts the write token (kept in an HttpOnly cookie), and the page
// shown when editing is not enabled on this server.
import { escapeHtml as h } from '../../render/escape.js';
import type { Page } from '../layout.js';

export function signInPage(next: string, writeEnabled: boolean, error?: string): Page {
  if (!writeEnabled) {
    return { title: 'Editor sign-in', body: '<h1>Editor sign-in</h1><p>Editing is not enabled on this server: it was started without a write token.</p>' };
  }
  const body = `<h1>Editor sign-in</h1>
<p>Editors correct the grouping (move an article to another event, split it out, merge events). Sign in with the server's write token.</p>
${error === undefined ? '' : `<p class="notice error" role="alert" id="signin-error">${h(error)}</p>`}
<form class="signin" method="post" action="/signin">
<input type="hidden" name="next" value="${h(next)}">
<label for="token">Write token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${error === undefined ? '' : ' aria-describedby="signin-error" aria-invalid="true"'}>
<p><button type="submit">Sign in</button></p>
</form>
<p class="muted">The token is kept in a cookie that page scripts cannot read, for 12 hours or until you sign out.</p>`;
  return { title: 'Editor sign-in', body };
}

export function messagePage(title: string, text: string, links: readonly [string, string][] = [['/', 'Back to the events']]): Page {
  return { title, body: `<h1>${h(title)}</h1><p>${h(text)}</p><p>${links.map(([href, label]) => `<a href="${h(href)}">${h(label)}</a>`).join(' · ')}</p>` };
}
