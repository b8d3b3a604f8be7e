// IKU tables of the eighty-first unseen set: the IKU 2024 of the Biro Hukum Setda Provinsi Sulawesi
// Tenggara with its 'Persentase produk hukum daerah yang dibatalkan' (lower is better), and the IKU
// matrix of the Renstra 2022-2026 of the Biro Organisasi Setda Provinsi Kepulauan Riau with the index
// of reformasi birokrasi. Every person and number is invented.
import { BookW, DEC, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./hukum";

// ============================================================ IKU 2024, Biro Hukum Setda Sulawesi Tenggara

type Iku = {
  id: string;
  sas: string;
  ind: string;
  form: string;
  sifat: "Positif" | "Negatif";
  sat: string;
  t: number;
  r: number;
  kat?: string;
};

/** IKU with Formulasi and Sifat; refleksi for the negative indicators; a Kategori column. */
export function ikuBiroHukumSultra(): BookW {
  const b = new BookW(
    "iku-2024-persentase-produk-hukum-dibatalkan-biro-hukum-sultra.xlsx",
    "Indikator Kinerja Utama 2024 dengan target, realisasi, capaian dan kategori (Biro Hukum Setda Provinsi)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Sifat Indikator (Positif / Negatif) | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; negatives by `ROUND((2*T-R)/T*100,2)`; Kategori typed in Permendagri 86 words",
  );
  const S = "IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["BIRO HUKUM SEKRETARIAT DAERAH PROVINSI SULAWESI TENGGARA"]);
  s.lines(["PENGUKURAN INDIKATOR KINERJA UTAMA (IKU) TAHUN 2024"], 1, { bold: true });
  s.gap();
  const A = "Meningkatnya kualitas produk hukum daerah";
  const B = "Meningkatnya kualitas pembinaan hukum kabupaten/kota dan layanan informasi hukum";
  const xs: Iku[] = [
    {
      id: "i1",
      sas: A,
      ind: "Persentase produk hukum daerah yang dibatalkan/dikoreksi",
      form: "Jumlah produk hukum dibatalkan / jumlah produk hukum ditetapkan x 100%",
      sifat: "Negatif",
      sat: "%",
      t: 2.5,
      r: 1.8,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase rancangan produk hukum yang dikembalikan karena tidak sesuai kaidah",
      form: "Rancangan dikembalikan / rancangan diterima x 100%",
      sifat: "Negatif",
      sat: "%",
      t: 15,
      r: 18.4,
    },
    {
      id: "i3",
      sas: B,
      ind: "Persentase Ranperda kabupaten/kota yang difasilitasi tepat waktu",
      form: "Ranperda difasilitasi <= 15 hari kerja / Ranperda diterima x 100%",
      sifat: "Positif",
      sat: "%",
      t: 90,
      r: 86.67,
    },
    {
      id: "i4",
      sas: B,
      ind: "Indeks Reformasi Birokrasi Pemerintah Provinsi",
      form: "Nilai evaluasi RB oleh Kementerian PANRB",
      sifat: "Positif",
      sat: "indeks",
      t: 72,
      r: 70.15,
      kat: "Tinggi",
    },
    {
      id: "i5",
      sas: B,
      ind: "Jumlah dokumen hukum yang dipublikasikan pada JDIH",
      form: "Jumlah dokumen terunggah pada laman JDIH",
      sifat: "Positif",
      sat: "dokumen",
      t: 450,
      r: 512,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "form", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
    { key: "sifat", head: ["Sifat Indikator"], role: "polaritas", width: 9 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 13 },
  ];
  const capOf = (x: Iku) => Math.round(((x.sifat === "Negatif" ? 2 * x.t - x.r : x.r) / x.t) * 10000) / 100;
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      form: x.form,
      sifat: x.sifat,
      sat: x.sat,
      t: x.t,
      r: x.r,
      // planted 1: the negative i2 is computed R / T like the positives
      cap: fx(x.sifat === "Negatif" && x.id !== "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      kat: x.kat ?? predikat(x.id === "i2" ? (x.r / x.t) * 100 : capOf(x)),
    }),
  }));
  const t = s.table({ cols, headerRows: 1, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Capaian indikator bersifat negatif dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kendari, 20 Januari 2025",
    jabatan: ["Kepala Biro Hukum"],
    nama: "LA ODE MUH. SYAHRIR TAWULO, S.H., M.H.",
    nip: "19740815 200003 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "rancangan dikembalikan (Negatif) computed R / T = 18.4 / 15 x 100 = 122.67; the refleksi (2 x 15 - 18.4) / 15 x 100 gives 77.33",
    truth: refl(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i4") },
    rules: ["predikat-mismatch"],
    note: "Indeks RB capaian 97.43 (70.15 / 72) typed Tinggi; > 90 is Sangat Tinggi",
    truth: `PREDIKAT(${a("cap", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("r", "i1"), a("t", "i1")),
    trap: rt(a("r", "i1"), a("t", "i1")),
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i5"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "i5"), a("t", "i5")),
    trap: "100",
  });
  for (const id of ["i3", "i4"])
    b.ok({ sheet: S, cell: a("cap", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("kat", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cap", id)})` });
  return b.finish();
}

// ===================================== Matriks IKU Renstra 2022-2026, Biro Organisasi Setda Kepulauan Riau

