// SIPD-RI exports of the thirty-fourth unseen set: a flat 'Export Sub Kegiatan' of a Dinas Kesehatan
// in Jawa Timur (one header row at A1, the codes split across Kode Urusan | Kode Bidang | Kode Program
// | Kode Kegiatan | Kode Sub Kegiatan), and a DPA summary by sumber dana (DAU, DAK, PAD, BLUD) with a
// Jumlah column of a Dinas Kesehatan in Kalimantan Selatan. Every name and number is invented.
import { BookW, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

// ============================================== Dinas Kesehatan Kota Probowangi, SIPD-RI flat export

type Sub = {
  keg: string;
  sub: string;
  nama: string;
  ind: string;
  t: number;
  sat: string;
  p25: number;
  p26: number;
};

/** A flat SIPD-RI export: one header row at A1, one row per sub kegiatan, the codes split. */
export function sipdFlat(): BookW {
  const b = new BookW(
    "sipd-export-kodepecah-dinkes-probowangi.xlsx",
    "SIPD-RI flat export of sub kegiatan (codes split across columns)",
    "sheet 'data' starting at A1 with one header row: Kode Urusan | Kode Bidang Urusan | Kode Program | Kode Kegiatan | Kode Sub Kegiatan | Nama Sub Kegiatan | Indikator Keluaran | Target | Satuan | Pagu 2025 | Pagu 2026 (Prakiraan Maju); full codes in every column; a TOTAL row of SUM formulas",
  );
  const S = "data";
  const s = b.sheet(S);
  const subs: Sub[] = [
    {
      keg: "1.02.02.2.01",
      sub: "1.02.02.2.01.0003",
      nama: "Pengembangan Puskesmas",
      ind: "Jumlah Puskesmas yang dikembangkan",
      t: 2,
      sat: "unit",
      p25: 2_845_600_000,
      p26: 3_120_000_000,
    },
    {
      keg: "1.02.02.2.01",
      sub: "1.02.02.2.01.0016",
      nama: "Rehabilitasi dan Pemeliharaan Puskesmas",
      ind: "Jumlah Puskesmas yang direhabilitasi",
      t: 4,
      sat: "unit",
      p25: 1_372_450_000,
      p26: 1_500_000_000,
    },
    {
      keg: "1.02.02.2.02",
      sub: "1.02.02.2.02.0001",
      nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
      t: 3_840,
      sat: "orang",
      p25: 486_275_000,
      p26: 510_000_000,
    },
    {
      keg: "1.02.02.2.02",
      sub: "1.02.02.2.02.0004",
      nama: "Pengelolaan Pelayanan Kesehatan Balita",
      ind: "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar",
      t: 15_260,
      sat: "orang",
      p25: 612_830_000,
      p26: 645_000_000,
    },
    {
      keg: "1.02.02.2.02",
      sub: "1.02.02.2.03.0011",
      nama: "Pengelolaan Pelayanan Kesehatan Orang dengan Tuberkulosis",
      ind: "Jumlah orang terduga TBC yang mendapatkan pelayanan sesuai standar",
      t: 2_175,
      sat: "orang",
      p25: 398_940_000,
      p26: 420_000_000,
    },
    {
      keg: "1.02.02.2.02",
      sub: "1.02.02.2.02.0018",
      nama: "Pengelolaan Surveilans Kesehatan",
      ind: "Jumlah dokumen hasil pengelolaan surveilans kesehatan",
      t: 12,
      sat: "dokumen",
      p25: 274_515_000,
      p26: 290_000_000,
    },
    {
      keg: "1.02.02.2.03",
      sub: "1.02.02.2.03.0001",
      nama: "Pengelolaan Jaminan Kesehatan Masyarakat",
      ind: "Jumlah penduduk yang didaftarkan PBI daerah",
      t: 41_500,
      sat: "jiwa",
      p25: 17_426_700_000,
      p26: 18_300_000_000,
    },
    {
      keg: "1.02.02.2.04",
      sub: "1.02.02.2.04.0002",
      nama: "Penyediaan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Jumlah sistem informasi kesehatan terintegrasi",
      t: 1,
      sat: "sistem",
      p25: 185_360_000,
      p26: 200_000_000,
    },
  ];
  // planted: the sub kegiatan of TBC stands under kegiatan 1.02.02.2.02 with code 1.02.02.2.03.0011
  const BAD = 4;
  const cols: Col[] = [
    { key: "u", head: ["Kode Urusan"], role: "kode", width: 8 },
    { key: "bd", head: ["Kode Bidang Urusan"], role: "kode", width: 10 },
    { key: "pr", head: ["Kode Program"], role: "kode", width: 12 },
    { key: "kg", head: ["Kode Kegiatan"], role: "kode", width: 14 },
    { key: "sk", head: ["Kode Sub Kegiatan"], role: "kode", width: 19 },
    { key: "nm", head: ["Nama Sub Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Keluaran"], role: "indikator", width: 44 },
    { key: "t", head: ["Target"], role: "target", year: 2025, fmt: "#,##0" },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "p25", head: ["Pagu 2025"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
    { key: "p26", head: ["Pagu 2026 (Prakiraan Maju)"], role: "anggaran", year: 2026, fmt: RP, width: 16 },
  ];
  const rows: Row[] = subs.map((x, i) => ({
    id: `s${i}`,
    cells: {
      u: "1",
      bd: "1.02",
      pr: "1.02.02",
      kg: x.keg,
      sk: x.sub,
      nm: x.nama,
      ind: x.ind,
      t: x.t,
      sat: x.sat,
      p25: x.p25,
      p26: x.p26,
    },
  }));
  const last = `s${subs.length - 1}`;
  rows.push({
    id: "tot",
    bold: true,
    cells: (c) => ({
      nm: "TOTAL",
      // planted: the SUM stops one row short (the SIK row added after the formula was written)
      p25: fx(`SUM(${c.a("p25", "s0")}:${c.c("p25")}${c.row(last) - 1})`),
      p26: fx(`SUM(${c.a("p26", "s0")}:${c.a("p26", last)})`),
    }),
  });
  const t = s.table({ cols, headerRows: 1, rows });
  b.plant({
    at: { sheet: S, cell: t.a("p25", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL Pagu 2025 is SUM over the first seven rows only (${sum(subs.slice(0, 7).map((x) => x.p25)).toLocaleString("en")}); the eight sub kegiatan give ${sum(subs.map((x) => x.p25)).toLocaleString("en")} (the Sistem Informasi Kesehatan row left out)`,
    truth: `SUM(${t.a("p25", "s0")}:${t.a("p25", last)})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("sk", `s${BAD}`) },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Pelayanan Kesehatan Orang dengan Tuberkulosis is coded 1.02.02.2.03.0011 (a child of kegiatan 1.02.02.2.03) on a row whose Kode Kegiatan is 1.02.02.2.02; its code is 1.02.02.2.02.0011",
    truth: `PARENT(${t.a("sk", `s${BAD}`)})`,
    actual: t.a("kg", `s${BAD}`),
  });
  b.ok({
    sheet: S,
    cell: t.a("p26", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("p26", "s0")}:${t.a("p26", last)})`,
  });
  for (const i of [0, 2, 6, 7])
    b.ok({
      sheet: S,
      cell: t.a("sk", `s${i}`),
      rules: ["code-hierarchy"],
      truth: t.a("kg", `s${i}`),
      actual: `PARENT(${t.a("sk", `s${i}`)})`,
    });
  return b.finish();
}

// ================================================ Dinas Kesehatan Kota Banjarlaut, DPA per sumber dana

type Line = {
  id: string;
  kode: string;
  ur: string;
  lvl: 1 | 2 | 3;
  dau?: number;
  dak?: number;
  pad?: number;
  blud?: number;
};

/** Rekapitulasi DPA 2025 per sumber dana: DAU | DAK | PAD | BLUD | Jumlah. */
export function dpaSumberDana(): BookW {
  const b = new BookW(
    "dpa-rekap-sumberdana-dinkes-banjarlaut.xlsx",
    "DPA summary by sumber dana",
    "Rekapitulasi DPA 2025 per sumber dana of a Dinas Kesehatan: letterhead, Kode | Uraian Program / Kegiatan / Sub Kegiatan | 'Sumber Dana (Rp)' > DAU | DAK | PAD | BLUD | Jumlah (Rp); number row 1 .. 7 with '7 = 3+4+5+6'; program rows SUM their kegiatan, kegiatan rows SUM their sub kegiatan, Jumlah per row SUM(C:F); TOTAL row; signature",
  );
  const S = "Rekap DPA 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANJARLAUT", "DINAS KESEHATAN", "Jl. Pangeran Antasari No. 41 Banjarlaut"]);
  s.lines(["REKAPITULASI DOKUMEN PELAKSANAAN ANGGARAN (DPA) MENURUT SUMBER DANA", "TAHUN ANGGARAN 2025"], 1, {
    bold: true,
  });
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "1.02.02",
      ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      lvl: 1,
    },
    {
      id: "k1",
      kode: "1.02.02.2.01",
      ur: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      lvl: 2,
    },
    {
      id: "a1",
      kode: "1.02.02.2.01.0014",
      ur: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      lvl: 3,
      dau: 0,
      dak: 3_486_250_000,
      pad: 412_000_000,
      blud: 0,
    },
    {
      id: "a2",
      kode: "1.02.02.2.01.0026",
      ur: "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
      lvl: 3,
      dau: 1_240_500_000,
      dak: 2_158_730_000,
      pad: 0,
      blud: 1_875_400_000,
    },
    {
      id: "k2",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      lvl: 2,
    },
    {
      id: "a3",
      kode: "1.02.02.2.02.0001",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      lvl: 3,
      dau: 356_820_000,
      dak: 148_600_000,
      pad: 0,
      blud: 92_500_000,
    },
    {
      id: "a4",
      kode: "1.02.02.2.02.0037",
      ur: "Pengelolaan Upaya Kesehatan Masyarakat (BOK)",
      lvl: 3,
      dau: 0,
      dak: 4_972_315_000,
      pad: 0,
      blud: 0,
    },
    {
      id: "a5",
      kode: "1.02.02.2.02.0040",
      ur: "Pengelolaan Pelayanan Kesehatan Dasar Melalui Pendekatan Keluarga",
      lvl: 3,
      dau: 0,
      dak: 0,
      pad: 186_450_000,
      blud: 2_934_780_000,
    },
    { id: "p2", kode: "1.02.03", ur: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", lvl: 1 },
    {
      id: "k3",
      kode: "1.02.03.2.02",
      ur: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan",
      lvl: 2,
    },
    {
      id: "a6",
      kode: "1.02.03.2.02.0001",
      ur: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar",
      lvl: 3,
      dau: 2_615_900_000,
      dak: 315_000_000,
      pad: 0,
      blud: 1_128_000_000,
    },
    {
      id: "a7",
      kode: "1.02.03.2.02.0002",
      ur: "Distribusi dan Pemerataan Sumber Daya Manusia Kesehatan",
      lvl: 3,
      dau: 274_360_000,
      dak: 0,
      pad: 58_000_000,
      blud: 0,
    },
  ];
  const kids: Record<string, string[]> = {
    p1: ["k1", "k2"],
    k1: ["a1", "a2"],
    k2: ["a3", "a4", "a5"],
    p2: ["k3"],
    k3: ["a6", "a7"],
  };
  const SD = "Sumber Dana (Rp)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 19 },
    { key: "ur", head: ["Uraian Program / Kegiatan / Sub Kegiatan"], num: 2, width: 50 },
    { key: "dau", head: [SD, "DAU"], role: "anggaran", year: 2025, num: 3, fmt: RP, width: 16 },
    { key: "dak", head: [SD, "DAK"], role: "anggaran", year: 2025, num: 4, fmt: RP, width: 16 },
    { key: "pad", head: [SD, "PAD"], role: "anggaran", year: 2025, num: 5, fmt: RP, width: 16 },
    { key: "blud", head: [SD, "BLUD"], role: "anggaran", year: 2025, num: 6, fmt: RP, width: 16 },
    { key: "j", head: ["Jumlah (Rp)"], role: "anggaran", year: 2025, num: "7 = 3+4+5+6", fmt: RP, width: 17 },
  ];
  const SRC = ["dau", "dak", "pad", "blud"] as const;
  const val = (id: string, k: (typeof SRC)[number]): number => {
    const x = L.find((y) => y.id === id)!;
    return kids[id] ? sum(kids[id].map((c) => val(c, k))) : (x[k] ?? 0);
  };
  // planted 1: the Jumlah of BOK typed 4,927,315,000 (two digits swapped) among SUM formulas
  const BAD_J = { id: "a4", v: 4_927_315_000 };
  // planted 2: the DAK of kegiatan k2 sums a3:a4 only, leaving out a5 (DAK 0 there, so use BLUD)
  const rows: Row[] = L.map((x) => ({
    id: x.id,
    bold: x.lvl < 3,
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = { kode: x.kode, ur: x.ur };
      for (const k of SRC) {
        if (kids[x.id]) {
          const ks = kids[x.id];
          if (x.id === "k2" && k === "blud") out[k] = fx(`SUM(${c.a(k, "a3")}:${c.a(k, "a4")})`);
          else out[k] = fx(`SUM(${ks.map((id) => c.a(k, id)).join(",")})`);
        } else out[k] = x[k] ?? 0;
      }
      out.j = x.id === BAD_J.id ? BAD_J.v : fx(`SUM(${c.a("dau")}:${c.a("blud")})`);
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "ur"],
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { kode: "TOTAL" };
      for (const k of [...SRC, "j"]) out[k] = fx(`SUM(${c.a(k, "p1")},${c.a(k, "p2")})`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 6, {
    tempat: "Banjarlaut, 2 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kota Banjarlaut,"],
    nama: "dr. HJ. NOORHAYATI RAHMAN, M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19760322 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "a4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of sub kegiatan Pengelolaan Upaya Kesehatan Masyarakat (BOK) is a typed 4,927,315,000 among SUM formulas; DAU 0 + DAK 4,972,315,000 + PAD 0 + BLUD 0 give 4,972,315,000 (two digits swapped)",
    truth: `SUM(${a("dau", "a4")}:${a("blud", "a4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("blud", "k2") },
    rules: ["sum-mismatch"],
    note: `BLUD of kegiatan 1.02.02.2.02 is SUM over its first two sub kegiatan (92,500,000); with Pendekatan Keluarga (BLUD ${val("a5", "blud").toLocaleString("en")}) the three give ${val("k2", "blud").toLocaleString("en")}`,
    truth: `SUM(${a("blud", "a3")}:${a("blud", "a5")})`,
  });
  // traps: a program's cell sums its kegiatan only, not every row beneath it
  for (const [p, ks, last, srcs] of [
    ["p1", ["k1", "k2"], "a5", ["dau", "dak"]],
    ["p2", ["k3"], "a7", ["dau", "blud"]],
  ] as const)
    for (const k of srcs)
      b.ok({
        sheet: S,
        cell: a(k, p),
        rules: ["sum-mismatch"],
        truth: `SUM(${ks.map((x) => a(k, x)).join(",")})`,
        trap: `SUM(${t.c(k)}${t.row(p) + 1}:${a(k, last)})`,
      });
  for (const id of ["a1", "a2", "a6", "k1", "k3", "p1"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("dau", id)}:${a("blud", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("dak", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("dak", "a3")}:${a("dak", "a5")})`,
  });
  return b.finish();
}
