// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries (web → domain ← server). ESLint's own `no-restricted-imports` checks
 * `import`, `import type` and `export … from` statements; relative paths are matched as
 * written, so the patterns below cover both `../server/x.js` and `src/server/x.js` forms.
 */

/** A relative path (`./`, `../`, any depth) or a `src/`-rooted path that enters `<dir>`. */
const into = (/** @type {string} */ dir) => `^(?:(?:\\.{1,2}/)+(?:.*/)?|(?:.*/)?src/)${dir}(?:/.*)?$`;

const serverBoundary = (/** @type {string} */ from) => ({
  regex: into('server'),
  message: `${from} must not import src/server: shared contracts and rules belong in src/domain.`,
});

const webBoundary = {
  regex: into('web'),
  message: 'src/domain must not import the web app.',
};

// Node built-ins and packages that do I/O or belong to a framework: not in the pure domain.
const domainForbiddenModules = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'child_process',
  'dgram',
  'tls',
  'worker_threads',
  'cluster',
].flatMap((m) => [m, `node:${m}`]);

const domainForbiddenPackages = [
  'pg',
  'fastify',
  'react',
  'react-dom',
  'drizzle-orm',
  'pg-boss',
  'nodemailer',
  'tsx',
];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'build/**',
      'data/**',
      '**/node_modules/**',
      'src/server/db/migrations/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'bench/tmp/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [serverBoundary('src/web')] }],
    },
  },
  {
    files: ['src/domain/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...domainForbiddenModules, ...domainForbiddenPackages].map((name) => ({
            name,
            message: 'src/domain is pure (no I/O, no framework): pass data in from the server or web tier.',
          })),
          patterns: [
            serverBoundary('src/domain'),
            webBoundary,
            {
              group: ['@electric-sql/*', '@fastify/*', 'react/*', 'react-dom/*', 'drizzle-orm/*', 'pg/*'],
              message: 'src/domain is pure (no I/O, no framework): pass data in from the server or web tier.',
            },
          ],
        },
      ],
    },
  },
);
