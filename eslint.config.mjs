// ESLint across every workspace (`npm run lint`). Each kind of code is linted as what it runs as: TypeScript with
// typescript-eslint, the UIs with the hook rules, Node scripts as Node code, the scripts the service sends to the
// employee's browser as classic browser scripts, and ServiceNow's raw scripts as the ES5 script code the instance runs.
// Rules that need type information (no-floating-promises) are left out: building the TypeScript programs of every
// workspace took the lint from under a minute to several on the two-core CI machine.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser scripts the service serves to the employee (the proofs' steps); they are the only JavaScript in its src. */
const BROWSER_ASSETS = ['verification-service/assets/**/*.js', 'verification-service/src/**/*.js'];
/** Pages the tests serve to Chromium. */
const TEST_BROWSER_PAGES = ['zendesk-sidebar-app/test/zafHost/**/*.js'];
/** ServiceNow client scripts and ATF steps: the instance runs them as they are, as ES5 scripts. */
const SERVICENOW_SCRIPTS = ['servicenow-app/src/fluent/**/*.js'];
/** The ServiceNow stand-in the tests run on Rhino, an ES5 engine. */
const RHINO_SCRIPTS = ['servicenow-app/test/rhino/**/*.js'];
/** Node scripts: build and check scripts, tools' configs, jest's setup and the processes tests start. */
const NODE_SCRIPTS = ['**/*.{js,mjs,cjs}'];
const NOT_NODE = [...BROWSER_ASSETS, ...TEST_BROWSER_PAGES, ...SERVICENOW_SCRIPTS, ...RHINO_SCRIPTS];

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/dist-*/',
      '**/coverage/',
      '**/.now/',
      '**/generated/',
      'servicenow-app/@types/',
      'servicenow-app/metadata/',
      'zendesk-sidebar-app/assets/',
      'bench/results/',
      // Compiled from databases.ts for jest's globalSetup, which runs outside jest's TypeScript transform.
      'verification-service/test/databases.js',
      'verification-service/test/databases.d.ts',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Matching control characters is the point where the service strips them from untrusted text.
      'no-control-regex': 'off',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },

  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // `{} extends T` is the type-level test for "every property of T is optional" that the endpoint types rely on.
    files: ['core-client/src/**/*.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    // Tests load JSON and untyped helpers (adm-zip) at run time.
    files: ['**/test/**/*.ts', '**/*.test.ts'],
    // Tests read response bodies of any shape and reach into them.
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The hook rules, as errors: the console (Preact), the Zendesk sidebar and the Forge UI (React).
    files: ['verification-service/console/src/**/*.{ts,tsx}', '{zendesk-sidebar-app,jira-forge-app}/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },

  {
    files: NODE_SCRIPTS,
    ignores: NOT_NODE,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,cjs}'],
    ignores: NOT_NODE,
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: [...BROWSER_ASSETS, ...TEST_BROWSER_PAGES],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: [...SERVICENOW_SCRIPTS, ...RHINO_SCRIPTS],
    languageOptions: { ecmaVersion: 5, sourceType: 'script' },
    // Their top-level functions are entry points the platform calls (onClick, a dialog's button handlers).
    rules: { 'no-unused-vars': ['error', { vars: 'local', caughtErrorsIgnorePattern: '^_' }] },
  },
  {
    files: ['servicenow-app/src/fluent/**/*.client.js'],
    languageOptions: {
      globals: {
        ...globals.browser,
        addLoadEvent: 'readonly',
        g_ck: 'readonly',
        g_form: 'readonly',
        g_modal: 'readonly',
        gel: 'readonly',
        GlideModal: 'readonly',
      },
    },
  },
  {
    files: ['servicenow-app/src/fluent/**/*.server.js'],
    languageOptions: {
      globals: {
        gs: 'readonly',
        GlideRecord: 'readonly',
        CertificateEncryption: 'readonly',
        // An ATF step's parameters.
        outputs: 'readonly',
        steps: 'readonly',
        params: 'readonly',
        stepResult: 'readonly',
        assertEqual: 'readonly',
      },
    },
  },
  {
    files: RHINO_SCRIPTS,
    languageOptions: {
      globals: { org: 'readonly', java: 'readonly', javax: 'readonly', print: 'readonly', readline: 'readonly' },
    },
  },
);
