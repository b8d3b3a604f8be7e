// LKjIP (Kabupaten Lembah Sirandah), PK beside its Renstra IKU (Kota Banua Rindang), and two recaps of
// Dinas Koperasi dan UKM: kesehatan koperasi and RAT per kecamatan; KUR per triwulan beside pelatihan UMKM.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 Tabel 3.1: capaian as fractions shown in %, refleksi on (-) indicators, Kategori words. */
export function lkjipKoperasi(): BookW {
  const b = new BookW(
    "lkjip-2024-diskopukm-lembah-sirandah-322.xlsx",
    "LKjIP pengukuran kinerja (Koperasi UKM)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran (merged) | Indikator (negatives marked (-)) | Satuan | Kinerja 2024 > Target/Realisasi/% Capaian (fraction, % format) | Kategori | Realisasi tahun sebelumnya > 2023/2022 | Target akhir Renstra 2026 | Capaian thd Renstra (%)",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Dinas Koperasi dan UKM Kabupaten Lembah Sirandah Tahun 2024",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas kelembagaan koperasi";
  const SAS2 = "Meningkatnya daya saing dan akses pembiayaan UMKM";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase koperasi aktif",
      sat: "%",
      neg: false,
      t: 68,
      r: 66.4,
      r23: 64.1,
      r22: 61.8,
      ak: 75,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase koperasi aktif berpredikat sehat",
      sat: "%",
      neg: false,
      t: 41,
      r: 41.3,
      r23: 38.2,
      r22: 35.6,
      ak: 45,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase koperasi aktif yang tidak melaksanakan RAT (-)",
      sat: "%",
      neg: true,
      t: 30,
      r: 27.6,
      r23: 33.4,
      r22: 36.9,
      ak: 20,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase usaha mikro yang naik kelas",
      sat: "%",
      neg: false,
      t: 9.5,
      r: 9.62,
      r23: 7.85,
      r22: 6.4,
      ak: 12,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Rasio kredit bermasalah (NPL) KUR UMKM binaan (-)",
      sat: "%",
      neg: true,
      t: 3,
      r: 3.6,
      r23: 3.9,
      r22: 4.3,
      ak: 2.5,
    },
    {
      id: "i6",
      sas: SAS2,
      ind: "Jumlah wirausaha baru hasil pelatihan",
      sat: "orang",
      neg: false,
      t: 250,
      r: 212,
      r23: 187,
      r22: 164,
      ak: 300,
    },
  ];
  const K = "Kinerja Tahun 2024";
  const RS = "Realisasi Tahun Sebelumnya";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [K, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [K, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [K, "% Capaian"], role: "capaian", year: 2024, fmt: PCT },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 13 },
    { key: "r23", head: [RS, "2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "r22", head: [RS, "2022"], role: "realisasi", year: 2022, fmt: DEC },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "cak", head: ["Capaian s.d. 2024 terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  // planted: i5 (NPL, negative) with the positive formula copied down (120.00 %; refleksi 80.00 %);
  // i6 "Sangat Baik" for 84.80 % (Baik)
  const cap = (i: (typeof I)[number]) => (i.neg ? (2 * i.t - i.r) / i.t : i.r / i.t);
  const rows: Row[] = I.map((i, n) => ({
    id: i.id,
    cells: (x) => ({
      no: n + 1,
      sas: i.sas,
      ind: i.ind,
      sat: i.sat,
      t: i.t,
      r: i.r,
      c:
        i.neg && i.id !== "i5"
          ? fx(`=(2*${x.a("t")}-${x.a("r")})/${x.a("t")}`)
          : fx(`=${x.a("r")}/${x.a("t")}`),
      kat: i.id === "i6" ? "Sangat Baik" : predikatBaik((i.id === "i5" ? i.r / i.t : cap(i)) * 100),
      r23: i.r23,
      r22: i.r22,
      ak: i.ak,
      cak: i.neg
        ? fx(`=ROUND((2*${x.a("ak")}-${x.a("r")})/${x.a("ak")}*100,2)`)
        : fx(`=ROUND(${x.a("r")}/${x.a("ak")}*100,2)`),
    }),
  }));
  const avg = sum(I.map((i) => (i.id === "i5" ? i.r / i.t : cap(i)))) / I.length;
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (x) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`=AVERAGE(${x.a("c", "i1")}:${x.a("c", "i6")})`),
      kat: predikatBaik(avg * 100),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: capaian indikator bertanda (-) dihitung (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90% Sangat Baik; > 75% s.d. 90% Baik; > 65% s.d. 75% Cukup; > 50% s.d. 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  const tol = 0.0001;
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "NPL KUR (lower is better) computed R/T = 120.00 %; refleksi (2T-R)/T gives 80.00 %",
    truth: `=(2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}`,
    tol,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i6") },
    rules: ["predikat-mismatch"],
    note: '"Sangat Baik" for a capaian of 84.80 %; > 75 to 90 is Baik',
    truth: `=PREDIKAT_BAIK(${a("c", "i6")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `=(2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}`,
    trap: `=${a("r", "i3")}/${a("t", "i3")}`,
    tol,
  });
  for (const id of ["i1", "i2", "i4", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `=${a("r", id)}/${a("t", id)}`,
      tol,
    });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["predikat-mismatch"],
      truth: `=PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  b.ok({
    sheet: S,
    cell: a("cak", "i3"),
    rules: ["capaian-mismatch"],
    truth: `=(2*${a("ak", "i3")}-${a("r", "i3")})/${a("ak", "i3")}*100`,
    trap: `=${a("r", "i3")}/${a("ak", "i3")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "i1"),
    rules: ["capaian-mismatch"],
    truth: `=${a("r", "i1")}/${a("ak", "i1")}*100`,
  });
  return b;
}

/** PK 2025 (statement page, indicator table, program table with a stale Jumlah) beside the IKU of the Renstra. */
export function pkKoperasi(): BookW {
  const b = new BookW(
    "pk-2025-diskopukm-banua-rindang-322.xlsx",
    "Perjanjian Kinerja + Renstra (Koperasi UKM)",
    "Sheet PK 2025: statement, No | Sasaran (merged) | Indikator | Satuan | Target 2025; No | Program | Anggaran (Rp) | Keterangan + Jumlah (SUM, stale). Sheet IKU Renstra: Renstra 2025-2029, Kondisi awal 2024 | Tahun ke-1..5 | Kondisi akhir",
  );
  const P = "PK 2025";
  const R = "IKU Renstra";
  const p = b.sheet(P);
  const IKU = [
    {
      id: "a",
      sas: "Meningkatnya kualitas kelembagaan dan SDM koperasi",
      ind: "Persentase koperasi yang pengurusnya terlatih",
      awal: 32.5,
      k: [36, 40, 44, 48, 52],
    },
    {
      id: "b",
      sas: "Meningkatnya kualitas kelembagaan dan SDM koperasi",
      ind: "Persentase koperasi aktif yang melaksanakan RAT tepat waktu",
      awal: 58.4,
      k: [61, 64, 67, 70, 73],
    },
    {
      id: "c",
      sas: "Meningkatnya kualitas kelembagaan dan SDM koperasi",
      ind: "Persentase koperasi sehat",
      awal: 30.8,
      k: [33, 35, 37.5, 40, 42.5],
    },
    {
      id: "d",
      sas: "Meningkatnya akses pembiayaan dan skala usaha mikro",
      ind: "Persentase UMKM binaan yang mengakses pembiayaan (KUR)",
      awal: 18.4,
      k: [20, 22.5, 25, 27.5, 30],
    },
    {
      id: "e",
      sas: "Meningkatnya akses pembiayaan dan skala usaha mikro",
      ind: "Persentase pertumbuhan omzet UMKM binaan",
      awal: 4.2,
      k: [5, 6, 7, 8, 9],
    },
  ];
  // the Renstra sheet first (the PK refers to nothing on it; the checker must match by indicator)
  const r = b.sheet(R);
  r.lines([
    "Tabel 4.2 Indikator Kinerja Utama Dinas Koperasi, Usaha Kecil dan Menengah",
    "Rencana Strategis Kota Banua Rindang 2025-2029",
  ]);
  r.gap();
  const rt = r.table({
    headerRows: 2,
    numberRow: "plain",
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 2, width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: 4, fmt: DEC },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `k${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: 4 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", num: 10, fmt: DEC },
    ],
    rows: IKU.map((i, n) => ({
      id: i.id,
      cells: {
        no: n + 1,
        ind: i.ind,
        sat: "%",
        awal: i.awal,
        ...Object.fromEntries(i.k.map((v, j) => [`k${j + 1}`, v])),
        ak: i.k[4],
      },
    })),
  });

  letterhead(p, ["PEMERINTAH KOTA BANUA RINDANG", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Hj. NOORLAILA RAHMAH, S.E., M.M.   Jabatan : Kepala Dinas Koperasi, Usaha Kecil dan Menengah",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  p.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS KOPERASI, USAHA KECIL DAN MENENGAH KOTA BANUA RINDANG"]);
  p.gap();
  // planted: Persentase koperasi sehat 35 = Renstra Tahun ke-2 (2026); Tahun ke-1 (2025) is 33
  const t1 = p.table({
    headerRows: 1,
    vmerge: ["sas"],
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    rows: IKU.map((i, n) => ({
      id: i.id,
      cells: { no: n + 1, sas: i.sas, ind: i.ind, sat: "%", tg: i.id === "c" ? i.k[1] : i.k[0] },
    })),
  });
  p.gap();
  const PR = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_318_265_400],
    ["Program Pengawasan dan Pemeriksaan Koperasi", 486_500_000],
    ["Program Penilaian Kesehatan KSP/USP", 372_150_000],
    ["Program Pendidikan dan Latihan Perkoperasian", 610_750_000],
    ["Program Pemberdayaan dan Perlindungan Koperasi", 295_400_000],
    ["Program Pengembangan UMKM", 640_600_000],
  ] as const;
  // planted: Jumlah =SUM(..) with the cached result of an earlier version (6,696,465,400)
  const t2 = p.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    rows: [
      ...PR.map(([prog, rp], n): Row => ({ id: `g${n}`, cells: { no: n + 1, prog, rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({
          prog: "Jumlah",
          rp: fx(`=SUM(${x.a("rp", "g0")}:${x.a("rp", "g5")})`, 6_696_465_400),
        }),
      },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Banua Rindang, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Koperasi, Usaha Kecil dan Menengah"],
    nama: "Hj. NOORLAILA RAHMAH, S.E., M.M.",
    nip: "19740322 200012 2 004",
  });
  b.finish();
  const ref = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("tg", "c") },
        { sheet: R, cell: rt.a("k1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 35 for persentase koperasi sehat is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 33",
    truth: `=${ref("k1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM(..) shows a stale 6,696,465,400; the six programs add up to 6,723,665,400",
    truth: `=${PR.map((_, n) => t2.a("rp", `g${n}`)).join("+")}`,
  });
  for (const id of ["a", "b", "d", "e"])
    b.ok({ sheet: P, cell: t1.a("tg", id), rules: ["cross-table-mismatch"], truth: `=${ref("k1", id)}` });
  for (const i of IKU)
    b.ok({
      sheet: R,
      cell: rt.a("ak", i.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `=${rt.a("k5", i.id)}`,
      trap: `=${[1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, i.id)).join("+")}`,
    });
  return b;
}

/** Kesehatan koperasi and RAT per kecamatan, with a Jumlah row whose % are ratios of totals. */
export function rekapKesehatanKoperasi(): BookW {
  const b = new BookW(
    "rekap-kesehatan-koperasi-rat-per-kecamatan-lembah-sirandah-322.xlsx",
    "Rekap kesehatan koperasi dan RAT per kecamatan",
    "Kecamatan | Koperasi aktif | Dinilai (3)=(4)+..+(7) | Hasil penilaian kesehatan: Sehat / Cukup Sehat / Dalam Pengawasan / DPK | % Sehat (8)=(4)/(3)x100 | RAT | % RAT (10)=(9)/(2)x100; no No column; Jumlah row with SUM formulas",
  );
  const S = "Rekap Kesehatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KOPERASI DAN UKM KABUPATEN LEMBAH SIRANDAH",
    "Bidang Kelembagaan dan Pengawasan Koperasi",
  ]);
  s.lines([
    "REKAPITULASI HASIL PENILAIAN KESEHATAN KSP/USP KOPERASI DAN PELAKSANAAN RAT TAHUN BUKU 2023",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const D: Array<[string, number, number, number, number, number, number]> = [
    ["Lubuk Sirandah", 42, 14, 11, 5, 2, 36],
    ["Koto Baru Ampek", 27, 9, 5, 2, 0, 24],
    ["Sungai Talang", 31, 10, 8, 3, 1, 25],
    ["Batang Gadih", 19, 5, 4, 2, 1, 14],
    ["Pasa Usang", 24, 7, 6, 3, 0, 19],
    ["Tanjung Ampalu", 35, 12, 9, 4, 2, 29],
    ["Air Dingin", 16, 4, 3, 2, 1, 11],
    ["Lareh Nan Panjang", 22, 6, 6, 2, 1, 17],
  ];
  const H = "Hasil Penilaian Kesehatan";
  const cols: Col[] = [
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 20 },
    { key: "aktif", head: ["Koperasi Aktif (unit)"], role: "lainnya", num: "(2)", fmt: INT },
    { key: "dn", head: ["KSP/USP yang Dinilai"], role: "lainnya", num: "(3)=(4)+(5)+(6)+(7)", fmt: INT },
    { key: "sh", head: [H, "Sehat"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "cs", head: [H, "Cukup Sehat"], role: "lainnya", num: "(5)", fmt: INT },
    { key: "dp", head: [H, "Dalam Pengawasan"], role: "lainnya", num: "(6)", fmt: INT },
    { key: "dpk", head: [H, "Dalam Pengawasan Khusus"], role: "lainnya", num: "(7)", fmt: INT },
    { key: "ps", head: ["% Sehat"], role: "capaian", num: "(8)=(4)/(3)x100", fmt: DEC },
    {
      key: "rat",
      head: ["Koperasi yang Melaksanakan RAT"],
      role: "realisasi",
      year: 2024,
      num: "(9)",
      fmt: INT,
    },
    { key: "pr", head: ["% RAT"], role: "capaian", num: "(10)=(9)/(2)x100", fmt: DEC },
  ];
  // planted: Koto Baru Ampek % RAT typed 112.50 (aktif / RAT, upside down); 24 / 27 gives 88.89.
  // Jumlah RAT =SUM one row short (misses Lareh Nan Panjang): 158 instead of 175
  const rows: Row[] = D.map(([kec, aktif, sh, cs, dp, dpk, rat], n) => ({
    id: `k${n}`,
    cells: {
      kec,
      aktif,
      dn: sh + cs + dp + dpk,
      sh,
      cs,
      dp,
      dpk,
      ps: round((sh / (sh + cs + dp + dpk)) * 100),
      rat,
      pr: n === 1 ? round((aktif / rat) * 100) : round((rat / aktif) * 100),
    },
  }));
  const last = `k${D.length - 1}`;
  rows.push({
    id: "jml",
    bold: true,
    cells: (x) => ({
      kec: "Jumlah",
      ...Object.fromEntries(
        ["aktif", "dn", "sh", "cs", "dp", "dpk"].map((k) => [k, fx(`=SUM(${x.a(k, "k0")}:${x.a(k, last)})`)]),
      ),
      rat: fx(`=SUM(${x.a("rat", "k0")}:${x.a("rat", `k${D.length - 2}`)})`),
      ps: fx(`=ROUND(${x.a("sh")}/${x.a("dn")}*100,2)`),
      pr: fx(`=ROUND(${x.a("rat")}/${x.a("aktif")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: hasil penilaian kesehatan KSP/USP oleh Tim Penilai Kabupaten dan laporan RAT koperasi."]);
  s.gap();
  signature(s, 8, {
    tempat: "Lubuk Sirandah, 10 Januari 2025",
    jabatan: ["Kepala Bidang Kelembagaan dan Pengawasan Koperasi"],
    nama: "ERNI YULIASTUTI, S.E.",
    nip: "19800517 200604 2 011",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => D.map((_, n) => a(k, `k${n}`));
  b.plant({
    at: { sheet: S, cell: a("pr", "k1") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "% RAT typed 112.50 (koperasi aktif / RAT, upside down); 24 / 27 x 100 = 88.89",
    truth: `=${a("rat", "k1")}/${a("aktif", "k1")}*100`,
  });
  b.plant({
    at: { sheet: S, cell: a("rat", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah RAT =SUM one row short (misses Lareh Nan Panjang): 158; the kecamatan add up to 175",
    truth: `=${col("rat").join("+")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ps", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `=${a("sh", "jml")}/${a("dn", "jml")}*100`,
    trap: `=AVERAGE(${a("ps", "k0")}:${a("ps", last)})`,
  });
  for (const k of ["aktif", "dn", "sh", "dpk"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `=${col(k).join("+")}` });
  for (const n of [0, 2, 5]) {
    const id = `k${n}`;
    b.ok({
      sheet: S,
      cell: a("dn", id),
      rules: ["sum-mismatch"],
      truth: `=${["sh", "cs", "dp", "dpk"].map((k) => a(k, id)).join("+")}`,
    });
    b.ok({
      sheet: S,
      cell: a("ps", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `=${a("sh", id)}/${a("dn", id)}*100`,
    });
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `=${a("rat", id)}/${a("aktif", id)}*100`,
    });
  }
  return b;
}

/** KUR per triwulan (left) and pelatihan UMKM (right, one empty column between) on one sheet. */
export function rekapKurPelatihan(): BookW {
  const b = new BookW(
    "rekap-kur-pelatihan-umkm-triwulan-banua-rindang-322.xlsx",
    "Rekap KUR per triwulan + pelatihan UMKM (side by side)",
    "Left: Triwulan | Penyaluran KUR > Debitur / Nilai (Rp juta) | Rata-rata per debitur | Porsi (%) + Jumlah; right after one empty column: No | Jenis pelatihan | Peserta (orang) > L / P / Jumlah (unmerged group) | Anggaran | Realisasi | Serapan (%) + Jumlah (realisasi typed from SP2D)",
  );
  const S = "KUR & Pelatihan 2024";
  const s = b.sheet(S);
  s.lines([
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH KOTA BANUA RINDANG",
    "Rekapitulasi Penyaluran KUR UMKM Binaan dan Pelatihan UMKM Tahun 2024",
  ]);
  s.gap();
  const top = s.r;
  const TW: Array<[string, number, number]> = [
    ["Triwulan I", 412, 8_240],
    ["Triwulan II", 538, 13_265.8],
    ["Triwulan III", 605, 14_902.4],
    ["Triwulan IV", 497, 12_187.3],
  ];
  // planted: Triwulan II rata-rata =ROUND(C/B,2) with a stale cached 22.87; 13,265.8 / 538 = 24.66
  const ta = s.table(
    {
      headerRows: 2,
      cols: [
        { key: "tw", head: ["Triwulan"], width: 14 },
        { key: "deb", head: ["Penyaluran KUR", "Debitur"], role: "realisasi", year: 2024, fmt: INT },
        {
          key: "nil",
          head: ["Penyaluran KUR", "Nilai (Rp juta)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: "#,##0.0",
        },
        { key: "avg", head: ["Rata-rata Plafon per Debitur (Rp juta)"], role: "lainnya", fmt: DEC },
        { key: "porsi", head: ["Porsi (%)"], role: "lainnya", fmt: DEC },
      ],
      rows: [
        ...TW.map(([tw, deb, nil], n): Row => ({
          id: `q${n}`,
          cells: (x) => ({
            tw,
            deb,
            nil,
            avg: fx(`=ROUND(${x.a("nil")}/${x.a("deb")},2)`, n === 1 ? 22.87 : undefined),
            porsi: fx(`=ROUND(${x.a("nil")}/${x.a("nil", "jml")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            deb: fx(`=SUM(${x.a("deb", "q0")}:${x.a("deb", "q3")})`),
            nil: fx(`=SUM(${x.a("nil", "q0")}:${x.a("nil", "q3")})`),
            avg: fx(`=ROUND(${x.a("nil")}/${x.a("deb")},2)`),
            porsi: fmt(100, DEC),
          }),
        },
      ],
    },
    1,
    top,
  );
  const PL: Array<[string, number, number, number, number]> = [
    ["Pelatihan kewirausahaan pemula", 48, 72, 186_400_000, 179_655_000],
    ["Pelatihan pemasaran digital UMKM", 35, 65, 152_750_000, 148_320_500],
    ["Pelatihan pengemasan produk dan sertifikasi halal", 22, 58, 178_450_000, 187_045_000],
    ["Pelatihan pembukuan sederhana koperasi", 40, 30, 96_800_000, 94_215_000],
    ["Pelatihan manajemen KSP/USP", 28, 22, 124_600_000, 121_980_000],
  ];
  // planted: realisasi of the halal training typed 187,045,000 (78 -> 87) above its pagu 178,450,000;
  // the SP2D total 722,215,500 says 178,045,000
  const TRUE3 = 178_045_000;
  const REAL = sum(PL.map((p, n) => (n === 2 ? TRUE3 : p[4])));
  const PS = "Peserta (orang)";
  const tb = s.table(
    {
      headerRows: 2,
      groups: "first",
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "jp", head: ["Jenis Pelatihan"], role: "indikator", width: 34 },
        { key: "l", head: [PS, "L"], role: "lainnya", fmt: INT, width: 7 },
        { key: "p", head: [PS, "P"], role: "lainnya", fmt: INT, width: 7 },
        { key: "j", head: [PS, "Jumlah"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
        { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", fmt: DEC },
      ],
      rows: [
        ...PL.map(([jp, l, p, ang, real], n): Row => ({
          id: `p${n}`,
          cells: (x) => ({
            no: n + 1,
            jp,
            l,
            p,
            j: fx(`=${x.a("l")}+${x.a("p")}`),
            ang,
            real,
            ser: fx(`=ROUND(${x.a("real")}/${x.a("ang")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            jp: "Jumlah",
            ...Object.fromEntries(
              ["l", "p", "j", "ang"].map((k) => [k, fx(`=SUM(${x.a(k, "p0")}:${x.a(k, "p4")})`)]),
            ),
            real: REAL,
            ser: fx(`=ROUND(${x.a("real")}/${x.a("ang")}*100,2)`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Sumber: SIKP Kementerian Keuangan (KUR) dan SP2D Dinas (realisasi pelatihan)."]);
  s.gap();
  signature(s, 9, {
    tempat: "Banua Rindang, 15 Januari 2025",
    jabatan: ["Kepala Bidang Pemberdayaan Usaha Mikro"],
    nama: "MUHAMMAD RIDHANI, S.E., M.Si.",
    nip: "19821103 200901 1 007",
  });
  b.finish();
  const A = (k: string, id: string) => ta.a(k, id);
  const B = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("avg", "q1") },
    rules: ["ratio-components-mismatch"],
    note: "Triwulan II rata-rata per debitur =ROUND(C/B,2) with a stale cached 22.87; 13,265.8 / 538 = 24.66",
    truth: `=${A("nil", "q1")}/${A("deb", "q1")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: B("real", "p2") },
        { sheet: S, cell: B("ser", "p2") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "realisasi 187,045,000 above the pagu 178,450,000 (serapan 104.82 %); the SP2D total less the others gives 178,045,000",
    truth: `=${B("real", "jml")}-${["p0", "p1", "p3", "p4"].map((id) => B("real", id)).join("-")}`,
  });
  b.ok({
    sheet: S,
    cell: A("avg", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `=${A("nil", "jml")}/${A("deb", "jml")}`,
    trap: `=AVERAGE(${A("avg", "q0")}:${A("avg", "q3")})`,
  });
  for (const id of ["q0", "q2", "q3"])
    b.ok({
      sheet: S,
      cell: A("avg", id),
      rules: ["ratio-components-mismatch"],
      truth: `=${A("nil", id)}/${A("deb", id)}`,
    });
  for (const k of ["deb", "nil"])
    b.ok({
      sheet: S,
      cell: A(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `=${["q0", "q1", "q2", "q3"].map((id) => A(k, id)).join("+")}`,
    });
  b.ok({
    sheet: S,
    cell: A("porsi", "q2"),
    rules: ["ratio-components-mismatch"],
    truth: `=${A("nil", "q2")}/${A("nil", "jml")}*100`,
  });
  for (const id of ["p0", "p1", "p3", "p4"])
    b.ok({
      sheet: S,
      cell: B("ser", id),
      rules: ["serapan-over-100", "ratio-components-mismatch"],
      truth: `=${B("real", id)}/${B("ang", id)}*100`,
    });
  for (const k of ["j", "ang"])
    b.ok({
      sheet: S,
      cell: B(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `=${["p0", "p1", "p2", "p3", "p4"].map((id) => B(k, id)).join("+")}`,
    });
  b.ok({ sheet: S, cell: B("j", "p2"), rules: ["sum-mismatch"], truth: `=${B("l", "p2")}+${B("p", "p2")}` });
  return b;
}
