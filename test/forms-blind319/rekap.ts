// Perjanjian Kinerja beside its Renstra, and two recaps of a Dinas Perpustakaan dan Kearsipan:
// kunjungan per kecamatan (with a koleksi table below) and tertib arsip per OPD (with a serapan per
// triwulan table beside it). Every name and number is invented.
import { BookW, DEC, RP, INT, fx, letterhead, round, signature, sum, type Col } from "../forms/kit";

/** PK 2025 of the Dinas Perpustakaan dan Kearsipan Kota Pangkal Rindang, beside its Renstra 2025-2029. */
export function pkPerpus(): BookW {
  const b = new BookW(
    "pk-2025-perpusarsip-pangkal-rindang-319.xlsx",
    "Perjanjian Kinerja + Renstra (Perpustakaan dan Kearsipan)",
    "PK 2025 statement, indicator table (Satuan before Target, no No column) and a program table with a SUM Jumlah; sheet 'Renstra' with 'Target Kinerja' > Tahun ke-1..5 resolved from 'Renstra 2025-2029' and a kondisi akhir",
  );
  const inds = [
    {
      id: "opd",
      sas: "Meningkatnya tertib penyelenggaraan kearsipan",
      ind: "Persentase OPD tertib arsip",
      sat: "%",
      awal: 38.5,
      k: [45, 52, 60, 68, 75],
      flow: false,
    },
    {
      id: "dig",
      sas: "Meningkatnya tertib penyelenggaraan kearsipan",
      ind: "Persentase arsip statis yang terdigitalisasi",
      sat: "%",
      awal: 12.4,
      k: [18, 25, 33, 41, 50],
      flow: false,
    },
    {
      id: "iplm",
      sas: "Meningkatnya budaya literasi masyarakat",
      ind: "Nilai Indeks Pembangunan Literasi Masyarakat",
      sat: "nilai",
      awal: 63.1,
      k: [65, 67.2, 69.5, 71.8, 74],
      flow: false,
    },
    {
      id: "tgm",
      sas: "Meningkatnya budaya literasi masyarakat",
      ind: "Tingkat Kegemaran Membaca",
      sat: "nilai",
      awal: 59.4,
      k: [61, 63, 65, 67, 69],
      flow: false,
    },
    {
      id: "kunj",
      sas: "Meningkatnya budaya literasi masyarakat",
      ind: "Jumlah kunjungan perpustakaan",
      sat: "orang",
      awal: 142_300,
      k: [150_000, 158_000, 166_000, 174_000, 182_000],
      flow: true,
    },
  ];
  // Renstra sheet first, so the PK can point at it
  const R = "Renstra";
  const r = b.sheet(R);
  r.lines([
    "Tabel 5.2 Indikator Kinerja Utama dan Target Kinerja",
    "Renstra Dinas Perpustakaan dan Kearsipan Kota Pangkal Rindang 2025-2029",
  ]);
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y): Col => ({
        key: `k${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ka", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y) => [`k${y}`, x.k[y - 1]])),
        ka: x.flow ? sum(x.k) : x.k[4],
      },
    })),
  });

  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KOTA PANGKAL RINDANG", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: RAHMAD HIDAYAT, S.Sos., M.AP, Kepala Dinas Perpustakaan dan Kearsipan,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["Lampiran: Sasaran, Indikator dan Target Kinerja Tahun 2025"]);
  // planted: IPLM copied from the Renstra Tahun ke-2 (2026)
  const pk = s.table({
    cols: [
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x) => ({
      id: x.id,
      cells: { sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "iplm" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["2.23.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_350_000],
    ["2.23.02", "Program Pembinaan Perpustakaan", 3_915_600_000],
    ["2.23.03", "Program Pelestarian Koleksi Nasional dan Naskah Kuno", 412_750_000],
    ["2.24.02", "Program Pengelolaan Arsip", 1_126_400_000],
    ["2.24.03", "Program Perlindungan dan Penyelamatan Arsip", 287_900_000],
  ];
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i) => ({
        id: `p${i}`,
        cells: { no: i + 1, prog: `${k} ${n}`, rp: v, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        // planted: SUM stops one row short
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Pangkal Rindang, 3 Februari 2025",
    jabatan: ["WALI KOTA PANGKAL RINDANG"],
    nama: "H. ZULKARNAIN AKBAR, S.E.",
    nip: "-",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "iplm") },
        { sheet: R, cell: rt.a("k1", "iplm") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK IPLM target 67.2 is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 65",
    truth: `${R}!${rt.a("k1", "iplm")}`,
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM one row short: 12,297,100,000 instead of 12,585,000,000",
    truth: `SUM(${pt.a("rp", "p0")}:${pt.a("rp", "p4")})`,
  });
  for (const x of inds.filter((x) => x.id !== "iplm"))
    b.ok({
      sheet: P,
      cell: pk.a("t", x.id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${rt.a("k1", x.id)}`,
    });
  for (const id of ["opd", "dig", "tgm"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", id),
      trap: Y.map((y) => rt.a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "kunj"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => rt.a(`k${y}`, "kunj")).join("+"),
    trap: rt.a("k5", "kunj"),
  });
  return b.finish();
}

