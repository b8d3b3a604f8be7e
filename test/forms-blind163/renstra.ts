// Renstra tables: the T-C.27 of the Dinas ESDM Provinsi Kalimantan Tengah 2022-2026 (IUP and air tanah,
// "Tahun ke-1 .. ke-5", in thousands of rupiah) and the IKU matrix of the Badan Kesbangpol Kalimantan
// Tengah (konflik sosial, ormas, partisipasi pemilih, nilai AKIP). Every person and number is invented.
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

type Line = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  /** Rp of the row = the sum of these rows */
  of?: string[];
  /** typed kondisi akhir K (planted) */
  akK?: number;
};

const Y = [1, 2, 3, 4, 5];

export function tc27EsdmKalteng(): BookW {
  const b = new BookW(
    "tc27-pendanaan-iup-air-tanah-esdm-kalteng.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan indikatif (Dinas ESDM)",
    "T-C.27 of the Dinas ESDM Provinsi Kalimantan Tengah, Renstra 2022-2026: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2021) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit | Lokasi; '(dalam ribuan rupiah)'; number row with '17 = 7+9+11+13+15'; a second indicator without a code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI KALIMANTAN TENGAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas ESDM Provinsi Kalimantan Tengah Tahun 2022-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "prog",
      kode: "3.28.03",
      nm: "PROGRAM PENGELOLAAN MINERAL DAN BATUBARA",
      ind: "Persentase pemegang IUP yang menyampaikan laporan RKAB tepat waktu",
      sat: "%",
      level: true,
      awal: 62,
      k: [66, 70, 74, 78, 82],
      of: ["g1", "g2"],
    },
    {
      id: "g1",
      kode: "3.28.03.1.01",
      nm: "Pembinaan dan Pengawasan Izin Usaha Pertambangan",
      ind: "Jumlah IUP yang dievaluasi",
      sat: "IUP",
      level: false,
      awal: 48,
      k: [60, 60, 65, 65, 70],
      of: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "3.28.03.1.01.0001",
      nm: "Pengawasan IUP Eksplorasi dan Operasi Produksi",
      ind: "Jumlah dokumen laporan pengawasan IUP",
      sat: "dokumen",
      level: false,
      awal: 3,
      k: [4, 4, 4, 4, 4],
      rp: [1_245_000, 1_310_500, 1_386_000, 1_452_750, 1_520_000],
    },
    {
      id: "s11b",
      ind: "Persentase IUP yang diawasi",
      sat: "%",
      level: true,
      awal: 35,
      k: [40, 50, 60, 70, 80],
    },
    {
      id: "s12",
      kode: "3.28.03.1.01.0002",
      nm: "Penyusunan Data dan Neraca Wilayah Pertambangan",
      ind: "Jumlah dokumen neraca sumber daya mineral dan batubara",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [385_000, 402_300, 418_600, 436_000, 455_250],
    },
    {
      id: "g2",
      kode: "3.28.03.1.02",
      nm: "Pengelolaan Air Tanah pada Cekungan Air Tanah Lintas Kabupaten/Kota",
      ind: "Persentase sumur bor berizin yang diawasi",
      sat: "%",
      level: true,
      awal: 45,
      k: [50, 55, 60, 70, 75],
      of: ["s21", "s22"],
      akK: 62,
    },
    {
      id: "s21",
      kode: "3.28.03.1.02.0001",
      nm: "Pengawasan Pemanfaatan Air Tanah",
      ind: "Jumlah sumur pantau yang diukur muka air tanahnya",
      sat: "titik",
      level: false,
      awal: 18,
      k: [20, 22, 24, 26, 28],
      rp: [512_400, 548_000, 586_300, 627_500, 671_400],
    },
    // planted: coded under kegiatan 3.28.03.1.01 while it stands under 3.28.03.1.02
    {
      id: "s22",
      kode: "3.28.03.1.01.0003",
      nm: "Penerbitan Rekomendasi Teknis Izin Pengusahaan Air Tanah",
      ind: "Jumlah rekomendasi teknis yang diterbitkan",
      sat: "rekomendasi",
      level: false,
      awal: 96,
      k: [110, 120, 130, 140, 150],
      rp: [268_000, 281_400, 295_500, 310_250, 325_800],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "5",
      fmt: DEC,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2021 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2021 + y,
        num: String(5 + 2 * y),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC, width: 10 },
    { key: "akR", head: [AK, "Rp"], role: "kondisi-akhir", num: "17 = 7+9+11+13+15", fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  const row = (l: Line): Row => ({
    id: l.id,
    bold: l.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { kode: l.kode, nm: l.nm, ind: l.ind, sat: l.sat, awal: l.awal };
      Y.forEach((y, i) => {
        out[`k${y}`] = l.k[i];
        if (l.rp) out[`rp${y}`] = l.rp[i];
        else if (l.of) out[`rp${y}`] = fx(l.of.map((id) => c.a(`rp${y}`, id)).join("+"));
      });
      out.akK =
        l.akK ??
        (l.level
          ? fx(c.a("k5"))
          : fx(`SUM(${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")},${c.a("k5")})`));
      if (l.rp || l.of) out.akR = fx(Y.map((y) => c.a(`rp${y}`)).join("+"));
      out.unit =
        l.id.startsWith("s2") || l.id === "g2"
          ? "Bidang Geologi dan Air Tanah"
          : "Bidang Mineral dan Batubara";
      out.lok = "Provinsi Kalimantan Tengah";
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: L.map(row) });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Palangka Raya, 3 Maret 2022",
    jabatan: ["KEPALA DINAS ESDM PROVINSI KALIMANTAN TENGAH,"],
    nama: "Ir. YOHANES DANDUNG SAMBAH, M.T.",
    nip: "19720814 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penerbitan Rekomendasi Teknis Izin Pengusahaan Air Tanah is coded 3.28.03.1.01.0003 (kegiatan IUP) under kegiatan 3.28.03.1.02 Pengelolaan Air Tanah; 3.28.03.1.02.0002 is meant",
    truth: `PARENT(${a("kode", "s22")})`,
    actual: a("kode", "g2"),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "g2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the Persentase sumur bor berizin yang diawasi (a rate) is a typed 62.00, the mean of the five targets; the tahun ke-5 target 75.00 is the end condition",
    truth: a("k5", "g2"),
  });
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id));
  for (const id of ["prog", "s11b"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id).join("+"),
    });
  for (const id of ["g1", "s11", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id).join("+"),
      trap: a("k5", id),
    });
  for (const id of ["prog", "g1", "g2", "s11", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`rp${y}`, id)).join("+"),
    });
  for (const y of Y) {
    // the program's Rp is its two kegiatan, not every row under it
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s11")}+${a(`rp${y}`, "s12")}+${a(`rp${y}`, "s21")}+${a(`rp${y}`, "s22")}`,
      trap: `SUM(${a(`rp${y}`, "g1")}:${a(`rp${y}`, "s22")})`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s11")}+${a(`rp${y}`, "s12")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "g2"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "g2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "g2")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}

