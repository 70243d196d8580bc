/**
 * Jest in ESM mode, the way GitHub's typescript-action template runs it:
 * ts-jest transpiles each file in isolation (type checking is `npm run typecheck`),
 * and `.js` import specifiers are mapped back to their `.ts` sources.
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }]
  },
  testTimeout: 60000,
  verbose: false
}
