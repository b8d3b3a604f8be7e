// Plan tables of the theme: the T-C.27 of the Renstra 2025-2029 of the Dinas Peternakan dan
// Kesehatan Hewan of Provinsi Sulawesi Selatan (years in the header, "(dalam ribuan rupiah)",
// kondisi akhir K = last target for rates, the sum for flows; Rp = the five years) and the Renja
// 2025 with prakiraan maju 2026 (T-C.30-like) of an invented Lampung kabupaten's Dinas.
// Every name and number is invented.
import {
  BookW,
  RP,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Plan = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27Sulsel(): BookW {
  const b = new BookW(
    "renstra-tc27-disnakkeswan-sulsel-2025-2029.xlsx",
    "T-C.27 Renstra of a provincial Dinas Peternakan (2025-2029)",
    "T-C.27 of the Dinas Peternakan dan Kesehatan Hewan Provinsi Sulawesi Selatan, Renstra 2025-2029, Rp in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025..2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; kondisi akhir Rp as SUM formulas, kegiatan and program Rp as SUM of their children",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI SELATAN",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "Jl. Veteran Utara No. 214 Makassar",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Peternakan dan Kesehatan Hewan Provinsi Sulawesi Selatan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Plan[] = [
    {
      id: "s11",
      kode: "3.27.04.2.01.0001",
      nm: "Penyediaan dan Distribusi Vaksin serta Obat Hewan",
      ind: "Jumlah dosis vaksin rabies yang didistribusikan ke kabupaten/kota",
      sat: "dosis",
      flow: true,
      awal: 118000,
      k: [125000, 130000, 135000, 140000, 145000],
      rp: [4_250_000, 4_480_000, 4_710_000, 4_950_000, 5_200_000],
    },
    {
      id: "s12",
      kode: "3.27.04.2.01.0002",
      nm: "Surveilans dan Investigasi Penyakit Hewan Menular",
      ind: "Jumlah kasus penyakit hewan menular yang diinvestigasi",
      sat: "kasus",
      flow: true,
      awal: 240,
      k: [250, 260, 270, 280, 290],
      rp: [1_850_000, 1_920_000, 2_010_000, 2_090_000, 2_180_000],
    },
    {
      id: "s21",
      kode: "3.27.04.2.02.0001",
      nm: "Pengawasan Unit Usaha Produk Hewan (RPH, RPU dan Usaha Telur)",
      ind: "Jumlah unit usaha produk hewan yang diawasi",
      sat: "unit",
      flow: true,
      awal: 95,
      k: [100, 105, 110, 115, 120],
      rp: [980_000, 1_030_000, 1_085_000, 1_140_000, 1_200_000],
    },
    {
      id: "s22",
      // planted: a sub kegiatan of kegiatan 3.27.04.2.02 coded under 3.27.04.2.01
      kode: "3.27.04.2.01.0003",
      nm: "Pembinaan dan Sertifikasi Nomor Kontrol Veteriner (NKV)",
      ind: "Jumlah sertifikat NKV yang diterbitkan",
      sat: "sertifikat",
      flow: true,
      awal: 18,
      k: [20, 22, 24, 26, 28],
      rp: [640_000, 675_000, 710_000, 745_000, 785_000],
    },
  ];
  const prog: Plan = {
    id: "prog",
    kode: "3.27.04",
    nm: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
    ind: "Persentase kasus penyakit hewan menular strategis yang tertangani",
    sat: "%",
    flow: false,
    awal: 86.5,
    k: [88, 89.5, 91, 92.5, 94],
  };
  const keg1: Plan = {
    id: "keg1",
    kode: "3.27.04.2.01",
    nm: "Pengendalian Penyakit Hewan Menular Lintas Daerah Kabupaten/Kota",
    ind: "Cakupan vaksinasi rabies pada hewan penular rabies",
    sat: "%",
    flow: false,
    awal: 61.2,
    k: [65, 68, 71, 74, 77],
  };
  const keg2: Plan = {
    id: "keg2",
    kode: "3.27.04.2.02",
    nm: "Penjaminan Kesehatan Masyarakat Veteriner",
    ind: "Persentase unit usaha produk hewan yang memiliki NKV",
    sat: "%",
    flow: false,
    awal: 42,
    k: [45, 50, 55, 60, 65],
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 12,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, String(y), "Target"],
        role: "target",
        year: y,
        num: `(${6 + 2 * i})`,
        width: 10,
      },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: `(${7 + 2 * i})`,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(16)",
      width: 11,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "anggaran",
      num: "(17)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 18,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 16 },
  ];
  const rpSum = (c: Ctx) => `SUM(${YEARS.map((y) => c.a(`rp${y}`)).join(",")})`;
  const planRow = (x: Plan, rp: (c: Ctx, y: number) => Cell, unit: string, bold = false): Row => ({
    id: x.id,
    bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ka: x.flow ? sum(x.k) : x.k[4],
        unit,
        lok: x.id === "s21" ? "Makassar, Gowa, Maros, Bone, Sidrap" : "24 Kabupaten/Kota",
      };
      YEARS.forEach((y, i) => {
        out[`k${y}`] = x.k[i];
        out[`rp${y}`] = rp(c, y);
      });
      // planted: s12's kondisi akhir Rp typed 10,500,000; the five years give 10,050,000
      out.rpa = x.id === "s12" ? 10_500_000 : fx(rpSum(c));
      return out;
    },
  });
  const BK = "Bidang Kesehatan Hewan";
  const BM = "Bidang Kesmavet dan Pascapanen";
  const subRow = (x: Plan, unit: string) => planRow(x, (_c, y) => x.rp![YEARS.indexOf(y)], unit);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      planRow(prog, (c, y) => fx(`${c.a(`rp${y}`, "keg1")}+${c.a(`rp${y}`, "keg2")}`), "Dinas", true),
      planRow(keg1, (c, y) => fx(`SUM(${c.a(`rp${y}`, "s11")}:${c.a(`rp${y}`, "s12")})`), BK, true),
      subRow(subs[0], BK),
      subRow(subs[1], BK),
      planRow(keg2, (c, y) => fx(`SUM(${c.a(`rp${y}`, "s21")}:${c.a(`rp${y}`, "s22")})`), BM, true),
      subRow(subs[2], BM),
      subRow(subs[3], BM),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target indikator persentase/cakupan = target tahun 2029; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Makassar, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN", "PROVINSI SULAWESI SELATAN,"],
    nama: "Dr. drh. ANDI MUH. SYAHRIR TANRA, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700514 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rpYears = (id: string) => YEARS.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rpa", "s12") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 3.27.04.2.01.0002 is a typed 10,500,000 (thousands); the five years add up to 10,050,000",
    truth: rpYears("s12"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembinaan dan Sertifikasi NKV is coded 3.27.04.2.01.0003 under kegiatan 3.27.04.2.02",
    truth: a("kode", "keg2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  // rates: kondisi akhir K is the 2029 target, not the sum of the five years
  for (const id of ["prog", "keg1", "keg2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["s11", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["prog", "keg1", "keg2", "s11", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("rpa", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpYears(id),
    });
  // the program adds its two kegiatan, not every row beneath it
  for (const y of YEARS)
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "keg1")}+${a(`rp${y}`, "keg2")}`,
      trap: `SUM(${a(`rp${y}`, "keg1")}:${a(`rp${y}`, "s22")})`,
    });
  for (const y of [2025, 2027, 2029])
    for (const [k, p, q] of [
      ["keg1", "s11", "s12"],
      ["keg2", "s21", "s22"],
    ])
      b.ok({
        sheet: S,
        cell: a(`rp${y}`, k),
        rules: ["sum-mismatch"],
        truth: `${a(`rp${y}`, p)}+${a(`rp${y}`, q)}`,
      });
  for (const id of ["keg1", "keg2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "prog"),
    });
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "keg2"),
  });
  return b.finish();
}

// ============================================================ Renja 2025 + prakiraan maju 2026, Lampung

type RenjaLine = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  t25: string;
  lok: string;
  rp25: number;
  t26: string;
  rp26: number;
};

export function renjaLampung(): BookW {
  const b = new BookW(
    "renja-2025-prakiraan-maju-disnak-way-sekampung.xlsx",
    "T-C.30-like Renja of a Dinas Peternakan (2025, prakiraan maju 2026)",
    "Rumusan rencana program dan kegiatan 2025 of a Lampung kabupaten's Dinas Peternakan dan Kesehatan Hewan: Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025' > Lokasi | Target Capaian Kinerja | Kebutuhan Dana / Pagu Indikatif (Rp) | Sumber Dana | 'Catatan Penting' | 'Prakiraan Maju Rencana Tahun 2026' > Target Capaian Kinerja | Kebutuhan Dana (Rp); number row 1..10; targets with their units as text; JUMLAH = the two programs",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAY SEKAMPUNG", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"]);
  s.lines([
    "Tabel 3.3",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Kabupaten Way Sekampung",
  ]);
  s.gap();
  const k1: RenjaLine[] = [
    {
      id: "a1",
      kode: "3.27.02.2.02.0001",
      nm: "Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak",
      ind: "Jumlah ternak bibit sapi yang didistribusikan kepada kelompok",
      t25: "120 ekor",
      lok: "Kec. Raman Jaya, Purbolinggo Baru",
      rp25: 1_614_000_000,
      t26: "135 ekor",
      rp26: 1_815_750_000,
    },
    {
      id: "a2",
      kode: "3.27.02.2.02.0002",
      nm: "Pelayanan Inseminasi Buatan dan Pemeriksaan Kebuntingan",
      ind: "Jumlah akseptor inseminasi buatan",
      t25: "9.800 ekor",
      lok: "24 kecamatan",
      rp25: 742_500_000,
      t26: "10.300 ekor",
      rp26: 781_300_000,
    },
    {
      id: "a3",
      kode: "3.27.02.2.02.0003",
      nm: "Pengembangan Hijauan Pakan Ternak",
      ind: "Luas kebun hijauan pakan ternak yang dikembangkan",
      t25: "15 ha",
      lok: "Kec. Sekampung Hilir",
      rp25: 286_400_000,
      t26: "18 ha",
      rp26: 331_200_000,
    },
  ];
  const k2: RenjaLine[] = [
    {
      id: "b1",
      kode: "3.27.04.2.01.0001",
      nm: "Pencegahan, Pengendalian dan Penanggulangan Penyakit Hewan Menular",
      ind: "Jumlah hewan penular rabies yang divaksinasi",
      t25: "9.000 ekor",
      lok: "24 kecamatan",
      rp25: 384_600_000,
      t26: "9.500 ekor",
      rp26: 402_250_000,
    },
    {
      id: "b2",
      kode: "3.27.04.2.01.0002",
      nm: "Penanganan Penyakit Mulut dan Kuku serta Lumpy Skin Disease",
      ind: "Jumlah ternak ruminansia yang divaksinasi PMK dan LSD",
      t25: "21.500 ekor",
      lok: "24 kecamatan",
      rp25: 518_750_000,
      t26: "22.000 ekor",
      rp26: 529_900_000,
    },
  ];
  const R25 = "Rencana Tahun 2025";
  const R26 = "Prakiraan Maju Rencana Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "lok", head: [R25, "Lokasi"], role: "lokasi", num: 4, width: 20 },
    { key: "t25", head: [R25, "Target Capaian Kinerja"], role: "target", year: 2025, num: 5, width: 12 },
    {
      key: "rp25",
      head: [R25, "Kebutuhan Dana / Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 6,
      fmt: RP,
      width: 16,
    },
    { key: "sd", head: [R25, "Sumber Dana"], role: "keterangan", num: 7, width: 10 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 8, width: 14 },
    { key: "t26", head: [R26, "Target Capaian Kinerja"], role: "target", year: 2026, num: 9, width: 12 },
    {
      key: "rp26",
      head: [R26, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 10,
      fmt: RP,
      width: 16,
    },
  ];
  const line = (x: RenjaLine): Row => ({
    id: x.id,
    cells: {
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      lok: x.lok,
      t25: x.t25,
      rp25: x.rp25,
      sd: "DAU",
      t26: x.t26,
      rp26: x.rp26,
    },
  });
  const head = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    t25: string,
    t26: string,
    rp: (c: Ctx, k: string) => Cell,
  ): Row => ({
    id,
    bold: true,
    cells: (c: Ctx) => ({
      kode,
      nm,
      ind,
      lok: "Kabupaten",
      t25,
      rp25: rp(c, "rp25"),
      sd: "DAU",
      t26,
      rp26: rp(c, "rp26"),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "bid", bold: true, cells: { kode: "3.27", nm: "URUSAN PEMERINTAHAN BIDANG PERTANIAN" } },
      head(
        "p1",
        "3.27.02",
        "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
        "Populasi sapi potong",
        "96.400 ekor",
        "99.800 ekor",
        (c, k) => fx(c.a(k, "g1")),
      ),
      head(
        "g1",
        "3.27.02.2.02",
        "Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak yang Sumbernya dalam 1 (satu) Daerah Kabupaten",
        "Persentase kelompok ternak yang menerima sarana produksi",
        "35 %",
        "40 %",
        // planted: the kegiatan's 2026 SUM stops one row short, the hijauan pakan line is left out
        (c, k) => fx(`SUM(${c.a(k, "a1")}:${c.a(k, k === "rp26" ? "a2" : "a3")})`),
      ),
      ...k1.map(line),
      head(
        "p2",
        "3.27.04",
        "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
        "Persentase kasus penyakit hewan menular strategis yang tertangani",
        "91 %",
        "93 %",
        (c, k) => fx(c.a(k, "g2")),
      ),
      head(
        "g2",
        "3.27.04.2.01",
        "Pengendalian Penyakit Hewan dan Kesehatan Masyarakat Veteriner di Daerah Kabupaten",
        "Cakupan vaksinasi rabies pada hewan penular rabies",
        "75 %",
        "78 %",
        (c, k) => fx(`SUM(${c.a(k, "b1")}:${c.a(k, "b2")})`),
      ),
      ...k2.map(line),
      {
        id: "tot",
        bold: true,
        span: ["kode", "t25"],
        cells: (c: Ctx) => ({
          kode: "JUMLAH",
          rp25: fx(`${c.a("rp25", "p1")}+${c.a("rp25", "p2")}`),
          rp26: fx(`${c.a("rp26", "p1")}+${c.a("rp26", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Sribhawono Baru, 12 Juni 2024",
    jabatan: ["Kepala Dinas Peternakan dan Kesehatan Hewan", "Kabupaten Way Sekampung,"],
    nama: "drh. HENDRA SAPUTRA WIRANEGARA, M.Si.",
    nip: "19760812 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp26", "g1") },
    rules: ["sum-mismatch"],
    note: "Prakiraan maju 2026 Rp of kegiatan 3.27.02.2.02 is =SUM over two of its three sub kegiatan (2,597,050,000); with the hijauan pakan's 331,200,000 it is 2,928,250,000",
    truth: `${a("rp26", "a1")}+${a("rp26", "a2")}+${a("rp26", "a3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "g1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp25", "a1")}+${a("rp25", "a2")}+${a("rp25", "a3")}`,
  });
  for (const k of ["rp25", "rp26"]) {
    b.ok({ sheet: S, cell: a(k, "g2"), rules: ["sum-mismatch"], truth: `${a(k, "b1")}+${a(k, "b2")}` });
    b.ok({ sheet: S, cell: a(k, "p2"), rules: ["sum-mismatch"], truth: a(k, "g2") });
  }
  b.ok({ sheet: S, cell: a("rp25", "p1"), rules: ["sum-mismatch"], truth: a("rp25", "g1") });
  // JUMLAH adds the two programs, not every row of the column
  b.ok({
    sheet: S,
    cell: a("rp25", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rp25", "a1")}+${a("rp25", "a2")}+${a("rp25", "a3")}+${a("rp25", "b1")}+${a("rp25", "b2")}`,
    trap: `SUM(${a("rp25", "p1")}:${a("rp25", "b2")})`,
  });
  for (const id of ["a1", "a2", "a3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "g1"),
    });
  for (const id of ["b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "g2"),
    });
  return b.finish();
}
