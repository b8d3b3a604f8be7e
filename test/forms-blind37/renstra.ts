// The RSUD's Renstra 2025-2029 T-C.27 (full rupiah) and the director's PK 2025 with a Rencana Aksi per
// quarter and an excerpt of the Renstra targets (thirty-seventh unseen set, Kabupaten Wailolong,
// Maluku). Every person and number is invented.
import { BookW, RP, fx, letterhead, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

const YRS = [2025, 2026, 2027, 2028, 2029];

type Line = {
  id: string;
  lvl: "u" | "p" | "k" | "s";
  kode: string;
  nama: string;
  ind?: string;
  sat?: string;
  awal?: number;
  k?: number[];
  akK?: number;
  rp?: number[];
  kids?: string[];
};

/** T-C.27 Renstra RSUD 2025-2029, Rp in full rupiah. */
export function renstraRsud(): BookW {
  const b = new BookW(
    "tc27-renstra-rsud-nunusaku-wailolong.xlsx",
    "T-C.27 Renstra 2025-2029 (RSUD, full rupiah)",
    "sheet 'T-C.27 RSUD': Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Pagu (Rp) | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Pagu (Rp) | Unit Penanggung Jawab; number row (1) .. (17); program / kegiatan Rp = SUM of their children, kondisi akhir Rp = sum of years (formulas); rates end on the last target, counts of equipment on the sum",
  );
  const S = "T-C.27 RSUD";
  const s = b.sheet(S);
  letterhead(s, ["RENCANA STRATEGIS RSUD NUNUSAKU WAILOLONG TAHUN 2025-2029"]);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan dan Pendanaan RSUD Nunusaku Kabupaten Wailolong",
      "(Pagu indikatif dalam rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const ls: Line[] = [
    { id: "u", lvl: "u", kode: "1.02", nama: "URUSAN PEMERINTAHAN BIDANG KESEHATAN" },
    {
      id: "p1",
      lvl: "p",
      kode: "1.02.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai evaluasi SAKIP RSUD",
      sat: "nilai",
      awal: 62.4,
      k: [64, 66, 68, 70, 72],
      akK: 72,
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Persentase pegawai yang menerima gaji dan tunjangan tepat waktu",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      akK: 100,
      kids: ["s111"],
    },
    {
      id: "s111",
      lvl: "s",
      kode: "1.02.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      sat: "orang",
      awal: 408,
      k: [412, 418, 425, 430, 436],
      akK: 436,
      rp: [38_412_600_000, 40_118_250_000, 41_905_400_000, 43_220_750_000, 44_680_900_000],
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.02.01.2.10",
      nama: "Peningkatan Pelayanan BLUD",
      ind: "Rasio pendapatan BLUD terhadap belanja operasional",
      sat: "%",
      awal: 76.5,
      // planted: 2028 typed 48 (the digits of 84 swapped)
      k: [78, 80, 82, 48, 86],
      akK: 86,
      kids: ["s121"],
    },
    {
      id: "s121",
      lvl: "s",
      kode: "1.02.01.2.10.0001",
      nama: "Pelayanan dan Penunjang Pelayanan BLUD",
      ind: "Jumlah BLUD yang menyediakan pelayanan dan penunjang pelayanan",
      sat: "unit kerja",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      akK: 1,
      rp: [86_500_000_000, 90_825_000_000, 95_366_250_000, 100_134_560_000, 105_141_290_000],
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.02.02",
      nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Indeks Kepuasan Masyarakat terhadap pelayanan RSUD",
      sat: "indeks",
      awal: 80.6,
      k: [81, 82, 83, 84, 85],
      akK: 85,
      kids: ["k21", "k22"],
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase sarana, prasarana dan alat kesehatan RSUD sesuai standar kelas C",
      sat: "%",
      awal: 71.2,
      k: [74, 77, 80, 83, 86],
      akK: 86,
      kids: ["s211", "s212", "s213"],
    },
    {
      id: "s211",
      lvl: "s",
      kode: "1.02.02.2.01.0001",
      nama: "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya",
      ind: "Jumlah gedung layanan RSUD yang dibangun",
      sat: "unit",
      awal: 0,
      k: [1, 0, 1, 0, 1],
      akK: 3,
      rp: [12_450_000_000, 0, 14_875_500_000, 0, 9_620_000_000],
    },
    {
      id: "s212",
      lvl: "s",
      kode: "1.02.02.2.01.0014",
      nama: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan / alat penunjang medik yang disediakan",
      sat: "unit",
      awal: 52,
      k: [45, 38, 40, 36, 30],
      akK: 189,
      rp: [6_835_400_000, 5_912_750_000, 6_240_300_000, 5_605_800_000, 4_718_650_000],
    },
    {
      id: "s213",
      lvl: "s",
      // planted: a sub kegiatan of 1.02.02.2.02 filed under 1.02.02.2.01
      kode: "1.02.02.2.02.0017",
      nama: "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai dan Vaksin",
      ind: "Jumlah paket obat dan BMHP yang disediakan",
      sat: "paket",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      akK: 20,
      rp: [3_250_000_000, 3_412_500_000, 3_583_100_000, 3_762_250_000, 3_950_400_000],
    },
    {
      id: "k22",
      lvl: "k",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Bed Occupancy Rate (BOR)",
      sat: "%",
      awal: 68.8,
      k: [70, 72, 74, 75, 76],
      akK: 76,
      kids: ["s221"],
    },
    {
      id: "s221",
      lvl: "s",
      kode: "1.02.02.2.02.0003",
      nama: "Pengelolaan Pelayanan Kesehatan Rujukan dan Rawat Inap",
      ind: "Jumlah pasien rujukan yang mendapatkan pelayanan",
      sat: "orang",
      awal: 6_240,
      k: [6_400, 6_550, 6_700, 6_850, 7_000],
      akK: 33_500,
      rp: [1_845_000_000, 1_937_250_000, 2_034_100_000, 2_135_800_000, 2_242_600_000],
    },
  ];
  const byId = new Map(ls.map((l) => [l.id, l]));
  const AW = "Data Capaian pada Tahun Awal Perencanaan (2024)";
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  let n = 5;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nama", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "awal", head: [AW], role: "kondisi-awal", year: 2024, num: "(5)", width: 12 },
    ...YRS.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, String(y), "Target"], role: "target", year: y, num: `(${++n})`, width: 9 },
      {
        key: `rp${i}`,
        head: [G, String(y), "Pagu (Rp)"],
        role: "anggaran",
        year: y,
        num: `(${++n})`,
        fmt: RP,
        width: 17,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: "(16)", width: 10 },
    { key: "akR", head: [AK, "Pagu (Rp)"], role: "anggaran", num: "(17)", fmt: RP, width: 18 },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 16 },
  ];
  const I = [0, 1, 2, 3, 4];
  const rows: Row[] = ls.map((l) => ({
    id: l.id,
    bold: l.lvl !== "s",
    cells: (c) => {
      const o: Record<string, Cell> = { kode: l.kode, nama: l.nama };
      if (l.lvl === "u") return o;
      o.ind = l.ind;
      o.sat = l.sat;
      o.awal = l.awal;
      I.forEach((i) => (o[`k${i}`] = l.k![i]));
      o.akK = l.akK;
      for (const i of I) {
        if (l.rp) o[`rp${i}`] = l.rp[i];
        else o[`rp${i}`] = fx(`SUM(${l.kids!.map((k) => c.a(`rp${i}`, k)).join(",")})`);
      }
      // planted: kondisi akhir Pagu of the alat kesehatan typed, two digits swapped
      o.akR = l.id === "s212" ? 29_132_900_000 : fx(`SUM(${I.map((i) => c.a(`rp${i}`)).join(",")})`);
      o.pj =
        l.lvl === "s" ? (l.id.startsWith("s1") ? "Bagian Keuangan" : "Bidang Pelayanan Medik") : "Direktur";
      return o;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  signature(s, 14, {
    tempat: "Wailolong, 2 Juni 2025",
    jabatan: ["Direktur RSUD Nunusaku Wailolong"],
    nama: "dr. ROSALINA M. TEHUPEIORY, Sp.PD",
    nip: "19790822 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumYears = (id: string) => `SUM(${I.map((i) => a(`rp${i}`, id)).join(",")})`;
  b.plant({
    at: { sheet: S, cell: a("kode", "s213") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan coded 1.02.02.2.02.0017 (a child of 1.02.02.2.02) stands under kegiatan 1.02.02.2.01",
    truth: `PARENT(${a("kode", "s213")})`,
    actual: a("kode", "k21"),
  });
  b.plant({
    at: { sheet: S, cell: a("akR", "s212") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: `kondisi akhir Pagu of the alat kesehatan typed 29,132,900,000 among SUM formulas; the five years give ${sum(byId.get("s212")!.rp!).toLocaleString("en-US")} (digits swapped)`,
    truth: sumYears("s212"),
  });
  b.plant({
    at: { sheet: S, cell: a("k3", "k12") },
    rules: ["target-trend", "target-outlier"],
    note: "2028 target of the BLUD revenue ratio typed 48 between 82 (2027) and 86 (2029): the 84 with its digits swapped",
    truth: `(${a("k2", "k12")}+${a("k4", "k12")})/2`,
  });
  // traps
  b.ok({
    sheet: S,
    cell: a("akK", "k22"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "k22"),
    trap: `SUM(${I.map((i) => a(`k${i}`, "k22")).join(",")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s212"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${I.map((i) => a(`k${i}`, "s212")).join(",")})`,
    trap: a("k4", "s212"),
  });
  b.ok({
    sheet: S,
    cell: a("rp2", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2", "k21")}+${a("rp2", "k22")}`,
    trap: `SUM(${a("rp2", "k21")}:${a("rp2", "s221")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akR", "p1"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: sumYears("p1"),
  });
  b.ok({
    sheet: S,
    cell: a("k4", "p2"),
    rules: ["target-trend", "target-outlier"],
    truth: "85",
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s221"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s221")})`,
    actual: a("kode", "k22"),
  });
  return b.finish();
}

type Pk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  ren: number[];
  pk: number;
  q: number[];
  sifat: string;
};

/** PK 2025 of the RSUD director: PK sheet with its budget, Rencana Aksi per quarter, Renstra excerpt. */
export function pkDirektur(): BookW {
  const b = new BookW(
    "pk2025-direktur-rencanaaksi-rsud-wailolong.xlsx",
    "Perjanjian Kinerja 2025 with Rencana Aksi per triwulan (Direktur RSUD)",
    "sheets 'PK Direktur 2025' (Sasaran | Indikator Kinerja | Satuan | Target 2025; under it Program | Anggaran (Rp) | Keterangan with Jumlah), 'Renaksi 2025' (Indikator | Satuan | Target Tahunan | 'Target per Triwulan' > TW I .. TW IV | Sifat Target), 'Kutipan Renstra' (targets 2025 .. 2029); levels end the year on TW IV, counts add up; a waiting time falls quarter by quarter",
  );
  const xs: Pk[] = [
    {
      id: "ikm",
      sas: "Meningkatnya kepuasan dan keselamatan pasien",
      ind: "Indeks Kepuasan Masyarakat (IKM)",
      sat: "indeks",
      ren: [81, 82, 83, 84, 85],
      // planted: the 2027 target copied into the PK
      pk: 83,
      q: [81, 81, 81, 81],
      sifat: "Posisi (survei semesteran)",
    },
    {
      id: "bor",
      sas: "Meningkatnya mutu pelayanan kesehatan rujukan",
      ind: "Bed Occupancy Rate (BOR)",
      sat: "%",
      ren: [70, 72, 74, 75, 76],
      pk: 70,
      q: [62, 65, 68, 70],
      sifat: "Posisi akhir triwulan",
    },
    {
      id: "tunggu",
      sas: "Meningkatnya kepuasan dan keselamatan pasien",
      ind: "Rata-rata waktu tunggu pelayanan rawat jalan",
      sat: "menit",
      ren: [60, 55, 50, 45, 40],
      pk: 60,
      q: [75, 70, 65, 60],
      sifat: "Posisi akhir triwulan (semakin kecil semakin baik)",
    },
    {
      id: "ndr",
      sas: "Meningkatnya mutu pelayanan kesehatan rujukan",
      ind: "Net Death Rate (NDR)",
      sat: "per 1.000 pasien keluar",
      ren: [24, 23, 22, 21, 20],
      pk: 24,
      q: [24, 24, 24, 24],
      sifat: "Rata-rata tahunan (semakin kecil semakin baik)",
    },
    {
      id: "rujuk",
      sas: "Meningkatnya mutu pelayanan kesehatan rujukan",
      ind: "Jumlah pasien rujukan yang dilayani",
      sat: "orang",
      ren: [6_400, 6_550, 6_700, 6_850, 7_000],
      pk: 6_400,
      q: [1_500, 1_600, 1_650, 1_650],
      sifat: "Kumulatif (dijumlahkan)",
    },
  ];
  // --- Kutipan Renstra
  const R = "Kutipan Renstra";
  const sr = b.sheet(R);
  sr.lines(["Kutipan Tabel Renstra RSUD Nunusaku 2025-2029 (Indikator Kinerja Sasaran)"], 1, { bold: true });
  sr.gap();
  const tr = sr.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      ...YRS.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
      })),
    ],
    headerRows: 2,
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, ind: x.ind, sat: x.sat, ...Object.fromEntries(x.ren.map((v, j) => [`y${j}`, v])) },
    })),
  });
  // --- PK
  const P = "PK Direktur 2025";
  const sp = b.sheet(P);
  letterhead(sp, ["PERJANJIAN KINERJA TAHUN 2025", "DIREKTUR RSUD NUNUSAKU KABUPATEN WAILOLONG"]);
  const tp = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: "#,##0.##" },
    ],
    headerRows: 1,
    rows: [...xs]
      .sort((p, q) => p.sas.localeCompare(q.sas))
      .map((x, i) => ({ id: x.id, cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.pk } })),
    vmerge: ["sas"],
  });
  sp.gap();
  const progs = [
    { id: "g1", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 131_630_850_000 },
    {
      id: "g2",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 24_380_400_000,
    },
    {
      id: "g3",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      rp: 1_265_000_000,
    },
  ];
  const tg = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 36 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, i) => ({
        id: g.id,
        cells: { no: i + 1, prog: g.nama, rp: g.rp, ket: "APBD / BLUD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        // planted: the SUM stops one row short (the SDM program left out)
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g2")})`) }),
      },
    ],
  });
  sp.gap();
  signature(sp, 3, {
    tempat: "Wailolong, 6 Januari 2025",
    jabatan: ["Bupati Wailolong"],
    nama: "YOHANIS P. SAMALELAWY",
    nip: "-",
  });
  // --- Rencana Aksi
  const A = "Renaksi 2025";
  const sa = b.sheet(A);
  sa.lines(["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025", "RSUD NUNUSAKU WAILOLONG"], 1, { bold: true });
  sa.gap();
  const ta = sa.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "t", head: ["Target Tahunan"], role: "target", year: 2025, fmt: "#,##0.##" },
      ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
        key: `q${i}`,
        head: ["Target per Triwulan", q],
        role: "target",
        year: 2025,
        fmt: "#,##0.##",
      })),
      { key: "sifat", head: ["Sifat Target"], role: "keterangan", width: 26 },
    ],
    headerRows: 2,
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        t: x.ren[0],
        ...Object.fromEntries(x.q.map((v, j) => [`q${j}`, v])),
        sifat: x.sifat,
      },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: tp.a("t", "ikm") },
        { sheet: R, cell: tr.a("y0", "ikm") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the IKM is 83, the Renstra target of 2027; the Renstra gives 81 for 2025 (and the Rencana Aksi says 81)",
    truth: `'${R}'!${tr.a("y0", "ikm")}`,
  });
  b.plant({
    at: { sheet: P, cell: tg.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran = SUM of the first two programs (156,011,250,000); the three give 157,276,250,000",
    truth: `SUM(${tg.a("rp", "g1")}:${tg.a("rp", "g3")})`,
  });
  // traps: a level's year is its TW IV target, a count's is the sum; a lower-is-better time falls
  b.ok({
    sheet: A,
    cell: ta.a("t", "bor"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: ta.a("q3", "bor"),
    trap: `SUM(${ta.a("q0", "bor")}:${ta.a("q3", "bor")})`,
  });
  b.ok({
    sheet: A,
    cell: ta.a("t", "rujuk"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `SUM(${ta.a("q0", "rujuk")}:${ta.a("q3", "rujuk")})`,
    trap: ta.a("q3", "rujuk"),
  });
  b.ok({
    sheet: A,
    cell: ta.a("q3", "tunggu"),
    rules: ["target-trend", "sum-mismatch"],
    truth: ta.a("t", "tunggu"),
    trap: `SUM(${ta.a("q0", "tunggu")}:${ta.a("q3", "tunggu")})`,
  });
  b.ok({
    sheet: R,
    cell: tr.a("y4", "tunggu"),
    rules: ["target-trend", "target-outlier"],
    truth: "40",
  });
  b.ok({
    sheet: P,
    cell: tp.a("t", "ndr"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${tr.a("y0", "ndr")}`,
  });
  return b.finish();
}
