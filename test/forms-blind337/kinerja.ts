// The LKjIP measurement table and the Perjanjian Kinerja (with the Renstra IKU sheet) of two Dinas
// Pariwisata. Every place, name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
};

/** LKjIP 2024 Tabel 3.1 of the Dinas Pariwisata Kabupaten Lembah Sarimanik (Sumatera Barat). */
export function lkjipPariwisata(): BookW {
  const b = new BookW(
    "lkjip-2024-dinas-pariwisata-lembah-sarimanik-337.xlsx",
    "LKjIP pengukuran kinerja (Pariwisata)",
    "LKjIP 2024 Tabel 3.1, merged Sasaran, 'Tahun 2024 > Target / Realisasi / Capaian (%)', number row (1)..(9), ROUND capaian formulas, refleksi formula on two negative indicators (one planted with R/T), predikat words, Rata-rata footer and a footnote",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PARIWISATA, PEMUDA DAN OLAHRAGA", "KABUPATEN LEMBAH SARIMANIK"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const A = "Meningkatnya kunjungan wisatawan";
  const B = "Meningkatnya lama tinggal dan hunian akomodasi";
  const C = "Meningkatnya kualitas pengelolaan objek wisata";
  const rows: L[] = [
    {
      id: "wisnus",
      sas: A,
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      neg: false,
      r23: 391_260,
      t: 412_000,
      r: 438_650,
    },
    {
      id: "wisman",
      sas: A,
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      neg: false,
      r23: 5_940,
      t: 6_500,
      r: 5_830,
    },
    {
      id: "lama",
      sas: B,
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      neg: false,
      r23: 1.8,
      t: 2.1,
      r: 1.9,
    },
    {
      id: "tpk",
      sas: B,
      ind: "Tingkat penghunian kamar hotel",
      sat: "%",
      neg: false,
      r23: 55.7,
      t: 58,
      r: 61.4,
    },
    {
      id: "keluhan",
      sas: C,
      ind: "Persentase objek wisata dengan keluhan pengunjung *)",
      sat: "%",
      neg: true,
      r23: 14.5,
      t: 12,
      r: 9.6,
    },
    {
      id: "bocor",
      sas: C,
      ind: "Persentase kebocoran retribusi objek wisata *)",
      sat: "%",
      neg: true,
      r23: 10.2,
      t: 8,
      r: 9.1,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    {
      key: "r23",
      head: ["Realisasi 2023"],
      role: "realisasi",
      year: 2023,
      num: "(5)",
      fmt: "#,##0.00",
      width: 12,
    },
    {
      key: "t",
      head: ["Tahun 2024", "Target"],
      role: "target",
      year: 2024,
      num: "(6)",
      fmt: "#,##0.00",
      width: 12,
    },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: "#,##0.00",
      width: 12,
    },
    {
      key: "c",
      head: ["Tahun 2024", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(8)",
      fmt: DEC,
      width: 10,
    },
    { key: "p", head: ["Predikat"], role: "predikat", num: "(9)", width: 13 },
  ];
  // planted: kebocoran retribusi (negative) with R/T = 113.75; refleksi gives 86.25
  const cap = (x: L) => round(((x.neg && x.id !== "bocor" ? 2 * x.t - x.r : x.r) / x.t) * 100);
  const caps = rows.map(cap);
  const body: Row[] = rows.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      r23: x.r23,
      t: x.t,
      r: x.r,
      c:
        x.neg && x.id !== "bocor"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      // planted: "Sangat Baik" for the wisman capaian of 89.69 (Baik)
      p: x.id === "wisman" ? "Sangat Baik" : predikatBaik(cap(x)),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "r"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "wisnus")}:${x.a("c", "bocor")}),2)`),
          p: predikatBaik(round(sum(caps) / caps.length)),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["*) indikator negatif: capaian = (2 x target - realisasi) / target x 100"]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "bocor") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase kebocoran retribusi is lower-is-better but its capaian is R/T = 113.75; refleksi (2T - R)/T gives 86.25 (the row above uses refleksi)",
    truth: `ROUND((2*${a("t", "bocor")}-${a("r", "bocor")})/${a("t", "bocor")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "wisman") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 89.69 (5,830 / 6,500); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "wisman")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "keluhan"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "keluhan")}-${a("r", "keluhan")})/${a("t", "keluhan")}*100,2)`,
    trap: `ROUND(${a("r", "keluhan")}/${a("t", "keluhan")}*100,2)`,
  });
  for (const id of ["wisnus", "wisman", "lama", "tpk"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["wisnus", "lama", "tpk", "keluhan"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}

type K = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; level: boolean };

/** PK 2025 of the Kepala Dinas Pariwisata Kota Pantai Wolasi, with the Renstra 2025-2029 IKU sheet. */
export function pkPariwisata(): BookW {
  const b = new BookW(
    "pk-2025-dinas-pariwisata-pantai-wolasi-337.xlsx",
    "Perjanjian Kinerja + Renstra (Pariwisata)",
    "PK 2025 (indicator table with Satuan before Target 2025; program table with a typed JUMLAH after a caption) + sheet 'Renstra IKU' (Kondisi Awal 2024, 2025..2029, Kondisi Akhir 2029)",
  );
  const iku: K[] = [
    {
      id: "wisnus",
      sas: "Meningkatnya kunjungan wisatawan",
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      awal: 248_600,
      k: [265_000, 281_000, 298_000, 316_000, 335_000],
      level: true,
    },
    {
      id: "wisman",
      sas: "Meningkatnya kunjungan wisatawan",
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      awal: 3_120,
      k: [3_400, 3_700, 4_000, 4_350, 4_700],
      level: true,
    },
    {
      id: "lama",
      sas: "Meningkatnya lama tinggal wisatawan",
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      awal: 1.72,
      k: [1.8, 1.9, 2, 2.1, 2.2],
      level: true,
    },
    {
      id: "tpk",
      sas: "Meningkatnya lama tinggal wisatawan",
      ind: "Tingkat penghunian kamar (TPK) hotel",
      sat: "%",
      awal: 55.4,
      k: [57, 59, 61, 63, 65],
      level: true,
    },
    {
      id: "desa",
      sas: "Meningkatnya daya saing desa wisata",
      ind: "Jumlah desa wisata baru berstatus berkembang",
      sat: "desa",
      awal: 2,
      k: [2, 2, 3, 3, 3],
      level: false,
    },
  ];
  // Renstra sheet first (the PK refers to it)
  const R = "Renstra IKU";
  const rs = b.sheet(R);
  rs.lines(["Tabel 7.1 Indikator Kinerja Utama Dinas Pariwisata Kota Pantai Wolasi 2025-2029"]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Kondisi Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: "#,##0.00",
      width: 12,
    },
    ...[0, 1, 2, 3, 4].map((i) => ({
      key: `k${i}`,
      head: ["Target Kinerja", String(2025 + i)],
      role: "target" as const,
      year: 2025 + i,
      fmt: "#,##0.00",
      width: 11,
    })),
    {
      key: "ka",
      head: ["Kondisi Akhir Renstra (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: "#,##0.00",
      width: 12,
    },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k0: x.k[0],
        k1: x.k[1],
        k2: x.k[2],
        k3: x.k[3],
        k4: x.k[4],
        ka: x.level ? x.k[4] : sum(x.k),
      },
    })),
  });
  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KOTA PANTAI WOLASI", "DINAS PARIWISATA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Kepala Dinas Pariwisata Kota Pantai Wolasi dengan Wali Kota Pantai Wolasi",
  ]);
  s.gap();
  // planted: TPK target 59 = Renstra 2026; 2025 is 57
  const pkT = (x: K) => (x.id === "tpk" ? x.k[1] : x.k[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: "#,##0.00", width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: pkT(x) },
    })),
  });
  s.gap();
  s.lines(["Program dan anggaran pendukung:"]);
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_812_350_000],
    ["Program Peningkatan Daya Tarik Destinasi Pariwisata", 2_145_600_000],
    ["Program Pemasaran Pariwisata", 1_827_500_000],
    ["Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif", 936_800_000],
  ];
  // planted: JUMLAH typed 9,772,250,000; the programs give 9,722,250,000
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, rp], i) => ({
        id: `p${i + 1}`,
        cells: { no: i + 1, prog: p, rp, ket: "APBD 2025" },
      })),
      {
        id: "jml",
        span: ["no", "prog"] as [string, string],
        bold: true,
        cells: { no: "JUMLAH", rp: 9_772_250_000 },
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Pantai Wolasi, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA"],
    nama: "Hj. WA ODE RASNIATI, S.Sos., M.Si",
    nip: "19780214 200312 2 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("t", "tpk") },
        { sheet: R, cell: rt.a("k0", "tpk") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of TPK hotel is 59, the Renstra target for 2026; Renstra 2025 is 57",
    truth: `'${R}'!${rt.a("k0", "tpk")}`,
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran typed 9,772,250,000; the four programs give 9,722,250,000",
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p4")})`,
  });
  for (const id of ["wisnus", "wisman", "lama"])
    b.ok({
      sheet: P,
      cell: t1.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("k0", id)}`,
    });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "tpk"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("k4", "tpk"),
    trap: `SUM(${rt.a("k0", "tpk")}:${rt.a("k4", "tpk")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "desa"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt.a("k0", "desa")}:${rt.a("k4", "desa")})`,
  });
  return b.finish();
}
