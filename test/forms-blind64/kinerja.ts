// Performance tables: the pengukuran kinerja of the LKjIP 2024 of the Dinas Kesehatan of Kota Siriwo
// (Papua Tengah), where the maternal and infant mortality rates and stunting are lower-is-better and
// take the refleksi capaian, and the IKU 2025-2029 of the Dinas Kesehatan of Kota Bontolempa
// (Sulawesi Selatan) with a written formula column, per-year targets and a kondisi akhir. Every
// person and number is invented.
import {
  BookW,
  DEC,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = { sas: string; ind: string; sat: string; r23: number; t: number; r: number; low?: boolean };

/** LKjIP 2024 Dinas Kesehatan Kota Siriwo, pengukuran kinerja with refleksi. */
export function lkjipSiriwo(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-dinkes-kota-siriwo.xlsx",
    "LKjIP pengukuran kinerja (AKI per 100.000 KH, refleksi capaian)",
    "No | Sasaran Strategis | Indikator Kinerja | Satuan | 'Realisasi 2023' | 'Tahun 2024' > Target | Realisasi | '% Capaian' | Kategori | Keterangan; two header rows; lower-is-better rows capaian = (2 x T - R) / T x 100, Kategori typed in the LKjIP words",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", "DINAS KESEHATAN KOTA SIRIWO"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"], 1, { bold: true });
  const S1 = "Menurunnya angka kematian ibu dan bayi";
  const S2 = "Meningkatnya mutu dan akses pelayanan kesehatan";
  const xs: Ind[] = [
    { sas: S1, ind: "Angka Kematian Ibu (AKI)", sat: "per 100.000 KH", r23: 214, t: 185, r: 172, low: true },
    { sas: S1, ind: "Angka Kematian Bayi (AKB)", sat: "per 1.000 KH", r23: 18.1, t: 16, r: 17.4, low: true },
    { sas: S1, ind: "Prevalensi balita stunting", sat: "%", r23: 24.6, t: 21, r: 22.3, low: true },
    { sas: S2, ind: "Persentase fasyankes terakreditasi paripurna", sat: "%", r23: 28, t: 50, r: 36 },
    { sas: S2, ind: "Cakupan Universal Health Coverage (UHC)", sat: "%", r23: 93.4, t: 95, r: 96.82 },
    { sas: S2, ind: "Indeks Keluarga Sehat (IKS)", sat: "indeks", r23: 0.29, t: 0.35, r: 0.31 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: "0.0#", width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: "0.0#", width: 9 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: "0.0#", width: 9 },
    { key: "cp", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 22 },
  ];
  const capOf = (x: Ind) => round(x.low ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100, 2);
  const rows: Row[] = xs.map((x, i) => ({
    id: `i${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const T = c.a("t");
      const R = c.a("r");
      // planted: the AKB row divides realisasi by target like a higher-is-better indicator
      const f = x.low && i !== 1 ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      // planted: the accreditation row (capaian 72,00) labelled one band too high
      const kat = i === 3 ? "Baik" : predikatBaik(capOf(x));
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        cp: fx(f),
        kat,
        ket: x.low ? "semakin rendah semakin baik" : "-",
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: untuk indikator yang semakin rendah semakin baik, capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Siriwo, 28 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan Kota Siriwo,"],
    nama: "dr. YOHANA KOGOYA-MAGAI, M.Kes.",
    nip: "19750826 200312 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cp", "i2") },
    rules: ["capaian-mismatch"],
    note: "AKB (lower is better) capaian = 17.4 / 16 x 100 = 108.75; by the refleksi of the note it is (2 x 16 - 17.4) / 16 x 100 = 91.25",
    truth: refl("i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i4") },
    rules: ["predikat-mismatch"],
    note: "accreditation capaian 36 / 50 x 100 = 72.00 labelled 'Baik'; the band > 65 s.d. 75 is 'Cukup'",
    truth: `PREDIKAT_BAIK(${a("cp", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl("i1"),
    trap: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i3"),
    rules: ["capaian-mismatch"],
    truth: refl("i3"),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "i1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cp", "i1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i5"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  return b.finish();
}

type Iku = { sas: string; ind: string; rumus: string; sat: string; bl: number; ts: number[]; ka: number };

/** IKU 2025-2029 Dinas Kesehatan Kota Bontolempa, with a formula column in words. */
export function ikuBontolempa(): BookW {
  const b = new BookW(
    "iku-2025-2029-dinkes-kota-bontolempa.xlsx",
    "IKU with a written formula column, per-year targets and kondisi akhir",
    "No | Sasaran | Indikator Kinerja Utama | 'Formula Perhitungan' (text with numbers) | Satuan | 'Baseline 2024' | 'Target Kinerja' > 2025 .. 2029 | 'Kondisi Akhir Renstra' | 'Penanggung Jawab'; two header rows; a cumulative count ends on its last target, rates too",
  );
  const S = "IKU";
  const s = b.sheet(S);
  s.lines(
    [
      "INDIKATOR KINERJA UTAMA (IKU)",
      "DINAS KESEHATAN KOTA BONTOLEMPA",
      "PERIODE 2025 - 2029 (Lampiran Keputusan Kepala Dinas Nomor 440/112/Dinkes/II/2025)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const A = "Meningkatnya derajat kesehatan masyarakat";
  const B = "Meningkatnya kualitas layanan kesehatan";
  const xs: Iku[] = [
    {
      sas: A,
      ind: "Angka Kematian Ibu",
      rumus: "Jumlah kematian ibu / jumlah kelahiran hidup x 100.000",
      sat: "per 100.000 KH",
      bl: 168,
      ts: [160, 152, 154, 138, 130],
      ka: 130,
    },
    {
      sas: A,
      ind: "Angka Kematian Bayi",
      rumus: "Jumlah kematian bayi usia 0-11 bulan / jumlah kelahiran hidup x 1.000",
      sat: "per 1.000 KH",
      bl: 15.8,
      ts: [15.2, 14.6, 14, 13.4, 12.8],
      ka: 12.8,
    },
    {
      sas: A,
      ind: "Cakupan imunisasi dasar lengkap",
      rumus: "Bayi 0-11 bulan diimunisasi lengkap / seluruh bayi 0-11 bulan x 100%",
      sat: "%",
      bl: 86.4,
      ts: [88, 90, 92, 94, 95],
      ka: 97,
    },
    {
      sas: B,
      ind: "Jumlah puskesmas terakreditasi paripurna (kumulatif)",
      rumus: "Jumlah puskesmas dengan status akreditasi paripurna s.d. akhir tahun",
      sat: "puskesmas",
      bl: 2,
      ts: [3, 4, 5, 6, 7],
      ka: 7,
    },
    {
      sas: B,
      ind: "Rasio dokter per 1.000 penduduk",
      rumus: "Jumlah dokter / jumlah penduduk x 1.000",
      sat: "rasio",
      bl: 0.42,
      ts: [0.45, 0.48, 0.5, 0.53, 0.55],
      ka: 0.55,
    },
    {
      sas: B,
      ind: "Indeks Kepuasan Masyarakat layanan puskesmas",
      rumus: "Nilai rata-rata tertimbang 9 unsur pelayanan x 25 (PermenPANRB 14/2017)",
      sat: "nilai",
      bl: 82.1,
      ts: [83, 84, 85, 86, 87],
      ka: 87,
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "bl", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, fmt: "0.0#", width: 9 },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: "0.0#",
      width: 8,
    })),
    { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, fmt: "0.0#", width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const pj = ["Bidang Kesmas", "Bidang Kesmas", "Bidang P2P", "Bidang Yankes", "Bidang SDK", "Bidang Yankes"];
  const rows: Row[] = xs.map((x, i) => {
    const out: Record<string, Cell> = {
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      rumus: x.rumus,
      sat: x.sat,
      bl: x.bl,
      ka: x.ka,
      pj: pj[i],
    };
    x.ts.forEach((v, j) => (out[`y${Y[j]}`] = v));
    return { id: `k${i + 1}`, cells: out };
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines(["Kepala Dinas Kesehatan Kota Bontolempa,"], 12);
  s.gap(3);
  s.lines(["dr. ANDI MUH. FACHRUDDIN LATIEF, Sp.KKLP", "NIP. 19720511 200003 1 009"], 12);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "k1") },
    rules: ["target-trend", "target-outlier"],
    note: "AKI (lower is better) target 2027 typed 154, above 2026's 152, between 152 and 138 it was 145 (digits swapped)",
    truth: "145",
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "k3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the immunisation rate 97 while the 2029 target is 95 (a draft figure left standing)",
    truth: a("y2029", "k3"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k4"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: a("y2029", "k4"),
    trap: `SUM(${a("y2025", "k4")}:${a("y2029", "k4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "k2"),
    trap: a("bl", "k2"),
  });
  b.ok({ sheet: S, cell: a("y2026", "k2"), rules: ["target-trend"], truth: "14.6" });
  return b.finish();
}
