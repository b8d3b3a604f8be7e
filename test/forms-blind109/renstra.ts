// Renstra tables of the Dinas Sumber Daya Air dan Bina Marga of Provinsi Jawa Tengah: a T-C.27 for
// program 1.03.10 (provincial roads and bridges) with "Tahun ke-1 .. ke-5" (years only in the title),
// Rp "(dalam ribuan rupiah)", SUM formulas for the kegiatan and the program, a second program
// indicator without a code; and an IKU matrix 2024-2026 with kondisi awal, targets and kondisi akhir.
// Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ln = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow: boolean;
  rp?: number[];
  f: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27BinaMargaJateng(): BookW {
  const b = new BookW(
    "tc27-renstra-bina-marga-jalan-jembatan-jateng-2025-2029.xlsx",
    "T-C.27 Renstra 2025-2029 (Dinas SDA dan Bina Marga, Jawa Tengah, roads and bridges)",
    "T-C.27 for program 1.03.10 Penyelenggaraan Jalan: Tujuan | Sasaran | Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja | Lokasi; Rp in thousands; number row 1..21; SUM formulas for kegiatan and program Rp, typed kondisi akhir K",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TENGAH", "DINAS SUMBER DAYA AIR DAN BINA MARGA"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Sumber Daya Air dan Bina Marga Provinsi Jawa Tengah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "1.03.10.1.01.0011",
      nm: "Rehabilitasi Jalan",
      ind: "Panjang jalan provinsi yang direhabilitasi",
      sat: "km",
      awal: 38.6,
      tg: [42.5, 45, 47.8, 50, 52.3],
      flow: true,
      rp: [312_450_000, 335_800_000, 356_200_000, 372_900_000, 391_650_000],
      f: DEC,
    },
    {
      id: "s2",
      kode: "1.03.10.1.01.0015",
      nm: "Pemeliharaan Rutin Jalan",
      ind: "Persentase panjang jalan provinsi yang terpelihara rutin",
      sat: "%",
      awal: 95.2,
      tg: [96, 97, 98, 98.5, 99],
      flow: false,
      rp: [186_320_500, 192_700_000, 199_450_000, 205_800_000, 212_350_000],
      f: DEC,
    },
    {
      id: "s3",
      // planted: coded under kegiatan 1.03.10.1.02 while it stands under 1.03.10.1.01
      kode: "1.03.10.1.02.0021",
      nm: "Penggantian Jembatan",
      ind: "Jumlah jembatan provinsi yang diganti",
      sat: "unit",
      awal: 5,
      tg: [6, 7, 7, 8, 8],
      flow: true,
      rp: [148_600_000, 171_250_000, 176_900_000, 204_300_000, 211_750_000],
      f: "0",
    },
  ];
  const prog: Ln = {
    id: "prog",
    ind: "Persentase jalan provinsi dalam kondisi mantap",
    sat: "%",
    awal: 88.42,
    tg: [89.1, 89.8, 90.5, 91.2, 92],
    flow: false,
    f: DEC,
  };
  const prog2: Ln = {
    id: "prog2",
    ind: "Persentase jembatan provinsi dalam kondisi baik",
    sat: "%",
    awal: 85.3,
    tg: [86, 86.8, 87.5, 88.2, 89],
    flow: false,
    f: DEC,
  };
  const keg: Ln = {
    id: "keg",
    ind: "Panjang jalan dan bentang jembatan provinsi yang ditangani",
    sat: "km",
    awal: 41.2,
    tg: [45.1, 47.8, 50.6, 53.1, 55.4],
    flow: true,
    f: DEC,
  };
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 4, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 7,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `t${i + 1}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 8 + 2 * i,
        width: 9,
      },
      {
        key: `r${i + 1}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 9 + 2 * i,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "akt",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: 18,
      width: 10,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "anggaran",
      num: 19,
      fmt: RP,
      width: 15,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21, width: 16 },
  ];
  const rk = YEARS.map((_, i) => `r${i + 1}`);
  const kAkhir = (x: Ln) => (x.flow ? Math.round(x.tg.reduce((n, v) => n + v, 0) * 100) / 100 : x.tg[4]);
  const line = (x: Ln, extra: (c: Ctx) => Record<string, Cell>, akt?: number): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => ({
      ind: x.ind,
      sat: x.sat,
      awal: fmt(x.awal, x.f),
      ...Object.fromEntries(x.tg.map((v, i) => [`t${i + 1}`, fmt(v, x.f)])),
      akt: fmt(akt ?? kAkhir(x), x.f),
      ...extra(c),
    }),
  });
  const rpOf = (key: (c: Ctx, k: string) => string) => (c: Ctx) => ({
    ...Object.fromEntries(rk.map((k) => [k, fx(key(c, k))])),
    akr: fx(`SUM(${rk.map((k) => c.a(k)).join(",")})`),
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: [
      // planted: the program's kondisi akhir K is the average of the five targets, not the 2029 target
      line(
        prog,
        (c) => ({
          tuj: "Meningkatkan konektivitas wilayah Jawa Tengah",
          sas: "Meningkatnya kemantapan jalan dan jembatan provinsi",
          kode: "1.03.10",
          nm: "PROGRAM PENYELENGGARAAN JALAN",
          ...rpOf((cc, k) => cc.a(k, "keg"))(c),
          unit: "Dinas SDA dan Bina Marga",
          lok: "Provinsi Jawa Tengah",
        }),
        90.52,
      ),
      line(prog2, () => ({
        tuj: "Meningkatkan konektivitas wilayah Jawa Tengah",
        sas: "Meningkatnya kemantapan jalan dan jembatan provinsi",
        unit: "Dinas SDA dan Bina Marga",
        lok: "Provinsi Jawa Tengah",
      })),
      line(keg, (c) => ({
        tuj: "Meningkatkan konektivitas wilayah Jawa Tengah",
        sas: "Meningkatnya kemantapan jalan dan jembatan provinsi",
        kode: "1.03.10.1.01",
        nm: "Penyelenggaraan Jalan Provinsi",
        ...rpOf((cc, k) => `SUM(${cc.a(k, "s1")}:${cc.a(k, "s3")})`)(c),
        unit: "Bidang Bina Marga",
        lok: "36 ruas strategis",
      })),
      ...subs.map((x) =>
        line(x, (c) => ({
          tuj: "Meningkatkan konektivitas wilayah Jawa Tengah",
          sas: "Meningkatnya kemantapan jalan dan jembatan provinsi",
          kode: x.kode,
          nm: x.nm,
          ...Object.fromEntries(rk.map((k, i) => [k, x.rp![i]])),
          akr: fx(`SUM(${rk.map((k) => c.a(k)).join(",")})`),
          unit: "Bidang Bina Marga",
          lok: x.id === "s3" ? "Jembatan Kali Serang, Kali Tuntang" : "BPJ Wilayah Pati, Magelang, Tegal",
        })),
      ),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target untuk indikator persentase = target tahun ke-5; untuk panjang dan jumlah = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 17, {
    tempat: "Semarang, 14 Maret 2025",
    jabatan: ["Kepala Dinas Sumber Daya Air dan Bina Marga"],
    nama: "Ir. BAGUS WIRAWAN HADIPRANOTO, M.T.",
    nip: "19720415 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akt", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the persentase jalan mantap (a rate) is 90.52, the average of the five targets; it is the Tahun ke-5 (2029) target 92.00",
    truth: a("t5", "prog"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penggantian Jembatan is coded 1.03.10.1.02.0021 (kegiatan 1.03.10.1.02) under kegiatan 1.03.10.1.01; its code is 1.03.10.1.01.0021",
    truth: `${a("kode", "keg")}&".0021"`,
  });
  const last = (id: string) => a("t5", id);
  const all = (id: string) => [1, 2, 3, 4, 5].map((i) => a(`t${i}`, id)).join("+");
  for (const id of ["prog2", "s2"])
    b.ok({ sheet: S, cell: a("akt", id), rules: ["kondisi-akhir-mismatch"], truth: last(id), trap: all(id) });
  for (const id of ["keg", "s1", "s3"])
    b.ok({ sheet: S, cell: a("akt", id), rules: ["kondisi-akhir-mismatch"], truth: all(id), trap: last(id) });
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rk.map((k) => a(k, id)).join("+"),
    });
  for (const k of rk) {
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
    b.ok({ sheet: S, cell: a(k, "prog"), rules: ["sum-mismatch"], truth: a(k, "keg") });
  }
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
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

// ============================================== IKU matrix 2024-2026, Dinas SDA dan Bina Marga Jateng

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  f: string;
  pj: string;
};