// =============================================== IKU Badan Kesbangpol Provinsi Kalimantan Tengah

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number | string;
  k: Array<number | string>;
  akhir: "last" | string;
  pj: string;
  src: string;
};

export function ikuKesbangpolKalteng(): BookW {
  const b = new BookW(
    "iku-kesbangpol-konflik-ormas-pemilih-kalteng.xlsx",
    "IKU matrix (Badan Kesbangpol)",
    "Matriks IKU of the Badan Kesbangpol Provinsi Kalimantan Tengah 2022-2026: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Definisi Operasional | Formulasi | Satuan | Kondisi Awal (2021) | 'Target' > 2022 .. 2026 | Kondisi Akhir (2026) | Penanggung Jawab | Sumber Data; numbers, a lower-is-better count, and the Nilai AKIP as 'BB (70,50)'",
  );
  const S = "IKU 2022-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines([
    "Lampiran Keputusan Kepala Badan Nomor 800/112/Kesbangpol/2022",
    "INDIKATOR KINERJA UTAMA BADAN KESBANGPOL PROVINSI KALIMANTAN TENGAH TAHUN 2022-2026",
  ]);
  s.gap();
  const S1 = "Terwujudnya kondusivitas sosial politik daerah";
  const S2 = "Meningkatnya partisipasi politik masyarakat";
  const S3 = "Meningkatnya akuntabilitas kinerja Badan";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase konflik sosial yang tertangani",
      def: "Konflik sosial yang ditangani tim terpadu hingga tercapai kesepakatan damai",
      rumus: "Konflik tertangani / konflik yang terjadi x 100%",
      sat: "%",
      awal: 80,
      k: [82.5, 85, 87.5, 90, 92.5],
      akhir: "last",
      pj: "Bidang Kewaspadaan Nasional",
      src: "Laporan Tim Terpadu PKS",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah kejadian konflik sosial",
      def: "Kejadian konflik sosial yang tercatat di kabupaten/kota (semakin kecil semakin baik)",
      rumus: "Jumlah kejadian konflik sosial dalam satu tahun",
      sat: "kejadian",
      awal: 14,
      k: [12, 11, 9, 8, 6],
      akhir: "last",
      pj: "Bidang Kewaspadaan Nasional",
      src: "Laporan Kominda",
    },
    // planted: the 2024 target typed 7.00 (decimal slip of 70.00)
    {
      id: "i3",
      sas: S1,
      ind: "Persentase ormas yang melaporkan keberadaan dan kegiatannya",
      def: "Ormas terdaftar yang menyampaikan laporan kegiatan tahunan",
      rumus: "Ormas melapor / ormas terdaftar x 100%",
      sat: "%",
      awal: 55,
      k: [60, 65, 7, 75, 80],
      akhir: "last",
      pj: "Bidang Ormas",
      src: "SIORMAS",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Tingkat partisipasi pemilih",
      def: "Pemilih yang menggunakan hak pilih pada pemilu/pemilihan",
      rumus: "Pengguna hak pilih / DPT x 100%",
      sat: "%",
      awal: 71.2,
      k: [72, 73.5, 77.5, 78, 78.5],
      akhir: "last",
      pj: "Bidang Politik Dalam Negeri",
      src: "KPU Provinsi",
    },
    // planted: "A (75,00)" for 2024: 75,00 is BB (> 70 - 80)
    {
      id: "i5",
      sas: S3,
      ind: "Nilai AKIP Badan Kesbangpol",
      def: "Hasil evaluasi SAKIP oleh Inspektorat",
      rumus: "Nilai evaluasi AKIP (PermenPANRB 88/2021)",
      sat: "nilai",
      awal: "B (65,20)",
      k: ["BB (70,50)", "BB (72,00)", "A (75,00)", "A (80,50)", "A (82,00)"],
      akhir: "A (82,00)",
      pj: "Sekretariat",
      src: "LHE AKIP Inspektorat",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 30 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 34 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 28 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", fmt: DEC, width: 11 },
    ...[2022, 2023, 2024, 2025, 2026].map((y): Col => ({
      key: `t${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 11,
    })),
    { key: "akhir", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", fmt: DEC, width: 11 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((r, i): Row => ({
      id: r.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          sas: r.sas,
          ind: r.ind,
          def: r.def,
          rumus: r.rumus,
          sat: r.sat,
          awal: r.awal,
          pj: r.pj,
          src: r.src,
        };
        r.k.forEach((v, j) => (out[`t${2022 + j}`] = v));
        out.akhir = r.akhir === "last" ? fx(c.a("t2026")) : r.akhir;
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 10, {
    tempat: "Palangka Raya, 14 Februari 2022",
    jabatan: ["KEPALA BADAN KESBANGPOL", "PROVINSI KALIMANTAN TENGAH,"],
    nama: "Drs. NATALIS RINGKAI, M.Si.",
    nip: "19690502 199003 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2024", "i3") },
    rules: ["target-outlier", "target-trend"],
    note: "2024 target of the Persentase ormas yang melaporkan is 7.00 between 65.00 and 75.00 (a decimal slip); 70.00 continues the 5-point steps",
    truth: `(${a("t2023", "i3")}+${a("t2025", "i3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2024", "i5") },
    rules: ["sakip-grade-mismatch"],
    note: "2024 target of the Nilai AKIP is 'A (75,00)'; a score of 75,00 is BB (> 70 - 80)",
    truth: `SAKIP(SCORE(${a("t2024", "i5")}))`,
    actual: `GRADE(${a("t2024", "i5")})`,
  });
  const yrs = [2022, 2023, 2024, 2025, 2026];
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2026", id),
      trap: yrs.map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const c of [
    a("awal", "i5"),
    ...[2022, 2023, 2025, 2026].map((y) => a(`t${y}`, "i5")),
    a("akhir", "i5"),
  ])
    b.ok({
      sheet: S,
      cell: c,
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${c}))`,
      actual: `GRADE(${c})`,
    });
  return b.finish();
}
