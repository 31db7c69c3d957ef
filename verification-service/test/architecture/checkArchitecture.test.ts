import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The architecture check of `npm run lint`, run as CI runs it, on small trees laid out like the repository. */
const CHECKER = resolve(__dirname, '../../../scripts/checkArchitecture.js');

/** Each run starts dependency-cruiser: a few seconds, more on a busy two-core machine. */
const CHECK_TIMEOUT_MS = 120_000;

type Tree = Record<string, string>;

/** A service in wings with every kind of allowed arrow: down the floors, within a wing, through the public entry. */
const CLEAN_TREE: Tree = {
  'tsconfig.base.json': '{ "compilerOptions": { "strict": true } }\n',
  'verification-service/src/kernel/clock.ts': 'export const now = (): Date => new Date();\n',
  'verification-service/src/kernel/AppContext.ts':
    "import type { now } from './clock';\nexport type AppContext = { now: typeof now };\n",
  'verification-service/src/infrastructure/storage/runQuery.ts':
    "export const ping = 'SELECT 1';\nexport const runQuery = (sql: string): string => sql;\n",
  'verification-service/src/domain/links/linksTable.ts':
    "import { runQuery } from '../../infrastructure/storage/runQuery';\n" +
    "export const findLinkRow = (id: string): string => runQuery(`SELECT * FROM links WHERE id = '${id}'`);\n",
  'verification-service/src/domain/links/findLink.ts':
    "import type { AppContext } from '../../kernel/AppContext';\nimport { findLinkRow } from './linksTable';\n" +
    'export const findLink = (_ctx: AppContext, id: string): string => findLinkRow(id);\n',
  'verification-service/src/domain/links/findLink.test.ts':
    "import { findLink } from './findLink';\nexport const probe = [findLink, 'SELECT 1 FROM links'];\n",
  'verification-service/src/domain/verifications/startVerification.ts':
    "import { findLink } from '../links/findLink';\nexport const startVerification = findLink;\n",
  'verification-service/src/surfaces/api/linkHandlers.ts':
    "import { findLink } from '../../domain/links/findLink';\nexport const linkHandlers = { findLink };\n",
  'verification-service/src/composition/createApp.ts':
    "import { linkHandlers } from '../surfaces/api/linkHandlers';\nexport const createApp = () => linkHandlers;\n",
  'verification-service/src/index.ts': "export { createApp } from './composition/createApp';\n",
  'verification-service/src/main.ts': "import { createApp } from './composition/createApp';\ncreateApp();\n",
  'verification-service/console/src/api.ts': "export const apiBase = '/v1';\n",
  'verification-service/console/src/App.tsx': "import { apiBase } from './api';\nexport const App = () => apiBase;\n",
  'bench/startBenchService.ts':
    "import { createApp } from '../verification-service/src/index';\nexport const start = createApp;\n",
  'testkit/src/freePort.ts': 'export const freePort = async (): Promise<number> => 0;\n',
  'zendesk-sidebar-app/test/connector.test.ts':
    "import { freePort } from '../../testkit/src/freePort';\nexport const probe = freePort;\n",
};

/**
 * One breach of each rule, planted together in one tree (one run of the checker instead of one per rule); they are
 * kept apart so that each breaks only its own rule.
 */
const PLANTED: Tree = {
  // A file cycle inside one folder.
  'verification-service/src/kernel/ids.ts': "import { tick } from './tick';\nexport const id = () => String(tick);\n",
  'verification-service/src/kernel/tick.ts': "import { id } from './ids';\nexport const tick = 1;\nexport { id };\n",
  // verifications -> links already holds (startVerification imports findLink); this closes links -> verifications
  // through files that form no file cycle.
  'verification-service/src/domain/verifications/verificationStatus.ts': "export const PASSED = 'passed';\n",
  'verification-service/src/domain/links/describeLink.ts':
    "import { PASSED } from '../verifications/verificationStatus';\nexport const describeLink = () => PASSED;\n",
  // An arrow up, domain -> surfaces, to a folder that does not import domain/links back.
  'verification-service/src/surfaces/health/respond.ts': 'export const respond = (body: string) => ({ body });\n',
  'verification-service/src/domain/links/formatLink.ts':
    "import { respond } from '../../surfaces/health/respond';\nexport const formatLink = () => respond('link');\n",
  'verification-service/console/src/api.ts':
    "import { now } from '../../src/kernel/clock';\nexport const apiBase = '/v1';\nexport const at = now;\n",
  'bench/measureLatency.ts':
    "import { findLink } from '../verification-service/src/domain/links/findLink';\nexport const measure = findLink;\n",
  'zendesk-sidebar-app/src/connector/startConnector.ts':
    "import { freePort } from '../../../testkit/src/freePort';\nexport const start = freePort;\n",
  'verification-service/src/surfaces/api/linkHandlers.ts':
    "import { findLink } from '../../domain/links/findLink';\n" +
    "export const countLinks = (orgId: string) => `SELECT count(*) FROM links WHERE org_id = '${orgId}'`;\n" +
    'export const linkHandlers = { findLink, countLinks };\n',
};