export function ikuSdaBmJateng(): BookW {
  const b = new BookW(
    "iku-matriks-dinas-sdabm-jawa-tengah-2024-2026.xlsx",
    "IKU matrix 2024-2026 (Dinas SDA dan Bina Marga, Jawa Tengah)",
    "IKU matrix: No | Sasaran Strategis | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Kondisi Awal 2023 | 'Target' > 2024 | 2025 | 2026 | Kondisi Akhir 2026 | Penanggung Jawab | Sumber Data; typed kondisi akhir; a lower-is-better luas genangan and a 'persentase penurunan' that is higher-is-better",
  );
  const S = "IKU 2024-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TENGAH", "DINAS SUMBER DAYA AIR DAN BINA MARGA"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Nomor 050/0417/2024",
    "INDIKATOR KINERJA UTAMA DINAS SUMBER DAYA AIR DAN BINA MARGA TAHUN 2024-2026",
  ]);
  s.gap();
  const S1 = "Meningkatnya kemantapan jalan dan jembatan provinsi";
  const S2 = "Meningkatnya kinerja layanan irigasi dan pengendalian banjir";
  const rows: Iku[] = [
    {
      id: "u1",
      sas: S1,
      ind: "Persentase jalan provinsi dalam kondisi mantap",
      def: "(panjang jalan kondisi baik + sedang) / panjang jalan provinsi x 100%",
      sat: "%",
      awal: 88.42,
      tg: [88.75, 89.1, 89.8],
      f: DEC,
      pj: "Bidang Bina Marga",
    },
    {
      id: "u2",
      sas: S1,
      ind: "Persentase jembatan provinsi dalam kondisi baik",
      def: "jumlah jembatan kondisi baik / jumlah jembatan provinsi x 100%",
      sat: "%",
      awal: 85.3,
      tg: [85.6, 86, 86.8],
      f: DEC,
      pj: "Bidang Bina Marga",
    },
    {
      id: "u3",
      sas: S2,
      ind: "Persentase jaringan irigasi kewenangan provinsi dalam kondisi baik",
      def: "panjang saluran kondisi baik / panjang saluran DI kewenangan provinsi x 100%",
      sat: "%",
      awal: 74.6,
      // planted: the 2025 target typed 8.00 for 80.00
      tg: [78, 8, 82],
      f: DEC,
      pj: "Bidang Irigasi dan Air Baku",
    },
    {
      id: "u4",
      sas: S2,
      ind: "Luas genangan banjir pada kawasan strategis provinsi",
      def: "luas kawasan strategis yang tergenang > 30 cm lebih dari 24 jam (semakin kecil semakin baik)",
      sat: "ha",
      awal: 3_850,
      // planted: the 2026 target rises again (the Renstra has 3,100)
      tg: [3_600, 3_350, 3_420],
      neg: true,
      f: "#,##0",
      pj: "Bidang Sungai, Danau dan Pantai",
    },
    {
      id: "u5",
      sas: S2,
      ind: "Persentase penurunan luas genangan banjir",
      def: "(luas genangan tahun lalu - luas genangan tahun ini) / luas genangan tahun lalu x 100%",
      sat: "%",
      awal: 5.2,
      tg: [6.5, 6.94, 7.46],
      f: DEC,
      pj: "Bidang Sungai, Danau dan Pantai",
    },
  ];
  const yrs = [2024, 2025, 2026];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
      { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2023"], role: "kondisi-awal", year: 2023, width: 10 },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir 2026"], role: "kondisi-akhir", year: 2026, width: 10 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(yrs.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2026")),
        pj: x.pj,
        sd: x.id.startsWith("u4") || x.id === "u5" ? "SIH3 / BBWS Pemali-Juana" : "IRMS / e-PAKSI",
      }),
    })),
  });
  s.gap();
  s.lines(["Keterangan: indikator luas genangan banjir bersifat negatif (semakin kecil semakin baik)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2025", "u3") },
    rules: ["target-outlier"],
    note: "2025 target of the jaringan irigasi kondisi baik is 8.00 between 78.00 and 82.00 (a dropped zero); it is 80.00",
    truth: "80",
  });
  b.plant({
    at: { sheet: S, cell: a("y2026", "u4") },
    rules: ["target-trend"],
    note: "the luas genangan banjir is lower-is-better, yet its 2026 target 3,420 ha rises above the 2025 target 3,350; the Renstra has 3,100",
    truth: "3100",
  });
  for (const id of ["u1", "u2", "u5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2026", id),
      trap: `SUM(${a("y2024", id)}:${a("y2026", id)})`,
    });
  // the persentase penurunan is higher-is-better although its subject is a bad thing
  b.ok({ sheet: S, cell: a("y2026", "u5"), rules: ["target-trend"], truth: "7.46" });
  b.ok({ sheet: S, cell: a("y2025", "u4"), rules: ["target-trend"], truth: "3350" });
  for (const id of ["u1", "u2"])
    b.ok({ sheet: S, cell: a("y2025", id), rules: ["target-outlier"], truth: a("y2025", id) });
  return b.finish();
}
