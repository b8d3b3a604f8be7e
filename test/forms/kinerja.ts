// Performance forms: the Perjanjian Kinerja (statement, then the indicator and program tables), the
// LKjIP measurement table in column and row-wise layouts, IKU matrices with qualitative targets, and
// two tables side by side; each in two local variants. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
  type SheetW,
} from "./kit";

/** Two signatures side by side (Pihak Kedua left, Pihak Pertama right) at the cursor. */
function pkSignatures(
  s: SheetW,
  left: number,
  right: number,
  o: { tempat: string; kedua: [string, string]; pertama: [string, string, string] },
): void {
  const r = s.r;
  s.put(r, right, o.tempat);
  s.put(r + 1, left, "Pihak Kedua,");
  s.put(r + 1, right, "Pihak Pertama,");
  s.put(r + 2, left, o.kedua[0]);
  s.put(r + 2, right, o.pertama[0]);
  s.put(r + 6, left, o.kedua[1]);
  s.put(r + 6, right, o.pertama[1]);
  s.put(r + 7, right, `NIP. ${o.pertama[2]}`);
  s.r = r + 8;
}

/** The statement page of a Perjanjian Kinerja at the cursor. */
function pkStatement(
  s: SheetW,
  o: { tahun: number; pertama: [string, string]; kedua: [string, string]; width: number },
): void {
  s.lines([`PERJANJIAN KINERJA TAHUN ${o.tahun}`], 1, { span: o.width, bold: true });
  s.gap();
  s.lines(
    [
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    ],
    1,
    { span: o.width },
  );
  s.gap();
  const person = (p: [string, string]) => {
    s.put(s.r, 2, "Nama");
    s.put(s.r, 3, `: ${p[0]}`);
    s.put(s.r + 1, 2, "Jabatan");
    s.put(s.r + 1, 3, `: ${p[1]}`);
    s.r += 2;
  };
  person(o.pertama);
  s.lines(["selanjutnya disebut pihak pertama"], 1, { span: o.width });
  s.gap();
  person(o.kedua);
  s.lines(["selaku atasan pihak pertama, selanjutnya disebut pihak kedua"], 1, { span: o.width });
  s.gap();
  s.lines(
    [
      "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
      "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
    ],
    1,
    { span: o.width },
  );
  s.gap();
}

// ========================================================================================= PK A

/** PK variant A: Dinas Perindustrian dan Perdagangan Kota Banyuasri, PK 2025 on one sheet (statement
 * page, then Target before Satuan, then the program table with a typed Jumlah), beside a Renstra
 * sheet whose target years are ordinal (Tahun ke-1..5) and come from the title. */
