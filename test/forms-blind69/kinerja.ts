// Performance tables of the Sekretariat DPRD: the LKjIP 2024 capaian table of Kota Sungai Lingkar
// (Jambi), with 'Persentase Raperda yang ditetapkan menjadi Perda' and two lower-is-better indicators
// in days (refleksi capaian), and the Perjanjian Kinerja 2025 of the Sekretaris DPRD of Kota Padang
// Serai (Bengkulu) with its anggaran per program, beside the Renstra 2021-2026 targets. Every person
// and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Iku = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  kat: string;
};

const SAS1 = "Meningkatnya kualitas fasilitasi fungsi pembentukan Perda DPRD";
const SAS2 = "Meningkatnya kualitas fasilitasi fungsi anggaran dan pengawasan DPRD";
const SAS3 = "Meningkatnya akuntabilitas kinerja dan keuangan Sekretariat DPRD";

const IKU: Iku[] = [
  {
    id: "perda",
    sas: SAS1,
    ind: "Persentase Raperda yang ditetapkan menjadi Perda",
    sat: "%",
    r23: 75,
    t: 85,
    r: 77.78,
    kat: "Sangat Tinggi",
  },
  {
    id: "risalah",
    sas: SAS1,
    ind: "Rata-rata waktu penyampaian risalah rapat (hari)",
    sat: "hari",
    r23: 5.6,
    t: 5,
    r: 4.2,
    neg: true,
    kat: "Sangat Tinggi",
  },
  {
    id: "pokir",
    sas: SAS2,
    ind: "Persentase pokok-pokok pikiran DPRD yang diakomodasi dalam RKPD",
    sat: "%",
    r23: 52.4,
    t: 60,
    r: 48.5,
    // planted: 80.83 is Tinggi (75 < x <= 90)
    kat: "Sangat Tinggi",
  },
  {
    id: "lkpj",
    sas: SAS2,
    ind: "Persentase rekomendasi DPRD atas LKPJ Wali Kota yang ditindaklanjuti",
    sat: "%",
    r23: 70.59,
    t: 75,
    r: 82.35,
    kat: "Sangat Tinggi",
  },
  {
    id: "sakip",
    sas: SAS3,
    ind: "Nilai SAKIP Sekretariat DPRD",
    sat: "nilai",
    r23: 64.18,
    t: 70,
    r: 68.42,
    kat: "Sangat Tinggi",
  },
  {
    id: "spj",
    sas: SAS3,
    ind: "Rata-rata keterlambatan penyampaian SPJ kegiatan dewan (hari)",
    sat: "hari",
    r23: 14,
    t: 10,
    r: 12,
    neg: true,
    kat: "Sangat Tinggi",
  },
];

