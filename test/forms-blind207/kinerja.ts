// Performance tables of a Dinas Perpustakaan dan Kearsipan on kearsipan: the LKjIP 2024 measurement
// table of Kabupaten Tambora Raya (NTB), the PK 2025 of Kabupaten Lore Tengah (Sulawesi Tengah) beside
// its Renstra 2025-2029 targets (ordinal years), and the IKU matrix 2022-2026 of Kabupaten Rinjani
// Timur (NTB) with SAKIP / pengawasan grades "BB (72,18)". Every name and number is invented.
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
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ================================================================ LKjIP 2024, Kabupaten Tambora Raya

type Ind = {
  id: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipArsip(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kearsipan-tambora-raya.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perpustakaan dan Kearsipan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Perpustakaan dan Kearsipan in NTB: No | Indikator Kinerja Utama | Satuan | Realisasi 2022 | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; ROUND capaian formulas, refleksi on the temuan pengawasan (lower is better); kategori in the Baik words; Rata-rata row; notes below",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TAMBORA RAYA"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024",
    "Sasaran: Meningkatnya kualitas penyelenggaraan kearsipan daerah",
  ]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase arsip inaktif perangkat daerah yang dikelola sesuai JRA",
      sat: "%",
      r22: 48.2,
      r23: 57.6,
      t: 70,
      r: 66.4,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Jumlah arsip statis yang diakuisisi",
      sat: "berkas",
      r22: 860,
      r23: 1045,
      t: 1200,
      r: 1380,
      f: "#,##0",
    },
    {
      id: "i3",
      ind: "Persentase perangkat daerah dengan hasil pengawasan kearsipan internal minimal kategori Baik",
      sat: "%",
      r22: 25,
      r23: 34.38,
      t: 60,
      r: 43.75,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Jumlah temuan pengawasan kearsipan internal yang belum ditindaklanjuti",
      sat: "temuan",
      r22: 31,
      r23: 24,
      t: 20,
      r: 14,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      ind: "Persentase khazanah arsip statis yang terdeskripsi dan terunggah di SIKN / JIKN",
      sat: "%",
      r22: 22.7,
      r23: 33.9,
      t: 45,
      r: 41.2,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikatBaik(capOf(rows[2])) !== "Cukup") throw new Error("lkjip i3");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r22", head: ["Realisasi 2022"], role: "realisasi", year: 2022, width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => {
          const f = x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"));
          return {
            no: k + 1,
            ind: x.ind,
            sat: x.sat,
            r22: fmt(x.r22, x.f),
            r23: fmt(x.r23, x.f),
            t: fmt(x.t, x.f),
            r: fmt(x.r, x.f),
            // planted: i2 keeps the result from before the realisasi was updated (1,044 berkas)
            c: x.id === "i2" ? fx(f, 87) : fx(f),
            // planted: "Baik" for 72.92
            p: x.id === "i3" ? "Baik" : predikatBaik(capOf(x)),
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 4 bersifat negatif (semakin kecil semakin baik), capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Dompu Raya, 25 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Hj. SITI RAHMAWATI, S.E., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19780926 200312 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the arsip statis diakuisisi is =ROUND(R/T*100,2) with a stale cached 87.00 (realisasi 1,044 before the December acquisitions); 1,380 / 1,200 gives 115.00",
    truth: rt(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for the capaian 72.92 (43.75 against 60); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  for (const x of rows) {
    if (x.id === "i2") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi 130.00, not R / T = 70.00
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ===================================================== PK 2025 and Renstra 2025-2029, Kabupaten Lore Tengah

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; flow?: boolean; f: string };

export function pkArsip(): BookW {
  const b = new BookW(
    "pk-kadis-arsip-renstra-lore-tengah.xlsx",
    "PK 2025 and Renstra 2025-2029 (Dinas Perpustakaan dan Kearsipan)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra': No | Indikator | Satuan | Kondisi Awal | 'Target Tahun ke-' > 1 .. 5 | Kondisi Akhir, years only in the title (2025-2029)",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LORE TENGAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "1. YOHANES TANDIPAU, S.Sos., M.Si., Kepala Dinas Perpustakaan dan Kearsipan, selanjutnya disebut Pihak Pertama;",
    "2. Ir. ABDUL HARIS LAMAKARATE, M.T., Bupati Lore Tengah, selanjutnya disebut Pihak Kedua.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase arsip inaktif yang dikelola sesuai JRA",
      sat: "%",
      awal: 52.4,
      tg: [58, 64, 70, 76, 82],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Nilai hasil pengawasan kearsipan internal",
      sat: "nilai",
      awal: 61.35,
      tg: [68.5, 71, 74, 77, 80],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah arsip statis yang diakuisisi",
      sat: "berkas",
      awal: 640,
      tg: [700, 750, 800, 850, 900],
      flow: true,
      f: "#,##0",
    },
    {
      id: "r4",
      ind: "Persentase simpul jaringan JIKN perangkat daerah yang aktif",
      sat: "%",
      awal: 30,
      tg: [40, 50, 60, 70, 80],
      f: DEC,
    },
  ];
  // planted: the PK target of the nilai pengawasan is 86.50 (digits of the Renstra's 68.50 swapped)
  const pkT = (x: PkInd) => (x.id === "r2" ? 86.5 : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? "Meningkatnya tertib arsip perangkat daerah" : "Terselamatkannya arsip statis daerah",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "2.24.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_914_650_000],
    ["p2", "2.24.02 Program Pengelolaan Arsip", 786_300_000],
    ["p3", "2.24.03 Program Perlindungan dan Penyelamatan Arsip", 412_815_000],
    ["p4", "2.24.04 Program Perizinan Penggunaan Arsip", 48_250_000],
    ["p5", "2.23.02 Program Pembinaan Perpustakaan", 206_200_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, nm, rp, ket: "DAU" } })),
      // planted: a typed Jumlah, two digits swapped
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 4_386_215_000 } },
    ],
  });
  s.gap();
  s.lines(["Lore Tengah, 2 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "Bupati Lore Tengah", "", "", "Ir. ABDUL HARIS LAMAKARATE, M.T."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas",
      "",
      "",
      "YOHANES TANDIPAU, S.Sos., M.Si.",
      "NIP. 19760419 200212 1 008",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN LORE TENGAH"]);
  r.lines(["Tabel 5.2 Target Indikator Kinerja Utama", "Rencana Strategis Perangkat Daerah Tahun 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `y${n}`,
        head: ["Target Tahun ke-", String(n)],
        role: "target",
        year: 2024 + n,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: x.flow ? fx(`${c.a("y1")}+${c.a("y2")}+${c.a("y3")}+${c.a("y4")}+${c.a("y5")}`) : fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the nilai pengawasan kearsipan internal is 86.50; the Renstra target for Tahun ke-1 (2025) is 68.50 (digits swapped)",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 4,386,215,000; the five programs add up to 4,368,215,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    const all = [1, 2, 3, 4, 5].map((n) => tr.a(`y${n}`, x.id)).join("+");
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? all : tr.a("y5", x.id),
      // berkas diakuisisi per year add up; rates and nilai end at the last target
      trap: x.flow ? tr.a("y5", x.id) : all,
    });
  }
  return b.finish();
}