export function pkA(): BookW {
  const b = new BookW(
    "pk-a-disperindag-banyuasri.xlsx",
    "PK",
    "Perjanjian Kinerja 2025, Disperindag Kota Banyuasri, with its Renstra 2025-2029 (Tahun ke- headers)",
  );
  const inds = [
    {
      sas: "Meningkatnya daya saing industri daerah",
      ind: "Pertumbuhan sektor industri pengolahan",
      sat: "%",
      awal: 4.86,
      t: [5.1, 5.3, 5.5, 5.7, 5.9],
    },
    {
      sas: "Meningkatnya daya saing industri daerah",
      ind: "Persentase IKM yang tersertifikasi halal",
      sat: "%",
      awal: 27.5,
      t: [32, 38, 44, 50, 56],
    },
    {
      sas: "Meningkatnya kinerja sektor perdagangan",
      ind: "Kontribusi sektor perdagangan terhadap PDRB",
      sat: "%",
      awal: 13.95,
      t: [14.2, 14.4, 14.6, 14.8, 15],
    },
    {
      sas: "Meningkatnya kinerja sektor perdagangan",
      ind: "Persentase alat UTTP bertanda tera sah yang berlaku",
      sat: "%",
      awal: 75.4,
      t: [78, 81, 84, 87, 90],
    },
    {
      sas: "Terkendalinya harga barang kebutuhan pokok",
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      sat: "%",
      awal: 5.1,
      t: [4.8, 4.6, 4.4, 4.2, 4],
    },
  ];
  const s = b.sheet("PK 2025");
  pkStatement(s, {
    tahun: 2025,
    pertama: ["Ir. Wahyu Kurniawan, M.M.", "Kepala Dinas Perindustrian dan Perdagangan Kota Banyuasri"],
    kedua: ["Dr. H. Ahmad Fauzi Rahman, S.H., M.H.", "Wali Kota Banyuasri"],
    width: 5,
  });
  pkSignatures(s, 2, 4, {
    tempat: "Banyuasri, 8 Januari 2025",
    kedua: ["WALI KOTA BANYUASRI,", "Dr. H. Ahmad Fauzi Rahman, S.H., M.H."],
    pertama: [
      "KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN,",
      "Ir. Wahyu Kurniawan, M.M.",
      "19740219 199903 1 006",
    ],
  });
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERINDUSTRIAN DAN PERDAGANGAN KOTA BANYUASRI"], 1, {
    span: 5,
    bold: true,
  });
  s.gap();
  const pkIndex = 1; // the PK target of this indicator is the Renstra 2026 one
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC, width: 12 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: `i${i}`,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, t: i === pkIndex ? x.t[1] : x.t[0], sat: x.sat },
    })),
  });
  s.gap();
  const progs: Array<[string, number, string]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9_846_215_000, "APBD"],
    ["Program Perencanaan dan Pembangunan Industri", 1_275_400_000, "APBD"],
    ["Program Pengendalian Izin Usaha Industri Kabupaten/Kota", 318_750_000, "APBD"],
    ["Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting", 1_864_300_000, "APBD"],
    ["Program Standardisasi dan Perlindungan Konsumen", 742_650_000, "APBD, DAK Non Fisik"],
    ["Program Pengembangan Ekspor", 215_000_000, "APBD"],
  ];
  const total = sum(progs.map((p) => p[1]));
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "prog", head: ["Program"] },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({ id: `p${i}`, cells: { no: i + 1, prog: p[0], rp: p[1], ket: p[2] } })),
      { id: "jml", span: ["no", "prog"], bold: true, cells: { no: "Jumlah", rp: 14_226_315_000 } },
    ],
  });
  if (total === 14_226_315_000) throw new Error("PK A: the planted Jumlah must be wrong");
  s.gap();
  pkSignatures(s, 2, 4, {
    tempat: "Banyuasri, 8 Januari 2025",
    kedua: ["WALI KOTA BANYUASRI,", "Dr. H. Ahmad Fauzi Rahman, S.H., M.H."],
    pertama: [
      "KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN,",
      "Ir. Wahyu Kurniawan, M.M.",
      "19740219 199903 1 006",
    ],
  });

  const r = b.sheet("Renstra");
  r.lines([
    "Tabel 4.1",
    "Tujuan, Sasaran, Indikator dan Target Kinerja Dinas Perindustrian dan Perdagangan Kota Banyuasri Tahun 2025-2029",
  ]);
  r.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Kinerja Awal"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja", `Tahun ke-${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "akhir", head: ["Kondisi Kinerja pada Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const t3 = r.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, i) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        akhir: x.t[4],
      };
      x.t.forEach((v, k) => (c[`y${k + 1}`] = v));
      return { id: `i${i}`, cells: c };
    }),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: t1.sheet, cell: t1.a("t", `i${pkIndex}`) },
        { sheet: t3.sheet, cell: t3.a("y1", `i${pkIndex}`) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: 'PK 2025 target 38.00 for "Persentase IKM yang tersertifikasi halal" is the Renstra 2026 target; the Renstra 2025 (Tahun ke-1) target is 32.00',
    truth: `'Renstra'!${t3.a("y1", `i${pkIndex}`)}`,
  });
  b.plant({
    at: { sheet: t2.sheet, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 14,226,315,000; the six programs add up to 14,262,315,000",
    truth: progs.map((_, i) => t2.a("rp", `p${i}`)).join("+"),
  });
  inds.forEach((x, i) => {
    if (i === pkIndex) return;
    b.ok({
      sheet: t1.sheet,
      cell: t1.a("t", `i${i}`),
      rules: ["cross-table-mismatch"],
      truth: `Renstra!${t3.a("y1", `i${i}`)}`,
    });
    b.ok({
      sheet: t3.sheet,
      cell: t3.a("y1", `i${i}`),
      rules: ["cross-table-mismatch"],
      truth: `'PK 2025'!${t1.a("t", `i${i}`)}`,
    });
  });
  inds.forEach((_, i) =>
    b.ok({
      sheet: t3.sheet,
      cell: t3.a("akhir", `i${i}`),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("y5", `i${i}`),
      trap: [1, 2, 3, 4, 5].map((y) => t3.a(`y${y}`, `i${i}`)).join("+"),
    }),
  );
  for (let y = 1; y <= 5; y++)
    b.ok({
      sheet: t3.sheet,
      cell: t3.a(`y${y}`, "i4"),
      rules: ["target-trend", "target-outlier"],
      truth: t3.a(`y${y}`, "i4"),
    });
  return b.finish();
}

// ========================================================================================= PK B

/** PK variant B: Dinas Pariwisata dan Kebudayaan Kabupaten Wanasari, PK 2026; statement on its own
 * sheet, the tables on "Lampiran PK 2026" (Target Tahun 2026 over Nilai | Satuan; programs with
 * their kegiatan and codes, JUMLAH a formula over the programs), beside a Renja 2026 sheet. */
export function pkB(): BookW {
  const b = new BookW(
    "pk-b-disparbud-wanasari.xlsx",
    "PK",
    "Perjanjian Kinerja 2026, Disparbud Kab. Wanasari (statement sheet, lampiran with programs and kegiatan, Renja sheet)",
  );
  const st = b.sheet("Pernyataan");
  pkStatement(st, {
    tahun: 2026,
    pertama: ["Dra. Rini Kusumaningrum, M.Si.", "Kepala Dinas Pariwisata dan Kebudayaan Kabupaten Wanasari"],
    kedua: ["H. Sugeng Raharjo, S.E.", "Bupati Wanasari"],
    width: 5,
  });
  pkSignatures(st, 2, 4, {
    tempat: "Wanasari, 5 Januari 2026",
    kedua: ["BUPATI WANASARI,", "H. Sugeng Raharjo, S.E."],
    pertama: [
      "KEPALA DINAS PARIWISATA DAN KEBUDAYAAN,",
      "Dra. Rini Kusumaningrum, M.Si.",
      "19750808 200003 2 002",
    ],
  });
  const inds = [
    {
      sas: "Meningkatnya kunjungan wisata",
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      t: 1_250_000,
      f: INT,
    },
    {
      sas: "Meningkatnya kunjungan wisata",
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      t: 18_500,
      f: INT,
    },
    {
      sas: "Meningkatnya kunjungan wisata",
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      t: 1.85,
      f: DEC,
    },
    {
      sas: "Meningkatnya kontribusi pariwisata dan ekonomi kreatif terhadap perekonomian daerah",
      ind: "Kontribusi sektor pariwisata terhadap PDRB",
      sat: "%",
      t: 6.4,
      f: DEC,
    },
    {
      sas: "Meningkatnya kontribusi pariwisata dan ekonomi kreatif terhadap perekonomian daerah",
      ind: "Persentase pelaku ekonomi kreatif yang difasilitasi",
      sat: "%",
      t: 35,
      f: DEC,
    },
  ];
  const wrong = 3; // PK 6.04 where the Renja says 6.40
  const s = b.sheet("Lampiran PK 2026");
  s.lines(
    ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2026", "DINAS PARIWISATA DAN KEBUDAYAAN KABUPATEN WANASARI"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "t", head: ["Target Tahun 2026", "Nilai"], role: "target", year: 2026, width: 14 },
      { key: "sat", head: ["Target Tahun 2026", "Satuan"], role: "satuan" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: `i${i}`,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, t: fmt(i === wrong ? 6.04 : x.t, x.f), sat: x.sat },
    })),
  });
  s.gap();
  const progs = [
    {
      kode: "3.26.02",
      nama: "Program Peningkatan Daya Tarik Destinasi Pariwisata",
      keg: [
        ["3.26.02.2.01", "Pengelolaan Daya Tarik Wisata Kabupaten/Kota", 2_486_500_000],
        ["3.26.02.2.02", "Pengelolaan Kawasan Strategis Pariwisata Kabupaten/Kota", 1_132_750_000],
      ] as Array<[string, string, number]>,
    },
    {
      kode: "3.26.03",
      nama: "Program Pemasaran Pariwisata",
      keg: [
        [
          "3.26.03.2.01",
          "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
          1_648_200_000,
        ],
      ] as Array<[string, string, number]>,
    },
    {
      kode: "3.26.04",
      nama: "Program Pengembangan Ekonomi Kreatif melalui Pemanfaatan dan Perlindungan Hak Kekayaan Intelektual",
      keg: [
        [
          "3.26.04.2.01",
          "Penyediaan Prasarana (Zona Kreatif/Ruang Kreatif/Kota Kreatif) sebagai Ruang Berekspresi, Berpromosi dan Berinteraksi bagi Insan Kreatif Kabupaten/Kota",
          764_300_000,
        ],
        ["3.26.04.2.02", "Pengembangan Ekosistem Ekonomi Kreatif", 512_850_000],
      ] as Array<[string, string, number]>,
    },
    {
      kode: "3.26.05",
      nama: "Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif",
      keg: [
        [
          "3.26.05.2.01",
          "Pelaksanaan Peningkatan Kapasitas Sumber Daya Manusia Pariwisata dan Ekonomi Kreatif Tingkat Dasar",
          436_900_000,
        ],
      ] as Array<[string, string, number]>,
    },
  ];
  const rows: Row[] = [];
  progs.forEach((p, i) => {
    const total = sum(p.keg.map((k) => k[2]));
    rows.push({
      id: `p${i}`,
      bold: true,
      cells: { no: i + 1, kode: p.kode, nama: p.nama, rp: i === 2 ? 1_727_150_000 : total, sd: "APBD" },
    });
    p.keg.forEach((k, j) =>
      rows.push({ id: `p${i}k${j}`, cells: { kode: k[0], nama: k[1], rp: k[2], sd: "APBD" } }),
    );
  });
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => ({ no: "JUMLAH", rp: fx(progs.map((_, i) => c.a("rp", `p${i}`)).join("+")) }),
  });
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "nama", head: ["Program / Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"] },
    ],
    headerRows: 1,
    rows,
  });
  s.gap();
  s.lines(["*) Anggaran sesuai DPA Tahun Anggaran 2026."]);

  const rj = b.sheet("Renja 2026");
  rj.lines([
    "Tabel 2.3",
    "Target Kinerja Sasaran Renja Dinas Pariwisata dan Kebudayaan Kabupaten Wanasari Tahun 2026",
  ]);
  rj.gap();
  const t3 = rj.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2026"], role: "target", year: 2026 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: `i${i}`,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: fmt(x.t, x.f), ket: "IKU" },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: t1.sheet, cell: t1.a("t", `i${wrong}`) },
        { sheet: t3.sheet, cell: t3.a("t", `i${wrong}`) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: 'PK 2026 target 6.04 for "Kontribusi sektor pariwisata terhadap PDRB"; the Renja 2026 target is 6.40',
    truth: `'Renja 2026'!${t3.a("t", `i${wrong}`)}`,
  });
  b.plant({
    at: { sheet: t2.sheet, cell: t2.a("rp", "p2") },
    rules: ["sum-mismatch"],
    note: "program 3.26.04 anggaran is 1,727,150,000; its two kegiatan add up to 1,277,150,000 (JUMLAH adds the programs as written)",
    truth: `${t2.a("rp", "p2k0")}+${t2.a("rp", "p2k1")}`,
  });
  inds.forEach((_, i) => {
    if (i === wrong) return;
    b.ok({
      sheet: t1.sheet,
      cell: t1.a("t", `i${i}`),
      rules: ["cross-table-mismatch"],
      truth: `'Renja 2026'!${t3.a("t", `i${i}`)}`,
    });
  });
  progs.forEach((p, i) => {
    if (i === 2) return;
    b.ok({
      sheet: t2.sheet,
      cell: t2.a("rp", `p${i}`),
      rules: ["sum-mismatch"],
      truth: p.keg.map((_, j) => t2.a("rp", `p${i}k${j}`)).join("+"),
      tol: 0.5,
    });
  });
  b.ok({
    sheet: t2.sheet,
    cell: t2.a("rp", "jml"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: progs.map((_, i) => t2.a("rp", `p${i}`)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}

// ================================================================================ LKjIP columns

type Lk = {
  sas: string;
  ind: string;
  sat?: string;
  neg?: boolean;
  t: number;
  r: number;
  prev?: number[];
  akhir?: number;
};

/** LKjIP variant A: Dinas Sosial Kabupaten Sukamaju, Tabel 3.1 Pengukuran Kinerja 2024: Realisasi
 * 2023 | Target 2024 | Realisasi 2024 | Capaian (%) formulas (refleksi on negative indicators) |
 * Predikat (Sangat Baik .. Sangat Kurang, scale in a footnote) | Target Akhir Renstra. */
export function lkjipA(): BookW {
  const b = new BookW(
    "lkjip-a-dinsos-sukamaju.xlsx",
    "LKjIP",
    "LKjIP 2024 measurement table, Dinas Sosial Kab. Sukamaju (capaian formulas, refleksi for negative indicators, predikat)",
  );
  const s = b.sheet("Tabel 3.1");
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Dinas Sosial Kabupaten Sukamaju Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kesejahteraan sosial PMKS";
  const S2 = "Meningkatnya perlindungan dan jaminan sosial";
  const S3 = "Meningkatnya kualitas pelayanan perangkat daerah";
  const rows: Lk[] = [
    { sas: S1, ind: "Persentase PMKS yang tertangani", sat: "%", t: 75, r: 76.85, prev: [71.4], akhir: 85 },
    {
      sas: S1,
      ind: "Persentase PMKS terhadap jumlah penduduk",
      sat: "%",
      neg: true,
      t: 6.5,
      r: 6.38,
      prev: [6.92],
      akhir: 5.5,
    },
    { sas: S1, ind: "Jumlah anak jalanan", sat: "orang", neg: true, t: 40, r: 52, prev: [46], akhir: 25 },
    {
      sas: S2,
      ind: "Persentase penduduk miskin",
      sat: "%",
      neg: true,
      t: 9.4,
      r: 9.71,
      prev: [9.84],
      akhir: 8.5,
    },
    {
      sas: S2,
      ind: "Persentase keluarga penerima manfaat yang mendapatkan jaminan sosial",
      sat: "%",
      t: 92,
      r: 90.65,
      prev: [88.2],
      akhir: 96,
    },
    {
      sas: S3,
      ind: "Indeks kepuasan masyarakat terhadap layanan Dinas Sosial",
      sat: "indeks",
      t: 82,
      r: 80.9,
      prev: [78.6],
      akhir: 86,
    },
    {
      sas: S3,
      ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      sat: "%",
      t: 85,
      r: 68.4,
      prev: [64.3],
      akhir: 100,
    },
  ];
  const WRONG_SHAPE = 3;
  const TYPED = 4;
  const WRONG_PRED = 6;
  const cap = (x: Lk) => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
      { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i) => ({
      id: `i${i}`,
      cells: (c) => {
        const [T, R] = [c.a("t"), c.a("r")];
        let cf: Cell = fx(x.neg ? `(2*${T}-${R})/${T}*100` : `${R}/${T}*100`);
        if (i === WRONG_SHAPE) cf = fx(`${R}/${T}*100`);
        if (i === TYPED) cf = 95.83;
        const pr = i === WRONG_PRED ? "Sangat Baik" : predikatBaik(cap(x));
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.prev![0],
          t: x.t,
          r: x.r,
          c: cf,
          p: pr,
          ak: x.akhir,
        };
      },
    })),
  });
  if (predikatBaik(cap(rows[WRONG_PRED])) === "Sangat Baik")
    throw new Error("LKjIP A: planted predikat must be wrong");
  s.gap();
  s.lines([
    "Keterangan:",
    "- Capaian indikator negatif (semakin kecil semakin baik) = (2 x Target - Realisasi) / Target x 100%.",
    "- Kriteria predikat: Sangat Baik > 90; Baik > 75 s.d. 90; Cukup > 65 s.d. 75; Kurang > 50 s.d. 65; Sangat Kurang <= 50 (persen).",
  ]);
  const S = t.sheet;
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  const refl = (i: number) => `(2*${a("t", i)}-${a("r", i)})/${a("t", i)}*100`;
  const pos = (i: number) => `${a("r", i)}/${a("t", i)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", WRONG_SHAPE) },
    rules: ["capaian-mismatch"],
    note: "Persentase penduduk miskin (lower is better) is computed =R/T*100 = 103.30; (2T-R)/T gives 96.70, as the note under the table and the other negative rows do",
    truth: refl(WRONG_SHAPE),
  });
  b.plant({
    at: { sheet: S, cell: a("c", TYPED) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "a typed 95.83 in a column of formulas; 90.65 / 92 gives 98.53",
    truth: pos(TYPED),
  });
  b.plant({
    at: { sheet: S, cell: a("p", WRONG_PRED) },
    rules: ["predikat-mismatch"],
    note: 'predikat "Sangat Baik" for a capaian of 80.47 (the footnote\'s band > 75 to 90 is "Baik")',
    truth: `PREDIKAT_BAIK(${a("c", WRONG_PRED)})`,
  });
  rows.forEach((x, i) => {
    if (i !== WRONG_SHAPE && i !== TYPED)
      b.ok({
        sheet: S,
        cell: a("c", i),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: x.neg ? refl(i) : pos(i),
        trap: x.neg ? pos(i) : undefined,
      });
    if (i !== WRONG_PRED)
      b.ok({
        sheet: S,
        cell: a("p", i),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${x.neg ? refl(i) : pos(i)})`,
      });
  });
  return b.finish();
}

/** LKjIP variant B: BKPSDM Kota Mekarjaya, LKjIP 2023; "Tahun 2023" over Target | Realisasi |
 * Capaian with the capaian a fraction shown as a percentage (0.00%), realisasi of 2021 and 2022 to
 * the right, predikat in the Permendagri words (Sangat Tinggi .. Sangat Rendah), no Satuan column. */
export function lkjipB(): BookW {
  const b = new BookW(
    "lkjip-b-bkpsdm-mekarjaya.xlsx",
    "LKjIP",
    "LKjIP 2023, BKPSDM Kota Mekarjaya (capaian as fractions with a % format, Permendagri predikat words)",
  );
  const s = b.sheet("Capaian Kinerja 2023");
  s.lines([
    "Tabel 3.2",
    "Capaian Indikator Kinerja Badan Kepegawaian dan Pengembangan SDM Kota Mekarjaya Tahun 2023",
  ]);
  s.gap();
  const S1 = "Meningkatnya profesionalitas ASN";
  const S2 = "Meningkatnya disiplin dan kinerja ASN";
  const rows: Lk[] = [
    { sas: S1, ind: "Indeks Profesionalitas ASN (nilai)", t: 78, r: 76.42, prev: [71.2, 74.05] },
    {
      sas: S1,
      ind: "Persentase ASN yang memenuhi standar kompetensi jabatan (%)",
      t: 65,
      r: 61.76,
      prev: [52.4, 57.9],
    },
    {
      sas: S1,
      ind: "Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP (%)",
      t: 80,
      r: 49.92,
      prev: [38.5, 44.1],
    },
    {
      sas: S2,
      ind: "Jumlah ASN yang dijatuhi hukuman disiplin (orang)",
      neg: true,
      t: 12,
      r: 9,
      prev: [18, 14],
    },
    {
      sas: S2,
      ind: "Persentase layanan kepegawaian yang diselesaikan tepat waktu (%)",
      t: 95,
      r: 96.3,
      prev: [88.6, 92.4],
    },
    { sas: S2, ind: "Indeks Sistem Merit (indeks)", t: 0.75, r: 0.72, prev: [0.61, 0.68] },
  ];
  const TYPED = 1;
  const WRONG_PRED = 2;
  const frac = (x: Lk) => (x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "t", head: ["Tahun 2023", "Target"], role: "target", year: 2023, fmt: DEC },
      { key: "r", head: ["Tahun 2023", "Realisasi"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "c", head: ["Tahun 2023", "Capaian"], role: "capaian", year: 2023, fmt: "0.00%" },
      { key: "r21", head: ["Realisasi Tahun Sebelumnya", "2021"], role: "realisasi", year: 2021, fmt: DEC },
      { key: "r22", head: ["Realisasi Tahun Sebelumnya", "2022"], role: "realisasi", year: 2022, fmt: DEC },
      { key: "p", head: ["Predikat Capaian"], role: "predikat", width: 14 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i) => ({
      id: `i${i}`,
      cells: (c) => {
        const [T, R] = [c.a("t"), c.a("r")];
        const cf: Cell = i === TYPED ? 0.924 : fx(x.neg ? `(2*${T}-${R})/${T}` : `${R}/${T}`);
        const pr = i === WRONG_PRED ? "Tinggi" : predikat(frac(x) * 100);
        const fm = Number.isInteger(x.t) && x.t > 1 && x.neg ? INT : DEC;
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          t: fmt(x.t, fm),
          r: fmt(x.r, fm),
          c: cf,
          r21: fmt(x.prev![0], fm),
          r22: fmt(x.prev![1], fm),
          p: pr,
        };
      },
    })),
  });
  if (predikat(frac(rows[WRONG_PRED]) * 100) === "Tinggi")
    throw new Error("LKjIP B: planted predikat must be wrong");
  s.gap();
  s.lines([
    "Capaian = Realisasi / Target; indikator negatif (makin kecil makin baik): (2 x Target - Realisasi) / Target.",
    "Predikat menurut Permendagri 86/2017: Sangat Tinggi > 90%; Tinggi > 75%; Sedang > 65%; Rendah > 50%; Sangat Rendah <= 50%.",
  ]);
  const S = t.sheet;
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  const ratio = (i: number) =>
    rows[i].neg ? `(2*${a("t", i)}-${a("r", i)})/${a("t", i)}` : `${a("r", i)}/${a("t", i)}`;
  b.plant({
    at: { sheet: S, cell: a("c", TYPED) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "a typed 0.924 (92.40 %) in a column of formulas; 61.76 / 65 gives 95.02 %",
    truth: ratio(TYPED),
    tol: 1e-4,
  });
  b.plant({
    at: { sheet: S, cell: a("p", WRONG_PRED) },
    rules: ["predikat-mismatch"],
    note: 'predikat "Tinggi" for a capaian shown as 62.40 % (band > 50 to 65 is "Rendah")',
    truth: `PREDIKAT(${a("c", WRONG_PRED)}*100)`,
  });
  rows.forEach((x, i) => {
    if (i !== TYPED)
      b.ok({
        sheet: S,
        cell: a("c", i),
        rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
        truth: ratio(i),
        tol: 1e-6,
      });
    if (i !== WRONG_PRED)
      b.ok({ sheet: S, cell: a("p", i), rules: ["predikat-mismatch"], truth: `PREDIKAT(${ratio(i)}*100)` });
  });
  return b.finish();
}

// ================================================================================ LKjIP rows

type Rw = {
  sas?: string;
  ind: string;
  sat?: string;
  neg?: boolean;
  t: number[];
  r: number[];
  akhir?: number;
};

/** Row-wise LKjIP variant A: DLH Kota Banyuasri, Target / Realisasi / Capaian (%) rows per
 * indicator, 2021-2024 across under a merged "Tahun", typed capaian, a negative indicator. */
export function barisA(): BookW {
  const b = new BookW(
    "lkjip-baris-a-dlh-banyuasri.xlsx",
    "LKjIP baris",
    "Row-wise LKjIP table, DLH Kota Banyuasri 2021-2024 (Uraian: Target / Realisasi / Capaian rows, typed capaian)",
  );
  const s = b.sheet("Tabel 3.3");
  s.lines([
    "Tabel 3.3",
    "Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2021 s.d. 2024",
    "Dinas Lingkungan Hidup Kota Banyuasri",
  ]);
  s.gap();
  const SA = "Meningkatnya kualitas lingkungan hidup";
  const SB = "Meningkatnya kinerja pengelolaan sampah dan pengaduan";
  const inds: Rw[] = [
    { sas: SA, ind: "Indeks Kualitas Air", t: [51.5, 52, 52.5, 53], r: [50.84, 52.36, 51.9, 53.42] },
    { sas: SA, ind: "Indeks Kualitas Udara", t: [85.5, 86, 86.5, 87], r: [86.12, 85.74, 87.05, 87.31] },
    {
      sas: SB,
      ind: "Persentase sampah yang dibuang ke TPA tanpa pengolahan",
      neg: true,
      t: [62, 58, 54, 50],
      r: [63.4, 57.1, 55.8, 48.6],
    },
    {
      sas: SB,
      ind: "Persentase pengaduan masyarakat terkait lingkungan hidup yang ditindaklanjuti",
      t: [90, 92, 94, 96],
      r: [88, 93.5, 95, 96],
    },
  ];
  const years = [2021, 2022, 2023, 2024];
  const cap = (x: Rw, k: number) =>
    round(x.neg ? ((2 * x.t[k] - x.r[k]) / x.t[k]) * 100 : (x.r[k] / x.t[k]) * 100);
  const rows: Row[] = [];
  inds.forEach((x, i) => {
    const base = { no: i + 1, sas: x.sas, ind: x.ind };
    const y = (vals: number[]) => Object.fromEntries(vals.map((v, k) => [`y${k}`, v]));
    const c = years.map((_, k) => cap(x, k));
    if (i === 0) c[2] = 89.86;
    if (i === 2) c[3] = round((x.r[3] / x.t[3]) * 100);
    rows.push({ id: `t${i}`, cells: { ...base, u: "Target", ...y(x.t) } });
    rows.push({ id: `r${i}`, cells: { ...base, u: "Realisasi", ...y(x.r) } });
    rows.push({ id: `c${i}`, cells: { ...base, u: "Capaian (%)", ...y(c) } });
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], width: 40 },
      { key: "u", head: ["Uraian"], width: 14 },
      ...years.map((yr, k): Col => ({ key: `y${k}`, head: ["Tahun", String(yr)], fmt: DEC })),
    ],
    headerRows: 2,
    vmerge: ["no", "sas", "ind"],
    rows,
  });
  s.gap();
  s.lines([
    "Catatan: capaian indikator negatif (semakin kecil semakin baik) dihitung (2 x target - realisasi) / target x 100%.",
    "*) Data 2024 merupakan angka sementara.",
  ]);
  const S = t.sheet;
  const truthOf = (i: number, k: number) => {
    const [T, R] = [t.a(`y${k}`, `t${i}`), t.a(`y${k}`, `r${i}`)];
    return inds[i].neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
  };
  b.plant({
    at: { sheet: S, cell: t.a("y2", "c0") },
    rules: ["capaian-mismatch"],
    note: "Indeks Kualitas Air 2023 capaian is 89.86; 51.90 / 52.50 gives 98.86",
    truth: truthOf(0, 2),
  });
  b.plant({
    at: { sheet: S, cell: t.a("y3", "c2") },
    rules: ["capaian-mismatch"],
    note: "sampah ke TPA tanpa pengolahan (lower is better) 2024 capaian is R/T = 97.20; (2T-R)/T gives 102.80, as the note and the earlier years do",
    truth: truthOf(2, 3),
  });
  inds.forEach((x, i) =>
    years.forEach((_, k) => {
      if ((i === 0 && k === 2) || (i === 2 && k === 3)) return;
      const [T, R] = [t.a(`y${k}`, `t${i}`), t.a(`y${k}`, `r${i}`)];
      b.ok({
        sheet: S,
        cell: t.a(`y${k}`, `c${i}`),
        rules: ["capaian-mismatch"],
        truth: truthOf(i, k),
        trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
      });
    }),
  );
  return b.finish();
}

/** Row-wise LKjIP variant B: Diskominfo Kabupaten Karangsari, no No column, one header row,
 * Target / Realisasi / % Capaian rows whose capaian are formulas, 2022-2024 plus the Renstra
 * end-period target on the Target rows. */
export function barisB(): BookW {
  const b = new BookW(
    "lkjip-baris-b-diskominfo-karangsari.xlsx",
    "LKjIP baris",
    "Row-wise LKjIP table, Diskominfo Kab. Karangsari 2022-2024 (capaian rows as formulas, end-period target column)",
  );
  const s = b.sheet("Capaian IKU");
  s.lines([
    "Tabel 3.4 Realisasi dan Capaian Indikator Kinerja Utama Tahun 2022-2024",
    "Dinas Komunikasi dan Informatika Kabupaten Karangsari",
  ]);
  s.gap();
  const inds: Rw[] = [
    {
      ind: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
      sat: "indeks",
      t: [2.6, 2.8, 3],
      r: [2.64, 2.91, 2.87],
      akhir: 3.5,
    },
    {
      ind: "Persentase perangkat daerah yang terhubung jaringan intra pemerintah",
      sat: "%",
      t: [75, 85, 95],
      r: [78.3, 86.7, 93.3],
      akhir: 100,
    },
    {
      ind: "Persentase aduan masyarakat yang melewati batas waktu tindak lanjut",
      sat: "%",
      neg: true,
      t: [12, 10, 8],
      r: [11.4, 10.6, 7.2],
      akhir: 5,
    },
    {
      ind: "Skor Indeks Keamanan Informasi (KAMI)",
      sat: "skor",
      t: [420, 460, 500],
      r: [404, 468, 512],
      akhir: 560,
    },
  ];
  const years = [2022, 2023, 2024];
  const rows: Row[] = [];
  inds.forEach((x, i) => {
    const base = { ind: x.ind, sat: x.sat };
    const y = (vals: number[]) => Object.fromEntries(vals.map((v, k) => [`y${k}`, v]));
    rows.push({ id: `t${i}`, cells: { ...base, u: "Target", ...y(x.t), ak: x.akhir } });
    rows.push({ id: `r${i}`, cells: { ...base, u: "Realisasi", ...y(x.r) } });
    rows.push({
      id: `c${i}`,
      cells: (c) => {
        const out: Record<string, Cell> = { ...base, u: "% Capaian" };
        years.forEach((_, k) => {
          const T = c.a(`y${k}`, `t${i}`);
          const R = c.a(`y${k}`, `r${i}`);
          let f = x.neg ? `(2*${T}-${R})/${T}*100` : `${R}/${T}*100`;
          if (i === 2 && k === 1) f = `${R}/${T}*100`;
          if (i === 3 && k === 2) f = `${R}/${c.a(`y${k}`, "t1")}*100`;
          out[`y${k}`] = fx(f);
        });
        return out;
      },
    });
  });
  const t = s.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja Utama"], width: 44 },
      { key: "sat", head: ["Satuan"] },
      { key: "u", head: ["Uraian"], width: 14 },
      ...years.map((yr, k): Col => ({ key: `y${k}`, head: [String(yr)], fmt: DEC })),
      { key: "ak", head: ["Target Akhir Renstra (2026)"], fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["ind"],
    rows,
  });
  s.gap();
  s.lines(["Sumber: Bidang Aplikasi Informatika dan Persandian, diolah."]);
  const S = t.sheet;
  const T = (i: number, k: number) => t.a(`y${k}`, `t${i}`);
  const R = (i: number, k: number) => t.a(`y${k}`, `r${i}`);
  const truthOf = (i: number, k: number) =>
    inds[i].neg ? `(2*${T(i, k)}-${R(i, k)})/${T(i, k)}*100` : `${R(i, k)}/${T(i, k)}*100`;
  b.plant({
    at: { sheet: S, cell: t.a("y1", "c2") },
    rules: ["capaian-mismatch"],
    note: "aduan melewati batas waktu (lower is better) 2023: =R/T*100 gives 106.00; 2022 and 2024 use (2T-R)/T, which gives 94.00",
    truth: truthOf(2, 1),
  });
  b.plant({
    at: { sheet: S, cell: t.a("y2", "c3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Skor KAMI 2024 capaian divides by the target row of another indicator (=${R(3, 2)}/${T(1, 2)}*100 = 538.95); 512 / 500 gives 102.40`,
    truth: truthOf(3, 2),
  });
  inds.forEach((x, i) =>
    years.forEach((_, k) => {
      if ((i === 2 && k === 1) || (i === 3 && k === 2)) return;
      b.ok({
        sheet: S,
        cell: t.a(`y${k}`, `c${i}`),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: truthOf(i, k),
        trap: x.neg ? `${R(i, k)}/${T(i, k)}*100` : undefined,
        tol: 1e-6,
      });
    }),
  );
  return b.finish();
}

// ======================================================================================== IKU

/** IKU matrix variant A: Inspektorat Daerah Kabupaten Sukamaju 2025-2029: definition, formula,
 * unit, kondisi awal and five qualitative targets (opini, SAKIP letters, levels), no numbers. */
export function ikuA(): BookW {
  const b = new BookW(
    "iku-a-inspektorat-sukamaju.xlsx",
    "IKU",
    "IKU matrix, Inspektorat Kab. Sukamaju 2025-2029 (qualitative targets only)",
  );
  const s = b.sheet("IKU 2025-2029");
  letterhead(s, ["PEMERINTAH KABUPATEN SUKAMAJU", "INSPEKTORAT DAERAH"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) INSPEKTORAT DAERAH KABUPATEN SUKAMAJU TAHUN 2025-2029"]);
  s.gap();
  const SA = "Meningkatnya akuntabilitas kinerja dan keuangan pemerintah daerah";
  const SB = "Meningkatnya kualitas pengawasan internal";
  const rows = [
    {
      sas: SA,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      def: "Pernyataan profesional BPK RI mengenai kewajaran informasi keuangan yang disajikan dalam LKPD",
      rumus: "Opini BPK RI atas LKPD tahun sebelumnya",
      sat: "opini",
      awal: "WTP",
      t: ["WTP", "WTP", "WTP", "WTP", "WTP"],
      sd: "LHP BPK RI",
      pj: "Inspektur Pembantu Wilayah I",
    },
    {
      sas: SA,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      def: "Hasil evaluasi Kementerian PANRB atas implementasi SAKIP Pemerintah Kabupaten",
      rumus: "Predikat dan nilai hasil evaluasi SAKIP",
      sat: "predikat (nilai)",
      awal: "A (79,85)",
      t: ["BB", "BB", "A", "A", "A"],
      sd: "LHE SAKIP Kementerian PANRB",
      pj: "Inspektur Pembantu Wilayah II",
    },
    {
      sas: SA,
      ind: "Indeks Reformasi Birokrasi Pemerintah Kabupaten",
      def: "Hasil evaluasi pelaksanaan reformasi birokrasi pemerintah daerah",
      rumus: "Kategori dan nilai indeks RB hasil evaluasi Kementerian PANRB",
      sat: "kategori (nilai)",
      awal: "BB (72,40)",
      t: ["BB", "BB", "A", "A", "A"],
      sd: "LHE RB Kementerian PANRB",
      pj: "Inspektur Pembantu Wilayah II",
    },
    {
      sas: SB,
      ind: "Level maturitas penyelenggaraan SPIP terintegrasi",
      def: "Tingkat kematangan penyelenggaraan sistem pengendalian intern pemerintah",
      rumus: "Level hasil penilaian mandiri yang telah dijaminkan kualitasnya oleh BPKP",
      sat: "level",
      awal: "Level 3",
      t: ["Level 3", "Level 3", "Level 4", "Level 4", "Level 4"],
      sd: "Laporan penjaminan kualitas BPKP",
      pj: "Sekretariat",
    },
    {
      sas: SB,
      ind: "Level kapabilitas APIP",
      def: "Tingkat kemampuan APIP melaksanakan tugas pengawasan",
      rumus: "Level hasil penilaian kapabilitas APIP oleh BPKP",
      sat: "level",
      awal: "Level 2",
      t: ["Level 3", "Level 3", "Level 3", "Level 4", "Level 4"],
      sd: "Laporan penilaian BPKP",
      pj: "Sekretariat",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 40 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal" },
    ...[2025, 2026, 2027, 2028, 2029].map((y, k): Col => ({
      key: `y${k}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
    })),
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 24 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        sd: x.sd,
        pj: x.pj,
      };
      x.t.forEach((v, k) => (c[`y${k}`] = v));
      return { id: `i${i}`, cells: c };
    }),
  });
  s.gap();
  signature(s, 12, {
    tempat: "Sukamaju, 20 Januari 2025",
    jabatan: ["INSPEKTUR DAERAH", "KABUPATEN SUKAMAJU"],
    nama: "Drs. Yusuf Effendi, M.Si., Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690405 199403 1 008",
  });
  const S = t.sheet;
  const sakipClaim = (cell: string) => ({ truth: `SAKIP(SCORE(${cell}))`, actual: `GRADE(${cell})` });
  b.plant({
    at: { sheet: S, cell: t.a("awal", "i1") },
    rules: ["sakip-grade-mismatch"],
    note: 'kondisi awal "A (79,85)": a SAKIP score of 79.85 is BB (A needs > 80)',
    ...sakipClaim(t.a("awal", "i1")),
  });
  b.ok({
    sheet: S,
    cell: t.a("awal", "i2"),
    rules: ["sakip-grade-mismatch"],
    ...sakipClaim(t.a("awal", "i2")),
  });
  for (const id of ["i0", "i3", "i4"])
    for (const k of ["awal", "y0", "y4"]) {
      const cell = t.a(k, id);
      b.ok({ sheet: S, cell, rules: ["text-number", "missing-value", "percent-out-of-range"], truth: cell });
    }
  return b.finish();
}

/** IKU matrix variant B: Bapenda Kota Mekarjaya, "Matriks IKU 2025-2029" with Alasan and
 * Formulasi, qualitative targets under years typed 2025, 2026, 2028, 2029, 2030 (2027 skipped). */
export function ikuB(): BookW {
  const b = new BookW(
    "iku-b-bapenda-mekarjaya.xlsx",
    "IKU",
    "IKU matrix, Bapenda Kota Mekarjaya (qualitative targets, a year skipped in the header)",
  );
  const s = b.sheet("Matriks IKU");
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA", "BADAN PENDAPATAN DAERAH KOTA MEKARJAYA", "PERIODE 2025-2029"]);
  s.gap();
  const SA = "Meningkatnya pendapatan asli daerah";
  const SB = "Meningkatnya kualitas pelayanan pajak daerah";
  const rows = [
    {
      sas: SA,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      alasan: "Mengukur kemandirian fiskal daerah",
      rumus: "PAD / total pendapatan daerah x 100%",
      sd: "LRA BPKAD",
      t: ["Meningkat", "Meningkat", "Meningkat", "Meningkat", "Meningkat"],
      ket: "IKU Kota",
    },
    {
      sas: SA,
      ind: "Tingkat kepatuhan wajib pajak daerah",
      alasan: "Mengukur keberhasilan penagihan dan penyuluhan pajak",
      rumus: "Jumlah wajib pajak yang membayar tepat waktu / jumlah wajib pajak terdaftar x 100%",
      sd: "Aplikasi SIMPATDA",
      t: ["Meningkat", "Meningkat", "Meningkat", "Meningkat", "Meningkat"],
      ket: "",
    },
    {
      sas: SB,
      ind: "Indeks kepuasan wajib pajak",
      alasan: "Mengukur kualitas layanan pajak daerah",
      rumus: "Survei kepuasan masyarakat sesuai PermenPANRB 14/2017",
      sd: "Laporan SKM Bapenda",
      t: ["Baik", "Baik", "Sangat Baik", "Sangat Baik", "Sangat Baik"],
      ket: "",
    },
    {
      sas: SB,
      ind: "Predikat kepatuhan standar pelayanan publik",
      alasan: "Mengukur pemenuhan standar pelayanan publik",
      rumus: "Zona hasil penilaian Ombudsman RI",
      sd: "Laporan Ombudsman RI",
      t: ["Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau"],
      ket: "",
    },
  ];
  const printed = [2025, 2026, 2028, 2029, 2030];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Kinerja Utama"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "alasan", head: ["Alasan"], width: 30 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 36 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    ...printed.map((y, k): Col => ({ key: `y${k}`, head: ["Target", String(y)], role: "target", year: y })),
    { key: "ket", head: ["Keterangan"], role: "keterangan" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    groups: "merge",
    rows: rows.map((x, i) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        alasan: x.alasan,
        rumus: x.rumus,
        sd: x.sd,
        ket: x.ket || null,
      };
      x.t.forEach((v, k) => (c[`y${k}`] = v));
      return { id: `i${i}`, cells: c };
    }),
  });
  s.gap();
  s.lines(["Ditetapkan di Mekarjaya pada tanggal 14 Februari 2025"], 10);
  s.lines(["KEPALA BADAN PENDAPATAN DAERAH"], 10);
  const S = t.sheet;
  const yearCell = (k: number) => `${t.c(`y${k}`)}${t.headerLast}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: yearCell(2) },
        { sheet: S, cell: yearCell(1) },
      ],
    },
    rules: ["year-gap"],
    note: "the target years run 2025, 2026, 2028, 2029, 2030 in a 2025-2029 matrix: 2027 is skipped",
    truth: "1",
    actual: `${yearCell(2)}-${yearCell(1)}`,
  });
  for (const id of ["i0", "i2", "i3"])
    for (const k of ["y0", "y2", "y4"]) {
      const cell = t.a(k, id);
      b.ok({ sheet: S, cell, rules: ["text-number", "missing-value", "percent-out-of-range"], truth: cell });
    }
  return b.finish();
}

// =============================================================================== side by side

/** Side by side variant A: BPKAD Kabupaten Wanasari 2023, Realisasi Pendapatan (A-E) and
 * Realisasi Belanja (G-K), one empty column between, typed totals, revenue above 100 %. */
export function sandingA(): BookW {
  const b = new BookW(
    "sanding-a-bpkad-wanasari.xlsx",
    "side by side",
    "Two budget tables side by side, BPKAD Kab. Wanasari 2023 (one empty column between, different heights)",
  );
  const s = b.sheet("Realisasi APBD 2023");
  s.lines(["REALISASI APBD KABUPATEN WANASARI TAHUN ANGGARAN 2023"], 1, { bold: true });
  s.gap();
  const top = s.r;
  s.put(top, 1, "Tabel 2.1 Realisasi Pendapatan Daerah Tahun 2023");
  s.put(top, 7, "Tabel 2.2 Realisasi Belanja Daerah Tahun 2023");
  type L = { id: string; no: string | number; u: string; a?: number; r?: number; parent?: string };
  const pend: L[] = [
    { id: "pad", no: 1, u: "Pendapatan Asli Daerah" },
    { id: "pajak", no: "1.1", u: "Pajak Daerah", a: 186_450_000_000, r: 194_826_315_420, parent: "pad" },
    { id: "retri", no: "1.2", u: "Retribusi Daerah", a: 42_750_000_000, r: 38_914_602_150, parent: "pad" },
    {
      id: "hpkd",
      no: "1.3",
      u: "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan",
      a: 12_300_000_000,
      r: 12_300_000_000,
      parent: "pad",
    },
    {
      id: "lain",
      no: "1.4",
      u: "Lain-lain PAD yang Sah",
      a: 98_620_000_000,
      r: 101_245_880_375,
      parent: "pad",
    },
    { id: "trf", no: 2, u: "Pendapatan Transfer", a: 1_465_382_000_000, r: 1_448_917_526_000 },
    { id: "lls", no: 3, u: "Lain-lain Pendapatan Daerah yang Sah", a: 24_500_000_000, r: 23_842_150_000 },
  ];
  const bel: L[] = [
    { id: "op", no: 1, u: "Belanja Operasi" },
    { id: "peg", no: "1.1", u: "Belanja Pegawai", a: 812_450_000_000, r: 786_214_358_900, parent: "op" },
    {
      id: "bj",
      no: "1.2",
      u: "Belanja Barang dan Jasa",
      a: 486_320_000_000,
      r: 441_865_227_480,
      parent: "op",
    },
    { id: "hib", no: "1.3", u: "Belanja Hibah", a: 64_800_000_000, r: 61_245_000_000, parent: "op" },
    { id: "bs", no: "1.4", u: "Belanja Bantuan Sosial", a: 8_450_000_000, r: 7_986_500_000, parent: "op" },
    { id: "mod", no: 2, u: "Belanja Modal", a: 312_650_000_000, r: 274_318_642_700 },
    { id: "btt", no: 3, u: "Belanja Tidak Terduga", a: 15_000_000_000, r: 3_284_150_000 },
    { id: "btr", no: 4, u: "Belanja Transfer", a: 42_600_000_000, r: 41_985_300_000 },
  ];
  const fill = (list: L[]) => {
    for (const x of list) {
      const kids = list.filter((k) => k.parent === x.id);
      if (kids.length) {
        x.a = sum(kids.map((k) => k.a!));
        x.r = sum(kids.map((k) => k.r!));
      }
    }
    const tops = list.filter((x) => !x.parent);
    return { a: sum(tops.map((x) => x.a!)), r: sum(tops.map((x) => x.r!)) };
  };
  const totP = fill(pend);
  const totB = fill(bel);
  const cols = (label: string): Col[] => [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "u", head: ["Uraian"], width: 34 },
    { key: "a", head: ["Anggaran 2023 (Rp)"], role: "anggaran", year: 2023, fmt: RP, width: 20 },
    {
      key: "r",
      head: [`Realisasi ${label} 2023 (Rp)`],
      role: "realisasi-anggaran",
      year: 2023,
      fmt: RP,
      width: 20,
    },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2023, fmt: DEC },
  ];
  const body = (
    list: L[],
    tot: { a: number; r: number },
    label: string,
    plantC?: string,
    plantA?: number,
  ): Row[] => [
    ...list.map((x): Row => ({
      id: x.id,
      bold: !x.parent,
      cells: { no: x.no, u: x.u, a: x.a, r: x.r, c: x.id === plantC ? 97.03 : round((x.r! / x.a!) * 100) },
    })),
    {
      id: "jml",
      bold: true,
      span: ["no", "u"],
      cells: { no: `Jumlah ${label}`, a: plantA ?? tot.a, r: tot.r, c: round((tot.r / tot.a) * 100) },
    },
  ];
  s.r = top + 1;
  const left = s.table(
    { cols: cols("Pendapatan"), headerRows: 1, rows: body(pend, totP, "Pendapatan", "retri") },
    1,
    top + 1,
  );
  const plantBel = 1_696_970_000_000;
  if (plantBel === totB.a) throw new Error("side by side A: planted total must be wrong");
  const right = s.table(
    { cols: cols("Belanja"), headerRows: 1, rows: body(bel, totB, "Belanja", undefined, plantBel) },
    7,
    top + 1,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  s.lines(["Sumber: Laporan Realisasi Anggaran (audited) Tahun Anggaran 2023."]);
  const SL = left.sheet;
  b.plant({
    at: { sheet: SL, cell: left.a("c", "retri") },
    rules: ["capaian-mismatch"],
    note: "Retribusi Daerah capaian is 97.03; 38,914,602,150 / 42,750,000,000 gives 91.03",
    truth: `ROUND(${left.a("r", "retri")}/${left.a("a", "retri")}*100,2)`,
  });
  b.plant({
    at: { sheet: SL, cell: right.a("a", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah Belanja anggaran is 1,696,970,000,000; the four groups add up to 1,742,270,000,000",
    truth: ["op", "mod", "btt", "btr"].map((id) => right.a("a", id)).join("+"),
  });
  for (const [t, list] of [
    [left, pend],
    [right, bel],
  ] as const) {
    for (const x of list) {
      if (t === left && x.id === "retri") continue;
      const a = (k: string) => t.a(k, x.id);
      b.ok({
        sheet: SL,
        cell: a("c"),
        rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("r")}/${a("a")}*100,2)`,
      });
      const kids = list.filter((k) => k.parent === x.id);
      if (kids.length)
        for (const k of ["a", "r"])
          b.ok({
            sheet: SL,
            cell: a(k),
            rules: ["sum-mismatch"],
            truth: kids.map((c) => t.a(k, c.id)).join("+"),
            tol: 0.5,
          });
    }
  }
  // outline numbers ("1.1", typed as text: in an Indonesian locale 1.1 is no number) are labels
  for (const [t, id] of [
    [left, "pajak"],
    [left, "lain"],
    [right, "peg"],
    [right, "bs"],
  ] as const)
    b.ok({ sheet: SL, cell: t.a("no", id), rules: ["text-number"], truth: t.a("no", id) });
  const tops = pend.filter((x) => !x.parent).map((x) => x.id);
  for (const k of ["a", "r"])
    b.ok({
      sheet: SL,
      cell: left.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: tops.map((id) => left.a(k, id)).join("+"),
      tol: 0.5,
    });
  b.ok({
    sheet: SL,
    cell: right.a("r", "jml"),
    rules: ["sum-mismatch"],
    truth: ["op", "mod", "btt", "btr"].map((id) => right.a("r", id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}

/** Side by side variant B: Dinas Pendidikan Kabupaten Karangsari: Capaian IKU 2024 (A-F, one
 * header row, the year only in the title) and Target IKU 2025-2027 (H-M, two header rows). */
export function sandingB(): BookW {
  const b = new BookW(
    "sanding-b-disdik-karangsari.xlsx",
    "side by side",
    "Two indicator tables side by side, Disdik Kab. Karangsari (capaian 2024 | targets 2025-2027)",
  );
  const s = b.sheet("IKU");
  s.lines(["INDIKATOR KINERJA UTAMA DINAS PENDIDIKAN KABUPATEN KARANGSARI"], 1, { bold: true });
  s.gap();
  const top = s.r;
  s.put(top, 1, "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024");
  s.put(top, 8, "Tabel 3.2 Target Indikator Kinerja Utama Tahun 2025-2027");
  const inds = [
    { ind: "Angka partisipasi kasar (APK) PAUD", sat: "%", t: 78.5, r: 76.84, next: [79.5, 80.5, 81.5] },
    { ind: "Angka partisipasi murni (APM) SD/MI", sat: "%", t: 98.2, r: 98.46, next: [98.4, 98.6, 98.8] },
    { ind: "Angka partisipasi murni (APM) SMP/MTs", sat: "%", t: 82, r: 80.15, next: [83, 84, 85] },
    { ind: "Angka putus sekolah SD/MI", sat: "%", neg: true, t: 0.12, r: 0.09, next: [0.11, 0.1, 0.09] },
    { ind: "Angka putus sekolah SMP/MTs", sat: "%", neg: true, t: 0.35, r: 0.41, next: [0.32, 0.3, 0.28] },
    {
      ind: "Rata-rata nilai Asesmen Nasional literasi jenjang SD",
      sat: "skor",
      t: 62,
      r: 63.8,
      next: [63, 64, 65],
    },
    { ind: "Persentase sekolah terakreditasi minimal B", sat: "%", t: 88, r: 89.5, next: [89, 90, 91] },
  ];
  const cap = (x: (typeof inds)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const left = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        { key: "t", head: ["Target"], role: "target", year: 2024, fmt: DEC },
        { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: inds.map((x, i) => ({
        id: `i${i}`,
        cells: {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          c: i === 2 ? 79.74 : i === 3 ? round((x.r / x.t) * 100) : cap(x),
        },
      })),
    },
    1,
    top + 1,
  );
  const nextIdx = [0, 1, 2, 3, 6];
  const right = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        ...[2025, 2026, 2027].map((y, k): Col => ({
          key: `y${k}`,
          head: ["Target", String(y)],
          role: "target",
          year: y,
          fmt: DEC,
        })),
      ],
      headerRows: 2,
      rows: nextIdx.map((i, n) => {
        const x = inds[i];
        return {
          id: `i${i}`,
          cells: { no: n + 1, ind: x.ind, sat: x.sat, y0: x.next[0], y1: x.next[1], y2: x.next[2] },
        };
      }),
    },
    8,
    top + 1,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  s.lines([
    "Catatan: capaian indikator negatif (angka putus sekolah) = (2 x target - realisasi) / target x 100%.",
  ]);
  const S = left.sheet;
  const a = (k: string, i: number) => left.a(k, `i${i}`);
  const truthOf = (i: number) =>
    inds[i].neg
      ? `ROUND((2*${a("t", i)}-${a("r", i)})/${a("t", i)}*100,2)`
      : `ROUND(${a("r", i)}/${a("t", i)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", 2) },
    rules: ["capaian-mismatch"],
    note: "APM SMP/MTs capaian is 79.74; 80.15 / 82 gives 97.74",
    truth: truthOf(2),
  });
  b.plant({
    at: { sheet: S, cell: a("c", 3) },
    rules: ["capaian-mismatch"],
    note: "angka putus sekolah SD/MI (lower is better) capaian is R/T = 75.00; (2T-R)/T gives 125.00, as the note says",
    truth: truthOf(3),
  });
  inds.forEach((x, i) => {
    if (i === 2 || i === 3) return;
    b.ok({
      sheet: S,
      cell: a("c", i),
      rules: ["capaian-mismatch"],
      truth: truthOf(i),
      trap: x.neg ? `ROUND(${a("r", i)}/${a("t", i)}*100,2)` : undefined,
    });
  });
  for (const i of [3])
    for (let k = 0; k < 3; k++) {
      const cell = right.a(`y${k}`, `i${i}`);
      b.ok({ sheet: S, cell, rules: ["target-trend", "target-outlier"], truth: cell });
    }
  return b.finish();
}
