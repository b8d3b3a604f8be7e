// The LKjIP table of a Dinas Pendidikan (Kabupaten Sumberlawang, 2024) that compares the realisation
// of 2024 with the two years before and with the end-of-Renstra target: realisasi 2022 | 2023 under a
// merged "Realisasi", target / realisasi / capaian 2024, the Renstra 2026 target and the capaian
// against it, every capaian an IFERROR(ROUND(..),0) formula; the dropout rates are lower is better
// and the note names the rasio convention (target / realisasi). Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  letterhead,
  plain,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { rasio, rawFormula, rt } from "./common";

type DIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  akhir: number;
  neg?: boolean;
};

/** LKjIP 2024 Tabel 3.2 of the Dinas Pendidikan, Kabupaten Sumberlawang. */
export function lkjipDisdik(): BookW {
  const b = new BookW(
    "lkjip-banding-n2-disdik-sumberlawang.xlsx",
    "LKjIP capaian with two earlier years (Dinas Pendidikan)",
    "LKjIP 2024 Tabel 3.2 of a Dinas Pendidikan: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Target Akhir Renstra (2026) | Capaian thd Target Akhir Renstra (%) | Keterangan; capaian as IFERROR(ROUND(..),0) formulas; two dropout rates lower is better with the rasio T/R named in the note; Rata-rata and Kategori rows",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUMBERLAWANG",
    "DINAS PENDIDIKAN",
    "Jl. Pemuda No. 88 Sumberlawang 57272",
  ]);
  s.lines([
    "Tabel 3.2",
    "Perbandingan Realisasi Kinerja Tahun 2024 dengan Realisasi Dua Tahun Sebelumnya",
    "dan dengan Target Akhir Renstra Dinas Pendidikan 2021-2026",
  ]);
  s.gap();
  const S1 = "Meningkatnya akses layanan PAUD dan pendidikan dasar";
  const S2 = "Meningkatnya mutu layanan pendidikan";
  const rows: DIn[] = [
    {
      id: "paud",
      sas: S1,
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      r22: 78.46,
      r23: 80.12,
      t: 82.5,
      r: 81.37,
      akhir: 86,
    },
    {
      id: "apmsd",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      sat: "%",
      r22: 97.82,
      r23: 98.05,
      t: 98.4,
      r: 98.61,
      akhir: 99,
    },
    {
      id: "apmsmp",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      r22: 79.35,
      r23: 80.4,
      t: 81.6,
      r: 82.05,
      akhir: 84,
    },
    {
      id: "apssd",
      sas: S1,
      ind: "Angka putus sekolah SD",
      sat: "%",
      r22: 0.14,
      r23: 0.12,
      t: 0.1,
      r: 0.09,
      akhir: 0.06,
      neg: true,
    },
    {
      id: "apssmp",
      sas: S1,
      ind: "Angka putus sekolah SMP",
      sat: "%",
      r22: 0.42,
      r23: 0.38,
      t: 0.32,
      r: 0.35,
      akhir: 0.2,
      neg: true,
    },
    {
      id: "rls",
      sas: S2,
      ind: "Rata-rata lama sekolah (RLS)",
      sat: "tahun",
      r22: 7.98,
      r23: 8.09,
      t: 8.24,
      r: 8.3,
      akhir: 8.5,
    },
    {
      id: "akred",
      sas: S2,
      ind: "Persentase satuan pendidikan terakreditasi minimal B",
      sat: "%",
      r22: 71.3,
      r23: 74.8,
      t: 78,
      r: 79.6,
      akhir: 85,
    },
    {
      id: "guru",
      sas: S2,
      ind: "Persentase guru bersertifikat pendidik",
      sat: "%",
      r22: 58.7,
      r23: 61.2,
      t: 64,
      r: 62.85,
      akhir: 70,
    },
  ];
  // planted 1: capaian 2024 of the RLS typed 100.37 in a column of formulas (8.30 / 8.24 gives 100.73)
  const PLANT_TYPED = "rls";
  const PLANT_TYPED_VAL = 100.37;
  // planted 2: capaian against the Renstra target of the APM SMP/MTs divides by the 2024 target
  const PLANT_DEN = "apmsmp";
  const RL = "Realisasi";
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r22", head: [RL, "2022"], role: "realisasi", year: 2022, fmt: DEC, width: 9 },
    { key: "r23", head: [RL, "2023"], role: "realisasi", year: 2023, fmt: DEC, width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC, width: 11 },
    { key: "cak", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", fmt: DEC, width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 16 },
  ];
  const body: Row[] = rows.map((x, i): Row => ({
    id: x.id,
    cells: {
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      r22: x.r22,
      r23: x.r23,
      t: x.t,
      r: x.r,
      c: x.id === PLANT_TYPED ? fmt(PLANT_TYPED_VAL, DEC) : undefined,
      ak: x.akhir,
      ket: (x.neg ? x.r < x.r23 : x.r > x.r23) ? "Membaik dari 2023" : "Menurun dari 2023",
    } as Record<string, Cell>,
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...body,
      { id: "avg", bold: true, span: ["no", "r"], cells: { no: "Rata-rata Capaian" } },
      { id: "kat", bold: true, span: ["no", "r"], cells: { no: "Kategori" } },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Angka putus sekolah merupakan indikator negatif (semakin rendah semakin baik); capaiannya dihitung = target / realisasi x 100%.",
    "2. Indikator lainnya: capaian = realisasi / target x 100%.",
    "3. Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sumberlawang, 27 Februari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN", "KABUPATEN SUMBERLAWANG"],
    nama: "Dr. SRI HANDAYANI RAHMAWATI, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720911 199703 2 003",
  });
  b.finish();
  const A = (k: string, id: string) => t.a(k, id);
  const ie = (f: string) => `IFERROR(${f},0)`;
  const cap = (x: DIn, R: string, T: string) => (x.neg ? rasio(R, T) : rt(R, T));
  for (const x of rows) {
    if (x.id !== PLANT_TYPED) rawFormula(s, A("c", x.id), ie(cap(x, A("r", x.id), A("t", x.id))), DEC);
    const T = x.id === PLANT_DEN ? A("t", x.id) : A("ak", x.id);
    rawFormula(s, A("cak", x.id), ie(cap(x, A("r", x.id), T)), DEC);
  }
  const f = rows[0].id;
  const l = rows[rows.length - 1].id;
  rawFormula(s, A("c", "avg"), `ROUND(AVERAGE(${A("c", f)}:${A("c", l)}),2)`, DEC);
  rawFormula(s, A("cak", "avg"), `ROUND(AVERAGE(${A("cak", f)}:${A("cak", l)}),2)`, DEC);
  for (const k of ["c", "cak"]) {
    const v = plain(s.ws.getCell(A(k, "avg"))) as number;
    s.ws.getCell(A(k, "kat")).value = predikatBaik(v);
  }

  b.plant({
    at: { sheet: S, cell: A("c", PLANT_TYPED) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian 2024 of the rata-rata lama sekolah is a typed 100.37 in a column of IFERROR(ROUND(..)) formulas; 8.30 / 8.24 gives 100.73 (two digits swapped)",
    truth: rt(A("r", PLANT_TYPED), A("t", PLANT_TYPED)),
  });
  b.plant({
    at: { sheet: S, cell: A("cak", PLANT_DEN) },
    rules: ["capaian-mismatch"],
    note: "Capaian against the Renstra target of the APM SMP/MTs divides by the 2024 target (82.05 / 81.60 = 100.55); against the Renstra 2026 target of 84.00 it is 97.68",
    truth: rt(A("r", PLANT_DEN), A("ak", PLANT_DEN)),
  });
  for (const x of rows) {
    const R = A("r", x.id);
    const T = A("t", x.id);
    const K = A("ak", x.id);
    const over = (v: number) =>
      v > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"];
    if (x.id !== PLANT_TYPED) {
      const v = x.neg ? (x.t / x.r) * 100 : (x.r / x.t) * 100;
      b.ok({
        sheet: S,
        cell: A("c", x.id),
        rules: over(v),
        truth: cap(x, R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
    if (x.id !== PLANT_DEN) {
      const v = x.neg ? (x.akhir / x.r) * 100 : (x.r / x.akhir) * 100;
      b.ok({
        sheet: S,
        cell: A("cak", x.id),
        rules: over(v),
        truth: cap(x, R, K),
        trap: x.neg ? rt(R, K) : undefined,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: A("c", "kat"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${A("c", "avg")})`,
  });
  return b;
}
