// The Renja 2025 of the Bagian Pengadaan Barang dan Jasa Setda Kabupaten Sipirok Julu (Sumatera Utara):
// Kepmendagri codes 4.01.xx, program / kegiatan / sub kegiatan rows, targets and pagu for 2025 and the
// prakiraan maju 2026. Every name and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Rj = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  t25: number;
  sat: string;
  rp25?: number;
  t26: number;
  rp26?: number;
  kids?: string[];
};

/** Renja 2025 with codes; program and kegiatan pagu as SUMs of their children, a JUMLAH row. */
export function renjaSipirokJulu(): BookW {
  const b = new BookW(
    "renja-kode-bagian-pbj-sipirok-julu.xlsx",
    "Renja 2025 of the Bagian Pengadaan Barang dan Jasa Setda (codes 4.01)",
    "Kode | Uraian Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Tahun 2025' > Target | Satuan | Pagu (Rp) | Sumber Dana | 'Tahun 2026 (Prakiraan Maju)' > Target | Pagu (Rp); number row 1 .. 9; Satuan after the target; kegiatan pagu SUM of its sub kegiatan, program pagu SUM of its kegiatan (not contiguous ranges), JUMLAH of the programs",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025",
    "SEKRETARIAT DAERAH KABUPATEN SIPIROK JULU - BAGIAN PENGADAAN BARANG DAN JASA",
  ]);
  s.lines(["Tabel 3.1 Rumusan Rencana Program dan Kegiatan Tahun 2025 dan Prakiraan Maju Tahun 2026"], 1, {
    bold: true,
  });
  s.gap();
  const xs: Rj[] = [
    {
      id: "p1",
      kode: "4.01.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai SAKIP Bagian",
      t25: 72,
      sat: "nilai",
      t26: 74,
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      kode: "4.01.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Persentase dokumen perencanaan dan evaluasi yang tepat waktu",
      t25: 100,
      sat: "%",
      t26: 100,
      kids: ["s111", "s112"],
    },
    {
      id: "s111",
      kode: "4.01.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan",
      t25: 3,
      sat: "dokumen",
      rp25: 48_750_000,
      t26: 3,
      rp26: 51_200_000,
    },
    {
      id: "s112",
      kode: "4.01.01.2.01.0006",
      nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah laporan capaian kinerja",
      t25: 5,
      sat: "laporan",
      rp25: 36_400_000,
      t26: 5,
      rp26: 38_250_000,
    },
    {
      id: "k12",
      kode: "4.01.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Persentase kebutuhan administrasi umum terpenuhi",
      t25: 100,
      sat: "%",
      t26: 100,
      kids: ["s121", "s122"],
    },
    {
      id: "s121",
      kode: "4.01.01.2.06.0002",
      nama: "Penyediaan Peralatan dan Perlengkapan Kantor",
      ind: "Jumlah paket peralatan kantor",
      t25: 12,
      sat: "paket",
      rp25: 64_250_000,
      t26: 12,
      rp26: 66_800_000,
    },
    {
      id: "s122",
      kode: "4.01.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      ind: "Jumlah paket bahan logistik",
      t25: 12,
      sat: "paket",
      rp25: 27_900_000,
      t26: 12,
      rp26: 29_100_000,
    },
    {
      id: "p2",
      kode: "4.01.03",
      nama: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
      ind: "Persentase paket pengadaan yang berkontrak tepat waktu",
      t25: 88,
      sat: "%",
      t26: 90,
      kids: ["k21"],
    },
    {
      id: "k21",
      kode: "4.01.03.2.03",
      nama: "Pengelolaan Pengadaan Barang dan Jasa",
      ind: "Persentase paket tender yang selesai diproses",
      t25: 95,
      sat: "%",
      t26: 96,
      kids: ["s211", "s212", "s213"],
    },
    {
      id: "s211",
      kode: "4.01.03.2.03.0001",
      nama: "Pengelolaan Pengadaan Barang dan Jasa",
      ind: "Jumlah paket tender/seleksi yang diproses",
      t25: 145,
      sat: "paket",
      rp25: 412_600_000,
      t26: 150,
      rp26: 428_400_000,
    },
    {
      id: "s212",
      kode: "4.01.03.2.03.0002",
      nama: "Pengelolaan Layanan Pengadaan Secara Elektronik",
      ind: "Jumlah pengguna SPSE yang dilayani",
      t25: 320,
      sat: "akun",
      rp25: 186_350_000,
      t26: 340,
      rp26: 194_700_000,
    },
    // planted code-hierarchy: coded under kegiatan 4.01.03.2.02 while it stands under 4.01.03.2.03
    {
      id: "s213",
      kode: "4.01.03.2.02.0003",
      nama: "Pembinaan dan Advokasi Pengadaan Barang dan Jasa",
      ind: "Jumlah pelaku pengadaan yang dibina",
      t25: 180,
      sat: "orang",
      rp25: 98_700_000,
      t26: 200,
      rp26: 104_950_000,
    },
  ];
  const byId = new Map(xs.map((x) => [x.id, x]));
  const T25 = "Tahun 2025";
  const T26 = "Tahun 2026 (Prakiraan Maju)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 19 },
    { key: "nama", head: ["Uraian Program / Kegiatan / Sub Kegiatan"], num: "2", width: 42 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 38 },
    { key: "t25", head: [T25, "Target"], role: "target", year: 2025, num: "4", width: 8 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    { key: "rp25", head: [T25, "Pagu (Rp)"], role: "anggaran", year: 2025, num: "6", fmt: RP, width: 16 },
    { key: "sd", head: ["Sumber Dana"], num: "7", width: 8 },
    { key: "t26", head: [T26, "Target"], role: "target", year: 2026, num: "8", width: 8 },
    { key: "rp26", head: [T26, "Pagu (Rp)"], role: "anggaran", year: 2026, num: "9", fmt: RP, width: 16 },
  ];
  const sumOf = (c: { a(k: string, id?: string): string }, k: string, x: Rj): string => {
    // planted: the 2026 pagu of kegiatan 4.01.03.2.03 leaves out its third sub kegiatan
    const kids = x.id === "k21" && k === "rp26" ? x.kids!.slice(0, 2) : x.kids!;
    if (kids.length > 1 && x.id.startsWith("k"))
      return `SUM(${c.a(k, kids[0])}:${c.a(k, kids[kids.length - 1])})`;
    return kids.map((q) => c.a(k, q)).join("+");
  };
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => ({
      kode: x.kode,
      nama: x.nama,
      ind: x.ind,
      t25: x.t25,
      sat: x.sat,
      rp25: x.kids ? fx(sumOf(c, "rp25", x)) : x.rp25,
      sd: "DAU",
      t26: x.t26,
      rp26: x.kids ? fx(sumOf(c, "rp26", x)) : x.rp26,
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["kode", "t25"],
    cells: (c) => ({
      kode: "JUMLAH",
      rp25: fx(`${c.a("rp25", "p1")}+${c.a("rp25", "p2")}`),
      rp26: fx(`${c.a("rp26", "p1")}+${c.a("rp26", "p2")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber dana: Dana Alokasi Umum (DAU) yang tidak ditentukan penggunaannya."]);
  s.gap();
  signature(s, 6, {
    tempat: "Sipirok Julu, 12 Juni 2024",
    jabatan: ["Kepala Bagian Pengadaan Barang dan Jasa", "Setda Kabupaten Sipirok Julu"],
    nama: "RAHMAT HIDAYAT HARAHAP, S.Kom., M.M.",
    pangkat: "Penata Tk. I",
    nip: "19850217 201001 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const leaves = (k: string, x: Rj): string[] =>
    x.kids ? x.kids.flatMap((q) => leaves(k, byId.get(q)!)) : [a(k, x.id)];
  b.plant({
    at: { sheet: S, cell: a("kode", "s213") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembinaan dan Advokasi Pengadaan Barang dan Jasa is coded 4.01.03.2.02.0003 (kegiatan 4.01.03.2.02) under kegiatan 4.01.03.2.03; its code is 4.01.03.2.03.0003",
    truth: a("kode", "k21"),
    actual: `PARENT(${a("kode", "s213")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp26", "k21") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "the 2026 pagu of kegiatan 4.01.03.2.03 is =SUM over its first two sub kegiatan (623,100,000); with Pembinaan dan Advokasi (104,950,000) the three give 728,050,000, as the 2025 column sums",
    truth: leaves("rp26", byId.get("k21")!).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp25", "k11")}+${a("rp25", "k12")}`,
    trap: `SUM(${a("rp25", "k11")}:${a("rp25", "s122")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "p1"),
    rules: ["sum-mismatch"],
    truth: leaves("rp26", byId.get("p1")!).join("+"),
    trap: `SUM(${a("rp26", "k11")}:${a("rp26", "s122")})`,
  });
  for (const id of ["k11", "k12", "k21"])
    b.ok({
      sheet: S,
      cell: a("rp25", id),
      rules: ["sum-mismatch"],
      truth: leaves("rp25", byId.get(id)!).join("+"),
    });
  for (const id of ["k11", "k12"])
    b.ok({
      sheet: S,
      cell: a("rp26", id),
      rules: ["sum-mismatch"],
      truth: leaves("rp26", byId.get(id)!).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rp25", "jml"),
    rules: ["sum-mismatch"],
    truth: leaves("rp25", byId.get("p1")!)
      .concat(leaves("rp25", byId.get("p2")!))
      .join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "p2"),
    rules: ["sum-mismatch"],
    truth: a("rp25", "k21"),
    trap: `SUM(${a("rp25", "k21")}:${a("rp25", "s213")})`,
  });
  const parent: Record<string, string> = {
    s111: "k11",
    s112: "k11",
    s121: "k12",
    s122: "k12",
    s211: "k21",
    s212: "k21",
    k11: "p1",
    k12: "p1",
    k21: "p2",
  };
  for (const [id, up] of Object.entries(parent))
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", up),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
