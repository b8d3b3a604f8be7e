// An E.81 evaluation of the Renja 2024 (Permendagri 86/2017) of the Dinas Lingkungan Hidup of an
// invented Bali city, program 2.11.11 Pengelolaan Persampahan, Rp in thousands: the tonnages are
// flows and add their quarters, the share of active bank sampah is a level (its year is Triwulan IV,
// its "s.d." value the latest level). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: number[];
  rpq: number[];
};

export function e81Persampahan(): BookW {
  const b = new BookW(
    "e81-renja-dlh-persampahan-tukad-badung.xlsx",
    "E.81 evaluasi hasil Renja PD (DLH, persampahan)",
    "E.81 of a DLH in Bali for 2024, Rp in thousands: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TUKAD BADUNG",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Hayam Wuruk No. 44 Tukad Badung, Bali",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kota Tukad Badung",
    "Renja Dinas Lingkungan Hidup s.d. Triwulan IV Tahun 2024 (Renstra PD 2021-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.11.11.2.01.0001",
      nm: "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan dan Pemrosesan Akhir",
      ind: "Jumlah sampah yang terangkut ke TPA",
      sat: "ton",
      level: false,
      k5: 470_000,
      rp5: 48_500_000,
      k6: 264_380,
      rp6: 27_940_150,
      k7: 92_000,
      rp7: 10_250_000,
      kq: [21_450, 22_130, 22_870, 23_040],
      rpq: [2_180_400, 2_615_300, 2_704_850, 2_498_120],
    },
    {
      id: "s2",
      kode: "2.11.11.2.01.0003",
      nm: "Pengembangan Bank Sampah dan TPS3R",
      ind: "Persentase bank sampah aktif",
      sat: "%",
      level: true,
      k5: 85,
      rp5: 3_600_000,
      k6: 58.3,
      rp6: 1_905_300,
      k7: 75,
      rp7: 780_000,
      kq: [62.5, 66.8, 70.2, 74.6],
      rpq: [120_400, 185_250, 201_600, 236_880],
    },
    {
      id: "s3",
      kode: "2.11.11.2.01.0004",
      nm: "Pengolahan Sampah Organik menjadi Kompos",
      ind: "Jumlah sampah organik yang diolah menjadi kompos",
      sat: "ton",
      level: false,
      k5: 6_500,
      rp5: 5_250_000,
      k6: 3_420,
      rp6: 2_960_700,
      k7: 1_400,
      rp7: 1_120_000,
      kq: [310, 335, 360, 342],
      rpq: [210_300, 265_100, 290_450, 301_760],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 10 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 14 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qs = (p: string) => [1, 2, 3, 4].map((i) => `${p}q${i}`);
  const ids = subs.map((x) => x.id);
  const rpSum = (key: string, rows: string[], c: A) => fx(rows.map((id) => c.a(key, id)).join("+"));
  const rpKeys = ["rp5", "rp6", "rp7", ...qs("rp"), "rp12", "rp13"];
  type A = { a(k: string, id?: string): string };
  const aggRow = (
    id: string,
    no: string,
    kode: string,
    nm: string,
    from: string[],
    extra: (c: A) => Record<string, Cell>,
  ): Row => ({
    id,
    bold: true,
    cells: (c) => ({
      no,
      kode,
      nm,
      ...Object.fromEntries(rpKeys.map((k) => [k, rpSum(k, from, c)])),
      rp14: fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`),
      pj: "Bidang Persampahan",
      ...extra(c),
    }),
  });
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c) => ({
      no: `1.1.${i + 1}`,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      k5: x.k5,
      rp5: x.rp5,
      k6: x.k6,
      rp6: x.rp6,
      k7: x.k7,
      rp7: x.rp7,
      ...Object.fromEntries(x.kq.map((v, q) => [`kq${q + 1}`, v])),
      ...Object.fromEntries(x.rpq.map((v, q) => [`rpq${q + 1}`, v])),
      // levels take the Triwulan IV value, flows add the quarters
      k12: fx(x.level ? c.a("kq4") : `SUM(${c.a("kq1")},${c.a("kq2")},${c.a("kq3")},${c.a("kq4")})`),
      // planted: the compost sub kegiatan's Rp (12) adds Triwulan I-III only
      rp12: fx(
        x.id === "s3"
          ? `${c.a("rpq1")}+${c.a("rpq2")}+${c.a("rpq3")}`
          : `${c.a("rpq1")}+${c.a("rpq2")}+${c.a("rpq3")}+${c.a("rpq4")}`,
      ),
      k13: fx(x.level ? c.a("k12") : `${c.a("k6")}+${c.a("k12")}`),
      rp13: fx(`${c.a("rp6")}+${c.a("rp12")}`),
      // planted: the tonnage's (14) K divides by the Renja target (7) instead of the Renstra target (5)
      k14: fx(`ROUND(${c.a("k13")}/${c.a(x.id === "s1" ? "k7" : "k5")}*100,2)`),
      rp14: fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`),
      pj: "Bidang Persampahan",
    }),
  });
  const sum4 = (v: number[]) => v[0] + v[1] + v[2] + v[3];
  const shown = subs.map((x) => {
    const r12 = x.id === "s3" ? x.rpq[0] + x.rpq[1] + x.rpq[2] : sum4(x.rpq);
    const k13 = x.level ? x.kq[3] : x.k6 + sum4(x.kq);
    return {
      k: round((k13 / (x.id === "s1" ? x.k7 : x.k5)) * 100),
      rp: round(((x.rp6 + r12) / x.rp5) * 100),
    };
  });
  const shownK = round(sum(shown.map((x) => x.k)) / 3);
  const shownRp = round(sum(shown.map((x) => x.rp)) / 3);
  const pk = { k5: 80, k6: 71.2, k7: 75, kq: [72.1, 73.4, 74.9, 76.3] };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      aggRow("p", "1", "2.11.11", "PROGRAM PENGELOLAAN PERSAMPAHAN", ["k"], (c) => ({
        ind: "Persentase sampah yang tertangani",
        sat: "%",
        k5: pk.k5,
        k6: pk.k6,
        k7: pk.k7,
        ...Object.fromEntries(pk.kq.map((v, q) => [`kq${q + 1}`, v])),
        k12: fx(c.a("kq4")),
        k13: fx(c.a("k12")),
        k14: fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`),
      })),
      aggRow("k", "1.1", "2.11.11.2.01", "Pengelolaan Sampah", ids, () => ({})),
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")},${c.a("k14", "s2")},${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")},${c.a("rp14", "s2")},${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(shownK), rp14: predikat(shownRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: armada pengangkutan bertambah 6 unit compactor; bank sampah binaan desa adat aktif kembali.",
    "Faktor penghambat: kapasitas zona aktif TPA terbatas; harga jual kompos rendah.",
    "Tindak lanjut: percepatan TPS3R di setiap kelurahan dan kerja sama offtaker kompos.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tukad Badung, 15 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KOTA TUKAD BADUNG,"],
    nama: "I GUSTI NGURAH PUTU WIRAWAN, S.T., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730512 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (p: string, id: string) =>
    qs(p)
      .map((k) => a(k, id))
      .join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 2.11.11.2.01.0004 adds Triwulan I-III only (765,850); with Triwulan IV's 301,760 it is 1,067,610",
    truth: q4("rp", "s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the tonnage to the TPA divides (13) 353,870 by the Renja target (7) 92,000 (384.64); by the Renstra target (5) 470,000 it is 75.29",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q4("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "s3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: q4("rp", id) });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  // the level's year is its Triwulan IV value and its s.d. value the latest level
  for (const id of ["s2", "p"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq4", id), trap: q4("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("kq4", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", "rpq1", "rpq4"])
    b.ok({ sheet: S, cell: a(k, "k"), rules: ["sum-mismatch"], truth: ids.map((id) => a(k, id)).join("+") });
  return b.finish();
}
