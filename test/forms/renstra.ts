// Plan forms: T-C.27 (Renstra programs, kegiatan, sub kegiatan and indicative funding, five years)
// and the T-C.30 Renja plan (year n with pagu indikatif, lokasi, prakiraan maju n+1), each in two
// local variants. Every name and number is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Placed,
  type Row,
} from "./kit";

type Jenis = "flow" | "level" | "negatif";

/** One T-C.27 row: indicator targets for five years, Rp for leaves (parents sum their children). */
type PlanIn = {
  id: string;
  tujuan?: string;
  sasaran?: string;
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  jenis: Jenis;
  awal: number;
  t: number[];
  rp?: number[];
  parent?: string;
  pj: string;
  lokasi?: string;
};

function rpOf(rows: PlanIn[], x: PlanIn): number[] | undefined {
  const kids = rows.filter((k) => k.parent === x.id && (k.rp || rows.some((g) => g.parent === k.id)));
  if (kids.length === 0) return x.rp;
  const parts = kids.map((k) => rpOf(rows, k)!);
  return [0, 1, 2, 3, 4].map((i) => sum(parts.map((p) => p[i])));
}

/** 1234567 -> "1,234,567" (the notes are in English) */
const id = (n: number) => n.toLocaleString("en-US");

const kfOf = (x: PlanIn) => (x.t.every(Number.isInteger) && x.jenis === "flow" ? INT : DEC);
const akhirK = (x: PlanIn) => (x.jenis === "flow" ? sum(x.t) : x.t[4]);

/** The clean claims of a plan table: kondisi akhir (K by kind, Rp the sum), parents' sums, codes. */
function planClean(b: BookW, t: Placed, rows: PlanIn[], skip: Set<string>, rpKeys: string[]): void {
  const S = t.sheet;
  const ok = (id: string, key: string, rules: string[], truth: string, trap?: string, tol?: number) => {
    if (skip.has(`${id}.${key}`)) return;
    const cell = t.a(key, id);
    b.ok({ sheet: S, cell, rules, truth, trap, tol, actual: key === "kode" ? `PARENT(${cell})` : undefined });
  };
  for (const x of rows) {
    const tk = [1, 2, 3, 4, 5].map((y) => t.a(`y${y}k`, x.id));
    if (x.jenis === "flow") ok(x.id, "akK", ["kondisi-akhir-mismatch"], tk.join("+"), tk[4]);
    else ok(x.id, "akK", ["kondisi-akhir-mismatch"], tk[4], tk.join("+"));
    const rp = rpOf(rows, x);
    if (rp) {
      ok(
        x.id,
        "akRp",
        ["kondisi-akhir-mismatch", "sum-mismatch"],
        rpKeys.map((k) => t.a(k, x.id)).join("+"),
        undefined,
        0.5,
      );
      const kids = rows.filter((k) => k.parent === x.id && rpOf(rows, k));
      // a subtotal summing the rows under it is its own kind of row, never an inconsistent formula
      if (kids.length)
        for (const key of rpKeys)
          ok(
            x.id,
            key,
            ["sum-mismatch", "inconsistent-formula"],
            kids.map((k) => t.a(key, k.id)).join("+"),
            undefined,
            0.5,
          );
      // the leaves' Rp are the inputs the totals add up: typed, and rightly so
      else for (const key of rpKeys) ok(x.id, key, ["hardcoded-value"], t.a(key, x.id), undefined, 0.5);
    }
    const parent = rows.find((p) => p.id === x.parent);
    if (x.kode && parent?.kode) ok(x.id, "kode", ["code-hierarchy"], t.a("kode", parent.id), undefined);
  }
}

// ==================================================================================== T-C.27 A

/** T-C.27 variant A: Dinas Lingkungan Hidup Kabupaten Sukamaju, Renstra 2026-2030 under a
 * letterhead, "(dalam ribuan rupiah)", ordinal "Tahun ke-1..5" headers over Target / Rp, tujuan / sasaran / program /
 * kegiatan / sub kegiatan rows, parents' Rp as SUM formulas, kondisi akhir Rp as row sums. */
