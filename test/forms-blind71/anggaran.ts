// The DPA summary 2025 of the Dinas Perkebunan of Provinsi Kalimantan Tengah: per sub kegiatan the
// belanja operasi (pegawai, barang dan jasa, hibah) and belanja modal (peralatan dan mesin, gedung,
// jalan dan jaringan) columns with a row total, kegiatan and program rows summing only their
// children, and a JUMLAH. Every person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type L = {
  id: string;
  kode: string;
  ur: string;
  lok?: string;
  v?: [number, number, number, number, number, number];
  kids?: string[];
};

/** Ringkasan DPA per sub kegiatan 2025, Dinas Perkebunan Provinsi Kalimantan Tengah. */
export function dpaDisbunKalteng(): BookW {
  const b = new BookW(
    "ringkasan-dpa-sub-kegiatan-2025-disbun-prov-kalteng.xlsx",
    "DPA summary per sub kegiatan: belanja operasi / modal columns and a total",
    "Kode Rekening | Uraian | Lokasi | 'Belanja Operasi' > Pegawai | Barang dan Jasa | Hibah | 'Belanja Modal' > 'Peralatan dan Mesin' | 'Gedung dan Bangunan' | 'Jalan, Jaringan dan Irigasi' | 'Jumlah (Rp)'; number row 1 .. 10 with '10 = 4 s.d. 9'; program and kegiatan rows as SUM of their children only; JUMLAH; full rupiah",
  );
  const S = "Ringkasan DPA 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TENGAH",
    "DOKUMEN PELAKSANAAN ANGGARAN (DPA) TAHUN ANGGARAN 2025",
  ]);
  s.lines(
    [
      "Perangkat Daerah : 3.27.0.00.0.00.02.0000 Dinas Perkebunan",
      "Rekapitulasi Belanja menurut Sub Kegiatan (rupiah)",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const Ls: L[] = [
    {
      id: "p1",
      kode: "3.27.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
      kids: ["k11", "k12"],
    },
    { id: "k11", kode: "3.27.01.1.02", ur: "Administrasi Keuangan Perangkat Daerah", kids: ["s111", "s112"] },
    {
      id: "s111",
      kode: "3.27.01.1.02.0001",
      ur: "Penyediaan Gaji dan Tunjangan ASN",
      lok: "Kota Palangka Raya",
      v: [18426750000, 0, 0, 0, 0, 0],
    },
    {
      id: "s112",
      kode: "3.27.01.1.02.0003",
      ur: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
      lok: "Kota Palangka Raya",
      v: [0, 286400000, 0, 0, 0, 0],
    },
    {
      id: "k12",
      kode: "3.27.01.1.06",
      ur: "Administrasi Umum Perangkat Daerah",
      kids: ["s121", "s122", "s123"],
    },
    {
      id: "s121",
      kode: "3.27.01.1.06.0001",
      ur: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      lok: "Kota Palangka Raya",
      v: [0, 64250000, 0, 0, 0, 0],
    },
    {
      id: "s122",
      kode: "3.27.01.1.06.0002",
      ur: "Penyediaan Peralatan dan Perlengkapan Kantor",
      lok: "Kota Palangka Raya",
      v: [0, 118600000, 0, 412350000, 0, 0],
    },
    {
      id: "s123",
      kode: "3.27.01.1.06.0004",
      ur: "Penyediaan Bahan Logistik Kantor",
      lok: "Kota Palangka Raya",
      v: [0, 157830000, 0, 0, 0, 0],
    },
    { id: "p2", kode: "3.27.02", ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN", kids: ["k21"] },
    {
      id: "k21",
      kode: "3.27.02.1.03",
      ur: "Penyediaan Benih Tanaman Perkebunan",
      kids: ["s211", "s212", "s213"],
    },
    {
      id: "s211",
      kode: "3.27.02.1.03.0001",
      ur: "Penyediaan Benih Kelapa Sawit Unggul untuk Peremajaan",
      lok: "Kab. Danau Sembuluh, Kab. Sampit Seberang",
      v: [0, 6842500000, 2150000000, 0, 0, 0],
    },
    {
      id: "s212",
      kode: "3.27.02.1.03.0002",
      ur: "Penyediaan Bibit Karet Klon Unggul",
      lok: "Kab. Kahayan Ulu, Kab. Barito Tuhup",
      v: [0, 3917800000, 0, 0, 0, 0],
    },
    {
      id: "s213",
      kode: "3.27.02.1.03.0004",
      ur: "Pembangunan Kebun Sumber Benih Kelapa",
      lok: "Kab. Tewah Hulu",
      v: [0, 486900000, 0, 0, 1275000000, 0],
    },
    {
      id: "p3",
      kode: "3.27.03",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
      kids: ["k31"],
    },
    { id: "k31", kode: "3.27.03.1.02", ur: "Pembangunan Prasarana Perkebunan", kids: ["s311", "s312"] },
    {
      id: "s311",
      kode: "3.27.03.1.02.0001",
      ur: "Pembangunan Jalan Produksi Perkebunan",
      lok: "Kab. Pangkalan Banteng Raya",
      v: [0, 348200000, 0, 0, 0, 8615000000],
    },
    {
      id: "s312",
      kode: "3.27.03.1.02.0003",
      ur: "Pengadaan Alat Pengolahan Hasil Karet (Unit Pengolahan dan Pemasaran Bokar)",
      lok: "Kab. Kahayan Ulu",
      v: [0, 215750000, 0, 1864000000, 0, 0],
    },
  ];
  const ks = ["peg", "bj", "hib", "pm", "ged", "jal"] as const;
  const BO = "Belanja Operasi";
  const BM = "Belanja Modal";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 1, width: 19 },
    { key: "ur", head: ["Uraian Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: 2, width: 40 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 3, width: 22 },
    { key: "peg", head: [BO, "Pegawai"], role: "anggaran", year: 2025, num: 4, fmt: RP, width: 16 },
    { key: "bj", head: [BO, "Barang dan Jasa"], role: "anggaran", year: 2025, num: 5, fmt: RP, width: 16 },
    { key: "hib", head: [BO, "Hibah"], role: "anggaran", year: 2025, num: 6, fmt: RP, width: 15 },
    {
      key: "pm",
      head: [BM, "Peralatan dan Mesin"],
      role: "anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 15,
    },
    {
      key: "ged",
      head: [BM, "Gedung dan Bangunan"],
      role: "anggaran",
      year: 2025,
      num: 8,
      fmt: RP,
      width: 15,
    },
    {
      key: "jal",
      head: [BM, "Jalan, Jaringan dan Irigasi"],
      role: "anggaran",
      year: 2025,
      num: 9,
      fmt: RP,
      width: 15,
    },
    {
      key: "jml",
      head: ["Jumlah (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "10 = 4 s.d. 9",
      fmt: RP,
      width: 17,
    },
  ];
  // a column with nothing under a row stays blank (a zero result does not survive the round trip)
  const byId = new Map(Ls.map((x) => [x.id, x]));
  const total = (x: L, j: number): number =>
    x.kids ? x.kids.reduce((n, id) => n + total(byId.get(id)!, j), 0) : x.v![j];
  const rows: Row[] = Ls.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kode: x.kode, ur: x.ur, lok: x.lok };
      ks.forEach((k, j) => {
        if (total(x, j) === 0) return;
        if (x.kids) {
          // planted: kegiatan 3.27.02.1.03 Barang dan Jasa sums its first two sub kegiatan only
          const ids = x.id === "k21" && k === "bj" ? x.kids.slice(0, 2) : x.kids;
          out[k] = fx(
            ids.length === 1 ? c.a(k, ids[0]) : `SUM(${c.a(k, ids[0])}:${c.a(k, ids[ids.length - 1])})`,
          );
          if (x.id.startsWith("p") || x.id === "k12") out[k] = fx(ids.map((id) => c.a(k, id)).join("+"));
        } else out[k] = x.v![j];
      });
      // planted: sub kegiatan s312 Jumlah typed with two digits swapped
      out.jml = x.id === "s312" ? 2097550000 : fx(`SUM(${c.a("peg")}:${c.a("jal")})`);
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "lok"],
    cells: (c) => {
      const out: Record<string, Cell> = { kode: "JUMLAH" };
      for (const k of [...ks, "jml"])
        if (k === "jml" || Ls.some((x) => !x.kids && x.v![ks.indexOf(k as (typeof ks)[number])] !== 0))
          out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}+${c.a(k, "p3")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: baris program dan kegiatan menjumlahkan baris di bawahnya langsung (kegiatan = jumlah sub kegiatan).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Palangka Raya, 2 Januari 2025",
    jabatan: ["Pengguna Anggaran,", "Kepala Dinas Perkebunan"],
    nama: "Dr. Ir. YOHANES RAHU, M.P.",
    nip: "19690305 199503 1 002",
  });
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("bj", "k21") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "kegiatan 3.27.02.1.03 Barang dan Jasa =SUM of its first two sub kegiatan (6,842,500,000 + 3,917,800,000 = 10,760,300,000); with the kebun sumber benih (486,900,000) the three give 11,247,200,000",
    truth: `SUM(${a("bj", "s211")}:${a("bj", "s213")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("jml", "s312") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "sub kegiatan 3.27.03.1.02.0003 Jumlah is a typed 2,097,550,000 among SUM formulas; 215,750,000 + 1,864,000,000 = 2,079,750,000",
    truth: `SUM(${a("peg", "s312")}:${a("jal", "s312")})`,
  });
  for (const k of ["peg", "bj", "pm"])
    b.ok({
      sheet: S,
      cell: a(k, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "k11")}+${a(k, "k12")}`,
      trap: `SUM(${a(k, "k11")}:${a(k, "s123")})`,
    });
  b.ok({
    sheet: S,
    cell: a("bj", "k12"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("bj", "s121")}:${a("bj", "s123")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jal", "p3"),
    rules: ["sum-mismatch"],
    truth: a("jal", "k31"),
    trap: `SUM(${a("jal", "k31")}:${a("jal", "s312")})`,
  });
  b.ok({
    sheet: S,
    cell: a("hib", "k21"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("hib", "s211")}:${a("hib", "s213")})`,
  });
  for (const r of ["s211", "s213", "s311", "k12"])
    b.ok({
      sheet: S,
      cell: a("jml", r),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `SUM(${a("peg", r)}:${a("jal", r)})`,
    });
  b.ok({
    sheet: S,
    cell: a("peg", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("peg", "p1")}+${a("peg", "p2")}+${a("peg", "p3")}`,
    trap: `SUM(${a("peg", "p1")}:${a("peg", "s312")})`,
  });
  for (const r of ["s111", "s211", "s311", "s312"])
    b.ok({
      sheet: S,
      cell: a("kode", r),
      rules: ["code-hierarchy"],
      truth: a("kode", r.replace("s", "k").slice(0, 3)),
      actual: `PARENT(${a("kode", r)})`,
    });
  return b.finish();
}
