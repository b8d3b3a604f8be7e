// Set 338, Perjanjian Kinerja beside its Renstra sheet and two recaps of Disdukcapil operational data:
// perekaman KTP-el per kecamatan per triwulan (with a jemput bola table below), and penerbitan akta
// kelahiran / KIA per unit layanan beside the waktu layanan dokumen. Invented places and numbers.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2025 (Satuan before Target, program table with typed JUMLAH) + sheet "IKU Renstra" 2025-2029. */
export function pkDisdukcapil(): BookW {
  const book = new BookW(
    "pk-2025-disdukcapil-teluk-warindi-338.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 Kepala Disdukcapil Kota Teluk Warindi, with the Renstra IKU sheet",
  );
  const s = book.sheet("PK 2025");
  letterhead(s, ["PEMERINTAH KOTA TELUK WARINDI", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Yang bertanda tangan di bawah ini: Hj. WA ODE SITTI MARLINA, S.Sos., M.Si., Kepala Dinas Kependudukan dan Pencatatan Sipil,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const iku: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "tgt", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
  ];
  const A = "Meningkatnya cakupan kepemilikan dokumen kependudukan";
  const B = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const pkRows: Array<[string, string, string, string, number]> = [
    ["ktp", A, "Persentase penduduk wajib KTP-el yang memiliki KTP-el", "%", 97.4],
    ["kia", A, "Cakupan anak 0-17 tahun yang memiliki KIA", "%", 55],
    ["akta", A, "Persentase penduduk yang memiliki akta kelahiran", "%", 93.5],
    ["waktu", B, "Rata-rata waktu layanan dokumen kependudukan", "hari", 2],
  ];
  const t1 = s.table({
    cols: iku,
    headerRows: 1,
    vmerge: ["sas"],
    rows: pkRows.map(([id, sas, ind, sat, tgt], i) => ({ id, cells: { no: i + 1, sas, ind, sat, tgt } })),
  });
  s.gap();
  s.lines(["Program dan anggaran:"]);
  const prog: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program"], width: 34 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan" },
  ];
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2318450000],
    ["Program Pendaftaran Penduduk", 1655000000],
    ["Program Pencatatan Sipil", 860000000],
    ["Program Pengelolaan Informasi Administrasi Kependudukan", 412700000],
  ];
  const progRows: Row[] = progs.map(([p, rp], i) => ({
    id: `g${i + 1}`,
    cells: { no: i + 1, prog: p, rp, ket: "APBD" },
  }));
  progRows.push({ id: "jml", bold: true, span: ["no", "prog"], cells: { no: "JUMLAH", rp: 5264150000 } });
  const t2 = s.table({ cols: prog, headerRows: 1, rows: progRows });
  s.gap();
  signature(s, 3, {
    tempat: "Teluk Warindi, 3 Januari 2025",
    jabatan: ["KEPALA DINAS"],
    nama: "Hj. WA ODE SITTI MARLINA, S.Sos., M.Si.",
    nip: "19741109 199803 2 004",
  });

  const r = book.sheet("IKU Renstra");
  r.lines(["Indikator Kinerja Utama Renstra Disdukcapil Kota Teluk Warindi 2025-2029"], 1, { bold: true });
  r.gap();
  const rc: Col[] = [
    { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((n): Col => ({
      key: `t${n}`,
      head: ["Target", `Tahun ke-${n}`],
      role: "target",
      year: 2024 + n,
      fmt: DEC,
    })),
    { key: "akhir", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const ren: Array<[string, string, string, number, number[]]> = [
    ["ktp", pkRows[0][2], "%", 96.8, [97.4, 97.9, 98.3, 98.7, 99]],
    ["kia", pkRows[1][2], "%", 41.5, [48, 55, 62, 68, 75]],
    ["akta", pkRows[2][2], "%", 92.1, [93.5, 94.5, 95.5, 96.5, 97.5]],
    ["waktu", pkRows[3][2], "hari", 3, [2, 2, 1.5, 1.5, 1]],
  ];
  const t3 = r.table({
    cols: rc,
    headerRows: 2,
    rows: ren.map(([id, ind, sat, awal, k]) => ({
      id,
      cells: (x) => ({
        ind,
        sat,
        awal,
        t1: k[0],
        t2: k[1],
        t3: k[2],
        t4: k[3],
        t5: k[4],
        akhir: fx(x.a("t5")),
      }),
    })),
  });
  const R = r.name;
  const q = (c: string) => `'${R}'!${c}`;
  book.plant({
    at: {
      anyOf: [
        { sheet: s.name, cell: t1.a("tgt", "kia") },
        { sheet: R, cell: t3.a("t1", "kia") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target for KIA 55 is the Renstra Tahun ke-2 (2026) target; 2025 is 48",
    truth: q(t3.a("t1", "kia")),
  });
  book.plant({
    at: { sheet: s.name, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "typed JUMLAH 5,264,150,000; the four programs add up to 5,246,150,000",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g4")})`,
  });
  book.ok({
    sheet: s.name,
    cell: t1.a("tgt", "ktp"),
    rules: ["cross-table-mismatch"],
    truth: q(t3.a("t1", "ktp")),
  });
  book.ok({
    sheet: s.name,
    cell: t1.a("tgt", "waktu"),
    rules: ["cross-table-mismatch"],
    truth: q(t3.a("t1", "waktu")),
  });
  book.ok({
    sheet: R,
    cell: t3.a("akhir", "waktu"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t3.a("t5", "waktu"),
    trap: `SUM(${t3.a("t1", "waktu")}:${t3.a("t5", "waktu")})`,
  });
  return book.finish();
}

/** Perekaman KTP-el per kecamatan per triwulan 2024 (no No column), a jemput bola table below. */
export function rekapPerekaman(): BookW {
  const book = new BookW(
    "rekap-perekaman-ktp-el-per-kecamatan-lembah-sirapan-338.xlsx",
    "rekap",
    "Rekap perekaman KTP-el per kecamatan dan per triwulan 2024, Kabupaten Lembah Sirapan",
  );
  const s = book.sheet("Perekaman 2024");
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SIRAPAN", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "Tabel 1. Rekapitulasi Perekaman KTP-el per Kecamatan Tahun 2024",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const cols: Col[] = [
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "1", width: 20 },
    { key: "wajib", head: ["Wajib KTP-el (jiwa)"], num: "2", fmt: INT },
    ...[1, 2, 3, 4].map((n): Col => ({
      key: `q${n}`,
      head: ["Perekaman 2024 (orang)", `TW ${["I", "II", "III", "IV"][n - 1]}`],
      role: "realisasi",
      year: 2024,
      num: String(n + 2),
      fmt: INT,
    })),
    {
      key: "jml",
      head: ["Perekaman 2024 (orang)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "7 = 3+4+5+6",
      fmt: INT,
    },
    { key: "sd", head: ["Sudah Rekam s.d. 2024 (jiwa)"], num: "8", fmt: INT },
    { key: "pct", head: ["Persentase Perekaman (%)"], role: "capaian", num: "9 = 8/2 x 100", fmt: DEC },
  ];
  const kec: Array<[string, number, number[], number]> = [
    ["Sirapan Hilir", 28450, [212, 185, 240, 198], 27940],
    ["Koto Baringin", 19870, [160, 142, 171, 150], 19210],
    ["Batang Lurah", 15320, [118, 97, 130, 121], 14690],
    ["Padang Talu", 22105, [175, 168, 190, 181], 21730],
    ["Lubuk Jantan", 11640, [84, 76, 95, 88], 11020],
    ["Sungai Aro Tinggi", 17985, [140, 131, 152, 139], 17380],
  ];
  const rows: Row[] = kec.map(([name, wajib, q, sd], i) => ({
    id: `k${i + 1}`,
    cells: (x) => ({
      kec: name,
      wajib,
      q1: q[0],
      q2: q[1],
      q3: q[2],
      q4: q[3],
      sd,
      jml: i === 3 ? 741 : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
      pct: i === 4 ? 104.67 : fx(`ROUND(${x.a("sd")}/${x.a("wajib")}*100,2)`),
    }),
  }));
  const col = (k: string) => (x: { a(key: string, id?: string): string }) =>
    fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`);
  rows.push({
    id: "tot",
    bold: true,
    cells: (x) => ({
      kec: "Jumlah",
      wajib: col("wajib")(x),
      q1: col("q1")(x),
      q2: col("q2")(x),
      q3: col("q3")(x),
      q4: col("q4")(x),
      jml: col("jml")(x),
      sd: col("sd")(x),
      pct: fx(`ROUND(${x.a("sd")}/${x.a("wajib")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Tabel 2. Perekaman Jemput Bola (sekolah, panti, rumah sakit) per Triwulan 2024"]);
  const jb: Col[] = [
    { key: "tw", head: ["Triwulan"], width: 12 },
    { key: "lok", head: ["Jumlah Lokasi"], fmt: INT },
    { key: "org", head: ["Perekaman (orang)"], role: "realisasi", year: 2024, fmt: INT },
    { key: "avg", head: ["Rata-rata per Lokasi"], fmt: DEC },
  ];
  const jbd: Array<[string, number, number]> = [
    ["I", 14, 302],
    ["II", 11, 247],
    ["III", 18, 411],
    ["IV", 16, 352],
  ];
  const jbRows: Row[] = jbd.map(([tw, lok, org]) => ({
    id: `j${tw}`,
    cells: (x) => ({ tw, lok, org, avg: fx(`ROUND(${x.a("org")}/${x.a("lok")},2)`) }),
  }));
  jbRows.push({
    id: "jt",
    bold: true,
    cells: (x) => ({
      tw: "Jumlah",
      lok: fx(`SUM(${x.a("lok", "jI")}:${x.a("lok", "jIV")})`),
      org: fx(`SUM(${x.a("org", "jI")}:${x.a("org", "jIV")})`),
      avg: fx(`ROUND(${x.a("org")}/${x.a("lok")},2)`),
    }),
  });
  const t2 = s.table({ cols: jb, headerRows: 1, rows: jbRows });
  s.gap();
  signature(s, 7, {
    tempat: "Sirapan Hilir, 8 Januari 2025",
    jabatan: ["Kepala Bidang Pelayanan Pendaftaran Penduduk"],
    nama: "YULIA FITRIANI, S.E.",
    nip: "19820522 200604 2 011",
  });
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: t.a("jml", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Padang Talu Jumlah typed 741; 175 + 168 + 190 + 181 = 714",
    truth: `SUM(${t.a("q1", "k4")}:${t.a("q4", "k4")})`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("pct", "k5") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Lubuk Jantan typed 104.67 %; 11,020 / 11,640 x 100 = 94.67",
    truth: `ROUND(${t.a("sd", "k5")}/${t.a("wajib", "k5")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("pct", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${t.a("sd", "tot")}/${t.a("wajib", "tot")}*100,2)`,
    trap: `SUM(${t.a("pct", "k1")}:${t.a("pct", "k6")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("sd", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("sd", "k1")}:${t.a("sd", "k6")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("jml", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("q1", "k2")}:${t.a("q4", "k2")})`,
  });
  book.ok({
    sheet: S,
    cell: t2.a("avg", "jt"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${t2.a("org", "jt")}/${t2.a("lok", "jt")},2)`,
    trap: `SUM(${t2.a("avg", "jI")}:${t2.a("avg", "jIV")})`,
  });
  return book.finish();
}

/** Penerbitan akta kelahiran and KIA per unit layanan 2024 beside the waktu layanan dokumen. */
export function rekapAktaKia(): BookW {
  const book = new BookW(
    "rekap-akta-kia-waktu-layanan-teluk-warindi-338.xlsx",
    "rekap",
    "Penerbitan akta kelahiran dan KIA per unit layanan, waktu layanan dokumen 2024, Kota Teluk Warindi",
  );
  const s = book.sheet("Layanan 2024");
  s.lines(
    [
      "DISDUKCAPIL KOTA TELUK WARINDI",
      "Rekap Penerbitan Dokumen per Unit Layanan dan Waktu Layanan Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "unit", head: ["Unit Layanan"], width: 28 },
    { key: "at", head: ["Akta Kelahiran", "Target"], role: "target", year: 2024, fmt: INT },
    { key: "ar", head: ["Akta Kelahiran", "Terbit"], role: "realisasi", year: 2024, fmt: INT },
    { key: "ac", head: ["Akta Kelahiran", "Capaian (%)"], role: "capaian", fmt: DEC },
    { key: "kt", head: ["Kartu Identitas Anak", "Target"], role: "target", year: 2024, fmt: INT },
    { key: "kr", head: ["Kartu Identitas Anak", "Terbit"], role: "realisasi", year: 2024, fmt: INT },
    { key: "kc", head: ["Kartu Identitas Anak", "Capaian (%)"], role: "capaian", fmt: DEC },
  ];
  const units: Array<[string, number, number, number, number]> = [
    ["Mal Pelayanan Publik (kantor dinas)", 5200, 5480, 3600, 2950],
    ["UPT Dukcapil Warindi Barat", 2100, 1965, 1500, 1180],
    ["UPT Dukcapil Warindi Timur", 1850, 1902, 1300, 1215],
    ["Pelayanan keliling", 900, 1034, 700, 812],
    ["Anjungan Dukcapil Mandiri", 400, 352, 300, 188],
  ];
  const rows: Row[] = units.map(([unit, at, ar, kt, kr], i) => ({
    id: `u${i + 1}`,
    cells: (x) => ({
      no: i + 1,
      unit,
      at,
      ar,
      kt,
      kr,
      ac: fx(`ROUND(${x.a("ar")}/${x.a("at")}*100,2)`),
      kc: fx(`ROUND(${x.a("kr")}/${x.a("kt")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "unit"],
    cells: (x) => ({
      no: "Jumlah",
      at: fx(`SUM(${x.a("at", "u1")}:${x.a("at", "u5")})`),
      ar: fx(`SUM(${x.a("ar", "u1")}:${x.a("ar", "u4")})`),
      kt: fx(`SUM(${x.a("kt", "u1")}:${x.a("kt", "u5")})`),
      kr: fx(`SUM(${x.a("kr", "u1")}:${x.a("kr", "u5")})`),
      ac: fx(`ROUND(${x.a("ar")}/${x.a("at")}*100,2)`),
      kc: fx(`ROUND(${x.a("kr")}/${x.a("kt")}*100,2)`),
    }),
  });
  const top = s.r;
  const t = s.table({ cols, headerRows: 2, rows }, 1, top);
  // side by side after one empty column (I)
  const wc: Col[] = [
    { key: "dok", head: ["Jenis Dokumen"], role: "indikator", width: 22 },
    { key: "sp", head: ["Waktu Layanan (hari kerja)", "Standar"], role: "target", year: 2024, fmt: DEC },
    {
      key: "real",
      head: ["Waktu Layanan (hari kerja)", "Rata-rata 2024"],
      role: "realisasi",
      year: 2024,
      fmt: DEC,
    },
    { key: "cap", head: ["Capaian (%)*"], role: "capaian", fmt: DEC },
  ];
  const docs: Array<[string, string, number, number]> = [
    ["w1", "KTP-el", 1, 0.8],
    ["w2", "Kartu Keluarga", 1, 0.9],
    ["w3", "Akta Kelahiran", 2, 1.6],
    ["w4", "Kartu Identitas Anak", 1, 1.2],
    ["w5", "Akta Kematian", 2, 1.5],
    ["w6", "Surat Keterangan Pindah", 1, 0.7],
  ];
  const wRows: Row[] = docs.map(([id, dok, sp, real]) => ({
    id,
    cells: (x) => ({
      dok,
      sp,
      real,
      cap: id === "w6" ? 70 : fx(`ROUND((2*${x.a("sp")}-${x.a("real")})/${x.a("sp")}*100,2)`),
    }),
  }));
  wRows.push({
    id: "wavg",
    bold: true,
    cells: (x) => ({
      dok: "Rata-rata",
      cap: fx(`ROUND(AVERAGE(${x.a("cap", "w1")}:${x.a("cap", "w6")}),2)`),
    }),
  });
  const w = s.table({ cols: wc, headerRows: 2, rows: wRows }, 10, top);
  s.r = Math.max(t.lastDataRow, w.lastDataRow) + 2;
  s.lines(["*) waktu layanan makin kecil makin baik: capaian = (2 x standar - rata-rata) / standar x 100"]);
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: t.a("ar", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah akta terbit =SUM one row short (10,381); the five units give 10,733",
    truth: `SUM(${t.a("ar", "u1")}:${t.a("ar", "u5")})`,
  });
  book.plant({
    at: { sheet: S, cell: w.a("cap", "w6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "surat pindah (lower is better) typed 70.00 = R/T x 100; refleksi (2 x 1 - 0.7)/1 x 100 = 130.00",
    truth: `ROUND((2*${w.a("sp", "w6")}-${w.a("real", "w6")})/${w.a("sp", "w6")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("kc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t.a("kr", "tot")}/${t.a("kt", "tot")}*100,2)`,
    trap: `SUM(${t.a("kc", "u1")}:${t.a("kc", "u5")})`,
  });
  book.ok({
    sheet: S,
    cell: w.a("cap", "w3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${w.a("sp", "w3")}-${w.a("real", "w3")})/${w.a("sp", "w3")}*100,2)`,
    trap: `ROUND(${w.a("real", "w3")}/${w.a("sp", "w3")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("ac", "u4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("ar", "u4")}/${t.a("at", "u4")}*100,2)`,
  });
  return book.finish();
}