export function tc27A(): BookW {
  const b = new BookW(
    "tc27-a-dlh-sukamaju.xlsx",
    "T-C.27",
    "T-C.27 funding table, DLH Kab. Sukamaju, Renstra 2026-2030 (Tahun ke-1..5, ribuan rupiah, SUM formulas)",
  );
  const s = b.sheet("T-C.27");
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUKAMAJU",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Raya Hijau No. 45, Sukamaju 45612, Telepon (0231) 654321",
  ]);
  s.lines([
    "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF",
    "DINAS LINGKUNGAN HIDUP KABUPATEN SUKAMAJU",
    "RENSTRA PERANGKAT DAERAH TAHUN 2026-2030",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const T1 = "Meningkatnya kualitas lingkungan hidup daerah";
  const SA = "Meningkatnya kualitas air dan udara";
  const SB = "Meningkatnya pengelolaan sampah";
  const K = "Kabupaten Sukamaju";
  const rows: PlanIn[] = [
    {
      id: "t1",
      tujuan: T1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      jenis: "level",
      awal: 68.42,
      t: [68.9, 69.35, 69.8, 70.25, 70.7],
      pj: "Dinas Lingkungan Hidup",
      lokasi: K,
    },
    {
      id: "s1",
      sasaran: SA,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      jenis: "level",
      awal: 52.3,
      t: [53, 53.8, 54.6, 55.4, 56.2],
      pj: "Bidang Pengendalian Pencemaran",
      lokasi: K,
    },
    {
      id: "s2",
      sasaran: SA,
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      jenis: "level",
      awal: 86.15,
      t: [86.4, 86.7, 87, 87.3, 87.6],
      pj: "Bidang Pengendalian Pencemaran",
      lokasi: K,
    },
    {
      id: "s3",
      sasaran: SB,
      ind: "Persentase sampah yang tertangani",
      sat: "%",
      jenis: "level",
      awal: 61.8,
      t: [64, 67, 70, 73, 76],
      pj: "Bidang Pengelolaan Sampah",
      lokasi: K,
    },
    {
      id: "s4",
      sasaran: SB,
      ind: "Timbulan sampah per kapita per hari",
      sat: "kg/orang/hari",
      jenis: "negatif",
      awal: 0.7,
      t: [0.68, 0.66, 0.64, 0.62, 0.6],
      pj: "Bidang Pengelolaan Sampah",
      lokasi: K,
    },
    {
      id: "p1",
      kode: "2.11.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Nilai evaluasi SAKIP Dinas Lingkungan Hidup",
      sat: "nilai",
      jenis: "level",
      awal: 66.5,
      t: [68, 70, 72, 74, 76],
      pj: "Sekretariat",
      lokasi: K,
    },
    {
      id: "k1",
      kode: "2.11.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Persentase laporan keuangan perangkat daerah yang tersusun tepat waktu",
      sat: "%",
      jenis: "level",
      awal: 100,
      t: [100, 100, 100, 100, 100],
      parent: "p1",
      pj: "Sekretariat",
      lokasi: K,
    },
    {
      id: "sk1",
      kode: "2.11.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah dokumen pembayaran gaji dan tunjangan ASN",
      sat: "dokumen",
      jenis: "flow",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      rp: [9_845_600, 10_140_900, 10_445_100, 10_758_500, 11_081_300],
      parent: "k1",
      pj: "Sekretariat",
      lokasi: K,
    },
    {
      id: "sk2",
      kode: "2.11.01.2.02.0003",
      nama: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
      ind: "Jumlah dokumen penatausahaan dan verifikasi keuangan SKPD",
      sat: "dokumen",
      jenis: "flow",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      rp: [184_500, 192_800, 201_400, 210_500, 219_900],
      parent: "k1",
      pj: "Sekretariat",
      lokasi: K,
    },
    {
      id: "k2",
      kode: "2.11.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Persentase kebutuhan administrasi umum perangkat daerah yang terpenuhi",
      sat: "%",
      jenis: "level",
      awal: 100,
      t: [100, 100, 100, 100, 100],
      parent: "p1",
      pj: "Sekretariat",
      lokasi: K,
    },
    {
      id: "sk3",
      kode: "2.11.01.2.06.0001",
      nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      ind: "Jumlah paket komponen instalasi listrik/penerangan bangunan kantor yang disediakan",
      sat: "paket",
      jenis: "flow",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      rp: [45_600, 47_400, 49_300, 51_300, 53_400],
      parent: "k2",
      pj: "Sekretariat",
      lokasi: K,
    },
    {
      id: "sk4",
      kode: "2.11.01.2.06.0002",
      nama: "Penyediaan Peralatan dan Perlengkapan Kantor",
      ind: "Jumlah paket peralatan dan perlengkapan kantor yang disediakan",
      sat: "paket",
      jenis: "flow",
      awal: 2,
      t: [2, 2, 2, 2, 2],
      rp: [312_750, 325_300, 338_300, 351_800, 365_900],
      parent: "k2",
      pj: "Sekretariat",
      lokasi: K,
    },
    {
      id: "p2",
      kode: "2.11.11",
      nama: "Program Pengelolaan Persampahan",
      ind: "Persentase sampah yang terkelola di TPA sesuai standar",
      sat: "%",
      jenis: "level",
      awal: 50,
      t: [55, 60, 65, 70, 75],
      pj: "Bidang Pengelolaan Sampah",
      lokasi: K,
    },
    {
      id: "k3",
      kode: "2.11.11.2.01",
      nama: "Pengelolaan Sampah",
      ind: "Persentase timbulan sampah yang tertangani",
      sat: "%",
      jenis: "level",
      awal: 63.5,
      t: [66, 69, 72, 75, 78],
      parent: "p2",
      pj: "Bidang Pengelolaan Sampah",
      lokasi: K,
    },
    {
      id: "sk5",
      kode: "2.11.11.2.01.0001",
      nama: "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir Sampah",
      ind: "Jumlah paket sarana pengangkutan sampah yang diadakan",
      sat: "paket",
      jenis: "flow",
      awal: 2,
      t: [3, 3, 4, 4, 4],
      rp: [4_275_000, 4_410_500, 5_826_000, 6_012_400, 6_198_700],
      parent: "k3",
      pj: "Bidang Pengelolaan Sampah",
      lokasi: "17 Kecamatan",
    },
    {
      id: "sk6",
      kode: "2.11.11.2.01.0004",
      nama: "Pengembangan Teknologi Pengolahan Sampah",
      ind: "Jumlah unit TPS3R yang dibangun",
      sat: "unit",
      jenis: "flow",
      awal: 1,
      t: [2, 2, 3, 3, 3],
      rp: [1_864_200, 1_925_800, 2_847_300, 2_933_600, 3_025_400],
      parent: "k3",
      pj: "Bidang Pengelolaan Sampah",
      lokasi: "Kecamatan Sukamaju, Cibeureum, Tanjungsari",
    },
    {
      id: "sk7",
      kode: "2.11.11.2.01.0007",
      nama: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
      ind: "Jumlah paket sarana dan prasarana TPA yang disediakan",
      sat: "paket",
      jenis: "flow",
      awal: 1,
      t: [1, 1, 2, 2, 1],
      rp: [986_400, 1_017_300, 1_682_500, 1_734_900, 1_041_200],
      parent: "k3",
      pj: "Bidang Pengelolaan Sampah",
      lokasi: "TPA Cibodas",
    },
  ];
  const cols: Col[] = [
    { key: "tujuan", head: ["Tujuan"], role: "tujuan", num: "(1)", width: 22 },
    { key: "sasaran", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(3)", width: 18 },
    { key: "prog", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(4)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome), Kegiatan (output) dan Sub Kegiatan"],
      role: "indikator",
      num: "(5)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(6)" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan"], role: "kondisi-awal", num: "(7)" },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  for (let y = 1; y <= 5; y++)
    cols.push(
      {
        key: `y${y}k`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2025 + y,
        num: `(${6 + 2 * y})`,
      },
      {
        key: `y${y}rp`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2025 + y,
        num: `(${7 + 2 * y})`,
        fmt: RP,
      },
    );
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(18)" },
    { key: "akRp", head: [AK, "Rp"], num: "(19)", fmt: RP },
    {
      key: "pj",
      head: ["Unit Kerja Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(20)",
    },
    { key: "lokasi", head: ["Lokasi"], role: "lokasi", num: "(21)" },
  );
  const RPK = [1, 2, 3, 4, 5].map((y) => `y${y}rp`);
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    cells: (c) => {
      const kf = kfOf(x);
      const out: Record<string, Cell> = {
        tujuan: x.tujuan,
        sasaran: x.sasaran,
        kode: x.kode,
        prog: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, kf),
        akK: fmt(x.id === "k3" ? sum(x.t) : akhirK(x), kf),
        pj: x.pj,
        lokasi: x.lokasi,
      };
      x.t.forEach((v, i) => (out[`y${i + 1}k`] = fmt(v, kf)));
      const kids = rows.filter((k) => k.parent === x.id);
      if (x.rp) {
        x.rp.forEach((v, i) => (out[`y${i + 1}rp`] = v));
        out.akRp = x.id === "sk2" ? sum(x.rp) + 81_000 : sum(x.rp);
      } else if (kids.length) {
        for (const key of RPK) {
          const a = (id: string) => c.a(key, id);
          const contiguous = kids.every((k, i) => i === 0 || c.row(k.id) === c.row(kids[i - 1].id) + 1);
          let f = contiguous
            ? `SUM(${a(kids[0].id)}:${a(kids[kids.length - 1].id)})`
            : `SUM(${kids.map((k) => a(k.id)).join(",")})`;
          if (x.id === "k3" && key === "y3rp") f = `SUM(${a("sk5")}:${a("sk6")})`;
          out[key] = fx(f);
        }
        out.akRp = fx(RPK.map((k) => c.a(k)).join("+"));
      }
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body, vmerge: ["sasaran"] });
  s.gap();
  signature(s, 18, {
    tempat: "Sukamaju, 3 Maret 2026",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN SUKAMAJU"],
    nama: "Ir. Dedi Supriatna, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700214 199603 1 002",
  });
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("akRp", "sk2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 2.11.01.2.02.0003 is 1,090,100; the five years add up to 1,009,100 (thousand rupiah)",
    truth: RPK.map((k) => t.a(k, "sk2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("y3rp", "k3") },
    rules: ["sum-mismatch"],
    note: "kegiatan 2.11.11.2.01 Rp Tahun ke-3 (2028) is =SUM over two of its three sub kegiatan (8,673,300); all three add up to 10,355,800",
    truth: ["sk5", "sk6", "sk7"].map((id) => t.a("y3rp", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("akK", "k3") },
    rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
    note: "kondisi akhir K of a percentage (persentase timbulan sampah tertangani) is the sum of the five targets (360.00); it is the last target, 78.00",
    truth: t.a("y5k", "k3"),
  });
  planClean(
    b,
    t,
    rows,
    new Set(["sk2.akRp", "k1.akRp", "k3.y3rp", "p2.y3rp", "k3.akRp", "p2.akRp", "k3.akK"]),
    RPK,
  );
  for (const y of [1, 2, 3, 4, 5])
    b.ok({
      sheet: S,
      cell: t.a(`y${y}k`, "s4"),
      rules: ["target-trend", "target-outlier"],
      truth: t.a(`y${y}k`, "s4"),
    });
  return b.finish();
}

// ==================================================================================== T-C.27 B

/** T-C.27 variant B: Dinas Ketahanan Pangan Kota Banyuasri, 2025-2029 written in the header, full
 * rupiah, typed parents (no formulas), group headers written once and not merged, the number row
 * merged over K/Rp pairs, a second indicator without a code under a sub kegiatan, a JUMLAH row. */
export function tc27B(): BookW {
  const b = new BookW(
    "tc27-b-dkp-banyuasri.xlsx",
    "T-C.27",
    "T-C.27 funding table, Dinas Ketahanan Pangan Kota Banyuasri 2025-2029 (typed totals, unmerged headers, JUMLAH row)",
  );
  const s = b.sheet("Tabel 6.1");
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan, dan Pendanaan Indikatif Dinas Ketahanan Pangan Kota Banyuasri Tahun 2025-2029",
  ]);
  s.gap();
  const SAS = "Meningkatnya ketahanan pangan daerah";
  const rows: PlanIn[] = [
    {
      id: "a1",
      sasaran: SAS,
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      jenis: "level",
      awal: 88.6,
      t: [89.2, 89.8, 90.4, 91, 91.6],
      pj: "Dinas Ketahanan Pangan",
    },
    {
      id: "a2",
      sasaran: SAS,
      ind: "Persentase kelurahan rentan rawan pangan",
      sat: "%",
      jenis: "negatif",
      awal: 8.5,
      t: [8, 7.5, 7, 6.5, 6],
      pj: "Dinas Ketahanan Pangan",
    },
    {
      id: "p1",
      kode: "2.09.02",
      nama: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
      ind: "Rasio ketersediaan pangan pokok terhadap kebutuhan",
      sat: "%",
      jenis: "level",
      awal: 101.4,
      t: [102, 103, 104, 105, 106],
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "k1",
      kode: "2.09.02.2.01",
      nama: "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota dalam rangka Stabilisasi Pasokan dan Harga Pangan",
      ind: "Jumlah cadangan pangan pemerintah daerah yang tersedia",
      sat: "ton",
      jenis: "level",
      awal: 70,
      t: [75, 80, 85, 90, 95],
      parent: "p1",
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "sk1",
      kode: "2.09.02.2.01.0002",
      nama: "Pengadaan Cadangan Pangan Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah cadangan pangan yang diadakan",
      sat: "ton",
      jenis: "flow",
      awal: 18,
      t: [20, 20, 25, 25, 30],
      rp: [312_500_000, 318_750_000, 406_250_000, 414_375_000, 507_000_000],
      parent: "k1",
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "sk1b",
      ind: "Jumlah titik distribusi cadangan pangan",
      sat: "titik",
      jenis: "level",
      awal: 10,
      t: [12, 12, 14, 14, 16],
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "sk2",
      kode: "2.09.02.2.01.0005",
      nama: "Penyaluran Cadangan Pangan",
      ind: "Jumlah paket penyaluran cadangan pangan",
      sat: "paket",
      jenis: "flow",
      awal: 4,
      t: [4, 4, 5, 5, 6],
      rp: [186_400_000, 193_850_000, 241_600_000, 251_250_000, 301_800_000],
      parent: "k1",
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "k2",
      kode: "2.09.02.2.02",
      nama: "Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota",
      ind: "Jumlah dokumen neraca dan pemantauan cadangan pangan",
      sat: "dokumen",
      jenis: "flow",
      awal: 13,
      t: [13, 13, 13, 13, 13],
      parent: "p1",
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "sk3",
      kode: "2.09.02.2.02.0001",
      nama: "Penyusunan Neraca Bahan Makanan",
      ind: "Jumlah dokumen neraca bahan makanan",
      sat: "dokumen",
      jenis: "flow",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      rp: [74_500_000, 77_480_000, 80_580_000, 83_800_000, 87_150_000],
      parent: "k2",
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "sk4",
      kode: "2.09.02.2.02.0001",
      nama: "Pemantauan Stok, Pasokan dan Harga Pangan",
      ind: "Jumlah laporan pemantauan stok, pasokan dan harga pangan",
      sat: "laporan",
      jenis: "flow",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      rp: [126_000_000, 131_040_000, 136_280_000, 141_730_000, 147_400_000],
      parent: "k2",
      pj: "Bidang Ketersediaan dan Distribusi Pangan",
    },
    {
      id: "p2",
      kode: "2.09.04",
      nama: "Program Pengawasan Keamanan Pangan",
      ind: "Persentase pangan segar asal tumbuhan yang memenuhi syarat keamanan pangan",
      sat: "%",
      jenis: "level",
      awal: 89.2,
      t: [90, 91, 92, 93, 94],
      pj: "Bidang Konsumsi dan Keamanan Pangan",
    },
    {
      id: "k3",
      kode: "2.09.04.2.01",
      nama: "Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota",
      ind: "Jumlah sampel pangan segar yang diuji",
      sat: "sampel",
      jenis: "flow",
      awal: 220,
      t: [240, 260, 280, 300, 320],
      parent: "p2",
      pj: "Bidang Konsumsi dan Keamanan Pangan",
    },
    {
      id: "sk5",
      kode: "2.09.04.2.01.0001",
      nama: "Pengawasan Keamanan dan Mutu Pangan Segar Distribusi Wilayah Kabupaten/Kota",
      ind: "Jumlah sampel pangan segar yang diuji",
      sat: "sampel",
      jenis: "flow",
      awal: 220,
      t: [240, 260, 280, 300, 320],
      rp: [218_400_000, 236_600_000, 254_800_000, 273_000_000, 291_200_000],
      parent: "k3",
      pj: "Bidang Konsumsi dan Keamanan Pangan",
    },
    {
      id: "sk6",
      kode: "2.09.04.2.01.0002",
      nama: "Sertifikasi dan Registrasi bagi Usaha Pangan Segar Asal Tumbuhan",
      ind: "Jumlah sertifikat dan nomor registrasi pangan segar yang diterbitkan",
      sat: "sertifikat",
      jenis: "flow",
      awal: 36,
      t: [40, 45, 50, 55, 60],
      rp: [96_000_000, 108_000_000, 120_000_000, 132_000_000, 144_000_000],
      parent: "k3",
      pj: "Bidang Konsumsi dan Keamanan Pangan",
    },
  ];
  const cols: Col[] = [
    { key: "sasaran", head: ["Sasaran"], role: "sasaran", num: 1, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "prog", head: ["Program/Kegiatan/Sub Kegiatan"], num: 3, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: 6 },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  for (let y = 1; y <= 5; y++)
    cols.push(
      { key: `y${y}k`, head: [G, String(2024 + y), "K"], role: "target", year: 2024 + y, num: 6 + y },
      {
        key: `y${y}rp`,
        head: [G, String(2024 + y), "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 6 + y,
        fmt: RP,
      },
    );
  cols.push(
    { key: "akK", head: ["Kondisi Kinerja pada Akhir Periode Renstra", "K"], role: "kondisi-akhir", num: 12 },
    { key: "akRp", head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"], num: 12, fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 13 },
  );
  const RPK = [1, 2, 3, 4, 5].map((y) => `y${y}rp`);
  const rpVals = new Map(rows.map((x) => [x.id, rpOf(rows, x)]));
  const plantK1 = 9_000_000;
  const body: Row[] = rows.map((x) => {
    const kf = kfOf(x);
    const out: Record<string, Cell> = {
      sasaran: x.sasaran,
      kode: x.kode,
      prog: x.nama,
      ind: x.ind,
      sat: x.sat,
      awal: fmt(x.awal, kf),
      akK: fmt(akhirK(x), kf),
      pj: x.pj,
    };
    x.t.forEach((v, i) => (out[`y${i + 1}k`] = fmt(v, kf)));
    const rp = rpVals.get(x.id);
    if (rp) {
      rp.forEach((v, i) => (out[`y${i + 1}rp`] = v));
      out.akRp = sum(rp);
    }
    if (x.id === "k1") out.y2rp = rp![1] + plantK1;
    return { id: x.id, cells: out };
  });
  const total = [0, 1, 2, 3, 4].map((i) => rpVals.get("p1")![i] + rpVals.get("p2")![i]);
  const jumlah: Record<string, Cell> = { sasaran: "JUMLAH", akRp: sum(total) };
  total.forEach((v, i) => (jumlah[`y${i + 1}rp`] = i === 2 ? v - 100_000_000 : v));
  body.push({ id: "jml", cells: jumlah, bold: true, span: ["sasaran", "awal"] });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    groups: "first",
    rows: body,
    vmerge: ["sasaran"],
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir Renstra Dinas Ketahanan Pangan Kota Banyuasri 2025-2029"]);
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("y2rp", "k1") },
    rules: ["sum-mismatch"],
    note: "kegiatan 2.09.02.2.01 Rp 2026 is 521,600,000; its sub kegiatan add up to 512,600,000 (program, JUMLAH and its kondisi akhir use 512,600,000)",
    truth: `${t.a("y2rp", "sk1")}+${t.a("y2rp", "sk2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("y3rp", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH Rp 2027 is 100,000,000 less than the two programs (${id(rpVals.get("p1")![2])} + ${id(rpVals.get("p2")![2])})`,
    truth: `${t.a("y3rp", "p1")}+${t.a("y3rp", "p2")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t.a("kode", "sk4") },
        { sheet: S, cell: t.a("kode", "sk3") },
      ],
    },
    rules: ["duplicate-code"],
    note: "sub kegiatan code 2.09.02.2.02.0001 is used twice (Penyusunan Neraca Bahan Makanan and Pemantauan Stok, Pasokan dan Harga Pangan)",
    truth: "1",
    actual: `COUNTIF(${t.a("kode", "p1")}:${t.a("kode", "sk6")},${t.a("kode", "sk4")})`,
  });
  planClean(
    b,
    t,
    rows.filter((x) => x.id !== "sk1b"),
    new Set(["k1.y2rp", "k1.akRp", "p1.y2rp"]),
    RPK,
  );
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: t.a(`y${y}rp`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${t.a(`y${y}rp`, "p1")}+${t.a(`y${y}rp`, "p2")}`,
      tol: 0.5,
    });
  // a JUMLAH row adds money; it has no indicator and needs no target
  for (const y of [1, 3, 5])
    b.ok({ sheet: S, cell: t.a(`y${y}k`, "jml"), rules: ["missing-value"], truth: '""' });
  for (const y of [1, 2, 3, 4, 5]) {
    const a = t.a(`y${y}k`, "p1");
    b.ok({ sheet: S, cell: a, rules: ["percent-out-of-range"], truth: a });
    const n = t.a(`y${y}k`, "a2");
    b.ok({ sheet: S, cell: n, rules: ["target-trend", "target-outlier"], truth: n });
  }
  b.ok({ sheet: S, cell: t.a("akK", "k1"), rules: ["kondisi-akhir-mismatch"], truth: t.a("y5k", "k1") });
  return b.finish();
}

// ==================================================================================== T-C.30

type RenjaIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat?: string;
  t: number;
  maju: number;
  pagu?: number;
  paguMaju?: number;
  lokasi?: string;
  kelompok?: string;
  sumber?: string;
  parent?: string;
  kf?: string;
};

