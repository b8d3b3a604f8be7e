// Three planning workbooks of a Dinas Pariwisata dan Ekonomi Kreatif: a T-C.27 Renstra 2025-2029 of a
// kabupaten in Sulawesi Utara ("(dalam ribuan rupiah)", Tahun ke-1 (2025) .. Tahun ke-5 (2029) over
// Target | Rp, kondisi akhir, a JUMLAH row of the programs), a PK 2025 beside its Renstra in Sulawesi
// Utara, and an IKU matrix 2024-2026 of a kabupaten in Sumatera Utara. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  /** typed Rp per year (sub kegiatan); otherwise a formula over `of` */
  rp?: number[];
  of?: string[];
  /** kondisi akhir K: "last" (a level), "sum" (a flow), or a typed number */
  ak: "last" | "sum" | number;
  bold?: boolean;
};

export function tc27Parekraf(): BookW {
  const b = new BookW(
    "renstra-tc27-pendanaan-disparekraf-bolaang-lembeh.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan indikatif (Disparekraf)",
    "T-C.27 Renstra Disparekraf 2025-2029 of a kabupaten in Sulawesi Utara, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 'Tahun ke-1 (2025)' .. 'Tahun ke-5 (2029)' > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra (2029)' > Target | Rp | Unit Kerja | Lokasi; number row 1 .. 20; JUMLAH row of the programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pariwisata dan Ekonomi Kreatif Kabupaten Bolaang Lembeh Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "3.26.03",
      nm: "PROGRAM PEMASARAN PARIWISATA",
      ind: "Persentase pertumbuhan kunjungan wisatawan",
      sat: "%",
      awal: 5.2,
      t: [6, 6.5, 7, 7.5, 8],
      of: ["k1"],
      ak: "last",
      bold: true,
    },
    {
      id: "k1",
      kode: "3.26.03.2.01",
      nm: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Jumlah event promosi pariwisata yang dilaksanakan",
      sat: "event",
      awal: 4,
      t: [4, 5, 5, 6, 6],
      of: ["s1", "s2"],
      ak: 24,
    },
    {
      id: "s1",
      kode: "3.26.03.2.01.0001",
      nm: "Penyediaan Data dan Penyebarluasan Informasi Pariwisata Kabupaten/Kota",
      ind: "Jumlah media informasi pariwisata yang diterbitkan",
      sat: "dokumen",
      awal: 2,
      t: [3, 3, 4, 4, 4],
      rp: [185_000, 195_000, 210_000, 220_000, 235_000],
      ak: "sum",
    },
    {
      id: "s2",
      kode: "3.26.03.2.01.0002",
      nm: "Peningkatan Kerja Sama dan Kemitraan Pariwisata Dalam dan Luar Negeri",
      ind: "Jumlah naskah kerja sama pariwisata yang ditandatangani",
      sat: "naskah",
      awal: 1,
      t: [1, 2, 2, 2, 3],
      rp: [95_000, 110_000, 120_000, 125_000, 140_000],
      ak: "sum",
    },
    {
      id: "p2",
      kode: "3.26.04",
      nm: "PROGRAM PENGEMBANGAN SUMBER DAYA PARIWISATA DAN EKONOMI KREATIF",
      ind: "Persentase tenaga kerja pariwisata bersertifikat kompetensi",
      sat: "%",
      awal: 18.5,
      t: [21, 24, 27, 30, 33],
      of: ["k2"],
      ak: "last",
      bold: true,
    },
    {
      id: "k2",
      kode: "3.26.04.2.01",
      nm: "Pelaksanaan Peningkatan Kapasitas Sumber Daya Manusia Pariwisata dan Ekonomi Kreatif Tingkat Dasar",
      ind: "Jumlah pelaku pariwisata dan ekonomi kreatif yang dilatih",
      sat: "orang",
      awal: 100,
      t: [120, 150, 150, 180, 200],
      of: ["s3"],
      ak: "sum",
    },
    {
      id: "s3",
      // planted: coded under kegiatan 3.26.03.2.01 of the other program
      kode: "3.26.03.2.01.0003",
      nm: "Pengembangan Kompetensi SDM Pariwisata dan Ekonomi Kreatif Tingkat Dasar",
      ind: "Jumlah SDM pariwisata yang mengikuti pelatihan dasar",
      sat: "orang",
      awal: 100,
      t: [120, 150, 150, 180, 200],
      rp: [260_000, 285_000, 300_000, 320_000, 345_000],
      ak: "sum",
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  let n = 6;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 17 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: 5,
      fmt: DEC,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        num: n++,
        fmt: DEC,
        width: 8,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: n++,
        fmt: RP,
        width: 11,
      },
    ]),
    { key: "akt", head: [AK, "Target"], role: "kondisi-akhir", num: n++, fmt: DEC, width: 9 },
    { key: "akr", head: [AK, "Rp"], num: n++, fmt: RP, width: 12 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: n++, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: n++, width: 14 },
  ];
  const rows: Row[] = L.map((l) => ({
    id: l.id,
    bold: l.bold,
    cells: (x: Ctx) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        awal: l.awal,
        pj:
          l.kode.startsWith("3.26.03") && l.id !== "s3"
            ? "Bidang Pemasaran"
            : "Bidang Ekonomi Kreatif dan SDM",
        lok: "Kabupaten Bolaang Lembeh",
      };
      YEARS.forEach((y, i) => {
        c[`t${y}`] = l.t[i];
        c[`r${y}`] = l.rp
          ? l.rp[i]
          : fx(
              l.of!.length === 1
                ? x.a(`r${y}`, l.of![0])
                : `SUM(${x.a(`r${y}`, l.of![0])}:${x.a(`r${y}`, l.of![l.of!.length - 1])})`,
            );
      });
      c.akt =
        l.ak === "last"
          ? fx(x.a("t2029"))
          : l.ak === "sum"
            ? fx(`SUM(${YEARS.map((y) => x.a(`t${y}`)).join(",")})`)
            : l.ak;
      c.akr = fx(`SUM(${YEARS.map((y) => x.a(`r${y}`)).join(",")})`);
      return c;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (x: Ctx) => ({
      kode: "JUMLAH",
      ...Object.fromEntries(YEARS.map((y) => [`r${y}`, fx(`${x.a(`r${y}`, "p1")}+${x.a(`r${y}`, "p2")}`)])),
      akr: fx(`SUM(${YEARS.map((y) => x.a(`r${y}`)).join(",")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah (event, dokumen, orang) = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Lembeh, 20 Februari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA DAN EKONOMI KREATIF,"],
    nama: "Ir. FRANSISKUS X. RUMONDOR, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720519 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const sum5 = (id: string, p: string) => `SUM(${YEARS.map((y) => a(`${p}${y}`, id)).join(",")})`;
  b.plant({
    at: { sheet: S, cell: a("akt", "k1") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir of the event promosi (a flow, the five years added as the keterangan says) is a typed 24; 4 + 5 + 5 + 6 + 6 give 26",
    truth: sum5("k1", "t"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengembangan Kompetensi SDM Pariwisata dan Ekonomi Kreatif Tingkat Dasar is coded 3.26.03.2.01.0003 under kegiatan 3.26.04.2.01 (program 3.26.04); it should be 3.26.04.2.01.0001",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const [id, parent] of [
    ["s1", "k1"],
    ["s2", "k1"],
    ["k1", "p1"],
    ["k2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", parent),
      actual: `PARENT(${a("kode", id)})`,
    });
  // a rate's kondisi akhir is its 2029 target, not the five years added up
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("akt", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: sum5(id, "t"),
    });
  for (const id of ["s1", "s2", "k2"])
    b.ok({
      sheet: S,
      cell: a("akt", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: sum5(id, "t"),
      trap: a("t2029", id),
    });
  for (const id of ["p1", "k1", "s3", "jml"])
    b.ok({ sheet: S, cell: a("akr", id), rules: ["sum-mismatch"], truth: sum5(id, "r") });
  b.ok({
    sheet: S,
    cell: a("r2027", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2027", "s1")}+${a("r2027", "s2")}`,
  });
  // JUMLAH adds the two programs, not every row of the table
  for (const y of [2025, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
      trap: `SUM(${a(`r${y}`, "p1")}:${a(`r${y}`, "s3")})`,
    });
  return b.finish();
}

type Ind = { id: string; sas: string; ind: string; sat: string; awal: number; t: number[]; fmt: string };

export function pkParekraf(): BookW {
  const b = new BookW(
    "pk-kadis-parekraf-renstra-minahasa-pesisir.xlsx",
    "PK 2025 with the Renstra 2025-2029 (Disparekraf)",
    "PK 2025 of a Kepala Disparekraf in Sulawesi Utara: sheet 'PK 2025' with the statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH row; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const I: Ind[] = [
    {
      id: "i1",
      sas: "Meningkatnya daya saing destinasi pariwisata",
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      awal: 352_400,
      t: [385_000, 410_000, 440_000, 470_000, 500_000],
      fmt: INT,
    },
    {
      id: "i2",
      sas: "Meningkatnya daya saing destinasi pariwisata",
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      awal: 9_860,
      t: [11_500, 12_500, 13_500, 14_500, 15_500],
      fmt: INT,
    },
    {
      id: "i3",
      sas: "Meningkatnya daya saing destinasi pariwisata",
      ind: "Indeks kepuasan wisatawan",
      sat: "indeks",
      awal: 3.21,
      t: [3.3, 3.4, 3.5, 3.6, 3.7],
      fmt: DEC,
    },
    {
      id: "i4",
      sas: "Meningkatnya kontribusi ekonomi kreatif terhadap perekonomian daerah",
      ind: "Persentase pertumbuhan PDRB subsektor ekonomi kreatif",
      sat: "%",
      awal: 4.85,
      t: [5.4, 5.7, 6, 6.3, 6.6],
      fmt: DEC,
    },
    {
      id: "i5",
      sas: "Meningkatnya kontribusi ekonomi kreatif terhadap perekonomian daerah",
      ind: "Persentase pelaku ekonomi kreatif yang difasilitasi pendaftaran HKI",
      sat: "%",
      awal: 14.5,
      t: [22, 28, 34, 40, 46],
      fmt: DEC,
    },
  ];
  // the Renstra sheet first (the PK reads it)
  const r = b.sheet(R);
  r.lines([
    "RENCANA STRATEGIS DINAS PARIWISATA DAN EKONOMI KREATIF KABUPATEN MINAHASA PESISIR 2025-2029",
    "Tabel 6.1 Target Kinerja Sasaran",
  ]);
  r.gap();
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", width: 11 },
      ...YEARS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: I.map((i, k) => ({
      id: i.id,
      cells: (x: Ctx) => ({
        no: k + 1,
        ind: i.ind,
        sat: i.sat,
        awal: { v: i.awal, fmt: i.fmt },
        ...Object.fromEntries(YEARS.map((y, j) => [`y${y}`, { v: i.t[j], fmt: i.fmt }])),
        ak: fx(x.a("y2029")),
      }),
    })),
  });

  const s = b.sheet(P);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PARIWISATA DAN EKONOMI KREATIF KABUPATEN MINAHASA PESISIR",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Dinas Pariwisata dan Ekonomi Kreatif (pihak pertama) dan Bupati Minahasa Pesisir (pihak kedua).",
  ]);
  s.gap();
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((i, k) => ({
      id: i.id,
      // planted: the wisman target is the Renstra's 2026 figure
      cells: {
        no: k + 1,
        sas: i.sas,
        ind: i.ind,
        sat: i.sat,
        tg: { v: i.id === "i2" ? 12_500 : i.t[0], fmt: i.fmt },
      },
    })),
  });
  s.gap();
  const progs = [
    {
      id: "g1",
      kode: "3.26.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_870_250_000,
    },
    {
      id: "g2",
      kode: "3.26.02",
      nm: "Program Peningkatan Daya Tarik Destinasi Pariwisata",
      rp: 6_315_000_000,
    },
    { id: "g3", kode: "3.26.03", nm: "Program Pemasaran Pariwisata", rp: 1_945_500_000 },
    {
      id: "g4",
      kode: "3.26.04",
      nm: "Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif",
      rp: 1_287_400_000,
    },
  ];
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, k): Row => ({
        id: g.id,
        cells: { no: k + 1, kode: g.kode, nm: g.nm, rp: g.rp, ket: "APBD" },
      })),
      // planted: a typed JUMLAH 100,000,000 short
      { id: "jml", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 14_318_150_000 } },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Tondano Pesisir, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PARIWISATA DAN EKONOMI KREATIF,"],
    nama: "MARLINA G. PANDELAKI, S.Sos., M.A.P.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750923 200003 2 005",
  });

  const a = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("tg", "i2") },
        { sheet: R, cell: a("y2025", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the kunjungan wisatawan mancanegara is 12,500, the Renstra's 2026 target; the Renstra 2025 target is 11,500",
    truth: `'${R}'!${a("y2025", "i2")}`,
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH anggaran is a typed 14,318,150,000; the four programs give 14,418,150,000",
    truth: `SUM(${pt.a("rp", "g1")}:${pt.a("rp", "g4")})`,
  });
  for (const id of ["i1", "i3", "i4", "i5"])
    b.ok({
      sheet: P,
      cell: pk.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${a("y2025", id)}`,
    });
  // the kondisi akhir of a rate or an index is the 2029 target, not the five years added up
  for (const id of ["i3", "i4", "i5"])
    b.ok({
      sheet: R,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({
    sheet: R,
    cell: a("y2029", "i5"),
    rules: ["target-outlier", "target-trend"],
    truth: `${a("y2028", "i5")}+6`,
  });
  return b.finish();
}

export function ikuParekraf(): BookW {
  const b = new BookW(
    "matriks-iku-disparekraf-labuhan-sipirok.xlsx",
    "IKU matrix 2024-2026 (Disparekraf)",
    "Matriks IKU 2024-2026 of a Disparekraf in Sumatera Utara: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal (2023) | 'Target Tahun' > 2024 | 2025 | 2026 | Kondisi Akhir (2026) | Sumber Data | Penanggung Jawab; numbers (1) .. (12); a lower-is-better rate with falling targets",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LABUHAN SIPIROK", "DINAS PARIWISATA DAN EKONOMI KREATIF"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Nomor 050/112/DISPAREKRAF/2024",
    "MATRIKS INDIKATOR KINERJA UTAMA TAHUN 2024-2026",
  ]);
  s.gap();
  type K = {
    id: string;
    sas: string;
    ind: string;
    rumus: string;
    sat: string;
    awal: number;
    t: number[];
    ak: F2;
    pj: string;
  };
  type F2 = "last" | "sum" | number;
  const S1 = "Meningkatnya kunjungan wisatawan";
  const S2 = "Meningkatnya kontribusi pariwisata terhadap pendapatan daerah";
  const S3 = "Meningkatnya kualitas destinasi dan layanan pariwisata";
  const rows: K[] = [
    {
      id: "u1",
      sas: S1,
      ind: "Persentase pertumbuhan kunjungan wisatawan",
      rumus: "(kunjungan tahun n - kunjungan tahun n-1) / kunjungan tahun n-1 x 100%",
      sat: "%",
      awal: 4.8,
      t: [5.5, 6, 6.5],
      ak: "last",
      pj: "Bidang Pemasaran",
    },
    {
      id: "u2",
      sas: S1,
      ind: "Jumlah event pariwisata berskala nasional",
      rumus: "Jumlah event yang masuk Kalender Event Nasional",
      sat: "event",
      awal: 2,
      t: [3, 4, 5],
      ak: "sum",
      pj: "Bidang Pemasaran",
    },
    // planted: 125 typed for 12.5 in 2025
    {
      id: "u3",
      sas: S2,
      ind: "Persentase kontribusi retribusi sektor pariwisata terhadap PAD",
      rumus: "Retribusi sektor pariwisata / total PAD x 100%",
      sat: "%",
      awal: 11.4,
      t: [12, 125, 13],
      ak: "last",
      pj: "Sekretariat",
    },
    // planted: kondisi akhir typed 3.50, the 2025 target
    {
      id: "u4",
      sas: S3,
      ind: "Indeks kepuasan wisatawan",
      rumus: "Hasil survei kepuasan wisatawan (skala 1-4)",
      sat: "indeks",
      awal: 3.3,
      t: [3.4, 3.5, 3.6],
      ak: 3.5,
      pj: "Bidang Destinasi",
    },
    {
      id: "u5",
      sas: S3,
      ind: "Persentase daya tarik wisata dalam kondisi rusak berat",
      rumus: "DTW rusak berat / seluruh DTW x 100% (semakin kecil semakin baik)",
      sat: "%",
      awal: 22,
      t: [20, 17.5, 15],
      ak: "last",
      pj: "Bidang Destinasi",
    },
  ];
  const Y = [2024, 2025, 2026];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 34 },
      { key: "rumus", head: ["Formulasi / Cara Pengukuran"], role: "rumus", num: "(4)", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2023)"], role: "kondisi-awal", num: "(6)", fmt: DEC, width: 10 },
      ...Y.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        num: `(${7 + i})`,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir (2026)"],
        role: "kondisi-akhir",
        year: 2026,
        num: "(10)",
        fmt: DEC,
        width: 10,
      },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "(11)", width: 16 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(12)", width: 16 },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((k, i) => ({
      id: k.id,
      cells: (x: Ctx) => ({
        no: i + 1,
        sas: k.sas,
        ind: k.ind,
        rumus: k.rumus,
        sat: k.sat,
        awal: k.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, k.t[j]])),
        ak:
          k.ak === "last"
            ? fx(x.a("y2026"))
            : k.ak === "sum"
              ? fx(`SUM(${x.a("y2024")}:${x.a("y2026")})`)
              : k.ak,
        sd: k.sat === "indeks" ? "Survei IKW" : k.id === "u3" ? "BPKPD" : "Disparekraf / BPS",
        pj: k.pj,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase dan indeks = target 2026; indikator jumlah = akumulasi 2024-2026.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2025", "u3") },
    rules: ["target-outlier"],
    note: "2025 target of the retribusi share of PAD is 125 (a dropped decimal point) between 12.00 (2024) and 13.00 (2026); 12.50 is meant",
    truth: `ROUND((${a("y2024", "u3")}+${a("y2026", "u3")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u4") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir of the indeks kepuasan wisatawan (a level) is a typed 3.50, the 2025 target, among formulas; the 2026 target is 3.60",
    truth: a("y2026", "u4"),
  });
  for (const id of ["u1", "u3", "u5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2026", id),
      trap: `SUM(${a("y2024", id)}:${a("y2026", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("ak", "u2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y2024", "u2")}:${a("y2026", "u2")})`,
    trap: a("y2026", "u2"),
  });
  // falling targets of a lower-is-better rate are no bad trend
  for (const y of [2025, 2026])
    b.ok({ sheet: S, cell: a(`y${y}`, "u5"), rules: ["target-trend"], truth: `${a(`y${y - 1}`, "u5")}-2.5` });
  return b.finish();
}
