// The RPJMD 2025-2029 indicator table of Kabupaten Batang Sinamar as the provincial Bappeda received
// it for review: Tujuan / Sasaran merged over their indicators, kondisi awal 2024, five yearly
// targets and a kondisi akhir (2029), lower-is-better rates (stunting, kemiskinan, TPT, Gini) whose
// targets fall. Every name and number is invented.
import { BookW, DEC, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { PROV, REVIEW } from "./common";

type In = {
  id: string;
  tuj: string;
  sas: string;
  ind: string;
  sat: string;
  v: [number, number, number, number, number, number];
  neg?: boolean;
  f?: string;
  pd: string;
  /** kondisi akhir as a formula pointing at the 2029 target */
  ref?: boolean;
};

const Y = [2025, 2026, 2027, 2028, 2029];

/** RPJMD Kabupaten Batang Sinamar 2025-2029, Tabel 9.1 Indikator Kinerja Utama Daerah. */
export function rpjmdBatangSinamar(): BookW {
  const b = new BookW(
    "rpjmd-tujuan-sasaran-batangsinamar.xlsx",
    "RPJMD 2025-2029 indikator tujuan / sasaran (Kabupaten)",
    "RPJMD Tabel 9.1: No | Tujuan | Sasaran (both merged) | Indikator Tujuan/Sasaran | Satuan | Kondisi Awal Periode (2024) | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir Periode RPJMD (2029) | Perangkat Daerah Pengampu; number row (1) .. (13); lower-is-better stunting, kemiskinan, TPT and Gini; kondisi akhir a formula `=K` on the first tujuan, typed elsewhere",
  );
  const S = "Tabel 9.1";
  const s = b.sheet(S);
  letterhead(s, [PROV, "BADAN PERENCANAAN PEMBANGUNAN DAERAH", REVIEW]);
  s.lines([
    "Tabel 9.1",
    "Penetapan Indikator Kinerja Daerah terhadap Tujuan dan Sasaran RPJMD Kabupaten Batang Sinamar Tahun 2025-2029",
    "(Rancangan Akhir, diterima 3 Maret 2025)",
  ]);
  s.gap();
  const T1 = "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing";
  const T2 = "Meningkatkan kesejahteraan ekonomi masyarakat secara inklusif";
  const T3 = "Mewujudkan tata kelola pemerintahan yang bersih dan akuntabel";
  const S11 = "Meningkatnya derajat pendidikan dan kesehatan masyarakat";
  const S21 = "Menurunnya angka kemiskinan dan pengangguran";
  const S22 = "Meningkatnya pertumbuhan ekonomi daerah";
  const S31 = "Meningkatnya akuntabilitas kinerja dan kualitas birokrasi";
  const rows: In[] = [
    {
      id: "ipm",
      tuj: T1,
      sas: S11,
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "indeks",
      v: [70.12, 70.58, 71.05, 71.52, 71.98, 72.45],
      pd: "Bappeda",
      ref: true,
    },
    {
      id: "uhh",
      tuj: T1,
      sas: S11,
      ind: "Usia Harapan Hidup (UHH)",
      sat: "tahun",
      v: [68.94, 69.1, 69.27, 69.43, 69.6, 69.76],
      pd: "Dinas Kesehatan",
      ref: true,
    },
    {
      id: "rls",
      tuj: T1,
      sas: S11,
      ind: "Rata-rata Lama Sekolah (RLS)",
      sat: "tahun",
      v: [8.61, 8.7, 8.79, 8.88, 8.97, 9.06],
      pd: "Dinas Pendidikan",
      ref: true,
    },
    {
      id: "stu",
      tuj: T1,
      sas: S11,
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      v: [24.6, 22.1, 19.8, 17.5, 15.2, 13.0],
      neg: true,
      pd: "Dinas Kesehatan",
      ref: true,
    },
    {
      id: "kms",
      tuj: T2,
      sas: S21,
      ind: "Persentase penduduk miskin",
      sat: "%",
      v: [7.38, 7.1, 6.82, 6.54, 6.26, 5.98],
      neg: true,
      pd: "Bappeda / Dinas Sosial",
    },
    {
      id: "tpt",
      tuj: T2,
      sas: S21,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      v: [5.62, 5.45, 5.27, 5.08, 4.85, 4.6],
      neg: true,
      pd: "Dinas Tenaga Kerja",
    },
    {
      id: "gini",
      tuj: T2,
      sas: S21,
      ind: "Indeks Gini",
      sat: "indeks",
      v: [0.318, 0.315, 0.312, 0.309, 0.306, 0.303],
      neg: true,
      f: "0.000",
      pd: "Bappeda",
    },
    {
      id: "lpe",
      tuj: T2,
      sas: S22,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      v: [4.21, 4.6, 4.85, 5.05, 5.2, 5.35],
      pd: "Bappeda",
    },
    {
      id: "pdrb",
      tuj: T2,
      sas: S22,
      ind: "PDRB per kapita atas dasar harga berlaku",
      sat: "juta rupiah",
      v: [48.36, 51.2, 54.3, 57.6, 61.1, 64.8],
      pd: "Bappeda",
    },
    {
      id: "skp",
      tuj: T3,
      sas: S31,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "nilai",
      v: [62.45, 64.0, 66.0, 68.0, 70.0, 72.0],
      pd: "Bagian Organisasi",
    },
    {
      id: "rb",
      tuj: T3,
      sas: S31,
      ind: "Indeks Reformasi Birokrasi",
      sat: "indeks",
      v: [58.2, 60.0, 62.5, 65.0, 67.5, 70.0],
      pd: "Bagian Organisasi",
    },
  ];
  // planted 1: the 2027 kemiskinan target typed 7.54 (6.54 with the first digit slipped): it rises
  const PLANT_T = { id: "kms", k: 2, v: 7.54 };
  // planted 2: the TPT kondisi akhir typed 4.85, the 2028 target; the 2029 target is 4.60
  const PLANT_A = { id: "tpt", v: 4.85 };
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: "(2)", width: 30 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(3)", width: 30 },
    { key: "ind", head: ["Indikator Tujuan / Sasaran"], role: "indikator", num: "(4)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 10 },
    {
      key: "awal",
      head: ["Kondisi Awal Periode (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(6)",
      width: 11,
    },
    ...Y.map((y, k): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja Tahun", String(y)],
      role: "target",
      year: y,
      num: `(${7 + k})`,
      width: 9,
    })),
    {
      key: "akhir",
      head: ["Kondisi Akhir Periode RPJMD (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(12)",
      width: 12,
    },
    { key: "pd", head: ["Perangkat Daerah Pengampu"], role: "penanggung-jawab", num: "(13)", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const f = x.f ?? DEC;
        const out: Record<string, Cell> = {
          no: k + 1,
          tuj: x.tuj,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.v[0], f),
          pd: x.pd,
        };
        Y.forEach((y, j) => {
          const v = x.id === PLANT_T.id && j === PLANT_T.k ? PLANT_T.v : x.v[j + 1];
          out[`t${y}`] = fmt(v, f);
        });
        out.akhir = x.ref ? fx(`${c.a("t2029")}`) : fmt(x.id === PLANT_A.id ? PLANT_A.v : x.v[5], f);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Indikator dengan tanda arah menurun (stunting, penduduk miskin, TPT, Indeks Gini): semakin kecil semakin baik.",
    "- Kondisi akhir periode RPJMD = target tahun 2029 (seluruh indikator berupa angka tingkat/indeks).",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Muaro Sinamar, 3 Maret 2025",
    jabatan: ["KEPALA BAPPEDA", "KABUPATEN BATANG SINAMAR,"],
    nama: "Ir. HENDRIZAL DATUAK MAJO BASA, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19710814 199803 1 004",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", PLANT_T.id) },
    rules: ["target-trend", "target-outlier"],
    note: "target 2027 of the persentase penduduk miskin (lower is better) is 7.54, above 6.82 (2026) and 7.10 (2025) on a fall of 0.28 a year; 6.54 with the first digit slipped",
    truth: `(${a("t2026", PLANT_T.id)}+${a("t2028", PLANT_T.id)})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_A.id) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the TPT (a rate) is a typed 4.85, the 2028 target; the 2029 target is 4.60",
    truth: a("t2029", PLANT_A.id),
  });
  for (const x of rows) {
    if (x.id !== PLANT_A.id)
      b.ok({
        sheet: S,
        cell: a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: a("t2029", x.id),
        // a rate's kondisi akhir is its last target, not the sum of the five
        trap: `SUM(${a("t2025", x.id)}:${a("t2029", x.id)})`,
      });
  }
  for (const id of ["stu", "tpt", "gini"])
    for (const y of [2026, 2028])
      b.ok({ sheet: S, cell: a(`t${y}`, id), rules: ["target-trend"], truth: a(`t${y}`, id) });
  return b;
}