function paguOf(rows: RenjaIn[], x: RenjaIn, key: "pagu" | "paguMaju"): number {
  const kids = rows.filter((k) => k.parent === x.id);
  if (kids.length === 0) return x[key]!;
  return sum(kids.map((k) => paguOf(rows, k, key)));
}

function renjaClean(b: BookW, t: Placed, rows: RenjaIn[], skip: Set<string>): void {
  for (const x of rows) {
    const kids = rows.filter((k) => k.parent === x.id);
    for (const key of ["pagu", "paguMaju"]) {
      if (!kids.length || skip.has(`${x.id}.${key}`)) continue;
      b.ok({
        sheet: t.sheet,
        cell: t.a(key, x.id),
        rules: ["sum-mismatch"],
        truth: kids.map((k) => t.a(key, k.id)).join("+"),
        tol: 0.5,
      });
    }
    const parent = rows.find((p) => p.id === x.parent);
    if (parent && !skip.has(`${x.id}.kode`))
      b.ok({
        sheet: t.sheet,
        cell: t.a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: t.a("kode", parent.id),
        actual: `PARENT(${t.a("kode", x.id)})`,
      });
  }
}

/** T-C.30 variant A: Dinas Tenaga Kerja Kabupaten Karangsari, Renja 2025 with prakiraan maju 2026
 * (years in the header), lokasi first, a Catatan Penting column, a Jumlah row. */
