// Dinas Perhubungan, performance: an LKjIP measurement table (Lampung), a Perjanjian Kinerja 2025 beside
// its Renstra 2025-2029 and an IKU matrix with the SAKIP grade (a Kalimantan Tengah kota). Invented numbers.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ------------------------------------------------------------------ 4. LKjIP 2024 pengukuran kinerja

export function lkjipMesujiTimur(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dishub-terminal-mesuji-timur.xlsx",
    "LKjIP 2024 measurement table",
    "No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra (2026); refleksi for the accident rate; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KABUPATEN MESUJI TIMUR"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Dinas Perhubungan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya keselamatan dan kelaikan kendaraan angkutan umum";
  const S2 = "Meningkatnya kualitas pelayanan parkir, PJU dan terminal";
  const ind: Array<[string, string, string, string, number, number, number, number, boolean]> = [
    ["r1", S1, "Persentase kendaraan wajib uji yang lulus uji", "%", 90, 92.35, 88.4, 95, false],
    [
      "r2",
      S1,
      "Angka kecelakaan lalu lintas per 10.000 kendaraan (semakin kecil semakin baik)",
      "kejadian",
      4.2,
      4.65,
      4.9,
      3.6,
      true,
    ],
    [
      "r3",
      S2,
      "Persentase realisasi retribusi parkir tepi jalan terhadap target",
      "%",
      100,
      86.7,
      91.2,
      100,
      false,
    ],
    [
      "r4",
      S2,
      "Indeks kepuasan masyarakat terhadap pelayanan terminal tipe C",
      "indeks",
      82,
      78.6,
      76.9,
      85,
      false,
    ],
    ["r5", S2, "Rasio PJU yang berfungsi baik", "%", 85, 72.4, 70.1, 90, false],
  ];
  const cap = (t: number, r: number, neg: boolean) => Math.round(((neg ? 2 * t - r : r) / t) * 10000) / 100;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target" },
  ];
  const rows: Row[] = ind.map(([id, sas, nm, sat, t, r, r23, ta, neg], i) => ({
    id,
    cells: (c: Ctx) => {
      const f = neg
        ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
        : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`;
      return {
        no: i + 1,
        sas,
        ind: nm,
        sat,
        t,
        r,
        // planted: r4's capaian is a typed 104.32
        c: id === "r4" ? 104.32 : fx(f),
        // planted: r5's predikat Sangat Baik for 85.18
        p: id === "r5" ? "Sangat Baik" : predikatBaik(cap(t, r, neg)),
        r23,
        ta,
      };
    },
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "sat"],
    cells: (c: Ctx) => ({
      no: "Rata-rata capaian kinerja",
      c: fx(`ROUND(AVERAGE(${c.a("c", "r1")}:${c.a("c", "r5")}),2)`),
    }),
  });
  const avg =
    Math.round(((92.35 / 90 + (8.4 - 4.65) / 4.2 + 0.867 + 104.32 / 100 + 72.4 / 85) * 10000) / 5) / 100;
  rows.push({
    id: "pred",
    bold: true,
    span: ["no", "sat"],
    cells: { no: "Predikat kinerja", c: predikatBaik(avg) },
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang semakin kecil semakin baik dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "r4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the indeks kepuasan terminal tipe C is a typed 104.32 among ROUND formulas; 78.6 / 82 gives 95.85",
    truth: `ROUND(${a("r", "r4")}/${a("t", "r4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "r5") },
    rules: ["predikat-mismatch"],
    note: "Predikat Sangat Baik for the PJU ratio's 85.18 (72.4 against 85); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "r5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "r2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "r2")}-${a("r", "r2")})/${a("t", "r2")}*100,2)`,
    trap: `ROUND(${a("r", "r2")}/${a("t", "r2")}*100,2)`,
  });
  for (const id of ["r1", "r3", "r5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["r1", "r2", "r3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

// ------------------------------------------------------------------ 5. PK 2025 and Renstra 2025-2029

export function pkBukitRawi(): BookW {
  const b = new BookW(
    "pk-kadishub-renstra-dishub-bukit-rawi-jaya.xlsx",
    "Perjanjian Kinerja 2025 with its Renstra",
    "sheet PK Dishub 2025: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH; sheet Renstra Dishub 2025-2029: No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P = "PK Dishub 2025";
  const R = "Renstra Dishub 2025-2029";
  const ind: Array<[string, string, string, string, number, number[]]> = [
    [
      "i1",
      "Meningkatnya keselamatan angkutan jalan",
      "Persentase kendaraan wajib uji yang lulus uji",
      "%",
      88.4,
      [90, 91.5, 93, 94, 95],
    ],
    [
      "i2",
      "Meningkatnya keselamatan angkutan jalan",
      "Angka kecelakaan lalu lintas per 10.000 kendaraan",
      "kejadian",
      5.1,
      [4.8, 4.5, 4.2, 3.9, 3.6],
    ],
    [
      "i3",
      "Meningkatnya kualitas prasarana lalu lintas",
      "Rasio PJU terpasang terhadap kebutuhan",
      "%",
      62.5,
      [66, 70, 74, 78, 82],
    ],
    [
      "i4",
      "Meningkatnya kualitas prasarana lalu lintas",
      "Persentase ruas jalan kota yang dilengkapi rambu dan marka",
      "%",
      48,
      [53, 58, 63, 68, 73],
    ],
    [
      "i5",
      "Meningkatnya pelayanan terminal",
      "Jumlah terminal tipe C yang memenuhi standar pelayanan",
      "unit",
      1,
      [1, 2, 2, 3, 3],
    ],
  ];
  const p = b.sheet(P);
  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KOTA BUKIT RAWI JAYA"]);
  p.lines([
    "Kami yang bertanda tangan di bawah ini berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
    "Pihak pertama: Kepala Dinas Perhubungan; pihak kedua: Wali Kota Bukit Rawi Jaya.",
  ]);
  p.gap();
  const t1 = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: i3 takes the 2026 target 70
    rows: ind.map(([id, sas, nm, sat, , k], i) => ({
      id,
      cells: { no: i + 1, sas, ind: nm, sat, tg: id === "i3" ? k[1] : k[0] },
    })),
  });
  p.gap();
  const progs: Array<[string, string, string, number]> = [
    ["p1", "2.15.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 9_845_620_000],
    ["p2", "2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 14_382_750_000],
  ];
  const t2 = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, ang], i): Row => ({
        id,
        cells: { no: i + 1, kode, prog: nm, ang, ket: "APBD 2025" },
      })),
      // planted: a typed JUMLAH 100,000,000 short
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "JUMLAH", ang: 24_128_370_000 } },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Bukit Rawi Jaya, 6 Januari 2025",
    jabatan: ["Pihak Kedua, Wali Kota Bukit Rawi Jaya"],
    nama: "H. ANTON DAMANG, S.H.",
    nip: "-",
  });
  const r = b.sheet(R);
  letterhead(r, ["TARGET KINERJA RENSTRA DINAS PERHUBUNGAN KOTA BUKIT RAWI JAYA 2025-2029"]);
  const Y = [2025, 2026, 2027, 2028, 2029];
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Kinerja", String(y)], role: "target", year: y })),
      { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map(([id, , nm, sat, awal, k], i) => ({
      id,
      cells: () => {
        const out: Record<string, Cell> = { no: i + 1, ind: nm, sat, awal, akhir: k[4] };
        Y.forEach((y, j) => (out[`y${y}`] = k[j]));
        return out;
      },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("tg", "i3") },
        { sheet: R, cell: t3.a("y2025", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Rasio PJU is 70, the Renstra 2026 target; the Renstra 2025 target is 66",
    truth: `'${R}'!${t3.a("y2025", "i3")}`,
  });
  b.plant({
    at: { sheet: P, cell: t2.a("ang", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is a typed 24,128,370,000; the two programs give 24,228,370,000",
    truth: `${t2.a("ang", "p1")}+${t2.a("ang", "p2")}`,
  });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({
      sheet: P,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${t3.a("y2025", id)}`,
    });
  for (const id of ["i1", "i2", "i3", "i4", "i5"])
    b.ok({
      sheet: R,
      cell: t3.a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("y2029", id),
      trap: Y.map((y) => t3.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: t3.a("y2029", "i2"), rules: ["target-trend"], truth: "3.6" });
  return b.finish();
}

// ------------------------------------------------------------------ 6. IKU matrix with SAKIP grade

export function ikuBukitRawi(): BookW {
  const b = new BookW(
    "iku-matriks-sakip-dishub-bukit-rawi-jaya.xlsx",
    "IKU matrix 2025-2029",
    "No | Sasaran | Indikator Kinerja Utama | Formula / Cara Perhitungan | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Sumber Data | Penanggung Jawab; SAKIP letter with score",
  );
  const S = "IKU Dishub";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIT RAWI JAYA", "INDIKATOR KINERJA UTAMA DINAS PERHUBUNGAN 2025-2029"]);
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rows: Array<[string, string, string, string, string, Cell, Cell[]]> = [
    [
      "u1",
      "Meningkatnya akuntabilitas kinerja",
      "Nilai SAKIP Dinas Perhubungan",
      "nilai hasil evaluasi SAKIP oleh Inspektorat",
      "predikat",
      "BB (68,42)",
      ["BB", "BB", "A", "A", "A"],
    ],
    [
      "u2",
      "Meningkatnya keselamatan angkutan jalan",
      "Persentase kendaraan wajib uji yang lulus uji",
      "kendaraan lulus uji / kendaraan diuji x 100",
      "%",
      88.4,
      [90, 91.5, 9.3, 94, 95],
    ],
    [
      "u3",
      "Meningkatnya keselamatan angkutan jalan",
      "Angka kecelakaan lalu lintas per 10.000 kendaraan",
      "jumlah kecelakaan / jumlah kendaraan x 10.000",
      "kejadian",
      5.1,
      [4.8, 4.5, 4.2, 3.9, 3.6],
    ],
    [
      "u4",
      "Meningkatnya pendapatan dari pelayanan perhubungan",
      "Persentase realisasi retribusi parkir tepi jalan terhadap target",
      "realisasi retribusi / target retribusi x 100",
      "%",
      91.2,
      [92, 94, 96, 98, 100],
    ],
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "rumus", head: ["Formula / Cara Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "src", head: ["Sumber Data"], role: "sumber-data" },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab" },
    ],
    headerRows: 2,
    rows: rows.map(([id, sas, nm, rumus, sat, awal, k], i) => ({
      id,
      cells: () => {
        const out: Record<string, Cell> = {
          no: i + 1,
          sas,
          ind: nm,
          rumus,
          sat,
          awal,
          src: "Laporan Bidang",
          pj: "Sekretariat",
        };
        Y.forEach((y, j) => (out[`y${y}`] = k[j]));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Ditetapkan dengan Keputusan Kepala Dinas Perhubungan Nomor 551/012/DISHUB/2025."]);
  b.plant({
    at: { sheet: S, cell: t.a("y2027", "u2") },
    rules: ["target-outlier"],
    note: "2027 target of the lulus uji rate is 9.3 between 91.5 and 94 (93 typed without its last digit)",
    truth: "93",
  });
  b.plant({
    at: { sheet: S, cell: t.a("awal", "u1") },
    rules: ["sakip-grade-mismatch"],
    note: "Kondisi awal 'BB (68,42)': a score of 68.42 is B (> 60 - 70), not BB",
    truth: `SAKIP(SCORE(${t.a("awal", "u1")}))`,
    actual: `GRADE(${t.a("awal", "u1")})`,
  });
  b.ok({ sheet: S, cell: t.a("y2029", "u3"), rules: ["target-trend"], truth: "3.6" });
  b.ok({ sheet: S, cell: t.a("y2027", "u4"), rules: ["target-outlier"], truth: "96" });
  return b.finish();
}
