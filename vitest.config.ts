import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two tiers: fast unit/DOM tests, and end-to-end runs that load the built
// extension in real browsers (serial: two browsers at once starve 2 cores).
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/fuzz/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // Real browsers on a 2-core CI machine: one retry absorbs a scheduling hiccup; a real failure fails twice.
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
