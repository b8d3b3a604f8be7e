/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // LibreOffice round trips run on their own: npm run test:calc (test/calc/jest.config.json); so does
  // the CLI tarball installed from the registry: npm run test:pack (test/project/jest.pack.config.json)
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/calc/", "\\.pack\\.test\\.ts$"],
  // the command line checks each file in a worker thread that loads the TypeScript sources on its
  // first start: on a busy 2-core machine that alone can pass jest's 5 s default
  testTimeout: 60_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
