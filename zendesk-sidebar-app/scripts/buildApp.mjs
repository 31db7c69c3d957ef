// Builds the Zendesk app offline: the sidebar bundle (Vite), the app folder (manifest.json,
// assets/, translations/en.json, requirements.json), the installable zip made by zcli's own
// createAppPkg (the zip `zcli apps:package` makes, without the upload to Zendesk that validates it),
// and the stand-alone connector bundle. Usage:
//   HV_SERVICE_DOMAIN=verify.acme.com HV_CONNECTOR_URL=https://connector.acme.com HV_GATE_TAG=mfa_reset \
//     node scripts/buildApp.mjs [--out dir]
//   node scripts/buildApp.mjs --check     (CI: placeholder values, output named CHECK-ONLY, never installable)
// Options override the variables: --service-domain, --connector-url, --gate-tag.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { build } from 'vite';
import { coreClientSourceAliases } from '../../core-client/scripts/sourceAliases.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const fail = (message) => {
  console.error(`zendesk-sidebar-app: ${message}`);
  process.exit(1);
};
// Check mode: a build for CI on the reserved .invalid names (RFC 2606), in its own folder, with a
// package name and manifest that say it cannot be installed.
const check = args.includes('--check');
const out = resolve(option('--out') ?? join(here, check ? 'dist-check' : 'dist'));
const setting = (flag, variable, checkValue) =>
  option(flag) ?? (process.env[variable]?.trim() || (check ? checkValue : undefined));
const serviceDomain = setting('--service-domain', 'HV_SERVICE_DOMAIN', 'verify.invalid');
const connectorUrl = setting('--connector-url', 'HV_CONNECTOR_URL', 'https://connector.invalid')?.replace(/\/+$/, '');
const gateTag = setting('--gate-tag', 'HV_GATE_TAG', 'mfa_reset')?.toLowerCase();
if (!serviceDomain) {
  fail(
    "HV_SERVICE_DOMAIN is not set. Set it to the host of your Helpdesk Verify service (e.g. HV_SERVICE_DOMAIN=verify.acme.com): it becomes the only entry of the app's domainWhitelist, the one domain Zendesk sends the secure API key to. Packages are never built for a placeholder domain; `npm run check` builds a CHECK-ONLY output instead.",
  );
}
if (!/^[a-z0-9.-]+(:\d+)?$/i.test(serviceDomain))
  fail(`HV_SERVICE_DOMAIN must be a host name, got ${JSON.stringify(serviceDomain)}`);
if (
  !check &&
  /(^|\.)(example|invalid|test|localhost)$|^example\.(com|net|org)$|\.example\.(com|net|org)$/i.test(
    serviceDomain.replace(/:\d+$/, ''),
  )
) {
  fail(`HV_SERVICE_DOMAIN is a placeholder (${serviceDomain}); set your service's real host.`);
}
if (gateTag !== undefined && !/^[^\s,]+$/.test(gateTag))
  fail(`HV_GATE_TAG must be one tag, got ${JSON.stringify(gateTag)}`);
if (gateTag !== undefined && !connectorUrl)
  fail(
    'HV_GATE_TAG needs HV_CONNECTOR_URL: the origin of your Zendesk connector, which the solve guard webhook calls (e.g. https://connector.acme.com).',
  );
if (connectorUrl !== undefined && !/^https?:\/\/[^/?#\s]+$/.test(connectorUrl))
  fail(`HV_CONNECTOR_URL must be an http(s) origin, got ${JSON.stringify(connectorUrl)}`);

const appDir = join(out, 'app');
rmSync(out, { recursive: true, force: true });
mkdirSync(appDir, { recursive: true });

// 1. The sidebar bundle.
await build({
  configFile: join(here, 'vite.config.mjs'),
  build: { outDir: join(appDir, 'assets'), emptyOutDir: true },
});

// 2. The app folder.
const manifest = JSON.parse(readFileSync(join(here, 'app/manifest.json'), 'utf8'));
manifest.domainWhitelist = [serviceDomain];
manifest.version = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).version;
if (check) manifest.name = `${manifest.name} (CHECK-ONLY build, not installable)`;
if (gateTag !== undefined) manifest.parameters.find((p) => p.name === 'solve_gate_tag').default = gateTag;
writeFileSync(join(appDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
cpSync(join(here, 'app/translations'), join(appDir, 'translations'), { recursive: true });
// The solve guard's webhook and trigger need the connector's URL and the gate tag; without a gate
// tag the package creates neither (and the sidebar gate stays off unless an admin sets the tag).
const requirements = JSON.parse(readFileSync(join(here, 'app/requirements.json'), 'utf8'));
if (gateTag === undefined) {
  delete requirements.webhooks;
  delete requirements.triggers;
}
const rendered = JSON.stringify(requirements, null, 2)
  .replaceAll('{{HV_CONNECTOR_URL}}', connectorUrl ?? '')
  .replaceAll('{{HV_GATE_TAG}}', gateTag ?? '');
writeFileSync(join(appDir, 'requirements.json'), `${rendered}\n`);
writeFileSync(join(appDir, 'assets/logo.png'), logoPng(320));
writeFileSync(join(appDir, 'assets/logo-small.png'), logoPng(128));

// 3. The installable zip, made by zcli's own packager.
const { createAppPkg } = require('@zendesk/zcli-apps/dist/lib/package');
const made = await createAppPkg(appDir, '../package-tmp');
const zip = join(out, `helpdesk-verify-zendesk-${manifest.version}${check ? '-CHECK-ONLY-NOT-INSTALLABLE' : ''}.zip`);
renameSync(made, zip);
rmSync(join(out, 'package-tmp'), { recursive: true, force: true });

// 4. The stand-alone connector: one CommonJS file with its dependencies.
await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: coreClientSourceAliases },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(here, 'src/connector/main.ts'),
    outDir: join(out, 'connector'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'main.cjs' } },
  },
});

console.log(
  `zendesk-sidebar-app: ${check ? 'CHECK-ONLY build (not installable) ' : ''}app in ${appDir}, package ${zip}, connector ${join(out, 'connector/main.cjs')}`,
);

/** A square PNG logo (a white check mark on Garden blue), drawn here so no binary is committed. */
function logoPng(size) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const u = x / size;
      const v = y / size;
      const onCheck =
        distanceToSegment(u, v, 0.25, 0.52, 0.43, 0.7) < 0.06 || distanceToSegment(u, v, 0.43, 0.7, 0.76, 0.32) < 0.06;
      const [r, g, b] = onCheck ? [255, 255, 255] : [31, 115, 183];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
