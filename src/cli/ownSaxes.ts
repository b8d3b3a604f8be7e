// saxes, the XML parser our reader uses for the package's small parts, as a module instance of
// its own (issue 11 item 6). exceljs parses every sheet with saxes too; when our namespace-aware
// parses of whole parts ran first in the same instance, V8's type feedback in saxes's hot
// functions no longer fitted exceljs's use and exceljs then read a 200 000-row sheet in 1,7x its
// time (15 against 9 s of CPU, measured side by side; the profile: saxes's getCode10 and write).
// Our instance is never left in the module cache, so exceljs keeps its own whichever loads first.
// Under jest, whose module registry ignores require.cache, both share one instance, as before.
import type * as Saxes from "saxes";

function load(): typeof Saxes {
  const id = require.resolve("saxes");
  const shared = require.cache[id];
  delete require.cache[id];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("saxes") as typeof Saxes;
  } finally {
    if (shared) require.cache[id] = shared;
    else delete require.cache[id];
  }
}

export const { SaxesParser } = load();
