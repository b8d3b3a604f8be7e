// Performance tables of a Dinas Kelautan dan Perikanan: the LKjIP 2024 measurement of the DKP of
// Kabupaten Pasir Kalang (Jawa Timur; angka konsumsi ikan, produksi garam rakyat, susut hasil
// perikanan and penolakan produk lower is better), the PK 2025 of the DKP of Kabupaten Nembrala Raya
// (NTT) beside its Renstra 2025-2029 targets, and the IKU matrix of the same Renstra. Every name and
// number is invented.
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

// ============================================================ LKjIP 2024 DKP Kabupaten Pasir Kalang

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipDkp(): BookW {
  const b = new BookW(
    "lkjip-dkp-konsumsi-ikan-garam-pasir-kalang.xlsx",
    "LKjIP pengukuran kinerja (DKP)",
    "LKjIP 2024 Tabel 3.1 of the DKP Kabupaten Pasir Kalang: No | Indikator Kinerja Utama | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | 'Tahun 2023' > Realisasi | Predikat; ROUND formulas, refleksi on the two lower-is-better rows; predikat typed (Sangat Baik .. Sangat Kurang); Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KELAUTAN DAN PERIKANAN KABUPATEN PASIR KALANG"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    { id: "i1", ind: "Angka konsumsi ikan", sat: "kg/kapita/tahun", t: 35.6, r: 35.84, r23: 34.12, f: DEC },
    { id: "i2", ind: "Produksi garam rakyat", sat: "ton", t: 42_000, r: 38_640, r23: 36_215, f: "#,##0" },
    {
      id: "i3",
      ind: "Persentase UPI skala mikro dan kecil yang memiliki SKP",
      sat: "%",
      t: 65,
      r: 66.2,
      r23: 58.4,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Persentase susut hasil perikanan (losses) pada pengolahan",
      sat: "%",
      t: 12,
      r: 10.5,
      r23: 13.1,
      neg: true,
      f: DEC,
    },
    {
      id: "i5",
      ind: "Jumlah kasus penolakan produk olahan ikan oleh pembeli",
      sat: "kasus",
      t: 6,
      r: 8,
      r23: 9,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      ind: "Rata-rata pendapatan petambak garam rakyat",
      sat: "juta Rp/tahun",
      t: 24,
      r: 17.6,
      r23: 16.9,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[5]) !== 73.33 || predikatBaik(73.33) !== "Cukup") throw new Error("lkjip i6");
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "r23", head: ["Tahun 2023", "Realisasi"], role: "realisasi", year: 2023, width: 10 },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the penolakan produk (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i5" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          r23: fmt(x.r23, x.f),
          // planted: "Baik" for 73.33 (the band > 65 - 75 is Cukup)
          p: x.id === "i6" ? "Baik" : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) Indikator nomor 4 dan 5 semakin kecil semakin baik: capaian = (2 x target - realisasi) / target x 100%.",
    "Skala predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pasir Kalang, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan,"],
    nama: "Ir. BAMBANG SETYO WICAKSONO, M.P.",
    nip: "19710604 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the penolakan produk (lower is better by the note) is =ROUND(R/T*100,2) = 133.33; (2 x 6 - 8) / 6 gives 66.67, as the susut row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for the capaian of 73.33 (17.6 against 24); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  for (const x of rows) {
    if (x.id === "i5") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the susut is lower is better: its capaian is the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================================ PK 2025 DKP Kabupaten Nembrala Raya and its Renstra

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkDkp(): BookW {
  const b = new BookW(
    "pk-kadis-dkp-renstra-nembrala-raya.xlsx",
    "PK 2025 and Renstra DKP 2025-2029 targets",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target 2025 (value and satuan side by side), then No | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra DKP': No | Indikator | Satuan | Kondisi Awal (2024) | Target Tahun - 1 .. - 5 (2025-2029 from the title) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra DKP";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NEMBRALA RAYA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama : YOHANIS K. NDOLU, S.Pi., M.Si. - Jabatan : Kepala Dinas Kelautan dan Perikanan (Pihak Pertama)",
    "Nama : Drs. MARKUS L. TALLO - Jabatan : Bupati Nembrala Raya (Pihak Kedua)",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      awal: 30.85,
      tg: [31.6, 32.4, 33.2, 34, 34.8],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Produksi garam rakyat",
      sat: "ton",
      awal: 18_250,
      tg: [19_500, 21_000, 22_500, 24_000, 25_500],
      f: "#,##0",
    },
    {
      id: "r3",
      ind: "Produksi olahan hasil perikanan",
      sat: "ton",
      awal: 2_140,
      tg: [2_250, 2_360, 2_480, 2_600, 2_730],
      f: "#,##0",
    },
    {
      id: "r4",
      ind: "Persentase UPI yang memiliki SKP",
      sat: "%",
      awal: 22.5,
      tg: [26, 30, 34, 38, 42],
      f: DEC,
    },
  ];
  // planted: the PK target of the produksi garam is 21,000, the Renstra Tahun - 2 (2026) target
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target 2025", "Nilai"], role: "target", year: 2025, width: 12 },
      { key: "sat", head: ["Target 2025", "Satuan"], role: "satuan", width: 14 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya produksi dan nilai tambah garam rakyat dan hasil perikanan"
            : "Meningkatnya mutu hasil perikanan",
        ind: x.ind,
        tg: fmt(pkT(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_315_000],
    ["p2", "Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil", 1_275_600_000],
    ["p3", "Program Pengelolaan Perikanan Tangkap", 2_318_450_000],
    ["p4", "Program Pengolahan dan Pemasaran Hasil Perikanan", 1_564_900_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pr, rp], i): Row => ({ id, cells: { no: i + 1, pr, rp, ket: "APBD II" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        // planted: the Jumlah stops one row short (the program 3.25.06 left out)
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Nembrala Raya, 2 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "Bupati Nembrala Raya", "", "", "Drs. MARKUS L. TALLO"], 2);
  s.r -= 5;
  s.lines(["Pihak Pertama,", "Kepala Dinas", "", "", "YOHANIS K. NDOLU, S.Pi., M.Si."], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS KELAUTAN DAN PERIKANAN KABUPATEN NEMBRALA RAYA"]);
  r.lines([
    "Target Indikator Kinerja Utama",
    "Rencana Strategis Dinas Kelautan dan Perikanan Tahun 2025-2029",
  ]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k}`,
        head: ["Target", `Tahun - ${k}`],
        role: "target",
        year: 2024 + k,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 11 },
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
        ak: fx(c.a("y5")),
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
    note: "PK 2025 target of the produksi garam rakyat is 21,000 ton, the Renstra Tahun - 2 (2026) target; the Renstra 2025 target is 19,500",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first three programs (10,436,365,000); with the Program Pengolahan dan Pemasaran Hasil Perikanan (1,564,900,000) the four add up to 12,001,265,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.filter((x) => x.id !== "r2"))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", x.id)}`,
    });
  for (const x of rows.filter((x) => x.sat !== "ton"))
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      // levels: the kondisi akhir is the last target, not the five years added
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  return b.finish();
}

