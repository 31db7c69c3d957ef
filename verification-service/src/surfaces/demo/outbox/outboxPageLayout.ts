import { escapeHtml } from '@helpdesk-verify/core-client/format';

/** Scripts are forbidden outright; inline styles are the page's own and the captured emails'. */
export const OUTBOX_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light dark; --fg: #111827; --muted: #4b5563; --bg: #f3f4f6; --card: #ffffff; --line: #d1d5db; --link: #1d4ed8; }
@media (prefers-color-scheme: dark) { :root { --fg: #f9fafb; --muted: #d1d5db; --bg: #111827; --card: #1f2937; --line: #4b5563; --link: #93c5fd; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem; background: var(--bg); color: var(--fg); font: 1rem/1.5 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 48rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.125rem; margin: .25rem 0 .5rem; overflow-wrap: anywhere; }
a { color: var(--link); overflow-wrap: anywhere; }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.intro, .meta { color: var(--muted); margin: 0 0 1rem; }
.meta { margin: 0; font-size: .9375rem; }
ol.messages { list-style: none; margin: 0; padding: 0; }
ol.messages > li, .card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; }
.badge { display: inline-block; padding: 0 .5rem; border: 1px solid currentColor; border-radius: 1rem; font-size: .8125rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.codes code { font-size: 1.25rem; font-weight: 700; letter-spacing: .15em; }
ul.links { margin: 0 0 .5rem; padding-left: 1.25rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: .75rem; background: var(--bg); border-radius: .375rem; font-size: .875rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
iframe { width: 100%; height: 70vh; border: 1px solid var(--line); border-radius: .375rem; background: #ffffff; }
@media (min-width: 40rem) { body { padding: 2rem; } }
`;

/** The HTML document around an outbox page; `title` is escaped, `body` must already be safe HTML. */
export function outboxPageLayout(page: { title: string; body: string; refreshSeconds?: number }): string {
  const refresh = page.refreshSeconds ? `<meta http-equiv="refresh" content="${page.refreshSeconds}">\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${refresh}<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>
`;
}
