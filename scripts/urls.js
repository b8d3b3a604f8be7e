// The manifest and the functions metadata name https://localhost:3000/ while developing; a
// production build must name the real host everywhere, in every occurrence.
const DEV_URL = "https://localhost:3000/";

/** The production host: CERMAT_URL_PROD or package.json config.url_prod, always ending in "/". */
function productionUrl(env = process.env, pkg = require("../package.json")) {
  const url = env.CERMAT_URL_PROD || (pkg.config && pkg.config.url_prod);
  if (!url) throw new Error("Set CERMAT_URL_PROD or package.json config.url_prod to the production host");
  if (!/^https:\/\//.test(url)) throw new Error(`The production host must be an https:// URL, got ${url}`);
  return url.endsWith("/") ? url : url + "/";
}

/** Replaces every occurrence of the development URL (also without the trailing slash). */
function rewriteUrls(text, to, from = DEV_URL) {
  const bare = from.replace(/\/$/, "");
  const target = to.replace(/\/$/, "");
  return text.split(bare).join(target);
}

module.exports = { DEV_URL, productionUrl, rewriteUrls };
