// E.81, T-C.27 and LKjIP of two invented Dinas Pemberdayaan Masyarakat dan Desa (DPMD): Kabupaten
// Lembah Sarimbun (Sumatera Barat) and Kota Batu Lintang (Sulawesi Tengah). Urusan 2.13. All invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const UP: Record<string, string> = {
  "Sangat Rendah": "Rendah",
  Rendah: "Sedang",
  Sedang: "Tinggi",
  Tinggi: "Sangat Tinggi",
  "Sangat Tinggi": "Tinggi",
};

type E81Row = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  qk: number[];
  qr: number[];
};

/** E.81 s.d. TW IV 2024, DPMD Kabupaten Lembah Sarimbun: ordinal (n-1)/(n-2) headers, no No column. */
export function e81Dpmd(): BookW {
  const b = new BookW(
    "e81-dpmd-lembah-sarimbun-335.xlsx",
    "E.81 evaluasi Renja (DPMD)",
    "E.81 s.d. Triwulan IV 2024, Kode first (no No), (n-2)/(n-1) headers resolved from the title, Triwulan > I..IV > K/Rp, number row with identities, Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIMBUN",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Bukit Pandan No. 14, Lubuk Sarimbun",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN LEMBAH SARIMBUN",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra PD 2022-2026)",
  ]);
  s.gap();
  const s1qr = [18_250_000, 196_800_000, 247_150_000, 121_900_000];
  const s2qr = [9_400_000, 121_650_000, 208_300_000, 139_880_000];
  const k1qr = s1qr.map((v, i) => v + s2qr[i]);
  const k2qr = [142_600_000, 231_750_000, 248_900_000, 219_375_000];
  const k1 = { r5: 5_350_000_000, r6: 2_007_900_000, r7: 1_110_700_000 };
  const k2 = { r5: 4_275_000_000, r6: 1_682_450_000, r7: 884_250_000 };
  const D: E81Row[] = [
    {
      id: "p1",
      kode: "2.13.05",
      nama: "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
      ind: "Persentase lembaga kemasyarakatan desa yang aktif",
      sat: "%",
      level: true,
      k5: 85,
      k6: 71.4,
      k7: 77,
      qk: [68.2, 70.5, 73.9, 76.3],
      qr: k1qr,
      ...k1,
    },
    {
      id: "k1",
      kode: "2.13.05.2.01",
      nama: "Pemberdayaan Lembaga Kemasyarakatan Tingkat Desa",
      ind: "Jumlah KPMD dan pengurus BUMDes yang dilatih",
      sat: "orang",
      level: false,
      k5: 1250,
      k6: 462,
      k7: 260,
      qk: [0, 85, 110, 60],
      qr: k1qr,
      ...k1,
    },
    {
      id: "s1",
      kode: "2.13.05.2.01.0001",
      nama: "Peningkatan Kapasitas Kader Pemberdayaan Masyarakat Desa (KPMD)",
      ind: "Jumlah KPMD yang dilatih",
      sat: "orang",
      level: false,
      k5: 800,
      r5: 2_940_000_000,
      k6: 298,
      r6: 1_102_300_000,
      k7: 160,
      r7: 612_400_000,
      qk: [0, 60, 70, 30],
      qr: s1qr,
    },
    {
      id: "s2",
      kode: "2.13.05.2.01.0002",
      nama: "Pelatihan Pengelola Badan Usaha Milik Desa (BUMDes)",
      ind: "Jumlah pengurus BUMDes yang dilatih",
      sat: "orang",
      level: false,
      k5: 450,
      r5: 2_410_000_000,
      k6: 164,
      r6: 905_600_000,
      k7: 100,
      r7: 498_300_000,
      qk: [0, 25, 40, 30],
      qr: s2qr,
    },
    {
      id: "p2",
      kode: "2.13.04",
      nama: "Program Administrasi Pemerintahan Desa",
      ind: "Persentase desa berstatus Maju dan Mandiri (IDM)",
      sat: "%",
      level: true,
      k5: 45,
      k6: 31.6,
      k7: 38,
      qk: [32.4, 33.8, 35.1, 39.5],
      qr: k2qr,
      ...k2,
    },
    {
      id: "k2",
      kode: "2.13.04.2.01",
      nama: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
      ind: "Jumlah desa yang dibina dalam pengelolaan dana desa",
      sat: "desa",
      level: false,
      k5: 1140,
      k6: 456,
      k7: 228,
      qk: [57, 57, 57, 57],
      qr: k2qr,
      ...k2,
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: [string, number?],
    rr: [string, number?],
  ): Col[] => [
    { key: `${key}K`, head: [head, "K"], num, role: kr[0] as Col["role"], year: kr[1], fmt: DEC },
    { key: `${key}R`, head: [head, "Rp"], num, role: rr[0] as Col["role"], year: rr[1], fmt: RP, width: 16 },
  ];
  const tw = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], num: "1", role: "kode", width: 18 },
    { key: "nama", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "2", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      num: "3",
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], num: "4", role: "satuan" },
    ...pair("c5", "Target Renstra PD pada Akhir Periode Renstra", "5", ["target"], ["anggaran"]),
    ...pair(
      "c6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      ["realisasi", 2023],
      ["realisasi-anggaran", 2023],
    ),
    ...pair(
      "c7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      ["target", 2024],
      ["anggaran", 2024],
    ),
    ...tw.flatMap((t, i): Col[] => [
      {
        key: `q${i}K`,
        head: ["Realisasi Kinerja pada Triwulan", t, "K"],
        num: String(8 + i),
        role: "realisasi",
        year: 2024,
        fmt: DEC,
      },
      {
        key: `q${i}R`,
        head: ["Realisasi Kinerja pada Triwulan", t, "Rp"],
        num: String(8 + i),
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
    ]),
    ...pair(
      "c12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12=8+9+10+11",
      ["realisasi", 2024],
      ["realisasi-anggaran", 2024],
    ),
    ...pair(
      "c13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13=6+12",
      ["realisasi", 2024],
      ["realisasi-anggaran", 2024],
    ),
    ...pair(
      "c14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)",
      "14=13/5x100",
      ["capaian"],
      ["capaian"],
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], num: "15", role: "penanggung-jawab", width: 20 },
  ];
  const PLANT_S2_12R = sum(s2qr) - s2qr[2];
  const calc = D.map((d) => {
    const k12 = d.level ? d.qk[3] : sum(d.qk);
    const r12 = sum(d.qr);
    const k13 = d.level ? k12 : d.k6 + k12;
    const r13 = d.r6 + r12;
    return { k12, r12, k13, r13, k14: round((k13 / d.k5) * 100), r14: round((r13 / d.r5) * 100) };
  });
  const body: Row[] = D.map((d, i) => ({
    id: d.id,
    bold: d.kode.length <= 7,
    cells: {
      kode: d.kode,
      nama: d.nama,
      ind: d.ind,
      sat: d.sat,
      c5K: d.k5,
      c5R: d.r5,
      c6K: d.k6,
      c6R: d.r6,
      c7K: d.k7,
      c7R: d.r7,
      ...Object.fromEntries(
        d.qk.flatMap((v, q) => [
          [`q${q}K`, v],
          [`q${q}R`, d.qr[q]],
        ]),
      ),
      c12K: calc[i].k12,
      c12R: d.id === "s2" ? PLANT_S2_12R : calc[i].r12,
      c13K: calc[i].k13,
      c13R: calc[i].r13,
      c14K: calc[i].k14,
      c14R: calc[i].r14,
      unit: d.kode.startsWith("2.13.05")
        ? "Bidang Kelembagaan dan Sosial Budaya Masyarakat"
        : "Bidang Pemerintahan Desa",
    },
  }));
  const avgK = round(sum(calc.map((c) => c.k14)) / calc.length);
  const avgR = round(sum(calc.map((c) => c.r14)) / calc.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["kode", "c13R"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          c14K: fx(`ROUND(AVERAGE(${x.c("c14K")}${x.row("p1")}:${x.c("c14K")}${x.row("k2")}),2)`),
          c14R: fx(`ROUND(AVERAGE(${x.c("c14R")}${x.row("p1")}:${x.c("c14R")}${x.row("k2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["kode", "c13R"],
        cells: { kode: "Predikat Kinerja", c14K: UP[predikat(avgK)], c14R: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines(
    [
      "Faktor pendorong: pendampingan tenaga ahli P3MD tersedia di seluruh kecamatan.",
      "Faktor penghambat: penetapan APBDes terlambat di 31 desa.",
    ],
    2,
  );
  s.gap();
  signature(s, 20, {
    tempat: "Lubuk Sarimbun, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
    nama: "Ir. ZULHENDRI DATUAK RAJO BASA, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19710412 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (id: string, m: "K" | "R") => [0, 1, 2, 3].map((i) => a(`q${i}${m}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("c12R", "s2") },
    rules: ["sum-mismatch"],
    truth: q("s2", "R"),
    note: "column 12 Rp of pelatihan pengelola BUMDes is 270,930,000: triwulan III (208,300,000) left out; the quarters give 479,230,000",
  });
  b.plant({
    at: { sheet: S, cell: a("c14K", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14K", "avg")})`,
    note: `predikat "${UP[predikat(avgK)]}" for an average capaian kinerja of ${avgK}; the band is ${predikat(avgK)}`,
  });
  for (const id of ["p1", "p2"]) {
    b.ok({ sheet: S, cell: a("c12K", id), rules: ["sum-mismatch"], truth: a("q3K", id), trap: q(id, "K") });
    b.ok({
      sheet: S,
      cell: a("c13K", id),
      rules: ["sum-mismatch"],
      truth: a("c12K", id),
      trap: `${a("c6K", id)}+${a("c12K", id)}`,
    });
  }
  for (const id of ["k1", "s1", "s2", "k2"])
    b.ok({ sheet: S, cell: a("c12K", id), rules: ["sum-mismatch"], truth: q(id, "K") });
  for (const id of ["k1", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("c13K", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6K", id)}+${a("c12K", id)}`,
    });
  for (const id of ["s1", "k2", "p2"]) {
    b.ok({ sheet: S, cell: a("c12R", id), rules: ["sum-mismatch"], truth: q(id, "R") });
    b.ok({
      sheet: S,
      cell: a("c13R", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6R", id)}+${a("c12R", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14R", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("c13R", id)}/${a("c5R", id)}*100,2)`,
    });
  }
  for (const d of D)
    b.ok({
      sheet: S,
      cell: a("c14K", d.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("c13K", d.id)}/${a("c5K", d.id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c14R", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14R", "avg")})`,
  });
  return b.finish();
}

/** T-C.27 Renstra 2025-2029, DPMD Kota Batu Lintang: Tahun ke-1..5 written once over Target/Rp. */
export function tc27Dpmd(): BookW {
  const b = new BookW(
    "tc27-renstra-dpmd-batu-lintang-335.xlsx",
    "T-C.27 Renstra (DPMD)",
    "T-C.27 Renstra 2025-2029 (dalam ribuan rupiah), Sasaran merged, Tahun ke-1..5 group headers written once (unmerged), number row (1)..(19), SUM formulas for program/kegiatan Rp, a second indicator without a code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pemberdayaan Masyarakat dan Desa Kota Batu Lintang Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], num: "(1)", role: "sasaran", width: 26 },
    { key: "kode", head: ["Kode"], num: "(2)", role: "kode", width: 18 },
    { key: "nama", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(3)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      num: "(4)",
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], num: "(5)", role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      num: "(6)",
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: [`Tahun ke-${i + 1}`, "Target"],
        num: `(${7 + 2 * i})`,
        role: "target",
        year: y,
        fmt: DEC,
      },
      {
        key: `r${i}`,
        head: [`Tahun ke-${i + 1}`, "Rp"],
        num: `(${8 + 2 * i})`,
        role: "anggaran",
        year: y,
        fmt: RP,
      },
    ]),
    {
      key: "akT",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      num: "(17)",
      role: "kondisi-akhir",
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      num: "(18)",
      role: "kondisi-akhir",
      fmt: RP,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      num: "(19)",
      role: "penanggung-jawab",
      width: 20,
    },
  ];
  const SA1 = "Meningkatnya kepastian batas dan tata kelola desa";
  const SA2 = "Meningkatnya kemandirian desa dan kelembagaan ekonomi desa";
  type R = {
    id: string;
    sas: string;
    kode?: string;
    nama?: string;
    ind: string;
    sat: string;
    awal: number;
    t: number[];
    rp?: number[] | "sum";
    flow: boolean;
    kids?: string[];
  };
  const rows: R[] = [
    {
      id: "p1",
      sas: SA1,
      kode: "2.13.02",
      nama: "Program Penataan Desa",
      ind: "Persentase desa dengan batas desa yang telah ditetapkan",
      sat: "%",
      awal: 42,
      t: [50, 58, 66, 74, 82],
      rp: "sum",
      flow: false,
      kids: ["k1"],
    },
    {
      id: "k1",
      sas: SA1,
      kode: "2.13.02.2.01",
      nama: "Penyelenggaraan Penataan Desa",
      ind: "Jumlah desa yang difasilitasi penetapan dan penegasan batas",
      sat: "desa",
      awal: 5,
      t: [6, 6, 7, 7, 8],
      rp: "sum",
      flow: true,
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      sas: SA1,
      kode: "2.13.02.2.01.0001",
      nama: "Fasilitasi Penetapan dan Penegasan Batas Desa",
      ind: "Jumlah dokumen peta batas desa yang disusun",
      sat: "dokumen",
      awal: 5,
      t: [6, 6, 7, 7, 8],
      rp: [412_500, 436_800, 468_250, 492_600, 521_400],
      flow: true,
    },
    {
      id: "s2",
      sas: SA1,
      kode: "2.13.02.2.01.0002",
      nama: "Fasilitasi Penyusunan Profil Desa",
      ind: "Jumlah desa yang didampingi penyusunan profil desa",
      sat: "desa",
      awal: 12,
      t: [14, 14, 14, 14, 14],
      rp: [186_300, 194_700, 203_450, 212_800, 223_100],
      flow: true,
    },
    {
      id: "s2b",
      sas: SA1,
      ind: "Persentase profil desa yang dimutakhirkan",
      sat: "%",
      awal: 60,
      t: [70, 78, 85, 92, 100],
      flow: false,
    },
    {
      id: "p2",
      sas: SA2,
      kode: "2.13.05",
      nama: "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
      ind: "Rata-rata nilai Indeks Desa Membangun (IDM)",
      sat: "indeks",
      awal: 0.6612,
      t: [0.675, 0.689, 0.7031, 0.7175, 0.7322],
      rp: "sum",
      flow: false,
      kids: ["k2"],
    },
    {
      id: "k2",
      sas: SA2,
      kode: "2.13.05.2.01",
      nama: "Pemberdayaan Lembaga Kemasyarakatan dan BUMDes",
      ind: "Persentase BUMDes berklasifikasi maju",
      sat: "%",
      awal: 18,
      t: [22, 26, 30, 34, 38],
      rp: "sum",
      flow: false,
      kids: ["s3", "s4"],
    },
    {
      id: "s3",
      sas: SA2,
      kode: "2.13.05.2.01.0001",
      nama: "Pelatihan Pengelola BUMDes",
      ind: "Jumlah pengurus BUMDes yang dilatih",
      sat: "orang",
      awal: 40,
      t: [45, 45, 50, 50, 55],
      rp: [318_900, 334_200, 371_650, 389_400, 426_750],
      flow: true,
    },
    {
      id: "s4",
      sas: SA2,
      kode: "2.13.05.2.01.0002",
      nama: "Fasilitasi Kader Pemberdayaan Masyarakat Desa",
      ind: "Jumlah KPMD yang difasilitasi",
      sat: "orang",
      awal: 60,
      t: [60, 60, 60, 60, 60],
      rp: [245_600, 258_300, 271_900, 285_250, 299_800],
      flow: true,
    },
  ];
  const PLANT_K1_R3 = 704_060; // typed over the SUM: 492,600 + 212,800 = 705,400
  const body: Row[] = rows.map((d) => ({
    id: d.id,
    bold: !!d.kode && d.kode.length <= 12,
    cells: (x) => {
      const c: Record<string, Cell> = { sas: d.sas, ind: d.ind, sat: d.sat, awal: d.awal };
      if (d.kode) c.kode = d.kode;
      if (d.nama) c.nama = d.nama;
      d.t.forEach((v, i) => (c[`t${i}`] = v));
      if (d.rp === "sum")
        YRS.forEach((_, i) => (c[`r${i}`] = fx(`SUM(${d.kids!.map((k) => x.a(`r${i}`, k)).join(",")})`)));
      else if (d.rp) d.rp.forEach((v, i) => (c[`r${i}`] = v));
      if (d.id === "k1") c.r3 = PLANT_K1_R3;
      c.akT = d.id === "s1" ? d.t[4] : d.flow ? sum(d.t) : d.t[4];
      if (d.rp) c.akR = fx(YRS.map((_, i) => x.a(`r${i}`)).join("+"));
      c.unit =
        d.sas === SA1 ? "Bidang Penataan dan Administrasi Desa" : "Bidang Kelembagaan dan Ekonomi Desa";
      return c;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: body,
    vmerge: ["sas"],
  });
  s.gap();
  s.lines(["Catatan: target program dan kegiatan dihitung dari indikator sub kegiatan di bawahnya."], 3);
  const a = (k: string, id: string) => t.a(k, id);
  const years = (id: string, m: "t" | "r") => YRS.map((_, i) => a(`${m}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
    note: "kegiatan Penyelenggaraan Penataan Desa Tahun ke-4 (2028) Rp typed 704,060 in a row of SUM formulas; its sub kegiatan give 705,400",
  });
  b.plant({
    at: { sheet: S, cell: a("akT", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    truth: years("s1", "t"),
    note: "kondisi akhir of dokumen peta batas desa (a yearly flow) is the Tahun ke-5 target 8; the five years add up to 34",
  });
  for (const id of ["p1", "s2b", "p2", "k2"])
    b.ok({
      sheet: S,
      cell: a("akT", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      trap: years(id, "t"),
      tol: 0.0001,
    });
  for (const id of ["k1", "s2", "s3", "s4"])
    b.ok({ sheet: S, cell: a("akT", id), rules: ["kondisi-akhir-mismatch"], truth: years(id, "t") });
  for (const id of ["s1", "s2", "s3", "s4", "k2", "p2"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years(id, "r"),
    });
  for (const i of [0, 1, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
  for (const i of [0, 1, 2, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s3")}+${a(`r${i}`, "s4")}`,
    });
  b.ok({ sheet: S, cell: a("r0", "p1"), rules: ["sum-mismatch"], truth: a("r0", "k1") });
  return b.finish();
}

/** LKjIP 2024 DPMD Kabupaten Lembah Sarimbun: ROUND capaian formulas, refleksi on negatives. */
export function lkjipDpmd(): BookW {
  const b = new BookW(
    "lkjip-2024-dpmd-lembah-sarimbun-335.xlsx",
    "LKjIP pengukuran kinerja (DPMD)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran (merged) | Indikator | Target 2024 | Realisasi 2024 | Satuan | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra 2026; refleksi on negative indicators",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Dinas PMD Kabupaten Lembah Sarimbun Tahun 2024",
  ]);
  s.gap();
  const SA1 = "Meningkatnya status kemajuan dan kemandirian desa";
  const SA2 = "Meningkatnya akuntabilitas pengelolaan keuangan desa";
  const SA3 = "Meningkatnya peran kelembagaan ekonomi dan kader desa";
  const I = [
    {
      id: "i1",
      sas: SA1,
      ind: "Persentase desa berstatus Mandiri",
      sat: "%",
      neg: false,
      t: 18,
      r: 19.5,
      r23: 15.8,
      ak: 25,
    },
    {
      id: "i2",
      sas: SA1,
      ind: "Persentase desa berstatus Tertinggal dan Sangat Tertinggal",
      sat: "%",
      neg: true,
      t: 12,
      r: 10.8,
      r23: 13.6,
      ak: 8,
    },
    {
      id: "i3",
      sas: SA2,
      ind: "Jumlah temuan penyalahgunaan dana desa",
      sat: "kasus",
      neg: true,
      t: 6,
      r: 8,
      r23: 9,
      ak: 3,
    },
    {
      id: "i4",
      sas: SA2,
      ind: "Persentase desa yang menyalurkan dana desa tahap III tepat waktu",
      sat: "%",
      neg: false,
      t: 95,
      r: 91,
      r23: 88.6,
      ak: 100,
    },
    {
      id: "i5",
      sas: SA3,
      ind: "Persentase BUMDes berklasifikasi maju",
      sat: "%",
      neg: false,
      t: 30,
      r: 25.7,
      r23: 21.4,
      ak: 40,
    },
    {
      id: "i6",
      sas: SA3,
      ind: "Persentase KPMD yang aktif mendampingi desa",
      sat: "%",
      neg: false,
      t: 80,
      r: 74,
      r23: 69.5,
      ak: 90,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
  ];
  const capOf = (d: (typeof I)[number]) => (d.neg ? ((2 * d.t - d.r) / d.t) * 100 : (d.r / d.t) * 100);
  const rows: Row[] = I.map((d, n) => ({
    id: d.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      let cap = fx(d.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
      let pred = predikatBaik(capOf(d));
      if (d.id === "i3") {
        cap = fx(`ROUND(${R}/${T}*100,2)`);
        pred = predikatBaik((d.r / d.t) * 100);
      }
      if (d.id === "i4") cap = fx(`ROUND(${R}/${T}*100,2)`, 98.95);
      return {
        no: n + 1,
        sas: d.sas,
        ind: d.ind,
        t: d.t,
        r: d.r,
        sat: d.sat,
        cap,
        pred,
        r23: d.r23,
        ak: d.ak,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines(
    [
      "Keterangan: capaian indikator negatif (semakin kecil semakin baik) dihitung (2 x Target - Realisasi) / Target x 100.",
      "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    ],
    2,
  );
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    note: "temuan penyalahgunaan dana desa (lower is better) computed R/T = 133.33; refleksi (2T-R)/T gives 66.67",
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "i4") },
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
    note: "stale cached result 98.95 of =ROUND(E/D*100,2); 91 / 95 gives 95.79",
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `${a("r", "i2")}/${a("t", "i2")}*100`,
  });
  for (const id of ["i1", "i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i4", "i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  return b.finish();
}
