/** One jest run for every workspace; TypeScript is compiled by swc (type checking is `tsc -b`). */
const swc = [
  '@swc/jest',
  { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
];
const swcTsx = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const project = (name, extra = {}) => ({
  displayName: name,
  rootDir: `<rootDir>/${name}`,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    '^.+\\.tsx$': swcTsx,
    '/node_modules/(cookie|openid-client|oauth4webapi|jose)/.+\\.js$': swc,
  },
  // cookie@2 (under fastify's inject and @fastify/cookie) ships ESM only; compile it to CommonJS for jest.
  // openid-client 6 and its oauth4webapi and jose 6 are ESM only too (the console's OIDC sign-in).
  transformIgnorePatterns: ['/node_modules/(?!(cookie|openid-client|oauth4webapi|jose)/)'],
  moduleNameMapper: {
    '^@helpdesk-verify/core-client$': '<rootDir>/../core-client/src/index.ts',
    '^@helpdesk-verify/core-client/([a-z-]+)$': '<rootDir>/../core-client/src/$1.ts',
    '^@helpdesk-verify/verification-service$': '<rootDir>/../verification-service/src/index.ts',
    '^@helpdesk-verify/verification-service/storage$': '<rootDir>/../verification-service/src/storage.ts',
    '^@helpdesk-verify/testkit/(.+)$': '<rootDir>/../testkit/src/$1',
  },
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/test/**/*.test.ts?(x)'],
  ...extra,
});

/** The test run's PostgreSQL cluster and snapshot directory, for every project whose tests open a database. */
const withTestRun = {
  globalSetup: '<rootDir>/../testkit/src/globalSetup.js',
  globalTeardown: '<rootDir>/../testkit/src/globalTeardown.js',
};

module.exports = {
  projects: [
    project('core-client'),
    project('verification-service', withTestRun),
    // The ticketing apps; their tests that need the real service start it with @helpdesk-verify/testkit.
    project('servicenow-app', withTestRun),
    project('zendesk-sidebar-app', withTestRun),
    project('jira-forge-app', withTestRun),
  ],
  testTimeout: 30000,
};
