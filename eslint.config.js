// ESLint: typescript-eslint's recommended rules, React's hook rules, and DESIGN §2's layers as
// import restrictions (the same boundaries ../shared/tools/check-layers reads): shared/ is pure,
// renderer/ never reaches Node, SQLite or electron/, electron/ never imports renderer/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
  'events',
  'buffer',
  'process',
];

/**
 * `no-restricted-imports` for one layer: packages it may not use (by name, and `node:` for
 * every built-in), and the project's folders it may not reach (any relative path into them).
 */
function layer(packages, folders, why, node = true) {
  const patterns = [{ regex: `^(\\.\\.?/)+(\\.\\./)*(${folders.join('|')})(/|$)`, message: why }];
  if (node) patterns.push({ regex: '^node:', message: why });
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message: why })),
        patterns: [...patterns, ...packages.map((name) => ({ regex: `^${name.replace('.', '\\.')}/`, message: why }))],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'out/**', 'release/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The code base types its boundaries with zod and explicit casts where a library is loose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Text checks match control characters on purpose (file names, formula neutralising).
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.cjs'], languageOptions: { globals: globals.node } },
  { files: ['**/*.d.ts'], rules: { '@typescript-eslint/triple-slash-reference': 'off' } },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: layer(
      [
        ...nodeModules,
        'electron',
        'better-sqlite3',
        'kysely',
        'react',
        'react-dom',
        'ag-grid-community',
        'ag-grid-react',
        'chart.js',
        'exceljs',
        'playwright-core',
      ],
      ['electron', 'renderer', 'migrations'],
      'shared/ is pure TypeScript (DESIGN §2): no Node, no DOM or UI library, no electron/ or renderer/ code.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The build config runs in Node; it is not renderer code.
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...layer(
        [...nodeModules, 'electron', 'better-sqlite3', 'kysely', 'exceljs', 'playwright-core'],
        ['electron', 'migrations'],
        'renderer/ never reaches Node, SQLite or electron/ (DESIGN §2): it talks to the API client only.',
      ),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    rules: layer(
      ['react', 'react-dom', 'ag-grid-community', 'ag-grid-react'],
      ['renderer'],
      'electron/ never imports renderer/ code (DESIGN §2); the report page is printed, not imported.',
      false,
    ),
  },
);
