// The Dinas PUPR of the two invented kabupaten: a physical-and-financial progress report of
// construction packages (Kabupaten Sungai Embaloh, Kalimantan Barat), a Renja 2025 that sets the
// Renja targets and pagu beside the Renstra's per sub kegiatan (Kabupaten Nias Hilisimae), and a
// PK 2025 with its rencana aksi per triwulan (Kabupaten Sungai Embaloh). Every name and number is
// invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** Progress of construction packages, Triwulan III 2024, Dinas PUPR Kabupaten Sungai Embaloh. */
export function progresPuprEmbaloh(): BookW {
  const b = new BookW(
    "progres-fisik-keuangan-tw3-2024-dpupr-sungai-embaloh.xlsx",
    "physical and financial progress of construction packages",
    "No | Paket Pekerjaan | Desa / Kecamatan | Sumber Dana | Nilai Kontrak (Rp) | 'Progres Fisik s.d. 30 Sept 2024 (%)' > Rencana / Realisasi | Deviasi (%) | 'Realisasi Keuangan' > Rp / % thd Kontrak | Ket.; JUMLAH row with a ratio of totals",
  );
  const S = "TW III";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI EMBALOH",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "LAPORAN PERKEMBANGAN FISIK DAN KEUANGAN PAKET PEKERJAAN KONSTRUKSI",
    "Posisi s.d. 30 September 2024 (Triwulan III)",
  ]);
  const P: Array<[string, string, string, string, number, number, number, number]> = [
    [
      "a",
      "Peningkatan Jalan Lanjak - Nanga Badau Hulu",
      "Ds. Lanjak Raya / Kec. Batang Lupar Hulu",
      "DAK",
      4_386_500_000,
      72.5,
      68.25,
      2_631_900_000,
    ],
    [
      "b",
      "Rehabilitasi Jembatan Sungai Sibau Kecil",
      "Ds. Sibau Tengah / Kec. Putussibau Laut",
      "DAU",
      1_248_600_000,
      85,
      88.4,
      1_284_600_000,
    ],
    [
      "c",
      "Pembangunan Drainase Lingkungan Pasar Embaloh",
      "Kel. Embaloh Hilir / Kec. Embaloh Hulu",
      "DAU",
      862_450_000,
      96.5,
      100,
      819_327_500,
    ],
    [
      "d",
      "Pemeliharaan Berkala Jalan Puring Kencana Baru",
      "Ds. Sungai Antu / Kec. Puring Kencana Baru",
      "DAK",
      2_917_300_000,
      60,
      54.7,
      1_166_920_000,
    ],
    [
      "e",
      "Pembangunan SPAM Perdesaan Badau Seberang",
      "Ds. Badau Seberang / Kec. Badau Raya",
      "DID",
      1_575_800_000,
      45,
      47.15,
      472_740_000,
    ],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Paket Pekerjaan"], role: "lainnya", width: 38 },
    { key: "lok", head: ["Desa / Kecamatan"], role: "lokasi", width: 30 },
    { key: "sd", head: ["Sumber Dana"], width: 8 },
    { key: "k", head: ["Nilai Kontrak (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    {
      key: "rf",
      head: ["Progres Fisik s.d. 30 Sept 2024 (%)", "Rencana"],
      role: "target",
      year: 2024,
      fmt: DEC,
    },
    {
      key: "ff",
      head: ["Progres Fisik s.d. 30 Sept 2024 (%)", "Realisasi"],
      role: "realisasi",
      year: 2024,
      fmt: DEC,
    },
    { key: "dev", head: ["Deviasi (%)"], fmt: DEC, width: 9 },
    {
      key: "ku",
      head: ["Realisasi Keuangan", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    {
      key: "kp",
      head: ["Realisasi Keuangan", "% thd Kontrak"],
      role: "capaian",
      year: 2024,
      fmt: DEC,
      width: 9,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 22 },
  ];
  const rows: Row[] = P.map(([id, nm, lok, sd, k, rf, ff, ku], i) => ({
    id,
    cells: (x) => ({
      no: i + 1,
      nm,
      lok,
      sd,
      k,
      rf,
      ff,
      dev: fx(`${x.a("ff")}-${x.a("rf")}`),
      // planted: the SP2D of the bridge typed 1,284,600,000 (1,248,600,000 with digits swapped)
      ku,
      kp: fx(`ROUND(${x.a("ku")}/${x.a("k")}*100,2)`),
      ket: id === "c" ? "PHO 12 Agustus 2024, retensi 5 %" : id === "e" ? "uang muka 30 %" : "-",
    }),
  }));
  rows.push({
    id: "j",
    bold: true,
    span: ["no", "sd"],
    cells: (x) => ({
      no: "JUMLAH",
      k: fx(`SUM(${x.c("k")}${x.row("a")}:${x.c("k")}${x.row("e")})`),
      // planted: JUMLAH keuangan typed, 45,000,000 short of the five lines
      ku: 6_330_487_500,
      kp: fx(`ROUND(${x.a("ku")}/${x.a("k")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Deviasi = realisasi fisik - rencana fisik; deviasi negatif > 10 % masuk kategori kritis."]);
  s.gap();
  signature(s, 9, {
    tempat: "Embaloh Hulu, 4 Oktober 2024",
    jabatan: ["Kepala Dinas Pekerjaan Umum", "dan Penataan Ruang"],
    nama: "Ir. MARKUS SANGGAU LIMBING, M.T.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19730822 200112 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => `${t.c(k)}${t.row("a")}:${t.c(k)}${t.row("e")}`;
  b.plant({
    at: { sheet: S, cell: a("kp", "b") },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "realisasi keuangan of the Sungai Sibau Kecil bridge typed 1,284,600,000 against a contract of 1,248,600,000 (102.88 %); 88.40 % physical progress, digits swapped: 1,248,600,000 would be 100 %",
    truth: "100",
  });
  b.plant({
    at: { sheet: S, cell: a("ku", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH realisasi keuangan typed 6,330,487,500; the five packages give 6,375,487,500",
    truth: `SUM(${col("ku")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kp", "e"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ku", "e")}/${a("k", "e")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("k", "j"), rules: ["sum-mismatch"], truth: `SUM(${col("k")})` });
  b.ok({
    sheet: S,
    cell: a("kp", "c"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${a("ku", "c")}/${a("k", "c")}*100,2)`,
  });
  return b.finish();
}

type RjR = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tR?: number;
  pR?: number;
  tJ?: number;
  pJ?: number;
  lok: string;
  lvl: 0 | 1 | 2;
};

/** Renja 2025 beside the Renstra per sub kegiatan, Dinas PUPR Kabupaten Nias Hilisimae. */
export function renjaPuprNias(): BookW {
  const b = new BookW(
    "renja-2025-vs-renstra-dpupr-nias-hilisimae-sub-kegiatan.xlsx",
    "Renja 2025 compared with the Renstra per sub kegiatan (T-C.32-like)",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Rencana Tahun 2025 dalam Renstra' > Target / Pagu (Rp) | 'Rancangan Renja Tahun 2025' > Target / Pagu Indikatif (Rp) | Lokasi | Catatan Penting; no No column; programme pagu = SUM of its kegiatan, kegiatan = SUM of its sub kegiatan",
  );
  const S = "Renja vs Renstra";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.32",
    "REVIEW RANCANGAN RENJA DINAS PUPR KABUPATEN NIAS HILISIMAE TAHUN 2025 TERHADAP RENSTRA",
  ]);
  const rs: RjR[] = [
    {
      id: "p",
      kode: "1.03.10",
      ur: "Program Penyelenggaraan Jalan",
      ind: "Persentase jalan kabupaten dalam kondisi mantap",
      sat: "%",
      tR: 68.5,
      tJ: 67.2,
      lok: "Kabupaten",
      lvl: 0,
    },
    {
      id: "k",
      kode: "1.03.10.2.01",
      ur: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kabupaten yang ditangani",
      sat: "km",
      tR: 46.8,
      tJ: 41.35,
      lok: "Kabupaten",
      lvl: 1,
    },
    {
      id: "s1",
      kode: "1.03.10.2.01.0011",
      ur: "Rehabilitasi Jalan",
      ind: "Panjang jalan yang direhabilitasi",
      sat: "km",
      tR: 12.5,
      pR: 14_250_000_000,
      tJ: 11.2,
      pJ: 12_864_300_000,
      lok: "Kec. Lahusa Hulu, Kec. Hilisimae",
      lvl: 2,
    },
    {
      id: "s2",
      kode: "1.03.10.2.01.0015",
      ur: "Pemeliharaan Berkala Jalan",
      ind: "Panjang jalan yang dipelihara berkala",
      sat: "km",
      tR: 24.3,
      pR: 9_720_000_000,
      tJ: 21.65,
      pJ: 8_712_450_000,
      lok: "Kec. Bawolato Raya, Kec. Onolalu",
      lvl: 2,
    },
    {
      id: "s3",
      kode: "1.03.10.2.01.0029",
      ur: "Pembangunan Jembatan",
      ind: "Panjang jembatan yang dibangun",
      sat: "m",
      tR: 60,
      pR: 7_860_000_000,
      tJ: 60,
      pJ: 7_915_700_000,
      lok: "Ds. Hilizoroilawa",
      lvl: 2,
    },
    {
      id: "k2",
      kode: "1.03.10.2.02",
      ur: "Penyelenggaraan Sistem Informasi Jalan",
      ind: "Jumlah dokumen basis data jalan yang dimutakhirkan",
      sat: "dokumen",
      tR: 1,
      tJ: 1,
      lok: "Kabupaten",
      lvl: 1,
    },
    // planted: a sub kegiatan of the SDA programme (1.03.03) inside kegiatan 1.03.10.2.02
    {
      id: "s4",
      kode: "1.03.03.2.02.0003",
      ur: "Survei Kondisi Jalan dan Jembatan",
      ind: "Jumlah ruas jalan yang disurvei",
      sat: "ruas",
      tR: 142,
      pR: 685_000_000,
      tJ: 142,
      pJ: 642_800_000,
      lok: "Kabupaten",
      lvl: 2,
    },
  ];
  const RS = "Rencana Tahun 2025 dalam Renstra";
  const RJ = "Rancangan Renja Tahun 2025";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tR", head: [RS, "Target"], role: "target", year: 2025, fmt: DEC, width: 9 },
    { key: "pR", head: [RS, "Pagu (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
    { key: "tJ", head: [RJ, "Target"], role: "target", year: 2025, fmt: DEC, width: 9 },
    { key: "pJ", head: [RJ, "Pagu Indikatif (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 24 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", width: 26 },
  ];
  const rows: Row[] = rs.map((r) => ({
    id: r.id,
    bold: r.lvl < 2,
    cells: (x) => {
      const c: Record<string, Cell> = {
        kode: r.kode,
        ur: r.ur,
        ind: r.ind,
        sat: r.sat,
        tR: r.tR,
        tJ: r.tJ,
        lok: r.lok,
      };
      const kids =
        r.id === "p" ? ["k", "k2"] : r.id === "k" ? ["s1", "s2", "s3"] : r.id === "k2" ? ["s4"] : null;
      for (const p of ["pR", "pJ"]) {
        if (!kids) c[p] = r[p as "pR" | "pJ"];
        // planted: the programme's Renja pagu adds only the first kegiatan
        else if (r.id === "p" && p === "pJ") c[p] = fx(`SUM(${x.a(p, "k")})`);
        else c[p] = fx(`SUM(${kids.map((k) => x.a(p, k)).join(",")})`);
      }
      c.cat =
        r.id === "s1"
          ? "efisiensi, 2 ruas digeser ke 2026"
          : r.id === "s2"
            ? "menyesuaikan pagu indikatif"
            : "sesuai Renstra";
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Pagu program = jumlah pagu kegiatan; pagu kegiatan = jumlah pagu sub kegiatan."]);
  s.gap();
  signature(s, 7, {
    tempat: "Hilisimae, 17 Februari 2025",
    jabatan: ["Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Kabupaten Nias Hilisimae"],
    nama: "FAOZIDUHU HAREFA NDRURU, S.T., M.Si.",
    nip: "19800116 200502 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pJ", "p") },
    rules: ["sum-mismatch"],
    note: "Renja pagu of the Program Penyelenggaraan Jalan is SUM of the first kegiatan only (29,492,450,000); with the sistem informasi jalan (642,800,000) it is 30,135,250,000",
    truth: `${a("pJ", "k")}+${a("pJ", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 1.03.03.2.02.0003 (programme 1.03.03, SDA) stands under kegiatan 1.03.10.2.02",
    truth: `"1.03.10.2.02"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pR", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("pR", "k")}+${a("pR", "k2")}`,
    trap: `SUM(${a("pR", "k")}:${a("pR", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pJ", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("pJ", "s1")}+${a("pJ", "s2")}+${a("pJ", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `"1.03.10.2.01"`,
    actual: `PARENT(${a("kode", "s2")})`,
  });
  return b.finish();
}

/** PK 2025 with its rencana aksi per triwulan, Dinas PUPR Kabupaten Sungai Embaloh. */
export function pkAksiPuprEmbaloh(): BookW {
  const b = new BookW(
    "pk-2025-rencana-aksi-triwulan-dpupr-sungai-embaloh.xlsx",
    "Perjanjian Kinerja 2025 with its rencana aksi per triwulan",
    "sheet PK 2025: No | Sasaran | Indikator Kinerja | Satuan | Target 2025; sheet Rencana Aksi: No | Indikator | Satuan | Target Tahunan | 'Target per Triwulan (bukan kumulatif)' > TW I .. TW IV | Sifat; flows add up, levels take TW IV",
  );
  const S1 = "PK 2025";
  const s = b.sheet(S1);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SUNGAI EMBALOH",
  ]);
  const I: Array<[string, string, string, string, number, number[], "Jumlah" | "Tingkat"]> = [
    [
      "jm",
      "Meningkatnya kemantapan jalan kabupaten",
      "Persentase jalan kabupaten kondisi mantap",
      "%",
      61.4,
      [58.2, 58.9, 60.3, 61.4],
      "Tingkat",
    ],
    [
      "rh",
      "Meningkatnya kemantapan jalan kabupaten",
      "Panjang jalan yang direhabilitasi",
      "km",
      18.5,
      [0, 4.5, 7, 6],
      "Jumlah",
    ],
    [
      "am",
      "Meningkatnya akses air minum layak di perbatasan",
      "Persentase rumah tangga dengan akses air minum layak",
      "%",
      78.6,
      [76.9, 77.4, 78, 78.6],
      "Tingkat",
    ],
    [
      "sr",
      "Meningkatnya akses air minum layak di perbatasan",
      "Jumlah sambungan rumah SPAM perdesaan baru",
      "SR",
      640,
      [0, 120, 260, 260],
      "Jumlah",
    ],
  ];
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    // planted: the PK target of the sambungan rumah copied as 460 (the Renstra's 2024 figure)
    rows: I.map(([id, sas, ind, sat, t], i) => ({
      id,
      cells: { no: i + 1, sas, ind, sat, t: id === "sr" ? 460 : t },
    })),
    vmerge: ["sas"],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Embaloh Hulu, 6 Januari 2025",
    jabatan: ["Kepala Dinas Pekerjaan Umum dan Penataan Ruang"],
    nama: "Ir. MARKUS SANGGAU LIMBING, M.T.",
    nip: "19730822 200112 1 005",
  });
  const S2 = "Rencana Aksi";
  const s2 = b.sheet(S2);
  letterhead(s2, ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025", "Dinas PUPR Kabupaten Sungai Embaloh"]);
  const Q = ["TW I", "TW II", "TW III", "TW IV"];
  const G = "Target per Triwulan (bukan kumulatif)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tt", head: ["Target Tahunan"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ...Q.map((q, i): Col => ({ key: `q${i}`, head: [G, q], role: "target", year: 2025, fmt: DEC, width: 8 })),
    { key: "sf", head: ["Sifat"], role: "keterangan", width: 10 },
  ];
  const rows: Row[] = I.map(([id, , ind, sat, t, q, sf], i) => ({
    id,
    cells: () => {
      const c: Record<string, Cell> = { no: i + 1, ind, sat, tt: t, sf };
      q.forEach((v, j) => (c[`q${j}`] = v));
      // planted: the quarters of the rehabilitated road add to 16.5 km (TW II 3.5 typed for 4.5)
      if (id === "rh") c.q1 = 3.5;
      return c;
    },
  }));
  const ra = s2.table({ cols, headerRows: 2, rows });
  const p = (k: string, id: string) => pk.a(k, id);
  const r = (k: string, id: string) => ra.a(k, id);
  const q = (id: string) => `SUM(${r("q0", id)}:${r("q3", id)})`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S1, cell: p("t", "sr") },
        { sheet: S2, cell: r("tt", "sr") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of the sambungan rumah is 460; the rencana aksi's target tahunan (and its four quarters 0 + 120 + 260 + 260) is 640",
    truth: `'${S2}'!${r("tt", "sr")}`,
  });
  b.plant({
    at: { sheet: S2, cell: r("tt", "rh") },
    rules: ["sum-mismatch"],
    note: "target tahunan of the panjang jalan direhabilitasi (a flow) is 18.50 km; its quarters 0 + 3.50 + 7.00 + 6.00 add to 16.50",
    truth: q("rh"),
  });
  b.ok({ sheet: S2, cell: r("tt", "jm"), rules: ["sum-mismatch"], truth: r("q3", "jm"), trap: q("jm") });
  b.ok({ sheet: S2, cell: r("tt", "am"), rules: ["sum-mismatch"], truth: r("q3", "am"), trap: q("am") });
  b.ok({ sheet: S2, cell: r("tt", "sr"), rules: ["sum-mismatch"], truth: q("sr") });
  b.ok({ sheet: S1, cell: p("t", "jm"), rules: ["cross-table-mismatch"], truth: `'${S2}'!${r("tt", "jm")}` });
  b.ok({ sheet: S1, cell: p("t", "rh"), rules: ["cross-table-mismatch"], truth: `'${S2}'!${r("tt", "rh")}` });
  return b.finish();
}
