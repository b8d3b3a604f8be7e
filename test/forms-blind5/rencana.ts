// Plans of the seventh unseen set: the Renja table of a Dinas Pemberdayaan Perempuan dan Perlindungan
// Anak in the wording of the Permendagri form ("Rencana Tahun 2026" > Lokasi | Target Capaian Kinerja
// | Kebutuhan Dana/Pagu Indikatif | Sumber Dana, "Catatan Penting", "Prakiraan Maju Rencana Tahun
// 2027"), urusan and bidang urusan rows above the programs, targets typed with their unit ("5
// Dokumen"); and the Renstra of a provincial Dinas Energi dan Sumber Daya Mineral: a program-level
// T-C.27 in rupiah and, on a second sheet, its funding summed by sasaran "(dalam jutaan rupiah)".
// Every name and number is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ================================================================= Renja 2026 (DP3A), Catatan Penting

type RjIn = {
  id: string;
  kind: "urusan" | "bidang" | "program" | "ind2" | "kegiatan" | "sub";
  parent?: string;
  kode?: string;
  nama?: string;
  ind?: string;
  tg?: string;
  tg2?: string;
  lok?: string;
  sd?: string;
  cat?: string;
  p26?: number;
  p27?: number;
};

/** Renja 2026 of Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Telagamurni. */
export function renjaDp3a(): BookW {
  const b = new BookW(
    "renja2026-catatan-dp3a-telagamurni.xlsx",
    "Renja",
    "Renja 2026 of a DP3A in the wording of the form: Rencana Tahun 2026 > Lokasi | Target Capaian Kinerja | Kebutuhan Dana/Pagu Indikatif | Sumber Dana, Catatan Penting, Prakiraan Maju Rencana Tahun 2027; urusan and bidang rows, sub kegiatan, targets typed with their unit",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026 dan Prakiraan Maju Tahun 2027",
    "Kabupaten Telagamurni",
    "Nama Perangkat Daerah: Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
  ]);
  s.gap();
  const KAB = "Kab. Telagamurni";
  const rows: RjIn[] = [
    {
      id: "u",
      kind: "urusan",
      kode: "2",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    },
    {
      id: "bd",
      kind: "bidang",
      kode: "2.08",
      nama: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    },
    {
      id: "p1",
      kind: "program",
      kode: "2.08.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase dokumen perencanaan, penganggaran dan pelaporan kinerja yang tepat waktu",
      tg: "100 %",
      tg2: "100 %",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.08.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja yang disusun",
      tg: "9 Dokumen",
      tg2: "9 Dokumen",
    },
    {
      id: "s111",
      kind: "sub",
      parent: "k11",
      kode: "2.08.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah Dokumen Perencanaan Perangkat Daerah",
      tg: "5 Dokumen",
      tg2: "5 Dokumen",
      p26: 48_500_000,
      p27: 51_000_000,
    },
    {
      id: "s112",
      kind: "sub",
      parent: "k11",
      kode: "2.08.01.2.01.0007",
      nama: "Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
      tg: "4 Laporan",
      tg2: "4 Laporan",
      p26: 32_750_000,
      p27: 34_400_000,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.08.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah ASN yang menerima gaji dan tunjangan",
      tg: "42 Orang",
      tg2: "44 Orang",
    },
    {
      id: "s121",
      kind: "sub",
      parent: "k12",
      kode: "2.08.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
      tg: "42 Orang",
      tg2: "44 Orang",
      cat: "Termasuk TPP; 2 formasi CPNS tahun 2026",
      p26: 4_186_350_000,
      p27: 4_311_940_000,
    },
    {
      id: "k13",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.08.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Persentase layanan administrasi umum perangkat daerah yang terpenuhi",
      tg: "100 %",
      tg2: "100 %",
    },
    {
      id: "s131",
      kind: "sub",
      parent: "k13",
      kode: "2.08.01.2.06.0005",
      nama: "Penyediaan Bahan Logistik Kantor",
      ind: "Jumlah Paket Bahan Logistik Kantor yang Disediakan",
      tg: "12 Paket",
      tg2: "12 Paket",
      p26: 86_400_000,
      p27: 90_700_000,
    },
    {
      id: "s132",
      kind: "sub",
      parent: "k13",
      kode: "2.08.01.2.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      tg: "24 Laporan",
      tg2: "24 Laporan",
      p26: 118_250_000,
      p27: 124_150_000,
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.08.02",
      nama: "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      tg: "72,85",
      tg2: "73,40",
      cat: "Indikator RPJMD",
    },
    {
      id: "p2b",
      kind: "ind2",
      ind: "Indeks Pembangunan Gender (IPG)",
      tg: "91,62",
      tg2: "91,95",
      cat: "Indikator RPJMD",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.08.02.2.01",
      nama: "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota",
      ind: "Jumlah perangkat daerah yang menyusun anggaran responsif gender",
      tg: "28 Perangkat Daerah",
      tg2: "30 Perangkat Daerah",
    },
    {
      id: "s211",
      kind: "sub",
      parent: "k21",
      kode: "2.08.02.2.01.0001",
      nama: "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG Kewenangan Kabupaten/Kota",
      ind: "Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG",
      tg: "2 Dokumen",
      tg2: "2 Dokumen",
      cat: "Pendampingan penyusunan ARG/GBS",
      p26: 64_800_000,
      p27: 68_000_000,
    },
    {
      id: "s212",
      kind: "sub",
      parent: "k21",
      kode: "2.08.02.2.01.0004",
      nama: "Pelaksanaan Komunikasi, Informasi dan Edukasi (KIE) PUG Kewenangan Kabupaten/Kota",
      ind: "Jumlah Kegiatan KIE PUG yang Dilaksanakan",
      tg: "6 Kegiatan",
      tg2: "6 Kegiatan",
      p26: 42_300_000,
      p27: 45_500_000,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.08.02.2.02",
      nama: "Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi pada Organisasi Kemasyarakatan Kewenangan Kabupaten/Kota",
      ind: "Jumlah organisasi kemasyarakatan perempuan yang diberdayakan",
      tg: "15 Organisasi",
      tg2: "18 Organisasi",
    },
    {
      id: "s221",
      kind: "sub",
      parent: "k22",
      kode: "2.08.02.2.02.0002",
      nama: "Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial dan Ekonomi",
      ind: "Jumlah Perempuan yang Mengikuti Sosialisasi",
      tg: "300 Orang",
      tg2: "320 Orang",
      lok: "17 Kecamatan",
      p26: 78_600_000,
      p27: 82_500_000,
    },
    {
      id: "s222",
      kind: "sub",
      parent: "k22",
      kode: "2.08.02.2.02.0004",
      nama: "Pelatihan dan Pendampingan Usaha Ekonomi Produktif bagi Perempuan Kepala Keluarga",
      ind: "Jumlah Perempuan Kepala Keluarga yang Dilatih dan Didampingi",
      tg: "120 Orang",
      tg2: "130 Orang",
      lok: "Kec. Telaga Kidul, Kec. Jatimulyo, Kec. Sendangrejo",
      cat: "Prioritas daerah: penghapusan kemiskinan ekstrem",
      p26: 156_900_000,
      p27: 164_700_000,
    },
    {
      id: "p3",
      kind: "program",
      kode: "2.08.03",
      nama: "PROGRAM PERLINDUNGAN PEREMPUAN",
      ind: "Persentase kasus kekerasan terhadap perempuan yang tertangani",
      tg: "100 %",
      tg2: "100 %",
      cat: "SPM / indikator RPJMD",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      kode: "2.08.03.2.01",
      nama: "Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah desa yang melaksanakan pencegahan kekerasan terhadap perempuan",
      tg: "34 Desa",
      tg2: "40 Desa",
    },
    {
      id: "s311",
      kind: "sub",
      parent: "k31",
      kode: "2.08.03.2.01.0001",
      nama: "Advokasi Kebijakan dan Pendampingan Pencegahan Kekerasan terhadap Perempuan Kewenangan Kabupaten/Kota",
      ind: "Jumlah Kegiatan Advokasi Kebijakan dan Pendampingan",
      tg: "4 Kegiatan",
      tg2: "4 Kegiatan",
      p26: 58_200_000,
      p27: 61_100_000,
    },
    {
      id: "s312",
      kind: "sub",
      parent: "k31",
      kode: "2.08.03.2.01.0003",
      nama: "Sosialisasi Pencegahan Kekerasan terhadap Perempuan di Desa dan Sekolah",
      ind: "Jumlah Desa yang Mendapat Sosialisasi",
      tg: "34 Desa",
      tg2: "40 Desa",
      lok: "34 Desa di 17 Kecamatan",
      p26: 96_450_000,
      p27: 101_300_000,
    },
    {
      id: "k32",
      kind: "kegiatan",
      parent: "p3",
      kode: "2.08.03.2.02",
      nama: "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi Kewenangan Kabupaten/Kota",
      ind: "Jumlah perempuan korban kekerasan yang mendapat layanan rujukan lanjutan",
      tg: "45 Orang",
      tg2: "45 Orang",
    },
    {
      id: "s321",
      kind: "sub",
      parent: "k32",
      kode: "2.08.03.2.02.0001",
      nama: "Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan",
      ind: "Jumlah Perempuan Korban Kekerasan yang Mendapat Layanan Pengaduan",
      tg: "45 Orang",
      tg2: "45 Orang",
      sd: "DAK Nonfisik",
      cat: "DAK Nonfisik PPA",
      p26: 72_650_000,
      p27: 76_300_000,
    },
    {
      id: "s322",
      kind: "sub",
      parent: "k32",
      // planted: the kegiatan digits of 2.08.03.2.02.0002
      kode: "2.08.03.2.01.0002",
      nama: "Penyediaan Layanan Penjangkauan, Pengelolaan Kasus, Mediasi dan Pendampingan Korban Kekerasan terhadap Perempuan",
      ind: "Jumlah Perempuan Korban Kekerasan yang Mendapat Layanan Penjangkauan dan Pendampingan",
      tg: "45 Orang",
      tg2: "45 Orang",
      sd: "DAK Nonfisik",
      cat: "DAK Nonfisik PPA",
      p26: 118_300_000,
      p27: 124_200_000,
    },
    {
      id: "s323",
      kind: "sub",
      parent: "k32",
      kode: "2.08.03.2.02.0003",
      nama: "Penyediaan Layanan Penampungan Sementara bagi Perempuan Korban Kekerasan",
      ind: "Jumlah Perempuan Korban Kekerasan yang Mendapat Layanan Penampungan Sementara",
      tg: "12 Orang",
      tg2: "12 Orang",
      p26: 54_700_000,
      p27: 57_400_000,
    },
    {
      id: "p4",
      kind: "program",
      kode: "2.08.06",
      nama: "PROGRAM PEMENUHAN HAK ANAK (PHA)",
      ind: "Predikat Kabupaten Layak Anak (KLA)",
      tg: "Madya",
      tg2: "Nindya",
    },
    {
      id: "k41",
      kind: "kegiatan",
      parent: "p4",
      kode: "2.08.06.2.01",
      nama: "Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha Kewenangan Kabupaten/Kota",
      ind: "Jumlah desa/kelurahan layak anak",
      tg: "40 Desa/Kelurahan",
      tg2: "52 Desa/Kelurahan",
    },
    {
      id: "s411",
      kind: "sub",
      parent: "k41",
      kode: "2.08.06.2.01.0001",
      nama: "Koordinasi dan Sinkronisasi Pelaksanaan Kebijakan Kabupaten Layak Anak",
      ind: "Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Kebijakan KLA",
      tg: "2 Dokumen",
      tg2: "2 Dokumen",
      cat: "Persiapan evaluasi KLA 2026",
      p26: 88_900_000,
      p27: 93_300_000,
    },
    {
      id: "s412",
      kind: "sub",
      parent: "k41",
      kode: "2.08.06.2.01.0003",
      nama: "Pengembangan Desa/Kelurahan Layak Anak",
      ind: "Jumlah Desa/Kelurahan yang Dikembangkan Menjadi Layak Anak",
      tg: "12 Desa/Kelurahan",
      tg2: "12 Desa/Kelurahan",
      lok: "12 Desa/Kelurahan",
      cat: "Lanjutan; 12 desa/kelurahan baru setiap tahun",
      p26: 134_500_000,
      p27: 141_200_000,
    },
    {
      id: "p5",
      kind: "program",
      kode: "2.08.07",
      nama: "PROGRAM PERLINDUNGAN KHUSUS ANAK",
      ind: "Persentase anak yang memerlukan perlindungan khusus yang tertangani",
      tg: "100 %",
      tg2: "100 %",
      cat: "SPM",
    },
    {
      id: "k51",
      kind: "kegiatan",
      parent: "p5",
      kode: "2.08.07.2.02",
      nama: "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus yang Memerlukan Koordinasi Kewenangan Kabupaten/Kota",
      ind: "Jumlah anak yang memerlukan perlindungan khusus yang mendapat layanan",
      tg: "60 Anak",
      tg2: "60 Anak",
    },
    {
      id: "s511",
      kind: "sub",
      parent: "k51",
      kode: "2.08.07.2.02.0001",
      nama: "Penyediaan Layanan Pengaduan Masyarakat bagi Anak yang Memerlukan Perlindungan Khusus",
      ind: "Jumlah Anak yang Mendapat Layanan Pengaduan",
      tg: "60 Anak",
      tg2: "60 Anak",
      p26: 67_300_000,
      p27: 70_700_000,
    },
    {
      id: "s512",
      kind: "sub",
      parent: "k51",
      kode: "2.08.07.2.02.0003",
      nama: "Penyediaan Layanan Kesehatan bagi Anak yang Memerlukan Perlindungan Khusus",
      ind: "Jumlah Anak yang Mendapat Layanan Kesehatan",
      tg: "60 Anak",
      tg2: "60 Anak",
      sd: "DAK Nonfisik",
      p26: 102_800_000,
      p27: 107_900_000,
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  for (const kind of ["kegiatan", "program"] as const)
    for (const x of rows.filter((q) => q.kind === kind)) {
      x.p26 = sum(kids(x.id).map((k) => k.p26!));
      x.p27 = sum(kids(x.id).map((k) => k.p27!));
    }
  const progs = rows.filter((x) => x.kind === "program");
  const bd = rows.find((x) => x.id === "bd")!;
  bd.p26 = sum(progs.map((p) => p.p26!));
  bd.p27 = sum(progs.map((p) => p.p27!));
  // planted 1: a sub kegiatan coded under the wrong kegiatan
  const PLANT_K = "s322";
  // planted 2: the kegiatan's prakiraan maju 2027 still carries its 2026 pagu
  const PLANT_S = "k22";
  const k22 = rows.find((x) => x.id === PLANT_S)!;
  if (k22.p26 !== 235_500_000 || k22.p27 !== 247_200_000) throw new Error("Renja: kegiatan 2.08.02.2.02");
  const p27 = (x: RjIn) => (x.id === PLANT_S ? x.p26 : x.p27);
  const R26 = "Rencana Tahun 2026";
  const R27 = "Prakiraan Maju Rencana Tahun 2027";
  const TC = "Target Capaian Kinerja";
  const KD = "Kebutuhan Dana/ Pagu Indikatif (Rp)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    {
      key: "nama",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "(2)",
      width: 44,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program/Kegiatan/Sub Kegiatan"],
      role: "indikator",
      num: "(3)",
      width: 38,
    },
    { key: "lok", head: [R26, "Lokasi"], role: "lokasi", num: "(4)", width: 16 },
    { key: "tg", head: [R26, TC], role: "target", year: 2026, num: "(5)", width: 14 },
    { key: "p26", head: [R26, KD], role: "anggaran", year: 2026, num: "(6)", fmt: RP, width: 16 },
    { key: "sd", head: [R26, "Sumber Dana"], num: "(7)", width: 12 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: "(8)", width: 24 },
    { key: "tg2", head: [R27, TC], role: "target", year: 2027, num: "(9)", width: 14 },
    { key: "p27", head: [R27, KD], role: "anggaran", year: 2027, num: "(10)", fmt: RP, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => {
      const cells: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        tg: x.tg,
        tg2: x.tg2,
        cat: x.cat,
      };
      if (x.p26 !== undefined) {
        cells.p26 = x.p26;
        cells.p27 = p27(x);
      }
      if (x.kind === "sub") {
        cells.lok = x.lok ?? KAB;
        cells.sd = x.sd ?? "APBD";
        cells.cat = x.cat ?? "-";
      }
      return { id: x.id, bold: x.kind !== "sub" && x.kind !== "ind2", cells };
    }),
  });
  s.gap();
  s.lines(["Sumber: hasil Forum Perangkat Daerah dan Musrenbang Kabupaten Telagamurni Tahun 2025 (diolah)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Telagamurni, 23 Juni 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK,"],
    nama: "Dra. RATNA KUSUMAWARDANI, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19740312 199903 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_K) },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 2.08.03.2.01.0002 (Penjangkauan, Pengelolaan Kasus, Mediasi dan Pendampingan) sits under kegiatan 2.08.03.2.02; its code names kegiatan 2.08.03.2.01",
    truth: a("kode", "k32"),
    actual: `PARENT(${a("kode", PLANT_K)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p27", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `prakiraan maju 2027 of kegiatan 2.08.02.2.02 is ${k22.p26!.toLocaleString("en")}, its 2026 pagu copied; its sub kegiatan add up to ${k22.p27!.toLocaleString("en")} for 2027`,
    truth: kids(PLANT_S)
      .map((k) => a("p27", k.id))
      .join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    const parent = x.parent ?? (x.kind === "program" ? "bd" : undefined);
    if (parent && x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.kind !== "kegiatan" && x.kind !== "program") continue;
    // both kegiatan of 2.08.03 sum their rows by position; by code one row belongs to the other
    if (x.parent === "p3") continue;
    const parts = kids(x.id);
    for (const m of ["p26", "p27"]) {
      if (m === "p27" && (x.id === PLANT_S || x.id === k22.parent)) continue;
      b.ok({
        sheet: S,
        cell: a(m, x.id),
        rules: ["sum-mismatch"],
        truth: parts.map((k) => a(m, k.id)).join("+"),
        trap:
          x.kind === "program"
            ? [...parts, ...parts.flatMap((k) => kids(k.id))].map((k) => a(m, k.id)).join("+")
            : undefined,
        tol: 0.5,
      });
    }
  }
  for (const m of ["p26", "p27"])
    b.ok({
      sheet: S,
      cell: a(m, "bd"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => a(m, p.id)).join("+"),
      // the bidang urusan is the sum of its programs, not of every row under it
      trap: rows
        .filter((x) => x.id !== "bd" && x.id !== "u")
        .map((x) => a(m, x.id))
        .join("+"),
      tol: 0.5,
    });
  return b.finish();
}

// ======================================= Renstra 2025-2029 (Dinas ESDM Provinsi), T-C.27 + rekap

type EsIn = {
  id: string;
  sas: string;
  kode?: string;
  prog?: string;
  ind: string;
  sat: string;
  /** level (percentage, index, installed capacity): kondisi akhir is the last target; flows: the sum */
  level: boolean;
  awal: number;
  tg: number[];
  rp?: number[];
  pd?: string;
  f: string;
};

const YE = [2025, 2026, 2027, 2028, 2029];

/** Renstra 2025-2029 of Dinas Energi dan Sumber Daya Mineral Provinsi Tanjung Harapan: T-C.27 and a rekap by sasaran. */
export function rekapEsdm(): BookW {
  const b = new BookW(
    "rekap-tc27-desdm-tanjungharapan.xlsx",
    "Renstra rekap",
    "Renstra 2025-2029 of a provincial Dinas ESDM: a program-level T-C.27 in rupiah (second indicators without code) and its funding summed by sasaran on a second sheet, in millions, with SUM subtotals",
  );
  const S = "T-C.27";
  const R = "Rekap Pendanaan";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program dan Pendanaan Indikatif Dinas Energi dan Sumber Daya Mineral Provinsi Tanjung Harapan Tahun 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya akuntabilitas kinerja perangkat daerah";
  const S2 = "Meningkatnya pengelolaan sumber daya geologi, mineral dan batubara yang berkelanjutan";
  const S3 = "Meningkatnya akses dan ketahanan energi daerah";
  const rows: EsIn[] = [
    {
      id: "p1",
      sas: S1,
      kode: "3.29.01",
      prog: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
      ind: "Nilai AKIP Dinas ESDM",
      sat: "nilai",
      level: true,
      awal: 71.35,
      tg: [72.5, 74, 75.5, 77, 78.5],
      rp: [18_426_350_000, 19_084_200_000, 19_752_600_000, 20_446_100_000, 21_164_850_000],
      pd: "Sekretariat",
      f: DEC,
    },
    {
      id: "p2",
      sas: S2,
      kode: "3.29.02",
      prog: "PROGRAM PENGELOLAAN ASPEK KEGEOLOGIAN",
      ind: "Persentase rekomendasi teknis pemanfaatan air tanah yang diterbitkan sesuai standar waktu layanan",
      sat: "%",
      level: true,
      awal: 82.4,
      tg: [85, 87.5, 90, 92.5, 95],
      rp: [1_842_500_000, 1_935_000_000, 2_031_750_000, 2_133_300_000, 2_240_000_000],
      pd: "Bidang Geologi dan Air Tanah",
      f: DEC,
    },
    {
      id: "p3",
      sas: S2,
      kode: "3.29.03",
      prog: "PROGRAM PENGELOLAAN MINERAL DAN BATUBARA",
      ind: "Persentase pemegang IUP mineral bukan logam dan batuan yang dibina dan diawasi",
      sat: "%",
      level: true,
      awal: 46.3,
      tg: [55, 62, 70, 78, 85],
      rp: [3_215_600_000, 3_486_400_000, 3_752_900_000, 4_018_250_000, 4_296_800_000],
      pd: "Bidang Mineral dan Batubara",
      f: DEC,
    },
    {
      id: "p3b",
      sas: S2,
      ind: "Luas lahan bekas tambang yang direklamasi",
      sat: "Ha",
      level: false,
      awal: 38.5,
      tg: [40, 45, 50, 55, 60],
      f: DEC,
    },
    {
      id: "p4",
      sas: S3,
      kode: "3.29.04",
      prog: "PROGRAM PENGELOLAAN ENERGI BARU TERBARUKAN",
      ind: "Bauran energi baru terbarukan dalam energi primer daerah",
      sat: "%",
      level: true,
      awal: 16.8,
      tg: [18.2, 19.5, 21, 22.4, 23],
      rp: [12_684_300_000, 14_250_000_000, 15_918_600_000, 17_286_450_000, 18_740_200_000],
      pd: "Bidang Energi Baru Terbarukan",
      f: DEC,
    },
    {
      id: "p4b",
      sas: S3,
      ind: "Kapasitas terpasang pembangkit listrik EBT off-grid yang difasilitasi",
      sat: "kWp",
      level: true,
      awal: 1_240,
      tg: [1_480, 1_760, 2_080, 2_440, 2_850],
      f: INT,
    },
    {
      id: "p5",
      sas: S3,
      kode: "3.29.05",
      prog: "PROGRAM PENGELOLAAN KETENAGALISTRIKAN",
      ind: "Rasio elektrifikasi",
      sat: "%",
      level: true,
      awal: 97.62,
      tg: [98.3, 98.8, 99.2, 99.6, 100],
      rp: [9_846_200_000, 10_518_750_000, 11_204_600_000, 11_936_400_000, 12_715_300_000],
      pd: "Bidang Ketenagalistrikan",
      f: DEC,
    },
    {
      id: "p5b",
      sas: S3,
      ind: "Jumlah rumah tangga tidak mampu yang mendapat bantuan pasang baru listrik",
      sat: "rumah tangga",
      level: false,
      awal: 1_850,
      tg: [2_000, 2_000, 2_200, 2_200, 2_400],
      f: INT,
    },
  ];
  // planted 1 (T-C.27): kondisi akhir of the EBT mix is the RPJMD figure 23.50, not the 2029 target
  const PLANT_KA = "p4";
  const PLANT_KA_VAL = 23.5;
  const akhirK = (x: EsIn) => (x.id === PLANT_KA ? PLANT_KA_VAL : x.level ? x.tg[4] : round(sum(x.tg), 2));
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const GA = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  let n = 0;
  const num = () => `(${++n})`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: num(), width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: num(), width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: num(), width: 10 },
    { key: "prog", head: ["Program"], num: num(), width: 30 },
    { key: "ind", head: ["Indikator Kinerja Program (Outcome)"], role: "indikator", num: num(), width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: num(),
      width: 11,
    },
    ...YE.flatMap((y, i): Col[] => [
      { key: `y${i}K`, head: [G, `Tahun ${y}`, "Target"], role: "target", year: y, num: num(), width: 9 },
      {
        key: `y${i}Rp`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: num(),
        fmt: RP,
        width: 16,
      },
    ]),
    { key: "akK", head: [GA, "Target"], role: "kondisi-akhir", num: num(), width: 10 },
    { key: "akRp", head: [GA, "Rp"], num: num(), fmt: RP, width: 17 },
    { key: "pd", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 22 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x): Row => {
      const F = (v: number) => fmt(v, x.f);
      const cells: Record<string, Cell> = {
        ...(x.kode ? { no: ++no, kode: x.kode, prog: x.prog, pd: x.pd } : {}),
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: F(x.awal),
        akK: F(akhirK(x)),
      };
      x.tg.forEach((v, i) => (cells[`y${i}K`] = F(v)));
      if (x.rp) {
        x.rp.forEach((v, i) => (cells[`y${i}Rp`] = v));
        cells.akRp = sum(x.rp);
      }
      return { id: x.id, bold: !!x.kode, cells };
    }),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir untuk indikator persentase, nilai dan kapasitas terpasang = target tahun 2029; untuk luas reklamasi dan jumlah rumah tangga = jumlah 2025-2029.",
  ]);

  // ---- rekap by sasaran, in millions
  const r = b.sheet(R);
  r.lines([
    "Tabel 6.2",
    "Rekapitulasi Kebutuhan Pendanaan Indikatif per Sasaran dan Program Tahun 2025-2029",
    "Dinas Energi dan Sumber Daya Mineral Provinsi Tanjung Harapan",
    "(dalam jutaan rupiah)",
  ]);
  r.gap();
  const JT = "#,##0.00";
  const progs = rows.filter((x) => x.rp);
  const sas = [S1, S2, S3];
  // planted 2 (rekap): program 3.29.04 in 2027 carries the 2028 figure
  const PLANT_X = { id: "p4", i: 2 };
  const jt = (x: EsIn, i: number) =>
    round(x.rp![x.id === PLANT_X.id && i === PLANT_X.i ? i + 1 : i] / 1e6, 2);
  const ROMAN = ["I", "II", "III"];
  const body: Row[] = [];
  sas.forEach((ss, k) => {
    const mine = progs.filter((x) => x.sas === ss);
    body.push({
      id: `s${k}`,
      bold: true,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: ROMAN[k], nama: `Sasaran ${k + 1}: ${ss}` };
        YE.forEach((_, i) => (cells[`y${i}`] = fx(mine.map((x) => c.a(`y${i}`, `r.${x.id}`)).join("+"))));
        cells.jml = fx(`SUM(${c.a("y0")}:${c.a("y4")})`);
        return cells;
      },
    });
    mine.forEach((x, j) =>
      body.push({
        id: `r.${x.id}`,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: j + 1, kode: x.kode, nama: x.prog };
          YE.forEach((_, i) => (cells[`y${i}`] = jt(x, i)));
          cells.jml = fx(`SUM(${c.a("y0")}:${c.a("y4")})`);
          return cells;
        },
      }),
    );
  });
  body.push({
    id: "j",
    bold: true,
    span: ["no", "nama"] as [string, string],
    cells: (c) => {
      const cells: Record<string, Cell> = { no: "JUMLAH" };
      YE.forEach((_, i) => (cells[`y${i}`] = fx(sas.map((_, k) => c.a(`y${i}`, `s${k}`)).join("+"))));
      cells.jml = fx(`SUM(${c.a("y0")}:${c.a("y4")})`);
      return cells;
    },
  });
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nama", head: ["Sasaran / Program"], width: 48 },
      ...YE.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Kebutuhan Pendanaan Indikatif", String(y)],
        role: "anggaran",
        year: y,
        fmt: JT,
        width: 13,
      })),
      { key: "jml", head: ["Jumlah 2025-2029"], fmt: JT, width: 14 },
    ],
    headerRows: 2,
    rows: body,
  });
  r.gap();
  r.lines(["Sumber: Tabel 6.1 (diolah)."]);
  r.gap();
  signature(r, 8, {
    tempat: "Tanjung Harapan, 2 Mei 2025",
    jabatan: ["KEPALA DINAS ENERGI DAN", "SUMBER DAYA MINERAL,"],
    nama: "Ir. BONAR SIHOMBING TAMBUNAN, M.T.",
    pangkat: "Pembina Utama Madya",
    nip: "19690721 199503 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q = (k: string, id: string) => rt.a(k, id);
  const tc = (k: string, id: string) => `'${S}'!${a(k, id)}`;
  const p4 = rows.find((x) => x.id === PLANT_X.id)!;
  b.plant({
    at: {
      anyOf: [
        { sheet: R, cell: q(`y${PLANT_X.i}`, `r.${PLANT_X.id}`) },
        { sheet: S, cell: a(`y${PLANT_X.i}Rp`, PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: `rekap 2027 of program 3.29.04 is ${jt(p4, PLANT_X.i).toLocaleString("en")} (Rp juta), the 2028 figure; Tabel 6.1 gives Rp ${p4.rp![PLANT_X.i].toLocaleString("en")} for 2027`,
    truth: `ROUND(${tc(`y${PLANT_X.i}Rp`, PLANT_X.id)}/1000000,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", PLANT_KA) },
    rules: ["kondisi-akhir-mismatch"],
    note: `kondisi akhir of the EBT mix (a level) is ${PLANT_KA_VAL.toFixed(2)}; the 2029 target is ${p4.tg[4].toFixed(2)}`,
    truth: a("y4K", PLANT_KA),
  });
  for (const x of rows) {
    const ks = YE.map((_, i) => a(`y${i}K`, x.id));
    if (x.id !== PLANT_KA)
      b.ok({
        sheet: S,
        cell: a("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.level ? ks[4] : ks.join("+"),
        trap: x.level ? ks.join("+") : ks[4],
      });
    if (!x.rp) continue;
    b.ok({
      sheet: S,
      cell: a("akRp", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YE.map((_, i) => a(`y${i}Rp`, x.id)).join("+"),
      tol: 0.5,
    });
    YE.forEach((_, i) => {
      if (x.id === PLANT_X.id && i === PLANT_X.i) return;
      b.ok({
        sheet: R,
        cell: q(`y${i}`, `r.${x.id}`),
        rules: ["cross-table-mismatch"],
        truth: `ROUND(${tc(`y${i}Rp`, x.id)}/1000000,2)`,
        // in millions: the rupiah of Tabel 6.1 as they stand are no match
        trap: tc(`y${i}Rp`, x.id),
      });
    });
    if (x.id !== PLANT_X.id)
      b.ok({
        sheet: R,
        cell: q("jml", `r.${x.id}`),
        rules: ["sum-mismatch"],
        truth: YE.map((_, i) => q(`y${i}`, `r.${x.id}`)).join("+"),
      });
  }
  const s3 = sas.indexOf(p4.sas);
  sas.forEach((ss, k) => {
    const mine = progs.filter((x) => x.sas === ss);
    YE.forEach((_, i) => {
      if (k === s3 && i === PLANT_X.i) return;
      b.ok({
        sheet: R,
        cell: q(`y${i}`, `s${k}`),
        rules: ["sum-mismatch"],
        truth: mine.map((x) => q(`y${i}`, `r.${x.id}`)).join("+"),
      });
    });
    if (k !== s3)
      b.ok({
        sheet: R,
        cell: q("jml", `s${k}`),
        rules: ["sum-mismatch"],
        truth: YE.map((_, i) => q(`y${i}`, `s${k}`)).join("+"),
      });
  });
  YE.forEach((_, i) => {
    if (i === PLANT_X.i) return;
    b.ok({
      sheet: R,
      cell: q(`y${i}`, "j"),
      rules: ["sum-mismatch"],
      truth: sas.map((_, k) => q(`y${i}`, `s${k}`)).join("+"),
      // the sasaran subtotals only, not the subtotals and their programs
      trap: [...sas.map((_, k) => `s${k}`), ...progs.map((x) => `r.${x.id}`)]
        .map((id) => q(`y${i}`, id))
        .join("+"),
    });
  });
  return b.finish();
}
