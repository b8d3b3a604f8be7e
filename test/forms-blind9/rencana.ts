// Plan and funding tables of the eleventh unseen set: the T-C.27 of a Dinas Pendidikan in its own
// wording ("Target Kinerja Program dan Kerangka Pendanaan" > Tahun 2025 .. 2029 > Target | Rp, the
// numbers merged over each pair) with a program's second indicator on a row of its own; the Renja 2026
// of a Dinas Kesehatan whose header speaks of "Tahun Rencana (n)" and "Prakiraan Maju (n+1)" while the
// years stand only in the title; and the Kerangka Pendanaan of a Dinas Pertanian by sumber dana (with
// "Rata-rata Pertumbuhan (%)") and, under it, by program. Every name and number is invented; the
// codes are Kepmendagri-shaped.
import { BookW, DEC, RP, fmt, fx, round, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

const YS = [2025, 2026, 2027, 2028, 2029];

// =============================================== T-C.27 Dinas Pendidikan Kabupaten Karangpandan

type TcIn = {
  id: string;
  kind: "program" | "indikator" | "kegiatan";
  parent?: string;
  tuj: string;
  sas: string;
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  /** a flow (its kondisi akhir is the sum of the years); otherwise a level (the last target) */
  flow?: boolean;
  awal: number;
  k: number[];
  /** kegiatan: Rp of the five years */
  rp?: number[];
  pj: string;
};

/** Rencana Program, Kegiatan dan Pendanaan Indikatif, Renstra Dinas Pendidikan 2025-2029. */
export function tc27Disdik(): BookW {
  const b = new BookW(
    "tc27-kerangka-disdik-karangpandan.xlsx",
    "T-C.27 with Target | Rp pairs and a second indicator row",
    "T-C.27 of a Dinas Pendidikan in rupiah: Tujuan | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | Target Kinerja Program dan Kerangka Pendanaan > Tahun 2025..2029 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; numbers merged over the pairs; program Rp as SUM, kondisi akhir Rp as '+'; a program's second indicator on a row without code; JUMLAH PENDANAAN",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "RENCANA PROGRAM, KEGIATAN, INDIKATOR KINERJA DAN PENDANAAN INDIKATIF",
    "DINAS PENDIDIKAN KABUPATEN KARANGPANDAN TAHUN 2025-2029",
  ]);
  s.gap();
  const T1 = "Meningkatnya akses dan mutu pendidikan dasar";
  const T2 = "Meningkatnya tata kelola pemerintahan yang akuntabel";
  const S1 = "Meningkatnya partisipasi pendidikan dasar";
  const S2 = "Meningkatnya kualifikasi dan kompetensi pendidik";
  const S3 = "Meningkatnya akuntabilitas kinerja Dinas Pendidikan";
  const rows: TcIn[] = [
    {
      id: "p1",
      kind: "program",
      tuj: T1,
      sas: S1,
      kode: "1.01.02",
      nama: "Program Pengelolaan Pendidikan",
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      sat: "%",
      awal: 96.2,
      k: [96.5, 96.8, 97.1, 97.4, 97.7],
      pj: "Dinas Pendidikan",
    },
    {
      id: "p1b",
      kind: "indikator",
      tuj: T1,
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      awal: 78.4,
      k: [79.2, 80, 80.8, 81.6, 82.4],
      pj: "Dinas Pendidikan",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      tuj: T1,
      sas: S1,
      kode: "1.01.02.2.01",
      nama: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah SD yang ruang kelasnya direhabilitasi",
      sat: "sekolah",
      flow: true,
      awal: 16,
      k: [18, 20, 22, 20, 18],
      rp: [6_845_000_000, 7_320_000_000, 7_910_500_000, 7_450_000_000, 6_980_000_000],
      pj: "Bidang Pembinaan SD",
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      tuj: T1,
      sas: S1,
      kode: "1.01.02.2.02",
      nama: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Persentase SMP dengan sarana prasarana sesuai standar nasional",
      sat: "%",
      awal: 58.5,
      k: [62, 66, 70, 74, 78],
      rp: [5_236_400_000, 5_612_000_000, 6_048_750_000, 6_390_000_000, 6_725_000_000],
      pj: "Bidang Pembinaan SMP",
    },
    {
      id: "k13",
      kind: "kegiatan",
      parent: "p1",
      tuj: T1,
      sas: S1,
      kode: "1.01.02.2.03",
      nama: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
      ind: "Jumlah lembaga PAUD yang difasilitasi akreditasi",
      sat: "lembaga",
      flow: true,
      awal: 22,
      k: [25, 30, 30, 35, 35],
      rp: [1_184_600_000, 1_275_000_000, 1_342_800_000, 1_410_000_000, 1_486_500_000],
      pj: "Bidang PAUD dan PNF",
    },
    {
      id: "p2",
      kind: "program",
      tuj: T1,
      sas: S2,
      kode: "1.01.04",
      nama: "Program Pendidik dan Tenaga Kependidikan",
      ind: "Persentase guru yang bersertifikat pendidik",
      sat: "%",
      awal: 69.4,
      k: [72, 75, 78, 81, 84],
      pj: "Dinas Pendidikan",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      tuj: T1,
      sas: S2,
      kode: "1.01.04.2.01",
      nama: "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal",
      ind: "Jumlah guru yang mengikuti peningkatan kompetensi",
      sat: "orang",
      flow: true,
      awal: 420,
      k: [450, 500, 500, 550, 550],
      rp: [2_315_750_000, 2_480_000_000, 2_596_400_000, 2_710_000_000, 2_845_000_000],
      pj: "Bidang Pendidik dan Tenaga Kependidikan",
    },
    {
      id: "p3",
      kind: "program",
      tuj: T2,
      sas: S3,
      kode: "1.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Nilai evaluasi SAKIP Dinas Pendidikan",
      sat: "nilai",
      awal: 70.15,
      k: [72, 74, 76, 78, 80],
      pj: "Sekretariat",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      tuj: T2,
      sas: S3,
      kode: "1.01.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan keuangan yang disusun tepat waktu",
      sat: "dokumen",
      flow: true,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [96_450_000_000, 99_340_000_000, 102_320_000_000, 105_390_000_000, 108_550_000_000],
      pj: "Subbagian Keuangan",
    },
    {
      id: "k32",
      kind: "kegiatan",
      parent: "p3",
      tuj: T2,
      sas: S3,
      kode: "1.01.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Persentase pemenuhan kebutuhan administrasi umum perkantoran",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      rp: [1_126_800_000, 1_160_000_000, 1_194_800_000, 1_230_600_000, 1_267_500_000],
      pj: "Subbagian Umum dan Kepegawaian",
    },
  ];
  // planted 1: program 1.01.02's 2027 Rp sums its kegiatan one row short (PAUD left out)
  const PLANT_S = "p1";
  const PLANT_Y = 2;
  // planted 2: kondisi akhir of the APM SMP (a level) is the mean of the five targets
  const PLANT_K = "p1b";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const progs = rows.filter((x) => x.kind === "program");
  const akhirK = (x: TcIn): number => (x.id === PLANT_K ? round(sum(x.k) / 5) : x.flow ? sum(x.k) : x.k[4]);
  if (akhirK(rows.find((x) => x.id === PLANT_K)!) !== 80.8) throw new Error("tc27: plant K");
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 14 },
    { key: "nama", head: ["Program dan Kegiatan"], num: 4, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: 7,
      width: 12,
    },
    ...YS.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, `Tahun ${y}`, "Target"], role: "target", year: y, num: 8 + i, width: 9 },
      {
        key: `rp${i}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 8 + i,
        fmt: RP,
        width: 16,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 13, width: 10 },
    { key: "akRp", head: [AK, "Rp"], num: 13, fmt: RP, width: 17 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 14, width: 22 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 15, width: 16 },
  ];
  const kfmt = (x: TcIn, v: number): Cell => (x.sat === "%" || x.sat === "nilai" ? fmt(v, DEC) : v);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["tuj", "sas"],
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind === "program",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            tuj: x.tuj,
            sas: x.sas,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            awal: kfmt(x, x.awal),
            akK: kfmt(x, akhirK(x)),
            pj: x.pj,
            lok: "Kabupaten Karangpandan",
          };
          x.k.forEach((v, i) => (cells[`k${i}`] = kfmt(x, v)));
          if (x.kind === "indikator") return cells;
          YS.forEach((_, i) => {
            const k = `rp${i}`;
            if (x.kind === "kegiatan") cells[k] = x.rp![i];
            else {
              const ks = kids(x.id);
              const last = x.id === PLANT_S && i === PLANT_Y ? ks[ks.length - 2] : ks[ks.length - 1];
              cells[k] = fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(last.id)})`);
            }
          });
          cells.akRp = fx(YS.map((_, i) => c.a(`rp${i}`)).join("+"));
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["tuj", "awal"],
        cells: (c) => {
          const cells: Record<string, Cell> = { tuj: "JUMLAH PENDANAAN" };
          YS.forEach((_, i) => {
            const k = `rp${i}`;
            cells[k] = fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
          });
          cells.akRp = fx(YS.map((_, i) => c.a(`rp${i}`)).join("+"));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi kinerja akhir periode untuk indikator persentase dan nilai adalah target tahun 2029; untuk indikator jumlah adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Karangpandan, 3 Juni 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN", "KABUPATEN KARANGPANDAN,"],
    nama: "Drs. SUGENG HARIYANTO, M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19680721 199303 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rpK = `rp${PLANT_Y}`;
  const p1 = rows.find((x) => x.id === PLANT_S)!;
  const trueP = sum(kids(PLANT_S).map((q) => q.rp![PLANT_Y]));
  const shortP = trueP - kids(PLANT_S).slice(-1)[0].rp![PLANT_Y];
  b.plant({
    at: { sheet: S, cell: a(rpK, PLANT_S) },
    rules: ["sum-mismatch"],
    note: `Rp 2027 of ${p1.nama} is =SUM over two of its three kegiatan, one row short (PAUD left out): ${shortP.toLocaleString("en")} instead of ${trueP.toLocaleString("en")}`,
    truth: kids(PLANT_S)
      .map((q) => a(rpK, q.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", PLANT_K) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the APM SMP/MTs (a level) is 80.80, the mean of the five targets (the 2027 target); the 2029 target is 82.40",
    truth: a("k4", PLANT_K),
  });
  const ks = (id: string) => YS.map((_, i) => a(`k${i}`, id));
  for (const x of rows) {
    if (x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? ks(x.id).join("+") : ks(x.id)[4],
        trap: x.flow ? ks(x.id)[4] : ks(x.id).join("+"),
      });
    if (x.kind === "kegiatan")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent!),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.kind === "indikator") continue;
    // kondisi akhir Rp of program 1.01.02 adds the short 2027 sum: it follows the plant
    if (x.id !== PLANT_S)
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: YS.map((_, i) => a(`rp${i}`, x.id)).join("+"),
        tol: 0.5,
      });
    if (x.kind === "program")
      YS.forEach((_, i) => {
        if (x.id === PLANT_S && i === PLANT_Y) return;
        b.ok({
          sheet: S,
          cell: a(`rp${i}`, x.id),
          rules: ["sum-mismatch"],
          truth: kids(x.id)
            .map((q) => a(`rp${i}`, q.id))
            .join("+"),
          tol: 0.5,
        });
      });
  }
  YS.forEach((_, i) => {
    if (i === PLANT_Y) return;
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "j"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => a(`rp${i}`, p.id)).join("+"),
      // JUMLAH adds the programs, not the programs and their kegiatan together
      trap: rows
        .filter((x) => x.kind !== "indikator")
        .map((x) => a(`rp${i}`, x.id))
        .join("+"),
      tol: 0.5,
    });
  });
  return b.finish();
}

