// Bappeda Provinsi Nusa Tenggara Barat reviewing plans of the thirty-sixth unseen set: a review of the
// RKPD 2025-2027 targets against the RPJMD (Selisih per year) and a T-C.30 review of a Renja against
// the Renstra (target and pagu per program, 'Catatan Penting'). Every person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Ind = { id: string; sas: string; ind: string; sat: string; rp: number[]; rk: number[]; ket: string };

/** Reviu keselarasan target RPJMD dan RKPD 2025-2027, one table, Selisih = RKPD - RPJMD per year. */
export function reviuRpjmdRkpd(): BookW {
  const b = new BookW(
    "reviu-selaras-rpjmd-rkpd-bappeda-ntb.xlsx",
    "reviu keselarasan target RPJMD dan RKPD (Bappeda provinsi)",
    "sheet 'Reviu Target': No | Sasaran RPJMD (merged) | Indikator Sasaran | Satuan | 'Tahun 2025' / 'Tahun 2026' / 'Tahun 2027' > Target RPJMD | Target RKPD | Selisih; Keterangan Reviu; number row (1) .. (14); notes and the Kepala Bidang's signature",
  );
  const S = "Reviu Target";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
  ]);
  s.lines(["KERTAS KERJA REVIU KESELARASAN TARGET INDIKATOR SASARAN RPJMD DENGAN RKPD TAHUN 2025-2027"], 1, {
    bold: true,
  });
  s.gap();
  const inds: Ind[] = [
    {
      id: "lpe",
      sas: "Meningkatnya pertumbuhan ekonomi yang inklusif",
      ind: "Laju Pertumbuhan Ekonomi",
      sat: "%",
      rp: [5.3, 5.45, 5.6],
      rk: [5.1, 5.5, 5.75],
      ket: "RKPD 2025 disesuaikan dengan asumsi makro",
    },
    {
      id: "miskin",
      sas: "Meningkatnya pertumbuhan ekonomi yang inklusif",
      ind: "Persentase Penduduk Miskin",
      sat: "%",
      // planted: the 2027 RPJMD target typed 12.05 (11.05 in the RPJMD document): rises after 11.85
      rp: [12.6, 11.85, 12.05],
      rk: [12.45, 11.8, 11.05],
      ket: "",
    },
    {
      id: "tpt",
      sas: "Meningkatnya pertumbuhan ekonomi yang inklusif",
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      rp: [2.85, 2.7, 2.55],
      rk: [2.8, 2.65, 2.5],
      ket: "",
    },
    {
      id: "gini",
      sas: "Meningkatnya pertumbuhan ekonomi yang inklusif",
      ind: "Indeks Gini",
      sat: "indeks",
      rp: [0.372, 0.368, 0.364],
      rk: [0.37, 0.366, 0.362],
      ket: "",
    },
    {
      id: "ipm",
      sas: "Meningkatnya kualitas sumber daya manusia",
      ind: "Indeks Pembangunan Manusia",
      sat: "poin",
      rp: [73.15, 73.8, 74.45],
      rk: [73.2, 73.8, 74.5],
      ket: "",
    },
    {
      id: "uhh",
      sas: "Meningkatnya kualitas sumber daya manusia",
      ind: "Umur Harapan Hidup saat Lahir",
      sat: "tahun",
      rp: [71.35, 71.6, 71.85],
      rk: [71.4, 71.65, 71.9],
      ket: "",
    },
    {
      id: "ntp",
      sas: "Meningkatnya kesejahteraan petani dan nelayan",
      ind: "Nilai Tukar Petani",
      sat: "indeks",
      rp: [114.5, 115.25, 116],
      rk: [116.8, 117.5, 118.2],
      ket: "Target RKPD lebih tinggi, realisasi 2024 sudah 116,37",
    },
  ];
  const YRS = [2025, 2026, 2027];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran RPJMD"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", num: "(3)", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
  ];
  YRS.forEach((y, i) => {
    const n = 5 + i * 3;
    cols.push(
      {
        key: `rp${y}`,
        head: [`Tahun ${y}`, "Target RPJMD"],
        role: "target",
        year: y,
        num: `(${n})`,
        fmt: "0.00#",
      },
      {
        key: `rk${y}`,
        head: [`Tahun ${y}`, "Target RKPD"],
        role: "target",
        year: y,
        num: `(${n + 1})`,
        fmt: "0.00#",
      },
      { key: `sl${y}`, head: [`Tahun ${y}`, "Selisih"], num: `(${n + 2})=(${n + 1})-(${n})`, fmt: "0.00#" },
    );
  });
  cols.push({ key: "ket", head: ["Keterangan Reviu"], role: "keterangan", num: "(14)", width: 30 });
  // planted: Selisih 2026 of IPM typed 0.65 (the RPJMD step 73.80 - 73.15) where the others are formulas
  const rows: Row[] = inds.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, ket: x.ket };
      YRS.forEach((y, j) => {
        out[`rp${y}`] = x.rp[j];
        out[`rk${y}`] = x.rk[j];
        out[`sl${y}`] =
          x.id === "ipm" && y === 2026 ? 0.65 : fx(`ROUND(${c.a(`rk${y}`)}-${c.a(`rp${y}`)},3)`);
      });
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines(
    [
      "Catatan:",
      "1. Selisih positif pada indikator yang semakin kecil semakin baik (kemiskinan, pengangguran, gini) berarti target RKPD kurang ambisius.",
      "2. Target RPJMD mengacu Perda RPJMD Tahun 2025-2029.",
    ],
    1,
  );
  s.gap();
  signature(s, 11, {
    tempat: "Mataram, 14 Maret 2025",
    jabatan: ["Kepala Bidang Perencanaan, Pengendalian", "dan Evaluasi Pembangunan"],
    nama: "LALU GDE SURYAWIRAJA, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760812 200312 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp2027", "miskin") },
    rules: ["target-trend", "target-outlier"],
    note: "RPJMD target 2027 of Persentase Penduduk Miskin (lower is better) typed 12.05 after 12.60, 11.85: it rises; the RPJMD says 11.05 (RKPD 2027 11.05)",
    truth: "11.05",
  });
  b.plant({
    at: { sheet: S, cell: a("sl2026", "ipm") },
    rules: ["hardcoded-value", "sum-mismatch", "inconsistent-formula"],
    note: "Selisih 2026 of IPM typed 0.65 (the RPJMD step 73.80 - 73.15) among ROUND(RKPD - RPJMD) formulas; 73.80 - 73.80 = 0.00",
    truth: `ROUND(${a("rk2026", "ipm")}-${a("rp2026", "ipm")},3)`,
  });
  // trap: lower-is-better series falling are no trend break
  b.ok({
    sheet: S,
    cell: a("rp2027", "tpt"),
    rules: ["target-trend", "target-outlier"],
    truth: "2.55",
    trap: a("rp2026", "tpt"),
  });
  b.ok({ sheet: S, cell: a("rk2027", "gini"), rules: ["target-trend"], truth: "0.362" });
  for (const id of ["lpe", "ntp"])
    b.ok({
      sheet: S,
      cell: a("sl2025", id),
      rules: ["hardcoded-value", "sum-mismatch"],
      truth: `${a("rk2025", id)}-${a("rp2025", id)}`,
      // trap: the difference is RKPD minus RPJMD, not their sum
      trap: `${a("rk2025", id)}+${a("rp2025", id)}`,
    });
  b.ok({ sheet: S, cell: a("rp2027", "ipm"), rules: ["target-trend", "target-outlier"], truth: "74.45" });
  return b.finish();
}

