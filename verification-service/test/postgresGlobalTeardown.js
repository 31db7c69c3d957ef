const { join } = require('node:path');

module.exports = async function globalTeardown() {
  const pg = globalThis.__HV_PG__;
  if (!pg) return;
  pg.run(join(pg.bin, 'pg_ctl'), ['-D', pg.dataDir, '-m', 'immediate', '-w', 'stop']);
};
