#!/usr/bin/env node
// The `cermat` command. Runs the compiled CLI in lib/ (`npm run build` or `npm run build:lib`).
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "lib", "cli", "main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("cermat: jalankan dulu `npm run build` (lib/ belum dibangun). Run `npm run build` first.\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`cermat: kesalahan tak terduga / unexpected error: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
