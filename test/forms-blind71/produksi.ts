// Estate-crop production recaps of the provincial Dinas Perkebunan: kelapa sawit perkebunan rakyat
// per kabupaten of Provinsi Kalimantan Tengah (luas TBM / TM / TTM, produksi, produktivitas kg/ha)
// and karet and kelapa per kabupaten of Provinsi Jambi (two tables under each other on one sheet,
// the second typed), plus the monthly NTP of the perkebunan rakyat subsector of Provinsi Jambi with
// its yearly average and a small capaian table beside it. Every region, person and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const id = (n: number): string => n.toLocaleString("en-US");

type Kab = { nama: string; tbm: number; tm: number; ttm: number; prod: number; kk: number };

/** Rekap sawit rakyat 2024, Dinas Perkebunan Provinsi Kalimantan Tengah. */
export function rekapSawitKalteng(): BookW {
  const b = new BookW(
    "rekap-luas-produksi-sawit-rakyat-2024-disbun-kalteng.xlsx",
    "Statistik perkebunan: luas areal TBM/TM/TTM, produksi and produktivitas per kabupaten",
    "No | Kabupaten | 'Luas Areal Tahun 2024 (Ha)' > TBM | TM | TTM | Jumlah | 'Produksi 2024 (Ton TBS)' | 'Produktivitas 2024 (Kg/Ha)' | 'Petani (KK)'; number row with '(6) = (3)+(4)+(5)' and '(8) = (7) : (4) x 1000'",
  );
  const S = "Sawit Rakyat 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TENGAH",
    "DINAS PERKEBUNAN",
    "Jl. Tjilik Riwut Km 5,5 Telp. (0536) 3229471",
  ]);
  s.lines(
    [
      "REKAPITULASI LUAS AREAL, PRODUKSI DAN PRODUKTIVITAS KELAPA SAWIT PERKEBUNAN RAKYAT",
      "Keadaan s.d. Desember 2024 (Angka Sementara)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const ks: Kab[] = [
    { nama: "Kabupaten Tumbang Manjul", tbm: 4218, tm: 18604, ttm: 312, prod: 61393, kk: 7215 },
    { nama: "Kabupaten Sampit Seberang", tbm: 6735, tm: 31482, ttm: 508, prod: 110502, kk: 11840 },
    { nama: "Kabupaten Danau Sembuluh", tbm: 5102, tm: 27916, ttm: 421, prod: 95473, kk: 10266 },
    { nama: "Kabupaten Pangkalan Banteng Raya", tbm: 3890, tm: 22457, ttm: 265, prod: 80620, kk: 8174 },
    { nama: "Kabupaten Kahayan Ulu", tbm: 2146, tm: 8733, ttm: 187, prod: 25326, kk: 3902 },
    { nama: "Kabupaten Barito Tuhup", tbm: 1975, tm: 9318, ttm: 143, prod: 28886, kk: 3611 },
    { nama: "Kabupaten Tewah Hulu", tbm: 1264, tm: 5127, ttm: 96, prod: 14869, kk: 2238 },
    { nama: "Kota Bukit Rawi", tbm: 182, tm: 741, ttm: 22, prod: 2075, kk: 396 },
  ];
  const L = "Luas Areal Tahun 2024 (Ha)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", num: "(2)", width: 32 },
    { key: "tbm", head: [L, "TBM"], role: "realisasi", year: 2024, num: "(3)", fmt: INT, width: 10 },
    { key: "tm", head: [L, "TM"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 10 },
    { key: "ttm", head: [L, "TTM"], role: "realisasi", year: 2024, num: "(5)", fmt: INT, width: 10 },
    {
      key: "jml",
      head: [L, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (3)+(4)+(5)",
      fmt: INT,
      width: 12,
    },
    {
      key: "prod",
      head: ["Produksi 2024 (Ton TBS)"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
      width: 13,
    },
    {
      key: "pv",
      head: ["Produktivitas 2024 (Kg/Ha)"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (7) : (4) x 1000",
      fmt: INT,
      width: 13,
    },
    { key: "kk", head: ["Petani (KK)"], role: "lainnya", num: "(9)", fmt: INT, width: 10 },
  ];
  const rows: Row[] = ks.map((k, i) => ({
    id: `k${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kab: k.nama,
      tbm: k.tbm,
      tm: k.tm,
      ttm: k.ttm,
      // planted: Sampit Seberang typed 38,752 (two digits swapped) among SUM formulas
      jml: i === 1 ? 38752 : fx(`SUM(${c.a("tbm")}:${c.a("ttm")})`),
      prod: k.prod,
      pv: fx(`ROUND(${c.a("prod")}/${c.a("tm")}*1000,0)`),
      kk: k.kk,
    }),
  }));
  const last = `k${ks.length}`;
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kab"],
    cells: (c): Record<string, Cell> => {
      const col = (k: string, to = last) => `SUM(${c.a(k, "k1")}:${c.a(k, to)})`;
      return {
        no: "JUMLAH",
        tbm: fx(col("tbm")),
        tm: fx(col("tm")),
        ttm: fx(col("ttm")),
        jml: fx(col("jml")),
        // planted: the produksi total stops at Tewah Hulu (Kota Bukit Rawi left out)
        prod: fx(col("prod", `k${ks.length - 1}`)),
        pv: fx(`ROUND(${c.a("prod")}/${c.a("tm")}*1000,0)`),
        kk: fx(col("kk")),
      };
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: TBM = Tanaman Belum Menghasilkan; TM = Tanaman Menghasilkan; TTM = Tanaman Tidak Menghasilkan / Rusak.",
    "Produktivitas dihitung dari produksi dibagi luas TM (bukan luas seluruhnya).",
    "Sumber: Laporan Statistik Perkebunan (SIMPERKEB) Dinas Perkebunan Kabupaten/Kota.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Palangka Raya, 20 Februari 2025",
    jabatan: ["Kepala Bidang Produksi Perkebunan,"],
    nama: "Ir. DAMIANUS TINGANG, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720614 199803 1 009",
  });
  const a = (k: string, r: string) => t.a(k, r);
  const k2 = ks[1];
  b.plant({
    at: { sheet: S, cell: a("jml", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Sampit Seberang Jumlah luas is a typed 38,752 among SUM formulas; ${id(k2.tbm)} + ${id(k2.tm)} + ${id(k2.ttm)} = ${id(k2.tbm + k2.tm + k2.ttm)}`,
    truth: `${a("tbm", "k2")}+${a("tm", "k2")}+${a("ttm", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("prod", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH produksi =SUM stops a row short (Kota Bukit Rawi's ${id(ks[7].prod)} ton left out): ${id(sum(ks.slice(0, 7).map((k) => k.prod)))} instead of ${id(sum(ks.map((k) => k.prod)))}`,
    truth: `SUM(${a("prod", "k1")}:${a("prod", last)})`,
  });
  for (const k of ["tbm", "tm", "ttm"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, last)})` });
  for (const r of ["k1", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("jml", r),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a("tbm", r)}+${a("tm", r)}+${a("ttm", r)}`,
    });
  // trap: produktivitas divides by TM, not by the Jumlah luas
  b.ok({
    sheet: S,
    cell: a("pv", "k4"),
    rules: ["ratio-components-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("prod", "k4")}/${a("tm", "k4")}*1000,0)`,
    trap: `ROUND(${a("prod", "k4")}/${a("jml", "k4")}*1000,0)`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("kk", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("kk", "k1")}:${a("kk", last)})`,
  });
  return b.finish();
}

type KabJ = { nama: string; tbm: number; tm: number; tt: number; prod: number };

/** Karet and kelapa per kabupaten 2024, Dinas Perkebunan Provinsi Jambi: two tables on one sheet. */
export function karetKelapaJambi(): BookW {
  const b = new BookW(
    "luas-produksi-karet-kelapa-per-kabupaten-2024-disbun-jambi.xlsx",
    "Statistik perkebunan: karet (formulas) and kelapa dalam (typed) per kabupaten, two tables under each other",
    "A. Karet: No | Kabupaten/Kota | 'Luas (Ha)' > TBM | TM | TT/TR | Total | 'Produksi (Ton Karet Kering)' | 'Rata-rata Produksi (Kg/Ha/Th)' | Wujud Produksi; B. Kelapa Dalam: Kabupaten/Kota | 'Areal (Ha)' > Belum Menghasilkan | Menghasilkan | Tua/Rusak | Jumlah | 'Produksi Kopra (Ton)' | Produktivitas (Kg/Ha), no No column, everything typed",
  );
  const S = "Karet & Kelapa";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERKEBUNAN PROVINSI JAMBI", "Jl. Arif Rahman Hakim No. 31 Telanaipura, Jambi"]);
  s.lines(["LUAS AREAL DAN PRODUKSI PERKEBUNAN RAKYAT MENURUT KABUPATEN/KOTA TAHUN 2024"], 1, { bold: true });
  s.gap();
  s.lines(["A. KARET"], 1, { bold: true });
  const kr: KabJ[] = [
    { nama: "Batang Asai", tbm: 12480, tm: 58316, tt: 6215, prod: 55692 },
    { nama: "Tembesi Hilir", tbm: 9876, tm: 47205, tt: 5120, prod: 42012 },
    { nama: "Pelepat Raya", tbm: 14302, tm: 66918, tt: 7844, prod: 66249 },
    { nama: "Sungai Bengkal", tbm: 7215, tm: 39804, tt: 3968, prod: 35426 },
    { nama: "Tungkal Seberang", tbm: 3128, tm: 15260, tt: 2231, prod: 12208 },
    { nama: "Rantau Ikil", tbm: 8640, tm: 42175, tt: 4409, prod: 39224 },
    { nama: "Kota Sungai Asam", tbm: 96, tm: 412, tt: 58, prod: 305 },
  ];
  const L = "Luas (Ha)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", width: 22 },
    { key: "tbm", head: [L, "TBM"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "tm", head: [L, "TM"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "tt", head: [L, "TT/TR"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "jml", head: [L, "Total"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
    {
      key: "prod",
      head: ["Produksi (Ton Karet Kering)"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 13,
    },
    {
      key: "pv",
      head: ["Rata-rata Produksi (Kg/Ha/Th)"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 13,
    },
    { key: "wj", head: ["Wujud Produksi"], role: "keterangan", width: 14 },
  ];
  const rows: Row[] = kr.map((k, i) => ({
    id: `r${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kab: k.nama,
      tbm: k.tbm,
      tm: k.tm,
      tt: k.tt,
      jml: fx(`${c.a("tbm")}+${c.a("tm")}+${c.a("tt")}`),
      prod: k.prod,
      // planted: Pelepat Raya divides by the Total luas instead of TM
      pv: fx(
        i === 2 ? `ROUND(${c.a("prod")}/${c.a("jml")}*1000,0)` : `ROUND(${c.a("prod")}/${c.a("tm")}*1000,0)`,
      ),
      wj: i === 6 ? "lateks" : "slab / lump",
    }),
  }));
  const lastR = `r${kr.length}`;
  rows.push({
    id: "rt",
    bold: true,
    span: ["no", "kab"],
    cells: (c): Record<string, Cell> => {
      const col = (k: string) => `SUM(${c.a(k, "r1")}:${c.a(k, lastR)})`;
      return {
        no: "Jumlah",
        tbm: fx(col("tbm")),
        tm: fx(col("tm")),
        tt: fx(col("tt")),
        jml: fx(col("jml")),
        prod: fx(col("prod")),
        pv: fx(`ROUND(${c.a("prod")}/${c.a("tm")}*1000,0)`),
        wj: "-",
      };
    },
  });
  const t1 = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["B. KELAPA DALAM"], 1, { bold: true });
  const kl: KabJ[] = [
    { nama: "Batang Asai", tbm: 318, tm: 2146, tt: 402, prod: 2318 },
    { nama: "Tembesi Hilir", tbm: 265, tm: 1873, tt: 311, prod: 1966 },
    { nama: "Pelepat Raya", tbm: 142, tm: 904, tt: 187, prod: 859 },
    { nama: "Sungai Bengkal", tbm: 96, tm: 688, tt: 120, prod: 640 },
    { nama: "Tungkal Seberang", tbm: 4815, tm: 41267, tt: 6932, prod: 46219 },
    { nama: "Rantau Ikil", tbm: 208, tm: 1395, tt: 264, prod: 1367 },
    { nama: "Kota Sungai Asam", tbm: 35, tm: 214, tt: 41, prod: 197 },
  ];
  const A = "Areal (Ha)";
  const cols2: Col[] = [
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", width: 22 },
    { key: "tbm", head: [A, "Belum Menghasilkan"], role: "realisasi", year: 2024, fmt: INT },
    { key: "tm", head: [A, "Menghasilkan"], role: "realisasi", year: 2024, fmt: INT },
    { key: "tt", head: [A, "Tua/Rusak"], role: "realisasi", year: 2024, fmt: INT },
    { key: "jml", head: [A, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
    { key: "prod", head: ["Produksi Kopra (Ton)"], role: "realisasi", year: 2024, fmt: INT },
    { key: "pv", head: ["Produktivitas (Kg/Ha)"], role: "realisasi", year: 2024, fmt: INT },
  ];
  const tot = (f: (k: KabJ) => number) => sum(kl.map(f));
  const tmTrue = tot((k) => k.tm);
  const rows2: Row[] = kl.map((k, i) => ({
    id: `l${i + 1}`,
    cells: {
      kab: k.nama,
      tbm: k.tbm,
      tm: k.tm,
      tt: k.tt,
      jml: k.tbm + k.tm + k.tt,
      prod: k.prod,
      pv: round((k.prod / k.tm) * 1000, 0),
    },
  }));
  // planted: the typed Jumlah TM has two digits swapped (48,487 -> 48,847)
  const tmTyped = 48847;
  rows2.push({
    id: "lt",
    bold: true,
    cells: {
      kab: "Jumlah",
      tbm: tot((k) => k.tbm),
      tm: tmTyped,
      tt: tot((k) => k.tt),
      jml: tot((k) => k.tbm + k.tm + k.tt),
      prod: tot((k) => k.prod),
      pv: round((tot((k) => k.prod) / tmTrue) * 1000, 0),
    },
  });
  const t2 = s.table({ cols: cols2, headerRows: 2, rows: rows2 });
  s.gap();
  s.lines([
    "Catatan: TT/TR = tanaman tua / rusak. Rata-rata produksi = produksi : luas TM.",
    "Angka kelapa dalam diketik dari rekap manual kabupaten (belum masuk SIMPERKEB).",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Jambi, 3 Maret 2025",
    jabatan: ["a.n. Kepala Dinas Perkebunan Provinsi Jambi", "Sekretaris,"],
    nama: "H. SYAHRIAL MUNTHE, S.P., M.M.",
    nip: "19760921 200212 1 004",
  });
  const a = (k: string, r: string) => t1.a(k, r);
  const b2 = (k: string, r: string) => t2.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("pv", "r3") },
    rules: ["ratio-components-mismatch", "inconsistent-formula"],
    note: `karet Pelepat Raya rata-rata produksi =ROUND(produksi/Total*1000) = ${round((66249 / (14302 + 66918 + 7844)) * 1000, 0)}; the column divides by TM: 66,249 / 66,918 x 1000 = ${round((66249 / 66918) * 1000, 0)}`,
    truth: `ROUND(${a("prod", "r3")}/${a("tm", "r3")}*1000,0)`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: b2("tm", "lt") },
    rules: ["sum-mismatch"],
    note: `kelapa dalam typed Jumlah Menghasilkan 48,847; the seven kabupaten give ${id(tmTrue)} (two digits swapped)`,
    truth: `SUM(${b2("tm", "l1")}:${b2("tm", "l7")})`,
  });
  for (const k of ["tbm", "tt", "jml", "prod"])
    b.ok({ sheet: S, cell: a(k, "rt"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "r1")}:${a(k, lastR)})` });
  b.ok({
    sheet: S,
    cell: a("pv", "rt"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("prod", "rt")}/${a("tm", "rt")}*1000,0)`,
    trap: `SUM(${a("pv", "r1")}:${a("pv", lastR)})`,
    tol: 0.5,
  });
  for (const k of ["tbm", "tt", "jml", "prod"])
    b.ok({
      sheet: S,
      cell: b2(k, "lt"),
      rules: ["sum-mismatch"],
      truth: `SUM(${b2(k, "l1")}:${b2(k, "l7")})`,
    });
  b.ok({
    sheet: S,
    cell: b2("jml", "l5"),
    rules: ["sum-mismatch"],
    truth: `${b2("tbm", "l5")}+${b2("tm", "l5")}+${b2("tt", "l5")}`,
  });
  b.ok({
    sheet: S,
    cell: b2("pv", "l5"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${b2("prod", "l5")}/${b2("tm", "l5")}*1000,0)`,
    trap: `ROUND(${b2("prod", "l5")}/${b2("jml", "l5")}*1000,0)`,
    tol: 0.5,
  });
  return b.finish();
}

/** NTP subsektor perkebunan rakyat per bulan 2024, Provinsi Jambi, with the yearly average. */
export function ntpPerkebunanJambi(): BookW {
  const b = new BookW(
    "ntp-subsektor-perkebunan-rakyat-bulanan-2024-jambi.xlsx",
    "NTP (Nilai Tukar Petani) subsector table per month with the yearly average and a capaian table beside it",
    "Bulan | 'Indeks Harga Diterima Petani (It)' | 'Indeks Harga Dibayar Petani (Ib)' | 'NTPR (It/Ib x 100)' | 'Perubahan thd Bulan Sebelumnya (%)'; a base row Desember 2023, months, Rata-rata 2024 (AVERAGE); beside it after one empty column: Indikator | Satuan | Target 2024 | Realisasi 2024 | Capaian (%)",
  );
  const S = "NTPR 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERKEBUNAN PROVINSI JAMBI", "Seksi Data dan Informasi"]);
  s.lines(
    [
      "Perkembangan Nilai Tukar Petani Subsektor Perkebunan Rakyat (NTPR) Provinsi Jambi Tahun 2024 (2018=100)",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const months = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const it = [158.42, 160.17, 163.85, 166.02, 164.71, 161.93, 165.28, 169.44, 171.06, 174.39, 178.12, 180.55];
  const ib = [121.36, 121.84, 122.47, 122.93, 123.08, 123.31, 123.62, 123.9, 124.15, 124.48, 124.87, 125.2];
  const top = s.r;
  const cols: Col[] = [
    { key: "bln", head: ["Bulan"], role: "lainnya", width: 16 },
    {
      key: "it",
      head: ["Indeks Harga Diterima Petani (It)"],
      role: "realisasi",
      year: 2024,
      fmt: DEC,
      width: 13,
    },
    {
      key: "ib",
      head: ["Indeks Harga Dibayar Petani (Ib)"],
      role: "realisasi",
      year: 2024,
      fmt: DEC,
      width: 13,
    },
    { key: "ntp", head: ["NTPR (It/Ib x 100)"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    { key: "ch", head: ["Perubahan thd Bulan Sebelumnya (%)"], role: "pertumbuhan", fmt: DEC, width: 13 },
  ];
  const rows: Row[] = [
    {
      id: "base",
      cells: (c) => ({
        bln: "Desember 2023",
        it: 156.9,
        ib: 120.95,
        ntp: fx(`ROUND(${c.a("it")}/${c.a("ib")}*100,2)`),
      }),
    },
    ...months.map((m, i): Row => ({
      id: `m${i + 1}`,
      cells: (c): Record<string, Cell> => {
        const prev = i === 0 ? "base" : `m${i}`;
        return {
          bln: m,
          it: it[i],
          ib: ib[i],
          // planted: July typed, digits swapped (133.70 -> 137.30)
          ntp: i === 6 ? 137.3 : fx(`ROUND(${c.a("it")}/${c.a("ib")}*100,2)`),
          ch: fx(`ROUND((${c.a("ntp")}/${c.a("ntp", prev)}-1)*100,2)`),
        };
      },
    })),
    {
      id: "avg",
      bold: true,
      cells: (c) => ({
        bln: "Rata-rata 2024",
        it: fx(`ROUND(AVERAGE(${c.a("it", "m1")}:${c.a("it", "m12")}),2)`),
        ib: fx(`ROUND(AVERAGE(${c.a("ib", "m1")}:${c.a("ib", "m12")}),2)`),
        ntp: fx(`ROUND(AVERAGE(${c.a("ntp", "m1")}:${c.a("ntp", "m12")}),2)`),
      }),
    },
  ];
  const t = s.table({ cols, headerRows: 1, rows }, 1, top);
  const cols2: Col[] = [
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const avgAddr = t.a("ntp", "avg");
  const decAddr = t.a("ntp", "m12");
  const rows2: Row[] = [
    {
      id: "n1",
      cells: (c) => ({
        ind: "Nilai Tukar Petani Subsektor Perkebunan Rakyat (NTPR)",
        sat: "indeks",
        t: 128.5,
        // planted: the realisasi points at December instead of the yearly average
        r: fx(decAddr),
        cp: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      }),
    },
    {
      id: "n2",
      cells: (c) => ({
        ind: "Indeks Harga Dibayar Petani (Ib) rata-rata",
        sat: "indeks",
        t: 124,
        r: fx(t.a("ib", "avg")),
        cp: fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`),
      }),
    },
  ];
  const t2 = s.table({ cols: cols2, headerRows: 1, rows: rows2 }, 7, top);
  s.r = t.lastDataRow + 2;
  s.lines([
    "Sumber: BPS Provinsi Jambi (Berita Resmi Statistik NTP bulanan), diolah. Realisasi tahunan NTPR = rata-rata NTPR bulanan.",
    "Ib semakin rendah semakin baik (biaya produksi dan konsumsi rumah tangga petani); capaian = (2 x target - realisasi) : target x 100.",
  ]);
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("ntp", "m7") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: `NTPR Juli typed 137.30 among ROUND(It/Ib*100) formulas; 165.28 / 123.62 x 100 = ${round((165.28 / 123.62) * 100, 2)} (digits swapped)`,
    truth: `ROUND(${a("it", "m7")}/${a("ib", "m7")}*100,2)`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("r", "n1") },
        { sheet: S, cell: avgAddr },
      ],
    },
    rules: ["cross-table-mismatch"],
    note:
      "realisasi 2024 of the NTPR in the capaian table is =" +
      decAddr +
      " (December, 144.21); the yearly realisasi is the Rata-rata 2024 of the monthly table",
    truth: avgAddr,
    actual: t2.a("r", "n1"),
  });
  b.ok({
    sheet: S,
    cell: avgAddr,
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("ntp", "m1")}:${a("ntp", "m12")}),2)`,
    trap: `SUM(${a("ntp", "m1")}:${a("ntp", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("it", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("it", "m1")}:${a("it", "m12")}),2)`,
    trap: `SUM(${a("it", "m1")}:${a("it", "m12")})`,
  });
  for (const m of ["m5", "m6"])
    b.ok({
      sheet: S,
      cell: a("ch", m),
      rules: ["percent-out-of-range", "growth-mismatch"],
      truth: `ROUND((${a("ntp", m)}/${a("ntp", m === "m5" ? "m4" : "m5")}-1)*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ntp", "m12"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("it", "m12")}/${a("ib", "m12")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("cp", "n2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t2.a("t", "n2")}-${t2.a("r", "n2")})/${t2.a("t", "n2")}*100,2)`,
    trap: `ROUND(${t2.a("r", "n2")}/${t2.a("t", "n2")}*100,2)`,
  });
  return b.finish();
}
