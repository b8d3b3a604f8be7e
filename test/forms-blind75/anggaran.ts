// Revenue and Renstra review of the seventy-seventh unseen set: the realisation of retribusi and other
// PAD 2024 of the Dinas Kehutanan Provinsi Sulawesi Barat (realised above target is fine), and the
// T-C.29 review of the Renstra 2022-2026 for 2024 of the Dinas Kehutanan Provinsi Kalimantan Selatan.
// Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ====================================================== Realisasi retribusi / PAD, Dishut Sulawesi Barat

type Rv = { id: string; kode: string; ur: string; t?: number; r?: number; kids?: string[]; bold?: boolean };

export function pnbpSulbar(): BookW {
  const b = new BookW(
    "realisasi-retribusi-pad-kehutanan-dishut-sulbar-2024.xlsx",
    "Laporan realisasi pendapatan (retribusi dan lain-lain PAD) 2024 (Dinas Kehutanan Provinsi)",
    "Kode Rekening | Uraian Pendapatan | Target Setelah Perubahan (Rp) | Realisasi s.d. Desember (Rp) | Lebih / (Kurang) (Rp) | % ; full rupiah; 4.1 as the sum of its two groups, groups as SUM of their rincian, one group typed; retribusi realised above target",
  );
  const S = "Pendapatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KEHUTANAN PROVINSI SULAWESI BARAT",
    "LAPORAN REALISASI PENDAPATAN ASLI DAERAH",
    "Tahun Anggaran 2024",
  ]);
  const xs: Rv[] = [
    { id: "g0", kode: "4.1", ur: "PENDAPATAN ASLI DAERAH (PAD)", kids: ["g1", "g2"], bold: true },
    { id: "g1", kode: "4.1.02", ur: "Retribusi Daerah", kids: ["l1", "l2", "l3"], bold: true },
    {
      id: "l1",
      kode: "4.1.02.02.01.0010",
      ur: "Retribusi Pemakaian Kekayaan Daerah - Sewa Lahan Persemaian Permanen",
      t: 185000000,
      r: 212450000,
    },
    {
      id: "l2",
      kode: "4.1.02.02.01.0012",
      ur: "Retribusi Penjualan Produksi Usaha Daerah - Bibit Tanaman Kehutanan",
      t: 350000000,
      r: 297615000,
    },
    {
      id: "l3",
      kode: "4.1.02.02.01.0014",
      ur: "Retribusi Penjualan Produksi Usaha Daerah - Hasil Hutan Tahura",
      t: 120000000,
      r: 136780000,
    },
    { id: "g2", kode: "4.1.04", ur: "Lain-lain PAD yang Sah", kids: ["l4", "l5"], bold: true },
    {
      id: "l4",
      kode: "4.1.04.05.01.0003",
      ur: "Pendapatan Jasa Lingkungan Kawasan Tahura",
      t: 75000000,
      r: 68925000,
    },
    {
      id: "l5",
      kode: "4.1.04.12.01.0001",
      ur: "Pendapatan Denda Keterlambatan Pelaksanaan Pekerjaan",
      t: 10000000,
      r: 14300000,
    },
  ];
  // planted 9: realisasi of 4.1.02 typed 664,845,000; its three rincian give 646,845,000 (digits swapped)
  // planted 10: % of the bibit line =ROUND(R/T*100,2) with a stale cached 83.05; 297,615,000 / 350,000,000 gives 85.03
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 20 },
    { key: "ur", head: ["Uraian Pendapatan"], role: "lainnya", width: 46 },
    { key: "t", head: ["Target Setelah Perubahan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
    {
      key: "r",
      head: ["Realisasi s.d. Desember (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 18,
    },
    { key: "d", head: ["Lebih / (Kurang) (Rp)"], fmt: RP, width: 16 },
    { key: "p", head: ["%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.bold,
    cells: (c) => {
      const agg = (k: string) =>
        x.id === "g0"
          ? fx(x.kids!.map((id) => c.a(k, id)).join("+"))
          : fx(`SUM(${c.a(k, x.kids![0])}:${c.a(k, x.kids![x.kids!.length - 1])})`);
      return {
        kode: x.kode,
        ur: x.ur,
        t: x.kids ? agg("t") : x.t,
        r: x.id === "g1" ? 664845000 : x.kids ? agg("r") : x.r,
        d: fx(`${c.a("r")}-${c.a("t")}`),
        p: fx(rt(c.a("r"), c.a("t")), x.id === "l2" ? 83.05 : undefined),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 1, rows });
  s.gap();
  s.lines(["Catatan: realisasi melebihi target merupakan tambahan pendapatan."]);
  s.gap();
  signature(s, 4, {
    tempat: "Mamuju, 20 Januari 2025",
    jabatan: ["Bendahara Penerimaan"],
    nama: "NURHIKMAH SYAMSUDDIN, S.AK.",
    nip: "19880419 201101 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "g1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "realisasi of 4.1.02 Retribusi Daerah is a typed 664,845,000 among SUM formulas; its three rincian (212,450,000 + 297,615,000 + 136,780,000) give 646,845,000 (two digits swapped)",
    truth: `SUM(${a("r", "l1")}:${a("r", "l3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "l2") },
    rules: ["capaian-mismatch"],
    note: "% of the bibit line is =ROUND(R/T*100,2) with a stale cached 83.05; 297,615,000 / 350,000,000 gives 85.03",
    truth: rt(a("r", "l2"), a("t", "l2")),
  });
  b.ok({
    sheet: S,
    cell: a("t", "g0"),
    rules: ["sum-mismatch"],
    truth: `${a("t", "g1")}+${a("t", "g2")}`,
    trap: `SUM(${a("t", "g1")}:${a("t", "l5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "g1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t", "l1")}:${a("t", "l3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "g2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("r", "l4")}:${a("r", "l5")})`,
  });
  for (const id of ["l1", "l3", "l5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
      truth: rt(a("r", id), a("t", id)),
    });
  b.ok({
    sheet: S,
    cell: a("r", "l1"),
    rules: ["serapan-over-100"],
    truth: "212450000",
    trap: a("t", "l1"),
    tol: 1,
  });
  return b.finish();
}

// ======================================================= T-C.29 review of the Renstra, Dishut Kalsel

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  akhir: number;
  sd23: number;
  t: number;
  r: number;
  level: boolean;
  f: string;
};

export function tc29Kalsel(): BookW {
  const b = new BookW(
    "tc29-evaluasi-renstra-2022-2026-dishut-kalsel-thn2024.xlsx",
    "T-C.29 review of the Renstra 2022-2026, year 2024 (Dinas Kehutanan Provinsi)",
    "Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Target Akhir Renstra (2026) | Realisasi s.d. 2023 | 'Tahun 2024' > Target | Realisasi | Tingkat Capaian (%) | Realisasi s.d. 2024 | Tingkat Capaian Renstra s.d. 2024 (%); number row (1) .. (11); codes 3.28; s.d. 2024 = s.d. 2023 + 2024 for flows (ha, batang, kali), the 2024 value for levels (%)",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.29",
    "Review terhadap Pencapaian Renstra Dinas Kehutanan Provinsi Kalimantan Selatan s.d. Tahun 2024",
  ]);
  const xs: Tc[] = [
    {
      id: "p1",
      kode: "3.28.02",
      ur: "Program Pengelolaan Hutan",
      ind: "Persentase kawasan hutan yang dikelola",
      sat: "%",
      akhir: 80,
      sd23: 74.2,
      t: 76,
      r: 75.8,
      level: true,
      f: DEC,
    },
    {
      id: "k1",
      kode: "3.28.02.1.04",
      ur: "Pelaksanaan Rehabilitasi Hutan dan Lahan",
      ind: "Luas lahan yang direhabilitasi",
      sat: "ha",
      akhir: 12500,
      sd23: 6840,
      t: 2600,
      r: 2475.5,
      level: false,
      f: DEC,
    },
    {
      id: "k2",
      kode: "3.28.02.1.06",
      ur: "Pengadaan dan Penyaluran Bibit Tanaman Hutan",
      ind: "Jumlah bibit tanaman hutan yang disalurkan",
      sat: "batang",
      akhir: 6000000,
      sd23: 3215400,
      t: 1300000,
      r: 1342600,
      level: false,
      f: RP,
    },
    {
      id: "p2",
      kode: "3.28.05",
      ur: "Program Pendidikan, Pelatihan dan Penyuluhan Kehutanan",
      ind: "Persentase KTH aktif",
      sat: "%",
      akhir: 85,
      sd23: 71.5,
      t: 75,
      r: 73.2,
      level: true,
      f: DEC,
    },
    {
      id: "k3",
      kode: "3.28.05.1.02",
      ur: "Penyelenggaraan Penyuluhan Kehutanan",
      ind: "Jumlah kegiatan penyuluhan dilaksanakan",
      sat: "kali",
      akhir: 600,
      sd23: 352,
      t: 120,
      r: 126,
      level: false,
      f: "0",
    },
  ];
  // planted 11: s.d. 2024 of the bibit = s.d. 2023 + target 2024 = 4,515,400; with the realisasi 4,558,000
  // planted 12: capaian Renstra of the rehabilitasi typed 74.25; 9,315.50 / 12,500 gives 74.52
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 14 },
    { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", num: "(2)", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    {
      key: "akhir",
      head: ["Target Akhir Renstra (2026)"],
      role: "target",
      year: 2026,
      num: "(5)",
      width: 12,
    },
    { key: "sd23", head: ["Realisasi s.d. 2023"], num: "(6)", width: 12 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(7)", width: 11 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", width: 11 },
    {
      key: "c",
      head: [G, "Tingkat Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(9)",
      fmt: DEC,
      width: 10,
    },
    { key: "sd24", head: ["Realisasi s.d. 2024"], num: "(10)", width: 12 },
    { key: "cr", head: ["Tingkat Capaian Renstra s.d. 2024 (%)"], num: "(11)", fmt: DEC, width: 12 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    cells: (c) => ({
      kode: x.kode,
      ur: x.ur,
      ind: x.ind,
      sat: x.sat,
      akhir: fmt(x.akhir, x.f),
      sd23: fmt(x.sd23, x.f),
      t: fmt(x.t, x.f),
      r: fmt(x.r, x.f),
      c: fx(rt(c.a("r"), c.a("t"))),
      sd24: x.level
        ? fx(c.a("r"))
        : x.id === "k2"
          ? fx(`${c.a("sd23")}+${c.a("t")}`)
          : fx(`${c.a("sd23")}+${c.a("r")}`),
      cr: x.id === "k1" ? 74.25 : fx(rt(c.a("sd24"), c.a("akhir"))),
    }),
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Indikator persentase merupakan posisi akhir tahun; realisasi s.d. 2024 indikator jumlah/luas = s.d. 2023 + 2024.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Banjarbaru, 5 Maret 2025",
    jabatan: ["Kepala Dinas Kehutanan", "Provinsi Kalimantan Selatan"],
    nama: "Ir. MUHAMMAD NOORHADI FITRIANSYAH, M.Sc.",
    nip: "19690721 199403 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sd24", "k2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "realisasi s.d. 2024 of the bibit disalurkan is =s.d. 2023 + target 2024 = 4,515,400 (3,215,400 + 1,300,000); with the realisasi 2024 (1,342,600) as the other flow rows compute it gives 4,558,000",
    truth: `${a("sd23", "k2")}+${a("r", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("cr", "k1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "tingkat capaian Renstra of the rehabilitasi is a typed 74.25 among formulas; 9,315.50 / 12,500 gives 74.52 (digits swapped)",
    truth: rt(a("sd24", "k1"), a("akhir", "k1")),
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("sd24", id),
      rules: ["sum-mismatch"],
      truth: a("r", id),
      trap: `${a("sd23", id)}+${a("r", id)}`,
    });
  for (const id of ["k1", "k3"])
    b.ok({ sheet: S, cell: a("sd24", id), rules: ["sum-mismatch"], truth: `${a("sd23", id)}+${a("r", id)}` });
  for (const id of ["k2", "k3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rt(a("r", id), a("t", id)),
    });
  for (const id of ["p1", "k1", "p2"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  b.ok({
    sheet: S,
    cell: a("cr", "p1"),
    rules: ["capaian-mismatch"],
    truth: rt(a("sd24", "p1"), a("akhir", "p1")),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k1")})&""`,
    actual: `"3.28.02"`,
  });
  return b.finish();
}
