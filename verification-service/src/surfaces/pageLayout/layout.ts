import { html, raw, type SafeHtml } from '../../kernel/html';

/** Pages carry no third-party asset; scripts only from our own origin (the later proofs need some). */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'self'; connect-src 'self'; media-src 'self' blob:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STYLE = raw(`
  :root { color-scheme: light dark; --fg:#1a1d21; --bg:#f6f7f9; --card:#fff; --accent:#1f5eff; --muted:#5b6470; --ok:#13794a; --bad:#b3261e; --warn:#8a5a00; }
  @media (prefers-color-scheme: dark) { :root { --fg:#e8eaed; --bg:#15171a; --card:#202328; --accent:#8ab4ff; --muted:#a3abb5; --ok:#6fd39b; --bad:#ff8a80; --warn:#ffcc66; } }
  * { box-sizing: border-box; }
  body { margin:0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
  main { max-width: 34rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
  .card { background: var(--card); border-radius: 12px; padding: 1.25rem; margin: 1rem 0; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin: .25rem 0 1rem; } h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
  .muted { color: var(--muted); font-size: .95rem; }
  .match { font: 600 1.6rem/1.2 ui-monospace, "SFMono-Regular", Menlo, monospace; letter-spacing: .12em; }
  .warn { border-left: 4px solid var(--warn); padding: .5rem .75rem; background: rgba(255,204,102,.12); }
  .notice { border-left: 4px solid var(--accent); padding: .5rem .75rem; }
  button, .button { display: inline-block; font: inherit; font-weight: 600; border: 0; border-radius: 8px; padding: .8rem 1.2rem; min-height: 48px; width: 100%; background: var(--accent); color: #fff; cursor: pointer; margin-top: .75rem; }
  button.secondary { background: transparent; color: var(--accent); border: 2px solid var(--accent); }
  button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  input { font: 1.4rem ui-monospace, monospace; letter-spacing: .3em; width: 100%; padding: .6rem; border-radius: 8px; border: 2px solid var(--muted); background: var(--bg); color: var(--fg); }
  label { display: block; font-weight: 600; margin-top: .5rem; }
  ol.proofs { padding-left: 1.2rem; } ol.proofs li { margin: .35rem 0; }
  .status-passed { color: var(--ok); font-weight: 600; } .status-failed { color: var(--bad); font-weight: 600; } .status-pending, .status-skipped { color: var(--muted); }
  .result-passed { border-top: 6px solid var(--ok); } .result-failed, .result-expired, .result-cancelled { border-top: 6px solid var(--bad); }
  .stack > * + * { margin-top: .5rem; }
`);

/** The shell of every employee-facing page: mobile first, readable, no external assets. */
export function layout(input: { title: string; body: SafeHtml; orgName?: string }): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${input.title}${input.orgName ? ` · ${input.orgName}` : ''}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <main id="main">
          ${input.body}
          <p class="muted">
            Helpdesk Verify · identity verification for ${input.orgName ?? 'your organisation'}'s help desk
          </p>
        </main>
      </body>
    </html>`.value;
}
