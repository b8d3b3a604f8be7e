// A budget realisation by sub kegiatan of a Dinas Perhubungan for 2024 (Anggaran Setelah Perubahan
// | 'Realisasi s.d. 31 Desember 2024' > Keuangan (Rp) | Keuangan (%) | Fisik (%) | Sisa Anggaran):
// pagu of kegiatan and programs as SUM formulas, the kegiatan realisasi typed from the SIPD summary,
// the percentages wrapped in IFERROR; under it the office's retribution revenue, realised above its
// target. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { d2, iferror, RAW, rp, rt } from "./util";

type LrIn = {
  id: string;
  lvl: "prog" | "keg" | "sub";
  no?: string;
  kode: string;
  nama: string;
  pagu?: number;
  real?: number;
  fis?: number;
  of?: string[];
  ket?: string;
};

const NEG = "#,##0;(#,##0)";

/** Laporan realisasi anggaran per sub kegiatan 2024 and retribution revenue, Dinas Perhubungan Kabupaten Gunungtalang. */
export function realisasiDishub(): BookW {
  const file = "lra-subkegiatan-dishub-gunungtalang.xlsx";
  RAW.delete(file);
  const b = new BookW(
    file,
    "Budget realisation by sub kegiatan with revenue (Dinas Perhubungan)",
    "Realisasi anggaran 2024 per sub kegiatan of a Dinas Perhubungan: No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran Setelah Perubahan (Rp) | 'Realisasi s.d. 31 Desember 2024' > Keuangan (Rp) | Keuangan (%) | Fisik (%) | Sisa Anggaran (Rp) | Ket.; number row 1 .. 9 with '6 = 5 / 4 x 100' and '8 = 4 - 5'; kegiatan and program pagu SUM formulas, kegiatan realisasi typed from the SIPD summary, program realisasi SUM; Keuangan (%) =IFERROR(ROUND(..),0); a JUMLAH; under it B. Realisasi Pendapatan Retribusi: No | Jenis Retribusi | Target (Rp) | Realisasi (Rp) | Capaian (%) with a Jumlah, two retributions above 100 %",
  );
  const S = "Realisasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGTALANG",
    "DINAS PERHUBUNGAN",
    "Jl. Terminal Baru Km. 3, Gunungtalang",
  ]);
  s.lines(["LAPORAN REALISASI FISIK DAN KEUANGAN PER SUB KEGIATAN", "TAHUN ANGGARAN 2024", "A. BELANJA"], 1, {
    bold: true,
  });
  s.gap();
  const rows: LrIn[] = [
    {
      id: "p1",
      lvl: "prog",
      no: "I",
      kode: "2.15.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      of: ["g1", "g2", "g3"],
    },
    {
      id: "g1",
      lvl: "keg",
      kode: "2.15.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      of: ["s11"],
    },
    {
      id: "s11",
      lvl: "sub",
      no: "1",
      kode: "2.15.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      pagu: 6_842_315_000,
      real: 6_701_884_520,
      fis: 100,
    },
    {
      id: "g2",
      lvl: "keg",
      kode: "2.15.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      of: ["s21", "s22", "s23"],
    },
    {
      id: "s21",
      lvl: "sub",
      no: "2",
      kode: "2.15.01.2.06.0001",
      nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      pagu: 42_500_000,
      real: 40_860_000,
      fis: 100,
    },
    {
      id: "s22",
      lvl: "sub",
      no: "3",
      kode: "2.15.01.2.06.0002",
      nama: "Penyediaan Peralatan dan Perlengkapan Kantor",
      pagu: 118_750_000,
      real: 116_930_500,
      fis: 100,
    },
    {
      id: "s23",
      lvl: "sub",
      no: "4",
      kode: "2.15.01.2.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      pagu: 186_400_000,
      real: 179_254_800,
      fis: 100,
    },
    {
      id: "g3",
      lvl: "keg",
      kode: "2.15.01.2.08",
      nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      of: ["s31", "s32"],
    },
    {
      id: "s31",
      lvl: "sub",
      no: "5",
      kode: "2.15.01.2.08.0002",
      nama: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      pagu: 96_000_000,
      real: 91_348_215,
      fis: 100,
    },
    {
      id: "s32",
      lvl: "sub",
      no: "6",
      kode: "2.15.01.2.08.0004",
      nama: "Penyediaan Jasa Pelayanan Umum Kantor",
      pagu: 412_620_000,
      real: 409_980_000,
      fis: 100,
    },
    {
      id: "p2",
      lvl: "prog",
      no: "II",
      kode: "2.15.02",
      nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      of: ["g4", "g5", "g6"],
    },
    {
      id: "g4",
      lvl: "keg",
      kode: "2.15.02.2.02",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      of: ["s41", "s42", "s43"],
    },
    {
      id: "s41",
      lvl: "sub",
      no: "7",
      kode: "2.15.02.2.02.0001",
      nama: "Pengadaan dan Pemasangan Perlengkapan Jalan (Rambu, Marka dan Pagar Pengaman Jalan)",
      pagu: 2_486_300_000,
      real: 2_398_715_400,
      fis: 100,
    },
    {
      id: "s42",
      lvl: "sub",
      no: "8",
      kode: "2.15.02.2.02.0002",
      nama: "Pemeliharaan Perlengkapan Jalan",
      pagu: 734_500_000,
      real: 702_118_000,
      fis: 100,
    },
    {
      id: "s43",
      lvl: "sub",
      no: "9",
      kode: "2.15.02.2.02.0003",
      nama: "Rehabilitasi Perlengkapan Jalan (Alat Penerangan Jalan)",
      pagu: 1_128_450_000,
      real: 1_064_392_600,
      fis: 97.5,
      ket: "Addendum waktu pekerjaan APJ",
    },
    {
      id: "g5",
      lvl: "keg",
      kode: "2.15.02.2.06",
      nama: "Pengujian Berkala Kendaraan Bermotor",
      of: ["s51", "s52"],
    },
    {
      id: "s51",
      lvl: "sub",
      no: "10",
      kode: "2.15.02.2.06.0001",
      nama: "Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
      pagu: 468_200_000,
      real: 459_860_000,
      fis: 100,
    },
    {
      id: "s52",
      lvl: "sub",
      no: "11",
      kode: "2.15.02.2.06.0002",
      nama: "Pemeliharaan dan Kalibrasi Alat Uji Kendaraan Bermotor",
      pagu: 215_000_000,
      real: 198_650_000,
      fis: 100,
    },
    {
      id: "g6",
      lvl: "keg",
      kode: "2.15.02.2.09",
      nama: "Pengelolaan Terminal Penumpang Tipe C",
      of: ["s61"],
    },
    {
      id: "s61",
      lvl: "sub",
      no: "12",
      kode: "2.15.02.2.09.0001",
      nama: "Pengelolaan Terminal Penumpang Tipe C",
      pagu: 356_840_000,
      real: 341_206_500,
      fis: 100,
    },
  ];
  // planted 1: the realisasi of Pelaksanaan Pengujian Berkala typed 495,860,000 (digits swapped)
  // above its pagu of 468,200,000; the kegiatan's SIPD figure less the other sub kegiatan gives 459,860,000
  const PLANT_R = { id: "s51", v: 495_860_000 };
  // planted 2: the realisasi of program 2.15.02 is =SUM over its first two kegiatan; the terminal is left out
  const PLANT_P = "p2";
  const byId = new Map(rows.map((x) => [x.id, x]));
  const leaves = (id: string): LrIn[] => {
    const x = byId.get(id)!;
    return x.of ? x.of.flatMap(leaves) : [x];
  };
  // what the sheet shows
  const paguOf = (id: string): number => {
    const x = byId.get(id)!;
    return x.of ? sum(x.of.map(paguOf)) : x.pagu!;
  };
  const realOf = (id: string): number => {
    const x = byId.get(id)!;
    if (x.lvl === "sub") return x.id === PLANT_R.id ? PLANT_R.v : x.real!;
    if (x.lvl === "keg") return sum(leaves(id).map((l) => l.real!));
    return sum((id === PLANT_P ? x.of!.slice(0, 2) : x.of!).map(realOf));
  };
  const R = "Realisasi s.d. 31 Desember 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 44 },
    {
      key: "pagu",
      head: ["Anggaran Setelah Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 17,
    },
    {
      key: "real",
      head: [R, "Keuangan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5,
      fmt: RP,
      width: 17,
    },
    { key: "pct", head: [R, "Keuangan (%)"], role: "capaian", year: 2024, num: "6 = 5 / 4 x 100", width: 10 },
    { key: "fis", head: [R, "Fisik (%)"], role: "realisasi", year: 2024, num: 7, fmt: DEC, width: 9 },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], num: "8 = 4 - 5", fmt: NEG, width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 9, width: 20 },
  ];
  const PROGS = ["p1", "p2"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lvl !== "sub",
        cells: (c) => {
          const cells: Record<string, Cell> = { no: x.no, kode: x.kode, nama: x.nama, ket: x.ket };
          if (x.lvl === "sub") {
            cells.pagu = x.pagu;
            cells.real = x.id === PLANT_R.id ? PLANT_R.v : x.real;
            cells.fis = fmt(x.fis!, DEC);
          } else if (x.lvl === "keg") {
            cells.pagu = fx(`SUM(${c.a("pagu", x.of![0])}:${c.a("pagu", x.of![x.of!.length - 1])})`);
            cells.real = realOf(x.id);
          } else {
            const of = x.id === PLANT_P ? x.of!.slice(0, 2) : x.of!;
            cells.pagu = fx(`SUM(${x.of!.map((o) => c.a("pagu", o)).join(",")})`);
            cells.real = fx(`SUM(${of.map((o) => c.a("real", o)).join(",")})`);
          }
          cells.sisa = fx(`${c.a("pagu")}-${c.a("real")}`);
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => ({
          no: "JUMLAH",
          pagu: fx(PROGS.map((p) => c.a("pagu", p)).join("+")),
          real: fx(PROGS.map((p) => c.a("real", p)).join("+")),
          sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
        }),
      },
    ],
  });
  const shownPagu = (id: string) => (id === "jml" ? sum(PROGS.map(paguOf)) : paguOf(id));
  const shownReal = (id: string) => (id === "jml" ? sum(PROGS.map(realOf)) : realOf(id));
  for (const id of [...rows.map((x) => x.id), "jml"])
    iferror(
      s,
      t.a("pct", id),
      rt(t.a("real", id), t.a("pagu", id)),
      round((shownReal(id) / shownPagu(id)) * 100),
      DEC,
    );
  s.gap();

  // ------------------------------------------------------------------ B. Pendapatan under it
  s.lines(["B. REALISASI PENDAPATAN RETRIBUSI DAERAH TAHUN 2024"], 1, { bold: true });
  s.gap();
  const rev = [
    { id: "r1", nama: "Retribusi Pelayanan Parkir di Tepi Jalan Umum", t: 1_250_000_000, r: 1_186_450_000 },
    { id: "r2", nama: "Retribusi Pengujian Kendaraan Bermotor", t: 640_000_000, r: 719_880_000 },
    { id: "r3", nama: "Retribusi Tempat Khusus Parkir", t: 180_000_000, r: 204_135_000 },
    { id: "r4", nama: "Retribusi Pelayanan Terminal", t: 96_000_000, r: 88_740_000 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Jenis Retribusi"], width: 17 },
      { key: "t", head: ["Target (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 44 },
      { key: "r", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 17 },
    ],
    headerRows: 1,
    rows: [
      ...rev.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({ no: k + 1, kode: x.nama, t: x.t, r: x.r, c: fx(rt(c.a("r"), c.a("t"))) }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kode"],
        cells: (c) => ({
          no: "Jumlah",
          t: fx(`SUM(${c.a("t", "r1")}:${c.a("t", "r4")})`),
          r: fx(`SUM(${c.a("r", "r1")}:${c.a("r", "r4")})`),
          c: fx(rt(c.a("r"), c.a("t"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: realisasi keuangan sesuai SP2D s.d. 31 Desember 2024 (SIPD); realisasi kegiatan sesuai rekapitulasi SIPD per kegiatan.",
    "Realisasi retribusi pengujian kendaraan bermotor dan tempat khusus parkir melampaui target karena penambahan hari layanan uji dan tarif baru sesuai Perda Pajak Daerah dan Retribusi Daerah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Gunungtalang, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN GUNUNGTALANG,"],
    nama: "Drs. YUDHA PERMANA KUSUMAH, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19710918 199503 1 002",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const s51 = byId.get("s51")!;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", PLANT_R.id) },
        { sheet: S, cell: a("pct", PLANT_R.id) },
        { sheet: S, cell: a("real", "g5") },
      ],
    },
    rules: ["serapan-over-100", "sum-mismatch", "percent-out-of-range"],
    note: `Realisasi of sub kegiatan Pelaksanaan Pengujian Berkala Kendaraan Bermotor is ${rp(PLANT_R.v)} (${d2((PLANT_R.v / s51.pagu!) * 100)} % of its pagu ${rp(s51.pagu!)}); the kegiatan's SIPD figure ${rp(realOf("g5"))} less the other sub kegiatan (${rp(198_650_000)}) gives ${rp(s51.real!)} (two digits swapped)`,
    truth: `${a("real", "g5")}-${a("real", "s52")}`,
    tol: 0.5,
  });
  const p2 = byId.get(PLANT_P)!.of!;
  b.plant({
    at: { sheet: S, cell: a("real", PLANT_P) },
    rules: ["sum-mismatch"],
    note: `Realisasi of program 2.15.02 is =SUM over its first two kegiatan (${rp(realOf(PLANT_P))}); with Pengelolaan Terminal Penumpang Tipe C (${rp(realOf("g6"))}) the three give ${rp(sum(p2.map(realOf)))}`,
    truth: p2.map((o) => a("real", o)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.lvl === "sub" && x.id !== PLANT_R.id)
      b.ok({
        sheet: S,
        cell: a("pct", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: rt(a("real", x.id), a("pagu", x.id)),
      });
    if (x.lvl === "keg") {
      b.ok({
        sheet: S,
        cell: a("pagu", x.id),
        rules: ["sum-mismatch"],
        truth: x.of!.map((o) => a("pagu", o)).join("+"),
        tol: 0.5,
      });
      b.ok({
        sheet: S,
        cell: a("pct", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: rt(a("real", x.id), a("pagu", x.id)),
      });
      if (x.id !== "g5")
        b.ok({
          sheet: S,
          cell: a("real", x.id),
          rules: ["sum-mismatch"],
          truth: x.of!.map((o) => a("real", o)).join("+"),
          tol: 0.5,
        });
    }
    if (x.lvl === "prog") {
      const deep = x.of!.flatMap((o) => [o, ...byId.get(o)!.of!]);
      // a program adds its kegiatan, not its kegiatan and their sub kegiatan together
      b.ok({
        sheet: S,
        cell: a("pagu", x.id),
        rules: ["sum-mismatch"],
        truth: x.of!.map((o) => a("pagu", o)).join("+"),
        trap: deep.map((o) => a("pagu", o)).join("+"),
        tol: 0.5,
      });
      if (x.id === "p1") {
        b.ok({
          sheet: S,
          cell: a("real", x.id),
          rules: ["sum-mismatch"],
          truth: x.of!.map((o) => a("real", o)).join("+"),
          trap: deep.map((o) => a("real", o)).join("+"),
          tol: 0.5,
        });
        b.ok({
          sheet: S,
          cell: a("pct", x.id),
          rules: ["capaian-mismatch", "serapan-over-100"],
          truth: rt(a("real", x.id), a("pagu", x.id)),
        });
      }
    }
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: PROGS.map((p) => a("pagu", p)).join("+"),
    // JUMLAH adds the two programs, not every row above it
    trap: `SUM(${a("pagu", "p1")}:${a("pagu", "s61")})`,
    tol: 0.5,
  });
  const a2 = (k: string, id: string) => t2.a(k, id);
  for (const x of rev) {
    const c = round((x.r / x.t) * 100);
    b.ok({
      sheet: S,
      cell: a2("c", x.id),
      // revenue above its target is more income, not spending above a ceiling
      rules:
        c > 100 ? ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: rt(a2("r", x.id), a2("t", x.id)),
    });
    if (c > 100)
      b.ok({ sheet: S, cell: a2("r", x.id), rules: ["serapan-over-100"], truth: String(x.r), tol: 0.5 });
  }
  for (const k of ["t", "r"])
    b.ok({
      sheet: S,
      cell: a2(k, "jml"),
      rules: ["sum-mismatch"],
      truth: rev.map((x) => a2(k, x.id)).join("+"),
      tol: 0.5,
    });
  b.ok({
    sheet: S,
    cell: a2("c", "jml"),
    rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
    truth: rt(a2("r", "jml"), a2("t", "jml")),
    // the Jumlah is the ratio of the totals, not the mean of the four retributions
    trap: `ROUND(AVERAGE(${a2("c", "r1")}:${a2("c", "r4")}),2)`,
  });
  return b.finish();
}