type Rs = {
  id: string;
  ind: string;
  sat: string;
  neg: boolean;
  awal: number;
  t: number[];
  pj: string;
  ka?: number;
};

/** Baseline 2021, targets 2022-2026, Kondisi Akhir = the 2026 target (a formula, one typed). */
export function ikuRenstraOrganisasiKepri(): BookW {
  const b = new BookW(
    "matriks-iku-renstra-2022-2026-indeks-rb-biro-organisasi-kepri.xlsx",
    "Matriks IKU Renstra 2022-2026 dengan kondisi awal dan kondisi akhir (Biro Organisasi Setda Provinsi)",
    "No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | 'Target Kinerja pada Tahun ke-' > 2022 .. 2026 | Kondisi Kinerja Akhir Renstra | Penanggung Jawab; number row 1 .. 11 paired; Kondisi Akhir `=` the 2026 column; the produk hukum dibatalkan falling",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  s.lines(["Lampiran II Renstra Biro Organisasi Setda Provinsi Kepulauan Riau 2022-2026"], 1);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) BIRO ORGANISASI"], 1, { bold: true });
  s.gap();
  const YRS = [2022, 2023, 2024, 2025, 2026];
  const xs: Rs[] = [
    {
      id: "r1",
      ind: "Indeks Reformasi Birokrasi Provinsi Kepulauan Riau",
      sat: "indeks",
      neg: false,
      awal: 61.35,
      t: [63, 65.5, 68, 70.5, 73],
      pj: "Kabag Reformasi Birokrasi dan Akuntabilitas Kinerja",
    },
    // planted 1: 2025 typed 96 (digits of 69 swapped)
    {
      id: "r2",
      ind: "Nilai Evaluasi SAKIP Pemerintah Provinsi",
      sat: "nilai",
      neg: false,
      awal: 62.1,
      t: [63.5, 65, 67, 96, 71],
      pj: "Kabag Reformasi Birokrasi dan Akuntabilitas Kinerja",
    },
    {
      id: "r3",
      ind: "Persentase perangkat daerah yang memiliki peta proses bisnis",
      sat: "%",
      neg: false,
      awal: 40,
      t: [50, 65, 75, 85, 100],
      pj: "Kabag Tata Laksana",
    },
    {
      id: "r4",
      ind: "Indeks Kelembagaan Perangkat Daerah",
      sat: "indeks",
      neg: false,
      awal: 2.85,
      t: [2.95, 3.05, 3.15, 3.25, 3.35],
      pj: "Kabag Kelembagaan dan Analisis Jabatan",
    },
    // planted 2: kondisi akhir typed 2.00 (the 2025 target)
    {
      id: "r5",
      ind: "Persentase produk hukum kelembagaan yang dibatalkan/direvisi",
      sat: "%",
      neg: true,
      awal: 4.2,
      t: [3.5, 3, 2.5, 2, 1.5],
      pj: "Kabag Kelembagaan dan Analisis Jabatan",
      ka: 2,
    },
  ];
  const G = "Target Kinerja pada Tahun ke-";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 8 },
    {
      key: "awal",
      head: ["Kondisi Awal (2021)"],
      role: "kondisi-awal",
      year: 2021,
      num: 4,
      fmt: DEC,
      width: 10,
    },
    ...YRS.map((y, i): Col => ({
      key: `t${y}`,
      head: [G, String(y)],
      role: "target",
      year: y,
      num: 5 + i,
      fmt: DEC,
      width: 8,
    })),
    {
      key: "ka",
      head: ["Kondisi Kinerja Akhir Renstra"],
      role: "kondisi-akhir",
      year: 2026,
      num: 10,
      fmt: DEC,
      width: 11,
    },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: 11, width: 26 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      ind: x.ind,
      sat: x.sat,
      awal: x.awal,
      ...Object.fromEntries(YRS.map((y, k) => [`t${y}`, x.t[k]])),
      ka: x.ka ?? fx(`${c.a("t2026")}`),
      pj: x.pj,
    }),
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Catatan: indikator nomor 5 bersifat negatif (semakin kecil semakin baik)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjungpinang, 4 Maret 2022",
    jabatan: ["Kepala Biro Organisasi"],
    nama: "Drs. TENGKU HAIRUL AZHAR, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710622 199203 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2025", "r2") },
    rules: ["target-trend", "target-outlier"],
    note: "SAKIP target 2025 typed 96.00 in the rising series 63.50, 65.00, 67.00, 96.00, 71.00; between 67 and 71 it is 69 (digits swapped)",
    truth: `(${a("t2024", "r2")}+${a("t2026", "r2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "r5") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "kondisi akhir of the produk hukum dibatalkan typed 2.00 (the 2025 target) among `=` formulas; the 2026 target is 1.50",
    truth: a("t2026", "r5"),
  });
  for (const id of ["r1", "r3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2026", id),
      trap: `SUM(${a("t2022", id)}:${a("t2026", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("ka", "r4"),
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    truth: a("t2026", "r4"),
  });
  b.ok({
    sheet: S,
    cell: a("t2024", "r5"),
    rules: ["target-trend"],
    truth: `(${a("t2023", "r5")}+${a("t2025", "r5")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("t2025", "r1"),
    rules: ["target-trend", "target-outlier"],
    truth: `(${a("t2024", "r1")}+${a("t2026", "r1")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("t2026", "r3"),
    rules: ["target-trend", "percent-out-of-range"],
    truth: "100",
  });
  return b.finish();
}
