// Renders help.html, the page each function's helpUrl points at, from the function catalogue
// (src/functions/katalog.ts, made from the definitions in src/functions/definitions), so the
// help and the functions cannot disagree. Indonesian first, English beside it.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function parameter(f) {
  if (!f.parameter || !f.parameter.length) return "";
  const rows = f.parameter
    .map(
      (p) =>
        `      <li><code>${esc(p.opsional ? `[${p.nama}]` : p.nama)}</code>: ${esc(p.id)} <em lang="en">${esc(p.en)}</em></li>`,
    )
    .join("\n");
  const hasil = f.hasilDoc
    ? `\n      <li>Hasil / result: ${esc(f.hasilDoc.id)} <em lang="en">${esc(f.hasilDoc.en)}</em></li>`
    : "";
  return `\n    <ul>\n${rows}${hasil}\n    </ul>`;
}

function helpPage(katalog) {
  const items = katalog
    .map(
      (f) => `  <section id="${f.nama.toLowerCase()}">
    <h2><code>${esc(f.sintaks)}</code></h2>
    <p lang="id">${esc(f.id)}</p>
    <p lang="en"><em>${esc(f.en)}</em></p>${parameter(f)}
    <p>Contoh: <code>${esc(f.contoh)}</code>${f.hasil ? ` → <code>${esc(f.hasil)}</code>` : ""}${
      f.contohEn
        ? `<br><span lang="en">Example (English Excel): <code>${esc(f.contohEn)}</code>${f.hasilEn ? ` → <code>${esc(f.hasilEn)}</code>` : ""}</span>`
        : ""
    }</p>
  </section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="id">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
  <title>Cermat IKU: fungsi IKU.*</title>
  <style>body{font-family:Segoe UI,system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;line-height:1.45}code{background:#f3f3f3;padding:0 .2em}h2{font-size:1.05rem;margin-top:1.6rem}</style>
</head>
<body>
  <h1>Cermat IKU: fungsi IKU.*</h1>
  <p>Pemisah argumen mengikuti pengaturan Excel Anda (titik koma di Excel berbahasa Indonesia). Sel kosong menghasilkan sel kosong, bukan 0 %.
  <em lang="en">Argument separators follow your Excel settings. A blank input gives a blank result, not 0 %.</em></p>
${items}
</body>
</html>
`;
}

module.exports = { helpPage };
