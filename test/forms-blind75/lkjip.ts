// Performance tables of the seventy-seventh unseen set: the LKjIP 2024 pengukuran of the Dinas
// Kehutanan Provinsi Kalimantan Selatan (lahan kritis and burnt area lower is better, refleksi), and the
// quarterly performance report 2024 of the Dinas Kehutanan Provinsi Sulawesi Barat (levels and flows).
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

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

// ============================================================ LKjIP 2024, Dishut Kalimantan Selatan

export function lkjipKalsel(): BookW {
  const b = new BookW(
    "lkjip-lahan-kritis-kawasan-dikelola-dishut-kalsel.xlsx",
    "LKjIP pengukuran kinerja 2024 (Dinas Kehutanan Provinsi)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Kinerja Tahun 2024' > Rencana | Realisasi | Persentase Capaian | Kriteria; lahan kritis and areal terbakar lower is better (refleksi by the note), one row with R / T; kriteria typed in the words Sangat Baik .. Sangat Kurang",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEHUTANAN PROVINSI KALIMANTAN SELATAN"]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"], 1, { bold: true });
  s.gap();
  const A = "Meningkatnya kualitas tutupan hutan dan lahan";
  const B = "Meningkatnya tata kelola hutan di tingkat tapak";
  const xs: Ind[] = [
    { id: "i1", sas: A, ind: "Luas lahan kritis", sat: "ha", t: 412500, r: 405830, neg: true, f: INT },
    {
      id: "i2",
      sas: A,
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      t: 62.5,
      r: 58.1,
      f: DEC,
    },
    {
      id: "i3",
      sas: A,
      ind: "Luas areal kebakaran hutan dan lahan",
      sat: "ha",
      t: 2500,
      r: 1860,
      neg: true,
      f: DEC,
    },
    { id: "i4", sas: B, ind: "Persentase kawasan hutan yang dikelola", sat: "%", t: 78, r: 76.45, f: DEC },
    { id: "i5", sas: B, ind: "Jumlah KTH kelas madya dan utama", sat: "kelompok", t: 120, r: 97, f: "0" },
    { id: "i6", sas: B, ind: "Persentase tutupan hutan", sat: "%", t: 45.5, r: 45.62, f: DEC },
  ];
  // planted 5: capaian of the areal terbakar is R / T = 74.40; refleksi (5000 - 1860) / 2500 = 125.60
  // planted 6: kriteria of the KTH row (80.83) typed "Sangat Baik"; > 75 - 90 is Baik
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const shown = (x: Ind) => (x.id === "i3" ? round((x.r / x.t) * 100) : cap(x));
  if (predikatBaik(cap(xs[4])) !== "Baik") throw new Error("lkjip: i5");
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: [G, "Rencana"], role: "target", year: 2024, width: 11 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: [G, "Persentase Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    { key: "k", head: ["Kriteria"], role: "predikat", width: 13 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: fmt(x.t, x.f),
      r: fmt(x.r, x.f),
      c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      k: x.id === "i5" ? "Sangat Baik" : predikatBaik(shown(x)),
    }),
  }));
  const t = s.table({ cols, headerRows: 2, vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Keterangan: luas lahan kritis dan luas areal kebakaran semakin kecil semakin baik; capaian = (2 x rencana - realisasi) / rencana x 100.",
    "Kriteria: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Banjarbaru, 27 Februari 2025",
    jabatan: ["Kepala Dinas Kehutanan", "Provinsi Kalimantan Selatan"],
    nama: "Ir. MUHAMMAD NOORHADI FITRIANSYAH, M.Sc.",
    pangkat: "Pembina Utama Muda",
    nip: "19690721 199403 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "persentase capaian of the luas areal kebakaran (lower is better by the note) is =ROUND(R/T*100,2) = 74.40 (1,860 / 2,500); the refleksi (2 x 2,500 - 1,860) / 2,500 gives 125.60, as the lahan kritis row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i5") },
    rules: ["predikat-mismatch"],
    note: "kriteria 'Sangat Baik' for a capaian of 80.83 (97 / 120 KTH); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i1"), a("t", "i1")),
    trap: rt(a("r", "i1"), a("t", "i1")),
  });
  for (const id of ["i2", "i4", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i2", "i4", "i6"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

// ======================================== Laporan kinerja triwulanan 2024, Dishut Sulawesi Barat

type Q = {
  id: string;
  ind: string;
  sat: string;
  sifat: string;
  t: number;
  q: number[];
  neg?: boolean;
  f: string;
};

export function triwulanSulbar(): BookW {
  const b = new BookW(
    "kinerja-triwulan-kph-dishut-sulbar-2024.xlsx",
    "Laporan capaian kinerja triwulanan 2024 (Dinas Kehutanan Provinsi)",
    "No | Indikator Kinerja | Satuan | Cara Hitung | Target Tahunan | 'Realisasi' > TW-I .. TW-IV | Realisasi s.d. TW-IV | % Capaian | Ket.; number row 1 .. 11; 'posisi akhir' levels (the year is TW-IV, a formula pointing at it) and 'kumulatif' flows (SUM of the quarters); lahan kritis and areal terbakar lower is better (refleksi)",
  );
  const S = "Kinerja TW 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI BARAT",
    "DINAS KEHUTANAN",
    "LAPORAN CAPAIAN KINERJA TRIWULAN IV TAHUN 2024",
  ]);
  const xs: Q[] = [
    {
      id: "q1",
      ind: "Persentase kawasan hutan yang dikelola KPH",
      sat: "%",
      sifat: "posisi akhir",
      t: 70,
      q: [64.2, 66.8, 68.5, 71.3],
      f: DEC,
    },
    {
      id: "q2",
      ind: "Luas lahan kritis",
      sat: "ha",
      sifat: "posisi akhir",
      t: 286000,
      q: [291400, 289950, 288100, 285420],
      neg: true,
      f: INT,
    },
    {
      id: "q3",
      ind: "Jumlah bibit tanaman hutan yang disalurkan",
      sat: "batang",
      sifat: "kumulatif",
      t: 850000,
      q: [120000, 185500, 310250, 262800],
      f: INT,
    },
    {
      id: "q4",
      ind: "Luas areal kebakaran hutan dan lahan",
      sat: "ha",
      sifat: "kumulatif",
      t: 900,
      q: [12.5, 85.3, 402.7, 156],
      neg: true,
      f: DEC,
    },
    {
      id: "q5",
      ind: "Jumlah kelompok tani hutan (KTH) yang dibina",
      sat: "kelompok",
      sifat: "kumulatif",
      t: 48,
      q: [8, 12, 15, 11],
      f: "0",
    },
  ];
  // planted 7: realisasi s.d. TW-IV of the bibit is =SUM(TW-I:TW-III) = 615,750; the four give 878,550
  // planted 8: % capaian of the kawasan dikelola (higher is better) is the refleksi 98.14; 71.30 / 70 gives 101.86
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    { key: "sifat", head: ["Cara Hitung"], num: 4, width: 12 },
    { key: "t", head: ["Target Tahunan"], role: "target", year: 2024, num: 5, width: 11 },
    ...["TW-I", "TW-II", "TW-III", "TW-IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Realisasi", q],
      role: "realisasi",
      year: 2024,
      num: 6 + i,
      width: 10,
    })),
    { key: "y", head: ["Realisasi s.d. TW-IV"], role: "realisasi", year: 2024, num: 10, width: 11 },
    { key: "c", head: ["% Capaian"], role: "capaian", year: 2024, num: 11, fmt: DEC, width: 10 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 16 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      ind: x.ind,
      sat: x.sat,
      sifat: x.sifat,
      t: fmt(x.t, x.f),
      ...Object.fromEntries(x.q.map((v, j) => [`q${j}`, fmt(v, x.f)])),
      y: fx(
        x.sifat === "posisi akhir"
          ? `${c.a("q3")}`
          : x.id === "q3"
            ? `SUM(${c.a("q0")}:${c.a("q2")})`
            : `SUM(${c.a("q0")}:${c.a("q3")})`,
      ),
      c: fx(x.neg || x.id === "q1" ? refl(c.a("y"), c.a("t")) : rt(c.a("y"), c.a("t"))),
      ket: x.neg ? "semakin kecil semakin baik" : "-",
    }),
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Posisi akhir: realisasi tahunan = realisasi TW-IV; kumulatif: realisasi tahunan = TW-I + TW-II + TW-III + TW-IV.",
    "Indikator semakin kecil semakin baik: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Mamuju, 8 Januari 2025",
    jabatan: ["Sekretaris Dinas Kehutanan"],
    nama: "HASNAWATI DAENG MANGGARA, S.E., M.M.",
    pangkat: "Pembina",
    nip: "19780612 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (id: string) => `${a("q0", id)}:${a("q3", id)}`;
  b.plant({
    at: { sheet: S, cell: a("y", "q3") },
    rules: ["sum-mismatch"],
    note: "realisasi s.d. TW-IV of the bibit disalurkan ('kumulatif') is =SUM(TW-I:TW-III) = 615,750, missing TW-IV (262,800); the four quarters give 878,550",
    truth: `SUM(${q("q3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "q1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% capaian of the persentase kawasan hutan yang dikelola (higher is better) is the refleksi (2 x 70 - 71.30) / 70 = 98.14; 71.30 / 70.00 gives 101.86",
    truth: rt(a("y", "q1"), a("t", "q1")),
  });
  for (const id of ["q1", "q2"])
    b.ok({ sheet: S, cell: a("y", id), rules: ["sum-mismatch"], truth: a("q3", id), trap: `SUM(${q(id)})` });
  for (const id of ["q4", "q5"])
    b.ok({ sheet: S, cell: a("y", id), rules: ["sum-mismatch"], truth: `SUM(${q(id)})` });
  b.ok({
    sheet: S,
    cell: a("c", "q4"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("y", "q4"), a("t", "q4")),
    trap: rt(a("y", "q4"), a("t", "q4")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "q2"),
    rules: ["capaian-mismatch"],
    truth: refl(a("y", "q2"), a("t", "q2")),
  });
  b.ok({ sheet: S, cell: a("c", "q5"), rules: ["capaian-mismatch"], truth: rt(a("y", "q5"), a("t", "q5")) });
  return b.finish();
}
