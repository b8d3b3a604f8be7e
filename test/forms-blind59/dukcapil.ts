// The Disdukcapil family of Kabupaten Toraja Pangala (Sulawesi Selatan): the recap of KTP-el
// recording per kecamatan (penduduk wajib KTP, sudah rekam, % cakupan: a share that is never
// added, with a JUMLAH row and an average row), and the Renstra 2025-2029 target table with kondisi
// awal 2024 and kondisi akhir (counts of documents issued add up, shares end on 2029). Every office,
// person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** Rekapitulasi perekaman KTP-el per kecamatan, keadaan 31 Desember 2024. */
export function cakupanKtpTorajaPangala(): BookW {
  const b = new BookW(
    "rekap-cakupan-perekaman-ktp-el-per-kecamatan-des-2024-disdukcapil-toraja-pangala.xlsx",
    "coverage recap per kecamatan with JUMLAH and average rows (Disdukcapil)",
    "No | Kecamatan | Jumlah Penduduk (jiwa) | Penduduk Wajib KTP (jiwa) | 'Perekaman KTP-el' > Sudah Rekam / Belum Rekam | % Cakupan Perekaman; number row 1 .. 7 with '6 = 4 - 5' and '7 = 5 / 4 x 100'; JUMLAH KABUPATEN (SUM; % from the totals) and RATA-RATA PER KECAMATAN (AVERAGE) rows",
  );
  const S = "Rekam KTP-el Des 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TORAJA PANGALA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines(
    ["REKAPITULASI CAKUPAN PEREKAMAN KTP ELEKTRONIK PER KECAMATAN", "Keadaan s.d. 31 Desember 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const KEC: Array<[string, string, number, number, number]> = [
    ["k1", "Pangala", 24_316, 17_402, 16_958],
    ["k2", "Rinding Allo Hulu", 15_874, 11_236, 10_781],
    ["k3", "Baruppu Selatan", 12_905, 9_118, 8_604],
    ["k4", "Sopai Barat", 19_642, 14_087, 13_652],
    ["k5", "Rantebua Utara", 13_288, 9_391, 8_917],
    ["k6", "Sangalla Barat", 17_451, 12_540, 12_233],
    ["k7", "Lepongan Bulan", 21_037, 15_006, 14_719],
    ["k8", "Buntu Pepasan Timur", 9_816, 6_904, 6_398],
  ];
  const P = "Perekaman KTP-el";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 24 },
    { key: "pdd", head: ["Jumlah Penduduk (jiwa)"], num: 3, fmt: INT, width: 13 },
    {
      key: "wk",
      head: ["Penduduk Wajib KTP (jiwa)"],
      role: "target",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 13,
    },
    { key: "sr", head: [P, "Sudah Rekam"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 12 },
    { key: "br", head: [P, "Belum Rekam"], num: "6 = 4 - 5", fmt: INT, width: 12 },
    {
      key: "pc",
      head: ["% Cakupan Perekaman"],
      role: "capaian",
      year: 2024,
      num: "7 = 5 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
  ];
  const rows: Row[] = KEC.map(([id, nm, pdd, wk, sr], i) => ({
    id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: nm,
      pdd,
      wk,
      sr,
      br: fx(`${c.a("wk")}-${c.a("sr")}`),
      // planted: Sopai Barat keeps the cached result of the November recap (95.12)
      pc: fx(`ROUND(${c.a("sr")}/${c.a("wk")}*100,2)`, id === "k4" ? 95.12 : undefined),
    }),
  }));
  const first = KEC[0][0];
  const last = KEC[KEC.length - 1][0];
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => ({
      no: "JUMLAH KABUPATEN",
      // planted: the population total stops at Lepongan Bulan
      pdd: fx(`SUM(${c.a("pdd", first)}:${c.a("pdd", "k7")})`),
      wk: fx(`SUM(${c.a("wk", first)}:${c.a("wk", last)})`),
      sr: fx(`SUM(${c.a("sr", first)}:${c.a("sr", last)})`),
      br: fx(`SUM(${c.a("br", first)}:${c.a("br", last)})`),
      pc: fx(`ROUND(${c.a("sr")}/${c.a("wk")}*100,2)`),
    }),
  });
  rows.push({
    id: "avg",
    span: ["no", "kec"],
    cells: (c) => ({
      no: "RATA-RATA PER KECAMATAN",
      pc: fx(`ROUND(AVERAGE(${c.a("pc", first)}:${c.a("pc", last)}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Data Konsolidasi Bersih (DKB) Semester II 2024, Ditjen Dukcapil Kemendagri.",
    "Catatan: persentase kabupaten dihitung dari jumlah, bukan penjumlahan persentase kecamatan.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Pangala, 8 Januari 2025",
    jabatan: ["Kepala Dinas Kependudukan dan", "Pencatatan Sipil,"],
    nama: "ALFRIDA SAMPE BUNGA, S.Sos., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760419 199903 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "k4") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "Sopai Barat % cakupan shows the stale cached 95.12 (the November recap); 13,652 / 14,087 x 100 = 96.91",
    truth: `ROUND(${a("sr", "k4")}/${a("wk", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pdd", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH KABUPATEN penduduk =SUM stops at Lepongan Bulan (124,513); with Buntu Pepasan Timur (9,816) it is 134,329",
    truth: `SUM(${a("pdd", first)}:${a("pdd", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sr", "jml")}/${a("wk", "jml")}*100,2)`,
    trap: `SUM(${a("pc", first)}:${a("pc", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "avg"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(AVERAGE(${a("pc", first)}:${a("pc", last)}),2)`,
    trap: `SUM(${a("pc", first)}:${a("pc", last)})`,
  });
  for (const k of ["wk", "sr", "br"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, first)}:${a(k, last)})`,
    });
  b.ok({
    sheet: S,
    cell: a("pc", "k8"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sr", "k8")}/${a("wk", "k8")}*100,2)`,
  });
  return b.finish();
}

type RsR = { id: string; sas: string; ind: string; sat: string; aw: number; k: number[]; flow?: boolean };

/** Renstra 2025-2029, Tabel 6.2 target kinerja, Disdukcapil Kabupaten Toraja Pangala. */
export function renstraDukcapilTorajaPangala(): BookW {
  const b = new BookW(
    "renstra-2025-2029-tabel-6-2-disdukcapil-toraja-pangala.xlsx",
    "Renstra target table 2025-2029 with kondisi awal and kondisi akhir",
    "No | Sasaran (merged) | Indikator Kinerja | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Kinerja pada Akhir Periode Renstra; number row (1) .. (11); documents issued (yearly counts) end on the SUM of the five years, shares and the index on the 2029 cell, the index typed",
  );
  const S = "Tabel 6.2";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KABUPATEN TORAJA PANGALA"]);
  s.lines([
    "Tabel 6.2",
    "Rencana Program, Indikator Kinerja dan Target Kinerja Dinas Kependudukan dan Pencatatan Sipil Tahun 2025-2029",
  ]);
  s.gap();
  const A = "Meningkatnya kepemilikan dokumen kependudukan";
  const B = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const rs: RsR[] = [
    {
      id: "ktp",
      sas: A,
      ind: "Persentase penduduk wajib KTP yang telah merekam KTP-el",
      sat: "%",
      aw: 96.42,
      k: [96.8, 97.2, 97.6, 98.0, 98.4],
    },
    {
      id: "akp",
      sas: A,
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      aw: 91.35,
      k: [92.5, 93.5, 49.5, 95.5, 96.5],
    },
    {
      id: "akj",
      sas: A,
      ind: "Jumlah kutipan akta kelahiran yang diterbitkan",
      sat: "lembar",
      aw: 6_215,
      k: [6_400, 6_550, 6_700, 6_850, 7_000],
      flow: true,
    },
    {
      id: "kia",
      sas: A,
      ind: "Jumlah Kartu Identitas Anak (KIA) yang diterbitkan",
      sat: "keping",
      aw: 3_870,
      k: [4_200, 4_500, 4_800, 5_100, 5_400],
      flow: true,
    },
    {
      id: "ikm",
      sas: B,
      ind: "Indeks Kepuasan Masyarakat terhadap pelayanan adminduk",
      sat: "nilai",
      aw: 82.1,
      k: [83, 84, 85, 86, 87],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    {
      key: "aw",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      fmt: "#,##0.00",
      width: 11,
    },
    ...Y.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja Tahun", String(y)],
      role: "target",
      year: y,
      num: `(${6 + i})`,
      fmt: "#,##0.00",
      width: 9,
    })),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(11)",
      fmt: "#,##0.00",
      width: 12,
    },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, aw: x.aw };
      x.k.forEach((v, k) => (out[`y${k}`] = v));
      // planted: the KIA kondisi akhir SUM stops at 2028
      if (x.flow) out.ka = fx(`SUM(${c.a("y0")}:${c.a(x.id === "kia" ? "y3" : "y4")})`);
      else out.ka = x.id === "ikm" ? 87 : fx(c.a("y4"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator jumlah dokumen = akumulasi target 2025 s.d. 2029; indikator persentase dan indeks = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Pangala, 14 Juli 2025",
    jabatan: ["Kepala Dinas"],
    nama: "ALFRIDA SAMPE BUNGA, S.Sos., M.Si.",
    nip: "19760419 199903 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "akp") },
    rules: ["target-trend", "target-outlier"],
    note: "akta kelahiran anak target 2027 typed 49.5 between 93.5 (2026) and 95.5 (2028); the step of 1.0 gives 94.5 (digits swapped)",
    truth: `(${a("y1", "akp")}+${a("y3", "akp")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "kia") },
    rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
    note: "KIA diterbitkan (a yearly count) kondisi akhir =SUM(2025:2028) = 18,600; the five years add to 24,000",
    truth: `SUM(${a("y0", "kia")}:${a("y4", "kia")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "akj"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y0", "akj")}:${a("y4", "akj")})`,
    trap: a("y4", "akj"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "ktp"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y4", "ktp"),
    trap: `SUM(${a("y0", "ktp")}:${a("y4", "ktp")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "ikm"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y4", "ikm"),
    trap: `SUM(${a("y0", "ikm")}:${a("y4", "ikm")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "akp"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y4", "akp"),
  });
  b.ok({
    sheet: S,
    cell: a("y4", "kia"),
    rules: ["target-trend"],
    truth: `${a("y3", "kia")}+300`,
  });
  return b.finish();
}
