import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The console runs only code and styles from our origin and talks only to our origin. */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | null;
  contentType: string;
}

/** Reads the built console (vite output) into memory once: it is small and never changes while running. */
function readBuild(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const contentType = CONTENT_TYPES[extname(name)];
        if (!contentType) continue;
        const body = readFileSync(full);
        const compressible = !contentType.startsWith('image/png') && !contentType.startsWith('font/');
        files.set('/' + relative(dir, full).split(sep).join('/'), {
          body,
          gzipped: compressible ? gzipSync(body) : null,
          contentType,
        });
      }
    }
  };
  walk(dir);
  return files;
}

function send(request: FastifyRequest, reply: FastifyReply, file: StaticFile, cacheControl: string) {
  reply
    .header('content-type', file.contentType)
    .header('cache-control', cacheControl)
    .header('content-security-policy', CONSOLE_CSP)
    .header('referrer-policy', 'same-origin')
    .header('vary', 'accept-encoding');
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (file.gzipped && acceptsGzip) return reply.header('content-encoding', 'gzip').send(file.gzipped);
  return reply.send(file.body);
}

/**
 * Serves the console single-page app under /console/: hashed assets cached for a year, every other
 * path answered with index.html (the app routes in the browser). The console's own API routes
 * (/console/session, /console/auth/…) are registered elsewhere and win over this wildcard.
 */
export function registerConsoleApp(http: FastifyInstance, options: { buildDir: string }): void {
  const files = existsSync(join(options.buildDir, 'index.html')) ? readBuild(options.buildDir) : null;
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!files) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The console is not built. Run `npm run build:console -w verification-service` (npm start and npm test do it).',
        );
    }
    const path = (request.params as { '*'?: string })['*'] ?? '';
    const asset = files.get('/' + path);
    if (asset && path.startsWith('assets/')) return send(request, reply, asset, 'public, max-age=31536000, immutable');
    if (path.startsWith('assets/')) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return send(request, reply, files.get('/index.html')!, 'no-cache');
  };
  // The router ignores trailing slashes, so this route also answers /console/: only the bare path redirects.
  http.get('/console', async (request, reply) =>
    request.url.split('?')[0] === '/console' ? reply.redirect('/console/', 301) : handler(request, reply),
  );
  http.get('/console/*', handler);
}
