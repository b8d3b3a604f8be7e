// Renders help.html, the page each function's @helpurl points at, from the function catalogue
// (src/functions/katalog.json), so the help and the functions cannot disagree.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function helpPage(katalog) {
  const items = katalog
    .map(
      (f) => `  <section id="${f.nama.toLowerCase()}">
    <h2><code>${esc(f.sintaks)}</code></h2>
    <p lang="id">${esc(f.id)}</p>
    <p lang="en"><em>${esc(f.en)}</em></p>
    <p>Contoh / example: <code>${esc(f.contoh)}</code>${f.hasil ? ` → <code>${esc(f.hasil)}</code>` : ""}</p>
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
