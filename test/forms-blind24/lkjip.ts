// The LKjIP measurement table of a Kalimantan Dinas Pemberdayaan Masyarakat dan Desa: a "Sifat"
// column (Maksimal / Minimal) instead of a polarity word, every capaian an IFERROR(ROUND(..),0)
// formula (written beside the kit's writer, which does not evaluate IFERROR), the refleksi on the
// three Minimal rows, typed predikat and a Rata-rata row. Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";
import { cap, rawFormula, refl, rt } from "./common";

type LkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

/** LKjIP 2024, Tabel 3.2 Pengukuran Kinerja (DPMD). */
export function lkjipDpmd(): BookW {
  const b = new BookW(
    "lkjip-iferror-sifat-dpmd-kahayantengah.xlsx",
    "LKjIP 2024 pengukuran kinerja (DPMD), IFERROR formulas",
    "LKjIP 2024 Tabel 3.2 of a Dinas Pemberdayaan Masyarakat dan Desa: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Sifat (Maksimal / Minimal) | 'Tahun 2024' > Tgt | Real | Capaian % | Predikat; no number row; every capaian `IFERROR(ROUND(..),0)`, the refleksi `(2*Tgt-Real)/Tgt` on the Minimal rows (desa sangat tertinggal, temuan Dana Desa, keterlambatan penyaluran); IDM with four decimals; predikat typed by the bands of the note; Rata-rata Capaian row `ROUND(AVERAGE(..),2)`",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAHAYAN TENGAH",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Tjilik Riwut Km. 6, Pulang Tengah",
  ]);
  s.lines(["Tabel 3.2", "Pengukuran Kinerja Dinas Pemberdayaan Masyarakat dan Desa Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kemandirian desa";
  const S2 = "Meningkatnya akuntabilitas tata kelola pemerintahan desa";
  const S3 = "Meningkatnya peran kelembagaan masyarakat desa";
  const rows: LkIn[] = [
    {
      id: "l1",
      sas: S1,
      ind: "Persentase desa berstatus mandiri dan maju",
      sat: "%",
      t: 28.5,
      r: 31.2,
      f: DEC,
    },
    {
      id: "l2",
      sas: S1,
      ind: "Rata-rata nilai Indeks Desa Membangun (IDM)",
      sat: "indeks",
      t: 0.685,
      r: 0.6912,
      f: "0.0000",
    },
    {
      id: "l3",
      sas: S1,
      ind: "Jumlah desa berstatus sangat tertinggal",
      sat: "desa",
      t: 12,
      r: 9,
      neg: true,
      f: "0",
    },
    {
      id: "l4",
      sas: S2,
      ind: "Persentase desa yang menyampaikan LPJ APBDes tepat waktu",
      sat: "%",
      t: 90,
      r: 86.4,
      f: DEC,
    },
    {
      id: "l5",
      sas: S2,
      ind: "Persentase desa dengan temuan penyalahgunaan Dana Desa",
      sat: "%",
      t: 4,
      r: 5.5,
      neg: true,
      f: DEC,
    },
    { id: "l6", sas: S2, ind: "Persentase BUMDes berklasifikasi maju", sat: "%", t: 20, r: 17.5, f: DEC },
    {
      id: "l7",
      sas: S3,
      ind: "Rata-rata keterlambatan penyaluran Dana Desa tahap I",
      sat: "hari",
      t: 15,
      r: 22,
      neg: true,
      f: "0",
    },
    {
      id: "l8",
      sas: S3,
      ind: "Persentase lembaga kemasyarakatan desa yang aktif",
      sat: "%",
      t: 75,
      r: 78.6,
      f: DEC,
    },
  ];
  // planted 1: the keterlambatan (Minimal) carries the Maksimal formula R / T: 146.67 (refleksi 53.33)
  const PLANT_F = "l7";
  // planted 2: predikat "Sangat Baik" for the BUMDes' 87.50 (the note's > 75 - 90 is Baik)
  const PLANT_P = { id: "l6", v: "Sangat Baik" };
  const written = (x: LkIn) => (x.id === PLANT_F ? cap(false, x.t, x.r) : cap(x.neg, x.t, x.r));
  if (predikatBaik(cap(false, 20, 17.5)) !== "Baik") throw new Error("dpmd: l6");
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "sifat", head: ["Sifat"], role: "polaritas", width: 10 },
    { key: "t", head: [Y, "Tgt"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [Y, "Real"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [Y, "Capaian %"], role: "capaian", year: 2024, width: 10 },
    { key: "k", head: ["Predikat"], role: "predikat", width: 12 },
  ];
  const avg = round(sum(rows.map(written)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          sifat: x.neg ? "Minimal" : "Maksimal",
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // the capaian (IFERROR) is written after finish()
          k: x.id === PLANT_P.id ? PLANT_P.v : predikatBaik(written(x)),
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: { no: "Rata-rata Capaian Kinerja", k: predikatBaik(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1) Sifat Maksimal: Capaian = Real / Tgt x 100. Sifat Minimal (semakin kecil semakin baik): Capaian = (2 x Tgt - Real) / Tgt x 100.",
    "2) Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pulang Tengah, 14 Februari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "KABUPATEN KAHAYAN TENGAH,"],
    nama: "BAHRUNSYAH NGABE, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I",
    nip: "19760402 200003 1 005",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    const f = x.neg && x.id !== PLANT_F ? refl(R, T) : rt(R, T);
    rawFormula(s, a("c", x.id), `IFERROR(${f},0)`, DEC);
  }
  rawFormula(
    s,
    a("c", "avg"),
    `ROUND(AVERAGE(${a("c", rows[0].id)}:${a("c", rows[rows.length - 1].id)}),2)`,
    DEC,
  );

  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian % of the keterlambatan penyaluran Dana Desa (Sifat Minimal) is `=IFERROR(ROUND(G/F*100,2),0)`, the Maksimal formula: 146.67 = 22 / 15; (2 x 15 - 22) / 15 gives 53.33, as the other Minimal rows compute",
    truth: refl(a("r", PLANT_F), a("t", PLANT_F)),
  });
  b.plant({
    at: { sheet: S, cell: a("k", PLANT_P.id) },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for the BUMDes berklasifikasi maju's capaian of 87.50 (17.5 / 20); note 2 puts > 75 - 90 in Baik",
    truth: `PREDIKAT_BAIK(${a("c", PLANT_P.id)})`,
  });
  for (const x of rows) {
    if (x.id === PLANT_F) continue;
    const T = a("t", x.id);
    const R = a("r", x.id);
    const c = written(x);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // a Minimal row is the refleksi, not Real / Tgt
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== PLANT_P.id)
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  // the average's predikat holds with the planted 146.67 (104.11) and with the refleksi 53.33 (92.44)
  b.ok({
    sheet: S,
    cell: a("k", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b;
}
