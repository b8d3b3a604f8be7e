// Deterministic renstra-like workbooks for the benchmarks: multi-row headers with merged groups,
// program / kegiatan / sub kegiatan codes, K and Rp columns per year, a few planted errors.
// No binaries in git: everything is made from a seed.
function rng(seed) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const YEARS = [2022, 2023, 2024, 2025, 2026];

/** Rows of one table: header band (2 rows + number row) then coded body rows. */
function tableRows(nRows, seed) {
  const r = rng(seed);
  const head1 = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Data Awal"];
  const head2 = [null, null, null, null, null];
  for (const y of YEARS) {
    head1.push(`Target Kinerja dan Kerangka Pendanaan Tahun ${y}`, null);
    head2.push("K", "Rp");
  }
  head1.push("Kondisi Kinerja pada akhir periode Renstra", null, "Lokasi");
  head2.push("K", "Rp", null);
  const numbers = head1.map((_, i) => i + 1);
  const rows = [head1, head2, numbers];
  // Targets rise steadily from a base, as a Renstra's do; kondisi akhir K is the last target,
  // Rp the sum of the years; a parent's Rp is the sum of its children's.
  const kinerja = () => {
    const base = 10 + Math.round(r() * 80);
    const step = Math.round(r() * 3);
    return YEARS.map((_, i) => base + i * step);
  };
  const row = (code, name, indikator, satuan, rp) => {
    const k = kinerja();
    const out = [code, name, `${indikator} ${name} (tabel ${seed})`, satuan, k[0]];
    YEARS.forEach((_, i) => out.push(k[i], rp[i]));
    out.push(
      k[k.length - 1],
      rp.reduce((a, b) => a + b, 0),
      "Kota",
    );
    return out;
  };
  const leaf = (code, name) =>
    row(
      code,
      name,
      "Jumlah layanan",
      "unit",
      YEARS.map(() => Math.round(r() * 1e8)),
    );
  const sumOf = (code, name, children) =>
    row(
      code,
      name,
      "Persentase capaian",
      "%",
      YEARS.map((_, i) => children.reduce((s, c) => s + c[6 + 2 * i], 0)),
    );
  // unique codes per table: the urusan and bidang carry the table's number
  const bidang = `${1 + (seed % 9)}.${String(1 + (Math.floor(seed / 9) % 99)).padStart(2, "0")}`;
  for (let p = 1; rows.length < nRows + 3; p++) {
    const pc = `${bidang}.${String(p).padStart(2, "0")}`;
    const kegiatan = [];
    const block = [];
    for (let k = 1; k <= 3; k++) {
      const kc = `${pc}.2.${String(k).padStart(2, "0")}`;
      const subs = [1, 2, 3].map((n) =>
        leaf(`${kc}.${String(n).padStart(4, "0")}`, `Sub Kegiatan ${p}.${k}.${n}`),
      );
      const keg = sumOf(kc, `Kegiatan ${p}.${k}`, subs);
      kegiatan.push(keg);
      block.push(keg, ...subs);
    }
    rows.push(sumOf(pc, `Program ${p}`, kegiatan), ...block);
  }
  rows.length = nRows + 3;
  // a few planted mistakes: an Rp typed wrong, a number stored as text
  for (let i = 3 + 7; i < rows.length; i += 97) rows[i][7] = rows[i][7] + 1000;
  for (let i = 3 + 11; i < rows.length; i += 101) rows[i][5] = String(rows[i][5]);
  return rows;
}

/** Sheets of about `cells` cells in total, as arrays of rows (columns: 18). */
function workbookRows(cells, seed = 1) {
  const perTable = 500;
  const width = 18;
  const totalRows = Math.ceil(cells / width);
  const sheets = [];
  let made = 0;
  let t = 0;
  const rowsPerSheet = 50000;
  while (made < totalRows) {
    const sheetRows = [];
    while (sheetRows.length < rowsPerSheet && made < totalRows) {
      const n = Math.min(perTable, totalRows - made);
      const id = seed + t++;
      // a title before each table keeps tables with the same header apart
      sheetRows.push(
        [`Tabel 6.${id} Rencana Program, Kegiatan dan Pendanaan`],
        [],
        ...tableRows(n, id),
        [],
        [],
      );
      made += n;
    }
    sheets.push({ name: `Renstra ${sheets.length + 1}`, rows: sheetRows });
  }
  return sheets;
}

/**
 * One long IKU table of `nRows` indicators (issue 11 item 6: "a 200 000-row table"): a title, a
 * header, then No | Indikator Kinerja | Target | Realisasi | Capaian (%), the capaian
 * realisasi / target; every 997th capaian is 5 points off (a finding to mark).
 */
function longTableRows(nRows, seed = 1) {
  const r = rng(seed);
  const rows = [["Tabel 2.1 Indikator Kinerja Utama"], [], ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]];
  for (let i = 1; i <= nRows; i++) {
    const target = 50 + Math.round(r() * 50);
    const realisasi = 40 + Math.round(r() * 60);
    let capaian = Math.round((realisasi / target) * 10000) / 100;
    if (i % 997 === 0) capaian += 5;
    rows.push([i, `Persentase layanan ${i}`, target, realisasi, capaian]);
  }
  return rows;
}

module.exports = { workbookRows, tableRows, longTableRows, YEARS };
