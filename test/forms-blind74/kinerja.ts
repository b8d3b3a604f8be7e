// Performance tables of the seventy-sixth unseen set: the LKjIP 2024 of the Bagian Pengadaan Barang dan
// Jasa Setda Kabupaten Labuhan Siantar (Sumatera Utara) with a Sifat column (Maksimal / Minimal), the
// lower-is-better 'Persentase paket tender yang gagal' and tender durations (refleksi), and the
// Perjanjian Kinerja 2025 of the Bagian Administrasi Pembangunan Setda Kabupaten Karangsambung (Jawa
// Tengah) with its anggaran per program beside the Renstra 2025-2029. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
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

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ================================================ LKjIP 2024, Bagian PBJ Setda Kabupaten Labuhan Siantar

type Lk = {
  id: string;
  ind: string;
  sat: string;
  min?: boolean;
  t: number;
  r: number;
  r23: number;
  f: string;
};

/** LKjIP Tabel 3.2 with a Sifat column; capaian formulas by the Sifat, kriteria typed. */
export function lkjipLabuhanSiantar(): BookW {
  const b = new BookW(
    "lkjip-paket-gagal-bagian-pbj-labuhan-siantar.xlsx",
    "LKjIP pengukuran kinerja 2024 (Bagian Pengadaan Barang dan Jasa Setda)",
    "No | Indikator Kinerja | Sifat (Maksimal / Minimal) | Satuan | 'Tahun 2024' > Target | Realisasi | % Capaian | Kriteria Capaian | Realisasi Tahun 2023 (last); number row (1) .. (9); capaian formulas (refleksi on the Minimal rows), kriteria typed in the Sangat Baik .. Sangat Kurang words; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LABUHAN SIANTAR",
    "SEKRETARIAT DAERAH",
    "BAGIAN PENGADAAN BARANG DAN JASA",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Bagian Pengadaan Barang dan Jasa Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const xs: Lk[] = [
    {
      id: "g1",
      ind: "Persentase paket tender yang gagal",
      sat: "%",
      min: true,
      t: 6,
      r: 4.35,
      r23: 7.9,
      f: DEC,
    },
    {
      id: "g2",
      ind: "Rata-rata waktu penyelesaian proses tender",
      sat: "hari kalender",
      min: true,
      t: 40,
      r: 36,
      r23: 43,
      f: "0",
    },
    {
      id: "g3",
      ind: "Persentase paket tender yang selesai tepat waktu",
      sat: "%",
      t: 90,
      r: 93.18,
      r23: 86.4,
      f: DEC,
    },
    {
      id: "g4",
      ind: "Nilai Indeks Tata Kelola Pengadaan (ITKP)",
      sat: "nilai",
      t: 75,
      r: 68.4,
      r23: 66.15,
      f: DEC,
    },
    {
      id: "g5",
      ind: "Persentase efisiensi hasil pemilihan terhadap pagu",
      sat: "%",
      t: 5,
      r: 3.6,
      r23: 4.85,
      f: DEC,
    },
    {
      id: "g6",
      ind: "Jumlah sanggah banding yang terbukti",
      sat: "kasus",
      min: true,
      t: 4,
      r: 2,
      r23: 5,
      f: "0",
    },
    { id: "g7", ind: "Level kematangan UKPBJ", sat: "level", t: 3, r: 3, r23: 2, f: "0" },
  ];
  const cap = (x: Lk) => round(x.min ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted 1: the paket gagal row uses the Maksimal formula R / T = 72.50; refleksi gives 127.50
  const shown = (x: Lk) => (x.id === "g1" ? round((x.r / x.t) * 100) : cap(x));
  // planted 2: kriteria of the efisiensi row (72.00) typed Baik; > 65 - 75 is Cukup
  if (shown(xs[0]) !== 72.5 || cap(xs[0]) !== 127.5 || cap(xs[4]) !== 72 || predikatBaik(72) !== "Cukup")
    throw new Error("lkjip pbj");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 42 },
    { key: "sif", head: ["Sifat"], role: "polaritas", num: "(3)", width: 10 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 12 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(5)", width: 9 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 9 },
    {
      key: "c",
      head: ["Tahun 2024", "% Capaian"],
      role: "capaian",
      year: 2024,
      num: "(7)",
      fmt: DEC,
      width: 10,
    },
    { key: "k", head: ["Kriteria Capaian"], role: "predikat", num: "(8)", width: 13 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, num: "(9)", width: 11 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      ind: x.ind,
      sif: x.min ? "Minimal" : "Maksimal",
      sat: x.sat,
      t: fmt(x.t, x.f),
      r: fmt(x.r, x.f),
      c: fx(x.min && x.id !== "g1" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      k: x.id === "g5" ? "Baik" : predikatBaik(shown(x)),
      r23: fmt(x.r23, x.f),
    }),
  }));
  const avg = round(xs.map(shown).reduce((p, q) => p + q, 0) / xs.length);
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("g1")}:${c.c("c")}${c.row("g7")}),2)`),
      k: predikatBaik(avg),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: Sifat Minimal = semakin kecil realisasi semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
    "Kriteria: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Labuhan Siantar, 24 Februari 2025",
    jabatan: ["Kepala Bagian Pengadaan Barang dan Jasa"],
    nama: "MARLINA ROSARIA BR. SITUMORANG, S.T., M.T.",
    pangkat: "Pembina",
    nip: "19801104 200502 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "g1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% capaian of the persentase paket tender yang gagal (Sifat Minimal) is =ROUND(R/T*100,2) = 72.50 (4.35 / 6.00); the refleksi (2 x 6.00 - 4.35) / 6.00 gives 127.50, as the other Minimal rows compute",
    truth: refl(a("r", "g1"), a("t", "g1")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "g5") },
    rules: ["predikat-mismatch"],
    note: "kriteria 'Baik' for a capaian of 72.00 (efisiensi 3.60 / 5.00); the band > 65 s.d. 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "g5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "g2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "g2"), a("t", "g2")),
    trap: rt(a("r", "g2"), a("t", "g2")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "g6"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("r", "g6"), a("t", "g6")),
    trap: rt(a("r", "g6"), a("t", "g6")),
  });
  for (const id of ["g3", "g4", "g7"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["g2", "g3", "g4", "g6", "g7"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

// ============================== PK 2025 and Renstra 2025-2029, Bagian Adm. Pembangunan Kab. Karangsambung

type Rs = { id: string; sas: string; ind: string; sat: string; base: number; ts: number[]; min?: boolean };

/** PK 2025 with an indicator table and a program budget table, beside the Renstra targets. */
export function pkKarangsambung(): BookW {
  const b = new BookW(
    "pk-anggaran-program-adbang-karangsambung.xlsx",
    "Perjanjian Kinerja 2025 with anggaran per program, and Renstra 2025-2029 targets (Bagian Administrasi Pembangunan)",
    "sheet 'PK 2025': statement lines, table 1 No | Sasaran (merged) | Indikator Kinerja | Satuan | Target Tahun 2025; table 2 under it: No | Program / Kegiatan | Anggaran (Rp) | Sumber Dana, the program Rp a SUM of its kegiatan, Jumlah of the programs typed; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir (2029); a lower-is-better late-package rate",
  );
  const R = "Renstra 2025-2029";
  const S = "PK 2025";
  const A = "Meningkatnya kualitas pengendalian pelaksanaan pembangunan daerah";
  const B = "Meningkatnya ketepatan pelaksanaan program pembangunan";
  const xs: Rs[] = [
    {
      id: "k1",
      sas: A,
      ind: "Persentase perangkat daerah dengan deviasi realisasi fisik dan keuangan paling tinggi 10%",
      sat: "%",
      base: 62.5,
      ts: [68.75, 75, 81.25, 87.5, 93.75],
    },
    {
      id: "k2",
      sas: A,
      ind: "Nilai evaluasi pengendalian pelaksanaan pembangunan daerah",
      sat: "nilai",
      base: 72.1,
      ts: [74, 76, 78, 80, 82],
    },
    // planted target-trend: the 2028 target 85.00 typed 58.00 (digits swapped)
    {
      id: "k3",
      sas: B,
      ind: "Persentase rekomendasi hasil monev pembangunan yang ditindaklanjuti",
      sat: "%",
      base: 70,
      ts: [72.5, 75, 80, 58, 90],
    },
    {
      id: "k4",
      sas: B,
      ind: "Persentase paket pekerjaan fisik yang terlambat",
      sat: "%",
      base: 12.4,
      ts: [11, 10, 9, 8, 7],
      min: true,
    },
  ];
  // Renstra sheet first in the workbook? No: the PK comes first, as offices print it.
  const s = b.sheet(S);
  const r = b.sheet(R);
  // ---- Renstra
  letterhead(r, [
    "RENCANA STRATEGIS BAGIAN ADMINISTRASI PEMBANGUNAN",
    "SEKRETARIAT DAERAH KABUPATEN KARANGSAMBUNG 2025-2029",
  ]);
  r.lines(["Tabel 4.1 Indikator Kinerja Bagian dan Target Lima Tahunan"], 1, { bold: true });
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "base", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...Y.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "akh", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
  ];
  const rrows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      ind: x.ind,
      sat: x.sat,
      base: x.base,
      ...Object.fromEntries(x.ts.map((v, j) => [`y${j}`, v])),
      akh: fx(c.a("y4")),
    }),
  }));
  const rt2 = r.table({ cols: rc, headerRows: 2, rows: rrows });
  r.gap();
  r.lines(["*) Indikator nomor 4 semakin kecil semakin baik."]);
  // ---- PK
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN ADMINISTRASI PEMBANGUNAN SEKRETARIAT DAERAH KABUPATEN KARANGSAMBUNG",
  ]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Ir. BAMBANG SETYO NUGROHO, M.T., Kepala Bagian Administrasi Pembangunan, selanjutnya disebut pihak pertama,",
    "dan Drs. SUGENG PURWADI, M.Si., Asisten Perekonomian dan Pembangunan, selanjutnya disebut pihak kedua, sepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const pkT = (x: Rs) => (x.id === "k2" ? x.ts[1] : x.ts[0]); // planted: nilai evaluasi copied from 2026
  const pc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
  ];
  const p1 = s.table({
    cols: pc,
    headerRows: 1,
    vmerge: ["sas"],
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: pkT(x) },
    })),
  });
  s.gap();
  const ac: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program / Kegiatan"], width: 50 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "sd", head: ["Sumber Dana"], width: 10 },
  ];
  const P1 = 1_184_620_000;
  const K = [486_350_000, 312_800_000, 228_475_000];
  const P2 = K.reduce((p, q) => p + q, 0);
  const p2 = s.table({
    cols: ac,
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: {
          no: 1,
          prog: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          rp: P1,
          sd: "APBD",
        },
      },
      {
        id: "p2",
        cells: (c) => ({
          no: 2,
          prog: "Program Perekonomian dan Pembangunan",
          rp: fx(`SUM(${c.a("rp", "q1")}:${c.a("rp", "q3")})`),
          sd: "APBD",
        }),
      },
      {
        id: "q1",
        cells: { prog: "- Pelaksanaan Administrasi Pembangunan (penyusunan program)", rp: K[0], sd: "APBD" },
      },
      { id: "q2", cells: { prog: "- Pengendalian dan Evaluasi Program Pembangunan", rp: K[1], sd: "APBD" } },
      { id: "q3", cells: { prog: "- Koordinasi TEPRA dan Pelaporan Pembangunan", rp: K[2], sd: "APBD" } },
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", rp: P1 + P2 } },
    ],
  });
  s.gap();
  s.lines(["Karangsambung, 3 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "Asisten Perekonomian dan Pembangunan"], 1);
  s.r -= 2;
  s.lines(["Pihak Pertama,", "Kepala Bagian Administrasi Pembangunan"], 3);
  s.gap(3);
  s.lines(["Drs. SUGENG PURWADI, M.Si.", "NIP. 19690722 199503 1 002"], 1);
  s.r -= 2;
  s.lines(["Ir. BAMBANG SETYO NUGROHO, M.T.", "NIP. 19761130 200501 1 008"], 3);
  const ra = (k: string, id: string) => rt2.a(k, id);
  const rr = (k: string, id: string) => `'${R}'!${ra(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: p1.a("t", "k2") },
        { sheet: R, cell: ra("y0", "k2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of the nilai evaluasi pengendalian is 76.00, the Renstra's 2026 target; the Renstra 2025 target is 74.00",
    truth: rr("y0", "k2"),
  });
  b.plant({
    at: { sheet: R, cell: ra("y3", "k3") },
    rules: ["target-trend", "target-outlier"],
    note: "the 2028 target of the rekomendasi monev ditindaklanjuti is 58.00 between 80.00 (2027) and 90.00 (2029) of a rising rate; 85.00 with its digits swapped",
    truth: "85",
  });
  for (const id of ["k1", "k3", "k4"])
    b.ok({ sheet: S, cell: p1.a("t", id), rules: ["cross-table-mismatch"], truth: rr("y0", id) });
  for (const id of ["k1", "k2", "k4"])
    b.ok({
      sheet: R,
      cell: ra("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ra("y4", id),
      trap: `SUM(${ra("y0", id)}:${ra("y4", id)})`,
    });
  for (const y of ["y1", "y2", "y3", "y4"])
    b.ok({ sheet: R, cell: ra(y, "k4"), rules: ["target-trend"], truth: ra(y, "k4") });
  b.ok({
    sheet: S,
    cell: p2.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `${p2.a("rp", "p1")}+${p2.a("rp", "p2")}`,
    trap: `SUM(${p2.a("rp", "p1")}:${p2.a("rp", "q3")})`,
  });
  b.ok({
    sheet: S,
    cell: p2.a("rp", "p2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${p2.a("rp", "q1")}:${p2.a("rp", "q3")})`,
  });
  return b.finish();
}
