import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
}

/** The files' bytes together, raw and gzip (default level, as the service and CDNs serve them). */
export const sizesOf = (dir: string, files: string[]): Sizes =>
  files.reduce<Sizes>(
    (sum, file) => {
      const body = readFileSync(join(dir, file));
      return { raw: sum.raw + body.length, gzip: sum.gzip + gzipSync(body).length };
    },
    { raw: 0, gzip: 0 },
  );

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
