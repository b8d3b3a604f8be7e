// A budget-realisation report per sub kegiatan (Pagu | Realisasi | Sisa Anggaran | % Serapan) of the
// Biro Organisasi of DI Yogyakarta, and a recap of the SAKIP evaluation per OPD (Perencanaan 30,
// Pengukuran 30, Pelaporan 15, Evaluasi Internal 25, Nilai, Predikat, beside the 2023 value) by the
// Biro Organisasi of Provinsi Banten. Every person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  sakip,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type LIn = { id: string; kode: string; nama: string; p?: number; r?: number; kids?: string[] };

export function lraBiroOrganisasi(): BookW {
  const b = new BookW(
    "serapan-subkeg-biro-organisasi-diy.xlsx",
    "realisasi anggaran per sub kegiatan 2024 (Biro Organisasi)",
    "No | Kode Rekening | Program / Kegiatan / Sub Kegiatan | Pagu Anggaran (Rp) | Realisasi s.d. Desember (Rp) | Sisa Anggaran (Rp) | % Serapan | Keterangan; number row 1 .. 8 with 6 = 4 - 5 and 7 = 5 / 4 x 100; program and kegiatan SUM; JUMLAH with its % Serapan a ratio",
  );
  const S = "Realisasi TA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "SEKRETARIAT DAERAH DAERAH ISTIMEWA YOGYAKARTA",
    "BIRO ORGANISASI",
    "LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TAHUN ANGGARAN 2024",
  ]);
  const rows: LIn[] = [
    { id: "p", kode: "4.01.04", nama: "PROGRAM ORGANISASI DAN REFORMASI BIROKRASI", kids: ["k1", "k2"] },
    {
      id: "k1",
      kode: "4.01.04.1.01",
      nama: "Pelaksanaan Kebijakan Kelembagaan dan Analisis Jabatan",
      kids: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "4.01.04.1.01.0001",
      nama: "Fasilitasi Penataan Kelembagaan Perangkat Daerah",
      p: 412_350_000,
      r: 398_126_500,
    },
    {
      id: "s12",
      kode: "4.01.04.1.01.0002",
      nama: "Penyusunan Analisis Jabatan dan Analisis Beban Kerja",
      p: 398_500_000,
      r: 413_850_000,
    },
    {
      id: "k2",
      kode: "4.01.04.1.02",
      nama: "Pelaksanaan Reformasi Birokrasi dan Akuntabilitas Kinerja",
      kids: ["s21", "s22", "s23"],
    },
    {
      id: "s21",
      kode: "4.01.04.1.02.0001",
      nama: "Fasilitasi Evaluasi SAKIP Perangkat Daerah",
      p: 685_750_000,
      r: 662_408_250,
    },
    {
      id: "s22",
      kode: "4.01.04.1.02.0002",
      nama: "Pembinaan Zona Integritas",
      p: 326_400_000,
      r: 301_775_000,
    },
    {
      id: "s23",
      kode: "4.01.04.1.02.0003",
      nama: "Survei Kepuasan Masyarakat dan Evaluasi Pelayanan Publik",
      p: 254_200_000,
      r: 249_690_400,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], role: "indikator", num: 3, width: 44 },
    { key: "p", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 17 },
    {
      key: "r",
      head: ["Realisasi s.d. Desember (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5,
      fmt: RP,
      width: 17,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], num: "6 = 4 - 5", fmt: RP, width: 16 },
    {
      key: "c",
      head: ["% Serapan"],
      role: "capaian",
      year: 2024,
      num: "7 = 5 / 4 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 8, width: 22 },
  ];
  const byId = new Map(rows.map((x) => [x.id, x]));
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        bold: !x.p,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: i + 1, kode: x.kode, nama: x.nama };
          for (const k of ["p", "r"]) {
            if (x.p) cells[k] = x[k as "p" | "r"]!;
            else if (x.id === "p" && k === "r") cells[k] = fx(`${c.a(k, "k1")}`);
            else if (x.id === "p") cells[k] = fx(`${c.a(k, "k1")}+${c.a(k, "k2")}`);
            else cells[k] = fx(`SUM(${c.a(k, x.kids![0])}:${c.a(k, x.kids![x.kids!.length - 1])})`);
          }
          cells.sisa = fx(`${c.a("p")}-${c.a("r")}`);
          cells.c = fx(`ROUND(${c.a("r")}/${c.a("p")}*100,2)`);
          if (x.id === "s22") cells.ket = "Efisiensi perjalanan dinas";
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => ({
          no: "JUMLAH",
          p: fx(c.a("p", "p")),
          r: fx(c.a("r", "p")),
          sisa: fx(`${c.a("p")}-${c.a("r")}`),
          c: fx(`ROUND(${c.a("r")}/${c.a("p")}*100,2)`),
        }),
      },
    ],
  });
  void byId;
  s.gap();
  signature(s, 6, {
    tempat: "Yogyakarta, 8 Januari 2025",
    jabatan: ["KEPALA BIRO ORGANISASI", "SETDA DIY,"],
    nama: "RR. WINARTI PURBANINGSIH, S.H., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19760214 200003 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("r", "s12") },
        { sheet: S, cell: a("c", "s12") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "realisasi of the Analisis Jabatan sub kegiatan is 413,850,000 against its pagu of 398,500,000 (% Serapan 103.85, Sisa -15,350,000): spending above the DPA ceiling (383,850,000 with a digit slipped)",
    truth: a("p", "s12"),
    actual: a("r", "s12"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("r", "p") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "realisasi of the program is =K1 only (811,976,500); its pagu adds both kegiatan, and with kegiatan 4.01.04.1.02 (1,213,873,650) the realisasi is 2,025,850,150",
    truth: `${a("r", "k1")}+${a("r", "k2")}`,
  });
  for (const id of ["k1", "k2"])
    for (const k of ["p", "r"]) {
      const x = byId.get(id)!;
      b.ok({
        sheet: S,
        cell: a(k, id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a(k, x.kids![0])}:${a(k, x.kids![x.kids!.length - 1])})`,
      });
    }
  b.ok({
    sheet: S,
    cell: a("p", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("p", "k1")}+${a("p", "k2")}`,
    trap: `SUM(${a("p", "k1")}:${a("p", "s23")})`,
  });
  for (const id of ["s11", "s21", "s22", "s23"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("r", id)}/${a("p", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "k2"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("r", "k2")}/${a("p", "k2")}*100,2)`,
    trap: `SUM(${a("c", "s21")}:${a("c", "s23")})`,
  });
  return b.finish();
}

// ====================================================== Rekap SAKIP OPD Provinsi Banten 2024

type OIn = { id: string; opd: string; k: number[]; lalu: number; typed?: number; pred?: string };

export function rekapSakipBanten(): BookW {
  const b = new BookW(
    "rekap-lhe-sakip-opd-banten.xlsx",
    "recap of SAKIP evaluation scores per OPD 2024 (Biro Organisasi)",
    "No | Nama OPD | Nilai 2023 | 'Hasil Evaluasi 2024' > Perencanaan Kinerja (30) | Pengukuran Kinerja (30) | Pelaporan Kinerja (15) | Evaluasi Internal (25) | Nilai | Predikat | Kenaikan / (Penurunan); Nilai =C+D+E+F formulas, one typed; provincial OPD; a nilai of exactly 80.00 (BB); Rata-rata Provinsi",
  );
  const S = "Rekap LHE 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "BIRO ORGANISASI SEKRETARIAT DAERAH PROVINSI BANTEN",
    "REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (SAKIP) PERANGKAT DAERAH TAHUN 2024",
  ]);
  const rows: OIn[] = [
    { id: "o1", opd: "Badan Perencanaan Pembangunan Daerah", k: [26.4, 25.15, 12.9, 20.6], lalu: 82.1 },
    { id: "o2", opd: "Inspektorat", k: [25.8, 24.6, 12.45, 19.95], lalu: 81.35 },
    { id: "o3", opd: "Satuan Polisi Pamong Praja", k: [22.15, 20.4, 10.8, 16.45], lalu: 66.9 },
    {
      id: "o4",
      opd: "Badan Penanggulangan Bencana Daerah",
      k: [21.6, 20.85, 10.35, 15.9],
      lalu: 67.4,
      typed: 78.21,
    },
    {
      id: "o5",
      opd: "Badan Kesatuan Bangsa dan Politik",
      k: [23.2, 22.9, 11.4, 17.14],
      lalu: 70.25,
      pred: "A",
    },
    { id: "o6", opd: "Sekretariat DPRD", k: [24.5, 23.35, 11.75, 20.4], lalu: 78.6 },
    { id: "o7", opd: "Dinas Pemuda dan Olahraga", k: [20.35, 18.9, 9.6, 14.75], lalu: 61.2 },
  ];
  const score = (x: OIn) => Math.round(x.k.reduce((p, q) => p + q, 0) * 100) / 100;
  if (score(rows[5]) !== 80) throw new Error(`sakip: o6 ${score(rows[5])}`);
  const H = "Hasil Evaluasi 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "opd", head: ["Nama OPD"], width: 40 },
    { key: "lalu", head: ["Nilai 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "k0", head: [H, "Perencanaan Kinerja (30)"], fmt: DEC, width: 12 },
    { key: "k1", head: [H, "Pengukuran Kinerja (30)"], fmt: DEC, width: 12 },
    { key: "k2", head: [H, "Pelaporan Kinerja (15)"], fmt: DEC, width: 12 },
    { key: "k3", head: [H, "Evaluasi Internal (25)"], fmt: DEC, width: 12 },
    { key: "na", head: [H, "Nilai"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: [H, "Predikat"], role: "predikat", width: 9 },
    { key: "dlt", head: ["Kenaikan / (Penurunan)"], fmt: DEC, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: i + 1, opd: x.opd, lalu: x.lalu };
          x.k.forEach((v, j) => (cells[`k${j}`] = v));
          cells.na =
            x.typed !== undefined ? x.typed : fx(`${c.a("k0")}+${c.a("k1")}+${c.a("k2")}+${c.a("k3")}`);
          cells.pred = x.pred ?? sakip(x.typed ?? score(x));
          cells.dlt = fx(`${c.a("na")}-${c.a("lalu")}`);
          return cells;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "opd"],
        cells: (c) => ({
          no: "Rata-rata Provinsi",
          lalu: fx(`ROUND(AVERAGE(${c.a("lalu", "o1")}:${c.a("lalu", "o7")}),2)`),
          na: fx(`ROUND(AVERAGE(${c.a("na", "o1")}:${c.a("na", "o7")}),2)`),
          pred: "BB",
          dlt: fx(`${c.a("na")}-${c.a("lalu")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat (PermenPANRB 88/2021): AA > 90 - 100; A > 80 - 90; BB > 70 - 80; B > 60 - 70; CC > 50 - 60; C > 30 - 50; D 0 - 30.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Serang, 17 Maret 2025",
    jabatan: ["KEPALA BIRO ORGANISASI", "SETDA PROVINSI BANTEN,"],
    nama: "Hj. SITI NURJANAH FAUZIAH, S.STP., M.A.P.",
    pangkat: "Pembina Tingkat I",
    nip: "19810925 200112 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const comp = (id: string) => `${a("k0", id)}+${a("k1", id)}+${a("k2", id)}+${a("k3", id)}`;
  b.plant({
    at: { sheet: S, cell: a("na", "o4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Nilai of the BPBD is a typed 78.21 among =C+D+E+F formulas; 21.60 + 20.85 + 10.35 + 15.90 give 68.70",
    truth: comp("o4"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "o5") },
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    note: 'predikat of the Badan Kesbangpol is "A" for a nilai of 74.64; the band > 70 - 80 is BB',
    truth: `SAKIP(${a("na", "o5")})`,
  });
  for (const x of rows) {
    if (x.id !== "o4") b.ok({ sheet: S, cell: a("na", x.id), rules: ["sum-mismatch"], truth: comp(x.id) });
    if (x.id !== "o5" && x.id !== "o4")
      b.ok({
        sheet: S,
        cell: a("pred", x.id),
        rules: ["sakip-grade-mismatch", "predikat-mismatch"],
        truth: `SAKIP(${a("na", x.id)})`,
        trap: x.id === "o6" ? `${a("na", x.id)}` : undefined,
      });
  }
  b.ok({
    sheet: S,
    cell: a("na", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("na", "o1")}:${a("na", "o7")}),2)`,
    trap: `SUM(${a("na", "o1")}:${a("na", "o7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "avg"),
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    truth: `SAKIP(${a("na", "avg")})`,
  });
  return b.finish();
}
