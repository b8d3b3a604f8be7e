// A recap the Dinas Pendidikan of Provinsi Sumatera Utara really keeps: angka partisipasi kasar and
// murni of SMA / SMK / SLB per kabupaten/kota, with the rasio guru-murid. APK may pass 100 (pupils
// older or younger than 16-18 and pupils from neighbouring kabupaten), APM may not. Every kabupaten,
// person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kab = { id: string; nm: string; pend: number; all: number; m: number; guru: number };

export function apkApmSumut(): BookW {
  const b = new BookW(
    "rekap-apk-apm-dikmen-kabkota-sumut-2024.xlsx",
    "recap of APK / APM and rasio guru-murid per kabupaten (2024)",
    "No | Kabupaten/Kota | Penduduk usia 16-18 | 'Jumlah Siswa SMA/SMK/SLB (orang)' > Seluruh Usia | Usia 16-18 Th | 'Angka Partisipasi (%)' > APK | APM | Jumlah Guru | Rasio Guru : Murid; number row with '(6)=(4)/(3)x100', '(7)=(5)/(3)x100', '(9)=(4)/(8)'; ROUND formulas; JUMLAH PROVINSI row whose rates are ratios of the totals",
  );
  const S = "APK-APM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA UTARA",
    "DINAS PENDIDIKAN",
    "Jalan Pendidikan Nomor 17, Medan Tuntungan - Kode Pos 20135",
  ]);
  s.lines([
    "REKAPITULASI ANGKA PARTISIPASI KASAR (APK), ANGKA PARTISIPASI MURNI (APM) DAN RASIO GURU-MURID",
    "JENJANG SMA, SMK DAN SLB PER KABUPATEN/KOTA TAHUN AJARAN 2024/2025 (keadaan Oktober 2024)",
  ]);
  s.gap();
  const kabs: Kab[] = [
    { id: "k1", nm: "Kabupaten Dolok Sipiso", pend: 24_615, all: 21_870, m: 17_402, guru: 1_318 },
    { id: "k2", nm: "Kabupaten Batang Sorik Jae", pend: 31_240, all: 27_105, m: 22_918, guru: 1_702 },
    { id: "k3", nm: "Kota Tebing Marbau", pend: 12_874, all: 14_472, m: 10_936, guru: 985 },
    { id: "k4", nm: "Kabupaten Tapian Nauli Raya", pend: 18_906, all: 15_044, m: 12_610, guru: 911 },
    { id: "k5", nm: "Kabupaten Labuhan Deli Hulu", pend: 40_318, all: 36_759, m: 30_802, guru: 2_264 },
    { id: "k6", nm: "Kabupaten Asahan Hilir", pend: 27_552, all: 22_390, m: 18_574, guru: 1_396 },
    { id: "k7", nm: "Kota Sipirok Baru", pend: 9_731, all: 10_988, m: 8_127, guru: 744 },
    { id: "k8", nm: "Kabupaten Pakpak Humbang", pend: 11_460, all: 8_795, m: 7_150, guru: 612 },
  ];
  const G1 = "Jumlah Siswa SMA/SMK/SLB (orang)";
  const G2 = "Angka Partisipasi (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", num: "(2)", width: 30 },
    {
      key: "pend",
      head: ["Penduduk Usia 16-18 Tahun (jiwa)"],
      role: "lainnya",
      num: "(3)",
      fmt: INT,
      width: 14,
    },
    { key: "all", head: [G1, "Seluruh Usia"], role: "realisasi", num: "(4)", fmt: INT, width: 13 },
    { key: "m", head: [G1, "Usia 16-18 Tahun"], role: "realisasi", num: "(5)", fmt: INT, width: 13 },
    { key: "apk", head: [G2, "APK"], role: "realisasi", num: "(6)=(4)/(3)x100", fmt: DEC, width: 11 },
    { key: "apm", head: [G2, "APM"], role: "realisasi", num: "(7)=(5)/(3)x100", fmt: DEC, width: 11 },
    { key: "guru", head: ["Jumlah Guru (orang)"], role: "lainnya", num: "(8)", fmt: INT, width: 11 },
    {
      key: "rgm",
      head: ["Rasio Guru : Murid (1 : ...)"],
      role: "realisasi",
      num: "(9)=(4)/(8)",
      fmt: DEC,
      width: 12,
    },
  ];
  const rows: Row[] = kabs.map((k, i) => ({
    id: k.id,
    cells: (c: Ctx) => ({
      no: i + 1,
      kab: k.nm,
      pend: k.pend,
      all: k.all,
      m: k.m,
      apk: fx(`ROUND(${c.a("all")}/${c.a("pend")}*100,2)`),
      // planted: Batang Sorik Jae's APM typed over the formula (the 16-18 pupils read against the 13-15 cohort)
      apm: k.id === "k2" ? 103.85 : fx(`ROUND(${c.a("m")}/${c.a("pend")}*100,2)`),
      guru: k.guru,
      rgm: fx(`ROUND(${c.a("all")}/${c.a("guru")},2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kab"],
    cells: (c: Ctx) => ({
      no: "JUMLAH PROVINSI",
      pend: fx(`SUM(${c.a("pend", "k1")}:${c.a("pend", "k8")})`),
      all: fx(`SUM(${c.a("all", "k1")}:${c.a("all", "k8")})`),
      m: fx(`SUM(${c.a("m", "k1")}:${c.a("m", "k8")})`),
      apk: fx(`ROUND(${c.a("all")}/${c.a("pend")}*100,2)`),
      apm: fx(`ROUND(${c.a("m")}/${c.a("pend")}*100,2)`),
      // planted: the range stops one kabupaten short (Pakpak Humbang added after the sheet was made)
      guru: fx(`SUM(${c.a("guru", "k1")}:${c.a("guru", "k7")})`),
      rgm: fx(`ROUND(${c.a("all")}/${c.a("guru")},2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Dapodik semester ganjil 2024/2025 dan proyeksi penduduk BPS Provinsi; APK dapat melebihi 100% karena siswa di luar usia 16-18 tahun dan siswa dari kabupaten/kota tetangga.",
    "APM tidak mungkin melebihi 100%.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Medan, 14 Februari 2025",
    jabatan: ["Kepala Dinas Pendidikan", "Provinsi Sumatera Utara,"],
    nama: "Drs. HOTMAN PARULIAN SIREGAR, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710514 199703 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("apm", "k2") },
    rules: ["percent-out-of-range", "hardcoded-value"],
    note: "APM of Kabupaten Batang Sorik Jae is a typed 103.85 among ROUND formulas; an APM cannot pass 100, and 22,918 / 31,240 gives 73.36",
    truth: `ROUND(${a("m", "k2")}/${a("pend", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("guru", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the guru is =SUM over the first seven kabupaten only (9,320); with Pakpak Humbang's 612 it is 9,932",
    truth: `SUM(${a("guru", "k1")}:${a("guru", "k8")})`,
  });
  // traps: a kota's APK above 100 is legitimate; the province's rates are ratios of the totals
  for (const id of ["k3", "k7"])
    b.ok({
      sheet: S,
      cell: a("apk", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("all", id)}/${a("pend", id)}*100,2)`,
      trap: "100",
    });
  b.ok({
    sheet: S,
    cell: a("apk", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("all", "tot")}/${a("pend", "tot")}*100,2)`,
    trap: `SUM(${a("apk", "k1")}:${a("apk", "k8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("apm", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("m", "tot")}/${a("pend", "tot")}*100,2)`,
    trap: `AVERAGE(${a("apm", "k1")}:${a("apm", "k8")})`,
  });
  for (const k of ["pend", "all", "m"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kabs.map((x) => a(k, x.id)).join("+"),
    });
  for (const id of ["k1", "k5", "k8"])
    b.ok({
      sheet: S,
      cell: a("apm", id),
      rules: ["percent-out-of-range", "hardcoded-value"],
      truth: `ROUND(${a("m", id)}/${a("pend", id)}*100,2)`,
    });
  return b.finish();
}
