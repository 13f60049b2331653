import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that touch no database, browser, LibreOffice, network or child process: the fast tier
 * (`npm run test:unit`, a few seconds). Everything else is the `full` project; `vitest run`
 * (`npm test`) runs both.
 */
const UNIT = [
  'src/core/**/*.test.ts',
  'src/schema/**/*.test.ts',
  'src/web/**/*.test.{ts,tsx}',
  'src/reports/draft-check/**/*.test.ts',
  'src/reports/content-disposition.test.ts',
  'src/reports/layout-spec.test.ts',
  'src/reports/report-model.test.ts',
  'src/excel/import-parse.test.ts',
  'src/excel/text-safety.test.ts',
  'src/cli/present-evaluation.test.ts',
  'test/summary-reporter.test.ts',
  'test/seed-figures.test.ts',
];
const ALL = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, pool: 'threads' } },
      { extends: true, test: { name: 'full', include: ALL, exclude: [...configDefaults.exclude, ...UNIT] } },
    ],
  },
});
