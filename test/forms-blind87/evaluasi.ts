// An E.81-like evaluation of the Renja 2024 (Permendagri 86/2017) kept by the Dinas Perpustakaan dan
// Kearsipan of an invented kabupaten in Sulawesi Barat: ordinal "(n-2)" / "(n-1)" headers with the year
// only in the title, Kinerja | Keuangan (Rp) under every numbered column, quarters I-IV. Flows
// (pemustaka dilayani, koleksi diolah, perpustakaan dibina) add their quarters; the level rows (TGM,
// persentase perpustakaan desa ber-SNP) take the Triwulan IV value. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81Perpustakaan(): BookW {
  const b = new BookW(
    "evaluasi-renja-dispusip-tappalang-raya-tw4-2024.xlsx",
    "E.81-like evaluation of the Renja 2024 (Dinas Perpustakaan dan Kearsipan)",
    "E.81-like table s.d. Triwulan IV 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) Realisasi Renja | (13) Realisasi Renstra s.d. (n-1) | (14) Tingkat capaian Renstra (%), each Kinerja | Keuangan (Rp); number row merged over the pairs; Rata-rata capaian and Predikat rows; Unit PD",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAPPALANG RAYA",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "Jl. Poros Tappalang - Mamuju Km. 4, Tappalang Raya, Sulawesi Barat",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KABUPATEN TAPPALANG RAYA",
    "Renja Dinas Perpustakaan dan Kearsipan s.d. Triwulan IV Tahun 2024 (Renstra PD 2022-2026)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.23.02.2.01.0004",
      nm: "Pengembangan Layanan Perpustakaan Keliling",
      ind: "Jumlah pemustaka yang dilayani perpustakaan keliling",
      sat: "orang",
      level: false,
      k5: 60_000,
      rp5: 1_850_000_000,
      k6: 31_250,
      rp6: 1_062_400_000,
      k7: 12_500,
      rp7: 398_500_000,
      kq: [2_840, 3_415, 3_960, 3_105],
      rpq: [61_250_000, 104_800_000, 118_350_000, 96_700_000],
    },
    {
      id: "s2",
      kode: "2.23.02.2.01.0006",
      nm: "Pembinaan Perpustakaan Desa dan Taman Bacaan Masyarakat",
      ind: "Persentase perpustakaan desa yang memenuhi Standar Nasional Perpustakaan",
      sat: "%",
      level: true,
      k5: 40,
      rp5: 1_200_000_000,
      k6: 18.5,
      rp6: 610_750_000,
      k7: 25,
      rp7: 245_000_000,
      kq: ["-", 19.2, 22.4, 26.1],
      rpq: [28_400_000, 63_150_000, 71_900_000, 68_300_000],
    },
    {
      id: "s3",
      kode: "2.23.02.2.01.0008",
      nm: "Pengolahan dan Pengembangan Koleksi Bahan Pustaka",
      ind: "Jumlah koleksi bahan pustaka yang diolah",
      sat: "eksemplar",
      level: false,
      k5: 25_000,
      rp5: 2_100_000_000,
      k6: 13_640,
      rp6: 1_177_300_000,
      k7: 5_000,
      rp7: 452_600_000,
      kq: [850, 1_420, 1_615, 1_330],
      rpq: [57_300_000, 121_450_000, 138_900_000, 112_750_000],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kRole, year, num, width: 10 },
    { key: `rp${key}`, head: [head, "Keuangan (Rp)"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 19 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun (n-1) (%)", "Kinerja"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 10,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun (n-1) (%)", "Keuangan (Rp)"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 10,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const cap = (c: Ctx, m: string) => fx(`ROUND(${c.a(`${m}13`)}/${c.a(`${m}5`)}*100,2)`);
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Layanan dan Pembinaan Perpustakaan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s3's Rp (12) typed 403,400,000 over its quarters (430,400,000)
      out.rp12 = x.id === "s3" ? 403_400_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s1's (14) K divides the Renja realisation by the Renja target (12 / 7)
      out.k14 = x.id === "s1" ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`) : cap(c, "k");
      out.rp14 = cap(c, "rp");
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { no: "1", kode: "2.23", nm: "URUSAN PEMERINTAHAN BIDANG PERPUSTAKAAN" },
      },
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1.1",
            kode: "2.23.02",
            nm: "PROGRAM PEMBINAAN PERPUSTAKAAN",
            ind: "Tingkat Kegemaran Membaca Masyarakat (TGM)",
            sat: "nilai",
            k5: 62,
            k6: 55.8,
            k7: 58,
            kq1: "-",
            kq2: "-",
            kq3: "-",
            kq4: 58.74,
            pj: "Dinas Perpustakaan dan Kearsipan",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = cap(c, "k");
          out.rp14 = cap(c, "rp");
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "2.23.02.2.01",
            nm: "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
            ind: "Jumlah perpustakaan umum, sekolah dan desa yang dibina",
            sat: "perpustakaan",
            k5: 150,
            k6: 84,
            k7: 30,
            kq1: 6,
            kq2: 8,
            kq3: 9,
            kq4: 9,
            pj: "Bidang Layanan dan Pembinaan Perpustakaan",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = cap(c, "k");
          out.rp14 = cap(c, "rp");
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: "Tinggi", rp14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Dana Alokasi Khusus non fisik untuk layanan perpustakaan keliling.",
    "Faktor penghambat: jarak tempuh ke desa-desa pegunungan dan keterbatasan pustakawan fungsional.",
    "Tindak lanjut: penambahan jadwal layanan keliling dan bimbingan teknis pengelola perpustakaan desa.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Tappalang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN", "KABUPATEN TAPPALANG RAYA"],
    nama: "Dra. HJ. NURHAENI LATIF, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710614 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.23.02.2.01.0008 is a typed 403,400,000 among formulas; Triwulan I-IV add up to 430,400,000",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian Renstra K (14) of sub kegiatan 2.23.02.2.01.0004 is =ROUND(12/7*100,2) = 106.56 (the Renja capaian); 13 / 5 x 100 = 44,570 / 60,000 gives 74.28",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV value, the s.d. K is the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("kq2", "s2")}+${a("kq3", "s2")}+${a("kq4", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  b.ok({ sheet: S, cell: a("k12", "prog"), rules: ["sum-mismatch"], truth: a("kq4", "prog") });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}
