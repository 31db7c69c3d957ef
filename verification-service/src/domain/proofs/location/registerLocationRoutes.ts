import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { LOCATION_SCRIPT } from './renderLocationStep';

/** `GET /assets/location.js`: the location step's script, read once at start, from our own origin. */
export function registerLocationRoutes(app: FastifyInstance): void {
  const script = readFileSync(join(__dirname, '../../../../assets/location.js'), 'utf8');
  app.get(LOCATION_SCRIPT, async (_request, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(script),
  );
}
