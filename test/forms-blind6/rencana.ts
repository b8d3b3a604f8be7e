// Plan tables of the eighth unseen set: a Renja "Review terhadap Rancangan Awal RKPD" of a Dinas
// Perhubungan (rancangan awal beside the hasil analisis kebutuhan, each with its program / kegiatan,
// lokasi, indikator, target and money, and a "Penjelasan"; the year only in the title); and a
// cascading table of a Dinas Kependudukan dan Pencatatan Sipil with the level of every row (Tujuan /
// Sasaran / Program / Kegiatan / Sub Kegiatan) in one column, the target and anggaran of 2025.
// Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, INT, RP, fmt, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

// ====================================== Review terhadap Rancangan Awal RKPD 2026 (Dinas Perhubungan)

type RvIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  /** the rancangan awal does not have the row (added by the analisis kebutuhan) */
  baru?: boolean;
  lokasi?: string;
  ind: string;
  /** target of the rancangan awal and of the hasil analisis kebutuhan, typed with their unit */
  tA: string;
  tB: string;
  pagu?: number;
  butuh?: number;
  why?: string;
};

/** Review terhadap Rancangan Awal RKPD Tahun 2026, Dinas Perhubungan Kota Jatiluhung. */
export function reviewDishub(): BookW {
  const b = new BookW(
    "review-rkpd-dishub-jatiluhung.xlsx",
    "Renja review of the rancangan awal RKPD",
    "Renja 2026 review of the rancangan awal RKPD of a Dinas Perhubungan: Rancangan Awal RKPD > Program/Kegiatan | Lokasi | Indikator | Target | Pagu Indikatif beside Hasil Analisis Kebutuhan > the same with Kebutuhan Dana, and Penjelasan; a sub kegiatan new in the analisis; JUMLAH",
  );
  const S = "Review Ranwal RKPD";
  const s = b.sheet(S);
  s.lines([
    "TABEL 2.6",
    "REVIEW TERHADAP RANCANGAN AWAL RKPD TAHUN 2026",
    "KOTA JATILUHUNG",
    "Nama Perangkat Daerah: Dinas Perhubungan",
  ]);
  s.gap();
  const KOTA = "Kota Jatiluhung";
  const rows: RvIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.15.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      lokasi: KOTA,
      ind: "Persentase dokumen perencanaan, keuangan dan pelaporan yang tepat waktu",
      tA: "100 %",
      tB: "100 %",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.15.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      lokasi: KOTA,
      ind: "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun",
      tA: "7 dokumen",
      tB: "7 dokumen",
    },
    {
      id: "s111",
      kind: "sub",
      parent: "k11",
      kode: "2.15.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      lokasi: KOTA,
      ind: "Jumlah dokumen perencanaan perangkat daerah",
      tA: "4 dokumen",
      tB: "4 dokumen",
      pagu: 85_000_000,
      butuh: 85_000_000,
    },
    {
      id: "s112",
      kind: "sub",
      parent: "k11",
      kode: "2.15.01.2.01.0007",
      nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      lokasi: KOTA,
      ind: "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja",
      tA: "3 laporan",
      tB: "3 laporan",
      pagu: 42_500_000,
      butuh: 42_500_000,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.15.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      lokasi: KOTA,
      ind: "Jumlah bulan pelayanan administrasi keuangan",
      tA: "12 bulan",
      tB: "12 bulan",
    },
    {
      id: "s121",
      kind: "sub",
      parent: "k12",
      kode: "2.15.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      lokasi: KOTA,
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      tA: "184 orang",
      tB: "197 orang",
      pagu: 9_846_200_000,
      butuh: 10_124_600_000,
      why: "Penambahan 13 orang PPPK formasi 2025 dan penyesuaian tunjangan",
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.15.02",
      nama: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
      lokasi: KOTA,
      ind: "Persentase ruas jalan kota yang dilengkapi perlengkapan jalan",
      tA: "68,50 %",
      tB: "70,00 %",
      why: "Target disesuaikan dengan RPJMD (indikator kinerja daerah)",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.15.02.2.02",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      lokasi: "5 kecamatan",
      ind: "Jumlah perlengkapan jalan yang tersedia",
      tA: "568 unit",
      tB: "598 unit",
    },
    {
      id: "s211",
      kind: "sub",
      parent: "k21",
      kode: "2.15.02.2.02.0001",
      nama: "Pengadaan dan Pemasangan Rambu Lalu Lintas",
      lokasi: "Kec. Jatiluhung Kota, Kec. Sukaresmi, Kec. Cibadak Hilir",
      ind: "Jumlah rambu lalu lintas yang terpasang",
      tA: "240 unit",
      tB: "270 unit",
      pagu: 1_380_000_000,
      butuh: 1_520_000_000,
      why: "Usulan Musrenbang kecamatan dan hasil audit keselamatan jalan",
    },
    {
      id: "s212",
      kind: "sub",
      parent: "k21",
      kode: "2.15.02.2.02.0002",
      nama: "Pengadaan dan Pemasangan Alat Penerangan Jalan (APJ)",
      lokasi: "5 kecamatan",
      ind: "Jumlah titik alat penerangan jalan yang terpasang",
      tA: "310 titik",
      tB: "310 titik",
      pagu: 2_650_000_000,
      butuh: 2_480_000_000,
      why: "Harga satuan disesuaikan dengan SSH 2026",
    },
    {
      id: "s213",
      kind: "sub",
      parent: "k21",
      kode: "2.15.02.2.02.0004",
      nama: "Pemeliharaan Alat Pemberi Isyarat Lalu Lintas (APILL)",
      lokasi: KOTA,
      ind: "Jumlah simpang ber-APILL yang terpelihara",
      tA: "18 simpang",
      tB: "18 simpang",
      pagu: 415_000_000,
      butuh: 415_000_000,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.15.02.2.03",
      nama: "Pengelolaan Terminal Penumpang Tipe C",
      lokasi: "Terminal Cibadak Hilir",
      ind: "Jumlah terminal tipe C yang dikelola",
      tA: "1 terminal",
      tB: "1 terminal",
    },
    {
      id: "s221",
      kind: "sub",
      parent: "k22",
      kode: "2.15.02.2.03.0001",
      nama: "Pembangunan/Rehabilitasi Fasilitas Terminal Penumpang Tipe C",
      lokasi: "Terminal Cibadak Hilir",
      ind: "Luas fasilitas terminal yang direhabilitasi",
      tA: "1.250 m2",
      tB: "1.480 m2",
      pagu: 1_850_000_000,
      butuh: 2_120_000_000,
      why: "Termasuk rehabilitasi ruang tunggu sesuai hasil kajian teknis",
    },
    {
      id: "s222",
      kind: "sub",
      parent: "k22",
      kode: "2.15.02.2.03.0002",
      nama: "Operasional dan Pemeliharaan Terminal Penumpang Tipe C",
      lokasi: "Terminal Cibadak Hilir",
      ind: "Jumlah bulan operasional terminal",
      tA: "12 bulan",
      tB: "12 bulan",
      pagu: 386_000_000,
      butuh: 386_000_000,
    },
    {
      id: "k23",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.15.02.2.05",
      nama: "Pengujian Berkala Kendaraan Bermotor",
      lokasi: "UPTD PKB Jatiluhung",
      ind: "Jumlah kendaraan wajib uji yang diuji",
      tA: "14.500 kendaraan",
      tB: "14.800 kendaraan",
    },
    {
      id: "s231",
      kind: "sub",
      parent: "k23",
      kode: "2.15.02.2.05.0001",
      nama: "Pelaksanaan Uji Berkala Kendaraan Bermotor",
      lokasi: "UPTD PKB Jatiluhung",
      ind: "Jumlah kendaraan bermotor yang diuji berkala",
      tA: "14.500 kendaraan",
      tB: "14.800 kendaraan",
      pagu: 612_000_000,
      butuh: 668_500_000,
    },
    {
      id: "s232",
      kind: "sub",
      parent: "k23",
      kode: "2.15.02.2.05.0003",
      nama: "Kalibrasi Peralatan Pengujian Kendaraan Bermotor",
      baru: true,
      lokasi: "UPTD PKB Jatiluhung",
      ind: "Jumlah paket kalibrasi peralatan uji",
      tA: "",
      tB: "1 paket",
      butuh: 175_000_000,
      why: "Sub kegiatan baru: syarat akreditasi unit pengujian (belum ada di rancangan awal)",
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const total = (x: RvIn, k: "pagu" | "butuh"): number =>
    x.kind === "sub" ? (x[k] ?? 0) : sum(kids(x.id).map((q) => total(q, k)));
  // planted 1: the kebutuhan dana of kegiatan 2.15.02.2.03 left at its pagu indikatif (not updated)
  const PLANT_S = "k22";
  // planted 2: the APILL sub kegiatan carries the code of the APJ sub kegiatan above it
  const PLANT_D = "s213";
  const DUP = "2.15.02.2.02.0002";
  const written = (x: RvIn, k: "pagu" | "butuh"): number => {
    if (x.id === PLANT_S && k === "butuh") return total(x, "pagu");
    if (x.kind === "program") return sum(kids(x.id).map((q) => written(q, k)));
    return total(x, k);
  };
  if (
    written(
      rows.find((x) => x.id === PLANT_S)!,
      "butuh",
    ) ===
    total(
      rows.find((x) => x.id === PLANT_S)!,
      "butuh",
    )
  )
    throw new Error("review: the plant must differ");
  const progs = rows.filter((x) => x.kind === "program");
  const A = "Rancangan Awal RKPD";
  const B = "Hasil Analisis Kebutuhan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 17 },
    { key: "namaA", head: [A, "Program/ Kegiatan/ Sub Kegiatan"], num: "(3)", width: 34 },
    { key: "lokA", head: [A, "Lokasi"], role: "lokasi", num: "(4)", width: 16 },
    { key: "indA", head: [A, "Indikator Kinerja"], role: "indikator", num: "(5)", width: 30 },
    { key: "tA", head: [A, "Target Capaian"], role: "target", year: 2026, num: "(6)", width: 12 },
    {
      key: "pagu",
      head: [A, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    { key: "namaB", head: [B, "Program/ Kegiatan/ Sub Kegiatan"], num: "(8)", width: 34 },
    { key: "lokB", head: [B, "Lokasi"], role: "lokasi", num: "(9)", width: 16 },
    { key: "indB", head: [B, "Indikator Kinerja"], role: "indikator", num: "(10)", width: 30 },
    { key: "tB", head: [B, "Target Capaian"], role: "target", year: 2026, num: "(11)", width: 12 },
    {
      key: "butuh",
      head: [B, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(12)",
      fmt: RP,
      width: 16,
    },
    { key: "why", head: ["Penjelasan"], role: "keterangan", num: "(13)", width: 30 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind === "program",
        cells: {
          no: x.kind === "program" ? ++no : undefined,
          kode: x.kode,
          namaA: x.baru ? undefined : x.nama,
          lokA: x.baru ? undefined : x.lokasi,
          indA: x.baru ? undefined : x.ind,
          tA: x.baru ? undefined : x.tA,
          pagu: x.baru ? undefined : written(x, "pagu"),
          namaB: x.nama,
          lokB: x.lokasi,
          indB: x.ind,
          tB: x.tB,
          butuh: written(x, "butuh"),
          why: x.why,
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "indA"],
        cells: {
          no: "JUMLAH",
          pagu: sum(progs.map((p) => written(p, "pagu"))),
          butuh: sum(progs.map((p) => written(p, "butuh"))),
        },
      },
    ],
  });
  // the duplicate code, typed over the right one
  s.ws.getCell(`${t.c("kode")}${t.row(PLANT_D)}`).value = DUP;
  s.gap();
  signature(s, 11, {
    tempat: "Jatiluhung, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KOTA JATILUHUNG,"],
    nama: "AGUS SETIAWAN PRAMONO, S.T., M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19780514 200501 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const k22 = rows.find((x) => x.id === PLANT_S)!;
  b.plant({
    at: { sheet: S, cell: a("butuh", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `kebutuhan dana of kegiatan 2.15.02.2.03 is ${written(k22, "butuh").toLocaleString("en")}, left at its pagu indikatif (the sum of its sub kegiatan's pagu indikatif); their kebutuhan dana give ${total(k22, "butuh").toLocaleString("en")}`,
    truth: kids(PLANT_S)
      .map((q) => a("butuh", q.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("kode", PLANT_D) },
        { sheet: S, cell: a("kode", "s212") },
      ],
    },
    rules: ["duplicate-code"],
    note: `sub kegiatan code ${DUP} is used twice (Pengadaan dan Pemasangan APJ, and Pemeliharaan APILL, which is 2.15.02.2.02.0004)`,
    truth: "1",
    actual: `COUNTIF(${a("kode", "p1")}:${a("kode", rows[rows.length - 1].id)},${a("kode", PLANT_D)})`,
  });
  for (const x of rows) {
    if (x.parent && x.id !== PLANT_D)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.kind === "sub") continue;
    for (const k of ["pagu", "butuh"] as const) {
      if (x.id === PLANT_S && k === "butuh") continue;
      // program 2.15.02's kebutuhan dana adds up the kegiatan as written, the planted one among them
      if (x.id === k22.parent && k === "butuh") continue;
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
  b.ok({
    sheet: S,
    cell: a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => a("pagu", p.id)).join("+"),
    trap: rows.map((x) => a("pagu", x.id)).join("+"),
    tol: 0.5,
  });
  // kebutuhan dana beside a different pagu indikatif is the analisis, explained, not a mismatch
  for (const id of ["s121", "s211", "s212", "s221", "s231"])
    b.ok({
      sheet: S,
      cell: a("butuh", id),
      rules: ["cross-table-mismatch"],
      truth: a("butuh", id),
      trap: a("pagu", id),
    });
  return b.finish();
}

// ===================================== Cascading kinerja 2025 (Dinas Kependudukan dan Pencatatan Sipil)

type CsIn = {
  id: string;
  level: "Tujuan" | "Sasaran" | "Program" | "Kegiatan" | "Sub Kegiatan" | "";
  parent?: string;
  kode?: string;
  uraian?: string;
  ind: string;
  sat: string;
  tg: number;
  rp?: number;
  pj: string;
};

/** Cascading kinerja 2025 of Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kalisemu. */
export function cascadingDukcapil(): BookW {
  const b = new BookW(
    "cascading-disdukcapil-kalisemu.xlsx",
    "cascading kinerja",
    "cascading of a Disdukcapil for 2025: the level of each row (Tujuan / Sasaran / Program / Kegiatan / Sub Kegiatan) in one column, kode, uraian, indikator, satuan, target 2025, anggaran 2025, penanggung jawab by echelon",
  );
  const S = "Cascading 2025";
  const s = b.sheet(S);
  s.lines(["CASCADING KINERJA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KALISEMU", "TAHUN 2025"]);
  s.gap();
  const KADIS = "Kepala Dinas";
  const rows: CsIn[] = [
    {
      id: "t1",
      level: "Tujuan",
      uraian: "Meningkatnya kualitas pelayanan administrasi kependudukan",
      ind: "Indeks Kepuasan Masyarakat terhadap pelayanan administrasi kependudukan",
      sat: "nilai",
      tg: 84.5,
      pj: KADIS,
    },
    {
      id: "sa1",
      level: "Sasaran",
      uraian: "Meningkatnya kepemilikan dokumen kependudukan",
      ind: "Persentase penduduk wajib KTP yang memiliki KTP-el",
      sat: "%",
      tg: 99.2,
      pj: KADIS,
    },
    {
      id: "sa1b",
      level: "",
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      tg: 55,
      pj: KADIS,
    },
    {
      id: "p1",
      level: "Program",
      kode: "2.12.02",
      uraian: "Program Pendaftaran Penduduk",
      ind: "Persentase penduduk yang terdaftar dalam database kependudukan",
      sat: "%",
      tg: 99.8,
      pj: "Kepala Bidang Pelayanan Pendaftaran Penduduk",
    },
    {
      id: "k11",
      level: "Kegiatan",
      parent: "p1",
      kode: "2.12.02.2.01",
      uraian: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah dokumen pendaftaran penduduk yang diterbitkan",
      sat: "dokumen",
      tg: 86_500,
      pj: "Kepala Seksi Identitas Penduduk",
    },
    {
      id: "sk111",
      level: "Sub Kegiatan",
      parent: "k11",
      kode: "2.12.02.2.01.0001",
      uraian: "Pelayanan Perekaman dan Pencetakan KTP-el",
      ind: "Jumlah KTP-el yang dicetak",
      sat: "keping",
      tg: 42_000,
      rp: 1_245_800_000,
      pj: "Kepala Seksi Identitas Penduduk",
    },
    {
      id: "sk112",
      level: "Sub Kegiatan",
      parent: "k11",
      kode: "2.12.02.2.01.0002",
      uraian: "Pelayanan Penerbitan Kartu Keluarga dan Kartu Identitas Anak",
      ind: "Jumlah KK dan KIA yang diterbitkan",
      sat: "dokumen",
      tg: 38_500,
      rp: 687_350_000,
      pj: "Kepala Seksi Identitas Penduduk",
    },
    {
      id: "sk113",
      level: "Sub Kegiatan",
      parent: "k11",
      kode: "2.12.02.2.01.0004",
      uraian: "Pelayanan Jemput Bola Pendaftaran Penduduk",
      ind: "Jumlah kegiatan pelayanan jemput bola",
      sat: "kali",
      tg: 96,
      rp: 412_600_000,
      pj: "Kepala Seksi Identitas Penduduk",
    },
    {
      id: "k12",
      level: "Kegiatan",
      parent: "p1",
      kode: "2.12.02.2.02",
      uraian: "Penataan Pendaftaran Penduduk",
      ind: "Jumlah data kependudukan yang dimutakhirkan",
      sat: "data",
      tg: 26_200,
      pj: "Kepala Seksi Pindah Datang dan Pendataan Penduduk",
    },
    {
      id: "sk121",
      level: "Sub Kegiatan",
      parent: "k12",
      kode: "2.12.02.2.02.0001",
      uraian: "Pemutakhiran Data Penduduk Hasil Pendataan",
      ind: "Jumlah data penduduk yang dimutakhirkan",
      sat: "data",
      tg: 25_000,
      rp: 318_450_000,
      pj: "Kepala Seksi Pindah Datang dan Pendataan Penduduk",
    },
    {
      id: "sk122",
      level: "Sub Kegiatan",
      parent: "k12",
      kode: "2.12.02.2.02.0003",
      uraian: "Pendataan Penduduk Rentan Administrasi Kependudukan",
      ind: "Jumlah penduduk rentan adminduk yang terdata",
      sat: "jiwa",
      tg: 1_200,
      rp: 146_900_000,
      pj: "Kepala Seksi Pindah Datang dan Pendataan Penduduk",
    },
    {
      id: "sa2",
      level: "Sasaran",
      uraian: "Meningkatnya kepemilikan akta pencatatan sipil",
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      tg: 98.6,
      pj: KADIS,
    },
    {
      id: "p2",
      level: "Program",
      kode: "2.12.03",
      uraian: "Program Pencatatan Sipil",
      ind: "Persentase peristiwa penting yang dicatatkan",
      sat: "%",
      tg: 92.4,
      pj: "Kepala Bidang Pelayanan Pencatatan Sipil",
    },
    {
      id: "k21",
      level: "Kegiatan",
      parent: "p2",
      kode: "2.12.03.2.01",
      uraian: "Pelayanan Pencatatan Sipil",
      ind: "Jumlah akta pencatatan sipil yang diterbitkan",
      sat: "akta",
      tg: 31_800,
      pj: "Kepala Seksi Kelahiran dan Kematian",
    },
    {
      id: "sk211",
      level: "Sub Kegiatan",
      parent: "k21",
      kode: "2.12.03.2.01.0001",
      uraian: "Pelayanan Pencatatan Kelahiran",
      ind: "Jumlah akta kelahiran yang diterbitkan",
      sat: "akta",
      tg: 24_500,
      rp: 524_300_000,
      pj: "Kepala Seksi Kelahiran dan Kematian",
    },
    {
      id: "sk212",
      level: "Sub Kegiatan",
      parent: "k21",
      kode: "2.12.03.2.01.0002",
      uraian: "Pelayanan Pencatatan Kematian",
      ind: "Jumlah akta kematian yang diterbitkan",
      sat: "akta",
      tg: 5_600,
      rp: 186_750_000,
      pj: "Kepala Seksi Kelahiran dan Kematian",
    },
    {
      id: "sk213",
      level: "Sub Kegiatan",
      parent: "k21",
      kode: "2.12.03.2.01.0003",
      uraian: "Pelayanan Pencatatan Perkawinan dan Perceraian",
      ind: "Jumlah akta perkawinan dan perceraian yang diterbitkan",
      sat: "akta",
      tg: 1_700,
      rp: 98_400_000,
      pj: "Kepala Seksi Perkawinan dan Perceraian",
    },
    {
      id: "sa3",
      level: "Sasaran",
      uraian: "Meningkatnya pemanfaatan data kependudukan",
      ind: "Jumlah perangkat daerah dan lembaga yang memanfaatkan data kependudukan",
      sat: "lembaga",
      tg: 34,
      pj: KADIS,
    },
    {
      id: "p3",
      level: "Program",
      kode: "2.12.04",
      uraian: "Program Pengelolaan Informasi Administrasi Kependudukan",
      ind: "Persentase ketersediaan layanan SIAK terpusat",
      sat: "%",
      tg: 99.5,
      pj: "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
    },
    {
      id: "k31",
      level: "Kegiatan",
      parent: "p3",
      kode: "2.12.04.2.01",
      uraian: "Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan",
      ind: "Jumlah kecamatan yang terhubung jaringan SIAK",
      sat: "kecamatan",
      tg: 15,
      pj: "Kepala Seksi Sistem Informasi Administrasi Kependudukan",
    },
    {
      id: "sk311",
      level: "Sub Kegiatan",
      parent: "k31",
      kode: "2.12.04.2.01.0001",
      uraian: "Pengelolaan Sistem Informasi Administrasi Kependudukan (SIAK)",
      ind: "Jumlah bulan layanan SIAK",
      sat: "bulan",
      tg: 12,
      rp: 745_200_000,
      pj: "Kepala Seksi Sistem Informasi Administrasi Kependudukan",
    },
    {
      id: "sk312",
      level: "Sub Kegiatan",
      parent: "k31",
      kode: "2.12.04.2.01.0003",
      uraian: "Penyediaan Perangkat Jaringan Komunikasi Data SIAK",
      ind: "Jumlah kecamatan yang disediakan perangkat jaringan",
      sat: "kecamatan",
      tg: 15,
      rp: 392_500_000,
      pj: "Kepala Seksi Sistem Informasi Administrasi Kependudukan",
    },
    {
      id: "k32",
      level: "Kegiatan",
      parent: "p3",
      kode: "2.12.05.2.01",
      uraian: "Pemanfaatan Data Kependudukan",
      ind: "Jumlah perjanjian kerja sama pemanfaatan data kependudukan",
      sat: "PKS",
      tg: 6,
      pj: "Kepala Seksi Pemanfaatan Data dan Dokumen Kependudukan",
    },
    {
      id: "sk321",
      level: "Sub Kegiatan",
      parent: "k32",
      kode: "2.12.05.2.01.0001",
      uraian: "Fasilitasi Pemanfaatan Data Kependudukan oleh Perangkat Daerah dan Lembaga",
      ind: "Jumlah lembaga pengguna yang difasilitasi",
      sat: "lembaga",
      tg: 28,
      rp: 164_300_000,
      pj: "Kepala Seksi Pemanfaatan Data dan Dokumen Kependudukan",
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const total = (x: CsIn): number => (x.rp !== undefined ? x.rp : sum(kids(x.id).map(total)));
  // planted 1: the kegiatan 2.12.04.2.02 typed as 2.12.05.2.01 (the program of profil kependudukan),
  // its sub kegiatan following it; it sits under program 2.12.04
  const PLANT_K = "k32";
  // planted 2: kegiatan 2.12.02.2.01's anggaran typed with two digits swapped
  const PLANT_S = "k11";
  const k11True = total(rows.find((x) => x.id === PLANT_S)!);
  if (k11True !== 2_345_750_000) throw new Error(`cascading: k11 ${k11True}`);
  const PLANT_S_VAL = 2_354_750_000;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "lvl", head: ["Level Kinerja"], width: 13 },
    { key: "kode", head: ["Kode"], role: "kode", width: 17 },
    { key: "ur", head: ["Uraian Tujuan/ Sasaran/ Program/ Kegiatan/ Sub Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    { key: "rp", head: ["Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 30 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 1,
    rows: rows.map((x) => {
      const cells: Record<string, Cell> = {
        no: x.level ? ++no : undefined,
        lvl: x.level || undefined,
        kode: x.kode,
        ur: x.uraian,
        ind: x.ind,
        sat: x.sat,
        tg: fmt(x.tg, Number.isInteger(x.tg) && x.sat !== "%" ? INT : DEC),
        pj: x.pj,
      };
      if (x.kode) cells.rp = x.id === PLANT_S ? PLANT_S_VAL : total(x);
      return {
        id: x.id,
        bold: x.level === "Program" || x.level === "Tujuan" || x.level === "Sasaran",
        cells,
      };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan: Level Tujuan dan Sasaran = Kepala Dinas (Eselon II); Program = Kepala Bidang (Eselon III); Kegiatan dan Sub Kegiatan = Kepala Seksi (Eselon IV).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Kalisemu, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KABUPATEN KALISEMU,"],
    nama: "Hj. NURUL FITRIANINGSIH, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19741106 199903 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_K) },
    rules: ["code-hierarchy"],
    note: "kegiatan Pemanfaatan Data Kependudukan coded 2.12.05.2.01 (a kegiatan of program 2.12.05) sits under program 2.12.04",
    truth: a("kode", "p3"),
    actual: `PARENT(${a("kode", PLANT_K)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `anggaran of kegiatan 2.12.02.2.01 is ${PLANT_S_VAL.toLocaleString("en")}; its three sub kegiatan give ${k11True.toLocaleString("en")} (two digits swapped; the program agrees with the sub kegiatan)`,
    truth: kids(PLANT_S)
      .map((q) => a("rp", q.id))
      .join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    // the sub kegiatan of the miscoded kegiatan nests under it, but not under the program: not listed
    if (x.parent && x.id !== PLANT_K && x.parent !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    // program 2.12.02 (over the planted kegiatan) and program 2.12.04 (over the miscoded one) are not listed
    if (x.level === "Kegiatan" && x.id !== PLANT_S)
      b.ok({
        sheet: S,
        cell: a("rp", x.id),
        rules: ["sum-mismatch"],
        truth: kids(x.id)
          .map((q) => a("rp", q.id))
          .join("+"),
        tol: 0.5,
      });
    if (x.id === "p2") {
      const parts = kids(x.id);
      b.ok({
        sheet: S,
        cell: a("rp", x.id),
        rules: ["sum-mismatch"],
        truth: parts.map((q) => a("rp", q.id)).join("+"),
        trap: [...parts, ...parts.flatMap((q) => kids(q.id))].map((q) => a("rp", q.id)).join("+"),
        tol: 0.5,
      });
    }
  }
  return b.finish();
}
