// Planning tables of the kefarmasian: a T-C.27 of the Dinkes Kabupaten Obi Raya (Maluku Utara) with
// Tahun ke-1 .. ke-5 Target | Rp pairs "(dalam ribuan rupiah)", an E.81-like evaluation of the Renja
// 2024 of the Dinkes Kabupaten Merbabu Wetan (Jawa Tengah) with triwulan K | Rp pairs, and the IKU
// matrix 2025-2029 of the Dinkes Kabupaten Kao Teluk (Maluku Utara). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

const YRS = [2025, 2026, 2027, 2028, 2029];

// ============================================================ T-C.27, Dinkes Kabupaten Obi Raya

type TRow = { id: string; kode: string; u: string; ind: string; awal: number; k: number[]; rp: number[] };

export function tc27ObiRaya(): BookW {
  const b = new BookW(
    "tc27-renstra-farmalkes-dinkes-obi-raya.xlsx",
    "T-C.27 Renstra pendanaan (Dinkes, kefarmasian)",
    "T-C.27 of a Dinkes in Maluku Utara: Kode | Program / Kegiatan | Indikator | Kondisi Awal (2024) | Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Akhir > Target | Rp | Perangkat Daerah; '(dalam ribuan rupiah)'; three header rows; program Rp = its two kegiatan; kondisi akhir Rp written G+I+K+M+O",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Kesehatan Kabupaten Obi Raya Tahun 2025-2029",
  ]);
  s.lines(["(dalam ribuan rupiah)"]);
  const rows: TRow[] = [
    {
      id: "k1",
      kode: "1.02.02.2.01",
      u: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase ketersediaan obat dan vaksin esensial di puskesmas (%)",
      awal: 84.5,
      k: [88, 90, 920, 93, 95],
      rp: [7_412_300, 7_860_000, 8_245_750, 8_690_400, 9_120_000],
    },
    {
      id: "k2",
      kode: "1.02.03.2.01",
      u: "Pemberian Izin Apotek, Toko Obat, Toko Alat Kesehatan dan Optikal, Usaha Mikro Obat Tradisional (UMOT)",
      ind: "Persentase sarana kefarmasian yang memiliki izin sesuai ketentuan (%)",
      awal: 68,
      k: [72, 76, 80, 84, 88],
      rp: [142_500, 151_200, 158_900, 166_300, 174_850],
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "u", head: ["Program dan Kegiatan"], role: "indikator", num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 4,
      fmt: DEC,
    },
  ];
  YRS.forEach((y, i) => {
    const G = ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1} (${y})`];
    cols.push({ key: `k${y}`, head: [...G, "Target"], role: "target", year: y, num: 5 + 2 * i, fmt: DEC });
    cols.push({ key: `r${y}`, head: [...G, "Rp"], role: "anggaran", year: y, num: 6 + 2 * i, fmt: RP });
  });
  cols.push({
    key: "ak",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
    role: "kondisi-akhir",
    year: 2029,
    num: 15,
    fmt: DEC,
  });
  cols.push({
    key: "ar",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
    role: "kondisi-akhir",
    year: 2029,
    num: "16 = 6+8+10+12+14",
    fmt: RP,
  });
  cols.push({
    key: "pd",
    head: ["Perangkat Daerah Penanggung Jawab"],
    role: "penanggung-jawab",
    num: 17,
    width: 18,
  });
  const sumRp = (c: (k: string) => string) => YRS.map((y) => c(`r${y}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02",
          u: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          ind: "Persentase puskesmas dengan ketersediaan obat esensial minimal 80% (%)",
          awal: 76.92,
          ...Object.fromEntries(YRS.map((y, i) => [`k${y}`, [80.77, 84.62, 88.46, 92.31, 96.15][i]])),
          // planted: the 2028 total is typed, 8,865,700 where the kegiatan give 8,856,700
          ...Object.fromEntries(
            YRS.map((y) => [
              `r${y}`,
              y === 2028 ? 8_865_700 : fx(`${c.a(`r${y}`, "k1")}+${c.a(`r${y}`, "k2")}`),
            ]),
          ),
          ak: fx(c.a("k2029")),
          ar: fx(sumRp((k) => c.a(k))),
          pd: "Dinas Kesehatan",
        }),
      },
      ...rows.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          kode: x.kode,
          u: x.u,
          ind: x.ind,
          awal: x.awal,
          ...Object.fromEntries(YRS.map((y, i) => [`k${y}`, x.k[i]])),
          ...Object.fromEntries(YRS.map((y, i) => [`r${y}`, x.rp[i]])),
          ak: fx(c.a("k2029")),
          ar: fx(sumRp((k) => c.a(k))),
          pd: "Dinas Kesehatan (Seksi Kefarmasian)",
        }),
      })),
    ],
  });
  s.gap();
  s.lines(["Sumber: Renstra Dinas Kesehatan Kabupaten Obi Raya 2025-2029, Bab VI."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2028", "p") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp Tahun ke-4 (2028) of the program is a typed 8,865,700 among k1 + k2 formulas; 8,690,400 + 166,300 give 8,856,700 (digits swapped)",
    truth: `${a("r2028", "k1")}+${a("r2028", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "k1") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "Target Tahun ke-3 (2027) of the ketersediaan obat dan vaksin is 920 (%); between 90 and 93 it is 92 (a stray digit)",
    truth: `(${a("k2026", "k1")}+${a("k2028", "k1")})/2`,
    tol: 0.5,
  });
  for (const id of ["p", "k1", "k2"]) {
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: YRS.map((y) => a(`k${y}`, id)).join("+"),
    });
    if (id !== "p")
      b.ok({
        sheet: S,
        cell: a("ar", id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: YRS.map((y) => a(`r${y}`, id)).join("+"),
        trap: `SUM(${a("k2025", id)}:${a("r2029", id)})`,
      });
  }
  for (const y of [2025, 2026, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k1")})`,
    actual: a("kode", "p"),
  });
  return b.finish();
}

