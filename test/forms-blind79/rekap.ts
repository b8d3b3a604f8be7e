// Recaps of the seventy-ninth unseen set: the rasio elektrifikasi per kabupaten / kota of the Dinas
// ESDM Provinsi Nusa Tenggara Barat, the PJU tenaga surya and PLTS installed per year by the Dinas ESDM
// Provinsi Maluku, and the IUP and PNBP recap of the Bidang Minerba of the Dinas ESDM NTB. Every
// office, region, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// ================================================= Rasio elektrifikasi 2024 per kabupaten (NTB)

type Kab = { id: string; nm: string; rt: number; pln: number; non: number; desa: number };

/** Rasio elektrifikasi per kabupaten / kota: RT, RT berlistrik PLN / non-PLN, total, rasio (%). */
export function elektrifikasiNtb(): BookW {
  const b = new BookW(
    "rasio-elektrifikasi-kabupaten-esdm-ntb-2024.xlsx",
    "Rekapitulasi rasio elektrifikasi per kabupaten / kota (Dinas ESDM Provinsi)",
    "table from column B; No. | Kabupaten / Kota | Jumlah Rumah Tangga (RT) | 'Rumah Tangga Berlistrik' > PLN | Non PLN (LTSHE / PLTS Komunal) | Total | Rasio Elektrifikasi (%) | Desa Belum Berlistrik; number row (1) .. (8) with '(6) = (4) + (5)' and '(7) = (6) : (3) x 100'; ROUND ratio per row; Total Provinsi with SUM and the rasio from the totals",
  );
  const S = "RE 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
    "DINAS ENERGI DAN SUMBER DAYA MINERAL",
    "Bidang Ketenagalistrikan",
  ]);
  s.lines(
    ["REKAPITULASI RASIO ELEKTRIFIKASI RUMAH TANGGA PER KABUPATEN / KOTA", "Keadaan s.d. 31 Desember 2024"],
    2,
    {
      bold: true,
    },
  );
  s.gap();
  const xs: Kab[] = [
    { id: "k1", nm: "Kab. Rinjani Timur", rt: 248316, pln: 236904, non: 4218, desa: 6 },
    { id: "k2", nm: "Kab. Sekotong Raya", rt: 131572, pln: 118043, non: 6915, desa: 11 },
    { id: "k3", nm: "Kab. Moyo Hilir", rt: 97845, pln: 86417, non: 5326, desa: 9 },
    { id: "k4", nm: "Kab. Tambora Barat", rt: 64208, pln: 53896, non: 4877, desa: 14 },
    { id: "k5", nm: "Kab. Alas Madya", rt: 112690, pln: 104355, non: 2911, desa: 4 },
    { id: "k6", nm: "Kab. Sape Utara", rt: 88437, pln: 77125, non: 3604, desa: 8 },
    { id: "k7", nm: "Kota Ampenan Baru", rt: 142318, pln: 142318, non: 0, desa: 0 },
  ];
  const G = "Rumah Tangga Berlistrik";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kabupaten / Kota"], role: "lokasi", num: "(2)", width: 22 },
    { key: "rt", head: ["Jumlah Rumah Tangga (RT)"], role: "lainnya", num: "(3)", fmt: INT, width: 13 },
    { key: "pln", head: [G, "PLN"], role: "lainnya", num: "(4)", fmt: INT, width: 12 },
    {
      key: "non",
      head: [G, "Non PLN (LTSHE / PLTS Komunal)"],
      role: "lainnya",
      num: "(5)",
      fmt: INT,
      width: 13,
    },
    { key: "jml", head: [G, "Total"], role: "lainnya", num: "(6) = (4) + (5)", fmt: INT, width: 12 },
    {
      key: "re",
      head: ["Rasio Elektrifikasi (%)"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (6) : (3) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "desa", head: ["Desa Belum Berlistrik"], role: "lainnya", num: "(8)", fmt: INT, width: 10 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      nm: x.nm,
      rt: x.rt,
      pln: x.pln,
      non: x.non,
      // planted: Moyo Hilir's total typed 97,143; 86,417 + 5,326 = 91,743 (digits swapped)
      jml: x.id === "k3" ? 97143 : fx(`${c.a("pln")}+${c.a("non")}`),
      // planted: Sape Utara's rasio carries a stale result from before the RT count was revised
      re:
        x.id === "k6"
          ? fx(`ROUND(${c.a("jml")}/${c.a("rt")}*100,2)`, 94.17)
          : fx(`ROUND(${c.a("jml")}/${c.a("rt")}*100,2)`),
      desa: x.desa,
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => ({
      no: "TOTAL PROVINSI",
      rt: fx(`SUM(${c.a("rt", "k1")}:${c.a("rt", "k7")})`),
      pln: fx(`SUM(${c.a("pln", "k1")}:${c.a("pln", "k7")})`),
      non: fx(`SUM(${c.a("non", "k1")}:${c.a("non", "k7")})`),
      jml: fx(`SUM(${c.a("jml", "k1")}:${c.a("jml", "k7")})`),
      re: fx(`ROUND(${c.a("jml")}/${c.a("rt")}*100,2)`),
      desa: fx(`SUM(${c.a("desa", "k1")}:${c.a("desa", "k7")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows }, 2);
  s.gap();
  s.lines(
    [
      "Keterangan: Rasio Elektrifikasi = jumlah RT berlistrik (PLN dan non PLN) dibagi jumlah RT x 100%.",
      "Sumber: PT PLN (Persero) UID NTB, data LTSHE Ditjen Gatrik, data RT BPS (diolah).",
    ],
    2,
  );
  s.gap();
  signature(s, 7, {
    tempat: "Mataram Lestari, 20 Januari 2025",
    jabatan: ["Kepala Bidang Ketenagalistrikan,"],
    nama: "Ir. LALU HAMZAN WIRADINATA, M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19760314 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Moyo Hilir's total RT berlistrik typed 97,143 among formulas; 86,417 PLN + 5,326 non PLN give 91,743 (digits swapped); its rasio reads 99.28 instead of 93.76",
    truth: `${a("pln", "k3")}+${a("non", "k3")}`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("re", "k6") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "Sape Utara's rasio shows a stale cached 94.17 (before the RT count was revised); (77,125 + 3,604) / 88,437 x 100 = 91.28",
    truth: `ROUND(${a("jml", "k6")}/${a("rt", "k6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("re", "tot"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("jml", "tot")}/${a("rt", "tot")}*100,2)`,
    trap: `SUM(${a("re", "k1")}:${a("re", "k7")})`,
  });
  b.ok({ sheet: S, cell: a("re", "k7"), rules: ["percent-out-of-range"], truth: "100" });
  b.ok({
    sheet: S,
    cell: a("rt", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rt", "k1")}:${a("rt", "k7")})`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("re", "k1"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("jml", "k1")}/${a("rt", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "k4"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("pln", "k4")}+${a("non", "k4")}`,
    tol: 0.5,
  });
  return b.finish();
}

// ================================================== PJU-TS and PLTS installed per year (Maluku)

type Th = {
  id: string;
  th: number;
  pju: number;
  pjuRp: number;
  lok: number | string;
  kwp: number | string;
  pltsRp: number | string;
  sd: string;
};

/** PJU-TS and PLTS per year 2019-2024: units, kWp and pagu, a Jumlah row. */
export function pltsMaluku(): BookW {
  const b = new BookW(
    "pju-ts-plts-terpasang-per-tahun-esdm-maluku.xlsx",
    "Rekapitulasi PJU tenaga surya dan PLTS terpasang per tahun (Dinas ESDM Provinsi)",
    "Tahun Anggaran | 'Penerangan Jalan Umum Tenaga Surya (PJU-TS)' > Jumlah (unit) | Pagu (Rp) | 'PLTS Komunal / PLTS Atap' > Lokasi (desa / gedung) | Kapasitas (kWp) | Pagu (Rp) | Total Pagu (Rp) | Sumber Dana; no number row; 2020 without PLTS ('-', refocusing); Total Pagu per year a formula; JUMLAH row SUM",
  );
  const S = "PJU-TS & PLTS";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI MALUKU",
    "Bidang Energi Baru, Terbarukan dan Konservasi Energi",
  ]);
  s.lines(["Data Pembangunan PJU Tenaga Surya dan PLTS Tahun 2019 - 2024"], 1, { bold: true });
  s.gap();
  const xs: Th[] = [
    { id: "y19", th: 2019, pju: 385, pjuRp: 5236000000, lok: 3, kwp: 75, pltsRp: 4687500000, sd: "APBD" },
    {
      id: "y20",
      th: 2020,
      pju: 140,
      pjuRp: 1918000000,
      lok: "-",
      kwp: "-",
      pltsRp: "-",
      sd: "APBD (refocusing)",
    },
    {
      id: "y21",
      th: 2021,
      pju: 260,
      pjuRp: 3601000000,
      lok: 2,
      kwp: 50,
      pltsRp: 3215000000,
      sd: "APBD, DAK",
    },
    {
      id: "y22",
      th: 2022,
      pju: 410,
      pjuRp: 5781000000,
      lok: 4,
      kwp: 110,
      pltsRp: 6897000000,
      sd: "DAK Energi Skala Kecil",
    },
    {
      id: "y23",
      th: 2023,
      pju: 355,
      pjuRp: 5076500000,
      lok: 5,
      kwp: 135,
      pltsRp: 8302500000,
      sd: "DAK, APBD",
    },
    {
      id: "y24",
      th: 2024,
      pju: 298,
      pjuRp: 4336000000,
      lok: 6,
      kwp: 162,
      pltsRp: 9963000000,
      sd: "DAK, APBD",
    },
  ];
  const P = "Penerangan Jalan Umum Tenaga Surya (PJU-TS)";
  const L = "PLTS Komunal / PLTS Atap";
  const cols: Col[] = [
    { key: "th", head: ["Tahun Anggaran"], role: "lainnya", width: 10 },
    { key: "pju", head: [P, "Jumlah (unit)"], role: "lainnya", fmt: INT, width: 10 },
    { key: "pjuRp", head: [P, "Pagu (Rp)"], role: "anggaran", fmt: RP, width: 16 },
    { key: "lok", head: [L, "Lokasi (desa / gedung)"], role: "lainnya", fmt: INT, width: 10 },
    { key: "kwp", head: [L, "Kapasitas (kWp)"], role: "lainnya", fmt: INT, width: 10 },
    { key: "pltsRp", head: [L, "Pagu (Rp)"], role: "anggaran", fmt: RP, width: 16 },
    { key: "tot", head: ["Total Pagu (Rp)"], role: "anggaran", fmt: RP, width: 17 },
    { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 18 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    cells: (c) => ({
      th: x.th,
      pju: x.pju,
      pjuRp: x.pjuRp,
      lok: x.lok,
      kwp: x.kwp,
      pltsRp: x.pltsRp,
      // planted: 2022's total keeps the cached result from before the PLTS pagu was revised (6,179,000,000)
      tot:
        x.id === "y20"
          ? fx(`${c.a("pjuRp")}`)
          : x.id === "y22"
            ? fx(`${c.a("pjuRp")}+${c.a("pltsRp")}`, 11960000000)
            : fx(`${c.a("pjuRp")}+${c.a("pltsRp")}`),
      sd: x.sd,
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    cells: (c) => ({
      th: "JUMLAH",
      pju: fx(`SUM(${c.a("pju", "y19")}:${c.a("pju", "y24")})`),
      pjuRp: fx(`SUM(${c.a("pjuRp", "y19")}:${c.a("pjuRp", "y24")})`),
      lok: fx(`SUM(${c.a("lok", "y19")}:${c.a("lok", "y24")})`),
      // planted: the 2024 row was added under the table and the SUM was not stretched
      kwp: fx(`SUM(${c.a("kwp", "y19")}:${c.a("kwp", "y23")})`),
      pltsRp: fx(`SUM(${c.a("pltsRp", "y19")}:${c.a("pltsRp", "y24")})`),
      tot: fx(`SUM(${c.a("tot", "y19")}:${c.a("tot", "y24")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Catatan: Tahun 2020 tidak ada pembangunan PLTS karena realokasi anggaran penanganan COVID-19."]);
  s.gap();
  signature(s, 6, {
    tempat: "Ambon Raya, 8 Januari 2025",
    jabatan: ["Kepala Bidang EBTKE,"],
    nama: "JOHANIS M. LATUPEIRISSA, S.T., M.Eng",
    nip: "19800923 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kwp", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH kapasitas PLTS =SUM(2019:2023) = 370 kWp leaves out 2024 (162 kWp); the six years give 532 kWp, while the other JUMLAH cells sum all six rows",
    truth: `SUM(${a("kwp", "y19")}:${a("kwp", "y24")})`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("tot", "y22") },
    rules: ["sum-mismatch"],
    note: "Total Pagu 2022 shows a stale cached 11,960,000,000 (PLTS pagu before revision 6,179,000,000); 5,781,000,000 + 6,897,000,000 = 12,678,000,000",
    truth: `${a("pjuRp", "y22")}+${a("pltsRp", "y22")}`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("tot", "y20"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: a("pjuRp", "y20"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("pju", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pju", "y19")}:${a("pju", "y24")})`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("pltsRp", "jml"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `SUM(${a("pltsRp", "y19")}:${a("pltsRp", "y24")})`,
    tol: 0.5,
  });
  return b.finish();
}

// ====================================================== IUP and PNBP recap 2024 (Bidang Minerba NTB)

/** IUP per kabupaten (sheet IUP) and the PNBP minerba target / realisasi (sheet PNBP). */
export function iupPnbpNtb(): BookW {
  const b = new BookW(
    "rekap-iup-pnbp-minerba-esdm-ntb-2024.xlsx",
    "Rekapitulasi IUP dan PNBP mineral dan batubara (Dinas ESDM Provinsi)",
    "sheet IUP: No | Kabupaten | 'Jumlah IUP MBLB dan Batuan' > Eksplorasi | Operasi Produksi | Jumlah | Luas WIUP (Ha) | Keterangan, JUMLAH row typed (copied from the OSS recap); sheet PNBP: No | Jenis Penerimaan | Target 2024 (Rp) | Realisasi s.d. Desember 2024 (Rp) | Capaian (%) with ROUND(), Jumlah row SUM",
  );
  const S1 = "IUP";
  const s1 = b.sheet(S1);
  letterhead(s1, [
    "DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI NUSA TENGGARA BARAT",
    "Bidang Mineral dan Batubara",
  ]);
  s1.lines(["A. REKAPITULASI IZIN USAHA PERTAMBANGAN (IUP) PER KABUPATEN KEADAAN DESEMBER 2024"], 1, {
    bold: true,
  });
  s1.gap();
  const ks = [
    { id: "i1", nm: "Rinjani Timur", e: 4, op: 27, ha: 612.45 },
    { id: "i2", nm: "Sekotong Raya", e: 7, op: 19, ha: 1284.3 },
    { id: "i3", nm: "Moyo Hilir", e: 3, op: 22, ha: 538.9 },
    { id: "i4", nm: "Tambora Barat", e: 5, op: 14, ha: 947.15 },
    { id: "i5", nm: "Alas Madya", e: 2, op: 11, ha: 276.6 },
    { id: "i6", nm: "Sape Utara", e: 6, op: 17, ha: 803.75 },
  ];
  const J = "Jumlah IUP MBLB dan Batuan";
  const c1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Kabupaten"], role: "lokasi", width: 18 },
    { key: "e", head: [J, "Eksplorasi"], role: "lainnya", fmt: INT, width: 11 },
    { key: "op", head: [J, "Operasi Produksi"], role: "lainnya", fmt: INT, width: 11 },
    { key: "j", head: [J, "Jumlah"], role: "lainnya", fmt: INT, width: 10 },
    { key: "ha", head: ["Luas WIUP (Ha)"], role: "lainnya", fmt: "#,##0.00", width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 20 },
  ];
  const r1: Row[] = ks.map((k, i) => ({
    id: k.id,
    cells: (c) => ({
      no: i + 1,
      nm: k.nm,
      e: k.e,
      op: k.op,
      j: fx(`${c.a("e")}+${c.a("op")}`),
      ha: k.ha,
      ket: k.id === "i2" ? "2 IUP OP dalam proses perpanjangan" : "-",
    }),
  }));
  // the JUMLAH row typed from the OSS recap; Operasi Produksi 101 where the six give 110
  r1.push({
    id: "jml",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => ({ no: "JUMLAH", e: 27, op: 101, j: fx(`${c.a("e")}+${c.a("op")}`), ha: 4463.15 }),
  });
  const t1 = s1.table({ cols: c1, headerRows: 2, rows: r1 });
  s1.gap();
  s1.lines(["Sumber: Sistem OSS RBA dan MODI Kementerian ESDM (diolah)."]);

  const S2 = "PNBP";
  const s2 = b.sheet(S2);
  s2.lines(
    [
      "B. REALISASI PENERIMAAN NEGARA BUKAN PAJAK (PNBP) SUB SEKTOR MINERBA",
      "PROVINSI NUSA TENGGARA BARAT TAHUN 2024",
    ],
    1,
    {
      bold: true,
    },
  );
  s2.gap();
  const ps = [
    { id: "p1", nm: "Iuran Tetap (Landrent)", tg: 1850000000, re: 1712450000 },
    { id: "p2", nm: "Iuran Produksi (Royalti)", tg: 14600000000, re: 16412380000 },
    { id: "p3", nm: "Penjualan Hasil Tambang (PHT)", tg: 3250000000, re: 2871600000 },
    { id: "p4", nm: "Denda Keterlambatan Pembayaran", tg: 120000000, re: 86925000 },
  ];
  const c2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Jenis Penerimaan"], role: "indikator", width: 32 },
    { key: "tg", head: ["Target 2024 (Rp)"], role: "target", year: 2024, fmt: RP, width: 18 },
    {
      key: "re",
      head: ["Realisasi s.d. Desember 2024 (Rp)"],
      role: "realisasi",
      year: 2024,
      fmt: RP,
      width: 18,
    },
    { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const r2: Row[] = ps.map((p, i) => ({
    id: p.id,
    cells: (c) => ({
      no: i + 1,
      nm: p.nm,
      tg: p.tg,
      re: p.re,
      // planted: PHT's capaian divides the target by the realisasi
      cp:
        p.id === "p3"
          ? fx(`ROUND(${c.a("tg")}/${c.a("re")}*100,2)`)
          : fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
    }),
  }));
  r2.push({
    id: "jml",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => ({
      no: "Jumlah",
      tg: fx(`SUM(${c.a("tg", "p1")}:${c.a("tg", "p4")})`),
      re: fx(`SUM(${c.a("re", "p1")}:${c.a("re", "p4")})`),
      cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
    }),
  });
  const t2 = s2.table({ cols: c2, headerRows: 1, rows: r2 });
  s2.gap();
  signature(s2, 3, {
    tempat: "Mataram Lestari, 24 Januari 2025",
    jabatan: ["Kepala Bidang Mineral dan Batubara,"],
    nama: "BAIQ NURUL AINI SUPRAPTI, S.T., M.Si",
    pangkat: "Pembina (IV/a)",
    nip: "19810607 200501 2 011",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S1, cell: a1("op", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH IUP Operasi Produksi typed 101 (copied from the OSS recap before two IUP were added); the six kabupaten give 27 + 19 + 22 + 14 + 11 + 17 = 110",
    truth: `SUM(${a1("op", "i1")}:${a1("op", "i6")})`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S2, cell: a2("cp", "p3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the PHT =ROUND(target / realisasi x 100) = 113.18; realisasi 2,871,600,000 / target 3,250,000,000 gives 88.36",
    truth: `ROUND(${a2("re", "p3")}/${a2("tg", "p3")}*100,2)`,
  });
  b.ok({
    sheet: S2,
    cell: a2("cp", "p2"),
    rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a2("re", "p2")}/${a2("tg", "p2")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S2,
    cell: a2("cp", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a2("re", "jml")}/${a2("tg", "jml")}*100,2)`,
    trap: `SUM(${a2("cp", "p1")}:${a2("cp", "p4")})`,
  });
  b.ok({
    sheet: S1,
    cell: a1("j", "i2"),
    rules: ["sum-mismatch"],
    truth: `${a1("e", "i2")}+${a1("op", "i2")}`,
    tol: 0.5,
  });
  b.ok({
    sheet: S1,
    cell: a1("ha", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("ha", "i1")}:${a1("ha", "i6")})`,
  });
  b.ok({
    sheet: S2,
    cell: a2("re", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("re", "p1")}:${a2("re", "p4")})`,
    tol: 0.5,
  });
  return b.finish();
}
