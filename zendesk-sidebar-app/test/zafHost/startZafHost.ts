import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** One request the app asked Zendesk's proxy to make, as the app sent it (placeholders unexpanded). */
export interface ProxiedRequest {
  url: string;
  type: string;
  secure: boolean;
  headers: Record<string, string>;
  data?: string;
}

/** What the fake Zendesk knows: the installation's settings (secure ones too), ticket data, context. */
export interface ZafHostOptions {
  /** The built app folder (manifest.json, assets/). */
  appDir: string;
  settings: Record<string, string>;
  /** Answers to `client.get(path)`, by path. */
  data: Record<string, unknown>;
  location: 'ticket_sidebar' | 'user_sidebar';
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
};

/**
 * A fake Zendesk for browser tests, on two loopback origins: the app's assets on one (as Zendesk's
 * CDN serves them), the agent page that frames the app and speaks ZAF on the other, with the proxy
 * behind `client.request`. Like Zendesk's, the proxy expands `{{setting.…}}` on the server, and only
 * for `secure: true` requests to a domain of the manifest's `domainWhitelist`; secure settings are
 * left out of the metadata the app receives.
 */
export async function startZafHost(options: ZafHostOptions) {
  const manifest = JSON.parse(readFileSync(join(options.appDir, 'manifest.json'), 'utf8')) as {
    domainWhitelist: string[];
    parameters: { name: string; secure?: boolean }[];
  };
  const secureNames = new Set(manifest.parameters.filter((p) => p.secure).map((p) => p.name));
  const publicSettings = Object.fromEntries(
    Object.entries(options.settings).filter(([name]) => !secureNames.has(name)),
  );
  const proxied: ProxiedRequest[] = [];
  const refused: string[] = [];

  const assets = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(options.appDir, path));
    if (!file.startsWith(join(options.appDir, 'assets')) || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await listen(assets);
  const appOrigin = `http://127.0.0.1:${(assets.address() as AddressInfo).port}`;

  const expand = (text: string, secure: boolean): string =>
    text.replace(/\{\{setting\.([a-z0-9_]+)\}\}/g, (whole, name: string) => {
      if (secureNames.has(name) && !secure)
        throw new Error(`secure setting ${name} used in a request without secure: true`);
      return options.settings[name] ?? whole;
    });

  const proxy = async (req: IncomingMessage, res: ServerResponse) => {
    const request = JSON.parse(await readBody(req)) as ProxiedRequest & { contentType?: string };
    proxied.push({
      url: request.url,
      type: request.type,
      secure: request.secure === true,
      headers: { ...request.headers },
      ...(request.data === undefined ? {} : { data: request.data }),
    });
    const answer = (status: number, responseText: string, headers: Record<string, string> = {}, statusText = '') => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status, responseText, headers, statusText }));
    };
    try {
      const url = new URL(request.url);
      if (request.secure && !manifest.domainWhitelist.includes(url.hostname)) {
        refused.push(`${url.hostname} is not in domainWhitelist`);
        return answer(403, JSON.stringify({ error: 'Domain not whitelisted' }));
      }
      const secure = request.secure === true;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers ?? {})) headers[name] = expand(value, secure);
      if (request.contentType) headers['Content-Type'] = request.contentType;
      let upstream: Response;
      try {
        upstream = await fetch(expand(request.url, secure), {
          method: request.type,
          headers,
          ...(request.data === undefined ? {} : { body: expand(request.data, secure) }),
          redirect: 'manual',
        });
      } catch {
        // The proxy could not reach the service: Zendesk's proxy answers with a gateway error.
        return answer(502, JSON.stringify({ error: 'Bad Gateway' }), {}, 'error');
      }
      const responseHeaders: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      answer(upstream.status, await upstream.text(), responseHeaders);
    } catch (error) {
      refused.push(error instanceof Error ? error.message : String(error));
      answer(400, JSON.stringify({ error: 'Invalid request' }));
    }
  };

  const appGuid = 'b6a0f6d2-4c1e-4a0b-9d6e-0c2f3b7a9e11';
  const hostConfig = {
    appUrl: `${appOrigin}/assets/index.html`,
    appOrigin,
    appGuid,
    context: {
      location: options.location,
      product: 'support',
      instanceGuid: appGuid,
      account: { subdomain: 'acme' },
      ...(options.location === 'ticket_sidebar' ? { ticketId: options.data['ticket.id'] } : {}),
    },
    metadata: {
      appId: 1001,
      installationId: 2002,
      name: 'Helpdesk Verify',
      version: '0.1.0',
      settings: publicSettings,
    },
    data: options.data,
  };
  const script = readFileSync(join(__dirname, 'hostPage.js'), 'utf8');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Zendesk Support (test host)</title></head><body>
<aside id="sidebar" aria-label="Apps"></aside>
<script type="application/json" id="zaf-config">${JSON.stringify(hostConfig).replace(/</g, '\\u003c')}</script>
<script>${script}</script></body></html>`;

  const agent = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/proxy') return void proxy(req, res);
    if (req.method === 'GET' && req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return void res.end(page);
    }
    res.writeHead(404).end();
  });
  await listen(agent);
  return {
    url: `http://127.0.0.1:${(agent.address() as AddressInfo).port}/`,
    appOrigin,
    proxied,
    refused,
    publicSettings,
    close: async () => {
      for (const server of [agent, assets]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

export type ZafHost = Awaited<ReturnType<typeof startZafHost>>;

const listen = (server: ReturnType<typeof createServer>) =>
  new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
