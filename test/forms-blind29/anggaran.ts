// The budget realisation of an RSUD run as a BLUD, as two tables on one sheet: "A. Pendapatan BLUD"
// (target, realisasi, persentase, lebih/(kurang): income above its target is good news) and
// "B. Belanja BLUD" (pagu, realisasi, persentase, sisa anggaran), with group rows as SUM formulas
// over their own lines only. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ln = { id: string; kode: string; ur: string; a?: number; r?: number; of?: string[]; bold?: boolean };

/** Realisasi Anggaran BLUD 2024 of RSUD dr. Raden Soekarsono, Kabupaten Wonoreja. */
export function rsudBlud(): BookW {
  const b = new BookW(
    "realisasi-blud-rsud-soekarsono-wonoreja.xlsx",
    "Realisasi Anggaran BLUD (RSUD)",
    "Two tables on one sheet: 'A. PENDAPATAN BLUD' Kode Akun | Uraian | Target Pendapatan (Rp) | Realisasi Pendapatan (Rp) | % | Lebih/(Kurang) (Rp) and 'B. BELANJA BLUD' Kode Akun | Uraian | Pagu Anggaran (Rp) | Realisasi Belanja (Rp) | % Serapan | Sisa Anggaran (Rp); full rupiah; group rows as SUM over their lines",
  );
  const S = "Realisasi BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WONOREJA",
    "RUMAH SAKIT UMUM DAERAH dr. RADEN SOEKARSONO",
    "Jl. Pahlawan Kusuma Bangsa No. 7 Wonoreja, Jawa Tengah",
  ]);
  s.lines(["REALISASI PENDAPATAN DAN BELANJA BLUD", "TAHUN ANGGARAN 2024 (KEADAAN 31 DESEMBER 2024)"], 1, {
    bold: true,
  });
  s.gap();
  s.lines(["A. PENDAPATAN BLUD"], 1, { bold: true });
  const pend: Ln[] = [
    {
      id: "p1",
      kode: "4.1.04.16.01.0001",
      ur: "Jasa Layanan Pasien Umum",
      a: 9_750_000_000,
      r: 10_418_265_400,
    },
    {
      id: "p2",
      kode: "4.1.04.16.01.0002",
      ur: "Jasa Layanan Pasien BPJS Kesehatan",
      a: 42_600_000_000,
      r: 45_387_120_750,
    },
    {
      id: "p3",
      kode: "4.1.04.16.03",
      ur: "Hasil Kerja Sama dengan Pihak Lain",
      a: 1_150_000_000,
      r: 1_032_500_000,
    },
    {
      id: "p4",
      kode: "4.1.04.16.05",
      ur: "Lain-lain Pendapatan BLUD yang Sah",
      a: 480_000_000,
      r: 512_746_380,
    },
  ];
  const pcols: Col[] = [
    { key: "kode", head: ["Kode Akun"], width: 15 },
    { key: "ur", head: ["Uraian"], width: 42 },
    { key: "a", head: ["Target Pendapatan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 19 },
    {
      key: "r",
      head: ["Realisasi Pendapatan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 19,
    },
    { key: "p", head: ["%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "lk", head: ["Lebih/(Kurang) (Rp)"], fmt: RP, width: 17 },
  ];
  const line = (x: Ln, c: Ctx, diff: (c: Ctx) => Cell, stale?: number): Record<string, Cell> => ({
    kode: x.kode,
    ur: x.ur,
    a: x.a,
    r: x.r,
    p: fx(`ROUND(${c.a("r")}/${c.a("a")}*100,2)`),
    lk: stale === undefined ? diff(c) : { ...(diff(c) as { f: string }), stale },
  });
  const tp = s.table({
    cols: pcols,
    headerRows: 1,
    rows: [
      ...pend.map((x): Row => ({ id: x.id, cells: (c) => line(x, c, (k) => fx(`${k.a("r")}-${k.a("a")}`)) })),
      {
        id: "jp",
        bold: true,
        cells: (c) => ({
          ur: "JUMLAH PENDAPATAN BLUD",
          a: fx(`SUM(${c.a("a", "p1")}:${c.a("a", "p4")})`),
          r: fx(`SUM(${c.a("r", "p1")}:${c.a("r", "p4")})`),
          p: fx(`ROUND(${c.a("r")}/${c.a("a")}*100,2)`),
          lk: fx(`${c.a("r")}-${c.a("a")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["B. BELANJA BLUD"], 1, { bold: true });
  const bel: Ln[] = [
    { id: "bo", kode: "5.1", ur: "BELANJA OPERASI", of: ["b1", "b2"], bold: true },
    { id: "b1", kode: "5.1.01", ur: "Belanja Pegawai", a: 31_850_000_000, r: 30_962_417_800 },
    { id: "b2", kode: "5.1.02", ur: "Belanja Barang dan Jasa", a: 19_420_000_000, r: 18_604_992_615 },
    { id: "bm", kode: "5.2", ur: "BELANJA MODAL", of: ["m1", "m2", "m3"], bold: true },
    { id: "m1", kode: "5.2.02", ur: "Belanja Modal Peralatan dan Mesin", a: 6_450_000_000, r: 6_118_725_000 },
    { id: "m2", kode: "5.2.03", ur: "Belanja Modal Gedung dan Bangunan", a: 2_900_000_000, r: 2_754_310_000 },
    { id: "m3", kode: "5.2.05", ur: "Belanja Modal Aset Tetap Lainnya", a: 185_000_000, r: 171_600_000 },
  ];
  // planted 1: Belanja Modal realisasi typed 11,798,945,000: the three lines plus Gedung counted twice
  const PLANT_M = 6_118_725_000 + 2_754_310_000 * 2 + 171_600_000;
  // planted 2: Sisa of Belanja Pegawai =C-D caches a stale 878,582,200 (887,582,200)
  const PLANT_SISA = { id: "b1", v: 878_582_200 };
  const bcols: Col[] = [
    { key: "kode", head: ["Kode Akun"], width: 15 },
    { key: "ur", head: ["Uraian"], width: 42 },
    { key: "a", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 19 },
    {
      key: "r",
      head: ["Realisasi Belanja (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 19,
    },
    { key: "p", head: ["% Serapan"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "lk", head: ["Sisa Anggaran (Rp)"], fmt: RP, width: 17 },
  ];
  const tb = s.table({
    cols: bcols,
    headerRows: 1,
    rows: [
      ...bel.map((x): Row => ({
        id: x.id,
        bold: x.bold,
        cells: (c) => {
          if (!x.of)
            return line(
              x,
              c,
              (k) => fx(`${k.a("a")}-${k.a("r")}`),
              x.id === PLANT_SISA.id ? PLANT_SISA.v : undefined,
            );
          const r1 = c.row(x.of[0]);
          const r2 = c.row(x.of[x.of.length - 1]);
          return {
            kode: x.kode,
            ur: x.ur,
            a: fx(`SUM(${c.c("a")}${r1}:${c.c("a")}${r2})`),
            r: x.id === "bm" ? PLANT_M : fx(`SUM(${c.c("r")}${r1}:${c.c("r")}${r2})`),
            p: fx(`ROUND(${c.a("r")}/${c.a("a")}*100,2)`),
            lk: fx(`${c.a("a")}-${c.a("r")}`),
          };
        },
      })),
      {
        id: "jb",
        bold: true,
        cells: (c) => ({
          ur: "JUMLAH BELANJA BLUD",
          a: fx(`${c.a("a", "bo")}+${c.a("a", "bm")}`),
          r: fx(`${c.a("r", "bo")}+${c.a("r", "bm")}`),
          p: fx(`ROUND(${c.a("r")}/${c.a("a")}*100,2)`),
          lk: fx(`${c.a("a")}-${c.a("r")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: pendapatan jasa layanan melampaui target karena klaim BPJS Kesehatan triwulan IV 2023 dibayarkan pada Januari 2024.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Wonoreja, 15 Januari 2025",
    jabatan: ["Direktur RSUD dr. Raden Soekarsono", "Kabupaten Wonoreja,"],
    nama: "dr. BAGUS SETYAJI WIBISONO, M.M.R.",
    pangkat: "Pembina Tingkat I",
    nip: "19761102 200501 1 009",
  });

  b.plant({
    at: { sheet: S, cell: tb.a("r", "bm") },
    rules: ["sum-mismatch", "hardcoded-value", "serapan-over-100"],
    note: "realisasi of BELANJA MODAL is a typed 11,798,945,000 (Gedung dan Bangunan 2,754,310,000 counted twice), 123.74 % of the 9,535,000,000 pagu; its three lines give 9,044,635,000",
    truth: `SUM(${tb.a("r", "m1")}:${tb.a("r", "m3")})`,
  });
  b.plant({
    at: { sheet: S, cell: tb.a("lk", PLANT_SISA.id) },
    rules: ["sum-mismatch"],
    note: "Sisa Anggaran of Belanja Pegawai =C-D caches a stale 878,582,200; 31,850,000,000 - 30,962,417,800 = 887,582,200",
    truth: `${tb.a("a", "b1")}-${tb.a("r", "b1")}`,
  });
  const rt = (t: typeof tp, id: string) => `ROUND(${t.a("r", id)}/${t.a("a", id)}*100,2)`;
  // income above its target: no overspending
  for (const id of ["p1", "p2", "jp"]) {
    b.ok({
      sheet: S,
      cell: tp.a("p", id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: rt(tp, id),
      trap: "100",
    });
    b.ok({
      sheet: S,
      cell: tp.a("r", id),
      rules: ["serapan-over-100"],
      truth: tp.a("r", id),
      trap: tp.a("a", id),
    });
  }
  b.ok({
    sheet: S,
    cell: tp.a("r", "jp"),
    rules: ["sum-mismatch"],
    truth: ["p1", "p2", "p3", "p4"].map((x) => tp.a("r", x)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: tp.a("lk", "p3"),
    rules: ["sum-mismatch"],
    truth: `${tp.a("r", "p3")}-${tp.a("a", "p3")}`,
  });
  // a subtotal sums only its own lines
  for (const k of ["a", "r"])
    b.ok({
      sheet: S,
      cell: tb.a(k, "bo"),
      rules: ["sum-mismatch"],
      truth: `${tb.a(k, "b1")}+${tb.a(k, "b2")}`,
      trap: `SUM(${tb.a(k, "b1")}:${tb.a(k, "m3")})-${tb.a(k, "bm")}`,
    });
  b.ok({
    sheet: S,
    cell: tb.a("a", "bm"),
    rules: ["sum-mismatch"],
    truth: `${tb.a("a", "m1")}+${tb.a("a", "m2")}+${tb.a("a", "m3")}`,
  });
  b.ok({
    sheet: S,
    cell: tb.a("a", "jb"),
    rules: ["sum-mismatch"],
    truth: ["b1", "b2", "m1", "m2", "m3"].map((x) => tb.a("a", x)).join("+"),
    trap: `SUM(${tb.a("a", "bo")}:${tb.a("a", "m3")})`,
  });
  for (const id of ["b1", "b2", "m1", "m2"])
    b.ok({
      sheet: S,
      cell: tb.a("p", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(tb, id),
    });
  b.ok({
    sheet: S,
    cell: tb.a("lk", "b2"),
    rules: ["sum-mismatch"],
    truth: `${tb.a("a", "b2")}-${tb.a("r", "b2")}`,
  });
  return b.finish();
}
