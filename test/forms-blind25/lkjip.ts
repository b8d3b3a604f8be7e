// The LKjIP 2024 of the Pemerintah Kabupaten Tanah Sirah (IKU measurement, Tabel 3.1) with three
// capaian columns: against the 2024 target, against the RPJMD end target (2026) and against the
// national (RPJMN) target; the refleksi on the lower-is-better rows in all three, the national
// capaian typed from the Bappeda's worksheet, "-" where no national target exists, a predikat on
// the Permendagri 86 scale by the capaian 2024. Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
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
import { REVIEW, cap, capF, refl, rt } from "./common";

type In = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  akhir: number;
  nas?: number;
  neg?: boolean;
};

/** LKjIP Kabupaten Tanah Sirah 2024, Tabel 3.1 Pengukuran Capaian IKU. */
export function lkjipTanahSirah(): BookW {
  const b = new BookW(
    "lkjip-tigacapaian-tanahsirah.xlsx",
    "LKjIP 2024 (Pemerintah Kabupaten) with capaian against the year, the RPJMD end and the national target",
    "LKjIP Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | % Capaian | Target Akhir RPJMD (2026) | % Capaian thd Akhir RPJMD | Target RPJMN 2024 | % Capaian thd Nasional | Predikat; no number row; capaian 2024 and thd akhir `ROUND` formulas, the national capaian typed, '-' where there is no national target; refleksi on stunting, kemiskinan, TPT; Rata-rata row with `ROUND(AVERAGE)` and its predikat",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [REVIEW, "Telaahan LKjIP Kabupaten/Kota Tahun 2024"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Utama Pemerintah Kabupaten Tanah Sirah Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas sumber daya manusia";
  const S2 = "Meningkatnya kesejahteraan ekonomi masyarakat";
  const S3 = "Meningkatnya kualitas tata kelola pemerintahan";
  const rows: In[] = [
    {
      id: "ipm",
      sas: S1,
      ind: "Indeks Pembangunan Manusia",
      sat: "indeks",
      t: 71.2,
      r: 71.46,
      akhir: 72.3,
      nas: 74.39,
    },
    {
      id: "stu",
      sas: S1,
      ind: "Prevalensi stunting",
      sat: "%",
      t: 19.5,
      r: 20.8,
      akhir: 14,
      nas: 14,
      neg: true,
    },
    {
      id: "rls",
      sas: S1,
      ind: "Rata-rata Lama Sekolah",
      sat: "tahun",
      t: 8.45,
      r: 8.41,
      akhir: 8.8,
      nas: 9.18,
    },
    {
      id: "kms",
      sas: S2,
      ind: "Persentase penduduk miskin",
      sat: "%",
      t: 8.1,
      r: 8.42,
      akhir: 7.2,
      nas: 7,
      neg: true,
    },
    {
      id: "tpt",
      sas: S2,
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      t: 4.8,
      r: 4.95,
      akhir: 4.2,
      nas: 5,
      neg: true,
    },
    { id: "lpe", sas: S2, ind: "Laju pertumbuhan ekonomi", sat: "%", t: 5.1, r: 4.62, akhir: 5.5, nas: 5.3 },
    { id: "skp", sas: S3, ind: "Nilai SAKIP Pemerintah Kabupaten", sat: "nilai", t: 66, r: 63.85, akhir: 70 },
    { id: "rb", sas: S3, ind: "Indeks Reformasi Birokrasi", sat: "indeks", t: 62, r: 45.6, akhir: 70 },
  ];
  // planted 1: the TPT capaian thd akhir RPJMD with R / T: 117.86 (4.95 / 4.20); the refleksi gives 82.14
  const PLANT_A = "tpt";
  // planted 2: predikat "Tinggi" for the Indeks RB's 73.55 (> 65 - 75 is Sedang)
  const PLANT_P = { id: "rb", v: "Tinggi" };
  if (predikat(cap(false, 62, 45.6)) !== "Sedang") throw new Error("tanah sirah: rb");
  const Y = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [Y, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "ta", head: ["Target Akhir RPJMD (2026)"], role: "target", year: 2026, width: 11 },
    { key: "ca", head: ["% Capaian thd Akhir RPJMD"], role: "capaian", fmt: DEC, width: 11 },
    { key: "tn", head: ["Target RPJMN 2024"], role: "target", width: 10 },
    { key: "cn", head: ["% Capaian thd Nasional"], role: "capaian", width: 10 },
    { key: "pk", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const c24 = rows.map((x) => cap(x.neg, x.t, x.r));
  const avg = round(sum(c24) / c24.length);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => {
          const out: Record<string, Cell> = {
            no: k + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            t: fmt(x.t, DEC),
            r: fmt(x.r, DEC),
            c: fx(capF(x.neg, c.a("r"), c.a("t"))),
            ta: fmt(x.akhir, DEC),
            ca: fx(x.id === PLANT_A ? rt(c.a("r"), c.a("ta")) : capF(x.neg, c.a("r"), c.a("ta"))),
            tn: x.nas === undefined ? "-" : fmt(x.nas, DEC),
            cn: x.nas === undefined ? "-" : fmt(cap(x.neg, x.nas, x.r), DEC),
            pk: x.id === PLANT_P.id ? PLANT_P.v : predikat(c24[k]),
          };
          return out;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", rows[0].id)}:${c.a("c", rows[rows.length - 1].id)}),2)`),
          pk: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Indikator stunting, penduduk miskin dan TPT semakin rendah semakin baik: capaian = (2 x target - realisasi) / target x 100 (juga terhadap target akhir dan nasional).",
    "2. Predikat (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "3. Nilai SAKIP dan Indeks RB tidak memiliki target nasional (-).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sirah Tinggi, 26 Februari 2025",
    jabatan: ["BUPATI TANAH SIRAH,"],
    nama: "H. ASRUL DATUK RANGKAYO BASA",
    nip: "-",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ca", PLANT_A) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% capaian thd akhir RPJMD of the TPT (lower is better by note 1) is `=ROUND(F/H*100,2)` = 117.86 (4.95 / 4.20); (2 x 4.20 - 4.95) / 4.20 gives 82.14, as the stunting and kemiskinan rows compute",
    truth: refl(a("r", PLANT_A), a("ta", PLANT_A)),
  });
  b.plant({
    at: { sheet: S, cell: a("pk", PLANT_P.id) },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for the Indeks Reformasi Birokrasi's capaian of 73.55 (45.60 / 62.00); note 2 puts > 65 - 75 in Sedang",
    truth: `PREDIKAT(${a("c", PLANT_P.id)})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: capF(x.neg, R, a("t", x.id)),
      trap: x.neg ? rt(R, a("t", x.id)) : undefined,
    });
    if (x.id !== PLANT_A)
      b.ok({
        sheet: S,
        cell: a("ca", x.id),
        rules: ["capaian-mismatch"],
        truth: capF(x.neg, R, a("ta", x.id)),
        trap: x.neg ? rt(R, a("ta", x.id)) : undefined,
      });
    if (x.nas !== undefined)
      b.ok({
        sheet: S,
        cell: a("cn", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: capF(x.neg, R, a("tn", x.id)),
        trap: x.neg ? rt(R, a("tn", x.id)) : undefined,
      });
    if (x.id !== PLANT_P.id)
      b.ok({
        sheet: S,
        cell: a("pk", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("pk", "avg"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "avg")})` });
  return b;
}
