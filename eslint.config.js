import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Everything outside the core reads it through its one public entry, src/core/index.ts.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '!**/core/index'],
              message: 'Nhập từ src/core (index.ts), không nhập thẳng vào tệp bên trong lõi.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: no I/O, no clock, nothing from the edges.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'pg', '@electric-sql/*', 'fastify*', 'react*'],
              message: 'Lõi (core) không được dùng I/O.',
            },
            {
              group: ['**/server/**', '**/db/**', '**/web/**', '**/cli/**', '**/reports/**', '**/excel/**'],
              message: 'Lõi không phụ thuộc vào các lớp ngoài.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Truyền "today" vào, không đọc đồng hồ trong lõi.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Truyền "today" vào, không đọc đồng hồ trong lõi.',
        },
      ],
    },
  },
);