type Violation = { rule: string; file: string; detail: string };
type CheckResult = { exitCode: number; violations: Violation[]; summary: string };

const roots: string[] = [];

/** Writes the tree to a new temporary folder and runs the checker on it. */
async function check(tree: Tree): Promise<CheckResult> {
  const root = mkdtempSync(join(tmpdir(), 'hv-architecture-'));
  roots.push(root);
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const run = await promisify(execFile)(process.execPath, [CHECKER, root]).then(
    ({ stdout }) => ({ exitCode: 0, stdout }),
    (error: { code?: number; stdout?: string; stderr?: string }) => {
      if (error.code !== 1) throw new Error(`the checker crashed: ${error.stderr}`);
      return { exitCode: 1, stdout: error.stdout ?? '' };
    },
  );
  const lines = run.stdout.trimEnd().split('\n');
  const violations = lines.slice(0, -1).map((line) => {
    const [rule = '', file = '', ...detail] = line.split(': ');
    return { rule, file, detail: detail.join(': ') };
  });
  return { exitCode: run.exitCode, violations, summary: lines[lines.length - 1] ?? '' };
}

let clean: CheckResult;
let planted: CheckResult;

beforeAll(async () => {
  [clean, planted] = await Promise.all([check(CLEAN_TREE), check({ ...CLEAN_TREE, ...PLANTED })]);
}, CHECK_TIMEOUT_MS);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const violationsOf = (rule: string) => planted.violations.filter((violation) => violation.rule === rule);

describe('the architecture check (scripts/checkArchitecture.js)', () => {
  it('passes a tree that keeps every rule', () => {
    expect(clean).toEqual({ exitCode: 0, violations: [], summary: 'Architecture: no violations.' });
  });

  it('fails a tree with a breach of each rule, and reports nothing else', () => {
    expect(planted.exitCode).toBe(1);
    expect([...new Set(planted.violations.map((violation) => violation.rule))].sort()).toEqual([
      'console-not-service-src',
      'floor-domain',
      'no-circular',
      'no-folder-cycle',
      'outside-not-service-internals',
      'sql-outside-data-layer',
      'testkit-only-from-tests',
    ]);
  });

  it('reports an import cycle between two files', () => {
    expect(violationsOf('no-circular').map((violation) => violation.detail)).toContainEqual(
      expect.stringMatching(/^verification-service\/src\/kernel\/(ids|tick)\.ts -> /),
    );
  });

  it('reports a cycle between two folders that no single file cycle shows', () => {
    expect(violationsOf('no-folder-cycle')).toEqual([
      {
        rule: 'no-folder-cycle',
        file: 'domain/links, domain/verifications',
        detail:
          'verification-service/src/domain/links/describeLink.ts -> ' +
          'verification-service/src/domain/verifications/verificationStatus.ts; ' +
          'verification-service/src/domain/verifications/startVerification.ts -> ' +
          'verification-service/src/domain/links/findLink.ts',
      },
    ]);
  });

  it('reports an import from a lower floor to a higher one', () => {
    expect(violationsOf('floor-domain')).toEqual([
      {
        rule: 'floor-domain',
        file: 'verification-service/src/domain/links/formatLink.ts',
        detail: 'imports verification-service/src/surfaces/health/respond.ts',
      },
    ]);
  });

  it("reports the console importing the service's src", () => {
    expect(violationsOf('console-not-service-src').map((violation) => violation.file)).toEqual([
      'verification-service/console/src/api.ts',
    ]);
  });

  it("reports bench importing the service's internals instead of its package entry", () => {
    expect(violationsOf('outside-not-service-internals').map((violation) => violation.file)).toEqual([
      'bench/measureLatency.ts',
    ]);
  });

  it("reports an app's production code importing the testkit (its tests may)", () => {
    expect(violationsOf('testkit-only-from-tests').map((violation) => violation.file)).toEqual([
      'zendesk-sidebar-app/src/connector/startConnector.ts',
    ]);
  });

  it('reports SQL in a route handler, not in a table module, the storage plumbing or a test', () => {
    expect(violationsOf('sql-outside-data-layer')).toEqual([
      {
        rule: 'sql-outside-data-layer',
        file: 'verification-service/src/surfaces/api/linkHandlers.ts',
        detail: 'line 2: SELECT count(*) FROM links …',
      },
    ]);
  });
});