// ========================================== E.81-like evaluation of the Renja 2024, Dinkes Merbabu Wetan

type ERow = {
  id: string;
  kode: string;
  u: string;
  ind: string;
  sat: string;
  tk: number;
  trp: number;
  qk: number[];
  qrp: number[];
};

export function e81MerbabuWetan(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-farmasi-merbabu-wetan.xlsx",
    "E.81 evaluasi Renja (Dinkes, kefarmasian)",
    "E.81-like evaluation of a Dinkes Renja 2024 in Jawa Tengah: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (6) Target Renja 2024 | (7)-(10) Triwulan I-IV | (11) Realisasi | (12) Tingkat Capaian, each K | Rp with the number merged over the pair; flows add their quarters, the ketersediaan (a level) takes Triwulan IV; Rata-rata and Predikat rows",
  );
  const S = "E81 Farmasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MERBABU WETAN",
    "Renja Dinas Kesehatan Kabupaten Merbabu Wetan Tahun 2024 - Bidang Sumber Daya Kesehatan",
  ]);
  s.lines(["Periode pelaksanaan: Triwulan I s.d. IV Tahun 2024"]);
  s.gap();
  const subs: ERow[] = [
    {
      id: "s1",
      kode: "1.02.02.2.01.0020",
      u: "Pengadaan Obat, Vaksin",
      ind: "Jumlah paket obat dan vaksin yang diadakan melalui e-katalog",
      sat: "paket",
      tk: 24,
      trp: 6_120_450_000,
      qk: [4, 9, 7, 3],
      qrp: [845_200_000, 2_310_750_000, 1_960_400_000, 712_300_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0024",
      u: "Distribusi Alat Kesehatan, Obat, Vaksin, BMHP, Makanan dan Minuman ke Fasilitas Kesehatan",
      ind: "Persentase ketersediaan obat esensial di puskesmas",
      sat: "%",
      tk: 90,
      trp: 412_000_000,
      qk: [82.5, 85, 86.25, 88.75],
      qrp: [60_500_000, 98_250_000, 112_400_000, 121_600_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0017",
      u: "Pembinaan Penggunaan Obat Rasional (POR) di Puskesmas",
      ind: "Jumlah puskesmas yang dibina penggunaan obat rasional",
      sat: "puskesmas",
      tk: 29,
      trp: 186_300_000,
      qk: [6, 8, 8, 7],
      qrp: [22_150_000, 48_700_000, 51_900_000, 85_400_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: "target" | "realisasi" | "capaian",
    rpRole: "anggaran" | "realisasi-anggaran" | "capaian",
    f = DEC,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], role, year: 2024, num, fmt: f },
    {
      key: `${key}r`,
      head: [...head, "Rp"],
      role: rpRole,
      year: 2024,
      num,
      fmt: rpRole === "capaian" ? DEC : RP,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "u",
      head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 10 },
    ...pair("t", ["Target Renja Tahun 2024"], "6", "target", "anggaran"),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(7 + i),
        "realisasi",
        "realisasi-anggaran",
      ),
    ),
    ...pair(
      "x",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "11 = 7+8+9+10",
      "realisasi",
      "realisasi-anggaran",
    ),
    ...pair(
      "c",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)"],
      "12 = 11 / 6 x 100",
      "capaian",
      "capaian",
    ),
  ];
  const rpSubs = (c: (k: string, id?: string) => string, k: string) => subs.map((x) => c(k, x.id)).join("+");
  const rpKeys = ["tr", "q1r", "q2r", "q3r", "q4r"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02",
          u: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
          ...Object.fromEntries(rpKeys.map((k) => [k, fx(c.a(k, "k"))])),
          xr: fx(c.a("xr", "k")),
          cr: fx(`ROUND(${c.a("xr")}/${c.a("tr")}*100,2)`),
        }),
      },
      {
        id: "k",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02.2.01",
          u: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
          ...Object.fromEntries(rpKeys.map((k) => [k, fx(rpSubs(c.a, k))])),
          xr: fx(rpSubs(c.a, "xr")),
          cr: fx(`ROUND(${c.a("xr")}/${c.a("tr")}*100,2)`),
        }),
      },
      ...subs.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          kode: x.kode,
          u: x.u,
          ind: x.ind,
          sat: x.sat,
          tk: x.tk,
          tr: x.trp,
          ...Object.fromEntries(x.qk.map((v, j) => [`q${j + 1}k`, v])),
          ...Object.fromEntries(x.qrp.map((v, j) => [`q${j + 1}r`, v])),
          xk: fx(x.sat === "%" ? c.a("q4k") : [1, 2, 3, 4].map((j) => c.a(`q${j}k`)).join("+")),
          xr: fx([1, 2, 3, 4].map((j) => c.a(`q${j}r`)).join("+")),
          ck: fx(`ROUND(${c.a("xk")}/${c.a("tk")}*100,2)`),
          cr: fx(`ROUND(${c.a("xr")}/${c.a("tr")}*100,2)`),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          ck: fx(`ROUND(AVERAGE(${c.a("ck", "s1")}:${c.a("ck", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: () => ({
          no: "Predikat kinerja",
          ck: predikat(
            subs.reduce(
              (n, x) =>
                n +
                Math.round(
                  (x.sat === "%" ? x.qk[3] / x.tk : x.qk.reduce((m, v) => m + v, 0) / x.tk) * 10000,
                ) /
                  100,
              0,
            ) / 3,
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: katalog elektronik sektoral obat memperpendek waktu pengadaan.",
    "Faktor penghambat: keterlambatan pengiriman vaksin ke puskesmas kepulauan pada Triwulan I.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Merbabu Wetan, 20 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. ANDREAS SETYO NUGROHO, M.P.H.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19770921 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembinaan POR is coded 1.02.02.2.02.0017 under kegiatan 1.02.02.2.01 (its code names kegiatan 1.02.02.2.02)",
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("xr", "s3") },
        { sheet: S, cell: a("cr", "s3") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Realisasi Rp of the Pembinaan POR is 208,150,000 (Triwulan IV 85,400,000) above its pagu of 186,300,000: 111.73 %",
    truth: a("tr", "s3"),
  });
  b.ok({
    sheet: S,
    cell: a("xk", "s2"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: a("q4k", "s2"),
    // a level: the ketersediaan at the end of the year, not the four quarters added
    trap: [1, 2, 3, 4].map((j) => a(`q${j}k`, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ck", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("q4k", "s2")}/${a("tk", "s2")}*100,2)`,
  });
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("xr", id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: [1, 2, 3, 4].map((j) => a(`q${j}r`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("cr", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("xr", id)}/${a("tr", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("xk", "s1"),
    rules: ["sum-mismatch"],
    truth: [1, 2, 3, 4].map((j) => a(`q${j}k`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("tr", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map((x) => a("tr", x.id)).join("+"),
    trap: `SUM(${a("tr", "p")}:${a("tr", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("ck", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k")})`,
    actual: a("kode", "p"),
  });
  return b.finish();
}

// ============================================================ IKU 2025-2029, Dinkes Kabupaten Kao Teluk

type IRow = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  awal: number;
  tg: number[];
  neg?: boolean;
};

export function ikuKaoTeluk(): BookW {
  const b = new BookW(
    "iku-dinkes-kefarmasian-kao-teluk.xlsx",
    "IKU matrix (Dinkes, kefarmasian)",
    "IKU matrix of a Dinkes in Maluku Utara: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir | Penanggung Jawab | Sumber Data; one lower-is-better antibiotik row",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN KAO TELUK",
    "NOMOR 440/071/DINKES/I/2025",
  ]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN TAHUN 2025-2029"]);
  s.gap();
  const S1 = "Meningkatnya ketersediaan obat, vaksin dan alat kesehatan yang bermutu";
  const S2 = "Meningkatnya pelayanan kefarmasian dan penggunaan obat rasional";
  const rows: IRow[] = [
    {
      id: "u1",
      sas: S1,
      ind: "Persentase ketersediaan obat dan vaksin esensial di puskesmas",
      rumus: "Jumlah item obat indikator tersedia / 40 item x 100%",
      awal: 86,
      tg: [88, 90, 87, 93, 95],
    },
    {
      id: "u2",
      sas: S1,
      ind: "Persentase nilai pengadaan obat melalui e-katalog",
      rumus: "Nilai pengadaan via e-katalog / total nilai pengadaan obat x 100%",
      awal: 72,
      tg: [78, 82, 86, 90, 94],
    },
    {
      id: "u3",
      sas: S2,
      ind: "Persentase puskesmas dengan apoteker",
      rumus: "Puskesmas dengan minimal 1 apoteker / jumlah puskesmas x 100%",
      awal: 42.86,
      tg: [50, 60, 70, 80, 190],
    },
    {
      id: "u4",
      sas: S2,
      ind: "Persentase penggunaan antibiotik pada ISPA non-pneumonia",
      rumus: "Kasus ISPA non-pneumonia yang diberi antibiotik / seluruh kasus ISPA non-pneumonia x 100%",
      awal: 38.5,
      tg: [34, 30, 26, 22, 18],
      neg: true,
    },
    {
      id: "u5",
      sas: S2,
      ind: "Persentase puskesmas yang melaksanakan POR sesuai standar",
      rumus: "Puskesmas dengan skor POR >= 80 / jumlah puskesmas x 100%",
      awal: 35.71,
      tg: [50, 57.14, 64.29, 71.43, 78.57],
    },
  ];
  const t = s.table({
    headerRows: 2,
    vmerge: ["sas"],
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "rumus", head: ["Formulasi / Cara Pengukuran"], role: "rumus", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YRS.map((y) => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target" as const,
        year: y,
        fmt: DEC,
      })),
      { key: "akh", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, fmt: DEC },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    ],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: "%",
        awal: x.awal,
        ...Object.fromEntries(YRS.map((y, i) => [`y${y}`, x.tg[i]])),
        akh: fx(c.a("y2029")),
        pj: "Kepala Bidang SDK",
        sd: x.id === "u4" ? "Laporan POR puskesmas" : "LPLPO / SMILE",
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator nomor 4 semakin kecil semakin baik.", "Jumlah puskesmas: 14 (2024)."]);
  s.gap();
  signature(s, 10, {
    tempat: "Kao Teluk, 10 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "Hj. NURLAELA ABD. RAHMAN, S.K.M., M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "19790414 200212 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "u1") },
    rules: ["target-trend"],
    note: "Target 2027 of the ketersediaan obat dan vaksin (higher is better) falls to 87 between 90 (2026) and 93 (2028)",
    truth: `(${a("y2026", "u1")}+${a("y2028", "u1")})/2`,
    tol: 0.1,
  });
  b.plant({
    at: { sheet: S, cell: a("y2029", "u3") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "Target 2029 of the puskesmas with apoteker is 190 %; the steps of 10 from 50 give 90 (a stray digit)",
    truth: `${a("y2028", "u3")}+10`,
    tol: 0.1,
  });
  for (const x of rows) {
    if (x.id !== "u3")
      b.ok({
        sheet: S,
        cell: a("akh", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: a("y2029", x.id),
        trap: `SUM(${a("y2025", x.id)}:${a("y2029", x.id)})`,
      });
  }
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "u4"),
      rules: ["target-trend"],
      truth: String(rows[3].tg[YRS.indexOf(y)]),
    });
  b.ok({
    sheet: S,
    cell: a("y2029", "u5"),
    rules: ["target-outlier", "percent-out-of-range"],
    truth: "78.57",
  });
  return b.finish();
}