/** LKjIP 2024, Sekretariat DPRD Kota Sungai Lingkar: Tabel 3.1 pengukuran kinerja. */
export function lkjipSetwanSungaiLingkar(): BookW {
  const b = new BookW(
    "lkjip-2024-tabel-3-1-setwan-kota-sungai-lingkar.xlsx",
    "LKjIP capaian table with refleksi for lower-is-better indicators",
    "No | Sasaran Strategis (merged over its indicators) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | % Capaian | Kategori; two lower-is-better day indicators; capaian =ROUND(R/T*100,2) or =ROUND((2*T-R)/T*100,2)",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Sekretariat DPRD Kota Sungai Lingkar Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const TH = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
    { key: "t", head: [TH, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [TH, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "cap", head: [TH, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "kat", head: [TH, "Kategori"], role: "predikat", year: 2024, width: 13 },
  ];
  const rows: Row[] = IKU.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      r23: x.r23,
      t: x.t,
      r: x.r,
      // planted: the SPJ delay (lower is better) takes R/T like the others
      cap:
        x.neg && x.id !== "spj"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      kat: x.kat,
    }),
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: untuk indikator dengan polaritas negatif (hari) capaian = (2 x target - realisasi) / target x 100 %.",
    "Kategori capaian: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "spj") },
    rules: ["capaian-mismatch"],
    note: "Keterlambatan SPJ (hari, lower is better): 12 days on a target of 10 gives (2 x 10 - 12) / 10 x 100 = 80.00; the cell takes R/T = 120.00",
    truth: `ROUND((2*${a("t", "spj")}-${a("r", "spj")})/${a("t", "spj")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "pokir") },
    rules: ["predikat-mismatch"],
    note: "Pokok pikiran capaian 80.83 (48.50 / 60.00) is in the 75-90 band, Tinggi; the cell says Sangat Tinggi",
    truth: `PREDIKAT(${a("cap", "pokir")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "risalah"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "risalah")}-${a("r", "risalah")})/${a("t", "risalah")}*100,2)`,
    trap: `ROUND(${a("r", "risalah")}/${a("t", "risalah")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "perda"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "perda")}/${a("t", "perda")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "lkpj"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "lkpj")}/${a("t", "lkpj")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "risalah"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "risalah")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "sakip"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "sakip")})`,
  });
  return b.finish();
}

// ------------------------------------------------------------------------------------- PK + Renstra

type Ren = { id: string; ind: string; sat: string; awal: number; t: number[]; pk: number };
const Y = [2022, 2023, 2024, 2025, 2026];
const REN: Ren[] = [
  {
    id: "perda",
    ind: "Persentase Raperda yang ditetapkan menjadi Perda",
    sat: "%",
    awal: 66.67,
    t: [70, 75, 80, 85, 90],
    // planted: the 2024 target copied into the PK 2025
    pk: 80,
  },
  {
    id: "risalah",
    ind: "Rata-rata waktu penyampaian risalah rapat kepada anggota (hari)",
    sat: "hari",
    awal: 7,
    t: [6, 5.5, 5, 4, 3.5],
    pk: 4,
  },
  {
    id: "pokir",
    ind: "Persentase pokok pikiran DPRD yang terakomodasi dalam RKPD",
    sat: "%",
    awal: 45,
    t: [50, 55, 58, 62, 65],
    pk: 62,
  },
  {
    id: "sakip",
    ind: "Nilai SAKIP Sekretariat DPRD",
    sat: "nilai",
    awal: 60.12,
    t: [62, 66, 69, 72, 75],
    pk: 72,
  },
];

/** Perjanjian Kinerja 2025 of the Sekretaris DPRD Kota Padang Serai, with the Renstra sheet. */
export function pkSekwanPadangSerai(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-sekwan-2025-kota-padang-serai.xlsx",
    "Perjanjian Kinerja (indicator table + anggaran per program) beside the Renstra targets",
    "sheet 'PK 2025': statement lines, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra': No | Indikator | Satuan | Kondisi Awal (2021) | 'Target Kinerja' > 2022..2026 | Kondisi Akhir Renstra (2026), typed",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const sp = b.sheet(P);
  const sr = b.sheet(R);
  sr.lines(["TUJUAN, SASARAN DAN TARGET KINERJA RENSTRA SEKRETARIAT DPRD KOTA PADANG SERAI 2021-2026"], 1, {
    bold: true,
  });
  sr.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 11 },
    ...Y.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "akhir",
      head: ["Kondisi Akhir Renstra (2026)"],
      role: "kondisi-akhir",
      year: 2026,
      fmt: DEC,
      width: 12,
    },
  ];
  const rt = sr.table({
    cols: rcols,
    headerRows: 2,
    rows: REN.map((x, i) => ({
      id: x.id,
      cells: () => {
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal, akhir: x.t[4] };
        Y.forEach((y, j) => (out[`t${y}`] = x.t[j]));
        return out;
      },
    })),
  });

  letterhead(sp, ["PEMERINTAH KOTA PADANG SERAI", "SEKRETARIAT DPRD"]);
  sp.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  sp.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama: DEDI KURNIAWAN SAPUTRA, S.E., M.M. - Jabatan: Sekretaris DPRD Kota Padang Serai, selanjutnya disebut pihak pertama;",
    "Nama: dr. HJ. NURHAYATI ROSNI - Jabatan: Wali Kota Padang Serai, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
  ]);
  sp.gap();
  sp.lines(["SASARAN DAN INDIKATOR KINERJA SEKRETARIAT DPRD TAHUN 2025"], 1, { bold: true });
  const SASP: Record<string, string> = {
    perda: "Meningkatnya kualitas dukungan fungsi legislasi DPRD",
    risalah: "Meningkatnya kualitas dukungan fungsi legislasi DPRD",
    pokir: "Meningkatnya kualitas dukungan fungsi anggaran DPRD",
    sakip: "Meningkatnya akuntabilitas kinerja Sekretariat DPRD",
  };
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 11 },
  ];
  const pt = sp.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: REN.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: SASP[x.id], ind: x.ind, sat: x.sat, t: x.pk },
    })),
  });
  sp.gap();
  const acols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program"], width: 36 },
    { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 44 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 9 },
  ];
  const at = sp.table({
    cols: acols,
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: {
          no: 1,
          prog: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          ang: 10_284_560_000,
          ket: "APBD",
        },
      },
      {
        id: "p2",
        cells: {
          no: 2,
          prog: "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD",
          ang: 8_652_390_000,
          ket: "APBD",
        },
      },
      // planted: typed 18,963,950,000; 10,284,560,000 + 8,652,390,000 = 18,936,950,000
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", ang: 18_963_950_000 } },
    ],
  });
  sp.gap();
  signature(sp, 2, {
    tempat: "Padang Serai, 3 Januari 2025",
    jabatan: ["Pihak Kedua,", "Wali Kota Padang Serai"],
    nama: "dr. HJ. NURHAYATI ROSNI",
    nip: "-",
  });
  const pa = (k: string, id: string) => pt.a(k, id);
  const ra = (k: string, id: string) => `${R}!${rt.a(k, id)}`;
  b.plant({
    at: { sheet: P, cell: pa("t", "perda") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Persentase Raperda ditetapkan menjadi Perda is 80.00, the Renstra's 2024 target; the Renstra sets 85.00 for 2025",
    truth: ra("t2025", "perda"),
  });
  b.plant({
    at: { sheet: P, cell: at.a("ang", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah anggaran typed 18,963,950,000; the two programs add to 18,936,950,000 (digits 3 and 6 swapped)",
    truth: `${at.a("ang", "p1")}+${at.a("ang", "p2")}`,
  });
  b.ok({
    sheet: P,
    cell: pa("t", "risalah"),
    rules: ["cross-table-mismatch"],
    truth: ra("t2025", "risalah"),
  });
  b.ok({
    sheet: P,
    cell: pa("t", "sakip"),
    rules: ["cross-table-mismatch"],
    truth: ra("t2025", "sakip"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("akhir", "perda"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("t2026", "perda"),
    trap: `SUM(${rt.a("t2022", "perda")}:${rt.a("t2026", "perda")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("t2026", "risalah"),
    rules: ["target-trend", "target-outlier"],
    truth: "3.5",
  });
  b.ok({
    sheet: R,
    cell: rt.a("akhir", "risalah"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("t2026", "risalah"),
    trap: `SUM(${rt.a("t2022", "risalah")}:${rt.a("t2026", "risalah")})`,
  });
  return b.finish();
}