// ============================ Renja 2026 with "Tahun Rencana (n)" and "Prakiraan Maju (n+1)" (Dinkes)

type RjIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  ind: string;
  tg: string;
  t27: string;
  lok?: string;
  sd?: string;
  /** sub kegiatan: pagu indikatif 2026 and prakiraan maju 2027, rupiah */
  pagu?: number;
  rp27?: number;
};

/** Rumusan Rencana Program dan Kegiatan Dinas Kesehatan Kabupaten Sabrangkulon 2026. */
export function renjaDinkes(): BookW {
  const b = new BookW(
    "renja-tahun-n-dinkes-sabrangkulon.xlsx",
    "Renja rumusan with n and n+1 in the header",
    "Renja 2026 of a Dinas Kesehatan in rupiah: Kode | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Tahun Rencana (n) > Lokasi | Target | Pagu Indikatif (Rp) | Sumber Dana | Prakiraan Maju (n+1) > Target | Pagu Indikatif (Rp) | Keterangan; the years 2026 and 2027 only in the title; typed totals; TOTAL",
  );
  const S = "T-C.31";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.31",
    "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2026 DAN PRAKIRAAN MAJU TAHUN 2027",
    "DINAS KESEHATAN KABUPATEN SABRANGKULON",
  ]);
  s.gap();
  const KAB = "Kabupaten Sabrangkulon";
  const rows: RjIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "1.02.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Nilai SAKIP Dinas Kesehatan",
      tg: "BB (72)",
      t27: "BB (74)",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "1.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan keuangan yang disusun",
      tg: "14 dokumen",
      t27: "14 dokumen",
    },
    {
      id: "s111",
      kind: "sub",
      parent: "k11",
      kode: "1.02.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      tg: "842 orang",
      t27: "856 orang",
      sd: "DAU",
      pagu: 14_286_450_000,
      rp27: 14_900_000_000,
    },
    {
      id: "s112",
      kind: "sub",
      parent: "k11",
      kode: "1.02.01.2.02.0003",
      nama: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
      ind: "Jumlah dokumen penatausahaan dan pengujian keuangan",
      tg: "12 dokumen",
      t27: "12 dokumen",
      sd: "PAD",
      pagu: 185_600_000,
      rp27: 195_000_000,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "1.02.01.2.07",
      nama: "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
      ind: "Jumlah paket pengadaan barang milik daerah",
      tg: "1 paket",
      t27: "1 paket",
    },
    {
      id: "s121",
      kind: "sub",
      parent: "k12",
      kode: "1.02.01.2.07.0006",
      nama: "Pengadaan Peralatan dan Mesin Lainnya",
      ind: "Jumlah unit peralatan dan mesin lainnya yang disediakan",
      tg: "38 unit",
      t27: "40 unit",
      sd: "PAD",
      pagu: 426_800_000,
      rp27: 450_000_000,
    },
    {
      id: "p2",
      kind: "program",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Persentase fasilitas pelayanan kesehatan yang terakreditasi paripurna",
      tg: "64 %",
      t27: "70 %",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah fasilitas pelayanan kesehatan yang dipenuhi sarana prasarananya",
      tg: "9 unit",
      t27: "10 unit",
    },
    {
      id: "s211",
      kind: "sub",
      parent: "k21",
      kode: "1.02.02.2.01.0009",
      nama: "Rehabilitasi dan Pemeliharaan Puskesmas",
      ind: "Jumlah puskesmas yang direhabilitasi",
      tg: "4 unit",
      t27: "4 unit",
      lok: "Puskesmas Wonokerto, Jatisari, Kedungbanteng, Ngasem",
      sd: "DAK Fisik",
      pagu: 1_962_750_000,
      rp27: 2_100_000_000,
    },
    {
      id: "s212",
      kind: "sub",
      parent: "k21",
      kode: "1.02.02.2.01.0014",
      nama: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah paket alat kesehatan yang disediakan",
      tg: "5 paket",
      t27: "6 paket",
      lok: "24 Puskesmas",
      sd: "DAK Fisik",
      pagu: 2_845_300_000,
      rp27: 3_000_000_000,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase layanan kesehatan dasar sesuai SPM",
      tg: "100 %",
      t27: "100 %",
    },
    {
      id: "s221",
      kind: "sub",
      parent: "k22",
      kode: "1.02.02.2.02.0001",
      nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan layanan kesehatan sesuai standar",
      tg: "12.480 orang",
      t27: "12.350 orang",
      sd: "DAK Non Fisik (BOK)",
      pagu: 348_250_000,
      rp27: 365_000_000,
    },
    {
      id: "s222",
      kind: "sub",
      parent: "k22",
      kode: "1.02.02.2.02.0003",
      nama: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
      ind: "Jumlah bayi baru lahir yang mendapatkan layanan kesehatan sesuai standar",
      tg: "11.860 bayi",
      t27: "11.740 bayi",
      sd: "DAK Non Fisik (BOK)",
      pagu: 215_400_000,
      rp27: 226_000_000,
    },
    {
      id: "s223",
      kind: "sub",
      parent: "k22",
      kode: "1.02.02.2.02.0004",
      nama: "Pengelolaan Pelayanan Kesehatan Balita",
      ind: "Jumlah balita yang mendapatkan layanan kesehatan sesuai standar",
      tg: "47.920 balita",
      t27: "47.500 balita",
      sd: "DAK Non Fisik (BOK)",
      pagu: 286_900_000,
      rp27: 300_000_000,
    },
    {
      id: "s224",
      kind: "sub",
      parent: "k22",
      kode: "1.02.02.2.02.0007",
      nama: "Pengelolaan Pelayanan Kesehatan pada Usia Produktif",
      ind: "Jumlah penduduk usia produktif yang mendapatkan skrining kesehatan",
      tg: "186.400 orang",
      t27: "190.000 orang",
      sd: "PAD",
      pagu: 412_650_000,
      rp27: 430_000_000,
    },
    {
      id: "p3",
      kind: "program",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
      tg: "75 %",
      t27: "80 %",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
      ind: "Jumlah dokumen perencanaan kebutuhan SDMK",
      tg: "1 dokumen",
      t27: "1 dokumen",
    },
    {
      id: "s311",
      kind: "sub",
      parent: "k31",
      kode: "1.02.03.2.02.0001",
      nama: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar",
      ind: "Jumlah tenaga kesehatan yang ditempatkan sesuai standar",
      tg: "36 orang",
      t27: "40 orang",
      sd: "DAU",
      pagu: 624_000_000,
      rp27: 650_000_000,
    },
    {
      id: "k32",
      kind: "kegiatan",
      parent: "p3",
      kode: "1.02.03.2.03",
      nama: "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah SDMK yang ditingkatkan kompetensinya",
      tg: "120 orang",
      t27: "130 orang",
    },
    {
      id: "s321",
      kind: "sub",
      parent: "k32",
      kode: "1.02.03.2.03.0001",
      nama: "Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan",
      ind: "Jumlah SDMK yang mengikuti pelatihan teknis",
      tg: "120 orang",
      t27: "130 orang",
      sd: "PAD",
      pagu: 318_750_000,
      rp27: 335_000_000,
    },
  ];
  // planted 1: kegiatan 1.02.02.2.01's pagu indikatif typed with two digits swapped
  const PLANT_S = "k21";
  const PLANT_S_VAL = 4_088_050_000;
  // planted 2: sub kegiatan Pelayanan Kesehatan Balita coded with the code of Bayi Baru Lahir
  const PLANT_D = "s223";
  const DUP = "1.02.02.2.02.0003";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const total = (x: RjIn, k: "pagu" | "rp27"): number =>
    x.kind === "sub" ? x[k]! : sum(kids(x.id).map((q) => total(q, k)));
  const written = (x: RjIn, k: "pagu" | "rp27"): number =>
    x.id === PLANT_S && k === "pagu" ? PLANT_S_VAL : total(x, k);
  const k21 = rows.find((x) => x.id === PLANT_S)!;
  if (total(k21, "pagu") !== 4_808_050_000) throw new Error("renja: k21");
  const progs = rows.filter((x) => x.kind === "program");
  const RN = "Tahun Rencana (n)";
  const PM = "Prakiraan Maju (n+1)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 42 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    { key: "lok", head: [RN, "Lokasi"], role: "lokasi", num: "(4)", width: 20 },
    { key: "tg", head: [RN, "Target"], role: "target", year: 2026, num: "(5)", width: 13 },
    {
      key: "pagu",
      head: [RN, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(6)",
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: [RN, "Sumber Dana"], num: "(7)", width: 14 },
    { key: "t27", head: [PM, "Target"], role: "target", year: 2027, num: "(8)", width: 13 },
    {
      key: "rp27",
      head: [PM, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2027,
      num: "(9)",
      fmt: RP,
      width: 17,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(10)", width: 20 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind === "program",
        cells: {
          kode: x.id === PLANT_D ? DUP : x.kode,
          nama: x.nama,
          ind: x.ind,
          lok: x.lok ?? KAB,
          tg: x.tg,
          pagu: written(x, "pagu"),
          sd: x.sd,
          t27: x.t27,
          rp27: written(x, "rp27"),
          ket:
            x.id === "s211"
              ? "Usulan Musrenbang Kecamatan"
              : x.id === "s224"
                ? "Mendukung Program Cek Kesehatan Gratis"
                : undefined,
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "tg"],
        cells: {
          kode: "TOTAL",
          pagu: sum(progs.map((p) => written(p, "pagu"))),
          rp27: sum(progs.map((p) => written(p, "rp27"))),
        },
      },
    ],
  });
  s.gap();
  s.lines(["n = Tahun 2026 (tahun rencana); n+1 = Tahun 2027 (prakiraan maju)."]);
  s.gap();
  signature(s, 7, {
    tempat: "Sabrangkulon, 21 Mei 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN SABRANGKULON,"],
    nama: "dr. RETNO PALUPI ANGGRAENI, M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19750309 200312 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `pagu indikatif of kegiatan 1.02.02.2.01 is a typed ${PLANT_S_VAL.toLocaleString("en")}; its two sub kegiatan give ${total(k21, "pagu").toLocaleString("en")} (0 and 8 swapped), and program 1.02.02 agrees with them`,
    truth: kids(PLANT_S)
      .map((q) => a("pagu", q.id))
      .join("+"),
    tol: 0.5,
  });
  const first = a("kode", rows[0].id);
  const last = a("kode", rows[rows.length - 1].id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("kode", PLANT_D) },
        { sheet: S, cell: a("kode", "s222") },
      ],
    },
    rules: ["duplicate-code"],
    note: `sub kegiatan code ${DUP} is used twice (Pelayanan Kesehatan Bayi Baru Lahir, and Pelayanan Kesehatan Balita, which is 1.02.02.2.02.0004)`,
    truth: "1",
    actual: `COUNTIF(${first}:${last},${a("kode", PLANT_D)})`,
  });
  for (const x of rows) {
    if (x.parent && x.id !== PLANT_D && x.id !== "s222")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy", "duplicate-code"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.kind === "sub") continue;
    for (const k of ["pagu", "rp27"] as const) {
      // program 1.02.02's pagu adds up its sub kegiatan, but not its kegiatan as written: it follows
      if (k === "pagu" && (x.id === PLANT_S || x.id === "p2")) continue;
      const parts = kids(x.id);
      b.ok({
        sheet: S,
        cell: a(k, x.id),
        rules: ["sum-mismatch"],
        truth: parts.map((q) => a(k, q.id)).join("+"),
        // a program is not the sum of its kegiatan and their sub kegiatan together
        trap:
          x.kind === "program"
            ? [...parts, ...parts.flatMap((q) => kids(q.id))].map((q) => a(k, q.id)).join("+")
            : undefined,
        tol: 0.5,
      });
    }
  }
  // "BB (72)" and "BB (74)": the letter matches its score (> 70 - 80 is BB)
  for (const k of ["tg", "t27"])
    b.ok({
      sheet: S,
      cell: a(k, "p1"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(k, "p1")}))`,
      actual: `GRADE(${a(k, "p1")})`,
    });
  for (const k of ["pagu", "rp27"] as const)
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => a(k, p.id)).join("+"),
      trap: rows.map((x) => a(k, x.id)).join("+"),
      tol: 0.5,
    });
  return b.finish();
}

// ================================ Kerangka Pendanaan by sumber dana and by program (Dinas Pertanian)

type SdIn = { id: string; nama: string; v: number[] };
type PgIn = { id: string; kode: string; nama: string; v: number[] };

/** Kerangka Pendanaan Renstra Dinas Pertanian Kabupaten Gunungsewu 2025-2029, Rp 000. */
export function kerangkaDistan(): BookW {
  const b = new BookW(
    "kerangka-sumberdana-distan-gunungsewu.xlsx",
    "funding framework by source and by program",
    "Kerangka Pendanaan of a Dinas Pertanian '(Rp 000)': Tabel 6.2 Sumber Dana | Proyeksi Pendanaan > 2025..2029 | Jumlah 2025-2029 | Rata-rata Pertumbuhan (%), JUMLAH; under it Tabel 6.3 Kode | Program | the same years | Jumlah, JUMLAH; every figure typed",
  );
  const S = "Kerangka Pendanaan";
  const s = b.sheet(S);
  s.lines(["PEMERINTAH KABUPATEN GUNUNGSEWU", "DINAS PERTANIAN", "Jl. Raya Wonosari Km 4, Gunungsewu"], 1, {
    bold: true,
  });
  s.gap();
  s.lines([
    "Tabel 6.2",
    "KERANGKA PENDANAAN RENSTRA DINAS PERTANIAN TAHUN 2025-2029 MENURUT SUMBER DANA",
    "(Rp 000)",
  ]);
  s.gap();
  const src: SdIn[] = [
    {
      id: "pad",
      nama: "Pendapatan Asli Daerah (PAD)",
      v: [8_450_000, 8_870_000, 9_310_000, 9_780_000, 10_270_000],
    },
    {
      id: "dau",
      nama: "Dana Alokasi Umum (DAU)",
      v: [21_640_000, 22_290_000, 22_960_000, 23_650_000, 24_360_000],
    },
    {
      id: "dakf",
      nama: "DAK Fisik Bidang Pertanian",
      v: [6_820_000, 6_480_000, 6_150_000, 5_840_000, 5_550_000],
    },
    { id: "daknf", nama: "DAK Non Fisik", v: [1_240_000, 1_300_000, 1_370_000, 1_440_000, 1_510_000] },
    {
      id: "dbh",
      nama: "Dana Bagi Hasil Cukai Hasil Tembakau (DBH CHT)",
      v: [2_150_000, 2_360_000, 2_200_000, 2_480_000, 2_600_000],
    },
    { id: "bk", nama: "Bantuan Keuangan Provinsi", v: [500_000, 1_000_000, 600_000, 900_000, 750_000] },
  ];
  const totals = YS.map((_, i) => sum(src.map((x) => x.v[i])));
  const prog: PgIn[] = [
    {
      id: "g1",
      kode: "3.27.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      v: [22_450_000, 23_180_000, 23_870_000, 24_590_000, 25_330_000],
    },
    {
      id: "g2",
      kode: "3.27.02",
      nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      v: [6_250_000, 6_540_000, 6_180_000, 6_720_000, 6_910_000],
    },
    {
      id: "g3",
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      v: [7_480_000, 7_620_000, 7_390_000, 7_410_000, 7_280_000],
    },
    {
      id: "g4",
      kode: "3.27.07",
      nama: "Program Pengendalian dan Penanggulangan Bencana Pertanian",
      v: [1_120_000, 1_180_000, 1_240_000, 1_310_000, 1_360_000],
    },
  ];
  prog.push({
    id: "g5",
    kode: "3.27.08",
    nama: "Program Penyuluhan Pertanian",
    v: YS.map((_, i) => totals[i] - sum(prog.map((p) => p.v[i]))),
  });
  if (prog[4].v.join() !== "3500000,3780000,3910000,4060000,4160000")
    throw new Error(`kerangka: ${prog[4].v}`);
  const growth = (v: number[]) =>
    round((sum([1, 2, 3, 4].map((i) => (v[i] - v[i - 1]) / v[i - 1])) / 4) * 100);
  // planted 1: the rata-rata pertumbuhan of PAD is the growth over the whole period
  const PLANT_G = "pad";
  // planted 2: the Jumlah 2025-2029 of program 3.27.03 typed with two digits swapped
  const PLANT_J = "g3";
  const PLANT_J_VAL = 37_810_000;
  if (sum(prog[2].v) !== 37_180_000) throw new Error("kerangka: g3");
  const padTotal = round(((src[0].v[4] - src[0].v[0]) / src[0].v[0]) * 100);
  const PP = "Proyeksi Pendanaan";
  const yearCols = YS.map((y, i): Col => ({
    key: `y${i}`,
    head: [PP, String(y)],
    role: "anggaran",
    year: y,
    num: 3 + i,
    fmt: RP,
    width: 14,
  }));
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "nama", head: ["Sumber Dana"], num: 2, width: 40 },
      ...yearCols,
      { key: "jml", head: ["Jumlah 2025-2029"], num: 8, fmt: RP, width: 15 },
      { key: "rr", head: ["Rata-rata Pertumbuhan (%)"], role: "pertumbuhan", num: 9, fmt: DEC, width: 12 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...src.map((x, n): Row => {
        const cells: Record<string, Cell> = {
          no: n + 1,
          nama: x.nama,
          jml: sum(x.v),
          rr: x.id === PLANT_G ? padTotal : growth(x.v),
        };
        x.v.forEach((v, i) => (cells[`y${i}`] = v));
        return { id: x.id, cells };
      }),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: (() => {
          const cells: Record<string, Cell> = { no: "JUMLAH", jml: sum(totals), rr: growth(totals) };
          totals.forEach((v, i) => (cells[`y${i}`] = v));
          return cells;
        })(),
      },
    ],
  });
  s.gap();
  s.lines([
    "Tabel 6.3",
    "KERANGKA PENDANAAN RENSTRA DINAS PERTANIAN TAHUN 2025-2029 MENURUT PROGRAM",
    "(Rp 000)",
  ]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 10 },
      { key: "nama", head: ["Program"], num: 2, width: 40 },
      ...yearCols,
      { key: "jml", head: ["Jumlah 2025-2029"], num: 8, fmt: RP, width: 15 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...prog.map((x): Row => {
        const cells: Record<string, Cell> = {
          kode: x.kode,
          nama: x.nama,
          jml: x.id === PLANT_J ? PLANT_J_VAL : sum(x.v),
        };
        x.v.forEach((v, i) => (cells[`y${i}`] = v));
        return { id: x.id, cells };
      }),
      {
        id: "j",
        bold: true,
        span: ["kode", "nama"],
        cells: (() => {
          const cells: Record<string, Cell> = { kode: "JUMLAH", jml: sum(totals) };
          totals.forEach((v, i) => (cells[`y${i}`] = v));
          return cells;
        })(),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: rata-rata pertumbuhan adalah rata-rata hitung pertumbuhan tahunan; pagu DAK Fisik menurun mengikuti kebijakan pemerintah pusat.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Gunungsewu, 10 Juni 2025",
    jabatan: ["KEPALA DINAS PERTANIAN", "KABUPATEN GUNUNGSEWU,"],
    nama: "Ir. WAHYU TRI HANDOKO, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19710225 199803 1 003",
  });

  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const ys1 = (id: string) => YS.map((_, i) => a1(`y${i}`, id));
  const mean = (c: string[]) =>
    `ROUND(((${c[1]}-${c[0]})/${c[0]}+(${c[2]}-${c[1]})/${c[1]}+(${c[3]}-${c[2]})/${c[2]}+(${c[4]}-${c[3]})/${c[3]})/4*100,2)`;
  const whole = (c: string[]) => `ROUND((${c[4]}-${c[0]})/${c[0]}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a1("rr", PLANT_G) },
    rules: ["growth-mismatch"],
    note: `rata-rata pertumbuhan of PAD is ${padTotal.toFixed(2)}, the growth from 2025 to 2029 (10,270,000 over 8,450,000); the mean of the four yearly growth rates is ${growth(src[0].v).toFixed(2)}, as the note under the table asks (the CAGR gives ${round((Math.pow(src[0].v[4] / src[0].v[0], 1 / 4) - 1) * 100).toFixed(2)} too)`,
    truth: mean(ys1(PLANT_G)),
  });
  b.plant({
    at: { sheet: S, cell: a2("jml", PLANT_J) },
    rules: ["sum-mismatch"],
    note: `Jumlah 2025-2029 of Program Penyediaan dan Pengembangan Prasarana Pertanian is a typed ${PLANT_J_VAL.toLocaleString("en")}; the five years give ${sum(prog[2].v).toLocaleString("en")} (1 and 8 swapped)`,
    truth: YS.map((_, i) => a2(`y${i}`, PLANT_J)).join("+"),
    tol: 0.5,
  });
  for (const id of [...src.map((x) => x.id), "j"]) {
    if (id !== PLANT_G)
      b.ok({
        sheet: S,
        cell: a1("rr", id),
        rules: ["growth-mismatch"],
        truth: mean(ys1(id)),
        // the mean of the yearly rates, not the growth over the period (they differ most where the
        // series goes up and down: Bantuan Keuangan Provinsi 23.33 against 50.00)
        trap: whole(ys1(id)),
      });
    b.ok({ sheet: S, cell: a1("jml", id), rules: ["sum-mismatch"], truth: ys1(id).join("+"), tol: 0.5 });
  }
  YS.forEach((_, i) => {
    const k = `y${i}`;
    b.ok({
      sheet: S,
      cell: a1(k, "j"),
      rules: ["sum-mismatch"],
      truth: src.map((x) => a1(k, x.id)).join("+"),
      tol: 0.5,
    });
    b.ok({
      sheet: S,
      cell: a2(k, "j"),
      rules: ["sum-mismatch"],
      truth: prog.map((x) => a2(k, x.id)).join("+"),
      tol: 0.5,
    });
    // the two tables share their yearly totals
    b.ok({
      sheet: S,
      cell: a2(k, "j"),
      rules: ["cross-table-mismatch"],
      truth: a1(k, "j"),
      tol: 0.5,
    });
  });
  for (const x of prog)
    if (x.id !== PLANT_J)
      b.ok({
        sheet: S,
        cell: a2("jml", x.id),
        rules: ["sum-mismatch"],
        truth: YS.map((_, i) => a2(`y${i}`, x.id)).join("+"),
        tol: 0.5,
      });
  return b.finish();
}
