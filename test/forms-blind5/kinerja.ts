// Performance tables of the seventh unseen set: an LKjIP table of an Inspektorat that compares 2024
// with 2023 ("REALISASI 2023 | TAHUN 2024 > TARGET* | REALISASI | CAPAIAN (%) > 2023 | 2024**"), all
// in capitals with footnote marks, qualitative rows (SAKIP letter with score, opini, level) beside
// numbers, the capaian 2023 quoted from last year's report (against last year's target, which the
// table does not show); and a "Pengukuran Kinerja" of a Satuan Polisi Pamong Praja with "Capaian (%)"
// > "Kinerja" | "Anggaran", the kinerja capaian a fraction formatted 0.00% beside the anggaran capaian
// typed as a percent number, some percentage indicators themselves stored as fractions, predikat words.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ============================================= LKjIP 2024 (Inspektorat), perbandingan dengan 2023

type InIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  r23: number | string;
  t24: number | string;
  r24: number | string;
  /** the 2023 target (PK 2023), not on the sheet: the capaian 2023 is quoted from the LKjIP 2023 */
  t23?: number;
  /** letters with a score on the SAKIP scale */
  sakip?: boolean;
  f?: string;
};

const score = (v: number | string): number =>
  typeof v === "number" ? v : Number(/\(([\d,]+)\)/.exec(v)![1].replace(",", "."));

