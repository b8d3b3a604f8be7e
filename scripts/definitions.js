// The IKU.* function definitions (src/functions/definitions) for the build, without a compiled
// copy: src/ TypeScript is transpiled on require (types are not checked here; `npm test` does).
// webpack.config.js renders help.html and emits functions.json from them.
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const SRC = path.join(__dirname, "..", "src") + path.sep;

function daftarkanTs() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = (module, filename) => {
    if (!filename.startsWith(SRC)) throw new Error(`scripts/definitions.js: ${filename} is outside src/`);
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(out.outputText, filename);
  };
}

/** { KATALOG, functionsJson(helpBase) } from the definitions. */
function definisi() {
  daftarkanTs();
  const { KATALOG } = require("../src/functions/katalog");
  const { DEFINISI } = require("../src/functions/definitions");
  const { functionsJson } = require("../src/functions/metadata");
  return { KATALOG, functionsJson: (helpBase) => functionsJson(DEFINISI, helpBase) };
}

module.exports = { definisi };
