// A T-C.27 of the Renstra 2025-2029 of the Dinas Kehutanan Provinsi Nusa Tenggara Barat ("Tahun
// ke-1..5" with the years only in the title, Rp in thousands, SUM formulas for kegiatan and program,
// a JUMLAH row over the two programs only), and a PK 2025 of the Dinas Kehutanan Provinsi Sumatera
// Barat beside the Renstra 2021-2026 it quotes. Every number is invented.
import { BookW, INT, fx, letterhead, signature, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp: number[];
};

export function tc27DishutNtb(): BookW {
  const b = new BookW(
    "renstra-tc27-dishut-ntb-2025-2029.xlsx",
    "T-C.27 Renstra plan table of a Dinas Kehutanan (2025-2029)",
    "T-C.27 of Dinas Kehutanan Provinsi NTB 2025-2029: no tujuan/sasaran columns, 'Tahun ke-1..5' > Target | Rp (years from the title), kondisi akhir Target | Rp, (dalam ribuan rupiah), SUM formulas for kegiatan and program, a JUMLAH row adding the two programs only, lokasi",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
    "DINAS KEHUTANAN",
    "Jl. Majapahit No. 7 Mataram",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kehutanan Provinsi NTB Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "a1",
      kode: "3.28.02.2.03.0001",
      nm: "Pencegahan Kebakaran Hutan dan Lahan di Hutan Lindung dan Hutan Produksi",
      ind: "Jumlah patroli terpadu pencegahan karhutla",
      sat: "kali",
      flow: true,
      awal: 96,
      k: [100, 104, 108, 112, 116],
      rp: [1_850_000, 1_925_500, 2_010_000, 2_088_250, 2_170_000],
    },
    {
      id: "a2",
      kode: "3.28.02.2.03.0002",
      nm: "Pembentukan dan Pembinaan Masyarakat Peduli Api",
      ind: "Jumlah kelompok Masyarakat Peduli Api yang dibina",
      sat: "kelompok",
      flow: true,
      awal: 22,
      k: [24, 24, 26, 26, 28],
      rp: [612_000, 618_400, 664_750, 671_200, 720_300],
    },
    {
      id: "b1",
      kode: "3.28.02.2.04.0001",
      nm: "Fasilitasi Pengembangan Hasil Hutan Bukan Kayu",
      ind: "Produksi madu hutan Sumbawa yang difasilitasi",
      sat: "ton",
      flow: true,
      awal: 41,
      k: [44, 47, 50, 53, 56],
      rp: [735_000, 781_250, 826_900, 870_400, 915_600],
    },
    {
      id: "b2",
      kode: "3.28.02.2.03.0004",
      nm: "Fasilitasi Sertifikasi dan Pemasaran Produk HHBK",
      ind: "Persentase produk HHBK unggulan bersertifikat",
      sat: "%",
      flow: false,
      awal: 18,
      k: [22, 26, 30, 34, 38],
      rp: [402_500, 418_000, 436_750, 455_100, 471_900],
    },
    {
      id: "c1",
      kode: "3.28.05.2.01.0001",
      nm: "Penanaman Rehabilitasi Hutan dan Lahan Kritis",
      ind: "Luas lahan kritis yang direhabilitasi",
      sat: "Ha",
      flow: true,
      awal: 1_250,
      k: [1_300, 1_350, 1_400, 1_450, 1_500],
      rp: [4_420_000, 4_615_500, 4_810_250, 5_002_000, 5_198_700],
    },
    {
      id: "c2",
      kode: "3.28.05.2.01.0002",
      nm: "Pembuatan Kebun Bibit Rakyat dan Persemaian Permanen",
      ind: "Jumlah bibit tanaman kehutanan dan MPTS yang diproduksi",
      sat: "ribu batang",
      flow: true,
      awal: 850,
      k: [900, 900, 950, 950, 1_000],
      rp: [1_275_000, 1_290_600, 1_342_800, 1_358_000, 1_410_500],
    },
  ];
  const yrs = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan (output) dan Sub Kegiatan"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 11,
    },
    ...yrs.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${6 + 2 * i})`,
        fmt: "#,##0.##",
        width: 9,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${7 + 2 * i})`,
        fmt: INT,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(16)",
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(17)",
      fmt: INT,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 16 },
  ];
  const rk = yrs.map((y) => `r${y}`);
  const subRow = (x: Sub): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        unit: x.id.startsWith("c") ? "Bidang RHL" : "Bidang PHKA",
        lok: x.id === "b1" ? "Kab. Sumbawa" : "Prov. NTB",
      };
      yrs.forEach((y, i) => {
        out[`k${y}`] = x.k[i];
        out[`r${y}`] = x.rp[i];
      });
      out.ka = x.flow
        ? fx(`SUM(${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")},${c.a("k5")})`)
        : fx(c.a("k5"));
      // planted: c2's kondisi akhir Rp is typed, 90,000 above its five years
      out.kr =
        x.id === "c2"
          ? x.rp.reduce((n, v) => n + v, 0) + 90_000
          : fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      return out;
    },
  });
  const sumRow = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    sat: string,
    k: number[],
    awal: number,
    from: string,
    to: string,
    level: boolean,
    bold = false,
  ): Row => ({
    id,
    bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode,
        nm,
        ind,
        sat,
        awal,
        unit: "Dinas Kehutanan",
        lok: "Prov. NTB",
      };
      yrs.forEach((y, i) => {
        out[`k${y}`] = k[i];
        out[`r${y}`] = fx(`SUM(${c.a(`r${y}`, from)}:${c.a(`r${y}`, to)})`);
      });
      out.ka = level
        ? fx(c.a("k5"))
        : fx(`SUM(${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")},${c.a("k5")})`);
      out.kr = fx(`SUM(${c.a("kr", from)}:${c.a("kr", to)})`);
      return out;
    },
  });
  const progRow = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    k: number[],
    awal: number,
    kegs: string[],
  ): Row => ({
    id,
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode,
        nm,
        ind,
        sat: "Ha",
        awal,
        unit: "Dinas Kehutanan",
        lok: "Prov. NTB",
      };
      yrs.forEach((y, i) => {
        out[`k${y}`] = k[i];
        out[`r${y}`] = fx(kegs.map((g) => c.a(`r${y}`, g)).join("+"));
      });
      out.ka = fx(c.a("k5"));
      out.kr = fx(kegs.map((g) => c.a("kr", g)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3.28", nm: "URUSAN PEMERINTAHAN BIDANG KEHUTANAN" } },
      progRow(
        "p1",
        "3.28.02",
        "PROGRAM PENGELOLAAN HUTAN",
        "Luas kawasan hutan yang terbakar",
        [420, 380, 340, 300, 260],
        465,
        ["g1", "g2"],
      ),
      sumRow(
        "g1",
        "3.28.02.2.03",
        "Pelaksanaan Perlindungan Hutan di Hutan Lindung dan Hutan Produksi",
        "Persentase gangguan keamanan hutan yang ditangani",
        "%",
        [80, 82.5, 85, 87.5, 90],
        76,
        "a1",
        "a2",
        true,
      ),
      subRow(subs[0]),
      subRow(subs[1]),
      sumRow(
        "g2",
        "3.28.02.2.04",
        "Pelaksanaan Pengolahan dan Peredaran Hasil Hutan Bukan Kayu",
        "Jumlah dokumen pembinaan usaha HHBK",
        "dokumen",
        [2, 2, 2, 2, 2],
        2,
        "b1",
        "b2",
        false,
      ),
      subRow(subs[2]),
      subRow(subs[3]),
      progRow(
        "p2",
        "3.28.05",
        "PROGRAM PENGELOLAAN DAERAH ALIRAN SUNGAI (DAS)",
        "Luas lahan kritis di DAS prioritas",
        [182_400, 179_700, 177_000, 174_200, 171_300],
        185_050,
        ["g3"],
      ),
      sumRow(
        "g3",
        "3.28.05.2.01",
        "Penyelenggaraan Rehabilitasi Hutan dan Lahan",
        "Luas hutan dan lahan yang direhabilitasi",
        "Ha",
        [1_300, 1_350, 1_400, 1_450, 1_500],
        1_250,
        "c1",
        "c2",
        false,
      ),
      subRow(subs[4]),
      subRow(subs[5]),
      {
        id: "tot",
        bold: true,
        span: ["kode", "sat"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { kode: "JUMLAH" };
          for (const k of [...rk, "kr"]) out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  signature(s, 14, {
    tempat: "Mataram, 18 Juni 2025",
    jabatan: ["KEPALA DINAS KEHUTANAN", "PROVINSI NUSA TENGGARA BARAT,"],
    nama: "Ir. LALU MUHAMAD SAPTAJI, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710306 199803 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 3.28.02.2.03.0004 (sertifikasi HHBK) sits under kegiatan 3.28.02.2.04; its code names kegiatan 3.28.02.2.03",
    truth: `PARENT(${a("kode", "b2")})`,
    actual: a("kode", "g2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kr", "c2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 3.28.05.2.01.0002 is a typed 6,766,900 in a column of SUM formulas; its five years add up to 6,676,900 (90,000 less)",
    truth: `SUM(${rk.map((r) => a(r, "c2")).join(",")})`,
  });
  // traps: kondisi akhir K of a level (the program's hectares burned, the kegiatan's %) is the last target
  for (const id of ["p1", "g1", "b2", "p2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${yrs.map((y) => a(`k${y}`, id)).join(",")})`,
    });
  for (const id of ["a1", "a2", "b1", "c1", "c2", "g2", "g3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${yrs.map((y) => a(`k${y}`, id)).join(",")})`,
    });
  for (const id of ["a1", "a2", "b1", "b2", "c1"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: `SUM(${rk.map((r) => a(r, id)).join(",")})`,
    });
  for (const r of rk) {
    b.ok({ sheet: S, cell: a(r, "g1"), rules: ["sum-mismatch"], truth: `${a(r, "a1")}+${a(r, "a2")}` });
    b.ok({ sheet: S, cell: a(r, "g3"), rules: ["sum-mismatch"], truth: `${a(r, "c1")}+${a(r, "c2")}` });
    // the JUMLAH adds the two programs only, not every row of the column
    b.ok({
      sheet: S,
      cell: a(r, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(r, "p1")}+${a(r, "p2")}`,
      trap: `SUM(${a(r, "p1")}:${a(r, "c2")})`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "a2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "a2")})`,
    actual: a("kode", "g1"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "b1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "b1")})`,
    actual: a("kode", "g2"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "c2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "c2")})`,
    actual: a("kode", "g3"),
  });
  return b.finish();
}

export function pkDishutSumbar(): BookW {
  const b = new BookW(
    "pk-2025-dishut-sumbar-dan-renstra.xlsx",
    "Perjanjian Kinerja 2025 of a Dinas Kehutanan beside its Renstra",
    "PK 2025 of Dinas Kehutanan Provinsi Sumatera Barat: statement page, an indicator table (Sasaran | Indikator | Satuan | Target 2025) and a program table with a Jumlah row; sheet 'Renstra 2021-2026' with targets per calendar year and kondisi akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2021-2026";
  const inds = [
    {
      sas: "Meningkatnya kualitas tutupan hutan dan lahan",
      ind: "Persentase tutupan hutan terhadap luas kawasan hutan",
      sat: "%",
      awal: 84.1,
      t: [84.3, 84.5, 84.7, 84.9, 85.1, 85.3],
    },
    {
      sas: "Meningkatnya kualitas tutupan hutan dan lahan",
      ind: "Luas kebakaran hutan dan lahan",
      sat: "Ha",
      awal: 1_140,
      t: [1_080, 1_020, 960, 900, 840, 780],
    },
    {
      sas: "Meningkatnya kesejahteraan masyarakat sekitar hutan",
      ind: "Persentase KTH kelas madya dan utama",
      sat: "%",
      awal: 24.6,
      t: [26, 28, 30.5, 33, 36, 40],
    },
    {
      sas: "Meningkatnya kesejahteraan masyarakat sekitar hutan",
      ind: "Luas areal perhutanan sosial yang mendapat persetujuan",
      sat: "Ha",
      awal: 251_300,
      t: [262_000, 275_500, 289_000, 302_500, 316_000, 330_000],
    },
    {
      sas: "Meningkatnya kesejahteraan masyarakat sekitar hutan",
      ind: "Nilai transaksi hasil hutan bukan kayu KUPS",
      sat: "Rp miliar",
      awal: 18.4,
      t: [20.5, 23, 25.5, 28.5, 31.5, 35],
    },
  ];
  // Renstra sheet
  const r = b.sheet(R);
  letterhead(r, ["DINAS KEHUTANAN PROVINSI SUMATERA BARAT"]);
  r.lines(["Tabel 5.2 Tujuan, Sasaran dan Target Kinerja Renstra Dinas Kehutanan 2021-2026"]);
  r.gap();
  const years = [2021, 2022, 2023, 2024, 2025, 2026];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      {
        key: "awal",
        head: ["Kondisi Awal (2020)"],
        role: "kondisi-awal",
        year: 2020,
        width: 11,
        fmt: "#,##0.##",
      },
      ...years.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja Tahun", String(y)],
        role: "target",
        year: y,
        fmt: "#,##0.##",
        width: 10,
      })),
      {
        key: "ka",
        head: ["Kondisi Kinerja Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2026,
        fmt: "#,##0.##",
        width: 12,
      },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: `i${i + 1}`,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ka: fx(c.a("t2026")),
        };
        years.forEach((y, j) => (out[`t${y}`] = x.t[j]));
        return out;
      },
    })),
  });
  // PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI SUMATERA BARAT"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS KEHUTANAN PROVINSI SUMATERA BARAT"]);
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : Ir. AFRIZAL NURDIN, M.Si.     Jabatan : Kepala Dinas Kehutanan Provinsi Sumatera Barat",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["Lampiran Perjanjian Kinerja Tahun 2025"]);
  s.gap();
  const wrong = 2; // the PK copies the 2026 target of the KTH indicator
  const pt = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: "#,##0.##", width: 12 },
    ],
    headerRows: 1,
    rows: inds.map((x, i) => ({
      id: `i${i + 1}`,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t[i === wrong ? 5 : 4] },
    })),
  });
  s.gap();
  const progs = [
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", 38_412_650_000],
    ["PROGRAM PENGELOLAAN HUTAN", 21_706_300_000],
    ["PROGRAM KONSERVASI SUMBER DAYA ALAM HAYATI DAN EKOSISTEMNYA", 2_318_900_000],
    [
      "PROGRAM PENDIDIKAN DAN PELATIHAN, PENYULUHAN DAN PEMBERDAYAAN MASYARAKAT DI BIDANG KEHUTANAN",
      6_945_120_000,
    ],
    ["PROGRAM PENGELOLAAN DAERAH ALIRAN SUNGAI (DAS)", 9_487_400_000],
  ] as const;
  const at = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: INT, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i): Row => ({
        id: `g${i + 1}`,
        cells: { no: i + 1, prog: p, rp: v, ket: "APBD" },
      })),
      // planted: SUM one row short (leaves out the DAS program)
      {
        id: "jml",
        bold: true,
        cells: (c: Ctx) => ({ prog: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Padang, 3 Februari 2025",
    jabatan: ["GUBERNUR SUMATERA BARAT,"],
    nama: "H. MAHYELDI ANSHARULLAH (contoh)",
    nip: "-",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "i3") },
        { sheet: R, cell: rt.a("t2025", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of 'Persentase KTH kelas madya dan utama' is 40, the Renstra 2026 target; the Renstra 2025 target is 36",
    truth: `'${R}'!${rt.a("t2025", "i3")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first four programs only (69,382,970,000); with the DAS program it is 78,870,370,000",
    truth: `SUM(${at.a("rp", "g1")}:${at.a("rp", "g5")})`,
  });
  for (const i of [1, 2, 4, 5])
    b.ok({
      sheet: P,
      cell: pt.a("t", `i${i}`),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t2025", `i${i}`)}`,
    });
  // the kondisi akhir of a rate or stock is the last target, not the sum of the six years
  for (let i = 1; i <= 5; i++)
    b.ok({
      sheet: R,
      cell: rt.a("ka", `i${i}`),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t2026", `i${i}`),
      trap: `SUM(${rt.a("t2021", `i${i}`)}:${rt.a("t2026", `i${i}`)})`,
    });
  return b.finish();
}
