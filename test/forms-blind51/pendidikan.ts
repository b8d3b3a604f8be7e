// The education recaps: the SPM pendidikan recap per kabupaten/kota of the Dinas Pendidikan dan
// Kebudayaan of Nusa Tenggara Timur (anak usia 16-18 tahun terlayani di SMA / SMK / SLB) and the BOS
// SMA/SMK realisation per school of a Cabang Dinas Pendidikan in Aceh. Kabupaten, schools, people
// and numbers are invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** Rekap capaian SPM pendidikan menengah 2024 per kabupaten/kota, Provinsi NTT. */
export function spmPendidikanNtt(): BookW {
  const b = new BookW(
    "rekap-spm-pendidikan-menengah-ntt-per-kabupaten-2024.xlsx",
    "SPM pendidikan recap per kabupaten",
    "No | Kabupaten/Kota | Jumlah Anak Usia 16-18 Tahun (Sasaran) | 'Anak yang Terlayani' > SMA / SMK / SLB / Jumlah | Belum Terlayani | Capaian SPM (%); number row 1..8 with '7=4+5+6'; JUMLAH PROVINSI SUMs, its capaian is total / total",
  );
  const S = "Rekap SPM";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines(
    ["REKAPITULASI CAPAIAN SPM PENDIDIKAN MENENGAH DAN PENDIDIKAN KHUSUS", "KONDISI 31 DESEMBER 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const kab: Array<[string, string, number, number, number, number]> = [
    ["k1", "Kabupaten Lewo Baran", 21_486, 10_214, 6_872, 118],
    ["k2", "Kabupaten Fatuleu Raya", 18_932, 8_795, 5_306, 92],
    ["k3", "Kabupaten Nangarote", 15_207, 7_420, 4_613, 71],
    ["k4", "Kabupaten Wae Lengkong", 12_648, 6_103, 3_570, 45],
    ["k5", "Kabupaten Oenunu Raya", 9_874, 4_561, 2_988, 38],
    ["k6", "Kota Liurai", 16_390, 8_012, 6_944, 160],
  ];
  const G = "Anak yang Terlayani (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", num: 2, width: 26 },
    {
      key: "sas",
      head: ["Jumlah Anak Usia 16-18 Tahun (Sasaran)"],
      role: "target",
      year: 2024,
      num: 3,
      fmt: INT,
      width: 14,
    },
    { key: "sma", head: [G, "SMA"], num: 4, fmt: INT, width: 10 },
    { key: "smk", head: [G, "SMK"], num: 5, fmt: INT, width: 10 },
    { key: "slb", head: [G, "SLB"], num: 6, fmt: INT, width: 8 },
    { key: "jml", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "7=4+5+6", fmt: INT, width: 11 },
    { key: "bel", head: ["Belum Terlayani"], num: "8=3-7", fmt: INT, width: 11 },
    { key: "cap", head: ["Capaian SPM (%)"], role: "capaian", year: 2024, num: "9=7/3", fmt: DEC, width: 10 },
  ];
  const rows: Row[] = kab.map(([id, nama, sas, sma, smk, slb], i) => ({
    id,
    cells: (x) => ({
      no: i + 1,
      kab: nama,
      sas,
      sma,
      smk,
      slb,
      // planted: Nangarote's Jumlah typed 12,014 (12,104 with the digits in place)
      jml: id === "k3" ? 12_014 : fx(`SUM(${x.a("sma")}:${x.a("slb")})`),
      bel: fx(`${x.a("sas")}-${x.a("jml")}`),
      cap: fx(`ROUND(${x.a("jml")}/${x.a("sas")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    cells: (x) => ({
      kab: "JUMLAH PROVINSI",
      sas: fx(`SUM(${x.a("sas", "k1")}:${x.a("sas", "k6")})`),
      sma: fx(`SUM(${x.a("sma", "k1")}:${x.a("sma", "k6")})`),
      // planted: the SMK total stops at Oenunu Raya
      smk: fx(`SUM(${x.a("smk", "k1")}:${x.a("smk", "k5")})`),
      slb: fx(`SUM(${x.a("slb", "k1")}:${x.a("slb", "k6")})`),
      jml: fx(`SUM(${x.a("jml", "k1")}:${x.a("jml", "k6")})`),
      bel: fx(`${x.a("sas")}-${x.a("jml")}`),
      cap: fx(`ROUND(${x.a("jml")}/${x.a("sas")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Dapodik semester ganjil 2024/2025 dan proyeksi penduduk BPS; capaian = terlayani / sasaran x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kupang, 17 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan", "Provinsi Nusa Tenggara Timur,"],
    nama: "Dr. Yoakim Bria Seran, M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19700812 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah terlayani of Kabupaten Nangarote typed 12,014; 7,420 + 4,613 + 71 = 12,104 (digits swapped)",
    truth: `SUM(${a("sma", "k3")}:${a("slb", "k3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("smk", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH PROVINSI SMK =SUM stops at Kabupaten Oenunu Raya (23,349); with Kota Liurai (6,944) it is 30,293",
    truth: `SUM(${a("smk", "k1")}:${a("smk", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("jml", "tot")}/${a("sas", "tot")}*100,2)`,
    trap: `SUM(${a("cap", "k1")}:${a("cap", "k6")})/6`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "k6"),
    rules: ["sum-mismatch"],
    truth: `${a("sma", "k6")}+${a("smk", "k6")}+${a("slb", "k6")}`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "k1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "k1")}/${a("sas", "k1")}*100,2)`,
  });
  return b.finish();
}

/** Realisasi BOS SMA/SMK 2024 per sekolah, Cabang Dinas Pendidikan Wilayah Krueng Seunong (Aceh). */
export function bosKruengSeunong(): BookW {
  const b = new BookW(
    "realisasi-bos-sma-smk-cabdin-krueng-seunong-2024.xlsx",
    "BOS SMA/SMK realisation per school",
    "No | NPSN | Nama Sekolah | Jml Peserta Didik | Satuan Biaya (Rp) | Pagu BOS (Rp) =siswa*satuan | 'Dana Diterima' > Tahap I / Tahap II / Jumlah | Realisasi Penggunaan (Rp) | Sisa Dana (Rp) | % Penggunaan; Tahap II typed lower where the count fell; one Sisa typed from the BKU; JUMLAH row",
  );
  const S = "BOS 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH ACEH",
    "DINAS PENDIDIKAN",
    "CABANG DINAS PENDIDIKAN WILAYAH KABUPATEN KRUENG SEUNONG",
  ]);
  s.lines(["LAPORAN REALISASI PENGGUNAAN DANA BOS REGULER SMA/SMK TAHUN ANGGARAN 2024"], 1, { bold: true });
  s.gap();
  type Sk = {
    id: string;
    npsn: string;
    nama: string;
    n: number;
    unit: number;
    t2?: number;
    real: number;
    sisa?: number;
  };
  const sk: Sk[] = [
    {
      id: "s1",
      npsn: "10105712",
      nama: "SMA Negeri 1 Krueng Seunong",
      n: 742,
      unit: 1_750_000,
      real: 1_281_340_000,
    },
    {
      id: "s2",
      npsn: "10105713",
      nama: "SMA Negeri 2 Krueng Seunong",
      n: 518,
      unit: 1_750_000,
      t2: 439_250_000,
      real: 891_860_000,
    },
    {
      id: "s3",
      npsn: "10105748",
      nama: "SMA Negeri 1 Lhok Meureubo",
      n: 386,
      unit: 1_750_000,
      real: 648_920_000,
    },
    {
      id: "s4",
      npsn: "10105801",
      nama: "SMK Negeri 1 Krueng Seunong",
      n: 611,
      unit: 1_920_000,
      real: 1_158_460_000,
    },
    // planted: realisasi typed 585,360,000 for 558,360,000 (the BKU sisa 6,120,000 is right)
    {
      id: "s5",
      npsn: "10105823",
      nama: "SMK Negeri 2 Lhok Meureubo",
      n: 294,
      unit: 1_920_000,
      real: 585_360_000,
      sisa: 6_120_000,
    },
    {
      id: "s6",
      npsn: "69874215",
      nama: "SMAS Terpadu Nurul Huda",
      n: 208,
      unit: 1_750_000,
      real: 351_870_000,
    },
  ];
  const G = "Dana Diterima (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "npsn", head: ["NPSN"], width: 11 },
    { key: "nm", head: ["Nama Sekolah"], role: "lainnya", width: 30 },
    { key: "n", head: ["Jml Peserta Didik"], fmt: INT, width: 10 },
    { key: "unit", head: ["Satuan Biaya (Rp)"], fmt: RP, width: 12 },
    { key: "pg", head: ["Pagu BOS (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "t1", head: [G, "Tahap I"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 15 },
    { key: "t2", head: [G, "Tahap II"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 15 },
    { key: "dt", head: [G, "Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    {
      key: "re",
      head: ["Realisasi Penggunaan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "si", head: ["Sisa Dana (Rp)"], role: "lainnya", fmt: RP, width: 14 },
    { key: "pc", head: ["% Penggunaan"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const rows: Row[] = sk.map((d, i) => ({
    id: d.id,
    cells: (x) => ({
      no: i + 1,
      npsn: d.npsn,
      nm: d.nama,
      n: d.n,
      unit: d.unit,
      pg: fx(`${x.a("n")}*${x.a("unit")}`),
      t1: fx(`ROUND(${x.a("pg")}*0.5,0)`),
      t2: d.t2 ?? fx(`${x.a("pg")}-${x.a("t1")}`),
      dt: fx(`${x.a("t1")}+${x.a("t2")}`),
      re: d.real,
      si: d.sisa ?? fx(`${x.a("dt")}-${x.a("re")}`),
      pc: fx(`ROUND(${x.a("re")}/${x.a("dt")}*100,2)`),
    }),
  }));
  const sumOf = (k: string, stale?: number) => (x: { a: (k: string, id?: string) => string }) =>
    fx(`SUM(${x.a(k, "s1")}:${x.a(k, "s6")})`, stale);
  rows.push({
    id: "j",
    bold: true,
    span: ["no", "nm"],
    cells: (x) => ({
      no: "JUMLAH",
      n: sumOf("n")(x),
      pg: sumOf("pg")(x),
      t1: sumOf("t1")(x),
      t2: sumOf("t2")(x),
      dt: sumOf("dt")(x),
      // planted: the cached total from before SMAS Terpadu Nurul Huda's realisasi was entered
      re: sumOf("re", 4_566_580_000)(x),
      si: sumOf("si")(x),
      pc: fx(`ROUND(${x.a("re")}/${x.a("dt")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Keterangan: Tahap II SMA Negeri 2 Krueng Seunong disalurkan sesuai jumlah peserta didik cut off 31 Agustus 2024 (510 orang).",
    "Sisa dana SMK Negeri 2 Lhok Meureubo sesuai saldo BKU per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Krueng Seunong, 20 Januari 2025",
    jabatan: ["Kepala Cabang Dinas Pendidikan", "Wilayah Kabupaten Krueng Seunong,"],
    nama: "Teuku Muhammad Razali, S.Pd., M.Si.",
    pangkat: "Pembina Tk. I",
    nip: "19740318 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pc", "s5") },
        { sheet: S, cell: a("re", "s5") },
      ],
    },
    rules: ["serapan-over-100", "sum-mismatch", "capaian-mismatch"],
    note: "SMK Negeri 2 Lhok Meureubo: realisasi typed 585,360,000 on 564,480,000 received gives 103.70 %; the BKU sisa 6,120,000 says 558,360,000 were spent (98.92 %)",
    truth: `ROUND((${a("dt", "s5")}-${a("si", "s5")})/${a("dt", "s5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("re", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Realisasi =SUM over the six schools caches a stale 4,566,580,000 (before SMAS Terpadu Nurul Huda's 351,870,000); the schools add to 4,918,450,000",
    truth: `SUM(${a("re", "s1")}:${a("re", "s6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("si", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("dt", "s2")}-${a("re", "s2")}`,
    trap: `${a("pg", "s2")}-${a("re", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "s2"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("re", "s2")}/${a("dt", "s2")}*100,2)`,
    trap: `ROUND(${a("re", "s2")}/${a("pg", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pg", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pg", "s1")}:${a("pg", "s6")})`,
  });
  return b.finish();
}
