import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // core/ is the host-free engine: no Office.js, React, DOM host code or Node built-ins.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "office-*", "fs", "path", "os", "child_process", "node:*", "exceljs", "../../excel/*", "../../taskpane/*", "../../cli/*"] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window", "process", "require"],
    },
  },
  {
    files: ["test/fakes/**/*.js", "test/taskpane/**/*.js"],
    languageOptions: { sourceType: "script", globals: { module: "readonly", self: "readonly", setTimeout: "readonly", console: "readonly" } },
  },
  {
    files: ["scripts/**/*.js", "*.config.js", "bin/**/*.js", "bench/**/*.js", "test/e2e/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly",
        Buffer: "readonly", URL: "readonly", performance: "readonly", setTimeout: "readonly",
        window: "readonly", // inside page.evaluate callbacks
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