type Pr = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  lok: string;
  tS: number;
  tR: number;
  pS?: number;
  pR?: number;
  of?: string[];
  cat: string;
};

/** T-C.30 reviu Rancangan Renja 2026 Dinas Pertanian dan Perkebunan against the Renstra. */
export function renjaTC30(): BookW {
  const b = new BookW(
    "tc30-reviu-renja-distanbun-ntb.xlsx",
    "T-C.30 reviu rancangan Renja terhadap Renstra (dinas provinsi)",
    "sheet 'T-C.30': Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Rencana Tahun 2026 (Renstra PD)' > Lokasi | Target Capaian Kinerja | Kebutuhan Dana (Rp) | 'Rancangan Awal Renja 2026' > Lokasi | Target Capaian Kinerja | Pagu Indikatif (Rp) | Catatan Penting; number row 1 .. 11; provincial codes x.xx.xx.1.xx.xxxx; program / kegiatan pagu SUM of children",
  );
  const S = "T-C.30";
  const s = b.sheet(S);
  s.lines(["Tabel T-C.30"], 1, { bold: true });
  s.lines(
    [
      "Review terhadap Rancangan Awal Renja Perangkat Daerah Tahun 2026",
      "Provinsi Nusa Tenggara Barat",
      "Nama Perangkat Daerah : Dinas Pertanian dan Perkebunan",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const L = "Prov. NTB";
  const prs: Pr[] = [
    {
      id: "p",
      kode: "3.27.03",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
      ind: "Persentase luas lahan pertanian terlayani prasarana",
      sat: "%",
      lok: L,
      tS: 68,
      tR: 68,
      of: ["k1", "k2"],
      cat: "",
    },
    {
      id: "k1",
      kode: "3.27.03.1.01",
      ur: "Pengembangan Prasarana Pertanian",
      ind: "Jumlah prasarana pertanian yang dibangun",
      sat: "unit",
      lok: L,
      tS: 42,
      tR: 40,
      of: ["s11", "s12", "s13"],
      cat: "",
    },
    {
      id: "s11",
      kode: "3.27.03.1.01.0002",
      ur: "Pembangunan Jalan Usaha Tani",
      ind: "Panjang jalan usaha tani yang dibangun",
      sat: "km",
      lok: "Kab. Lombok Timur, Kab. Sumbawa",
      tS: 24,
      tR: 22,
      pS: 6_480_000_000,
      pR: 5_940_000_000,
      cat: "Target dikurangi menyesuaikan pagu",
    },
    {
      id: "s12",
      kode: "3.27.03.1.01.0004",
      ur: "Rehabilitasi Jaringan Irigasi Tersier",
      ind: "Luas jaringan irigasi tersier yang direhabilitasi",
      sat: "ha",
      lok: "Kab. Dompu, Kab. Bima",
      tS: 1_250,
      tR: 1_250,
      pS: 3_125_000_000,
      pR: 3_125_000_000,
      cat: "Sesuai Renstra",
    },
    // planted: code of kegiatan 3.27.03.1.02 on a sub kegiatan of kegiatan 3.27.03.1.01
    {
      id: "s13",
      kode: "3.27.03.1.02.0006",
      ur: "Pembangunan Embung Pertanian",
      ind: "Jumlah embung pertanian yang dibangun",
      sat: "unit",
      lok: "Kab. Sumbawa Barat",
      tS: 6,
      tR: 5,
      pS: 2_850_000_000,
      pR: 2_375_000_000,
      cat: "Lokasi menunggu kesiapan lahan",
    },
    {
      id: "k2",
      kode: "3.27.03.1.02",
      ur: "Pengawasan Penggunaan Sarana Pertanian",
      ind: "Persentase sarana pertanian yang diawasi",
      sat: "%",
      lok: L,
      tS: 80,
      tR: 80,
      of: ["s21", "s22"],
      cat: "",
    },
    {
      id: "s21",
      kode: "3.27.03.1.02.0001",
      ur: "Pengawasan Peredaran Pupuk Bersubsidi",
      ind: "Jumlah kios pupuk yang diawasi",
      sat: "kios",
      lok: "10 kab/kota",
      tS: 420,
      tR: 450,
      pS: 865_400_000,
      pR: 912_750_000,
      cat: "Target dinaikkan, tambahan kios baru",
    },
    {
      id: "s22",
      kode: "3.27.03.1.02.0003",
      ur: "Pengawasan Mutu Benih Tanaman Pangan",
      ind: "Jumlah sampel benih yang diuji",
      sat: "sampel",
      lok: "10 kab/kota",
      tS: 1_600,
      tR: 1_600,
      pS: 547_250_000,
      pR: 547_250_000,
      cat: "Sesuai Renstra",
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 19 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 42 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    { key: "lS", head: ["Rencana Tahun 2026 (Renstra PD)", "Lokasi"], role: "lokasi", num: 5, width: 18 },
    {
      key: "tS",
      head: ["Rencana Tahun 2026 (Renstra PD)", "Target Capaian Kinerja"],
      role: "target",
      year: 2026,
      num: 6,
      fmt: "#,##0.##",
    },
    {
      key: "pS",
      head: ["Rencana Tahun 2026 (Renstra PD)", "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 7,
      fmt: RP,
      width: 17,
    },
    { key: "lR", head: ["Rancangan Awal Renja 2026", "Lokasi"], role: "lokasi", num: 8, width: 18 },
    {
      key: "tR",
      head: ["Rancangan Awal Renja 2026", "Target Capaian Kinerja"],
      role: "target",
      year: 2026,
      num: 9,
      fmt: "#,##0.##",
    },
    {
      key: "pR",
      head: ["Rancangan Awal Renja 2026", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 10,
      fmt: RP,
      width: 17,
    },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 11, width: 30 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: prs.map((x): Row => ({
      id: x.id,
      bold: !!x.of,
      cells: (c) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          ur: x.ur,
          ind: x.ind,
          sat: x.sat,
          lS: x.lok,
          tS: x.tS,
          lR: x.lok,
          tR: x.tR,
          cat: x.cat,
        };
        for (const k of ["pS", "pR"] as const) {
          if (!x.of) out[k] = x[k];
          // planted: the Renja pagu of kegiatan k1 sums only its first two sub kegiatan
          else if (x.id === "k1" && k === "pR") out[k] = fx(`SUM(${c.a(k, "s11")}:${c.a(k, "s12")})`);
          else out[k] = fx(`SUM(${x.of.map((y) => c.a(k, y)).join(",")})`);
        }
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 9, {
    tempat: "Mataram, 2 Mei 2025",
    jabatan: ["Kepala Dinas Pertanian dan Perkebunan", "Provinsi Nusa Tenggara Barat"],
    nama: "Ir. BAIQ RAHMAWATI SEPTIANI, M.P.",
    nip: "19700925 199503 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s13") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembangunan Embung Pertanian coded 3.27.03.1.02.0006 under kegiatan 3.27.03.1.01 (Pengembangan Prasarana Pertanian)",
    truth: '"3.27.03.1.01.0006"',
  });
  b.plant({
    at: { sheet: S, cell: a("pR", "k1") },
    rules: ["sum-mismatch"],
    note: "Renja pagu of kegiatan 3.27.03.1.01 = SUM of two of its three sub kegiatan (9,065,000,000); the three give 11,440,000,000 (the embung left out)",
    truth: `SUM(${a("pR", "s11")}:${a("pR", "s13")})`,
  });
  // trap: the program sums its kegiatan only, not every row beneath it
  for (const k of ["pS", "pR"])
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "k1")}+${a(k, "k2")}`,
      trap: `SUM(${a(k, "k1")}:${a(k, "s22")})`,
    });
  b.ok({
    sheet: S,
    cell: a("pS", "k1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pS", "s11")}:${a("pS", "s13")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pR", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pR", "s21")}:${a("pR", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}