/** Kunjungan perpustakaan per kecamatan 2024 (Kabupaten Lembah Sariayu) with a koleksi table below. */
export function rekapKunjungan(): BookW {
  const b = new BookW(
    "rekap-kunjungan-koleksi-lembah-sariayu-319.xlsx",
    "Rekap kunjungan per kecamatan + koleksi (Perpustakaan)",
    "Per kecamatan: four triwulan under a merged group, Jumlah formulas, kunjungan per 1.000 penduduk, share of the total; Jumlah row; a second table below: koleksi per jenis, eksemplar per judul, with a Jumlah row",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN LEMBAH SARIAYU"]);
  s.lines(["Rekapitulasi Kunjungan Perpustakaan (Daerah, Desa/Nagari, TBM) per Kecamatan Tahun 2024"]);
  const kec: Array<[string, number, number[], number]> = [
    ["Sariayu", 14, [6_210, 7_045, 6_880, 7_512], 48_350],
    ["Batang Tarusan", 9, [2_140, 2_395, 2_610, 2_288], 31_920],
    ["Lubuk Pandan", 11, [3_305, 3_720, 3_488, 3_964], 37_410],
    ["Koto Ranah", 7, [1_180, 1_362, 1_295, 1_447], 22_860],
    ["Sungai Limau Gadang", 12, [2_876, 3_110, 3_342, 3_058], 40_125],
    ["Talang Babungo", 6, [905, 1_038, 1_120, 986], 18_740],
    ["Pasia Laweh", 8, [1_644, 1_702, 1_893, 2_015], 26_305],
    ["Ampek Nagari", 10, [2_230, 2_468, 2_511, 2_702], 33_980],
  ];
  const TW = ["I", "II", "III", "IV"];
  const tot = sum(kec.map((k) => sum(k[2])));
  const t = s.table({
    cols: [
      { key: "kec", head: ["Kecamatan"], num: "(1)", width: 22 },
      { key: "perp", head: ["Jumlah Perpustakaan Desa/Nagari"], num: "(2)", fmt: INT },
      ...TW.map((w, i): Col => ({
        key: `q${i}`,
        head: ["Jumlah Kunjungan (orang)", `Triwulan ${w}`],
        num: `(${3 + i})`,
        fmt: INT,
      })),
      {
        key: "jml",
        head: ["Jumlah Kunjungan (orang)", "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(7) = (3)+(4)+(5)+(6)",
        fmt: INT,
      },
      { key: "pend", head: ["Jumlah Penduduk (jiwa)"], num: "(8)", fmt: INT },
      { key: "rasio", head: ["Kunjungan per 1.000 Penduduk"], num: "(9) = (7)/(8) x 1.000", fmt: DEC },
      { key: "sh", head: ["Persentase terhadap Total Kunjungan (%)"], num: "(10)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([n, p, q, pend], i) => ({
        id: `k${i}`,
        cells: (x: { a(k: string, id?: string): string }) => ({
          kec: n,
          perp: p,
          ...Object.fromEntries(q.map((v, j) => [`q${j}`, v])),
          jml: fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
          pend,
          rasio: fx(`ROUND(${x.a("jml")}/${x.a("pend")}*1000,2)`),
          // planted: Lubuk Pandan's share typed ten times over (a missed decimal point)
          sh: i === 2 ? round((sum(q) / tot) * 1000) : fx(`ROUND(${x.a("jml")}/${x.a("jml", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => ({
          kec: "Jumlah",
          perp: fx(`SUM(${x.a("perp", "k0")}:${x.a("perp", "k7")})`),
          q0: fx(`SUM(${x.a("q0", "k0")}:${x.a("q0", "k7")})`),
          q1: fx(`SUM(${x.a("q1", "k0")}:${x.a("q1", "k7")})`),
          // planted: TW III total stops at Pasia Laweh
          q2: fx(`SUM(${x.a("q2", "k0")}:${x.a("q2", "k6")})`),
          q3: fx(`SUM(${x.a("q3", "k0")}:${x.a("q3", "k7")})`),
          jml: fx(`SUM(${x.a("jml", "k0")}:${x.a("jml", "k7")})`),
          pend: fx(`SUM(${x.a("pend", "k0")}:${x.a("pend", "k7")})`),
          rasio: fx(`ROUND(${x.a("jml")}/${x.a("pend")}*1000,2)`),
          sh: fx(`ROUND(${x.a("jml")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Rekapitulasi Koleksi Perpustakaan Umum Daerah menurut Jenis Koleksi Tahun 2024"]);
  const kol: Array<[string, number, number]> = [
    ["Karya umum dan referensi", 1_246, 3_980],
    ["Fiksi dan sastra anak", 4_812, 11_356],
    ["Pengetahuan terapan (pertanian, kesehatan)", 2_937, 8_104],
    ["Muatan lokal dan naskah Minangkabau", 418, 706],
    ["Koleksi digital (e-book)", 1_605, 1_605],
  ];
  const k = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "jenis", head: ["Jenis Koleksi"], width: 34 },
      { key: "jud", head: ["Jumlah Judul"], fmt: INT },
      { key: "eks", head: ["Jumlah Eksemplar"], fmt: INT },
      { key: "rat", head: ["Eksemplar per Judul"], fmt: DEC },
      { key: "pct", head: ["Persentase Eksemplar (%)"], fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...kol.map(([n, j, e], i) => ({
        id: `j${i}`,
        cells: (x: { a(k: string, id?: string): string }) => ({
          no: i + 1,
          jenis: n,
          jud: j,
          eks: e,
          rat: fx(`ROUND(${x.a("eks")}/${x.a("jud")},2)`),
          pct: fx(`ROUND(${x.a("eks")}/${x.a("eks", "jt")}*100,2)`),
        }),
      })),
      {
        id: "jt",
        span: ["no", "jenis"] as [string, string],
        cells: (x) => ({
          no: "Jumlah",
          jud: sum(kol.map((c) => c[1])),
          eks: sum(kol.map((c) => c[2])),
          rat: fx(`ROUND(${x.a("eks")}/${x.a("jud")},2)`),
          pct: fx(`SUM(${x.a("pct", "j0")}:${x.a("pct", "j4")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Sariayu, 10 Januari 2025",
    jabatan: ["Kepala Bidang Layanan dan Pembudayaan Gemar Membaca"],
    nama: "ELFI SUSANTI, S.IP",
    nip: "19790322 200604 2 011",
  });
  const a = (c: string, id: string) => t.a(c, id);
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah of Triwulan III =SUM one row short (misses Ampek Nagari's 2,511)",
    truth: `SUM(${a("q2", "k0")}:${a("q2", "k7")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("sh", "k2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: `Lubuk Pandan's share typed ${round((sum(kec[2][2]) / tot) * 1000)} %, ten times its ${round((sum(kec[2][2]) / tot) * 100)} % of the total`,
    truth: `ROUND(${a("jml", "k2")}/${a("jml", "tot")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rasio", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `${a("jml", "tot")}/${a("pend", "tot")}*1000`,
    trap: `SUM(${a("rasio", "k0")}:${a("rasio", "k7")})`,
  });
  b.ok({
    sheet: S,
    cell: k.a("rat", "jt"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `${k.a("eks", "jt")}/${k.a("jud", "jt")}`,
    trap: `SUM(${k.a("rat", "j0")}:${k.a("rat", "j4")})`,
  });
  for (const c of ["q0", "q1", "q3", "jml", "pend", "perp"])
    b.ok({ sheet: S, cell: a(c, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(c, "k0")}:${a(c, "k7")})` });
  for (const i of [0, 1, 3, 4, 5, 6, 7])
    b.ok({
      sheet: S,
      cell: a("jml", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("q0", `k${i}`)}+${a("q1", `k${i}`)}+${a("q2", `k${i}`)}+${a("q3", `k${i}`)}`,
    });
  for (const i of [0, 4, 7])
    b.ok({
      sheet: S,
      cell: a("sh", `k${i}`),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `${a("jml", `k${i}`)}/${a("jml", "tot")}*100`,
    });
  for (const c of ["jud", "eks"])
    b.ok({
      sheet: S,
      cell: k.a(c, "jt"),
      rules: ["sum-mismatch"],
      truth: `SUM(${k.a(c, "j0")}:${k.a(c, "j4")})`,
    });
  return b.finish();
}

/** Tertib arsip per OPD 2024 (Kota Pangkal Rindang) with serapan per triwulan side by side. */
export function rekapArsip(): BookW {
  const b = new BookW(
    "rekap-tertib-arsip-opd-pangkal-rindang-319.xlsx",
    "Rekap tertib arsip per OPD + serapan per triwulan (Kearsipan)",
    "Per OPD: arsip tertata / belum tertata / jumlah, % tertata formula, nilai pengawasan and kategori letter, Jumlah / Rata-rata rows; beside it after one empty column: pagu kas, realisasi and serapan per triwulan with a typed Jumlah",
  );
  const S = "Pengawasan Kearsipan";
  const s = b.sheet(S);
  s.lines(["PEMERINTAH KOTA PANGKAL RINDANG - DINAS PERPUSTAKAAN DAN KEARSIPAN"], 1, { bold: true });
  s.lines(["Hasil Pengawasan Kearsipan Internal per Perangkat Daerah Tahun 2024"]);
  s.gap();
  const top = s.r;
  const opd: Array<[string, number, number, number, string]> = [
    ["Sekretariat Daerah", 2_840, 610, 86.4, "A"],
    ["Badan Perencanaan Pembangunan Daerah", 1_375, 240, 91.2, "AA"],
    ["Badan Pengelolaan Keuangan dan Aset Daerah", 3_920, 1_185, 78.6, "BB"],
    ["Dinas Pendidikan", 2_410, 1_530, 64.3, "B"],
    ["Dinas Kesehatan", 1_965, 880, 72.9, "BB"],
    ["Dinas Pekerjaan Umum dan Penataan Ruang", 1_720, 1_260, 61.7, "B"],
    ["Dinas Kependudukan dan Pencatatan Sipil", 4_305, 415, 93.5, "AA"],
    ["Badan Kepegawaian dan Pengembangan SDM", 2_088, 372, 88.1, "A"],
  ];
  const BAD = 3; // planted: Dinas Pendidikan jumlah arsip digits swapped
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "opd", head: ["Perangkat Daerah"], width: 36 },
      { key: "tt", head: ["Arsip Aktif (berkas)", "Tertata"], fmt: INT },
      { key: "bt", head: ["Arsip Aktif (berkas)", "Belum Tertata"], fmt: INT },
      { key: "jm", head: ["Arsip Aktif (berkas)", "Jumlah"], fmt: INT },
      { key: "pct", head: ["Persentase Arsip Tertata (%)"], role: "capaian", fmt: DEC },
      { key: "nil", head: ["Nilai Pengawasan Kearsipan"], fmt: DEC },
      { key: "kat", head: ["Kategori"] },
    ],
    headerRows: 2,
    groups: "first",
    rows: [
      ...opd.map(([n, tt, bt, nil, kat], i) => ({
        id: `o${i}`,
        cells: (x: { a(k: string, id?: string): string }) => ({
          no: i + 1,
          opd: n,
          tt,
          bt,
          jm: i === BAD ? 3_490 : tt + bt,
          pct: fx(`ROUND(${x.a("tt")}/${x.a("jm")}*100,2)`),
          nil,
          kat,
        }),
      })),
      {
        id: "jml",
        span: ["no", "opd"] as [string, string],
        cells: (x) => ({
          no: "Jumlah / Rata-rata",
          tt: fx(`SUM(${x.a("tt", "o0")}:${x.a("tt", "o7")})`),
          bt: fx(`SUM(${x.a("bt", "o0")}:${x.a("bt", "o7")})`),
          jm: fx(`SUM(${x.a("jm", "o0")}:${x.a("jm", "o7")})`),
          pct: fx(`ROUND(${x.a("tt")}/(${x.a("tt")}+${x.a("bt")})*100,2)`),
          nil: fx(`ROUND(AVERAGE(${x.a("nil", "o0")}:${x.a("nil", "o7")}),2)`),
        }),
      },
    ],
  });
  const TWs = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const pagu = [312_400_000, 486_750_000, 528_300_000, 611_150_000];
  const real = [268_905_000, 441_620_000, 497_180_000, 582_440_000];
  const BADQ = 1; // planted: TW II realisasi typed ten times over
  s.put(top - 2, t.right + 2, "Anggaran Kas dan Realisasi Program Pengelolaan Arsip 2024");
  const q = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "pg", head: ["Anggaran Kas (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "re", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "sr", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...TWs.map((w, i) => ({
          id: `q${i}`,
          cells: (x: { a(k: string, id?: string): string }) => ({
            tw: w,
            pg: pagu[i],
            re: i === BADQ ? real[i] * 10 : real[i],
            sr: fx(`ROUND(${x.a("re")}/${x.a("pg")}*100,2)`),
          }),
        })),
        {
          id: "jt",
          cells: (x) => ({
            tw: "Jumlah",
            pg: sum(pagu),
            re: sum(real),
            sr: fx(`ROUND(${x.a("re")}/${x.a("pg")}*100,2)`),
          }),
        },
      ],
    },
    t.right + 2,
    top,
  );
  s.r = Math.max(t.lastDataRow, q.lastDataRow) + 2;
  s.lines([
    "Kategori: AA > 90; A > 80 - 90; BB > 70 - 80; B > 60 - 70 (Peraturan ANRI tentang pengawasan kearsipan).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pangkal Rindang, 15 Januari 2025",
    jabatan: ["Kepala Bidang Kearsipan"],
    nama: "NURHAYATI LUBIS, S.Sos",
    nip: "19810607 200701 2 009",
  });
  const a = (c: string, id: string) => t.a(c, id);
  b.plant({
    at: { sheet: S, cell: a("jm", `o${BAD}`) },
    rules: ["sum-mismatch"],
    note: "Dinas Pendidikan jumlah arsip typed 3,490; tertata + belum tertata = 2,410 + 1,530 = 3,940",
    truth: `${a("tt", `o${BAD}`)}+${a("bt", `o${BAD}`)}`,
  });
  b.plant({
    at: { sheet: S, cell: q.a("re", `q${BADQ}`) },
    rules: ["number-scale", "serapan-over-100"],
    note: "TW II realisasi typed 4,416,200,000 (ten times 441,620,000), above its pagu kas 486,750,000",
    truth: `${q.a("re", "jt")}-${q.a("re", "q0")}-${q.a("re", "q2")}-${q.a("re", "q3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `${a("tt", "jml")}/(${a("tt", "jml")}+${a("bt", "jml")})*100`,
    trap: `(${["o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7"].map((o) => a("pct", o)).join("+")})/8`,
  });
  b.ok({
    sheet: S,
    cell: q.a("sr", "jt"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `${q.a("re", "jt")}/${q.a("pg", "jt")}*100`,
    trap: `(${[0, 1, 2, 3].map((i) => q.a("sr", `q${i}`)).join("+")})/4`,
  });
  b.ok({
    sheet: S,
    cell: q.a("pg", "jt"),
    rules: ["sum-mismatch"],
    truth: `SUM(${q.a("pg", "q0")}:${q.a("pg", "q3")})`,
  });
  for (const i of [0, 2, 3])
    b.ok({
      sheet: S,
      cell: q.a("sr", `q${i}`),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `${q.a("re", `q${i}`)}/${q.a("pg", `q${i}`)}*100`,
    });
  for (const c of ["tt", "bt"])
    b.ok({ sheet: S, cell: a(c, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(c, "o0")}:${a(c, "o7")})` });
  for (const i of [0, 1, 2, 4, 5, 6, 7]) {
    b.ok({
      sheet: S,
      cell: a("jm", `o${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("tt", `o${i}`)}+${a("bt", `o${i}`)}`,
    });
    b.ok({
      sheet: S,
      cell: a("kat", `o${i}`),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(${a("nil", `o${i}`)})`,
    });
  }
  return b.finish();
}
