// The Renja 2025 of the eighty-third unseen set: program / kegiatan / sub kegiatan with target, lokasi,
// pagu indikatif and prakiraan maju 2026 of the Badan Pengelola Perbatasan Daerah of Kabupaten Nanaet
// Lamaknen (Nusa Tenggara Timur). Codes are Kepmendagri-shaped; every name and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Rj = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  ur: string;
  ind: string;
  tgt: number;
  sat: string;
  lok?: string;
  pagu?: number;
  pmT: number;
  pmP?: number;
  sd?: string;
  kids?: string[];
};

/** Renja with pagu per sub kegiatan; kegiatan = its sub kegiatan, program = its kegiatan, JUMLAH = the programs. */
export function renjaNanaet(): BookW {
  const b = new BookW(
    "renja-2025-pagu-sub-kegiatan-prakiraan-maju-bppd-nanaet-lamaknen.xlsx",
    "Renja 2025 (rumusan rencana program, kegiatan dan sub kegiatan) with prakiraan maju 2026 (BPPD)",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025' > Target | Satuan | Lokasi | Pagu Indikatif (Rp) | Sumber Dana | 'Prakiraan Maju 2026' > Target | Kebutuhan Dana (Rp); kegiatan and program pagu are SUM / + formulas over their children only; JUMLAH = the two programs",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NANAET LAMAKNEN", "BADAN PENGELOLA PERBATASAN DAERAH"]);
  s.lines(
    ["RUMUSAN RENCANA PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN 2025", "DAN PRAKIRAAN MAJU TAHUN 2026"],
    1,
    { bold: true },
  );
  s.gap();
  const KAB = "Kab. Nanaet Lamaknen";
  const xs: Rj[] = [
    {
      id: "P1",
      lvl: "p",
      kode: "4.01.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai evaluasi SAKIP perangkat daerah",
      tgt: 72,
      sat: "nilai",
      pmT: 74,
      kids: ["K11", "K12"],
    },
    {
      id: "K11",
      lvl: "k",
      kode: "4.01.01.2.02",
      ur: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah dokumen laporan keuangan yang disusun",
      tgt: 12,
      sat: "dokumen",
      pmT: 12,
      kids: ["S111"],
    },
    {
      id: "S111",
      lvl: "s",
      kode: "4.01.01.2.02.0001",
      ur: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      tgt: 46,
      sat: "orang",
      lok: KAB,
      pagu: 4218640000,
      pmT: 48,
      pmP: 4429570000,
      sd: "DAU",
    },
    {
      id: "K12",
      lvl: "k",
      kode: "4.01.01.2.06",
      ur: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah laporan administrasi umum yang disusun",
      tgt: 12,
      sat: "laporan",
      pmT: 12,
      kids: ["S121", "S122"],
    },
    {
      id: "S121",
      lvl: "s",
      kode: "4.01.01.2.06.0001",
      ur: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      ind: "Jumlah paket komponen instalasi listrik yang disediakan",
      tgt: 12,
      sat: "paket",
      lok: KAB,
      pagu: 48500000,
      pmT: 12,
      pmP: 51000000,
      sd: "DAU",
    },
    {
      id: "S122",
      lvl: "s",
      kode: "4.01.01.2.06.0009",
      ur: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah laporan rapat koordinasi dan konsultasi",
      tgt: 36,
      sat: "laporan",
      lok: KAB,
      pagu: 312750000,
      pmT: 36,
      pmP: 328400000,
      sd: "DAU",
    },
    {
      id: "P2",
      lvl: "p",
      kode: "4.01.10",
      ur: "PROGRAM PENGELOLAAN KAWASAN PERBATASAN NEGARA",
      ind: "Persentase desa perbatasan tertinggal",
      tgt: 35.2,
      sat: "%",
      pmT: 32.6,
      kids: ["K21", "K22", "K23"],
    },
    {
      id: "K21",
      lvl: "k",
      kode: "4.01.10.2.01",
      ur: "Perencanaan Pembangunan Kawasan Perbatasan",
      ind: "Jumlah dokumen perencanaan kawasan perbatasan",
      tgt: 2,
      sat: "dokumen",
      pmT: 2,
      kids: ["S211", "S212"],
    },
    {
      id: "S211",
      lvl: "s",
      kode: "4.01.10.2.01.0001",
      ur: "Penyusunan Rencana Aksi Pengelolaan Kawasan Perbatasan",
      ind: "Jumlah dokumen rencana aksi",
      tgt: 1,
      sat: "dokumen",
      lok: KAB,
      pagu: 385400000,
      pmT: 1,
      pmP: 402000000,
      sd: "DAU",
    },
    {
      id: "S212",
      lvl: "s",
      kode: "4.01.10.2.01.0002",
      ur: "Pemetaan Potensi Desa Perbatasan",
      ind: "Jumlah desa perbatasan yang dipetakan",
      tgt: 24,
      sat: "desa",
      lok: "Kec. Lamaknen Selatan, Kec. Nanaet Duabesi",
      pagu: 512800000,
      pmT: 20,
      pmP: 438600000,
      sd: "DAU",
    },
    {
      id: "K22",
      lvl: "k",
      kode: "4.01.10.2.02",
      ur: "Fasilitasi Pengelolaan Lintas Batas Negara",
      ind: "Jumlah layanan lintas batas yang difasilitasi",
      tgt: 22,
      sat: "layanan",
      pmT: 24,
      kids: ["S221", "S222", "S223"],
    },
    {
      id: "S221",
      lvl: "s",
      kode: "4.01.10.2.02.0001",
      ur: "Koordinasi Pelayanan Lintas Batas di PLBN",
      ind: "Jumlah laporan koordinasi pelayanan lintas batas",
      tgt: 4,
      sat: "laporan",
      lok: "PLBN Haumeniana Baru",
      pagu: 468250000,
      pmT: 4,
      pmP: 481300000,
      sd: "DAU",
    },
    {
      id: "S222",
      lvl: "s",
      kode: "4.01.10.2.02.0002",
      ur: "Fasilitasi Sarana Pos Lintas Batas Tradisional",
      ind: "Jumlah pos lintas batas tradisional yang difasilitasi",
      tgt: 6,
      sat: "pos",
      lok: "6 desa perbatasan",
      pagu: 1236900000,
      pmT: 8,
      pmP: 1572400000,
      sd: "DAK",
    },
    {
      id: "S223",
      lvl: "s",
      kode: "4.01.10.2.02.0003",
      ur: "Sosialisasi Pas Lintas Batas kepada Masyarakat Perbatasan",
      ind: "Jumlah desa yang memperoleh sosialisasi",
      tgt: 12,
      sat: "desa",
      lok: "Kec. Lamaknen Selatan",
      pagu: 274600000,
      pmT: 12,
      pmP: 281500000,
      sd: "DAU",
    },
    {
      id: "K23",
      lvl: "k",
      kode: "4.01.10.2.03",
      ur: "Pengembangan Ekonomi Kawasan Perbatasan",
      ind: "Jumlah kelompok usaha masyarakat perbatasan yang dibina",
      tgt: 15,
      sat: "kelompok",
      pmT: 18,
      kids: ["S231", "S232"],
    },
    {
      id: "S231",
      lvl: "s",
      kode: "4.01.10.2.03.0001",
      ur: "Fasilitasi Pasar Lintas Batas Tradisional",
      ind: "Jumlah pasar lintas batas yang difasilitasi",
      tgt: 2,
      sat: "pasar",
      lok: "Desa Haumeniana, Desa Fohoterin",
      pagu: 1845000000,
      pmT: 2,
      pmP: 1120000000,
      sd: "DAK",
    },
    // planted 2: the code copied from the perencanaan kegiatan 4.01.10.2.01
    {
      id: "S232",
      lvl: "s",
      kode: "4.01.10.2.01.0003",
      ur: "Pelatihan Kewirausahaan Masyarakat Perbatasan",
      ind: "Jumlah peserta pelatihan kewirausahaan",
      tgt: 150,
      sat: "orang",
      lok: KAB,
      pagu: 642350000,
      pmT: 175,
      pmP: 748900000,
      sd: "DAU",
    },
  ];
  const R = "Rencana Tahun 2025";
  const M = "Prakiraan Maju 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "tgt", head: [R, "Target"], role: "target", year: 2025, width: 9 },
    { key: "sat", head: [R, "Satuan"], role: "satuan", width: 9 },
    { key: "lok", head: [R, "Lokasi"], role: "lokasi", width: 22 },
    { key: "pagu", head: [R, "Pagu Indikatif (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "sd", head: ["Sumber Dana"], role: "lainnya", width: 9 },
    { key: "pmT", head: [M, "Target"], role: "target", year: 2026, width: 9 },
    { key: "pmP", head: [M, "Kebutuhan Dana (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
  ];
  const kidsF = (c: { a: (k: string, id?: string) => string }, key: string, x: Rj): Cell => {
    const k = x.kids!;
    // planted 1: the pagu of kegiatan 4.01.10.2.02 stops before its third sub kegiatan
    if (x.id === "K22" && key === "pagu") return fx(`SUM(${c.a(key, k[0])}:${c.a(key, k[1])})`);
    if (x.lvl === "k") return fx(`SUM(${c.a(key, k[0])}:${c.a(key, k[k.length - 1])})`);
    return fx(k.map((id) => c.a(key, id)).join("+"));
  };
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c) => ({
      kode: x.kode,
      ur: x.ur,
      ind: x.ind,
      tgt: x.tgt,
      sat: x.sat,
      lok: x.lok,
      pagu: x.kids ? kidsF(c, "pagu", x) : x.pagu,
      sd: x.sd,
      pmT: x.pmT,
      pmP: x.kids ? kidsF(c, "pmP", x) : x.pmP,
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["kode", "lok"],
    cells: (c) => ({
      kode: "JUMLAH",
      pagu: fx(`${c.a("pagu", "P1")}+${c.a("pagu", "P2")}`),
      pmP: fx(`${c.a("pmP", "P1")}+${c.a("pmP", "P2")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Catatan: pagu program dan kegiatan merupakan penjumlahan pagu sub kegiatan di bawahnya."]);
  s.gap();
  signature(s, 7, {
    tempat: "Nanaet, 22 Juli 2024",
    jabatan: ["Kepala Badan Pengelola Perbatasan Daerah", "Kabupaten Nanaet Lamaknen"],
    nama: "MARSELINUS BRIA SERAN, S.IP., M.Si",
    nip: "19790623 200501 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const plus = (k: string, ids: string[]) => ids.map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("pagu", "K22") },
    rules: ["sum-mismatch"],
    note: "pagu of kegiatan 4.01.10.2.02 =SUM over its first two sub kegiatan (1,705,150,000); with 4.01.10.2.02.0003 (274,600,000) it is 1,979,750,000",
    truth: plus("pagu", ["S221", "S222", "S223"]),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "S232") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan under kegiatan 4.01.10.2.03 coded 4.01.10.2.01.0003 (copied from the perencanaan kegiatan); it is 4.01.10.2.03.0002",
    actual: `PARENT(${a("kode", "S232")})`,
    truth: a("kode", "K23"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "S231"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "S231")})`,
    truth: a("kode", "K23"),
  });
  b.ok({
    sheet: S,
    cell: a("pmP", "P2"),
    rules: ["sum-mismatch"],
    truth: plus("pmP", ["K21", "K22", "K23"]),
    trap: `SUM(${a("pmP", "K21")}:${a("pmP", "S232")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pmP", "jml"),
    rules: ["sum-mismatch"],
    truth: plus("pmP", ["P1", "P2"]),
    trap: `SUM(${a("pmP", "P1")}:${a("pmP", "S232")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "P1"),
    rules: ["sum-mismatch"],
    truth: plus("pagu", ["K11", "K12"]),
    trap: `SUM(${a("pagu", "K11")}:${a("pagu", "S122")})`,
  });
  b.ok({ sheet: S, cell: a("pagu", "K23"), rules: ["sum-mismatch"], truth: plus("pagu", ["S231", "S232"]) });
  b.ok({
    sheet: S,
    cell: a("pmP", "K22"),
    rules: ["sum-mismatch"],
    truth: plus("pmP", ["S221", "S222", "S223"]),
  });
  return b.finish();
}
