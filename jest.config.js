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
  },
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/test/**/*.test.ts?(x)'],
  ...extra,
});

module.exports = {
  projects: [
    project('core-client'),
    project('verification-service', {
      globalSetup: '<rootDir>/test/postgresGlobalSetup.js',
      globalTeardown: '<rootDir>/test/postgresGlobalTeardown.js',
    }),
    // The ticketing apps; their tests that need the real service start it from verification-service.
    project('servicenow-app', {
      globalSetup: '<rootDir>/../verification-service/test/postgresGlobalSetup.js',
      globalTeardown: '<rootDir>/../verification-service/test/postgresGlobalTeardown.js',
    }),
    project('zendesk-sidebar-app', {
      globalSetup: '<rootDir>/../verification-service/test/postgresGlobalSetup.js',
      globalTeardown: '<rootDir>/../verification-service/test/postgresGlobalTeardown.js',
    }),
    project('jira-forge-app', {
      globalSetup: '<rootDir>/../verification-service/test/postgresGlobalSetup.js',
      globalTeardown: '<rootDir>/../verification-service/test/postgresGlobalTeardown.js',
    }),
  ],
  testTimeout: 30000,
};
