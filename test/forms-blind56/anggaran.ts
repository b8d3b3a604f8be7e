// Budget and plan tables of two kota offices: the DPA 2025 summary per sub kegiatan of the Dinas
// Perpustakaan of Kota Sekernan Ilir (Jambi), with belanja pegawai, barang dan jasa and modal and a
// total, and the Renstra 2025-2029 T-C.27 of the Inspektorat of Kota Tanjung Ruai (Kepulauan Bangka
// Belitung) with program, kegiatan and sub kegiatan rows in thousands of rupiah. Every name and
// number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Dpa = {
  id: string;
  kode: string;
  nama: string;
  lvl: "p" | "k" | "s";
  peg?: number;
  bj?: number;
  mod?: number;
  kids?: string[];
  jml?: number;
};

/** Ringkasan DPA 2025 per sub kegiatan, Dinas Perpustakaan Kota Sekernan Ilir. */
export function dpaPerpusSekernan(): BookW {
  const b = new BookW(
    "ringkasan-dpa-2025-dinas-perpustakaan-kota-sekernan-ilir-per-sub-kegiatan.xlsx",
    "DPA summary per sub kegiatan with belanja pegawai / barang dan jasa / modal and a total",
    "Kode | Uraian Program / Kegiatan / Sub Kegiatan | 'Jenis Belanja (Rp)' > Belanja Pegawai / Belanja Barang dan Jasa / Belanja Modal | Jumlah (Rp) | Sumber Dana; number row (1)..(7) with '(6) = (3) + (4) + (5)'; kegiatan rows SUM their sub kegiatan, programs add their kegiatan cells, TOTAL adds the programs; zero cells typed 0",
  );
  const S = "Ringkasan DPA 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SEKERNAN ILIR",
    "DINAS PERPUSTAKAAN",
    "Jl. Pangeran Hidayat No. 19, Sekernan Ilir, Provinsi Jambi",
  ]);
  s.lines(
    ["RINGKASAN DOKUMEN PELAKSANAAN ANGGARAN (DPA) BELANJA PER SUB KEGIATAN", "TAHUN ANGGARAN 2025"],
    1,
    { bold: true },
  );
  s.gap();
  const rs: Dpa[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "2.23.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      kids: ["k11", "k12", "k13", "k14"],
    },
    {
      id: "k11",
      lvl: "k",
      kode: "2.23.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      kids: ["s111", "s112"],
    },
    {
      id: "s111",
      lvl: "s",
      kode: "2.23.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      peg: 3846215000,
      bj: 0,
      mod: 0,
    },
    {
      id: "s112",
      lvl: "s",
      kode: "2.23.01.2.02.0003",
      nama: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
      peg: 0,
      bj: 48600000,
      mod: 0,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "2.23.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      kids: ["s121", "s122", "s123"],
    },
    {
      id: "s121",
      lvl: "s",
      kode: "2.23.01.2.06.0001",
      nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      peg: 0,
      bj: 18450000,
      mod: 0,
    },
    {
      id: "s122",
      lvl: "s",
      kode: "2.23.01.2.06.0002",
      nama: "Penyediaan Peralatan dan Perlengkapan Kantor",
      peg: 0,
      bj: 42300000,
      mod: 0,
    },
    {
      id: "s123",
      lvl: "s",
      kode: "2.23.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      peg: 0,
      bj: 36875000,
      mod: 0,
    },
    {
      id: "k13",
      lvl: "k",
      kode: "2.23.01.2.07",
      nama: "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
      kids: ["s131", "s132"],
    },
    {
      id: "s131",
      lvl: "s",
      kode: "2.23.01.2.07.0005",
      nama: "Pengadaan Mebel",
      peg: 0,
      bj: 0,
      mod: 124500000,
    },
    {
      id: "s132",
      lvl: "s",
      kode: "2.23.01.2.07.0006",
      nama: "Pengadaan Peralatan dan Mesin Lainnya",
      peg: 0,
      bj: 0,
      mod: 186740000,
    },
    {
      id: "k14",
      lvl: "k",
      kode: "2.23.01.2.08",
      nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      kids: ["s141", "s142"],
    },
    {
      id: "s141",
      lvl: "s",
      kode: "2.23.01.2.08.0002",
      nama: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      peg: 0,
      bj: 164200000,
      mod: 0,
    },
    {
      id: "s142",
      lvl: "s",
      kode: "2.23.01.2.08.0004",
      nama: "Penyediaan Jasa Pelayanan Umum Kantor",
      peg: 0,
      bj: 612480000,
      mod: 0,
    },
    { id: "p2", lvl: "p", kode: "2.23.02", nama: "PROGRAM PEMBINAAN PERPUSTAKAAN", kids: ["k21", "k22"] },
    {
      id: "k21",
      lvl: "k",
      kode: "2.23.02.2.01",
      nama: "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
      kids: ["s211", "s212", "s213"],
    },
    // planted: the Jumlah typed 710,850,000 (215,600,000 + 486,250,000 = 701,850,000)
    {
      id: "s211",
      lvl: "s",
      kode: "2.23.02.2.01.0001",
      nama: "Pengembangan Koleksi Perpustakaan di Daerah Kabupaten/Kota",
      peg: 0,
      bj: 215600000,
      mod: 486250000,
      jml: 710850000,
    },
    // planted: the kegiatan part of the code typed .2.02 under kegiatan 2.23.02.2.01
    {
      id: "s212",
      lvl: "s",
      kode: "2.23.02.2.02.0003",
      nama: "Pengembangan Sarana dan Prasarana Perpustakaan",
      peg: 0,
      bj: 38400000,
      mod: 742800000,
    },
    {
      id: "s213",
      lvl: "s",
      kode: "2.23.02.2.01.0004",
      nama: "Pengembangan Layanan Perpustakaan Berbasis Inklusi Sosial",
      peg: 0,
      bj: 167350000,
      mod: 0,
    },
    {
      id: "k22",
      lvl: "k",
      kode: "2.23.02.2.02",
      nama: "Pembudayaan Gemar Membaca Tingkat Daerah Kabupaten/Kota",
      kids: ["s221", "s222", "s223"],
    },
    {
      id: "s221",
      lvl: "s",
      kode: "2.23.02.2.02.0001",
      nama: "Penyelenggaraan Promosi Gemar Membaca",
      peg: 0,
      bj: 134700000,
      mod: 0,
    },
    {
      id: "s222",
      lvl: "s",
      kode: "2.23.02.2.02.0002",
      nama: "Pelaksanaan Lomba dan Apresiasi Budaya Baca",
      peg: 0,
      bj: 96450000,
      mod: 0,
    },
    {
      id: "s223",
      lvl: "s",
      kode: "2.23.02.2.02.0005",
      nama: "Pengukuran Tingkat Kegemaran Membaca Masyarakat",
      peg: 0,
      bj: 58900000,
      mod: 0,
    },
    {
      id: "p3",
      lvl: "p",
      kode: "2.23.03",
      nama: "PROGRAM PELESTARIAN KOLEKSI NASIONAL DAN NASKAH KUNO",
      kids: ["k31"],
    },
    {
      id: "k31",
      lvl: "k",
      kode: "2.23.03.2.01",
      nama: "Pelestarian Koleksi Nasional dan Naskah Kuno Milik Daerah Kabupaten/Kota",
      kids: ["s311", "s312"],
    },
    {
      id: "s311",
      lvl: "s",
      kode: "2.23.03.2.01.0001",
      nama: "Penyimpanan dan Perawatan Koleksi Naskah Kuno",
      peg: 0,
      bj: 44300000,
      mod: 0,
    },
    {
      id: "s312",
      lvl: "s",
      kode: "2.23.03.2.01.0002",
      nama: "Alih Media Koleksi Naskah Kuno dan Terbitan Lama",
      peg: 0,
      bj: 71850000,
      mod: 28600000,
    },
  ];
  const G = "Jenis Belanja (Rp)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nama", head: ["Uraian Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 48 },
    {
      key: "peg",
      head: [G, "Belanja Pegawai"],
      role: "anggaran",
      year: 2025,
      num: "(3)",
      fmt: RP,
      width: 15,
    },
    {
      key: "bj",
      head: [G, "Belanja Barang dan Jasa"],
      role: "anggaran",
      year: 2025,
      num: "(4)",
      fmt: RP,
      width: 15,
    },
    { key: "mod", head: [G, "Belanja Modal"], role: "anggaran", year: 2025, num: "(5)", fmt: RP, width: 15 },
    {
      key: "jml",
      head: ["Jumlah (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(6) = (3) + (4) + (5)",
      fmt: RP,
      width: 16,
    },
    { key: "sd", head: ["Sumber Dana"], num: "(7)", width: 12 },
  ];
  const M = ["peg", "bj", "mod"];
  const byId = new Map(rs.map((x) => [x.id, x]));
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c) => {
      const o: Record<string, Cell> = { kode: x.kode, nama: x.nama };
      const zero = (m: string, ids: string[]): boolean =>
        ids.every((id) => {
          const y = byId.get(id)!;
          return y.lvl === "s" ? !(y as Record<string, unknown>)[m] : zero(m, y.kids!);
        });
      if (x.lvl === "s") {
        // a DPA prints "-" for an empty kind of belanja
        for (const m of M)
          o[m] = (x as Record<string, unknown>)[m] ? ((x as Record<string, unknown>)[m] as number) : "-";
        o.sd = x.id === "s212" || x.id === "s211" ? "DAK Nonfisik" : "DAU";
      } else if (x.lvl === "k") {
        const k = x.kids!;
        for (const m of M) o[m] = zero(m, k) ? "-" : fx(`SUM(${c.a(m, k[0])}:${c.a(m, k[k.length - 1])})`);
      } else
        for (const m of M)
          o[m] = zero(m, x.kids!) ? "-" : fx(`SUM(${x.kids!.map((k) => c.a(m, k)).join(",")})`);
      o.jml = x.jml ?? fx(`SUM(${c.a("peg")}:${c.a("mod")})`);
      return o;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "nama"],
    cells: (c) => {
      const o: Record<string, Cell> = { kode: "TOTAL BELANJA DINAS PERPUSTAKAAN" };
      for (const m of [...M, "jml"]) o[m] = fx(`SUM(${c.a(m, "p1")},${c.a(m, "p2")},${c.a(m, "p3")})`);
      return o;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 5, {
    tempat: "Sekernan Ilir, 6 Januari 2025",
    jabatan: ["Kepala Dinas Perpustakaan", "selaku Pengguna Anggaran"],
    nama: "Drs. AHMAD FAUZAN LUBIS, M.Pd.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720119 199703 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "s211") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Pengembangan Koleksi: Jumlah typed 710,850,000 among SUM formulas; 0 + 215,600,000 + 486,250,000 = 701,850,000",
    truth: `SUM(${a("peg", "s211")}:${a("mod", "s211")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s212") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengembangan Sarana dan Prasarana Perpustakaan coded 2.23.02.2.02.0003 under kegiatan 2.23.02.2.01 (its SUM counts it there); its code should be 2.23.02.2.01.0003",
    truth: a("kode", "k21"),
    actual: `PARENT(${a("kode", "s212")})`,
  });
  b.ok({
    sheet: S,
    cell: a("mod", "p2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("mod", "k21")},${a("mod", "k22")})`,
    trap: `SUM(${a("mod", "k21")}:${a("mod", "s223")})`,
  });
  b.ok({
    sheet: S,
    cell: a("bj", "k12"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("bj", "s121")}:${a("bj", "s123")})`,
  });
  b.ok({
    sheet: S,
    cell: a("peg", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("peg", "p1")},${a("peg", "p2")},${a("peg", "p3")})`,
    trap: `SUM(${a("peg", "p1")}:${a("peg", "s312")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "s312"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `SUM(${a("peg", "s312")}:${a("mod", "s312")})`,
  });
  for (const id of ["s213", "s223", "s132"]) {
    const k = rs.find((x) => x.kids?.includes(id))!.id;
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", k),
      actual: `PARENT(${a("kode", id)})`,
    });
  }
  return b.finish();
}

type Tc = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  aw: number;
  k: number[];
  rp?: number[];
  kids?: string[];
  ak: "last" | "sum";
  f?: string;
};

/** Renstra 2025-2029 T-C.27 of the Inspektorat Kota Tanjung Ruai, in thousands of rupiah. */
export function tc27InspektoratTanjungRuai(): BookW {
  const b = new BookW(
    "renstra-2025-2029-tc27-inspektorat-kota-tanjung-ruai-ribuan.xlsx",
    "Renstra T-C.27 with program, kegiatan and sub kegiatan rows in thousands of rupiah",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan dan Sub Kegiatan (Output) | Satuan | Data Capaian Tahun Awal Perencanaan (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun 2025..2029 > K / Rp (000) | 'Kondisi Kinerja pada Akhir Periode Renstra' > K / Rp (000) | Unit Kerja Penanggung Jawab; three header rows and a number row; '(dalam ribuan rupiah)' under the title; kondisi akhir K last target for levels and the sum for counts, Rp the sum of the five years added cell by cell",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG RUAI", "INSPEKTORAT DAERAH"]);
  s.lines(
    [
      "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Inspektorat Daerah Kota Tanjung Ruai Tahun 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
  );
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rs: Tc[] = [
    {
      id: "p1",
      kode: "6.01.02",
      nama: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Level kapabilitas APIP",
      sat: "level",
      aw: 3,
      k: [3, 3, 3, 4, 4],
      kids: ["k11", "k12"],
      ak: "last",
      f: "0",
    },
    {
      id: "k11",
      kode: "6.01.02.2.01",
      nama: "Penyelenggaraan Pengawasan Internal",
      ind: "Persentase perangkat daerah yang diawasi sesuai PKPT",
      sat: "%",
      aw: 85,
      k: [90, 92, 95, 100, 100],
      kids: ["s111", "s112", "s113"],
      ak: "last",
    },
    {
      id: "s111",
      kode: "6.01.02.2.01.0001",
      nama: "Pengawasan Kinerja Pemerintah Daerah",
      ind: "Jumlah laporan hasil pengawasan kinerja",
      sat: "dokumen",
      aw: 28,
      k: [30, 32, 34, 34, 36],
      rp: [412650, 436800, 458200, 481100, 505150],
      ak: "sum",
      f: "0",
    },
    {
      id: "s112",
      kode: "6.01.02.2.01.0002",
      nama: "Pengawasan Keuangan Pemerintah Daerah",
      ind: "Jumlah laporan hasil pemeriksaan keuangan",
      sat: "laporan",
      aw: 24,
      k: [26, 26, 28, 28, 30],
      rp: [538400, 565300, 593600, 623250, 654400],
      ak: "sum",
      f: "0",
    },
    {
      id: "s113",
      kode: "6.01.02.2.01.0004",
      nama: "Reviu Laporan Keuangan",
      ind: "Jumlah dokumen reviu LKPD",
      sat: "dokumen",
      aw: 1,
      k: [1, 1, 1, 1, 1],
      rp: [86250, 90550, 95100, 99850, 104850],
      ak: "sum",
      f: "0",
    },
    {
      id: "k12",
      kode: "6.01.02.2.02",
      nama: "Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
      ind: "Persentase pengaduan masyarakat yang ditindaklanjuti",
      sat: "%",
      aw: 80,
      k: [85, 88, 90, 92, 95],
      kids: ["s121", "s122"],
      ak: "last",
    },
    {
      id: "s121",
      kode: "6.01.02.2.02.0001",
      nama: "Pengawasan dengan Tujuan Tertentu",
      ind: "Jumlah laporan hasil audit dengan tujuan tertentu",
      sat: "laporan",
      aw: 10,
      k: [12, 12, 14, 14, 15],
      rp: [186300, 195600, 205400, 215650, 226450],
      ak: "sum",
      f: "0",
    },
    {
      id: "s122",
      kode: "6.01.02.2.02.0003",
      nama: "Penanganan Pengaduan Masyarakat",
      ind: "Jumlah pengaduan masyarakat yang ditangani",
      sat: "pengaduan",
      aw: 36,
      k: [40, 40, 45, 45, 50],
      rp: [74800, 78550, 82450, 86600, 90900],
      ak: "sum",
      f: "0",
    },
    {
      id: "p2",
      kode: "6.01.03",
      nama: "PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI",
      ind: "Persentase temuan berulang (indikator negatif)",
      sat: "%",
      aw: 18,
      k: [16, 14, 12, 10, 8],
      kids: ["k21"],
      ak: "last",
    },
    {
      id: "k21",
      kode: "6.01.03.2.02",
      nama: "Pendampingan, Asistensi dan Verifikasi",
      ind: "Persentase perangkat daerah yang didampingi penerapan SPIP",
      sat: "%",
      aw: 60,
      k: [70, 75, 80, 90, 100],
      kids: ["s211", "s212"],
      ak: "last",
    },
    {
      id: "s211",
      kode: "6.01.03.2.02.0001",
      nama: "Pendampingan dan Asistensi Urusan Pemerintahan Daerah",
      ind: "Jumlah perangkat daerah yang didampingi",
      sat: "PD",
      aw: 18,
      k: [20, 22, 24, 26, 28],
      rp: [128400, 134800, 141550, 148650, 156050],
      ak: "last",
      f: "0",
    },
    // planted: the 2027 target of the nilai MCP typed 38 (83 with its digits swapped)
    {
      id: "s212",
      kode: "6.01.03.2.02.0003",
      nama: "Koordinasi Pencegahan Korupsi dan Monitoring Center for Prevention",
      ind: "Nilai MCP KPK",
      sat: "nilai",
      aw: 72,
      k: [76, 80, 38, 86, 90],
      rp: [96700, 101550, 106600, 111950, 117550],
      ak: "last",
    },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  let n = 5;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan dan Sub Kegiatan (Output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "aw",
      head: ["Data Capaian Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "K"], role: "target", year: y, num: ++n, width: 7 },
      {
        key: `r${y}`,
        head: [G, `Tahun ${y}`, "Rp (000)"],
        role: "anggaran",
        year: y,
        num: ++n,
        fmt: RP,
        width: 11,
      },
    ]),
    { key: "ak", head: [A, "K"], role: "kondisi-akhir", num: ++n, width: 7 },
    { key: "arp", head: [A, "Rp (000)"], role: "anggaran", num: ++n, fmt: RP, width: 12 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: ++n, width: 18 },
  ];
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: !x.rp,
    cells: (c) => {
      const f = x.f ?? DEC;
      const o: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        aw: fmt(x.aw, f),
      };
      Y.forEach((y, j) => {
        o[`k${y}`] = fmt(x.k[j], f);
        if (x.rp) o[`r${y}`] = x.rp[j];
        else if (x.id === "k12" && y === 2027)
          o[`r${y}`] = 278850; // planted: typed, the sub kegiatan give 287,850
        else if (x.kids!.length === 1) o[`r${y}`] = fx(c.a(`r${y}`, x.kids![0]));
        else o[`r${y}`] = fx(x.kids!.map((k) => c.a(`r${y}`, k)).join("+"));
      });
      o.ak = x.ak === "last" ? fx(c.a("k2029")) : fx(Y.map((y) => c.a(`k${y}`)).join("+"));
      // planted: the kondisi akhir Rp of Pengawasan Keuangan leaves out 2029
      const ys = x.id === "s112" ? Y.slice(0, 4) : Y;
      o.arp = fx(ys.map((y) => c.a(`r${y}`)).join("+"));
      o.pj = x.kode.startsWith("6.01.02") ? "Inspektur Pembantu Wilayah I - IV" : "Sekretariat Inspektorat";
      return o;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines(["Catatan: persentase temuan berulang adalah indikator negatif (semakin kecil semakin baik)."]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Ruai, 15 Juli 2025",
    jabatan: ["Inspektur Kota Tanjung Ruai"],
    nama: "Dr. RUSDI HALIM, S.E., M.M., CGCAE",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740305 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rsum = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("arp", "s112") },
    rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
    note: "kondisi akhir Rp of Pengawasan Keuangan adds 2025-2028 only (2,320,550); with 2029 (654,400) it is 2,974,950",
    truth: rsum("s112"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "k12") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp 2027 of kegiatan Pengawasan dengan Tujuan Tertentu typed 278,850 among formulas; its sub kegiatan give 205,400 + 82,450 = 287,850 (digits swapped)",
    truth: `${a("r2027", "s121")}+${a("r2027", "s122")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "s212") },
    rules: ["target-trend", "target-outlier"],
    note: "2027 target of the nilai MCP KPK is 38 between 80 (2026) and 86 (2028); 83 with its digits swapped",
    truth: `(${a("k2026", "s212")}+${a("k2028", "s212")})/2`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("r2025", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2025", "k11")}+${a("r2025", "k12")}`,
    trap: `SUM(${a("r2025", "k11")}:${a("r2025", "s122")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r2029", "k11"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("r2029", "s111")}:${a("r2029", "s113")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p1"),
    trap: `SUM(${a("k2025", "p1")},${a("k2026", "p1")},${a("k2027", "p1")},${a("k2028", "p1")},${a("k2029", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "k21"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "k21"),
    trap: Y.map((y) => a(`k${y}`, "k21")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "s111"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "s111")).join("+"),
    trap: a("k2029", "s111"),
  });
  b.ok({ sheet: S, cell: a("arp", "s121"), rules: ["kondisi-akhir-mismatch"], truth: rsum("s121") });
  b.ok({
    sheet: S,
    cell: a("arp", "p2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: rsum("p2"),
  });
  b.ok({
    sheet: S,
    cell: a("k2029", "p2"),
    rules: ["target-trend"],
    truth: `${a("k2028", "p2")}-2`,
    trap: `${a("k2028", "p2")}`,
  });
  return b.finish();
}