// ================================================================ IKU 2022-2026, Kabupaten Rinjani Timur

export function ikuArsip(): BookW {
  const b = new BookW(
    "iku-matriks-kearsipan-rinjani-timur.xlsx",
    "IKU matrix (Dinas Perpustakaan dan Kearsipan)",
    "IKU matrix of the Renstra 2021-2026 of a Dinas Perpustakaan dan Kearsipan in NTB: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2021 | 'Target Tahun' > 2022 .. 2026 | Penanggung Jawab | Sumber Data; graded rows 'BB (80,00)', a negative row with falling targets",
  );
  const S = "IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RINJANI TIMUR", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Nomor 800/114/DPK/2022",
    "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2021-2026",
  ]);
  s.gap();
  const years = [2022, 2023, 2024, 2025, 2026];
  type I = {
    id: string;
    sas: string;
    ind: string;
    rumus: string;
    sat: string;
    awal: string | number;
    tg: Array<number | string>;
    pj: string;
    sd: string;
  };
  const S1 = "Meningkatnya akuntabilitas kinerja dinas";
  const S2 = "Meningkatnya kualitas pengelolaan arsip daerah";
  const rows: I[] = [
    {
      id: "u1",
      sas: S1,
      ind: "Nilai SAKIP Dinas Perpustakaan dan Kearsipan",
      rumus: "Nilai hasil evaluasi SAKIP oleh Inspektorat",
      sat: "nilai / predikat",
      awal: "BB (80,00)",
      tg: ["A", "A", "A", "A", "A"],
      pj: "Sekretariat",
      sd: "LHE SAKIP",
    },
    {
      id: "u2",
      sas: S2,
      ind: "Nilai hasil pengawasan kearsipan internal",
      rumus: "Nilai LAKI perangkat daerah / jumlah PD diawasi",
      sat: "nilai / kategori",
      awal: "A (78,35)",
      tg: ["BB", "BB", "A", "A", "A"],
      pj: "Bidang Kearsipan",
      sd: "Laporan Hasil Pengawasan Kearsipan Internal",
    },
    // planted: a positive rate that falls in 2025
    {
      id: "u3",
      sas: S2,
      ind: "Persentase arsip inaktif yang dikelola sesuai JRA",
      rumus: "Arsip inaktif dikelola sesuai JRA / seluruh arsip inaktif x 100%",
      sat: "%",
      awal: 52,
      tg: [60, 65, 70, 67, 80],
      pj: "Bidang Kearsipan",
      sd: "Daftar Arsip Inaktif",
    },
    // planted: 9000 in a run of 800 .. 1000 (a zero too many)
    {
      id: "u4",
      sas: S2,
      ind: "Jumlah arsip statis yang diakuisisi",
      rumus: "Jumlah berkas arsip statis yang diakuisisi dalam satu tahun",
      sat: "berkas",
      awal: 720,
      tg: [800, 850, 9000, 950, 1000],
      pj: "Bidang Kearsipan",
      sd: "Berita Acara Serah Terima Arsip Statis",
    },
    {
      id: "u5",
      sas: S2,
      ind: "Jumlah temuan pengawasan kearsipan yang belum ditindaklanjuti",
      rumus: "Jumlah temuan LHP kearsipan yang belum ditindaklanjuti s.d. 31 Desember",
      sat: "temuan",
      awal: 34,
      tg: [30, 26, 22, 18, 14],
      pj: "Bidang Kearsipan",
      sd: "Laporan Tindak Lanjut",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "rumus", head: ["Formulasi / Cara Pengukuran"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2021"], role: "kondisi-awal", year: 2021, width: 12 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 22 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, x.tg[k]])),
        pj: x.pj,
        sd: x.sd,
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kategori nilai AA > 90-100; A > 80-90; BB > 70-80; B > 60-70; CC > 50-60; C > 30-50; D 0-30.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Selong Baru, 10 Maret 2022",
    jabatan: ["Kepala Dinas Perpustakaan dan Kearsipan,"],
    nama: "LALU MUHAMAD ZAINUDDIN, S.Sos., M.AP.",
    nip: "19740812 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("awal", "u2") },
    rules: ["sakip-grade-mismatch"],
    note: "Kondisi awal of the nilai pengawasan kearsipan is 'A (78,35)'; 78.35 is in the band > 70-80 of the note, BB",
    truth: `SAKIP(SCORE(${a("awal", "u2")}))`,
    actual: `GRADE(${a("awal", "u2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2025", "u3") },
    rules: ["target-trend"],
    note: "The 2025 target of the arsip inaktif rate (higher is better) falls to 67 between 70 (2024) and 80 (2026); 75 keeps the path",
    truth: `(${a("y2024", "u3")}+${a("y2026", "u3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2024", "u4") },
    rules: ["target-outlier"],
    note: "The 2024 target of the arsip statis diakuisisi is 9,000 berkas among 800 .. 1,000 (a zero too many); 900 keeps the path",
    truth: `(${a("y2023", "u4")}+${a("y2025", "u4")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("awal", "u1"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("awal", "u1")}))`,
    actual: `GRADE(${a("awal", "u1")})`,
    // 80,00 is BB: the lower bound of A is exclusive
    trap: '"A"',
  });
  for (const y of years)
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "u5"),
      rules: ["target-trend"],
      truth: String(rows[4].tg[years.indexOf(y)]),
    });
  b.ok({ sheet: S, cell: a("y2026", "u4"), rules: ["target-outlier"], truth: "1000" });
  return b.finish();
}
