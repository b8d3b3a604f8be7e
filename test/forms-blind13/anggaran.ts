// The budget realisation report of an RSUD run as a BLUD: pendapatan BLUD against its target
// (realised above the target is more income, not overspending) and belanja BLUD against its pagu,
// account codes of the Permendagri 90 chart (4.1.04.16.xx, 5.1.xx, 5.2.xx), group rows as SUM
// formulas, Lebih/(Kurang) and Persentase formulas in every row. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type BlIn = {
  id: string;
  kode?: string;
  uraian: string;
  /** line: typed amounts; group: SUM over the lines named; section: text only */
  kind: "line" | "group" | "section" | "total";
  ang?: number;
  real?: number;
  of?: string[];
  bold?: boolean;
};

/** LRA BLUD 2024 of RSUD Kartika Husada, Kota Sekarjati. */
export function lraBlud(): BookW {
  const b = new BookW(
    "lra-blud-pendapatan-rsud-sekarjati.xlsx",
    "LRA BLUD (RSUD)",
    "Laporan Realisasi Anggaran BLUD 2024 of an RSUD: Kode Rekening | Uraian | Anggaran Setelah Perubahan (Rp) | Realisasi s.d. 31 Desember 2024 (Rp) | Lebih/(Kurang) (Rp) | Persentase (%); number row 1 | 2 | 3 | 4 | '5 = 4 - 3' | '6 = 4 / 3 x 100'; full rupiah; pendapatan BLUD lines (jasa layanan and lain-lain realised above target), JUMLAH PENDAPATAN, belanja operasi and modal groups as SUM formulas, JUMLAH BELANJA, SURPLUS/(DEFISIT)",
  );
  const S = "LRA BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SEKARJATI",
    "RUMAH SAKIT UMUM DAERAH KARTIKA HUSADA",
    "Jl. dr. Wahidin Sudirohusodo No. 21 Sekarjati",
  ]);
  s.lines([
    "LAPORAN REALISASI ANGGARAN BADAN LAYANAN UMUM DAERAH",
    "Untuk Tahun yang Berakhir sampai dengan 31 Desember 2024",
    "(dalam rupiah)",
  ]);
  s.gap();
  const rows: BlIn[] = [
    { id: "h4", kode: "4", uraian: "PENDAPATAN", kind: "section", bold: true },
    {
      id: "p1",
      kode: "4.1.04.16.01",
      uraian: "Pendapatan BLUD dari Jasa Layanan",
      kind: "line",
      ang: 68_500_000_000,
      real: 74_186_412_350,
    },
    {
      id: "p2",
      kode: "4.1.04.16.02",
      uraian: "Pendapatan BLUD dari Hibah",
      kind: "line",
      ang: 1_250_000_000,
      real: 1_187_500_000,
    },
    {
      id: "p3",
      kode: "4.1.04.16.03",
      uraian: "Pendapatan BLUD dari Hasil Kerja Sama dengan Pihak Lain",
      kind: "line",
      ang: 2_400_000_000,
      real: 2_187_560_000,
    },
    {
      id: "p5",
      kode: "4.1.04.16.05",
      uraian: "Lain-lain Pendapatan BLUD yang Sah",
      kind: "line",
      ang: 850_000_000,
      real: 1_036_274_915,
    },
    { id: "jp", uraian: "JUMLAH PENDAPATAN", kind: "total", of: ["p1", "p2", "p3", "p5"], bold: true },
    { id: "h5", kode: "5", uraian: "BELANJA", kind: "section", bold: true },
    { id: "bo", kode: "5.1", uraian: "Belanja Operasi", kind: "group", of: ["b11", "b12"], bold: true },
    {
      id: "b11",
      kode: "5.1.01",
      uraian: "Belanja Pegawai",
      kind: "line",
      ang: 41_200_000_000,
      real: 39_874_215_600,
    },
    {
      id: "b12",
      kode: "5.1.02",
      uraian: "Belanja Barang dan Jasa",
      kind: "line",
      ang: 26_750_000_000,
      real: 25_918_940_250,
    },
    {
      id: "bm",
      kode: "5.2",
      uraian: "Belanja Modal",
      kind: "group",
      of: ["b22", "b23", "b25"],
      bold: true,
    },
    {
      id: "b22",
      kode: "5.2.02",
      uraian: "Belanja Modal Peralatan dan Mesin",
      kind: "line",
      ang: 9_650_000_000,
      real: 8_742_300_000,
    },
    {
      id: "b23",
      kode: "5.2.03",
      uraian: "Belanja Modal Gedung dan Bangunan",
      kind: "line",
      ang: 3_800_000_000,
      real: 3_615_480_000,
    },
    {
      id: "b25",
      kode: "5.2.05",
      uraian: "Belanja Modal Aset Tetap Lainnya",
      kind: "line",
      ang: 420_000_000,
      real: 398_750_000,
    },
    { id: "jb", uraian: "JUMLAH BELANJA", kind: "total", of: ["bo", "bm"], bold: true },
    { id: "sd", uraian: "SURPLUS / (DEFISIT)", kind: "total", bold: true },
  ];
  // planted 1: the persentase of belanja barang dan jasa is a typed 98.69 among ROUND formulas
  // (25,918,940,250 / 26,750,000,000 = 96.89)
  const PLANT_P = { id: "b12", v: 98.69 };
  // planted 2: the realisasi of Belanja Modal is =SUM over the first two of its three lines
  const PLANT_S = "bm";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], num: 1, width: 14 },
    { key: "ur", head: ["Uraian"], num: 2, width: 44 },
    {
      key: "ang",
      head: ["Anggaran Setelah Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 3,
      fmt: RP,
      width: 19,
    },
    {
      key: "real",
      head: ["Realisasi s.d. 31 Desember 2024 (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 19,
    },
    { key: "lk", head: ["Lebih/(Kurang) (Rp)"], num: "5 = 4 - 3", fmt: RP, width: 18 },
    { key: "pct", head: ["Persentase (%)"], role: "capaian", num: "6 = 4 / 3 x 100", fmt: DEC, width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.bold,
      cells: (c) => {
        const cells: Record<string, Cell> = { kode: x.kode, ur: x.uraian };
        if (x.kind === "section") return cells;
        if (x.kind === "line") {
          cells.ang = x.ang;
          cells.real = x.real;
        } else if (x.id === "sd") {
          for (const k of ["ang", "real"]) cells[k] = fx(`${c.a(k, "jp")}-${c.a(k, "jb")}`);
        } else if (x.kind === "group") {
          const r1 = c.row(x.of![0]);
          const r2 = c.row(x.of![x.of!.length - 1]);
          for (const k of ["ang", "real"])
            cells[k] = fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${x.id === PLANT_S && k === "real" ? r2 - 1 : r2})`);
        } else {
          for (const k of ["ang", "real"]) cells[k] = fx(`SUM(${x.of!.map((y) => c.a(k, y)).join(",")})`);
        }
        cells.lk = fx(`${c.a("real")}-${c.a("ang")}`);
        if (x.id !== "sd")
          cells.pct = x.id === PLANT_P.id ? PLANT_P.v : fx(`ROUND(${c.a("real")}/${c.a("ang")}*100,2)`);
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Pendapatan BLUD dari jasa layanan melampaui target karena kenaikan kunjungan rawat jalan peserta JKN.",
    "2. Persentase pendapatan = realisasi pendapatan / target pendapatan x 100; persentase belanja = realisasi belanja / anggaran belanja x 100.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Sekarjati, 14 Januari 2025",
    jabatan: ["DIREKTUR RSUD KARTIKA HUSADA", "KOTA SEKARJATI,"],
    nama: "dr. HENDRA WIRATAMA, Sp.PD., M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19730608 200212 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_P.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "persentase of Belanja Barang dan Jasa is a typed 98.69 among ROUND formulas; 25,918,940,250 / 26,750,000,000 gives 96.89",
    truth: `ROUND(${a("real", PLANT_P.id)}/${a("ang", PLANT_P.id)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("real", PLANT_S) },
    rules: ["sum-mismatch"],
    note: "realisasi of Belanja Modal is =SUM over its first two lines only (12,357,780,000); with Belanja Modal Aset Tetap Lainnya the three lines give 12,756,530,000",
    truth: ["b22", "b23", "b25"].map((y) => a("real", y)).join("+"),
  });
  const lines = (id: string): string[] => {
    const x = rows.find((y) => y.id === id)!;
    if (x.kind === "line") return [id];
    return x.of!.flatMap(lines);
  };
  // sums that do not follow the planted Belanja Modal
  for (const id of ["jp", "bo", "bm", "jb"])
    for (const k of ["ang", "real"]) {
      if (k === "real" && (id === "bm" || id === "jb")) continue;
      b.ok({
        sheet: S,
        cell: a(k, id),
        rules: ["sum-mismatch"],
        truth: lines(id)
          .map((y) => a(k, y))
          .join("+"),
      });
    }
  // income above its target is no spending above a ceiling
  for (const id of ["p1", "p5", "jp"]) {
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a("real", id)}/${a("ang", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("real", id), rules: ["serapan-over-100"], truth: a("real", id) });
  }
  for (const id of ["p2", "p3", "b11", "b22", "b23", "b25", "bo"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("real", id)}/${a("ang", id)}*100,2)`,
    });
  for (const id of ["p1", "p5", "b11", "b12"])
    b.ok({ sheet: S, cell: a("lk", id), rules: ["sum-mismatch"], truth: `${a("real", id)}-${a("ang", id)}` });
  b.ok({
    sheet: S,
    cell: a("ang", "sd"),
    rules: ["sum-mismatch"],
    truth: `${lines("jp")
      .map((y) => a("ang", y))
      .join("+")}-(${lines("jb")
      .map((y) => a("ang", y))
      .join("+")})`,
  });
  return b.finish();
}
