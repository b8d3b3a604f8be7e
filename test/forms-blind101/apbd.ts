// A recap the BPKAD of an invented Kalimantan Barat kabupaten really keeps: realisasi pendapatan dan
// belanja APBD 2024 per triwulan by kode rekening (no No column), with SUM formulas for the
// subtotals, totals that add the subtotals only, sisa anggaran and % realisasi (the total's % is the
// ratio of the totals, not the mean of the rows). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Leaf = { id: string; kode: string; ur: string; ang: number; q: number[] };

export function realisasiApbdKalbar(): BookW {
  const b = new BookW(
    "realisasi-apbd-per-triwulan-bpkad-sekayam-hilir-2024.xlsx",
    "Rekap realisasi pendapatan dan belanja APBD per triwulan (BPKAD kabupaten)",
    "Rekap realisasi APBD 2024 of a Kalbar kabupaten: Kode Rekening | Uraian | Anggaran Setelah Perubahan 2024 | 'Realisasi Tahun Anggaran 2024' > Triwulan I..IV | Jumlah s.d. Triwulan IV | Sisa Anggaran | % Realisasi; number row '9 = 5+6+7+8', '10 = 4 - 9', '11 = 9 / 4 x 100'; subtotals by SUM, totals adding subtotals, surplus/defisit row",
  );
  const S = "LRA Triwulan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEKAYAM HILIR",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "Jl. Jenderal Sudirman No. 27 Nanga Sekayam, Kalimantan Barat",
  ]);
  s.lines([
    "REKAPITULASI REALISASI PENDAPATAN DAN BELANJA DAERAH PER TRIWULAN",
    "TAHUN ANGGARAN 2024",
    "(dalam rupiah)",
  ]);
  s.gap();
  const Q = ["tw1", "tw2", "tw3", "tw4"];
  const REAL = "Realisasi Tahun Anggaran 2024 (Rp)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 1, width: 12 },
    { key: "ur", head: ["Uraian"], num: 2, width: 42 },
    {
      key: "ang",
      head: ["Anggaran Setelah Perubahan 2024 (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 20,
    },
    ...Q.map((k, i) => ({
      key: k,
      head: [REAL, `Triwulan ${["I", "II", "III", "IV"][i]}`],
      role: "realisasi-anggaran" as const,
      year: 2024,
      num: 5 + i,
      fmt: RP,
      width: 19,
    })),
    {
      key: "jml",
      head: [REAL, "Jumlah s.d. Triwulan IV"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 5+6+7+8",
      fmt: RP,
      width: 20,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], role: "lainnya", num: "10 = 4 - 9", fmt: RP, width: 18 },
    { key: "pct", head: ["% Realisasi"], role: "capaian", num: "11 = 9 / 4 x 100", fmt: DEC, width: 10 },
  ];
  const pend: Leaf[][] = [
    [
      {
        id: "p11",
        kode: "4.1.01",
        ur: "Pajak Daerah",
        ang: 48_500_000_000,
        q: [9_120_450_000, 11_806_300_000, 12_240_915_000, 14_318_700_000],
      },
      {
        id: "p12",
        kode: "4.1.02",
        ur: "Retribusi Daerah",
        ang: 6_250_000_000,
        q: [1_104_200_000, 1_486_350_000, 1_512_800_000, 1_690_400_000],
      },
      {
        id: "p13",
        kode: "4.1.03",
        ur: "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan",
        ang: 4_800_000_000,
        q: [0, 0, 4_736_650_000, 0],
      },
      {
        id: "p14",
        kode: "4.1.04",
        ur: "Lain-lain PAD yang Sah",
        ang: 22_400_000_000,
        q: [3_905_100_000, 5_218_740_000, 5_604_300_000, 6_120_880_000],
      },
    ],
    [
      {
        id: "p21",
        kode: "4.2.01",
        ur: "Pendapatan Transfer Pemerintah Pusat",
        ang: 1_286_700_000_000,
        q: [302_415_600_000, 351_208_900_000, 318_640_250_000, 296_112_480_000],
      },
      {
        id: "p22",
        kode: "4.2.02",
        ur: "Pendapatan Transfer Antar Daerah",
        ang: 96_300_000_000,
        q: [18_240_000_000, 22_615_400_000, 24_380_150_000, 27_904_600_000],
      },
    ],
    [
      {
        id: "p31",
        kode: "4.3.01",
        ur: "Pendapatan Hibah",
        ang: 3_500_000_000,
        q: [420_000_000, 1_330_000_000, 380_000_000, 1_270_000_000],
      },
    ],
  ];
  const bel: Leaf[][] = [
    [
      {
        id: "b11",
        kode: "5.1.01",
        ur: "Belanja Pegawai",
        ang: 612_450_000_000,
        q: [138_204_500_000, 151_618_300_000, 149_870_450_000, 158_316_900_000],
      },
      {
        id: "b12",
        kode: "5.1.02",
        ur: "Belanja Barang dan Jasa",
        ang: 398_760_000_000,
        q: [52_318_400_000, 98_406_150_000, 103_274_800_000, 121_905_600_000],
      },
      {
        id: "b15",
        kode: "5.1.05",
        ur: "Belanja Hibah",
        ang: 42_300_000_000,
        q: [6_150_000_000, 14_280_500_000, 11_940_000_000, 8_615_000_000],
      },
      {
        id: "b16",
        kode: "5.1.06",
        ur: "Belanja Bantuan Sosial",
        ang: 8_750_000_000,
        q: [1_320_000_000, 2_415_000_000, 2_180_000_000, 2_365_000_000],
      },
    ],
    [
      {
        id: "b22",
        kode: "5.2.02",
        ur: "Belanja Modal Peralatan dan Mesin",
        ang: 46_820_000_000,
        q: [2_104_300_000, 8_615_900_000, 12_308_450_000, 19_642_100_000],
      },
      {
        id: "b23",
        kode: "5.2.03",
        ur: "Belanja Modal Gedung dan Bangunan",
        ang: 71_450_000_000,
        q: [1_860_000_000, 9_472_600_000, 18_905_300_000, 36_118_750_000],
      },
      {
        id: "b24",
        kode: "5.2.04",
        ur: "Belanja Modal Jalan, Jaringan, dan Irigasi",
        ang: 158_900_000_000,
        q: [4_215_800_000, 21_640_300_000, 48_306_900_000, 77_912_450_000],
      },
    ],
    [
      {
        id: "b31",
        kode: "5.3.01",
        ur: "Belanja Tidak Terduga",
        ang: 5_000_000_000,
        q: [125_000_000, 850_000_000, 1_240_000_000, 415_000_000],
      },
    ],
    [
      {
        id: "b42",
        kode: "5.4.02",
        ur: "Belanja Bantuan Keuangan kepada Pemerintah Desa",
        ang: 186_400_000_000,
        q: [38_640_000_000, 52_118_000_000, 46_300_500_000, 44_916_300_000],
      },
    ],
  ];
  const tail = (c: { a(k: string): string }): Record<string, Cell> => ({
    sisa: fx(`${c.a("ang")}-${c.a("jml")}`),
    pct: fx(`ROUND(${c.a("jml")}/${c.a("ang")}*100,2)`),
  });
  const leafRow = (x: Leaf): Row => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = { kode: x.kode, ur: x.ur, ang: x.ang, ...tail(c) };
      Q.forEach((k, j) => (out[k] = x.q[j]));
      // planted: the bansos total is typed, 1,000,000,000 above its quarters and above the pagu
      out.jml = x.id === "b16" ? 9_280_000_000 : fx(`SUM(${c.a("tw1")}:${c.a("tw4")})`);
      return out;
    },
  });
  const subRow = (id: string, kode: string, ur: string, leaves: Leaf[]): Row => ({
    id,
    bold: true,
    cells: (c) => {
      const out: Record<string, Cell> = { kode, ur, ...tail(c) };
      const first = leaves[0].id;
      const last = leaves[leaves.length - 1].id;
      // planted: Belanja Modal's anggaran stops one row short (5.2.04 left out)
      const lastAng = id === "b2" ? leaves[leaves.length - 2].id : last;
      out.ang = fx(`SUM(${c.c("ang")}${c.row(first)}:${c.c("ang")}${c.row(lastAng)})`);
      for (const k of [...Q, "jml"]) out[k] = fx(`SUM(${c.c(k)}${c.row(first)}:${c.c(k)}${c.row(last)})`);
      return out;
    },
  });
  const totRow = (id: string, kode: string, ur: string, parts: string[]): Row => ({
    id,
    bold: true,
    cells: (c) => {
      const out: Record<string, Cell> = { kode, ur, ...tail(c) };
      for (const k of ["ang", ...Q, "jml"]) out[k] = fx(parts.map((p) => c.a(k, p)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      totRow("p", "4", "PENDAPATAN DAERAH", ["p1", "p2", "p3"]),
      subRow("p1", "4.1", "PENDAPATAN ASLI DAERAH (PAD)", pend[0]),
      ...pend[0].map(leafRow),
      subRow("p2", "4.2", "PENDAPATAN TRANSFER", pend[1]),
      ...pend[1].map(leafRow),
      subRow("p3", "4.3", "LAIN-LAIN PENDAPATAN DAERAH YANG SAH", pend[2]),
      ...pend[2].map(leafRow),
      totRow("b", "5", "BELANJA DAERAH", ["b1", "b2", "b3", "b4"]),
      subRow("b1", "5.1", "BELANJA OPERASI", bel[0]),
      ...bel[0].map(leafRow),
      subRow("b2", "5.2", "BELANJA MODAL", bel[1]),
      ...bel[1].map(leafRow),
      subRow("b3", "5.3", "BELANJA TIDAK TERDUGA", bel[2]),
      ...bel[2].map(leafRow),
      subRow("b4", "5.4", "BELANJA TRANSFER", bel[3]),
      ...bel[3].map(leafRow),
      {
        id: "sd",
        bold: true,
        cells: (c) => {
          const out: Record<string, Cell> = { ur: "SURPLUS / (DEFISIT)" };
          for (const k of ["ang", ...Q, "jml"]) out[k] = fx(`${c.a(k, "p")}-${c.a(k, "b")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIPD-RI modul penatausahaan, data per 15 Januari 2025 (belum diaudit BPK)."]);
  s.gap();
  signature(s, 7, {
    tempat: "Nanga Sekayam, 20 Januari 2025",
    jabatan: ["KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "KABUPATEN SEKAYAM HILIR,"],
    nama: "HENDRIKUS ALOYSIUS DJUMAIN, S.E., M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19740818 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (id: string) => `SUM(${a("tw1", id)}:${a("tw4", id)})`;
  b.plant({
    at: { sheet: S, cell: a("jml", "b16") },
    rules: ["sum-mismatch", "serapan-over-100", "hardcoded-value"],
    note: "Belanja Bantuan Sosial s.d. Triwulan IV is a typed 9,280,000,000 above its pagu 8,750,000,000; the four quarters add up to 8,280,000,000",
    truth: qsum("b16"),
  });
  b.plant({
    at: { sheet: S, cell: a("ang", "b2") },
    rules: ["sum-mismatch"],
    note: "Anggaran Belanja Modal is =SUM over 5.2.02:5.2.03, one row short: 118,270,000,000 instead of 277,170,000,000 with 5.2.04",
    truth: `SUM(${a("ang", "b22")}:${a("ang", "b24")})`,
  });
  // totals that add the subtotals only, and a total % that is the ratio of the totals
  b.ok({
    sheet: S,
    cell: a("ang", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("ang", "p1")}+${a("ang", "p2")}+${a("ang", "p3")}`,
    trap: `SUM(${a("ang", "p1")}:${a("ang", "p31")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("jml", "p1")}+${a("jml", "p2")}+${a("jml", "p3")}`,
    trap: `SUM(${a("jml", "p1")}:${a("jml", "p31")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "p"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "p")}/${a("ang", "p")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "p11")}:${a("pct", "p14")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "p1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "p1")}/${a("ang", "p1")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "p11")}:${a("pct", "p14")}),2)`,
  });
  for (const id of ["p11", "p13", "p21", "b11", "b15", "b24", "b42"]) {
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("tw1", id)}+${a("tw2", id)}+${a("tw3", id)}+${a("tw4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("ang", id)}*100,2)`,
    });
  }
  for (const k of ["ang", "jml"])
    b.ok({
      sheet: S,
      cell: a(k, "p1"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "p11")}:${a(k, "p14")})`,
    });
  b.ok({
    sheet: S,
    cell: a("ang", "b1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ang", "b11")}:${a("ang", "b16")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "b2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("jml", "b22")}:${a("jml", "b24")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sisa", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("ang", "p")}-${a("jml", "p")}`,
  });
  return b.finish();
}
