import { html, raw } from '../../kernel/html';
import { layout } from '../pageLayout/layout';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  'x-required-scope'?: string;
}

type Document = { info?: { title?: string; version?: string }; paths?: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A readable page of the OpenAPI document, rendered on the server: no script, no CDN. */
export function renderApiDocsPage(doc: Document): string {
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const schemaOf = (content?: Record<string, { schema?: unknown }>) => {
    const first = content ? Object.values(content)[0] : undefined;
    return first?.schema ? html`<pre>${JSON.stringify(first.schema, null, 2)}</pre>` : '';
  };
  const body = html` <h1>${doc.info?.title ?? 'API'} <span class="muted">${doc.info?.version ?? ''}</span></h1>
    <p>
      Machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Authenticate with
      <code>Authorization: Bearer &lt;API key&gt;</code>. Errors are <code>application/problem+json</code>.
    </p>
    ${[...byTag.entries()].map(
      ([tag, ops]) =>
        html`<section class="card">
          <h2>${tag}</h2>
          ${ops.map(
            ({ method, path, op }) =>
              html`<details>
                <summary><strong>${method.toUpperCase()}</strong> <code>${path}</code> — ${op.summary ?? ''}</summary>
                ${op['x-required-scope'] ? html`<p class="muted">Scope: ${op['x-required-scope']}</p>` : ''}
                ${op.parameters?.length ? html`<p>Parameters: ${op.parameters.map((p) => html`<code>${p.name}</code> (${p.in}${p.required ? ', required' : ''}) `)}</p>` : ''}
                ${
                  op.requestBody
                    ? html`<p>Request body</p>
                        ${schemaOf(op.requestBody.content)}`
                    : ''
                }
                ${Object.entries(op.responses ?? {})
                  .filter(([status]) => status.startsWith('2'))
                  .map(
                    ([status, r]) =>
                      html`<p>Response ${status}</p>
                        ${schemaOf(r.content)}`,
                  )}
              </details>`,
          )}
        </section>`,
    )}`;
  return layout({
    title: 'API reference',
    body: html`${raw('<style>main{max-width:60rem} pre{overflow:auto;font-size:.8rem;background:var(--bg);padding:.5rem;border-radius:6px} details{margin:.4rem 0}</style>')}${body}`,
  });
}