/** LKjIP 2024 of Inspektorat Kota Lembanggiri: realisasi and capaian 2024 beside 2023, capitals, footnote marks. */
export function perbandingan(): BookW {
  const b = new BookW(
    "lkjip-perbandingan-inspektorat-lembanggiri.xlsx",
    "LKjIP perbandingan",
    "LKjIP 2024 of an Inspektorat comparing 2024 with 2023: REALISASI 2023 | TAHUN 2024 > TARGET* | REALISASI | CAPAIAN (%) > 2023 | 2024**, headers in capitals with footnote marks, SAKIP letters, opini and levels beside numbers",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  s.lines([
    "TABEL 3.3",
    "PERBANDINGAN REALISASI DAN CAPAIAN KINERJA TAHUN 2024 DENGAN TAHUN 2023",
    "INSPEKTORAT KOTA LEMBANGGIRI",
  ]);
  s.gap();
  const S1 = "Meningkatnya akuntabilitas kinerja dan keuangan Pemerintah Kota Lembanggiri";
  const S2 = "Meningkatnya efektivitas pengawasan dan pencegahan korupsi";
  const rows: InIn[] = [
    {
      id: "sakip",
      sas: S1,
      ind: "Nilai SAKIP Pemerintah Kota Lembanggiri",
      sat: "Predikat (Nilai)",
      r23: "BB (72,84)",
      t24: "BB (77,50)",
      r24: "BB (80,12)",
      t23: 74,
      sakip: true,
    },
    {
      id: "opini",
      sas: S1,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      sat: "Opini",
      r23: "WTP",
      t24: "WTP",
      r24: "WTP",
    },
    {
      id: "spip",
      sas: S1,
      ind: "Tingkat maturitas penyelenggaraan SPIP terintegrasi",
      sat: "Skor (1-5)",
      r23: 3.12,
      t24: 3.5,
      r24: 3.41,
      t23: 3.25,
    },
    {
      id: "apip",
      sas: S2,
      ind: "Level kapabilitas APIP",
      sat: "Level",
      r23: "Level 3",
      t24: "Level 3",
      r24: "Level 3",
    },
    {
      id: "tl",
      sas: S2,
      ind: "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
      sat: "%",
      r23: 78.45,
      t24: 85,
      r24: 86.9,
      t23: 80,
    },
    {
      id: "temuan",
      sas: S2,
      ind: "Jumlah temuan berulang hasil pemeriksaan",
      sat: "Temuan",
      neg: true,
      r23: 14,
      t24: 10,
      r24: 8,
      t23: 12,
      f: INT,
    },
    {
      id: "mcp",
      sas: S2,
      ind: "Nilai Monitoring Center for Prevention (MCP) KPK",
      sat: "Nilai",
      r23: 82.35,
      t24: 85,
      r24: 91.27,
      t23: 80,
    },
    {
      id: "tgr",
      sas: S2,
      ind: "Persentase kerugian daerah yang dipulihkan melalui tuntutan ganti rugi",
      sat: "%",
      r23: 61.2,
      t24: 70,
      r24: 64.85,
      t23: 65,
    },
  ];
  const cap = (x: InIn, r: number | string, t: number) => {
    const R = score(r);
    return round(x.neg ? ((2 * t - R) / t) * 100 : (R / t) * 100);
  };
  // planted 1: capaian 2024 of the tindak lanjut row against the 2023 realisasi, not the 2024 target
  const PLANT_C = "tl";
  // planted 2: the 2024 SAKIP letter left at BB for a score of 80.12 (A is above 80)
  const PLANT_G = "sakip";
  const x0 = rows.find((x) => x.id === PLANT_C)!;
  const cWrong = round((score(x0.r24) / score(x0.r23)) * 100);
  const GT = "TAHUN 2024";
  const GC = "CAPAIAN (%)";
  const cols: Col[] = [
    { key: "no", head: ["NO"], role: "no", width: 5 },
    { key: "sas", head: ["SASARAN STRATEGIS"], role: "sasaran", width: 28 },
    { key: "ind", head: ["INDIKATOR KINERJA"], role: "indikator", width: 36 },
    { key: "sat", head: ["SATUAN"], role: "satuan", width: 12 },
    { key: "r23", head: ["REALISASI 2023"], role: "realisasi", year: 2023, width: 12 },
    { key: "t24", head: [GT, "TARGET*"], role: "target", year: 2024, width: 12 },
    { key: "r24", head: [GT, "REALISASI"], role: "realisasi", year: 2024, width: 12 },
    { key: "c23", head: [GC, "2023"], role: "capaian", year: 2023, fmt: DEC, width: 10 },
    { key: "c24", head: [GC, "2024**"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ket", head: ["KET."], role: "keterangan", width: 12 },
  ];
  const v = (x: InIn, w: number | string): Cell => (typeof w === "number" ? fmt(w, x.f ?? DEC) : w);
  const ket = (x: InIn) => {
    if (typeof x.r24 === "string" && !x.sakip) return "Tetap";
    const d = score(x.r24) - score(x.r23);
    return (x.neg ? -d : d) > 0 ? "Membaik" : "Menurun";
  };
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x): Row => ({
      id: x.id,
      cells: {
        no: ++no,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: v(x, x.r23),
        t24: v(x, x.t24),
        r24: v(x, x.r24),
        c23: x.t23 === undefined ? 100 : cap(x, x.r23, x.t23),
        c24:
          x.id === PLANT_C
            ? cWrong
            : typeof x.t24 === "string" && !x.sakip
              ? 100
              : cap(x, x.r24, score(x.t24)),
        ket: ket(x),
      },
    })),
  });
  s.gap();
  s.lines([
    "*) Target sesuai Perjanjian Kinerja Perubahan Tahun 2024.",
    "**) Capaian = Realisasi / Target x 100%; untuk indikator yang semakin kecil semakin baik (jumlah temuan berulang) = (2 x Target - Realisasi) / Target x 100%.",
    "Capaian 2023 dikutip dari LKjIP Inspektorat Tahun 2023 (terhadap target Perjanjian Kinerja Tahun 2023).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lembanggiri, 26 Februari 2025",
    jabatan: ["INSPEKTUR KOTA LEMBANGGIRI,"],
    nama: "Dr. HENDRA WIRAWAN SAPUTRA, S.E., M.Ak.",
    pangkat: "Pembina Utama Muda",
    nip: "19730522 199803 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const num = (x: InIn, k: "r23" | "t24" | "r24") => (x.sakip ? `SCORE(${a(k, x.id)})` : a(k, x.id));
  const gcell = a("r24", PLANT_G);
  b.plant({
    at: { sheet: S, cell: gcell },
    rules: ["sakip-grade-mismatch"],
    note: 'realisasi 2024 of the Nilai SAKIP is "BB (80,12)": a score of 80.12 is A (A is above 80 to 90), the letter of 2023 left as it was',
    truth: `SAKIP(SCORE(${gcell}))`,
    actual: `GRADE(${gcell})`,
  });
  b.plant({
    at: { sheet: S, cell: a("c24", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: `capaian 2024 of tindak lanjut rekomendasi is ${cWrong} = realisasi 2024 / realisasi 2023 (the comparison the table is about); realisasi / target 2024 = ${x0.r24} / ${x0.t24} gives ${cap(x0, x0.r24, score(x0.t24))}`,
    truth: `ROUND(${a("r24", PLANT_C)}/${a("t24", PLANT_C)}*100,2)`,
  });
  for (const x of rows) {
    if (x.t23 === undefined) continue;
    const [R23, T24, R24] = [num(x, "r23"), num(x, "t24"), num(x, "r24")];
    if (x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: a("c24", x.id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? `ROUND((2*${T24}-${R24})/${T24}*100,2)` : `ROUND(${R24}/${T24}*100,2)`,
        trap: x.neg ? `ROUND(${R24}/${T24}*100,2)` : undefined,
      });
    // the capaian 2023 is right against the PK 2023 target; against the 2024 target it is not
    const T23 = String(x.t23);
    b.ok({
      sheet: S,
      cell: a("c23", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? `ROUND((2*${T23}-${R23})/${T23}*100,2)` : `ROUND(${R23}/${T23}*100,2)`,
      trap: x.neg ? `ROUND((2*${T24}-${R23})/${T24}*100,2)` : `ROUND(${R23}/${T24}*100,2)`,
    });
  }
  const sk = rows.find((x) => x.id === PLANT_G)!;
  for (const k of ["r23", "t24"] as const) {
    const cell = a(k, sk.id);
    b.ok({
      sheet: S,
      cell,
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${cell}))`,
      actual: `GRADE(${cell})`,
    });
  }
  return b.finish();
}

// ======================================= Pengukuran Kinerja 2024 (Satpol PP), capaian as fractions

type SpIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t: number;
  r: number;
  /** the percentage stored as a fraction with a % format */
  frac?: boolean;
  pagu: number;
  real: number;
  f?: string;
};

/** Pengukuran Kinerja 2024 of Satuan Polisi Pamong Praja Kabupaten Padangkencana. */
export function pengukuran(): BookW {
  const b = new BookW(
    "pengukuran-kinerja-satpolpp-padangkencana.xlsx",
    "Pengukuran Kinerja",
    "Pengukuran Kinerja 2024 of a Satpol PP: Target | Realisasi | Anggaran | Realisasi Anggaran | Capaian (%) > Kinerja (fractions, 0.00%) | Anggaran (percent numbers) | Predikat; year only in the title; some percentages stored as fractions",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Kinerja Tahun 2024",
    "Satuan Polisi Pamong Praja Kabupaten Padangkencana",
  ]);
  s.gap();
  const S1 = "Meningkatnya ketenteraman dan ketertiban umum";
  const S2 = "Meningkatnya perlindungan masyarakat dan penanganan kebakaran";
  const PCT = "0.00%";
  const rows: SpIn[] = [
    {
      id: "gangguan",
      sas: S1,
      ind: "Persentase gangguan ketenteraman dan ketertiban umum yang dapat diselesaikan",
      sat: "%",
      t: 90,
      r: 92.86,
      pagu: 2_846_500_000,
      real: 2_731_118_400,
    },
    {
      id: "perda",
      sas: S1,
      ind: "Persentase penegakan Perda dan Perkada",
      sat: "%",
      t: 0.85,
      r: 0.8824,
      frac: true,
      pagu: 1_318_250_000,
      real: 1_254_976_300,
    },
    {
      id: "ulang",
      sas: S1,
      ind: "Jumlah pelanggaran Perda yang berulang",
      sat: "kasus",
      neg: true,
      t: 40,
      r: 46,
      pagu: 412_600_000,
      real: 398_245_100,
      f: INT,
    },
    {
      id: "linmas",
      sas: S2,
      ind: "Persentase anggota Satlinmas yang terlatih",
      sat: "%",
      t: 60,
      r: 53.18,
      pagu: 986_400_000,
      real: 921_573_500,
    },
    {
      id: "damkar",
      sas: S2,
      ind: "Persentase kejadian kebakaran yang ditangani dalam waktu tanggap (response time) 15 menit",
      sat: "%",
      t: 0.8,
      r: 0.8571,
      frac: true,
      pagu: 3_452_800_000,
      real: 3_186_452_300,
    },
    {
      id: "ikm",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat atas layanan Satpol PP",
      sat: "indeks",
      t: 82,
      r: 83.46,
      pagu: 615_300_000,
      real: 588_940_700,
    },
  ];
  const ratio = (x: SpIn) => (x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t);
  const capA = (x: SpIn) => round((x.real / x.pagu) * 100);
  // planted 1: realisasi anggaran of the damkar row typed in thousands of rupiah
  const PLANT_N = "damkar";
  const xn = rows.find((x) => x.id === PLANT_N)!;
  const PLANT_N_VAL = Math.round(xn.real / 1000);
  // planted 2: predikat one band too high (88.63 % is Baik)
  const PLANT_P = "linmas";
  const xp = rows.find((x) => x.id === PLANT_P)!;
  if (predikatBaik(ratio(xp) * 100) !== "Baik") throw new Error("Satpol PP: linmas predikat");
  const G = "Capaian (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "pagu", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    {
      key: "real",
      head: ["Realisasi Anggaran (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "ck", head: [G, "Kinerja"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
    { key: "ca", head: [G, "Anggaran"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 12 },
  ];
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  let no = 0;
  const avg = sum(rows.map(ratio)) / rows.length;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        cells: (c) => {
          const f = x.frac ? PCT : (x.f ?? DEC);
          const [T, R] = [c.a("t"), c.a("r")];
          return {
            no: ++no,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            t: fmt(x.t, f),
            r: fmt(x.r, f),
            pagu: x.pagu,
            real: x.id === PLANT_N ? PLANT_N_VAL : x.real,
            ck: fx(x.neg ? `(2*${T}-${R})/${T}` : `${R}/${T}`),
            ca: capA(x),
            pred: x.id === PLANT_P ? "Sangat Baik" : predikatBaik(ratio(x) * 100),
          };
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "r"] as [string, string],
        cells: (c) => ({
          no: "Jumlah / Rata-rata",
          pagu: fx(`SUM(${c.a("pagu", first)}:${c.a("pagu", last)})`),
          real: fx(`SUM(${c.a("real", first)}:${c.a("real", last)})`),
          ck: fx(`AVERAGE(${c.a("ck", first)}:${c.a("ck", last)})`),
          ca: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          pred: predikatBaik(avg * 100),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "Capaian jumlah pelanggaran Perda yang berulang (semakin kecil semakin baik) = (2 x Target - Realisasi) / Target.",
    "Predikat: Sangat Baik > 90%; Baik > 75% s.d. 90%; Cukup > 65% s.d. 75%; Kurang > 50% s.d. 65%; Sangat Kurang <= 50%.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Padangkencana, 20 Februari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "KABUPATEN PADANGKENCANA,"],
    nama: "AGUS SETIAWAN NUGROHO, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19790614 199912 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rat = (x: SpIn) =>
    x.neg ? `(2*${a("t", x.id)}-${a("r", x.id)})/${a("t", x.id)}` : `${a("r", x.id)}/${a("t", x.id)}`;
  b.plant({
    at: { sheet: S, cell: a("real", PLANT_N) },
    rules: ["number-scale"],
    note: `realisasi anggaran of the response time row is ${PLANT_N_VAL.toLocaleString("en")} (thousands of rupiah among rupiah); the capaian anggaran ${capA(xn)} of its pagu ${xn.pagu.toLocaleString("en")} gives about ${xn.real.toLocaleString("en")}`,
    truth: `${a("ca", PLANT_N)}*${a("pagu", PLANT_N)}/100`,
    tol: 200_000,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", PLANT_P) },
    rules: ["predikat-mismatch"],
    note: `predikat "Sangat Baik" for a capaian kinerja shown as ${(ratio(xp) * 100).toFixed(2)}% (stored as ${round(ratio(xp), 4)}); the band > 75 to 90 is Baik`,
    truth: `PREDIKAT_BAIK(${a("ck", PLANT_P)}*100)`,
  });
  for (const x of rows) {
    b.ok({
      sheet: S,
      cell: a("ck", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rat(x),
      // a fraction shown as a percentage: R/T x 100 as a number is not what the cell holds
      trap: x.neg ? `${a("r", x.id)}/${a("t", x.id)}` : `ROUND(${rat(x)}*100,2)`,
      tol: 1e-6,
    });
    if (x.id !== PLANT_N)
      b.ok({
        sheet: S,
        cell: a("ca", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${a("real", x.id)}/${a("pagu", x.id)}*100,2)`,
      });
    if (x.id !== PLANT_P)
      b.ok({
        sheet: S,
        cell: a("pred", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("ck", x.id)}*100)`,
        // read raw, the fraction would be a capaian below 2 %
        trap: `PREDIKAT_BAIK(${a("ck", x.id)})`,
      });
    if (x.frac)
      for (const k of ["t", "r"])
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["number-scale", "percent-out-of-range"],
          truth: a(k, x.id),
        });
  }
  b.ok({
    sheet: S,
    cell: a("pred", "j"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("ck", "j")}*100)`,
    trap: `PREDIKAT_BAIK(${a("ck", "j")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: rows.map((x) => a("pagu", x.id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}
