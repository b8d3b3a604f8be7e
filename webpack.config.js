/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane and the custom functions for one shared runtime, after the Office
// add-in templates: dist/taskpane.html loads both bundles; functions.json and help.html come
// from the function definitions (src/functions/definitions, read by scripts/definitions.js);
// production rewrites every localhost URL.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, NormalModuleReplacementPlugin, sources } = require("webpack");
const { DEV_URL, productionUrl, rewriteUrls } = require("./scripts/urls");
const { helpPage } = require("./scripts/help-page");
const { definisi } = require("./scripts/definitions");

/** Emits functions.json from the definitions (before ProductionUrlPlugin rewrites its URLs). */
class FunctionsJsonPlugin {
  constructor(json) {
    this.json = json;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJsonPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset("functions.json", new sources.RawSource(JSON.stringify(this.json, null, 2))),
      );
    });
  }
}

/** Rewrites the development URL in the emitted manifest and functions metadata. */
class ProductionUrlPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (text.includes(DEV_URL.replace(/\/$/, ""))) {
              compilation.updateAsset(name, new sources.RawSource(rewriteUrls(text, this.url)));
            }
          }
        },
      );
    });
  }
}

async function httpsOptions() {
  // Only the dev server needs certificates; office-addin-dev-certs installs trusted ones.
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const { KATALOG, functionsJson } = definisi();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // lazily loaded parts (the .xlsx reader for "Bandingkan dengan berkas...") by their own names
      chunkFilename: "[name].js",
      // chunks load beside the page: "auto" would add webpack's global-object shim (new Function)
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // the pane's lazy .xlsx reader imports prepareSheet from src/cli/xlsxPackage.ts, a module
      // whose other functions use Node's zlib; prepareSheet itself needs none (src/taskpane/berkas)
      fallback: { zlib: false },
    },
    module: {
      rules: [
        {
          // exceljs and jszip in the browser (the pane's lazy .xlsx reader): CSP-safe, see the loader
          test: /node_modules[\\/](exceljs|jszip)[\\/]dist[\\/].*\.js$/,
          use: path.resolve(__dirname, "scripts/csp-safe-loader.js"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules for webpack, so unused parts of Fluent UI and mathjs are shaken out
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.json", transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    performance: { hints: false },
    // no global-object shim: webpack's uses `new Function`, which the pane's CSP forbids
    node: { global: false },
    plugins: [
      // mathjs for formula text: static ES imports in the pane (shaken), a lazy require in Node
      new NormalModuleReplacementPlugin(/^\.\/pabrikMathjs$/, "./pabrikMathjs.browser"),
      new FunctionsJsonPlugin(functionsJson(DEV_URL)),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        templateContent: () => helpPage(KATALOG),
        inject: false,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      ...(dev ? [] : [new ProductionUrlPlugin(productionUrl())]),
    ],
    devServer: serving
      ? {
          static: { directory: path.join(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