export function tc30A(): BookW {
  const b = new BookW(
    "tc30-a-disnaker-karangsari.xlsx",
    "T-C.30",
    "T-C.30 Renja plan, Disnaker Kab. Karangsari 2025 + prakiraan maju 2026 (Jumlah row)",
  );
  const s = b.sheet("T-C.30");
  s.lines([
    "Tabel T-C.30",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Kabupaten Karangsari",
    "Nama Perangkat Daerah: Dinas Tenaga Kerja",
  ]);
  s.gap();
  const L = "Kabupaten Karangsari";
  const rows: RenjaIn[] = [
    {
      id: "p1",
      kode: "2.07.03",
      nama: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      ind: "Persentase lulusan pelatihan berbasis kompetensi yang ditempatkan (%)",
      t: 62,
      maju: 65,
      lokasi: L,
      sumber: "APBD",
      kf: DEC,
    },
    {
      id: "k1",
      kode: "2.07.03.2.01",
      nama: "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
      ind: "Jumlah peserta pelatihan berbasis kompetensi (orang)",
      t: 480,
      maju: 520,
      lokasi: L,
      sumber: "APBD, DAK Non Fisik",
      parent: "p1",
    },
    {
      id: "sk1",
      kode: "2.07.03.2.01.0001",
      nama: "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi",
      ind: "Jumlah pencari kerja yang mengikuti pelatihan berbasis klaster kompetensi (orang)",
      t: 320,
      maju: 352,
      pagu: 2_184_650_000,
      paguMaju: 2_403_100_000,
      lokasi: "UPT BLK Karangsari",
      sumber: "APBD, DAK Non Fisik",
      parent: "k1",
    },
    {
      id: "sk2",
      kode: "2.07.03.2.01.0003",
      nama: "Pengembangan Pelatihan Kerja untuk Peningkatan Produktivitas Tenaga Kerja",
      ind: "Jumlah tenaga kerja yang mengikuti pelatihan peningkatan produktivitas (orang)",
      t: 160,
      maju: 168,
      pagu: 1_046_800_000,
      paguMaju: 1_099_150_000,
      lokasi: "Kecamatan Karangsari, Kecamatan Sidomulyo",
      sumber: "APBD",
      parent: "k1",
    },
    {
      id: "k2",
      kode: "2.07.03.2.02",
      nama: "Pembinaan Lembaga Pelatihan Kerja Swasta",
      ind: "Jumlah lembaga pelatihan kerja swasta yang dibina (lembaga)",
      t: 24,
      maju: 26,
      lokasi: L,
      sumber: "APBD",
      parent: "p1",
    },
    {
      id: "sk3",
      kode: "2.07.03.2.02.0001",
      nama: "Pengembangan Lembaga Pelatihan Kerja Swasta",
      ind: "Jumlah lembaga pelatihan kerja swasta yang difasilitasi akreditasi (lembaga)",
      t: 24,
      maju: 26,
      pagu: 187_500_000,
      paguMaju: 203_100_000,
      lokasi: L,
      sumber: "APBD",
      parent: "k2",
    },
    {
      id: "p2",
      kode: "2.07.04",
      nama: "Program Penempatan Tenaga Kerja",
      ind: "Tingkat penempatan pencari kerja yang terdaftar (%)",
      t: 48,
      maju: 50,
      lokasi: L,
      sumber: "APBD",
      kf: DEC,
    },
    {
      id: "k3",
      kode: "2.07.04.2.01",
      nama: "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
      ind: "Jumlah pencari kerja yang ditempatkan (orang)",
      t: 2400,
      maju: 2500,
      lokasi: L,
      sumber: "APBD",
      parent: "p2",
    },
    {
      id: "sk4",
      kode: "2.07.04.2.01.0001",
      nama: "Penyediaan Informasi Pasar Kerja",
      ind: "Jumlah dokumen informasi pasar kerja (dokumen)",
      t: 4,
      maju: 4,
      pagu: 96_400_000,
      paguMaju: 100_250_000,
      lokasi: L,
      sumber: "APBD",
      parent: "k3",
    },
    {
      id: "sk5",
      kode: "2.07.04.2.01.0004",
      nama: "Penyelenggaraan Bursa Kerja",
      ind: "Jumlah penyelenggaraan bursa kerja (kali)",
      t: 3,
      maju: 3,
      pagu: 412_750_000,
      paguMaju: 428_600_000,
      lokasi: "Gedung Serbaguna Karangsari",
      sumber: "APBD",
      parent: "k3",
    },
    {
      id: "sk6",
      kode: "2.07.04.2.01.0007",
      nama: "Fasilitasi Penempatan Tenaga Kerja",
      ind: "Jumlah pencari kerja yang difasilitasi penempatannya (orang)",
      t: 2400,
      maju: 2500,
      pagu: 238_900_000,
      paguMaju: 248_460_000,
      lokasi: L,
      sumber: "APBD",
      parent: "k3",
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    {
      key: "nama",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: 2,
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program/Kegiatan/Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "lokasi", head: ["Rencana Tahun 2025", "Lokasi"], role: "lokasi", num: 4, width: 22 },
    { key: "t", head: ["Rencana Tahun 2025", "Target Capaian Kinerja"], role: "target", year: 2025, num: 5 },
    {
      key: "pagu",
      head: ["Rencana Tahun 2025", "Kebutuhan Dana/Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 6,
      fmt: RP,
      width: 18,
    },
    { key: "sumber", head: ["Rencana Tahun 2025", "Sumber Dana"], num: 7 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 8 },
    {
      key: "maju",
      head: ["Prakiraan Maju Rencana Tahun 2026", "Target Capaian Kinerja"],
      role: "target",
      year: 2026,
      num: 9,
    },
    {
      key: "paguMaju",
      head: ["Prakiraan Maju Rencana Tahun 2026", "Kebutuhan Dana/Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 10,
      fmt: RP,
      width: 18,
    },
  ];
  const pagu = new Map(rows.map((x) => [x.id, paguOf(rows, x, "pagu")]));
  const maju = new Map(rows.map((x) => [x.id, paguOf(rows, x, "paguMaju")]));
  const plantP2 = 36_000_000;
  const body: Row[] = [
    { id: "u", cells: { kode: "2.07", nama: "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA" }, bold: true },
    ...rows.map((x) => {
      const kf = x.kf ?? INT;
      return {
        id: x.id,
        cells: {
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          lokasi: x.lokasi,
          t: fmt(x.t, kf),
          pagu: pagu.get(x.id)! + (x.id === "p2" ? plantP2 : 0),
          sumber: x.sumber,
          maju: fmt(x.maju, kf),
          paguMaju: maju.get(x.id),
        },
      };
    }),
  ];
  const totalMaju = maju.get("p1")! + maju.get("p2")!;
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "t"],
    cells: (c) => ({
      kode: "Jumlah",
      pagu: fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`),
      paguMaju: totalMaju - 150_000_000,
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  signature(s, 9, {
    tempat: "Karangsari, 18 Juli 2024",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "KABUPATEN KARANGSARI"],
    nama: "Drs. Heru Wibisono, M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720503 199803 1 005",
  });
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("pagu", "p2") },
    rules: ["sum-mismatch"],
    note: "program 2.07.04 pagu 2025 is 784,050,000; its one kegiatan (and its sub kegiatan) total 748,050,000",
    truth: t.a("pagu", "k3"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("paguMaju", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah prakiraan maju 2026 is a typed total 150,000,000 short of the two programs",
    truth: `${t.a("paguMaju", "p1")}+${t.a("paguMaju", "p2")}`,
  });
  renjaClean(b, t, rows, new Set(["p2.pagu"]));
  return b.finish();
}

/** T-C.30 variant B: Disdukcapil Kota Tirtamulya, Renja 2026; "Tahun Rencana (n)" and "Prakiraan
 * Maju (n+1)" resolved from the title, a Satuan column, lokasi after the pagu, kelompok sasaran,
 * no total row. */
export function tc30B(): BookW {
  const b = new BookW(
    "tc30-b-disdukcapil-tirtamulya.xlsx",
    "T-C.30",
    "T-C.30 Renja plan, Disdukcapil Kota Tirtamulya 2026 (n and n+1 headers resolved from the title)",
  );
  const s = b.sheet("Renja 2026");
  letterhead(s, ["PEMERINTAH KOTA TIRTAMULYA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "RENCANA KERJA (RENJA) DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TIRTAMULYA TAHUN 2026",
    "Rumusan Rencana Program, Kegiatan dan Sub Kegiatan Tahun Rencana (n) dan Prakiraan Maju (n+1)",
  ]);
  s.gap();
  const L = "Kota Tirtamulya";
  const rows: RenjaIn[] = [
    {
      id: "p1",
      kode: "2.12.02",
      nama: "Program Pendaftaran Penduduk",
      ind: "Persentase penduduk wajib KTP-el yang telah melakukan perekaman",
      sat: "%",
      t: 99.2,
      maju: 99.4,
      kf: DEC,
    },
    {
      id: "k1",
      kode: "2.12.02.2.01",
      nama: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah dokumen pendaftaran penduduk yang diterbitkan",
      sat: "dokumen",
      t: 86_500,
      maju: 88_000,
      parent: "p1",
    },
    {
      id: "sk1",
      kode: "2.12.02.2.01.0001",
      nama: "Penerbitan Dokumen Pendaftaran Penduduk",
      ind: "Jumlah dokumen pendaftaran penduduk yang diterbitkan",
      sat: "dokumen",
      t: 86_500,
      maju: 88_000,
      pagu: 1_246_800_000,
      paguMaju: 1_298_400_000,
      lokasi: L,
      kelompok: "Penduduk Kota Tirtamulya",
      sumber: "APBD",
      parent: "k1",
    },
    {
      id: "sk2",
      kode: "2.12.02.2.01.0002",
      nama: "Pelayanan Pendaftaran Penduduk Jemput Bola",
      ind: "Jumlah layanan jemput bola perekaman KTP-el",
      sat: "kali",
      t: 48,
      maju: 48,
      pagu: 312_650_000,
      paguMaju: 325_150_000,
      lokasi: "12 Kelurahan",
      kelompok: "Penduduk rentan administrasi kependudukan",
      sumber: "APBD",
      parent: "k1",
    },
    {
      id: "k2",
      kode: "2.12.02.2.02",
      nama: "Penataan Pendaftaran Penduduk",
      ind: "Jumlah dokumen hasil penataan pendaftaran penduduk",
      sat: "dokumen",
      t: 3,
      maju: 3,
      parent: "p1",
    },
    {
      id: "sk3",
      kode: "2.12.02.2.02.0001",
      nama: "Penyusunan Profil Perkembangan Kependudukan",
      ind: "Jumlah dokumen profil perkembangan kependudukan",
      sat: "dokumen",
      t: 1,
      maju: 1,
      pagu: 86_200_000,
      paguMaju: 89_650_000,
      lokasi: L,
      kelompok: "Perangkat Daerah",
      sumber: "APBD",
      parent: "k2",
    },
    {
      id: "sk4",
      kode: "2.12.02.2.01.0003",
      nama: "Pendataan Penduduk Non Permanen",
      ind: "Jumlah dokumen pendataan penduduk non permanen",
      sat: "dokumen",
      t: 2,
      maju: 2,
      pagu: 124_350_000,
      paguMaju: 129_300_000,
      lokasi: L,
      kelompok: "Penduduk non permanen",
      sumber: "APBD",
      parent: "k2",
    },
    {
      id: "p2",
      kode: "2.12.03",
      nama: "Program Pencatatan Sipil",
      ind: "Persentase kepemilikan akta kelahiran penduduk usia 0-18 tahun",
      sat: "%",
      t: 98.6,
      maju: 98.9,
      kf: DEC,
    },
    {
      id: "k3",
      kode: "2.12.03.2.01",
      nama: "Pelayanan Pencatatan Sipil",
      ind: "Jumlah akta pencatatan sipil yang diterbitkan",
      sat: "akta",
      t: 24_800,
      maju: 25_300,
      parent: "p2",
    },
    {
      id: "sk5",
      kode: "2.12.03.2.01.0001",
      nama: "Pencatatan Kelahiran",
      ind: "Jumlah akta kelahiran yang diterbitkan",
      sat: "akta",
      t: 18_400,
      maju: 18_750,
      pagu: 742_500_000,
      paguMaju: 772_200_000,
      lokasi: L,
      kelompok: "Penduduk Kota Tirtamulya",
      sumber: "APBD",
      parent: "k3",
    },
    {
      id: "sk6",
      kode: "2.12.03.2.01.0003",
      nama: "Pencatatan Kematian",
      ind: "Jumlah akta kematian yang diterbitkan",
      sat: "akta",
      t: 4100,
      maju: 4200,
      pagu: 168_900_000,
      paguMaju: 175_650_000,
      lokasi: L,
      kelompok: "Penduduk Kota Tirtamulya",
      sumber: "APBD",
      parent: "k3",
    },
    {
      id: "sk7",
      kode: "2.12.03.2.01.0005",
      nama: "Pencatatan Perkawinan dan Perceraian",
      ind: "Jumlah akta perkawinan dan perceraian yang diterbitkan",
      sat: "akta",
      t: 2300,
      maju: 2350,
      pagu: 97_800_000,
      paguMaju: 101_700_000,
      lokasi: L,
      kelompok: "Penduduk Kota Tirtamulya",
      sumber: "APBD",
      parent: "k3",
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nama", head: ["Program/Kegiatan/Sub Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Tahun Rencana (n)", "Target"], role: "target", year: 2026 },
    {
      key: "pagu",
      head: ["Tahun Rencana (n)", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      fmt: RP,
      width: 18,
    },
    { key: "lokasi", head: ["Tahun Rencana (n)", "Lokasi"], role: "lokasi", width: 20 },
    { key: "kelompok", head: ["Tahun Rencana (n)", "Kelompok Sasaran"], width: 24 },
    { key: "sumber", head: ["Tahun Rencana (n)", "Sumber Dana"] },
    { key: "maju", head: ["Prakiraan Maju (n+1)", "Target"], role: "target", year: 2027 },
    {
      key: "paguMaju",
      head: ["Prakiraan Maju (n+1)", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2027,
      fmt: RP,
      width: 18,
    },
  ];
  const pagu = new Map(rows.map((x) => [x.id, paguOf(rows, x, "pagu")]));
  const maju = new Map(rows.map((x) => [x.id, paguOf(rows, x, "paguMaju")]));
  const plantK3 = 45_000_000;
  const body: Row[] = rows.map((x) => {
    const kf = x.kf ?? INT;
    return {
      id: x.id,
      cells: {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        t: fmt(x.t, kf),
        pagu: pagu.get(x.id),
        lokasi: x.lokasi,
        kelompok: x.kelompok,
        sumber: x.sumber,
        maju: fmt(x.maju, kf),
        paguMaju: maju.get(x.id)! + (x.id === "k3" ? plantK3 : 0),
      },
    };
  });
  const t = s.table({ cols, headerRows: 2, rows: body });
  s.gap();
  signature(s, 9, {
    tempat: "Tirtamulya, 2 Juni 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KOTA TIRTAMULYA"],
    nama: "Rahmat Hidayatullah, S.Sos., M.Si.",
    nip: "19760921 200003 1 003",
  });
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("paguMaju", "k3") },
    rules: ["sum-mismatch"],
    note: "kegiatan 2.12.03.2.01 prakiraan maju pagu (2027) is 1,094,550,000; its sub kegiatan add up to 1,049,550,000 (the program uses 1,049,550,000)",
    truth: ["sk5", "sk6", "sk7"].map((id) => t.a("paguMaju", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("kode", "sk4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan code 2.12.02.2.01.0003 sits under kegiatan 2.12.02.2.02 (Penataan Pendaftaran Penduduk)",
    truth: t.a("kode", "k2"),
    actual: `PARENT(${t.a("kode", "sk4")})`,
  });
  renjaClean(b, t, rows, new Set(["k3.paguMaju", "p2.paguMaju", "sk4.kode"]));
  return b.finish();
}
