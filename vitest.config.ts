import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/core/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/server/config.test.ts',
            'src/web/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/modules/**/*.test.ts', 'src/server/**/*.test.ts', 'src/seed/**/*.test.ts'],
          exclude: ['src/server/config.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
