// The LKjIP 2024 measurement table of the Dinas Kebudayaan dan Pariwisata of a DIY kabupaten: three
// years of realisasi, capaian as ROUND formulas, refleksi (2T - R) / T for the lower-is-better rows
// (cagar budaya rusak, aduan wisatawan), kategori words on the Baik scale and a rata-rata footer.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
  src: string;
};

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

export function lkjipKebudayaan(): BookW {
  const b = new BookW(
    "lkjip-2024-disbudpar-progo-wetan-tabel-3-1.xlsx",
    "LKjIP 2024 pengukuran kinerja (Dinas Kebudayaan dan Pariwisata, DIY)",
    "sheet 'Tabel 3.1': No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2022 | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Sumber Data; number row (1)..(11) with '(9) = (8)/(7)'; capaian ROUND formulas, refleksi on two lower-is-better rows; Rata-rata Capaian and Kategori footer rows; note on the scale",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PROGO WETAN",
    "DINAS KEBUDAYAAN DAN PARIWISATA",
    "Jl. Kenari Selatan No. 21, Progo Wetan, Daerah Istimewa Yogyakarta",
  ]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Utama Dinas Kebudayaan dan Pariwisata Tahun 2024",
  ]);
  s.gap();
  const SA = "Meningkatnya kunjungan dan kualitas layanan pariwisata";
  const SB = "Meningkatnya pelestarian warisan budaya";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Jumlah kunjungan wisatawan",
      sat: "orang",
      r22: 1426380,
      r23: 1688410,
      t: 1850000,
      r: 1912430,
      f: INT,
      src: "Bidang Pemasaran",
    },
    {
      id: "i2",
      sas: SA,
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      r22: 1.52,
      r23: 1.61,
      t: 1.9,
      r: 1.74,
      f: DEC,
      src: "Survei Bidang Destinasi",
    },
    {
      id: "i3",
      sas: SA,
      ind: "Tingkat penghunian kamar hotel",
      sat: "%",
      r22: 42.15,
      r23: 49.8,
      t: 55,
      r: 51.3,
      f: DEC,
      src: "BPS Kabupaten",
    },
    {
      id: "i4",
      sas: SA,
      ind: "Kontribusi sektor pariwisata terhadap PAD",
      sat: "%",
      r22: 8.35,
      r23: 10.2,
      t: 12.5,
      r: 11.1,
      f: DEC,
      src: "Bapenda",
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase cagar budaya dalam kondisi rusak",
      sat: "%",
      r22: 24.6,
      r23: 20.4,
      t: 18,
      r: 15.6,
      neg: true,
      f: DEC,
      src: "Bidang Warisan Budaya",
    },
    {
      id: "i6",
      sas: SA,
      ind: "Jumlah aduan wisatawan terhadap layanan destinasi",
      sat: "aduan",
      r22: 71,
      r23: 58,
      t: 40,
      r: 46,
      neg: true,
      f: "0",
      src: "Sistem aduan LAPOR!",
    },
  ];
  // as the sheet computes them (the aduan row with the positive formula, the planted mistake)
  const shown = (x: Ind) => round(x.neg && x.id !== "i6" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "r22", head: ["Realisasi 2022"], role: "realisasi", year: 2022, num: "(5)", width: 11 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(6)", width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(7)", width: 11 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", width: 11 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(7)",
      fmt: DEC,
      width: 11,
    },
    { key: "k", head: [G, "Kategori"], role: "predikat", year: 2024, num: "(10)", width: 12 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", num: "(11)", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: fmt(x.r22, x.f),
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the aduan row (lower is better) carries the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i6" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for the PAD contribution's 88.80
          k: x.id === "i4" ? "Sangat Baik" : predikatBaik(shown(x)),
          src: x.src,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          k: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 5 dan 6 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Progo Wetan, 27 Februari 2025",
    jabatan: ["Kepala Dinas Kebudayaan dan Pariwisata,"],
    nama: "RADEN AYU KUSUMASTUTI, S.Sn., M.Hum.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760402 200212 2 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the aduan wisatawan (lower is better by the note) is =ROUND(R/T*100,2) = 115.00; the refleksi (2 x 40 - 46) / 40 gives 85.00, as the cagar budaya rusak row computes",
    truth: refl(a("r", "i6"), a("t", "i6")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i4") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Sangat Baik' for the capaian of 88.80 (11.10 against 12.50); the band > 75 s.d. 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const x of rows) {
    if (x.id === "i6") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // cagar budaya rusak is lower is better: 113.33 by refleksi, not R / T = 86.67
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}