// ================================================== IKU matrix of the Renstra DKP Nembrala Raya

export function ikuDkp(): BookW {
  const b = new BookW(
    "matriks-iku-dkp-nembrala-raya-2025-2029.xlsx",
    "IKU matrix (DKP Renstra 2025-2029)",
    "Lampiran IKU of the DKP Kabupaten Nembrala Raya: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data | Penanggung Jawab",
  );
  const S = "Lampiran IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NEMBRALA RAYA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU)", "Renstra Dinas Kelautan dan Perikanan Tahun 2025-2029"]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  type Iku = {
    id: string;
    ind: string;
    def: string;
    rumus: string;
    sat: string;
    awal: number;
    tg: number[];
    f: string;
    sd: string;
  };
  const rows: Iku[] = [
    {
      id: "k1",
      ind: "Angka konsumsi ikan",
      def: "Jumlah ikan yang dikonsumsi per kapita penduduk dalam satu tahun",
      rumus: "Jumlah ikan yang tersedia untuk dikonsumsi (kg) / jumlah penduduk",
      sat: "kg/kapita/tahun",
      awal: 30.85,
      // planted: the 2027 target typed 332 (the comma of 33,2 lost)
      tg: [31.6, 32.4, 332, 34, 34.8],
      f: DEC,
      sd: "Survei konsumsi ikan DKP",
    },
    {
      id: "k2",
      ind: "Persentase susut hasil perikanan pada usaha pengolahan",
      def: "Bagian bahan baku ikan yang hilang atau rusak selama pengolahan",
      rumus: "Volume susut / volume bahan baku x 100%",
      sat: "%",
      awal: 13.4,
      // planted: the 2028 target rises for a lower-is-better indicator
      tg: [12.5, 11.8, 11.2, 12.9, 10],
      f: DEC,
      sd: "Laporan Bidang Pengolahan",
    },
    {
      id: "k3",
      ind: "Produktivitas lahan garam rakyat",
      def: "Produksi garam per hektar lahan tambak garam rakyat dalam satu musim",
      rumus: "Produksi garam (ton) / luas lahan produktif (ha)",
      sat: "ton/ha",
      awal: 62.5,
      tg: [65, 68, 71, 74, 77],
      f: DEC,
      sd: "Data produksi garam per kecamatan",
    },
    {
      id: "k4",
      ind: "Persentase penurunan kasus penolakan produk olahan ikan",
      def: "Penurunan jumlah kasus penolakan produk oleh pembeli dibanding tahun sebelumnya",
      rumus: "(Kasus n-1 - kasus n) / kasus n-1 x 100%",
      sat: "%",
      awal: 10,
      tg: [12, 14, 16, 18, 20],
      f: DEC,
      sd: "Rekap pengaduan pembeli",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 36 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 22 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
        sd: x.sd,
        pj: "Bidang Penguatan Daya Saing Produk Kelautan dan Perikanan",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 2 semakin kecil semakin baik; indikator nomor 4 adalah penurunan (semakin besar semakin baik).",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "k1") },
    rules: ["target-outlier"],
    note: "the 2027 target of the angka konsumsi ikan is 332.00 among 31.60 .. 34.80 (33,2 typed without its comma); between 32.40 and 34.00 it is 33.20",
    truth: `(${a("y2026", "k1")}+${a("y2028", "k1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2028", "k2") },
    rules: ["target-trend"],
    note: "the 2028 target of the susut (lower is better) rises to 12.90 after 11.20 in 2027, before 10.00 in 2029; a falling path would put it near 10.60",
    truth: `(${a("y2027", "k2")}+${a("y2029", "k2")})/2`,
  });
  for (const id of ["k1", "k2", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  // a rising path of a "penurunan" (higher is better) indicator and of the productivity
  b.ok({ sheet: S, cell: a("y2029", "k4"), rules: ["target-trend"], truth: "20" });
  b.ok({ sheet: S, cell: a("y2029", "k3"), rules: ["target-trend", "target-outlier"], truth: "77" });
  return b.finish();
}
