// The Renja-year tables of Kabupaten Tandukkalua (Sulawesi Barat): the E.81 evaluation of the Renja
// 2024 of the Dinas Komunikasi, Informatika dan Statistik with K and Rp per triwulan and 'Realisasi
// s.d. Triwulan IV', and the Perjanjian Kinerja 2025 of the Kepala Dinas Perpustakaan dan Kearsipan
// with its program budget table and the Renstra targets on a second sheet. Every office, region,
// person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Ctx } from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  tK: number;
  qK: number[];
  /** flow: s.d. = SUM of the quarters; level: s.d. = TW IV */
  flow: boolean;
  tRp?: number;
  qRp?: number[];
  kids?: string[];
  bold?: boolean;
};

/** E.81 Evaluasi hasil Renja 2024 s.d. Triwulan IV, Diskominfostat Kabupaten Tandukkalua. */
export function e81KominfostatTandukkalua(): BookW {
  const b = new BookW(
    "e81-renja-2024-sd-tw4-diskominfostat-kab-tandukkalua.xlsx",
    "E.81 Evaluasi hasil Renja PD",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Target Renja 2024 (K, Rp) | 'Realisasi Kinerja dan Anggaran' > Triwulan I .. IV (K, Rp) | Realisasi s.d. Triwulan IV (K, Rp) | Tingkat Capaian (%) (K, Rp) | Unit PJ; no Renstra columns; number row in pairs; parents' Rp SUM of their children; JUMLAH of the programs",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANDUKKALUA", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"]);
  s.lines(
    [
      "Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Tandukkalua",
      "Periode Pelaksanaan: Triwulan IV Tahun Anggaran 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const es: E[] = [
    {
      id: "p1",
      kode: "2.16.02",
      nama: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
      ind: "Persentase informasi publik yang terdiseminasi kepada masyarakat",
      sat: "%",
      tK: 85,
      qK: [41.5, 63.2, 78.4, 86.9],
      flow: false,
      kids: ["k1"],
      bold: true,
    },
    {
      id: "k1",
      kode: "2.16.02.2.01",
      nama: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah konten informasi publik yang dipublikasikan",
      sat: "konten",
      tK: 1_200,
      qK: [214, 298, 331, 402],
      flow: true,
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.16.02.2.01.0002",
      nama: "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
      ind: "Jumlah konten media sosial dan portal berita daerah",
      sat: "konten",
      tK: 1_080,
      qK: [196, 271, 302, 364],
      flow: true,
      tRp: 486_750_000,
      qRp: [72_480_000, 118_315_000, 126_940_000, 152_612_500],
    },
    {
      id: "s2",
      kode: "2.16.02.2.01.0005",
      nama: "Layanan Hubungan Media",
      ind: "Jumlah kerja sama publikasi dengan media massa",
      sat: "kegiatan",
      tK: 120,
      qK: [18, 27, 29, 38],
      flow: true,
      tRp: 312_400_000,
      qRp: [41_250_000, 78_600_000, 82_150_000, 96_875_000],
    },
    {
      id: "p2",
      kode: "2.16.03",
      nama: "PROGRAM APLIKASI INFORMATIKA",
      ind: "Indeks SPBE Kabupaten Tandukkalua",
      sat: "indeks",
      tK: 2.6,
      qK: [2.14, 2.14, 2.38, 2.67],
      flow: false,
      kids: ["k2"],
      bold: true,
    },
    {
      id: "k2",
      kode: "2.16.03.2.02",
      nama: "Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase OPD yang menggunakan aplikasi umum berbagi pakai",
      sat: "%",
      tK: 75,
      qK: [52.78, 61.11, 69.44, 77.78],
      flow: false,
      kids: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "2.16.03.2.02.0002",
      nama: "Pengelolaan Nama Domain dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah sub domain aktif dan terverifikasi",
      sat: "sub domain",
      tK: 48,
      qK: [11, 12, 14, 13],
      flow: true,
      tRp: 165_000_000,
      qRp: [18_450_000, 36_900_000, 41_275_000, 52_180_000],
    },
    {
      id: "s4",
      // planted: coded under kegiatan 2.16.03.2.01 while it stands under 2.16.03.2.02
      kode: "2.16.03.2.01.0009",
      nama: "Pengembangan dan Pengelolaan Jaringan Intra Pemerintah Daerah",
      ind: "Jumlah titik jaringan intra pemerintah daerah yang terkoneksi",
      sat: "titik",
      tK: 36,
      qK: [6, 8, 11, 9],
      flow: true,
      tRp: 1_148_600_000,
      qRp: [96_420_000, 284_775_000, 361_930_000, 372_486_000],
    },
    {
      id: "p3",
      kode: "2.20.02",
      nama: "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
      ind: "Persentase OPD yang menyampaikan data statistik sektoral tepat waktu",
      sat: "%",
      tK: 80,
      qK: [47.22, 58.33, 72.22, 83.33],
      flow: false,
      kids: ["k3"],
      bold: true,
    },
    {
      id: "k3",
      kode: "2.20.02.2.01",
      nama: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah publikasi statistik sektoral",
      sat: "dokumen",
      tK: 4,
      qK: [0, 1, 1, 2],
      flow: true,
      kids: ["s5"],
    },
    {
      id: "s5",
      kode: "2.20.02.2.01.0001",
      nama: "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
      ind: "Jumlah dokumen data statistik sektoral yang diterbitkan",
      sat: "dokumen",
      tK: 4,
      qK: [0, 1, 1, 2],
      flow: true,
      tRp: 276_300_000,
      qRp: [22_610_000, 64_845_000, 71_270_000, 109_438_000],
    },
  ];
  const K = "K";
  const R = "Rp";
  const pair = (key: string, head: string[], rK: Col["role"], rRp: Col["role"], num: number): Col[] => [
    { key: `${key}K`, head: [...head, K], role: rK, year: 2024, num, width: 9 },
    { key: `${key}Rp`, head: [...head, R], role: rRp, year: 2024, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
    ...pair("t", ["Target Renja Perangkat Daerah Tahun 2024"], "target", "anggaran", 6),
    ...[1, 2, 3, 4].flatMap((q) =>
      pair(
        `q${q}`,
        ["Realisasi Kinerja dan Anggaran", `Triwulan ${["I", "II", "III", "IV"][q - 1]}`],
        "realisasi",
        "realisasi-anggaran",
        6 + q,
      ),
    ),
    ...pair("sd", ["Realisasi Kinerja dan Anggaran s.d. Triwulan IV"], "realisasi", "realisasi-anggaran", 11),
    ...pair("c", ["Tingkat Capaian Kinerja dan Realisasi Anggaran (%)"], "capaian", "capaian", 12),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...es.map((e, k) => ({
        id: e.id,
        bold: e.bold,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            no: e.bold ? es.filter((z) => z.bold).indexOf(e) + 1 : undefined,
            kode: e.kode,
            nama: e.nama,
            ind: e.ind,
            sat: e.sat,
            pj:
              k < 4
                ? "Bidang Informasi dan Komunikasi Publik"
                : k < 8
                  ? "Bidang Aplikasi Informatika"
                  : "Bidang Statistik",
          };
          const fk = e.sat === "%" || e.sat === "indeks" ? DEC : INT;
          c.tK = { v: e.tK, fmt: fk };
          e.qK.forEach((v, j) => (c[`q${j + 1}K`] = { v, fmt: fk }));
          const rp = (key: string, v: number | undefined) =>
            e.kids ? fx(e.kids.map((id) => x.a(key, id)).join("+")) : v;
          c.tRp = rp("tRp", e.tRp);
          [1, 2, 3, 4].forEach((q) => (c[`q${q}Rp`] = rp(`q${q}Rp`, e.qRp?.[q - 1])));
          c.sdK = e.flow
            ? fx(`SUM(${x.a("q1K")},${x.a("q2K")},${x.a("q3K")},${x.a("q4K")})`)
            : fx(x.a("q4K"));
          // planted: s3's s.d. Rp typed 148,508,000 (the quarters give 148,805,000)
          c.sdRp =
            e.id === "s3"
              ? 148_508_000
              : fx(`SUM(${x.a("q1Rp")},${x.a("q2Rp")},${x.a("q3Rp")},${x.a("q4Rp")})`);
          c.cK = fx(`ROUND(${x.a("sdK")}/${x.a("tK")}*100,2)`);
          c.cRp = fx(`ROUND(${x.a("sdRp")}/${x.a("tRp")}*100,2)`);
          return c;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "sat"] as [string, string],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: "JUMLAH" };
          for (const key of ["tRp", "q1Rp", "q2Rp", "q3Rp", "q4Rp", "sdRp"])
            c[key] = fx(["p1", "p2", "p3"].map((id) => x.a(key, id)).join("+"));
          c.cRp = fx(`ROUND(${x.a("sdRp")}/${x.a("tRp")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: realisasi kinerja s.d. triwulan IV untuk indikator persentase dan indeks adalah capaian posisi triwulan IV;",
    "untuk indikator jumlah adalah penjumlahan realisasi triwulan I s.d. IV.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Tandukkalua, 15 Januari 2025",
    jabatan: ["Kepala Dinas Komunikasi, Informatika dan Statistik", "Kabupaten Tandukkalua,"],
    nama: "MUH. RIDWAN PAKKAWARU, S.T., M.Eng.",
    pangkat: "Pembina",
    nip: "19810306 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Jaringan Intra Pemerintah Daerah is coded 2.16.03.2.01.0009 (kegiatan 2.16.03.2.01, nama domain) under kegiatan 2.16.03.2.02; its code is 2.16.03.2.02.0009",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("sdRp", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp s.d. Triwulan IV of the nama domain sub kegiatan is a typed 148,508,000 among SUM formulas; its quarters 18,450,000 + 36,900,000 + 41,275,000 + 52,180,000 give 148,805,000",
    truth: `${a("q1Rp", "s3")}+${a("q2Rp", "s3")}+${a("q3Rp", "s3")}+${a("q4Rp", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "p2"),
    rules: ["sum-mismatch"],
    truth: a("q4K", "p2"),
    trap: `${a("q1K", "p2")}+${a("q2K", "p2")}+${a("q3K", "p2")}+${a("q4K", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "k2"),
    rules: ["sum-mismatch"],
    truth: a("q4K", "k2"),
    trap: `${a("q1K", "k2")}+${a("q2K", "k2")}+${a("q3K", "k2")}+${a("q4K", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("tRp", "p2"),
    rules: ["sum-mismatch"],
    truth: a("tRp", "k2"),
    trap: `${a("tRp", "k2")}+${a("tRp", "s3")}+${a("tRp", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("tRp", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("tRp", "p1")}+${a("tRp", "p2")}+${a("tRp", "p3")}`,
    trap: `SUM(${a("tRp", "p1")}:${a("tRp", "s5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cK", "s1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `${a("sdK", "s1")}/${a("tK", "s1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cRp", "s4"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: `${a("sdRp", "s4")}/${a("tRp", "s4")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s5"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k2")})`,
  });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Tandukkalua. */
export function pkPerpusTandukkalua(): BookW {
  const b = new BookW(
    "pk-2025-kadis-dispusip-kab-tandukkalua-lampiran-renstra.xlsx",
    "Perjanjian Kinerja with program budget and Renstra targets",
    "sheet 'PK 2025': No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target Tahun 2025, number row; under it Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH row; sheet 'Renstra 2025-2030': No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025 .. 2030",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2030";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANDUKKALUA", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN"], 1, { bold: true });
  s.gap();
  const inds = [
    {
      id: "kunj",
      sas: "Meningkatnya minat baca dan pemanfaatan perpustakaan",
      ind: "Jumlah kunjungan perpustakaan",
      sat: "orang",
      awal: 28_940,
      t: [31_500, 34_000, 36_500, 39_000, 41_500, 44_000],
      f: INT,
    },
    {
      id: "tgm",
      sas: "Meningkatnya minat baca dan pemanfaatan perpustakaan",
      ind: "Tingkat Kegemaran Membaca (TGM)",
      sat: "nilai",
      awal: 57.84,
      t: [59.6, 61.2, 62.8, 64.4, 66, 67.6],
      f: DEC,
    },
    {
      id: "sta",
      sas: "Meningkatnya penyelamatan arsip daerah",
      ind: "Persentase arsip statis yang diakuisisi dan diselamatkan",
      sat: "%",
      awal: 32.5,
      t: [38, 44, 50, 56, 62, 68],
      f: DEC,
    },
    {
      id: "opd",
      sas: "Meningkatnya penyelamatan arsip daerah",
      ind: "Persentase OPD dengan nilai pengawasan kearsipan kategori baik",
      sat: "%",
      awal: 27.78,
      t: [33.33, 41.67, 50, 58.33, 66.67, 75],
      f: DEC,
    },
  ];
  const pk = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, num: "(5)", width: 14 },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: inds.map((i, k) => ({
      id: i.id,
      // planted: the kunjungan target copied from the Renstra's 2026 column
      cells: {
        no: k + 1,
        sas: i.sas,
        ind: i.ind,
        sat: i.sat,
        t: { v: i.id === "kunj" ? i.t[1] : i.t[0], fmt: i.f },
      },
    })),
  });
  s.gap();
  const progs = [
    {
      kode: "2.23.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 4_186_450_000,
    },
    { kode: "2.23.02", nama: "PROGRAM PEMBINAAN PERPUSTAKAAN", rp: 1_942_300_000 },
    { kode: "2.23.03", nama: "PROGRAM PELESTARIAN KOLEKSI NASIONAL DAN NASKAH KUNO", rp: 215_600_000 },
    { kode: "2.24.02", nama: "PROGRAM PENGELOLAAN ARSIP", rp: 684_250_000 },
    { kode: "2.24.03", nama: "PROGRAM PERLINDUNGAN DAN PENYELAMATAN ARSIP", rp: 312_900_000 },
  ];
  const bud = s.table(
    {
      cols: [
        { key: "kode", head: ["Kode"], role: "kode", width: 10 },
        { key: "nama", head: ["Program"], width: 40 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
        { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map((p, k) => ({
          id: `p${k}`,
          cells: { kode: p.kode, nama: p.nama, rp: p.rp, ket: "APBD" },
        })),
        // planted: JUMLAH typed 7,314,500,000 (the programs give 7,341,500,000)
        { id: "jml", bold: true, cells: { nama: "JUMLAH", rp: 7_314_500_000 } },
      ],
    },
    2,
  );
  s.gap();
  const r0 = s.r;
  signature(s, 2, {
    tempat: "Mengetahui,",
    jabatan: ["PIHAK KEDUA,", "Bupati Tandukkalua,"],
    nama: "H. ANDI BASO MAPPAJUNG, S.H.",
    nip: "-",
  });
  s.r = r0;
  signature(s, 4, {
    tempat: "Tandukkalua, 2 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "Kepala Dinas Perpustakaan dan Kearsipan,"],
    nama: "SITTI RAHMAWATI TOMENDAL, S.Sos., M.AP",
    pangkat: "Pembina Tingkat I",
    nip: "19770912 200212 2 005",
  });
  const r = b.sheet(R);
  r.lines(["Target Kinerja Renstra Dinas Perpustakaan dan Kearsipan Tahun 2025 - 2030"], 1, { bold: true });
  r.gap();
  const Y = [2025, 2026, 2027, 2028, 2029, 2030];
  const ren = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target", `${y}`], role: "target", year: y })),
    ],
    headerRows: 2,
    rows: inds.map((i, k) => ({
      id: i.id,
      cells: () => {
        const c: Record<string, Cell> = { no: k + 1, ind: i.ind, sat: i.sat, awal: { v: i.awal, fmt: i.f } };
        Y.forEach((y, j) => (c[`y${y}`] = { v: i.t[j], fmt: i.f }));
        return c;
      },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pk.a("t", "kunj") },
        { sheet: R, cell: ren.a("y2025", "kunj") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the kunjungan perpustakaan is 34,000, the Renstra's 2026 target; the Renstra 2025 target is 31,500",
    truth: `'${R}'!${ren.a("y2025", "kunj")}`,
  });
  b.plant({
    at: { sheet: S, cell: bud.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH of the program budgets typed 7,314,500,000; the five programs give 7,341,500,000 (two digits swapped)",
    truth: `SUM(${bud.a("rp", "p0")}:${bud.a("rp", "p4")})`,
  });
  for (const id of ["tgm", "sta", "opd"])
    b.ok({
      sheet: S,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${ren.a("y2025", id)}`,
      trap: `'${R}'!${ren.a("y2026", id)}`,
    });
  b.ok({
    sheet: R,
    cell: ren.a("y2030", "opd"),
    rules: ["target-trend", "percent-out-of-range"],
    truth: "75",
  });
  return b.finish();
}
