// Nest 12 packages are ESM-only; the project compiles to CommonJS and relies on Node 24's
// require(esm), which jest supports when node runs with --experimental-vm-modules.
const paths = {
  '^@assocflow/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@assocflow/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }] },
  moduleNameMapper: paths,
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
  rootDir: __dirname,
  transform: base.transform,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test,bench}/**/*.unit.spec.ts'] },
    { ...base, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int.spec.ts'] },
    { ...base, displayName: 'contract', testMatch: ['<rootDir>/test/contract/**/*.spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/{apps,test}/**/*.e2e.spec.ts'] },
    { ...base, displayName: 'fault', testMatch: ['<rootDir>/test/fault/**/*.spec.ts'] },
  ],
};
