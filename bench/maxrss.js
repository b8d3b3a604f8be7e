// Preloaded (`node --require bench/maxrss.js ...`) into a command the benchmark measures: says
// the process's peak resident memory on stderr as it exits, and `inner`, a time the command
// itself measured (bench/exceljsLoad.js), if any.
const fs = require("fs");
process.on("exit", () => {
  const line = JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, inner: globalThis.cermatBenchInner });
  fs.writeSync(2, `\ncermat-bench-maxrss ${line}\n`);
});
