// Recap tables of the Biro Hukum of the eighty-first unseen set: the monthly recap 2024 of produk
// hukum daerah by type of the Biro Hukum Setda Provinsi Sulawesi Tenggara, and the recap 2024 of the
// fasilitasi / harmonisasi of kabupaten / kota Ranperda of the Biro Hukum Setda Provinsi Kepulauan
// Riau. Every kabupaten, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

export const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
export const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ================================================= Rekap bulanan produk hukum 2024, Biro Hukum Sultra

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** Months down, types across, Jumlah per month and per type; a Rata-rata per Bulan row under the Jumlah. */
export function rekapProdukHukumSultra(): BookW {
  const b = new BookW(
    "rekap-bulanan-perda-pergub-kepgub-instruksi-2024-biro-hukum-sultra.xlsx",
    "Rekapitulasi bulanan produk hukum daerah per jenis 2024 (Biro Hukum Setda Provinsi)",
    "No | Bulan | 'Jenis Produk Hukum Daerah yang Ditetapkan' > Peraturan Daerah | Peraturan Gubernur | Keputusan Gubernur | Instruksi Gubernur | Jumlah | Ket.; number row (1) .. (8); Jumlah per month `SUM` across, JUMLAH row `SUM` down, a Rata-rata per Bulan row `ROUND(AVERAGE(..),2)` under it",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGGARA",
    "SEKRETARIAT DAERAH - BIRO HUKUM",
    "Bagian Perundang-undangan dan Dokumentasi Hukum",
  ]);
  s.lines(
    ["REKAPITULASI PRODUK HUKUM DAERAH YANG DITETAPKAN MENURUT JENIS DAN BULAN", "TAHUN ANGGARAN 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const perda = [0, 1, 0, 2, 0, 1, 0, 3, 0, 1, 2, 4];
  const pergub = [4, 6, 7, 5, 8, 6, 5, 7, 6, 9, 8, 11];
  const kepgub = [28, 41, 37, 33, 46, 39, 35, 42, 44, 38, 47, 63];
  const instr = [1, 0, 0, 1, 0, 0, 2, 0, 1, 0, 0, 1];
  const ket: Record<number, string> = {
    1: "Perda Penyertaan Modal BUMD",
    7: "termasuk Perda APBD-P 2024",
    11: "termasuk Perda APBD 2025",
  };
  const J = "Jenis Produk Hukum Daerah yang Ditetapkan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", num: "(2)", width: 12 },
    { key: "perda", head: [J, "Peraturan Daerah"], role: "lainnya", num: "(3)", fmt: INT, width: 11 },
    { key: "pergub", head: [J, "Peraturan Gubernur"], role: "lainnya", num: "(4)", fmt: INT, width: 11 },
    { key: "kepgub", head: [J, "Keputusan Gubernur"], role: "lainnya", num: "(5)", fmt: INT, width: 11 },
    { key: "instr", head: [J, "Instruksi Gubernur"], role: "lainnya", num: "(6)", fmt: INT, width: 11 },
    { key: "jml", head: ["Jumlah"], role: "lainnya", num: "(7)", fmt: INT, width: 9 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(8)", width: 26 },
  ];
  const rows: Row[] = BULAN.map((bl, i) => ({
    id: `m${i}`,
    cells: (c) => ({
      no: i + 1,
      bln: bl,
      perda: perda[i],
      pergub: pergub[i],
      kepgub: kepgub[i],
      instr: instr[i],
      // planted 1: April typed 14 (digits of 41 swapped) instead of the SUM
      jml: i === 3 ? 14 : fx(`SUM(${c.a("perda")}:${c.a("instr")})`),
      ket: ket[i],
    }),
  }));
  const down = (c: { c: (k: string) => string; row: (id: string) => number }, k: string, last = "m11") =>
    `SUM(${c.c(k)}${c.row("m0")}:${c.c(k)}${c.row(last)})`;
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => ({
      no: "JUMLAH",
      perda: fx(down(c, "perda")),
      pergub: fx(down(c, "pergub")),
      // planted 2: the SUM stops at November
      kepgub: fx(down(c, "kepgub", "m10")),
      instr: fx(down(c, "instr")),
      jml: fx(down(c, "jml")),
    }),
  });
  rows.push({
    id: "avg",
    span: ["no", "bln"],
    cells: (c) => ({
      no: "Rata-rata per Bulan",
      perda: fx(`ROUND(AVERAGE(${c.c("perda")}${c.row("m0")}:${c.c("perda")}${c.row("m11")}),2)`),
      pergub: fx(`ROUND(AVERAGE(${c.c("pergub")}${c.row("m0")}:${c.c("pergub")}${c.row("m11")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Buku Register Produk Hukum Daerah Biro Hukum (JDIH Provinsi).",
    "Keputusan Gubernur tidak termasuk keputusan kepegawaian yang ditetapkan BKD.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Kendari, 10 Januari 2025",
    jabatan: ["Kepala Biro Hukum", "Setda Provinsi Sulawesi Tenggara"],
    nama: "LA ODE MUH. SYAHRIR TAWULO, S.H., M.H.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740815 200003 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string, last = "m11") => `${t.c(k)}${t.row("m0")}:${t.c(k)}${t.row(last)}`;
  b.plant({
    at: { sheet: S, cell: a("jml", "m3") },
    rules: ["sum-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "Jumlah April typed 14 among SUM formulas; 2 Perda + 5 Pergub + 33 Kepgub + 1 Instruksi = 41 (digits swapped)",
    truth: `SUM(${a("perda", "m3")}:${a("instr", "m3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kepgub", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Keputusan Gubernur `SUM` stops at November: 430; with Desember (63) it is 493",
    truth: `SUM(${col("kepgub")})`,
  });
  for (const k of ["perda", "pergub", "instr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${col(k)})` });
  for (const id of ["m0", "m7", "m11"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `SUM(${a("perda", id)}:${a("instr", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("perda", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(SUM(${col("perda")})/12,2)`,
    trap: `SUM(${col("perda")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pergub", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("pergub", "tot")}/12,2)`,
    trap: a("pergub", "tot"),
  });
  return b.finish();
}

// ======================================= Rekap fasilitasi Ranperda kabupaten / kota 2024, Biro Hukum Kepri

/** Diterima = Selesai + Dikembalikan + Proses; Persentase Penyelesaian = Selesai / Diterima; JUMLAH row. */
export function fasilitasiRanperdaKepri(): BookW {
  const b = new BookW(
    "rekap-fasilitasi-harmonisasi-ranperda-kabkota-2024-biro-hukum-kepri.xlsx",
    "Rekapitulasi fasilitasi / harmonisasi Ranperda kabupaten / kota 2024 (Biro Hukum Setda Provinsi)",
    "No | Kabupaten / Kota | Ranperda yang Diterima | 'Hasil Fasilitasi' > Selesai Difasilitasi | Dikembalikan untuk Diperbaiki | Masih Dalam Proses | Persentase Penyelesaian (%) | Keterangan; number row 1 .. 8; percentages `ROUND(Selesai/Diterima*100,2)`, the JUMLAH percentage over the totals",
  );
  const S = "Fasilitasi Ranperda";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KEPULAUAN RIAU", "SEKRETARIAT DAERAH", "BIRO HUKUM"]);
  s.lines(
    [
      "REKAPITULASI FASILITASI DAN HARMONISASI RANCANGAN PERATURAN DAERAH KABUPATEN/KOTA",
      "Periode 1 Januari s.d. 31 Desember 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: Array<[string, string, number, number, number, number, string]> = [
    ["k1", "Kota Sekupang Raya", 18, 12, 4, 2, "2 Ranperda pajak dan retribusi"],
    ["k2", "Kabupaten Galang Baru", 14, 9, 3, 2, ""],
    ["k3", "Kabupaten Mapur Laut", 9, 6, 2, 1, ""],
    ["k4", "Kabupaten Kundur Utara", 11, 7, 1, 3, "1 Ranperda RTRW masih di Kementerian ATR"],
    ["k5", "Kabupaten Numbing", 7, 5, 2, 0, ""],
    ["k6", "Kabupaten Kelong Pesisir", 12, 8, 3, 1, ""],
    ["k7", "Kabupaten Tambelan Raya", 6, 3, 1, 2, "diterima akhir November"],
  ];
  const H = "Hasil Fasilitasi";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", num: 2, width: 26 },
    { key: "ter", head: ["Ranperda yang Diterima"], role: "lainnya", num: 3, fmt: INT, width: 11 },
    { key: "sel", head: [H, "Selesai Difasilitasi"], role: "lainnya", num: 4, fmt: INT, width: 11 },
    { key: "kem", head: [H, "Dikembalikan untuk Diperbaiki"], role: "lainnya", num: 5, fmt: INT, width: 12 },
    { key: "pro", head: [H, "Masih Dalam Proses"], role: "lainnya", num: 6, fmt: INT, width: 10 },
    { key: "pct", head: ["Persentase Penyelesaian (%)"], role: "lainnya", num: 7, fmt: DEC, width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 8, width: 30 },
  ];
  const rows: Row[] = xs.map(([id, kab, ter, sel, kem, pro, ket], i) => ({
    id,
    cells: (c) => ({
      no: i + 1,
      kab,
      ter,
      sel,
      kem,
      pro,
      // planted 1: Kundur Utara's cached result from when it had 10 Ranperda (7 / 10)
      pct: id === "k4" ? fx(rt(c.a("sel"), c.a("ter")), 70) : fx(rt(c.a("sel"), c.a("ter"))),
      ket,
    }),
  }));
  const down = (c: { c: (k: string) => string; row: (id: string) => number }, k: string, last = "k7") =>
    `SUM(${c.c(k)}${c.row("k1")}:${c.c(k)}${c.row(last)})`;
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kab"],
    cells: (c) => ({
      no: "JUMLAH",
      ter: fx(down(c, "ter")),
      sel: fx(down(c, "sel")),
      // planted 2: the SUM leaves out Tambelan Raya
      kem: fx(down(c, "kem", "k6")),
      pro: fx(down(c, "pro")),
      pct: fx(rt(c.a("sel"), c.a("ter"))),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: Persentase Penyelesaian = Ranperda selesai difasilitasi / Ranperda yang diterima x 100%.",
    "Ranperda yang dikembalikan dihitung kembali sebagai diterima apabila diajukan ulang.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Tanjungpinang, 13 Januari 2025",
    jabatan: ["Plt. Kepala Biro Hukum"],
    nama: "RAJA AZMIRAH FADHILLAH, S.H., M.Kn.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19820304 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => `${t.c(k)}${t.row("k1")}:${t.c(k)}${t.row("k7")}`;
  b.plant({
    at: { sheet: S, cell: a("pct", "k4") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "persentase penyelesaian Kundur Utara caches 70.00 (7 of 10, before the eleventh Ranperda came in); 7 / 11 x 100 = 63.64",
    truth: rt(a("sel", "k4"), a("ter", "k4")),
  });
  b.plant({
    at: { sheet: S, cell: a("kem", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH dikembalikan `SUM` leaves out Tambelan Raya: 15; the seven kabupaten / kota give 16 (the other JUMLAH cells sum all seven)",
    truth: `SUM(${col("kem")})`,
  });
  for (const k of ["ter", "sel", "pro"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${col(k)})` });
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: rt(a("sel", "jml"), a("ter", "jml")),
    trap: `SUM(${col("pct")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ter", "k5"),
    rules: ["sum-mismatch"],
    truth: `${a("sel", "k5")}+${a("kem", "k5")}+${a("pro", "k5")}`,
  });
  for (const id of ["k1", "k3", "k7"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["ratio-components-mismatch", "capaian-mismatch"],
      truth: rt(a("sel", id), a("ter", id)),
    });
  return b.finish();
}
