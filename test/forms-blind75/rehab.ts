// Field recaps of the seventy-seventh unseen set: the forest-rehabilitation recap 2024 per KPH of the
// Dinas Kehutanan Provinsi Kalimantan Selatan, and the hotspot / burnt-area recap 2024 per kabupaten
// of the Dinas Kehutanan Provinsi Sulawesi Barat. Every KPH, kabupaten, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ======================================================= Rekap RHL per KPH, Dishut Kalimantan Selatan

type Kph = { id: string; kph: string; kab: string; t: number; r: number; bib: number };

export function rhlKalsel(): BookW {
  const b = new BookW(
    "rekap-rhl-per-kph-dishut-kalsel-2024.xlsx",
    "Rekapitulasi realisasi rehabilitasi hutan dan lahan per KPH 2024 (Dinas Kehutanan Provinsi)",
    "No | Unit KPH | Wilayah Kabupaten | 'Luas Tanam (ha)' > Target | Realisasi Tanam | Bibit Ditanam (batang) | % Realisasi | Keterangan; number row (1) .. (8); seven KPH, one above its target; % as ROUND formulas with one typed; JUMLAH row with SUM and the ratio of the totals",
  );
  const S = "Rekap RHL 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN SELATAN",
    "DINAS KEHUTANAN",
    "Jl. Bina Rimba No. 17, Banjarbaru Selatan",
  ]);
  s.lines(["REKAPITULASI PENANAMAN REHABILITASI HUTAN DAN LAHAN (RHL) PER KPH TAHUN ANGGARAN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const xs: Kph[] = [
    { id: "k1", kph: "KPH Riam Lestari", kab: "Kab. Riam Lestari", t: 1250, r: 1187.5, bib: 1306250 },
    { id: "k2", kph: "KPH Meratus Selatan Dalam", kab: "Kab. Loksado Jaya", t: 980, r: 1012.4, bib: 1113640 },
    { id: "k3", kph: "KPH Sampanahan Hulu", kab: "Kab. Pagatan Hilir", t: 1500, r: 1342.75, bib: 1477025 },
    { id: "k4", kph: "KPH Kusan Tengah", kab: "Kab. Pagatan Hilir", t: 750, r: 688.2, bib: 757020 },
    { id: "k5", kph: "KPH Balangan Timur Raya", kab: "Kab. Amuntai Baru", t: 1100, r: 1045, bib: 1149500 },
    { id: "k6", kph: "KPH Tabalong Barat Laut", kab: "Kab. Kintap Raya", t: 860, r: 702.3, bib: 772530 },
    { id: "k7", kph: "KPH Cantung Hilir", kab: "Kab. Martapura Ulu", t: 640, r: 598.6, bib: 658460 },
  ];
  // planted 1: % of KPH Sampanahan Hulu typed 98.52 (digits swapped); 1,342.75 / 1,500 gives 89.52
  // planted 2: JUMLAH bibit =SUM over the first six KPH, missing KPH Cantung Hilir (658,460)
  if (round((1342.75 / 1500) * 100) !== 89.52) throw new Error("rhl: k3");
  const G = "Luas Tanam (ha)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kph", head: ["Unit KPH"], role: "lokasi", num: "(2)", width: 28 },
    { key: "kab", head: ["Wilayah Kabupaten"], role: "lainnya", num: "(3)", width: 20 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(4)", fmt: DEC, width: 11 },
    {
      key: "r",
      head: [G, "Realisasi Tanam"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: DEC,
      width: 11,
    },
    { key: "bib", head: ["Bibit Ditanam (batang)"], num: "(6)", fmt: INT, width: 14 },
    {
      key: "pct",
      head: ["% Realisasi"],
      role: "capaian",
      year: 2024,
      num: "(7) = (5)/(4)",
      fmt: DEC,
      width: 11,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(8)", width: 22 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      kph: x.kph,
      kab: x.kab,
      t: x.t,
      r: x.r,
      bib: x.bib,
      pct: x.id === "k3" ? 98.52 : fx(rt(c.a("r"), c.a("t"))),
      ket: x.id === "k2" ? "melampaui target (sulaman 2023)" : x.id === "k6" ? "bibit terlambat datang" : "-",
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kab"],
    cells: (c) => ({
      no: "JUMLAH",
      t: fx(`SUM(${c.c("t")}${c.row("k1")}:${c.c("t")}${c.row("k7")})`),
      r: fx(`SUM(${c.c("r")}${c.row("k1")}:${c.c("r")}${c.row("k7")})`),
      bib: fx(`SUM(${c.c("bib")}${c.row("k1")}:${c.c("bib")}${c.row("k6")})`),
      pct: fx(rt(c.a("r"), c.a("t"))),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Catatan: jarak tanam 3 x 3 m (1.100 batang/ha); % realisasi = realisasi tanam / target x 100."]);
  s.gap();
  signature(s, 6, {
    tempat: "Banjarbaru, 15 Januari 2025",
    jabatan: ["Kepala Bidang Rehabilitasi Hutan dan Lahan"],
    nama: "Ir. HAIRUL ANWAR SAPUTRA, M.P.",
    pangkat: "Pembina Tk. I",
    nip: "19720914 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string, from: string, to: string) => `${t.c(k)}${t.row(from)}:${t.c(k)}${t.row(to)}`;
  b.plant({
    at: { sheet: S, cell: a("pct", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% realisasi of KPH Sampanahan Hulu is a typed 98.52 among ROUND formulas; 1,342.75 / 1,500.00 gives 89.52 (two digits swapped)",
    truth: rt(a("r", "k3"), a("t", "k3")),
  });
  b.plant({
    at: { sheet: S, cell: a("bib", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH bibit ditanam is =SUM over the first six KPH (6,575,965); with KPH Cantung Hilir (658,460) the seven give 7,234,425",
    truth: `SUM(${col("bib", "k1", "k7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "k2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "k2"), a("t", "k2")),
  });
  for (const id of ["k1", "k4", "k6"])
    b.ok({ sheet: S, cell: a("pct", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  b.ok({ sheet: S, cell: a("t", "tot"), rules: ["sum-mismatch"], truth: `SUM(${col("t", "k1", "k7")})` });
  b.ok({ sheet: S, cell: a("r", "tot"), rules: ["sum-mismatch"], truth: `SUM(${col("r", "k1", "k7")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: rt(a("r", "tot"), a("t", "tot")),
    trap: `SUM(${col("pct", "k1", "k7")})`,
  });
  return b.finish();
}

// ============================================= Rekap titik panas dan luas terbakar, Dishut Sulawesi Barat

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

type Hs = { id: string; kab: string; m: number[]; tmax: number; luas: number };

export function hotspotSulbar(): BookW {
  const b = new BookW(
    "rekap-hotspot-luas-terbakar-dishut-sulbar-2024.xlsx",
    "Rekapitulasi titik panas per bulan dan luas areal terbakar 2024 (Dinas Kehutanan Provinsi)",
    "two tables on one sheet: A. No | Kabupaten | 'Jumlah Titik Panas (hotspot) Bulan' > Jan .. Des | Total 1 Tahun, SUM formulas, one with a stale cached result, JUMLAH row per month; B. No | Kabupaten | Batas Maksimal Luas Terbakar (ha) | Luas Terbakar (ha) | Capaian (%) | Keterangan, lower is better (refleksi by the note), one row with R / T",
  );
  const S = "Karhutla 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI BARAT",
    "DINAS KEHUTANAN",
    "Seksi Pengendalian Kebakaran Hutan dan Lahan",
  ]);
  const xs: Hs[] = [
    {
      id: "h1",
      kab: "Kab. Karossa Hilir",
      m: [0, 1, 0, 2, 3, 5, 14, 27, 41, 18, 4, 0],
      tmax: 450,
      luas: 312.6,
    },
    { id: "h2", kab: "Kab. Budong Raya", m: [1, 0, 0, 1, 2, 4, 9, 22, 35, 12, 2, 1], tmax: 380, luas: 296.4 },
    { id: "h3", kab: "Kab. Tommo Utara", m: [0, 0, 1, 0, 1, 3, 7, 15, 24, 9, 1, 0], tmax: 250, luas: 284.5 },
    {
      id: "h4",
      kab: "Kab. Sendana Barat",
      m: [0, 0, 0, 0, 1, 2, 5, 11, 17, 6, 1, 0],
      tmax: 150,
      luas: 98.25,
    },
    { id: "h5", kab: "Kab. Mapilli Hulu", m: [0, 0, 0, 1, 0, 1, 4, 8, 13, 5, 0, 0], tmax: 120, luas: 63.8 },
    {
      id: "h6",
      kab: "Kab. Lariang Tengah",
      m: [2, 1, 0, 3, 4, 7, 19, 36, 52, 23, 6, 1],
      tmax: 600,
      luas: 472.9,
    },
  ];
  // planted 3: Total 1 Tahun of Kab. Budong Raya =SUM with a stale cached 79 (before the December data)
  // planted 4: capaian luas terbakar of Kab. Mapilli Hulu =ROUND(R/T*100,2) = 53.17; refleksi 146.83
  s.lines(["A. Rekapitulasi Jumlah Titik Panas (Hotspot) per Kabupaten Tahun 2024"], 1, { bold: true });
  const G = "Jumlah Titik Panas (hotspot) Bulan";
  const colsA: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten"], role: "lokasi", width: 22 },
    ...MONTHS.map((m, i): Col => ({
      key: `m${i}`,
      head: [G, m],
      role: "realisasi",
      year: 2024,
      fmt: "0",
      width: 6,
    })),
    { key: "tot", head: ["Total 1 Tahun"], role: "realisasi", year: 2024, fmt: "0", width: 9 },
  ];
  const rowsA: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      kab: x.kab,
      ...Object.fromEntries(x.m.map((v, j) => [`m${j}`, v])),
      tot: fx(`SUM(${c.a("m0")}:${c.a("m11")})`, x.id === "h2" ? 79 : undefined),
    }),
  }));
  rowsA.push({
    id: "jml",
    bold: true,
    span: ["no", "kab"],
    cells: (c) => ({
      no: "JUMLAH",
      ...Object.fromEntries(
        [...MONTHS.map((_, j) => `m${j}`), "tot"].map((k) => [
          k,
          fx(`SUM(${c.c(k)}${c.row("h1")}:${c.c(k)}${c.row("h6")})`),
        ]),
      ),
    }),
  });
  const ta = s.table({ cols: colsA, headerRows: 2, rows: rowsA });
  s.gap(2);
  s.lines(["B. Luas Areal Terbakar per Kabupaten Tahun 2024 (semakin kecil semakin baik)"], 1, {
    bold: true,
  });
  const colsB: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten"], role: "lokasi", width: 22 },
    { key: "t", head: ["Batas Maksimal Luas Terbakar (ha)"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Luas Terbakar (ha)"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan" },
  ];
  const rowsB: Row[] = xs.map((x, i) => ({
    id: `b${x.id}`,
    cells: (c) => ({
      no: i + 1,
      kab: x.kab,
      t: x.tmax,
      r: x.luas,
      c: fx(x.id === "h5" ? rt(c.a("r"), c.a("t")) : refl(c.a("r"), c.a("t"))),
      ket: x.luas > x.tmax ? "melampaui batas" : "di bawah batas",
    }),
  }));
  const tb = s.table({ cols: colsB, headerRows: 1, rows: rowsB });
  s.gap();
  s.lines(["Capaian luas terbakar = (2 x batas maksimal - luas terbakar) / batas maksimal x 100."]);
  s.gap();
  signature(s, 10, {
    tempat: "Mamuju, 10 Januari 2025",
    jabatan: ["Kepala Dinas Kehutanan", "Provinsi Sulawesi Barat"],
    nama: "Dr. ANDI MAPPASESSU TAWALANGI, S.Hut., M.Si.",
    nip: "19740305 200112 1 003",
  });
  b.plant({
    at: { sheet: S, cell: ta.a("tot", "h2") },
    rules: ["sum-mismatch"],
    note: "Total 1 Tahun of Kab. Budong Raya is =SUM(Jan:Des) with a stale cached 79 (the sum before the December figure was added and recalculated); the twelve months give 89",
    truth: `SUM(${ta.a("m0", "h2")}:${ta.a("m11", "h2")})`,
  });
  b.plant({
    at: { sheet: S, cell: tb.a("c", "bh5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of Kab. Mapilli Hulu (lower is better by the note) is =ROUND(R/T*100,2) = 53.17 (63.80 / 120.00); the refleksi (2 x 120 - 63.80) / 120 gives 146.83, as the other rows compute",
    truth: refl(tb.a("r", "bh5"), tb.a("t", "bh5")),
  });
  for (const id of ["h1", "h6"])
    b.ok({
      sheet: S,
      cell: ta.a("tot", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${ta.a("m0", id)}:${ta.a("m11", id)})`,
    });
  b.ok({
    sheet: S,
    cell: ta.a("m8", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${ta.c("m8")}${ta.row("h1")}:${ta.c("m8")}${ta.row("h6")})`,
  });
  b.ok({
    sheet: S,
    cell: tb.a("c", "bh1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(tb.a("r", "bh1"), tb.a("t", "bh1")),
    trap: rt(tb.a("r", "bh1"), tb.a("t", "bh1")),
  });
  b.ok({
    sheet: S,
    cell: tb.a("c", "bh4"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(tb.a("r", "bh4"), tb.a("t", "bh4")),
    trap: rt(tb.a("r", "bh4"), tb.a("t", "bh4")),
  });
  b.ok({
    sheet: S,
    cell: tb.a("c", "bh3"),
    rules: ["capaian-mismatch"],
    truth: refl(tb.a("r", "bh3"), tb.a("t", "bh3")),
    trap: rt(tb.a("r", "bh3"), tb.a("t", "bh3")),
  });
  return b.finish();
}
