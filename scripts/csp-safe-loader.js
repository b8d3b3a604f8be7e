// Webpack loader for the browser builds of exceljs and jszip (the pane's lazily loaded .xlsx
// reader, src/taskpane/berkas). Their bundled polyfills carry fallbacks that build code from a
// string: `Function("return this")()` when neither globalThis nor self exists, a setImmediate
// polyfill's `new Function(""+e)` for a string argument, regenerator's `Function("r", ...)` when
// there is no globalThis. None is reached in a browser that runs the pane, but the pane's CSP
// forbids them and test/project/build.test.ts rejects any bundle that holds them, so each is
// replaced by its CSP-safe equivalent. Every pattern must be found: a new exceljs or jszip that
// writes them otherwise fails the build here instead of slipping through.
const REPLACEMENTS = [
  [/Function\("return this"\)\(\)/g, "globalThis"],
  [/new Function\(""\+(\w)\)/g, '(function(){throw new TypeError("setImmediate: not a function")})'],
  [/Function\("r","regeneratorRuntime = r"\)\((\w)\)/g, "(globalThis.regeneratorRuntime=$1)"],
];

module.exports = function cspSafe(source) {
  let out = source;
  let n = 0;
  for (const [re, to] of REPLACEMENTS)
    out = out.replace(re, (...m) => {
      n++;
      return to.replace("$1", m[1]);
    });
  if (n === 0) this.emitError(new Error(`csp-safe-loader: nothing to replace in ${this.resourcePath}`));
  if (/new Function\b|[^\w.$]Function\(|(^|[^\w.$])eval\(/.test(out))
    this.emitError(new Error(`csp-safe-loader: code from a string left in ${this.resourcePath}`));
  return out;
};
