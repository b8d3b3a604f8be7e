// Money tables of a Dinas Pemadam Kebakaran dan Penyelamatan: the E.81 evaluation of the Renja 2024
// of a Nusa Tenggara Barat kabupaten's Dinas (K | Rp pairs, quarters, flows add their quarters, the
// rates take Triwulan IV) and the T-C.27 of the Renstra 2025-2029 of a Sulawesi Tengah kabupaten's
// Dinas (in thousands of rupiah). Codes are Kepmendagri-shaped (1.05.03 > 1.05.03.2.01 >
// 1.05.03.2.01.000x). Every number is invented.
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
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  k8: number;
  rp8: number;
  kq: number[];
  rpq: number[];
};

export function e81Damkar(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-damkar-lembah-rinjani.xlsx",
    "E.81 evaluasi Renja 2024 (Dinas Damkar)",
    "E.81 of a Dinas Damkar in NTB, 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (6) Target Renstra akhir (2026) | (7) Realisasi s.d. Renja 2023 | (8) Target Renja 2024 | (9)-(12) Triwulan I-IV | (13) Realisasi 2024 | (14) Realisasi s.d. 2024 | (15) Tingkat Capaian, each K | Rp; number row merged over the pairs ('13 = 9+10+11+12', '14 = 7 + 13', '15 = 14 / 6 x 100'); program rate is a level; Rata-rata and Predikat rows",
  );
  const S = "E81 Damkar 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH RINJANI", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Lembah Rinjani",
    "Renja Dinas Pemadam Kebakaran dan Penyelamatan Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: meningkatnya kecepatan penanganan kebakaran",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.05.03.2.01.0001",
      nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      ind: "Jumlah kejadian kebakaran yang tertangani",
      sat: "kali",
      level: false,
      k6: 600,
      rp6: 9_850_000_000,
      k7: 298,
      rp7: 4_912_400_000,
      k8: 110,
      rp8: 1_964_500_000,
      kq: [31, 27, 22, 24],
      rpq: [402_150_000, 486_720_000, 513_300_000, 497_830_000],
    },
    {
      id: "s2",
      kode: "1.05.03.2.01.0002",
      nm: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah bangunan gedung yang diinspeksi sarana proteksi kebakarannya",
      sat: "gedung",
      level: false,
      k6: 240,
      rp6: 1_150_000_000,
      k7: 131,
      rp7: 601_250_000,
      k8: 50,
      rp8: 236_000_000,
      kq: [8, 14, 15, 11],
      rpq: [38_400_000, 61_750_000, 72_900_000, 52_300_000],
    },
    {
      id: "s3",
      kode: "1.05.03.2.01.0005",
      nm: "Penyediaan Sarana dan Prasarana Pemadam Kebakaran",
      ind: "Persentase hidran kota yang berfungsi",
      sat: "%",
      level: true,
      k6: 85,
      rp6: 3_600_000_000,
      k7: 64.71,
      rp7: 1_827_000_000,
      k8: 78,
      rp8: 742_600_000,
      kq: [58.82, 58.82, 55.88, 52.94],
      rpq: [64_500_000, 182_350_000, 231_900_000, 228_700_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    ...pair(
      "6",
      "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)",
      "6",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "7",
      "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s.d. Renja PD Tahun Lalu (2023)",
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "8",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)",
      "8",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, `Triwulan ${q}`, String(9 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "13",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD 2024",
      "13 = 9+10+11+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "14 = 7 + 13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k15",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "15 = 14 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp15",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "15 = 14 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const plus = (keys: string[], c: Ctx, id?: string) => keys.map((k) => c.a(k, id)).join("+");
  const rp13Of = (x: Sub) => x.rpq.reduce((n, v) => n + v, 0);
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        k8: x.k8,
        rp8: x.rp8,
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k13 = x.level ? fx(c.a("kq4")) : fx(plus(qk, c));
      // planted: s2's Rp (13) keeps a stale cached result from before Triwulan IV
      out.rp13 = x.id === "s2" ? fx(plus(qr, c), rp13Of(x) - x.rpq[3]) : fx(plus(qr, c));
      out.k14 = x.level ? fx(c.a("k13")) : fx(`${c.a("k7")}+${c.a("k13")}`);
      out.rp14 = fx(`${c.a("rp7")}+${c.a("rp13")}`);
      // planted: s1's K (15) divides by the Renja target (8) instead of the Renstra target (6)
      out.k15 = fx(`ROUND(${c.a("k14")}/${c.a(x.id === "s1" ? "k8" : "k6")}*100,2)`);
      out.rp15 = fx(`ROUND(${c.a("rp14")}/${c.a("rp6")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp6", "rp7", "rp8", ...qr, "rp13", "rp14"];
  const rollup = (from: string[]) => (c: Ctx) => {
    const out: Record<string, Cell> = {};
    for (const k of rpKeys) out[k] = fx(from.map((f) => c.a(k, f)).join("+"));
    out.rp15 = fx(`ROUND(${c.a("rp14")}/${c.a("rp6")}*100,2)`);
    return out;
  };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          no: "1",
          kode: "1.05.03",
          nm: "PROGRAM PENANGGULANGAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
          ind: "Persentase kejadian kebakaran yang ditangani sesuai waktu tanggap (≤ 15 menit)",
          sat: "%",
          k6: 85,
          k7: 70.1,
          k8: 75,
          kq1: 67.74,
          kq2: 70.37,
          kq3: 72.73,
          kq4: 73.08,
          k13: fx(c.a("kq4")),
          k14: fx(c.a("k13")),
          k15: fx(`ROUND(${c.a("k14")}/${c.a("k6")}*100,2)`),
          ...rollup(["k"])(c),
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          no: "1.1",
          kode: "1.05.03.2.01",
          nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
          ...rollup(["s1", "s2", "s3"])(c),
        }),
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja (%)",
          k15: fx(`ROUND(AVERAGE(${c.a("k15", "s1")}:${c.a("k15", "s3")}),2)`),
          rp15: fx(`ROUND(AVERAGE(${c.a("rp15", "s1")}:${c.a("rp15", "s3")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: penambahan 2 unit mobil pompa dan pos WMK Gerung Selatan.",
    "Faktor penghambat: 16 hidran rusak akibat tekanan air PDAM rendah; akses jalan sempit di permukiman padat.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lembah Rinjani, 14 Januari 2025",
    jabatan: ["Kepala Dinas Pemadam Kebakaran dan Penyelamatan,"],
    nama: "LALU MUHAMMAD SAPTAJI, S.E., M.M.",
    nip: "19740512 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp 2024 (13) of Inspeksi Peralatan Proteksi Kebakaran caches 173,050,000, Triwulan I-III only; with Triwulan IV's 52,300,000 it is 225,350,000",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k15", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (15) of sub kegiatan 1.05.03.2.01.0001 divides (14) 402 by the Renja 2024 target (8) 110 = 365.45; by the Renstra target (6) 600, as every other row, it is 67.00",
    truth: `ROUND(${a("k14", "s1")}/${a("k6", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s3"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s3"),
    // a rate: the year's value is the Triwulan IV level, not the quarters added
    trap: qk.map((k) => a(k, "s3")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k14", "p"),
    rules: ["sum-mismatch"],
    truth: a("k13", "p"),
    // the s.d. value of a rate is the latest level, not (7) + (13)
    trap: `${a("k7", "p")}+${a("k13", "p")}`,
  });
  for (const k of ["rp6", "rp8"])
    b.ok({
      sheet: S,
      cell: a(k, "k"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("k13", "s1"),
    rules: ["sum-mismatch"],
    truth: qk.map((k) => a(k, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp13", "s1"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k15", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k14", id)}/${a("k6", id)}*100,2)`,
    });
  return b.finish();
}

// ====================== Dinas Damkar Kabupaten Bukit Pangi, T-C.27 Renstra 2025-2029

type Tc = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27Damkar(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-damkar-bukit-pangi.xlsx",
    "T-C.27 Renstra 2025-2029 funding (Dinas Damkar)",
    "T-C.27 of a Dinas Damkar in Sulawesi Tengah, in thousands of rupiah: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun-1 (2025) .. Tahun-5 (2029) K | Rp | Kondisi Kinerja pada Akhir Periode Renstra K | Rp | Unit Kerja PD Penanggung Jawab; number row with '16 = 6 + 8 + 10 + 12 + 14'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KABUPATEN BUKIT PANGI"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const subs: Tc[] = [
    {
      id: "s1",
      kode: "1.05.03.2.01.0001",
      nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan B3 Kebakaran",
      ind: "Persentase kejadian kebakaran yang ditangani sesuai waktu tanggap",
      sat: "%",
      awal: 76.19,
      k: [78, 80, 83, 86, 90],
      rp: [1_845_600, 1_920_000, 2_016_500, 2_110_250, 2_204_800],
    },
    {
      id: "s2",
      kode: "1.05.03.2.01.0004",
      nm: "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
      ind: "Persentase kelurahan/desa yang memiliki Balakar terlatih",
      sat: "%",
      awal: 22.5,
      k: [27.5, 32.5, 40, 47.5, 55],
      rp: [186_400, 195_750, 214_300, 226_900, 241_150],
    },
    {
      id: "s3",
      // planted: coded under kegiatan 1.05.02.2.01 while it stands under 1.05.03.2.01
      kode: "1.05.02.2.01.0005",
      nm: "Penyediaan Sarana dan Prasarana Pemadam Kebakaran",
      ind: "Persentase WMK yang memiliki pos dan unit pemadam",
      sat: "%",
      awal: 60,
      k: [60, 80, 80, 100, 100],
      rp: [2_650_000, 3_420_500, 1_180_250, 3_965_000, 1_240_600],
    },
  ];
  const kCols: Col[] = [];
  years.forEach((y, i) => {
    const head = "Target Kinerja Program dan Kerangka Pendanaan";
    kCols.push({
      key: `k${y}`,
      head: [head, `Tahun-${i + 1} (${y})`, "Target"],
      role: "target",
      year: y,
      num: String(6 + 2 * i),
      width: 9,
    });
    kCols.push({
      key: `rp${y}`,
      head: [head, `Tahun-${i + 1} (${y})`, "Rp"],
      role: "anggaran",
      year: y,
      num: String(7 + 2 * i),
      fmt: RP,
      width: 14,
    });
  });
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 11,
    },
    ...kCols,
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: "16 = 14",
      width: 9,
    },
    {
      key: "rpak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7 + 9 + 11 + 13 + 15",
      fmt: RP,
      width: 15,
    },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 18 },
  ];
  const akRp = (c: Ctx) => years.map((y) => c.a(`rp${y}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          kode: "1.05.03",
          nm: "PROGRAM PENANGGULANGAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
          ind: "Rata-rata waktu tanggap kebakaran (menit)",
          sat: "menit",
          awal: 17.5,
          ...Object.fromEntries(years.map((y, i) => [`k${y}`, [17, 16, 15, 14, 13][i]])),
          ...Object.fromEntries(years.map((y) => [`rp${y}`, fx(c.a(`rp${y}`, "k"))])),
          kak: fx(c.a("k2029")),
          rpak: fx(akRp(c)),
          uk: "Dinas Damkar",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "1.05.03.2.01",
          nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan dan Penanganan B3 Kebakaran dalam Daerah Kabupaten/Kota",
          ...Object.fromEntries(
            years.map((y) => [`rp${y}`, fx(subs.map((x) => c.a(`rp${y}`, x.id)).join("+"))]),
          ),
          rpak: fx(akRp(c)),
          uk: "Bidang Pemadaman",
        }),
      },
      ...subs.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ...Object.fromEntries(years.map((y, i) => [`k${y}`, x.k[i]])),
          ...Object.fromEntries(years.map((y, i) => [`rp${y}`, x.rp![i]])),
          kak: fx(c.a("k2029")),
          // planted: s2's Rp akhir leaves out 2029
          rpak: fx(
            x.id === "s2"
              ? years
                  .slice(0, 4)
                  .map((y) => c.a(`rp${y}`))
                  .join("+")
              : akRp(c),
          ),
          uk: x.id === "s2" ? "Bidang Pencegahan" : "Bidang Sarpras",
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir kinerja adalah target tahun 2029; pendanaan kondisi akhir adalah jumlah lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const all = (id: string) => years.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyediaan Sarana dan Prasarana Pemadam Kebakaran is coded 1.05.02.2.01.0005 (sub urusan 1.05.02) under kegiatan 1.05.03.2.01; its code is 1.05.03.2.01.0005",
    truth: `${a("kode", "k")}&".0005"`,
  });
  b.plant({
    at: { sheet: S, cell: a("rpak", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Rp kondisi akhir of Pemberdayaan Masyarakat adds 2025-2028 only (823,350); with 2029's 241,150 the five years give 1,064,500",
    truth: all("s2"),
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k")})`,
    actual: a("kode", "p"),
  });
  for (const id of ["p", "s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      // the K end state is the 2029 target, not the five targets added
      trap: years.map((y) => a(`k${y}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("rpak", id), rules: ["kondisi-akhir-mismatch"], truth: all(id) });
  }
  b.ok({
    sheet: S,
    cell: a("rp2027", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map((x) => a("rp2027", x.id)).join("+"),
  });
  // the sarpras funding jumps in 2026 and 2028 (fleet purchases) and falls between: not an outlier
  b.ok({ sheet: S, cell: a("rp2027", "s3"), rules: ["target-outlier"], truth: "1180250" });
  b.ok({ sheet: S, cell: a("k2029", "p"), rules: ["target-trend"], truth: "13" });
  return b.finish();
}
