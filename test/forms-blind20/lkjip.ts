// The LKjIP 2024 measurement table of an Inspektorat Daerah with indices: IPKD, the level of SPIP
// maturity (1-5), the APIP capability level, the kabupaten's SAKIP mark written as "letter (score)",
// audit findings lower is better (refleksi by the note). Realisasi 2022 and 2023 beside the year, a
// Target Akhir Renstra and the capaian against it, a Predikat in words. Every name and number is
// invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { KAB, refl, rt } from "./common";

type In = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number | string;
  r23: number | string;
  t: number;
  r: number | string;
  akhir: number;
  neg?: boolean;
  f: string;
};

/** LKjIP 2024 Tabel 3.2 of the Inspektorat Daerah Kabupaten Sumberkarta. */
export function lkjipInspektorat(): BookW {
  const b = new BookW(
    "lkjip-indeks-inspektorat-sumberkarta.xlsx",
    "LKjIP pengukuran (Inspektorat), indices and SAKIP letters",
    "LKjIP 2024 Tabel 3.2 of an Inspektorat Daerah: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Target Akhir Renstra (2026) | Capaian thd Target Akhir Renstra (%) | Predikat; number row (1) .. (12); IPKD (indeks), level maturitas SPIP with two decimals, level kapabilitas APIP, Nilai SAKIP as 'BB (71,06)' with its capaian typed on the score, temuan berulang and pengaduan terbukti lower is better (refleksi by note 1); capaian as ROUND formulas",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "INSPEKTORAT DAERAH", "Jl. Pramuka No. 9 Sumberkarta 45711"]);
  s.lines([
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "Tabel 3.2 Pengukuran Kinerja Sasaran Strategis Inspektorat Daerah",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas pengelolaan keuangan dan akuntabilitas kinerja Pemerintah Daerah";
  const S2 = "Meningkatnya kapabilitas APIP dan maturitas SPIP";
  const S3 = "Menurunnya penyimpangan dalam penyelenggaraan pemerintahan daerah";
  const rows: In[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Pengelolaan Keuangan Daerah (IPKD)",
      sat: "indeks",
      r22: 64.12,
      r23: 66.85,
      t: 68,
      r: 70.24,
      akhir: 72,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "predikat (nilai)",
      r22: "B (64,18)",
      r23: "B (67,92)",
      t: 70.5,
      // planted: 68.37 is B (> 60 - 70), written BB
      r: "BB (68,37)",
      akhir: 75,
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Level maturitas penyelenggaraan SPIP",
      sat: "level",
      r22: 2.92,
      r23: 3.05,
      t: 3.25,
      r: 3.18,
      akhir: 3.5,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Level kapabilitas APIP",
      sat: "level",
      r22: 2,
      r23: 3,
      t: 3,
      r: 3,
      akhir: 3,
      f: "0",
    },
    {
      id: "i5",
      sas: S3,
      ind: "Persentase temuan berulang hasil pemeriksaan",
      sat: "%",
      r22: 14.5,
      r23: 11.2,
      t: 9,
      r: 7.65,
      akhir: 6,
      neg: true,
      f: DEC,
    },
    {
      id: "i6",
      sas: S3,
      ind: "Jumlah pengaduan masyarakat yang terbukti penyalahgunaan wewenang",
      sat: "kasus",
      r22: 15,
      r23: 12,
      t: 8,
      r: 9,
      akhir: 6,
      neg: true,
      f: "0",
    },
    {
      id: "i7",
      sas: S3,
      ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      sat: "%",
      r22: 78.4,
      r23: 82.15,
      t: 85,
      r: 86.92,
      akhir: 90,
      f: DEC,
    },
    {
      id: "i8",
      sas: S3,
      ind: "Persentase penyelesaian tuntutan ganti kerugian daerah",
      sat: "%",
      r22: 41.3,
      r23: 47.65,
      t: 60,
      r: 52.8,
      akhir: 70,
      f: DEC,
    },
  ];
  const PLANT_C = "i6"; // R / T formula on a lower-is-better count
  const PLANT_P = { id: "i8", v: "Sangat Baik" }; // 88.00 is Baik
  const score = (v: number | string) =>
    typeof v === "number" ? v : Number(/\(([\d,]+)\)/.exec(v)![1].replace(",", "."));
  const capOf = (x: In) =>
    x.id === PLANT_C
      ? round((Number(x.r) / x.t) * 100)
      : round(x.neg ? ((2 * x.t - score(x.r)) / x.t) * 100 : (score(x.r) / x.t) * 100);
  if (capOf(rows[7]) !== 88 || predikatBaik(88) !== "Baik") throw new Error("inspektorat: i8");
  const TH = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 11 },
    { key: "r22", head: ["Realisasi", "2022"], role: "realisasi", year: 2022, num: "(5)", width: 10 },
    { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, num: "(6)", width: 10 },
    { key: "t", head: [TH, "Target"], role: "target", year: 2024, num: "(7)", width: 10 },
    { key: "r", head: [TH, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", width: 11 },
    { key: "c", head: [TH, "Capaian (%)"], role: "capaian", year: 2024, num: "(9)", fmt: DEC, width: 10 },
    { key: "akhir", head: ["Target Akhir Renstra (2026)"], num: "(10)", width: 11 },
    {
      key: "ca",
      head: ["Capaian thd Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(11)",
      fmt: DEC,
      width: 12,
    },
    { key: "pred", head: ["Predikat"], role: "predikat", num: "(12)", width: 12 },
  ];
  const val = (v: number | string, f: string): Cell => (typeof v === "number" ? fmt(v, f) : v);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const T = c.a("t");
        const R = c.a("r");
        const A = c.a("akhir");
        const num = typeof x.r === "number";
        return {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: val(x.r22, x.f),
          r23: val(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: val(x.r, x.f),
          c: !num ? capOf(x) : fx(x.neg && x.id !== PLANT_C ? refl(R, T) : rt(R, T)),
          akhir: fmt(x.akhir, x.f),
          ca: !num ? round((score(x.r) / x.akhir) * 100) : fx(x.neg ? refl(R, A) : rt(R, A)),
          pred: x.id === PLANT_P.id ? PLANT_P.v : predikatBaik(capOf(x)),
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Indikator nomor 5 dan 6 bersifat negatif (semakin rendah semakin baik); capaian = (2 x target - realisasi) / target x 100 %.",
    "2. Capaian Nilai SAKIP dihitung dari nilai angka hasil evaluasi SAKIP Tahun 2024 terhadap target nilai 70,50 (predikat BB).",
    "3. Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sumberkarta, 21 Februari 2025",
    jabatan: ["INSPEKTUR DAERAH", `${KAB},`],
    nama: "Ir. BAMBANG SURYADARMA, M.Si., CGCAE",
    pangkat: "Pembina Utama Muda",
    nip: "19700705 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_C) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the pengaduan terbukti (lower is better by note 1) is =ROUND(R/T*100,2) = 112.50 (9 against a target of 8), while the other negative row uses the refleksi; (2 x 8 - 9) / 8 gives 87.50",
    truth: refl(a("r", PLANT_C), a("t", PLANT_C)),
  });
  b.plant({
    at: { sheet: S, cell: a("r", "i2") },
    rules: ["sakip-grade-mismatch"],
    note: 'realisasi 2024 of the Nilai SAKIP is "BB (68,37)": 68.37 is B (> 60 - 70)',
    truth: `SAKIP(SCORE(${a("r", "i2")}))`,
    actual: `GRADE(${a("r", "i2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", PLANT_P.id) },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for the capaian 88.00 of the tuntutan ganti kerugian (52.80 / 60.00); the band > 75 - 90 of note 3 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", PLANT_P.id)})`,
  });
  for (const k of ["r22", "r23"])
    b.ok({
      sheet: S,
      cell: a(k, "i2"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(k, "i2")}))`,
      actual: `GRADE(${a(k, "i2")})`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SCORE(${a("r", "i2")})/${a("t", "i2")}*100,2)`,
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    const A = a("akhir", x.id);
    if (typeof x.r === "number" && x.id !== PLANT_C) {
      const c = capOf(x);
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        // the temuan berulang's capaian is the refleksi, not R / T
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
    if (typeof x.r === "number")
      b.ok({
        sheet: S,
        cell: a("ca", x.id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(R, A) : rt(R, A),
        trap: x.neg ? rt(R, A) : undefined,
      });
    if (x.id !== PLANT_P.id && x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: a("pred", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}
