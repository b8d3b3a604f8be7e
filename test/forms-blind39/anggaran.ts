// A market-retribution report per market and month with target and realisation of the Dinas
// Perindustrian dan Perdagangan of Kota Teluk Senggarang (Kepulauan Riau), and a DPA recap per program
// and kegiatan with the Anggaran Kas per triwulan that must add up to the pagu, of the Dinas
// Pariwisata of Kota Tanjung Serai (Kepulauan Riau). Every person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

// ================================================= Retribusi pasar Kota Teluk Senggarang 2024

const BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

export function retribusiPasarTelukSenggarang(): BookW {
  const b = new BookW(
    "retribusi-pasar-bulanan-disperindag-teluk-senggarang.xlsx",
    "laporan target dan realisasi retribusi pasar per bulan 2024 (Disperindag)",
    "No | Nama Pasar | Target 2024 (Rp) | 'Realisasi Penerimaan per Bulan (Rp)' > Jan .. Des | Jumlah Realisasi (Rp) | % Realisasi; five markets and JUMLAH; months typed, Jumlah SUM, % ROUND(Jumlah / Target); one market above its target",
  );
  const S = "Retribusi Pasar";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TELUK SENGGARANG",
    "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
    "UPTD PENGELOLAAN PASAR",
  ]);
  s.lines(["LAPORAN TARGET DAN REALISASI PENERIMAAN RETRIBUSI PELAYANAN PASAR", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const PASAR: Array<[string, string, number, number]> = [
    ["induk", "Pasar Induk Teluk Senggarang", 1_248_000_000, 0.962],
    ["ikan", "Pasar Ikan Pelantar Tiga", 684_000_000, 1.043],
    ["sayur", "Pasar Sayur Batu Sembilan", 512_400_000, 0.917],
    ["malam", "Pasar Malam Kampung Bugis Laut", 186_000_000, 0.884],
    ["kemboja", "Pasar Tradisional Kemboja Hulu", 297_600_000, 0.951],
  ];
  const WAVE = [0.93, 0.91, 0.97, 1.02, 0.99, 1.0, 1.01, 0.98, 1.0, 1.03, 1.04, 1.12];
  const wsum = WAVE.reduce((x, y) => x + y, 0);
  const months = (tg: number, f: number): number[] =>
    WAVE.map((w) => Math.round((tg * f * w) / wsum / 1000) * 1000);
  // planted 1: JUMLAH of Agustus SUM of the first four markets (Kemboja Hulu left out)
  // planted 2: % Realisasi of Pasar Sayur divided by the target of the Pasar Ikan (the row above)
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ps", head: ["Nama Pasar"], role: "lokasi", width: 30 },
    { key: "tg", head: ["Target 2024 (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 15 },
    ...BLN.map((m, i): Col => ({
      key: `m${i}`,
      head: ["Realisasi Penerimaan per Bulan (Rp)", m],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 13,
    })),
    {
      key: "jml",
      head: ["Jumlah Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "pct", head: ["% Realisasi"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const ids = PASAR.map((p) => p[0]);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...PASAR.map(([id, nama, tg, f], i): Row => ({
        id,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: i + 1, ps: nama, tg };
          months(tg, f).forEach((v, j) => (cells[`m${j}`] = v));
          cells.jml = fx(`SUM(${c.a("m0")}:${c.a("m11")})`);
          const T = id === "sayur" ? `${c.c("tg")}${c.r - 1}` : c.a("tg");
          cells.pct = fx(`ROUND(${c.a("jml")}/${T}*100,2)`);
          return cells;
        },
      })),
      {
        id: "jumlah",
        bold: true,
        cells: (c) => {
          const r1 = c.row(ids[0]);
          const r2 = c.row(ids[ids.length - 1]);
          const col = (k: string, last = r2) => `SUM(${c.c(k)}${r1}:${c.c(k)}${last})`;
          const cells: Record<string, Cell> = { ps: "JUMLAH", tg: fx(col("tg")), jml: fx(col("jml")) };
          BLN.forEach((_, j) => (cells[`m${j}`] = fx(col(`m${j}`, j === 7 ? r2 - 1 : r2))));
          cells.pct = fx(`ROUND(${c.a("jml")}/${c.a("tg")}*100,2)`);
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Buku Kas Penerimaan Bendahara Penerimaan Pembantu UPTD Pengelolaan Pasar.",
    "Penerimaan Pasar Ikan Pelantar Tiga melampaui target karena penambahan 24 los ikan baru sejak Maret 2024.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Teluk Senggarang, 8 Januari 2025",
    jabatan: ["KEPALA UPTD PENGELOLAAN PASAR,"],
    nama: "SYAMSUDIN BIN ABDUL MANAN, S.E.",
    pangkat: "Penata Tingkat I",
    nip: "19810923 200701 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const r1 = t.row(ids[0]);
  const r2 = t.row(ids[ids.length - 1]);
  const colSum = (k: string) => `SUM(${t.c(k)}${r1}:${t.c(k)}${r2})`;
  b.plant({
    at: { sheet: S, cell: a("m7", "jumlah") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of Agustus is =SUM of the first four markets; Pasar Tradisional Kemboja Hulu's August receipt is left out (the other months add all five)",
    truth: colSum("m7"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "sayur") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Realisasi of Pasar Sayur Batu Sembilan divides its Jumlah by the target of the Pasar Ikan in the row above (684,000,000); by its own target 512,400,000 it is 91.70",
    truth: `ROUND(${a("jml", "sayur")}/${a("tg", "sayur")}*100,2)`,
  });
  // traps: a market above its target; the total % is a ratio of totals, not the sum of percentages
  b.ok({
    sheet: S,
    cell: a("pct", "ikan"),
    rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("jml", "ikan")}/${a("tg", "ikan")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "ikan"),
    rules: ["serapan-over-100", "sum-mismatch"],
    truth: `SUM(${a("m0", "ikan")}:${a("m11", "ikan")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "jumlah"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("jml", "jumlah")}/${a("tg", "jumlah")}*100,2)`,
    trap: colSum("pct"),
  });
  b.ok({ sheet: S, cell: a("m6", "jumlah"), rules: ["sum-mismatch"], truth: colSum("m6") });
  b.ok({ sheet: S, cell: a("m8", "jumlah"), rules: ["sum-mismatch"], truth: colSum("m8") });
  b.ok({ sheet: S, cell: a("jml", "jumlah"), rules: ["sum-mismatch"], truth: colSum("jml") });
  b.ok({
    sheet: S,
    cell: a("pct", "malam"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "malam")}/${a("tg", "malam")}*100,2)`,
  });
  return b.finish();
}

// ================================================= DPA Anggaran Kas Dinas Pariwisata Kota Tanjung Serai 2025

type DIn = { id: string; kode: string; nama: string; pagu?: number; tw?: number[]; kids?: string[] };

export function anggaranKasDisparTanjungSerai(): BookW {
  const b = new BookW(
    "dpa-anggaran-kas-triwulan-dispar-tanjung-serai.xlsx",
    "rekapitulasi DPA dan anggaran kas per triwulan 2025 (Dinas Pariwisata)",
    "No | Kode | Program / Kegiatan | Pagu DPA 2025 (Rp) | 'Anggaran Kas (Rp)' > Triwulan I .. IV | Jumlah Anggaran Kas (Rp) | Keterangan; number row 1 .. 9 with '8 = 4+5+6+7'; program rows SUM of their kegiatan, TOTAL typed in the pagu column",
  );
  const S = "Rekap DPA 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SERAI", "DINAS PARIWISATA"]);
  s.lines(["REKAPITULASI DOKUMEN PELAKSANAAN ANGGARAN (DPA) DAN ANGGARAN KAS", "TAHUN ANGGARAN 2025"]);
  s.gap();
  const rows: DIn[] = [
    {
      id: "p1",
      kode: "3.26.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      kode: "3.26.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      pagu: 3_846_720_000,
      tw: [961_680_000, 961_680_000, 961_680_000, 961_680_000],
    },
    {
      id: "k12",
      kode: "3.26.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      pagu: 412_350_000,
      tw: [98_400_000, 112_650_000, 104_800_000, 96_500_000],
    },
    {
      id: "p2",
      kode: "3.26.02",
      nama: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      kids: ["k21", "k22"],
    },
    {
      id: "k21",
      kode: "3.26.02.2.01",
      nama: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      pagu: 2_185_400_000,
      tw: [312_600_000, 684_250_000, 798_150_000, 390_400_000],
    },
    {
      id: "k22",
      kode: "3.26.02.2.02",
      nama: "Pengelolaan Kawasan Strategis Pariwisata Kabupaten/Kota",
      pagu: 1_364_800_000,
      tw: [136_480_000, 409_440_000, 545_920_000, 272_960_000],
    },
    {
      id: "p3",
      kode: "3.26.03",
      nama: "PROGRAM PEMASARAN PARIWISATA",
      kids: ["k31"],
    },
    {
      id: "k31",
      kode: "3.26.03.2.01",
      nama: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Pariwisata Kabupaten/Kota",
      pagu: 1_726_500_000,
      // TW IV typed 317,650,000 where 371,650,000 closes the pagu
      tw: [258_975_000, 517_950_000, 577_925_000, 317_650_000],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], role: "lainnya", num: 3, width: 46 },
    { key: "pagu", head: ["Pagu DPA 2025 (Rp)"], role: "anggaran", year: 2025, num: 4, fmt: RP, width: 17 },
    ...["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Anggaran Kas (Rp)", q],
      role: "anggaran",
      year: 2025,
      num: 5 + i,
      fmt: RP,
      width: 15,
    })),
    {
      key: "jml",
      head: ["Jumlah Anggaran Kas (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "9 = 5+6+7+8",
      fmt: RP,
      width: 17,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 10, width: 18 },
  ];
  const progs = rows.filter((x) => x.kids);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        bold: !!x.kids,
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.kids ? progs.indexOf(x) + 1 : null,
            kode: x.kode,
            nama: x.nama,
          };
          void i;
          const kid = (k: string) => {
            const rs = x.kids!.map((id) => c.row(id));
            return fx(`SUM(${c.c(k)}${Math.min(...rs)}:${c.c(k)}${Math.max(...rs)})`);
          };
          cells.pagu = x.kids ? kid("pagu") : x.pagu;
          [0, 1, 2, 3].forEach((q) => (cells[`q${q}`] = x.kids ? kid(`q${q}`) : x.tw![q]));
          cells.jml = fx(`SUM(${c.a("q0")}:${c.a("q3")})`);
          if (x.id === "k31") cells.ket = "Festival Bahari Serai";
          return cells;
        },
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const add = (k: string) => fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
          const cells: Record<string, Cell> = { nama: "JUMLAH TOTAL", pagu: 9_712_350_000 };
          [0, 1, 2, 3].forEach((q) => (cells[`q${q}`] = add(`q${q}`)));
          cells.jml = add("jml");
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: jumlah anggaran kas setiap kegiatan harus sama dengan pagu DPA (Permendagri 77/2020)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Serai, 10 Januari 2025",
    jabatan: ["PENGGUNA ANGGARAN", "KEPALA DINAS PARIWISATA,"],
    nama: "RAJA HAFIZAH NURUL AINI, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19820705 200312 2 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumProg = (k: string) => progs.map((p) => a(k, p.id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("jml", "k31") },
        { sheet: S, cell: a("q3", "k31") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "anggaran kas of kegiatan 3.26.03.2.01 adds to 1,672,500,000 against a pagu of 1,726,500,000: Triwulan IV typed 317,650,000 where 371,650,000 closes the pagu (digits swapped)",
    truth: a("pagu", "k31"),
    actual: a("jml", "k31"),
  });
  b.plant({
    at: { sheet: S, cell: a("pagu", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH TOTAL pagu typed 9,712,350,000 (the DPA before the parsial shift); the three programs add to 9,535,770,000",
    truth: sumProg("pagu"),
  });
  // traps: the programs add only their kegiatan; the total adds only the programs
  b.ok({
    sheet: S,
    cell: a("q1", "tot"),
    rules: ["sum-mismatch"],
    truth: sumProg("q1"),
    trap: `SUM(${a("q1", "p1")}:${a("q1", "k31")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k21")}+${a("pagu", "k22")}`,
    trap: `SUM(${a("pagu", "k21")}:${a("pagu", "k31")})`,
  });
  b.ok({ sheet: S, cell: a("jml", "k21"), rules: ["sum-mismatch"], truth: a("pagu", "k21") });
  b.ok({ sheet: S, cell: a("jml", "k22"), rules: ["sum-mismatch"], truth: a("pagu", "k22") });
  b.ok({ sheet: S, cell: a("jml", "k12"), rules: ["sum-mismatch"], truth: a("pagu", "k12") });
  b.ok({
    sheet: S,
    cell: a("kode", "k22"),
    rules: ["code-hierarchy", "duplicate-code"],
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k22")})`,
  });
  return b.finish();
}
