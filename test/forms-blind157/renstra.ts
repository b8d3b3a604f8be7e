// Renstra tables of two Dinas Kelautan dan Perikanan in Sulawesi Utara: a T-C.27 2025-2029 "(dalam
// ribuan rupiah)" with "Tahun ke-1 .. ke-5" (years only in the title) over Target | Rp, and an IKU
// matrix 2021-2026 (definisi, formulasi, kondisi awal, targets per year, kondisi akhir). NTN / NTPi are
// levels (kondisi akhir = the last target), the jumlah rows flows (the sum). Every number is invented.
import {
  BookW,
  DEC,
  INT,
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
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow: boolean;
};

export function tc27DkpMinahasa(): BookW {
  const b = new BookW(
    "tc27-renstra-dkp-minahasa-pesisir-2025-2029.xlsx",
    "T-C.27 Renstra pendanaan indikatif (DKP)",
    "T-C.27 of a DKP in Sulawesi Utara, Renstra 2025-2029, Rp in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MINAHASA PESISIR", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Kelautan dan Perikanan Kabupaten Minahasa Pesisir Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 2, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `k${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: INT,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: 16,
      fmt: DEC,
      width: 10,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      num: "17 = 7+9+11+13+15",
      fmt: INT,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const L: Ln[] = [
    {
      id: "p1",
      kode: "3.25.03",
      nm: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      awal: 104.2,
      k: [105.0, 105.8, 106.6, 107.4, 108.2],
      flow: false,
    },
    {
      id: "g1",
      kode: "3.25.03.2.01",
      nm: "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
      ind: "Jumlah nelayan kecil yang difasilitasi sarana tangkap",
      sat: "orang",
      awal: 280,
      k: [300, 320, 340, 360, 380],
      flow: true,
    },
    {
      id: "s1",
      kode: "3.25.03.2.01.0001",
      nm: "Penyediaan Prasarana Usaha Perikanan Tangkap",
      ind: "Jumlah paket sarana tangkap yang diserahkan",
      sat: "paket",
      awal: 18,
      k: [20, 22, 24, 26, 28],
      rp: [1_250_000, 1_340_000, 1_420_000, 1_510_000, 1_600_000],
      flow: true,
    },
    {
      id: "s2",
      kode: "3.25.03.2.01.0002",
      nm: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten",
      ind: "Jumlah nelayan kecil yang terdaftar dalam KUSUKA",
      sat: "orang",
      awal: 410,
      k: [450, 480, 510, 540, 570],
      rp: [385_000, 410_000, 432_500, 455_000, 480_000],
      flow: true,
    },
    {
      id: "p2",
      kode: "3.25.04",
      nm: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
      ind: "Nilai Tukar Pembudidaya Ikan (NTPi)",
      sat: "indeks",
      awal: 102.1,
      k: [102.8, 103.5, 104.2, 104.9, 105.6],
      flow: false,
    },
    {
      id: "g2",
      kode: "3.25.04.2.01",
      nm: "Pengelolaan Pembudidayaan Ikan di Laut",
      ind: "Jumlah pembudidaya ikan yang difasilitasi",
      sat: "orang",
      awal: 150,
      k: [160, 170, 180, 190, 200],
      flow: true,
    },
    // planted: coded under the capture-fisheries kegiatan
    {
      id: "s3",
      kode: "3.25.03.2.01.0003",
      nm: "Penyediaan Prasarana Pembudidayaan Ikan di Laut",
      ind: "Jumlah unit keramba jaring apung yang dibangun",
      sat: "unit",
      awal: 12,
      k: [14, 16, 16, 18, 18],
      rp: [920_000, 975_000, 1_030_000, 1_085_000, 1_140_000],
      flow: true,
    },
    {
      id: "s4",
      kode: "3.25.04.2.01.0002",
      nm: "Pembinaan dan Pemantauan Pembudidayaan Ikan di Laut",
      ind: "Jumlah pembudidaya rumput laut yang dibina",
      sat: "orang",
      awal: 120,
      k: [130, 140, 150, 160, 170],
      rp: [265_000, 280_000, 296_500, 312_000, 328_000],
      flow: true,
    },
  ];
  const kids: Record<string, string[]> = { p1: ["g1"], g1: ["s1", "s2"], p2: ["g2"], g2: ["s3", "s4"] };
  const rs = ["r1", "r2", "r3", "r4", "r5"];
  const ks = ["k1", "k2", "k3", "k4", "k5"];
  const row = (x: Ln): Row => ({
    id: x.id,
    bold: x.id.startsWith("p"),
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        pj:
          "Bidang " +
          (x.kode.startsWith("3.25.03") && x.id !== "s3" ? "Perikanan Tangkap" : "Perikanan Budidaya"),
        lok: "Kab. Minahasa Pesisir",
      };
      ks.forEach((k, i) => (out[k] = x.k[i]));
      rs.forEach((k, i) => (out[k] = x.rp ? x.rp[i] : fx(kids[x.id].map((id) => c.a(k, id)).join("+"))));
      // planted: p2's kondisi akhir K typed as the mean of the five targets
      out.ka = x.id === "p2" ? 104.2 : x.flow ? fx(ks.map((k) => c.a(k)).join("+")) : fx(c.a("k5"));
      out.ra = fx(rs.map((k) => c.a(k)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...L.map(row),
      {
        id: "jml",
        bold: true,
        span: ["kode", "sat"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { kode: "JUMLAH PENDANAAN INDIKATIF" };
          for (const k of [...rs, "ra"]) out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: target Tahun ke-1 s.d. ke-5 adalah tahun 2025 s.d. 2029."]);
  s.gap();
  signature(s, 14, {
    tempat: "Amurang, 3 Maret 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN,"],
    nama: "Ir. JOUDY F. RUMENGAN, M.Si.",
    nip: "19690812 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the NTPi (an index, a level) is a typed 104.20, the mean of the five targets; the Tahun ke-5 (2029) target is 105.60",
    truth: a("k5", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyediaan Prasarana Pembudidayaan Ikan di Laut is coded 3.25.03.2.01.0003 under kegiatan 3.25.04.2.01 (its Rp is added into 3.25.04.2.01); it should be 3.25.04.2.01.0001",
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "g2"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p1"),
    trap: ks.map((k) => a(k, "p1")).join("+"),
  });
  for (const id of ["g1", "s1", "g2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks.map((k) => a(k, id)).join("+"),
      trap: a("k5", id),
    });
  for (const x of L)
    b.ok({
      sheet: S,
      cell: a("ra", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rs.map((k) => a(k, x.id)).join("+"),
    });
  for (const k of ["r1", "r3", "r5"]) {
    b.ok({ sheet: S, cell: a(k, "g1"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
    b.ok({ sheet: S, cell: a(k, "g2"), rules: ["sum-mismatch"], truth: `${a(k, "s3")}+${a(k, "s4")}` });
  }
  for (const [id, up] of [
    ["s1", "g1"],
    ["s4", "g2"],
    ["g1", "p1"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  k: Array<number>;
  flow?: boolean;
};

export function ikuDkpNusaTabukan(): BookW {
  const b = new BookW(
    "matriks-iku-dkp-nusa-tabukan-2021-2026.xlsx",
    "Matriks IKU (DKP)",
    "IKU matrix of a DKP in Sulawesi Utara 2021-2026: No | Sasaran (merged) | Indikator Kinerja Utama | Definisi Operasional | Formulasi | Satuan | Kondisi Awal 2021 | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir 2026 | Penanggung Jawab",
  );
  const S = "IKU DKP";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEPULAUAN NUSA TABUKAN",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Pelabuhan Lama No. 7 Petta",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS KELAUTAN DAN PERIKANAN",
    "INDIKATOR KINERJA UTAMA PERIODE 2021-2026",
  ]);
  s.gap();
  const YRS = [2022, 2023, 2024, 2025, 2026];
  const S1 = "Meningkatnya kesejahteraan nelayan dan pembudidaya ikan";
  const S2 = "Meningkatnya konsumsi dan mutu hasil perikanan";
  const S3 = "Meningkatnya kepatuhan pelaku usaha perikanan";
  const I: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Nilai Tukar Nelayan (NTN)",
      def: "Perbandingan indeks harga yang diterima nelayan dengan indeks harga yang dibayar nelayan",
      rumus: "(It / Ib) x 100",
      sat: "indeks",
      awal: 103.4,
      k: [104.0, 104.6, 105.2, 105.8, 106.4],
    },
    {
      id: "i2",
      sas: S1,
      ind: "Produksi perikanan budidaya",
      def: "Volume hasil pembudidayaan ikan dan rumput laut dalam satu tahun",
      rumus: "Jumlah produksi budidaya seluruh kecamatan",
      sat: "ton",
      awal: 6_250,
      k: [6_500, 6_800, 7_100, 7_450, 7_800],
    },
    // planted: 2024 typed 5.21 (52.1 with the decimal one place off)
    {
      id: "i3",
      sas: S2,
      ind: "Angka Konsumsi Ikan (AKI)",
      def: "Jumlah ikan yang dikonsumsi per kapita per tahun",
      rumus: "Penyediaan ikan untuk konsumsi / jumlah penduduk",
      sat: "kg/kapita/tahun",
      awal: 47.85,
      k: [49.2, 50.6, 5.21, 53.6, 55.0],
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase susut hasil tangkapan pascapanen",
      def: "Bagian hasil tangkapan yang rusak atau susut mutunya sebelum dipasarkan (makin kecil makin baik)",
      rumus: "Volume susut / volume pendaratan x 100",
      sat: "%",
      awal: 22.0,
      k: [20.0, 18.0, 16.0, 14.0, 12.0],
    },
    // planted: 2024 rises on a lower-is-better indicator
    {
      id: "i5",
      sas: S3,
      ind: "Persentase kapal perikanan yang tidak memiliki izin",
      def: "Kapal ikan <= 30 GT yang beroperasi tanpa SIUP / SIPI yang berlaku (makin kecil makin baik)",
      rumus: "Kapal tanpa izin / kapal terdata x 100",
      sat: "%",
      awal: 18.6,
      k: [16.5, 14.5, 16.8, 10.5, 8.5],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 28 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 32 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 26 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal 2021"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 10 },
    ...YRS.map((y, i): Col => ({
      key: `t${i + 1}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "akh", head: ["Kondisi Akhir 2026"], role: "kondisi-akhir", year: 2026, fmt: DEC, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const ts = ["t1", "t2", "t3", "t4", "t5"];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          def: x.def,
          rumus: x.rumus,
          sat: x.sat,
          awal: x.awal,
          pj: i < 2 ? "Bidang Perikanan Budidaya" : "Bidang Pengolahan dan Pemasaran",
        };
        ts.forEach((k, j) => (out[k] = x.k[j]));
        out.akh = fx(c.a("t5"));
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 10, {
    tempat: "Petta, 5 Januari 2022",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN,"],
    nama: "MEIDY J. MAKAGANSA, S.Pi., M.Si.",
    nip: "19760514 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t3", "i3") },
    rules: ["target-outlier"],
    note: "AKI target 2024 is 5.21 among 49.20 .. 55.00 kg/kapita/tahun: the decimal point is one place off; the path gives 52.10 (midway between 50.60 and 53.60)",
    truth: `(${a("t2", "i3")}+${a("t4", "i3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "i5") },
    rules: ["target-trend"],
    note: "Persentase kapal tanpa izin (lower is better) falls 18.60 > 16.50 > 14.50 and then rises to 16.80 in 2024 before 10.50 and 8.50; the path gives 12.50",
    truth: `(${a("t2", "i5")}+${a("t4", "i5")})/2`,
  });
  for (const id of ["i1", "i4"])
    b.ok({
      sheet: S,
      cell: a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: ts.map((k) => a(k, id)).join("+"),
    });
  for (const k of ts) b.ok({ sheet: S, cell: a(k, "i4"), rules: ["target-trend"], truth: a(k, "i4") });
  for (const k of ["t2", "t4"])
    b.ok({ sheet: S, cell: a(k, "i3"), rules: ["target-outlier"], truth: a(k, "i3") });
  return b.finish();
}
