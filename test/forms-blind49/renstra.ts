// The Renstra evaluations: a T-C.29-like review of Renstra achievement of the Dinas Ketahanan Pangan
// Kota Banua Lima (Kalimantan Selatan) and an E.80 evaluation of the Renstra 2022-2026 of the Dinas
// Lingkungan Hidup Kota Tambak Anyar (Jawa Tengah), K and Rp per year. Every office, person and number
// is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

/** T-C.29-like review of Renstra achievement 2024, Dinas Ketahanan Pangan Kota Banua Lima. */
export function tc29DkpBanuaLima(): BookW {
  const b = new BookW(
    "t-c29-reviu-capaian-renstra-dkp-kota-banua-lima-2024.xlsx",
    "T-C.29 review of Renstra achievement",
    "No | Indikator | Satuan | Target Akhir Renstra (2026) | Target 2024 | Realisasi 2024 | Tingkat Capaian 2024 (%) | Realisasi s.d. 2023 | Realisasi s.d. 2024 | Tingkat Capaian Renstra s.d. 2024 (%); levels, two lower-is-better shares, two flows",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.29",
      "Reviu Pencapaian Renstra Dinas Ketahanan Pangan Kota Banua Lima s.d. Tahun 2024",
      "Renstra 2022-2026",
    ],
    1,
    { bold: true },
  );
  s.gap();
  type I = {
    id: string;
    ind: string;
    sat: string;
    ak: number;
    t: number;
    r: number;
    sd: number;
    kind: "lvl" | "neg" | "flow";
    f: string;
  };
  const inds: I[] = [
    {
      id: "t1",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "poin",
      ak: 90,
      t: 86,
      r: 87.3,
      sd: 84.9,
      kind: "lvl",
      f: DEC,
    },
    {
      id: "t2",
      ind: "Prevalensi ketidakcukupan konsumsi pangan (PoU)",
      sat: "%",
      ak: 7,
      t: 8,
      r: 7.6,
      sd: 8.4,
      kind: "neg",
      f: DEC,
    },
    {
      id: "t3",
      ind: "Persentase kelurahan rentan rawan pangan",
      sat: "%",
      ak: 4,
      t: 5,
      r: 4.6,
      sd: 5.3,
      kind: "neg",
      f: DEC,
    },
    {
      id: "t4",
      ind: "Jumlah kelompok Pekarangan Pangan Lestari (P2L) yang dibina",
      sat: "kelompok",
      ak: 60,
      t: 12,
      r: 13,
      sd: 31,
      kind: "flow",
      f: INT,
    },
    {
      id: "t5",
      ind: "Jumlah sampel pangan segar yang diuji keamanannya",
      sat: "sampel",
      ak: 1500,
      t: 320,
      r: 355,
      sd: 640,
      kind: "flow",
      f: INT,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No", "1"], role: "no", width: 4 },
    { key: "ind", head: ["Indikator Kinerja Sasaran / Program", "2"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan", "3"], role: "satuan", width: 10 },
    {
      key: "ak",
      head: ["Target Kinerja Akhir Renstra (2026)", "4"],
      role: "kondisi-akhir",
      year: 2026,
      width: 12,
    },
    { key: "t", head: ["Target Tahun 2024", "5"], role: "target", year: 2024, width: 10 },
    { key: "r", head: ["Realisasi Tahun 2024", "6"], role: "realisasi", year: 2024, width: 10 },
    {
      key: "c",
      head: ["Tingkat Capaian 2024 (%)", "7 = 6/5 x 100"],
      role: "capaian",
      year: 2024,
      fmt: DEC,
      width: 11,
    },
    { key: "sd0", head: ["Realisasi Kinerja s.d. 2023", "8"], role: "realisasi", year: 2023, width: 11 },
    { key: "sd", head: ["Realisasi Kinerja s.d. 2024", "9"], role: "realisasi", year: 2024, width: 11 },
    {
      key: "cr",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "10 = 9/4 x 100"],
      role: "capaian",
      fmt: DEC,
      width: 12,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          ak: fmt(x.ak, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          sd0: fmt(x.sd, x.f),
        };
        // planted (t3): the positive formula on a lower-is-better share
        o.c =
          x.kind === "neg" && x.id !== "t3"
            ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
        // planted (t4): s.d. 2024 typed without this year's groups
        o.sd = x.kind === "flow" ? (x.id === "t4" ? 41 : fx(`${c.a("sd0")}+${c.a("r")}`)) : fx(c.a("r"));
        o.cr =
          x.kind === "neg"
            ? fx(`ROUND((2*${c.a("ak")}-${c.a("sd")})/${c.a("ak")}*100,2)`)
            : fx(`ROUND(${c.a("sd")}/${c.a("ak")}*100,2)`);
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "*) indikator PoU dan kelurahan rentan rawan pangan semakin kecil semakin baik: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Banua Lima, 17 Maret 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan,"],
    nama: "Ir. H. GUSTI MUHAMMAD RIDHANI, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19680822 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "t3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "kelurahan rentan rawan pangan (lower is better): 4.60 / 5.00 x 100 = 92.00 while the PoU row and the footnote use the refleksi: (10 - 4.6) / 5 x 100 = 108.00",
    truth: `ROUND((2*${a("t", "t3")}-${a("r", "t3")})/${a("t", "t3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sd", "t4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "P2L groups s.d. 2024 typed 41; 31 (s.d. 2023) + 13 (2024) = 44",
    truth: `${a("sd0", "t4")}+${a("r", "t4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "t1"),
    rules: ["sum-mismatch"],
    truth: a("r", "t1"),
    trap: `${a("sd0", "t1")}+${a("r", "t1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "t5"),
    rules: ["sum-mismatch"],
    truth: `${a("sd0", "t5")}+${a("r", "t5")}`,
    trap: a("r", "t5"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "t2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "t2")}-${a("r", "t2")})/${a("t", "t2")}*100,2)`,
    trap: `${a("r", "t2")}/${a("t", "t2")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "t5"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("r", "t5")}/${a("t", "t5")}*100,2)`,
  });
  return b.finish();
}

type E = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  tk: number[];
  rk: number[];
  flow: boolean;
  /** Rp per year (kegiatan), or the kegiatan rows a programme adds */
  tr?: number[];
  rr?: number[];
  of?: string[];
  f: string;
};

/** E.80 evaluation of the Renstra 2022-2026 through 2024, Dinas Lingkungan Hidup Kota Tambak Anyar. */
export function e80DlhTambakAnyar(): BookW {
  const b = new BookW(
    "e80-evaluasi-renstra-dlh-kota-tambak-anyar-2022-2026.xlsx",
    "E.80 Evaluasi terhadap hasil Renstra",
    "No | Kode | Program/Kegiatan | Indikator | Satuan | Capaian Awal (2021) | Target Akhir Renstra K/Rp | Target Renstra 2022..2026 K/Rp | Realisasi 2022..2024 K/Rp | Realisasi s.d. 2024 K/Rp | Tingkat Capaian s.d. 2024 thd Target Akhir (%) K/Rp; programmes add their kegiatan, levels and flows",
  );
  const S = "E.80";
  const s = b.sheet(S);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH",
      "DINAS LINGKUNGAN HIDUP KOTA TAMBAK ANYAR",
      "Periode Renstra 2022-2026, realisasi s.d. Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const YT = [2022, 2023, 2024, 2025, 2026];
  const YR = [2022, 2023, 2024];
  const es: E[] = [
    {
      id: "e1",
      kode: "2.11.11",
      nama: "Program Pengelolaan Persampahan",
      ind: "Persentase sampah yang tertangani",
      sat: "%",
      awal: 68.2,
      tk: [71, 74, 77, 80, 83],
      rk: [71.6, 73.8, 77.9],
      flow: false,
      of: ["e2", "e3"],
      f: DEC,
    },
    {
      id: "e2",
      kode: "2.11.11.2.01",
      nama: "Pengelolaan Sampah",
      ind: "Volume sampah yang diangkut ke TPA",
      sat: "ton/tahun",
      awal: 41_200,
      tk: [42_500, 43_200, 43_900, 44_600, 45_300],
      rk: [42_870, 43_115, 44_260],
      flow: true,
      tr: [8_450_000_000, 8_920_000_000, 9_350_000_000, 9_800_000_000, 10_250_000_000],
      rr: [8_312_450_000, 8_865_120_000, 9_214_780_000],
      f: INT,
    },
    {
      id: "e3",
      kode: "2.11.11.2.02",
      nama: "Pembinaan dan Pengawasan Pengelolaan Sampah",
      ind: "Jumlah bank sampah / TPS 3R yang dibina",
      sat: "unit",
      awal: 10,
      tk: [12, 14, 16, 18, 20],
      rk: [12, 15, 17],
      flow: true,
      tr: [385_000_000, 410_000_000, 445_000_000, 470_000_000, 500_000_000],
      rr: [371_250_000, 402_600_000, 438_915_000],
      f: INT,
    },
    {
      id: "e4",
      kode: "2.11.03",
      nama: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      awal: 48.6,
      tk: [50, 51.5, 53, 54.5, 56],
      rk: [50.4, 51.2, 53.6],
      flow: false,
      of: ["e5"],
      f: DEC,
    },
    {
      id: "e5",
      kode: "2.11.03.2.01",
      nama: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Jumlah titik sampel air sungai yang dipantau",
      sat: "titik",
      awal: 20,
      tk: [24, 24, 28, 28, 32],
      rk: [24, 26, 28],
      flow: true,
      tr: [620_000_000, 655_000_000, 710_000_000, 745_000_000, 790_000_000],
      rr: [598_400_000, 641_250_000, 702_380_000],
      f: INT,
    },
  ];
  const pair = (key: string, head: string[], rk: Col["role"], rr: Col["role"], year?: number): Col[] => [
    { key: `${key}k`, head: [...head, "K"], role: rk, year, width: 9 },
    { key: `${key}r`, head: [...head, "Rp"], role: rr, year, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 4 },
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "nama", head: ["Program / Kegiatan"], role: "indikator", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Capaian Awal Perencanaan (2021)"], role: "kondisi-awal", year: 2021, width: 11 },
    ...pair("ak", ["Target Capaian Akhir Renstra (2026)"], "kondisi-akhir", "kondisi-akhir", 2026),
    ...YT.flatMap((y, i) => pair(`t${i}`, ["Target Renstra", `Tahun ${y}`], "target", "anggaran", y)),
    ...YR.flatMap((y, i) =>
      pair(`r${i}`, ["Realisasi Capaian", `Tahun ${y}`], "realisasi", "realisasi-anggaran", y),
    ),
    ...pair("sd", ["Realisasi s.d. Tahun Berjalan (2024)"], "realisasi", "realisasi-anggaran", 2024),
    {
      key: "ck",
      head: ["Tingkat Capaian s.d. 2024 thd Target Akhir (%)", "K"],
      role: "capaian",
      fmt: DEC,
      width: 9,
    },
    {
      key: "cr",
      head: ["Tingkat Capaian s.d. 2024 thd Target Akhir (%)", "Rp"],
      role: "capaian",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const akRp = (x: E): number => (x.tr ?? []).reduce((p, q) => p + q, 0);
  const t = s.table({
    cols,
    headerRows: 3,
    rows: es.map((x, k): Row => ({
      id: x.id,
      bold: !!x.of,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          no: x.of ? (k === 0 ? "1" : "2") : null,
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          pj: x.id === "e4" || x.id === "e5" ? "Bidang PPKLH" : "Bidang Persampahan",
        };
        o.akk = x.flow
          ? fx(`SUM(${c.a("t0k")},${c.a("t1k")},${c.a("t2k")},${c.a("t3k")},${c.a("t4k")})`)
          : fx(c.a("t4k"));
        YT.forEach((_, i) => {
          o[`t${i}k`] = fmt(x.tk[i], x.f);
          o[`t${i}r`] = x.of ? fx(x.of.map((id) => c.a(`t${i}r`, id)).join("+")) : x.tr![i];
        });
        YR.forEach((_, i) => {
          o[`r${i}k`] = fmt(x.rk[i], x.f);
          o[`r${i}r`] = x.of ? fx(x.of.map((id) => c.a(`r${i}r`, id)).join("+")) : x.rr![i];
        });
        // target akhir Rp typed (as the Renstra's Tabel 6.1 gives it); planted (e2): digits swapped
        o.akr = x.of
          ? fx(x.of.map((id) => c.a("akr", id)).join("+"))
          : x.id === "e2"
            ? 47_670_000_000
            : akRp(x);
        o.sdk = x.flow ? fx(`SUM(${c.a("r0k")},${c.a("r1k")},${c.a("r2k")})`) : fx(c.a("r2k"));
        // planted (e5): the s.d. Rp leaves 2022 out
        o.sdr =
          x.id === "e5"
            ? fx(`${c.a("r1r")}+${c.a("r2r")}`)
            : fx(`SUM(${c.a("r0r")},${c.a("r1r")},${c.a("r2r")})`);
        o.ck = fx(`ROUND(${c.a("sdk")}/${c.a("akk")}*100,2)`);
        o.cr = fx(`ROUND(${c.a("sdr")}/${c.a("akr")}*100,2)`);
        return o;
      },
    })),
  });
  s.gap();
  s.lines(["Sumber: Renstra DLH 2022-2026 (Tabel 6.1) dan LKjIP 2022-2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  const rs = (id: string, p: string) => `${a(`${p}0r`, id)}+${a(`${p}1r`, id)}+${a(`${p}2r`, id)}`;
  b.plant({
    at: { sheet: S, cell: a("akr", "e2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "target akhir Rp of Pengelolaan Sampah typed 47,670,000,000; the five years add up to 46,770,000,000 (digits swapped)",
    truth: `${rs("e2", "t")}+${a("t3r", "e2")}+${a("t4r", "e2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sdr", "e5") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "realisasi s.d. 2024 Rp of pemantauan kualitas air adds 2023 and 2024 only (1,343,630,000); with 2022 (598,400,000) 1,942,030,000",
    truth: rs("e5", "r"),
  });
  b.ok({
    sheet: S,
    cell: a("sdk", "e1"),
    rules: ["sum-mismatch"],
    truth: a("r2k", "e1"),
    trap: `${a("r0k", "e1")}+${a("r1k", "e1")}+${a("r2k", "e1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akk", "e4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4k", "e4"),
    trap: `${a("t0k", "e4")}+${a("t1k", "e4")}+${a("t2k", "e4")}+${a("t3k", "e4")}+${a("t4k", "e4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akk", "e3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `${a("t0k", "e3")}+${a("t1k", "e3")}+${a("t2k", "e3")}+${a("t3k", "e3")}+${a("t4k", "e3")}`,
    trap: a("t4k", "e3"),
  });
  b.ok({
    sheet: S,
    cell: a("t2r", "e1"),
    rules: ["sum-mismatch"],
    truth: `${a("t2r", "e2")}+${a("t2r", "e3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "e2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sdk", "e2")}/${a("akk", "e2")}*100,2)`,
  });
  return b.finish();
}
