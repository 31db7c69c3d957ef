/** One jest run for every workspace; TypeScript is compiled by swc (type checking is `tsc -b`). */
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

const project = (name, extra = {}) => ({
  displayName: name,
  rootDir: `<rootDir>/${name}`,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '/node_modules/cookie/.+\\.js$': swc },
  // cookie@2 (under fastify's inject and @fastify/cookie) ships ESM only; compile it to CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!cookie/)'],
  moduleNameMapper: {
    '^@helpdesk-verify/core-client$': '<rootDir>/../core-client/src/index.ts',
    '^@helpdesk-verify/core-client/node$': '<rootDir>/../core-client/src/node.ts',
  },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  ...extra,
});

module.exports = {
  projects: [
    project('core-client'),
    project('verification-service', {
      globalSetup: '<rootDir>/test/postgresGlobalSetup.js',
      globalTeardown: '<rootDir>/test/postgresGlobalTeardown.js',
    }),
  ],
  testTimeout: 30000,
};
