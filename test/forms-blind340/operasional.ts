// PK + Renstra and two recaps of operational data of the 340th set (Dinas Perpustakaan dan
// Kearsipan, Kabupaten Lembah Sirih and Kota Tanjung Lontar). Invented places, people and numbers.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Row } from "../forms/kit";

// ------------------------------------------------------------------------------------ PK + Renstra

type Ik = { sas: string; ind: string; sat: string; awal: number; k: number[]; flow?: boolean; pk?: number };

export function pkPerpustakaan(): BookW {
  const book = new BookW(
    "pk-2025-dispusip-tanjung-lontar-340.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 Kepala Dinas Perpustakaan dan Kearsipan Kota Tanjung Lontar, with its Renstra",
  );
  const SA = "Meningkatnya minat dan budaya baca masyarakat";
  const SB = "Meningkatnya penyelamatan dan tertib arsip daerah";
  const iku: Ik[] = [
    {
      sas: SA,
      ind: "Indeks pembangunan literasi masyarakat",
      sat: "nilai",
      awal: 58.4,
      k: [60.5, 62.8, 65, 67.3, 69.5],
    },
    {
      sas: SA,
      ind: "Jumlah kunjungan ke perpustakaan daerah",
      sat: "orang",
      awal: 141200,
      k: [152000, 160000, 168000, 176000, 185000],
      flow: true,
    },
    {
      sas: SA,
      ind: "Jumlah koleksi bahan pustaka",
      sat: "eksemplar",
      awal: 48250,
      k: [52000, 56500, 61000, 65800, 70500],
    },
    {
      sas: SB,
      ind: "Persentase arsip statis yang diselamatkan",
      sat: "%",
      awal: 42,
      k: [48, 54, 60, 66, 72],
      pk: 54,
    },
    {
      sas: SB,
      ind: "Persentase perangkat daerah dengan hasil pengawasan kearsipan kategori baik",
      sat: "%",
      awal: 28,
      k: [35, 45, 55, 65, 75],
    },
  ];
  // Renstra sheet
  const rs = book.sheet("Renstra 2025-2029");
  rs.lines(["Tabel 4.1 Tujuan, Sasaran, Indikator dan Target Kinerja Renstra Tahun 2025-2029"], 1, {
    bold: true,
  });
  rs.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: "#,##0.##" },
      ...years.map((y, i) => ({
        key: `y${i + 1}`,
        head: ["Target Kinerja", String(y)],
        role: "target" as const,
        year: y,
        fmt: "#,##0.##",
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", fmt: "#,##0.##" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: iku.map((it, i) => ({
      id: `r${i + 1}`,
      cells: (x) => {
        const c: Record<string, Cell> = { no: i + 1, sas: it.sas, ind: it.ind, sat: it.sat, awal: it.awal };
        it.k.forEach((v, j) => (c[`y${j + 1}`] = v));
        c.ak = it.flow ? fx(`SUM(${x.a("y1")}:${x.a("y5")})`) : it.k[4];
        return c;
      },
    })),
  });
  // PK sheet
  const s = book.sheet("PK 2025");
  letterhead(s, ["PEMERINTAH KOTA TANJUNG LONTAR", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines(
    ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN KOTA TANJUNG LONTAR"],
    1,
    { bold: true },
  );
  s.gap();
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, num: "(4)", fmt: "#,##0.##" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: iku.map((it, i) => ({
      id: `p${i + 1}`,
      cells: { no: i + 1, sas: it.sas, ind: it.ind, t: it.pk ?? it.k[0], sat: it.sat },
    })),
  });
  s.gap();
  s.lines(["Program dan anggaran untuk mencapai sasaran:"], 1, { bold: true });
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6842150000],
    ["Program Pembinaan Perpustakaan", 3892500000],
    ["Program Pelestarian Koleksi Nasional dan Naskah Kuno", 412300000],
    ["Program Pengelolaan Arsip", 1597600000],
    ["Program Perlindungan dan Penyelamatan Arsip", 386900000],
  ];
  const rows: Row[] = progs.map(([p, rp], i) => ({
    id: `g${i + 1}`,
    cells: { no: i + 1, prog: p, rp, ket: "APBD" },
  }));
  rows.push({ id: "jml", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", rp: 13113450000 } });
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 36 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows,
  });
  s.gap();
  const top = s.r;
  signature(s, 2, {
    tempat: "Wali Kota Tanjung Lontar,",
    jabatan: [],
    nama: "H. ASPIANNOR RAHMAN, S.E.",
    nip: "-",
  });
  s.r = top;
  signature(s, 4, {
    tempat: "Tanjung Lontar, 2 Januari 2025",
    jabatan: ["Kepala Dinas Perpustakaan dan Kearsipan,"],
    nama: "H. MUHAMMAD RIDHANI, S.Sos, M.AP",
    nip: "19740502 199803 1 004",
  });
  const P = s.name;
  const R = rs.name;
  book.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "p4") },
        { sheet: R, cell: rt.a("y1", "r4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of arsip statis diselamatkan 54 is the Renstra 2026 target; 2025 is 48",
    truth: `'${R}'!${rt.a("y1", "r4")}`,
  });
  book.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "typed Jumlah 13,113,450,000; the five programs add to 13,131,450,000",
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g5")})`,
  });
  book.ok({
    sheet: P,
    cell: pt.a("t", "p1"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y1", "r1")}`,
  });
  book.ok({
    sheet: P,
    cell: pt.a("t", "p3"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y1", "r3")}`,
  });
  const five = (id: string) => [1, 2, 3, 4, 5].map((i) => rt.a(`y${i}`, id)).join("+");
  book.ok({
    sheet: R,
    cell: rt.a("ak", "r3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y5", "r3"),
    trap: five("r3"),
  });
  book.ok({
    sheet: R,
    cell: rt.a("ak", "r1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y5", "r1"),
    trap: five("r1"),
  });
  book.ok({ sheet: R, cell: rt.a("ak", "r2"), rules: ["kondisi-akhir-mismatch"], truth: five("r2") });
  return book.finish();
}

// ------------------------------------------------------------------- recap: kunjungan per unit layanan

export function rekapKunjungan(): BookW {
  const book = new BookW(
    "rekap-kunjungan-koleksi-perpustakaan-lembah-sirih-2024-340.xlsx",
    "rekap",
    "Kunjungan pemustaka per unit layanan per triwulan 2024, and koleksi per jenis below it",
  );
  const s = book.sheet("Rekap Layanan 2024");
  letterhead(s, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN LEMBAH SIRIH", "UPT Perpustakaan Daerah"]);
  s.lines(["Tabel 1. Rekapitulasi Kunjungan Pemustaka per Unit Layanan Tahun 2024"], 1, { bold: true });
  const units: Array<[string, number[], number]> = [
    ["Layanan Sirkulasi Gedung Utama", [11240, 13580, 12905, 14310], 50000],
    ["Perpustakaan Keliling", [2415, 3120, 3380, 2970], 12000],
    ["Layanan Anak dan Remaja", [3860, 4415, 3950, 5120], 16500],
    ["Pojok Baca Digital", [1205, 1630, 1874, 2290], 6000],
    ["Layanan Referensi dan Deposit", [940, 1115, 1088, 1262], 4500],
  ];
  const Q = "Jumlah Kunjungan per Triwulan (orang)";
  const rows: Row[] = units.map(([u, q, tg], i) => ({
    id: `u${i + 1}`,
    cells: (x) => ({
      unit: u,
      q1: q[0],
      q2: q[1],
      q3: q[2],
      q4: q[3],
      j: i === 2 ? 18345 : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
      tg,
      c: i === 4 ? 102.16 : fx(`ROUND(${x.a("j")}/${x.a("tg")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    cells: (x) => {
      const c: Record<string, Cell> = { unit: "Jumlah" };
      for (const k of ["q1", "q2", "q3", "q4", "j", "tg"]) c[k] = fx(`SUM(${x.a(k, "u1")}:${x.a(k, "u5")})`);
      c.c = fx(`ROUND(${x.a("j")}/${x.a("tg")}*100,2)`);
      return c;
    },
  });
  const t = s.table({
    cols: [
      { key: "unit", head: ["Unit Layanan"], num: "(1)", width: 32 },
      { key: "q1", head: [Q, "TW I"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
      { key: "q2", head: [Q, "TW II"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "q3", head: [Q, "TW III"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "q4", head: [Q, "TW IV"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "j",
        head: ["Jumlah 2024 (orang)"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (2)+(3)+(4)+(5)",
        fmt: INT,
      },
      { key: "tg", head: ["Target 2024 (orang)"], role: "target", year: 2024, num: "(7)", fmt: INT },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(8) = (6)/(7) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows,
  });
  s.gap();
  s.lines(["Tabel 2. Koleksi Perpustakaan Daerah menurut Jenis Koleksi, keadaan 31 Desember 2024"], 1, {
    bold: true,
  });
  const jenis: Array<[string, number, number, number]> = [
    ["Buku umum", 14820, 38450, 2140],
    ["Buku anak", 4315, 11920, 1085],
    ["Referensi", 1204, 2860, 190],
    ["Terbitan berkala (majalah, surat kabar)", 386, 5240, 610],
    ["Koleksi digital (e-book)", 2950, 2950, 720],
    ["Koleksi muatan lokal Minangkabau", 412, 1130, 96],
  ];
  const krows: Row[] = jenis.map(([j, jd, ek, tb], i) => ({
    id: `j${i + 1}`,
    cells: { no: i + 1, jenis: j, judul: jd, eks: ek, tambah: tb },
  }));
  krows.push({
    id: "jt",
    bold: true,
    span: ["no", "jenis"],
    cells: (x) => ({
      no: "Jumlah",
      judul: fx(`SUM(${x.a("judul", "j1")}:${x.a("judul", "j6")})`),
      eks: fx(`SUM(${x.a("eks", "j1")}:${x.a("eks", "j6")})`),
      tambah: fx(`SUM(${x.a("tambah", "j1")}:${x.a("tambah", "j6")})`),
    }),
  });
  const k = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "jenis", head: ["Jenis Koleksi"], width: 32 },
      { key: "judul", head: ["Koleksi", "Judul"], fmt: INT },
      { key: "eks", head: ["Koleksi", "Eksemplar"], fmt: INT },
      { key: "tambah", head: ["Penambahan Tahun 2024 (eksemplar)"], fmt: INT },
    ],
    headerRows: 2,
    rows: krows,
  });
  s.gap();
  s.lines(["Sumber: Aplikasi INLISLite UPT Perpustakaan Daerah, diolah."], 1);
  s.gap();
  signature(s, 6, {
    tempat: "Sirih Gadang, 8 Januari 2025",
    jabatan: ["Kepala UPT Perpustakaan Daerah"],
    nama: "YULIA FITRIANI, S.IP",
    nip: "19830311 200901 2 003",
  });
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: t.a("j", "u3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Layanan Anak dan Remaja Jumlah typed 18,345; the four quarters add to 17,345",
    truth: `SUM(${t.a("q1", "u3")}:${t.a("q4", "u3")})`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("c", "u5") },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "hardcoded-value"],
    note: "Layanan Referensi capaian typed 102.16 (target / realisasi); 4,405 / 4,500 gives 97.89",
    truth: `ROUND(${t.a("j", "u5")}/${t.a("tg", "u5")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${t.a("j", "tot")}/${t.a("tg", "tot")}*100,2)`,
    trap: `SUM(${t.a("c", "u1")}:${t.a("c", "u5")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("q3", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("q3", "u1")}:${t.a("q3", "u5")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("j", "u1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("q1", "u1")}:${t.a("q4", "u1")})`,
  });
  book.ok({
    sheet: S,
    cell: k.a("eks", "jt"),
    rules: ["sum-mismatch"],
    truth: `SUM(${k.a("eks", "j1")}:${k.a("eks", "j6")})`,
  });
  return book.finish();
}

// ----------------------------------------------------------------- recap: perpustakaan desa per kecamatan

export function rekapPerpusDesa(): BookW {
  const book = new BookW(
    "rekap-perpustakaan-kelurahan-arsip-per-kecamatan-tanjung-lontar-2024-340.xlsx",
    "rekap",
    "Perpustakaan kelurahan, koleksi and arsip tertata per kecamatan 2024",
  );
  const s = book.sheet("Per Kecamatan");
  s.lines(
    [
      "REKAPITULASI PERPUSTAKAAN KELURAHAN DAN ARSIP KELURAHAN PER KECAMATAN",
      "KOTA TANJUNG LONTAR TAHUN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const kec: Array<[string, number, number, number, number, number]> = [
    ["Lontar Hulu", 12, 9, 2, 6420, 1315],
    ["Lontar Hilir", 15, 11, 3, 8115, 1820],
    ["Banua Anyar", 8, 8, 4, 7260, 2045],
    ["Sungai Rangas", 10, 6, 1, 3980, 940],
    ["Alalak Tengah", 9, 5, 1, 3120, 760],
    ["Kelayan Jaya", 11, 7, 2, 5305, 1380],
  ];
  const P = "Perpustakaan Kelurahan";
  const rows: Row[] = kec.map(([k, d, ada, akr, kol, ars], i) => ({
    id: `k${i + 1}`,
    cells: (x) => ({
      no: i + 1,
      kec: k,
      d,
      ada,
      pct:
        i === 3
          ? fx(`ROUND(${x.a("ada")}/${x.c("d")}${x.r + 1}*100,2)`)
          : fx(`ROUND(${x.a("ada")}/${x.a("d")}*100,2)`),
      akr,
      kol,
      ars,
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const c: Record<string, Cell> = { no: "Jumlah" };
      for (const key of ["d", "ada", "akr", "ars"]) c[key] = fx(`SUM(${x.a(key, "k1")}:${x.a(key, "k6")})`);
      c.pct = fx(`ROUND(${x.a("ada")}/${x.a("d")}*100,2)`);
      c.kol = 33200;
      return c;
    },
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
      { key: "d", head: ["Jumlah Kelurahan"], num: 3, fmt: INT },
      { key: "ada", head: [P, "Ada (unit)"], num: 4, fmt: INT },
      { key: "pct", head: [P, "Persentase (%)"], num: "5 = 4/3 x 100", fmt: DEC },
      { key: "akr", head: [P, "Terakreditasi (unit)"], num: 6, fmt: INT },
      { key: "kol", head: [P, "Koleksi (eksemplar)"], num: 7, fmt: INT },
      { key: "ars", head: ["Arsip Kelurahan Tertata (berkas)"], num: 8, fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows,
  });
  s.gap();
  s.lines(
    [
      "Keterangan: persentase baris Jumlah = jumlah perpustakaan / jumlah kelurahan x 100, bukan rata-rata kecamatan.",
    ],
    1,
  );
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: t.a("pct", "k4") },
    rules: ["inconsistent-formula", "ratio-components-mismatch"],
    note: "Sungai Rangas % divides by the next row's kelurahan (6/9 = 66.67); 6/10 = 60.00",
    truth: `ROUND(${t.a("ada", "k4")}/${t.a("d", "k4")}*100,2)`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("kol", "jml") },
    rules: ["sum-mismatch"],
    note: "typed Jumlah koleksi 33,200; the kecamatan add to 34,200",
    truth: `SUM(${t.a("kol", "k1")}:${t.a("kol", "k6")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("pct", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${t.a("ada", "jml")}/${t.a("d", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${t.a("pct", "k1")}:${t.a("pct", "k6")}),2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("ars", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("ars", "k1")}:${t.a("ars", "k6")})`,
  });
  book.ok({ sheet: S, cell: t.a("pct", "k3"), rules: ["percent-out-of-range"], truth: "100" });
  return book.finish();
}
