/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // LibreOffice round trips run on their own: npm run test:calc (test/calc/jest.config.json)
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/calc/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
