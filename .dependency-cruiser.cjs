/**
 * Import boundaries, checked by `npm run lint` (scripts/checkArchitecture.js runs dependency-cruiser with this file,
 * then adds what dependency-cruiser cannot express: folder-level cycles and SQL placement).
 * Paths are relative to the repository root.
 */
const SERVICE_SRC = '^verification-service/src/';

/** The service's wings, lowest floor first; a module may import only from its own floor or lower ones. */
const FLOORS = ['kernel', 'infrastructure', 'domain', 'surfaces', 'composition'];
/** Entry points above every wing: the files directly in src (main.ts, the package's index.ts and subpath entries). */
const SERVICE_ENTRIES = `${SERVICE_SRC}[^/]+$`;

/**
 * What the service's package exports (`exports`, or `main`), as dependency-cruiser may see an import of it: resolved
 * to the built file (dist/x.js, dist/x.d.ts) or its TypeScript source (src/x.ts), or, before a build, unresolved
 * under its name (@helpdesk-verify/verification-service/x).
 */
const SERVICE_PUBLIC_ENTRIES = (() => {
  const { name, main, exports } = require('./verification-service/package.json');
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** @param {unknown} target @returns {string[]} */
  const files = (target) =>
    typeof target === 'string' ? [target] : Object.values(target ?? {}).flatMap((value) => files(value));
  const resolved = files(exports ?? main).flatMap((target) => {
    const file = target.replace(/^\.\//, '');
    const built = file.match(/^dist\/(.+)\.(js|d\.ts)$/);
    return built ? [`dist/${escape(built[1])}\\.(js|d\\.ts)`, `src/${escape(built[1])}\\.ts`] : [escape(file)];
  });
  const subpaths = Object.keys(exports ?? { '.': main }).map((subpath) => escape(subpath.slice(1)));
  return [`^verification-service/(${[...new Set(resolved)].join('|')})$`, `^${escape(name)}(${subpaths.join('|')})$`];
})();
const APPS_AND_BENCH = '^(bench|servicenow-app|zendesk-sidebar-app|jira-forge-app)/';
const TEST_FILE = '\\.test\\.tsx?$';

const floorRules = FLOORS.map((floor, index) => ({
  name: `floor-${floor}`,
  comment: `${floor} is floor ${index + 1} of ${FLOORS.join(' < ')}: it imports no higher floor and no entry file`,
  severity: 'error',
  from: { path: `${SERVICE_SRC}${floor}/` },
  to: {
    path: [...FLOORS.slice(index + 1).map((higher) => `${SERVICE_SRC}${higher}/`), SERVICE_ENTRIES],
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles between files, anywhere',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...floorRules,
    {
      name: 'console-not-service-src',
      comment:
        'The console is a separate browser app: it talks to the service over HTTP and shares code via core-client',
      severity: 'error',
      from: { path: '^verification-service/console/' },
      to: { path: SERVICE_SRC },
    },
    {
      name: 'outside-not-service-internals',
      comment:
        'Bench and the ticketing apps use the service only through its package entry ' +
        '(@helpdesk-verify/verification-service); shared test helpers live in @helpdesk-verify/testkit',
      severity: 'error',
      from: { path: APPS_AND_BENCH },
      // The package name too: a deep import the package's exports do not resolve is still an attempt.
      to: {
        path: ['^verification-service/', '^@helpdesk-verify/verification-service/'],
        pathNot: SERVICE_PUBLIC_ENTRIES,
      },
    },
    {
      name: 'core-client-stands-alone',
      comment: 'core-client is the contract every other workspace builds on; it imports none of them',
      severity: 'error',
      from: { path: '^core-client/' },
      to: { path: '^(verification-service|servicenow-app|zendesk-sidebar-app|jira-forge-app|bench|testkit)/' },
    },
    {
      name: 'testkit-only-from-tests',
      comment:
        'Production code (src/** outside *.test.ts, bench) never imports the testkit or a test/ folder; ' +
        'the testkit is test code itself',
      severity: 'error',
      from: { path: ['(^|/)src/', '^bench/'], pathNot: ['^testkit/', TEST_FILE] },
      to: { path: ['^testkit/', '^@helpdesk-verify/testkit', '(^|/)test/'] },
    },
  ],
  options: {
    // scripts/checkArchitecture.js passes the source files; built code stays in the graph where a source imports it.
    doNotFollow: { path: '(^|/)(node_modules|dist|dist-[^/]+)/' },
    // Type-only imports count too: a cycle or an arrow up through `import type` is still a dependency.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    moduleSystems: ['cjs', 'es6'],
  },
};
