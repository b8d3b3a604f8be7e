// Plan forms in wordings test/forms does not use: a Renja T-C.31 table (year n with pagu indikatif
// and prakiraan maju n+1, "Target (K)" / "Pagu (Rp)", subtotals as SUM formulas, a Jumlah row) and
// a Renstra T-C.27 table whose years are Roman "Tahun I..V" resolved from the title, in millions
// of rupiah. Every name and number is invented; the codes are Kepmendagri-shaped.
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
} from "../forms/kit";

/** 1234567 -> "1,234,567" (the notes are in English) */
const en = (n: number): string => n.toLocaleString("en-US");

/** "=SUM(A1:A3)" over contiguous rows, "=SUM(A1,A4)" otherwise. */
function sumOf(cells: string[], rows: number[]): string {
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return contiguous ? `SUM(${cells[0]}:${cells[cells.length - 1]})` : `SUM(${cells.join(",")})`;
}

// ==================================================================================== T-C.31

type RenjaIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  t: number;
  maju: number;
  pagu?: number;
  paguMaju?: number;
  lokasi: string;
  kelompok: string;
  sumber: string;
  parent?: string;
};

/** T-C.31: Satuan Polisi Pamong Praja Kabupaten Lembahrejo, Renja 2025 with prakiraan maju 2026:
 * "Rencana Tahun 2025 (n)" over Lokasi | Kelompok Sasaran | Target (K) | Pagu Indikatif (Rp) |
 * Sumber Dana, "Prakiraan Maju Tahun 2026 (n+1)" over Target (K) | Pagu (Rp), a Satuan column,
 * numbers in parentheses, program and kegiatan pagu as SUM formulas, a Jumlah row of formulas. */
export function tc31(): BookW {
  const b = new BookW(
    "tc31-satpolpp-lembahrejo.xlsx",
    "T-C.31",
    "T-C.31 Renja plan, Satpol PP Kab. Lembahrejo 2025 + prakiraan maju 2026 (Target (K) / Pagu (Rp), SUM subtotals, Jumlah)",
  );
  const s = b.sheet("T-C.31 Renja 2025");
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAHREJO",
    "SATUAN POLISI PAMONG PRAJA",
    "Jl. Pahlawan No. 3 Lembahrejo 68412, Telp. (0331) 445566",
  ]);
  s.lines([
    "Tabel T-C.31",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Kabupaten Lembahrejo",
    "Nama Perangkat Daerah: Satuan Polisi Pamong Praja",
  ]);
  s.gap();
  const L = "Kabupaten Lembahrejo";
  const M = "Masyarakat Kabupaten Lembahrejo";
  const A = "APBD";
  const rows: RenjaIn[] = [
    {
      id: "p0",
      kode: "1.05.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Nilai SAKIP Satuan Polisi Pamong Praja",
      sat: "nilai",
      t: 72.5,
      maju: 75,
      lokasi: L,
      kelompok: "Aparatur Satpol PP",
      sumber: A,
    },
    {
      id: "k0",
      kode: "1.05.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan keuangan yang disusun",
      sat: "laporan",
      t: 13,
      maju: 13,
      lokasi: L,
      kelompok: "Aparatur Satpol PP",
      sumber: A,
      parent: "p0",
    },
    {
      id: "s01",
      kode: "1.05.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah ASN yang menerima gaji dan tunjangan",
      sat: "orang",
      t: 186,
      maju: 190,
      pagu: 11_846_320_000,
      paguMaju: 12_319_500_000,
      lokasi: L,
      kelompok: "ASN Satpol PP",
      sumber: A,
      parent: "k0",
    },
    {
      id: "s02",
      kode: "1.05.01.2.02.0005",
      nama: "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
      ind: "Jumlah laporan keuangan akhir tahun SKPD",
      sat: "laporan",
      t: 1,
      maju: 1,
      pagu: 24_750_000,
      paguMaju: 26_000_000,
      lokasi: L,
      kelompok: "Aparatur Satpol PP",
      sumber: A,
      parent: "k0",
    },
    {
      id: "p1",
      kode: "1.05.02",
      nama: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      ind: "Persentase penegakan Perda dan Perkada",
      sat: "%",
      t: 86,
      maju: 88,
      lokasi: L,
      kelompok: M,
      sumber: A,
    },
    {
      id: "k1",
      kode: "1.05.02.2.01",
      nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
      ind: "Persentase gangguan trantibum yang tertangani",
      sat: "%",
      t: 95,
      maju: 96,
      lokasi: L,
      kelompok: M,
      sumber: A,
      parent: "p1",
    },
    {
      id: "s11",
      kode: "1.05.02.2.01.0001",
      nama: "Deteksi Dini dan Pencegahan Gangguan Ketenteraman dan Ketertiban Umum",
      ind: "Jumlah patroli wilayah",
      sat: "kali",
      t: 365,
      maju: 365,
      pagu: 1_284_600_000,
      paguMaju: 1_335_980_000,
      lokasi: "26 kecamatan",
      kelompok: M,
      sumber: A,
      parent: "k1",
    },
    {
      id: "s12",
      kode: "1.05.02.2.01.0002",
      nama: "Penyediaan Sarana dan Prasarana Penanganan Gangguan Ketenteraman dan Ketertiban Umum",
      ind: "Jumlah paket sarana dan prasarana trantibum",
      sat: "paket",
      t: 2,
      maju: 2,
      pagu: 468_250_000,
      paguMaju: 492_000_000,
      lokasi: L,
      kelompok: "Personel Satpol PP",
      sumber: A,
      parent: "k1",
    },
    {
      id: "k2",
      kode: "1.05.02.2.02",
      nama: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
      ind: "Jumlah pelanggaran Perda dan Perkada yang ditindak",
      sat: "kasus",
      t: 420,
      maju: 440,
      lokasi: L,
      kelompok: "Pelanggar Perda dan Perkada",
      sumber: A,
      parent: "p1",
    },
    {
      id: "s21",
      kode: "1.05.02.2.02.0001",
      nama: "Penyelidikan dan Penyidikan terhadap Pelanggaran atas Ketentuan Perda dan Perkada",
      ind: "Jumlah kasus pelanggaran yang diselidiki",
      sat: "kasus",
      t: 60,
      maju: 65,
      pagu: 386_400_000,
      paguMaju: 405_720_000,
      lokasi: L,
      kelompok: "Pelanggar Perda dan Perkada",
      sumber: A,
      parent: "k2",
    },
    {
      id: "s22",
      kode: "1.05.02.2.02.0002",
      nama: "Pengawasan atas Kepatuhan terhadap Perda dan Perkada",
      ind: "Jumlah operasi penegakan Perda dan Perkada",
      sat: "kali",
      t: 144,
      maju: 150,
      pagu: 912_850_000,
      paguMaju: 958_490_000,
      lokasi: L,
      kelompok: M,
      sumber: A,
      parent: "k2",
    },
    {
      id: "s23",
      kode: "1.05.02.2.02.0004",
      nama: "Pembinaan Masyarakat dan Pelaku Usaha tentang Kepatuhan terhadap Perda dan Perkada",
      ind: "Jumlah pelaku usaha yang dibina",
      sat: "orang",
      t: 600,
      maju: 650,
      pagu: 218_300_000,
      paguMaju: 229_200_000,
      lokasi: "Kawasan pasar dan pertokoan",
      kelompok: "Pelaku usaha",
      sumber: A,
      parent: "k2",
    },
    {
      id: "p2",
      kode: "1.05.04",
      nama: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
      ind: "Persentase tingkat waktu tanggap (response time rate) kebakaran",
      sat: "%",
      t: 82,
      maju: 85,
      lokasi: L,
      kelompok: M,
      sumber: A,
    },
    {
      id: "k3",
      kode: "1.05.04.2.01",
      nama: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      ind: "Persentase kejadian kebakaran yang tertangani sesuai SPM",
      sat: "%",
      t: 100,
      maju: 100,
      lokasi: L,
      kelompok: M,
      sumber: A,
      parent: "p2",
    },
    {
      id: "s31",
      kode: "1.05.04.2.01.0001",
      nama: "Pencegahan Kebakaran dan Sosialisasi Bahaya Kebakaran",
      ind: "Jumlah sosialisasi pencegahan kebakaran",
      sat: "kali",
      t: 24,
      maju: 24,
      pagu: 156_800_000,
      paguMaju: 164_640_000,
      lokasi: L,
      kelompok: M,
      sumber: A,
      parent: "k3",
    },
    {
      id: "s32",
      kode: "1.05.04.2.01.0002",
      nama: "Pemadaman dan Penyelamatan Korban Kebakaran",
      ind: "Jumlah kejadian kebakaran yang ditangani",
      sat: "kejadian",
      t: 180,
      maju: 180,
      pagu: 1_742_500_000,
      paguMaju: 1_829_600_000,
      lokasi: L,
      kelompok: M,
      sumber: "APBD, DAK Non Fisik",
      parent: "k3",
    },
    {
      id: "k4",
      kode: "1.05.04.2.02",
      nama: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah bangunan yang diinspeksi peralatan proteksi kebakarannya",
      sat: "bangunan",
      t: 120,
      maju: 130,
      lokasi: L,
      kelompok: "Pemilik bangunan gedung",
      sumber: A,
      parent: "p2",
    },
    {
      id: "s41",
      kode: "1.05.04.2.02.0001",
      nama: "Inspeksi Peralatan Proteksi Kebakaran pada Bangunan Gedung",
      ind: "Jumlah bangunan gedung yang diinspeksi",
      sat: "bangunan",
      t: 120,
      maju: 130,
      pagu: 94_500_000,
      paguMaju: 102_375_000,
      lokasi: L,
      kelompok: "Pemilik bangunan gedung",
      sumber: A,
      parent: "k4",
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    {
      key: "nama",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "(2)",
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program/Kegiatan/Sub Kegiatan"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "lokasi", head: ["Rencana Tahun 2025 (n)", "Lokasi"], role: "lokasi", num: "(5)", width: 20 },
    { key: "kelompok", head: ["Rencana Tahun 2025 (n)", "Kelompok Sasaran"], num: "(6)", width: 20 },
    { key: "t", head: ["Rencana Tahun 2025 (n)", "Target (K)"], role: "target", year: 2025, num: "(7)" },
    {
      key: "pagu",
      head: ["Rencana Tahun 2025 (n)", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(8)",
      fmt: RP,
      width: 18,
    },
    { key: "sumber", head: ["Rencana Tahun 2025 (n)", "Sumber Dana"], num: "(9)" },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: "(10)", width: 16 },
    {
      key: "maju",
      head: ["Prakiraan Maju Tahun 2026 (n+1)", "Target (K)"],
      role: "target",
      year: 2026,
      num: "(11)",
    },
    {
      key: "paguMaju",
      head: ["Prakiraan Maju Tahun 2026 (n+1)", "Pagu (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(12)",
      fmt: RP,
      width: 18,
    },
  ];
  const programs = rows.filter((x) => !x.parent);
  const body: Row[] = [
    {
      id: "u",
      bold: true,
      cells: {
        kode: "1.05",
        nama: "URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
      },
    },
    ...rows.map((x): Row => ({
      id: x.id,
      bold: !x.pagu,
      cells: (c) => {
        const kf = Number.isInteger(x.t) && Number.isInteger(x.maju) && x.sat !== "%" ? INT : DEC;
        const out: Record<string, Cell> = {
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          lokasi: x.lokasi,
          kelompok: x.kelompok,
          t: fmt(x.t, kf),
          sumber: x.sumber,
          maju: fmt(x.maju, kf),
        };
        const kids = rows.filter((k) => k.parent === x.id);
        if (x.pagu !== undefined) {
          out.pagu = x.pagu;
          out.paguMaju = x.paguMaju;
        } else
          for (const key of ["pagu", "paguMaju"]) {
            let cells = kids.map((k) => c.a(key, k.id));
            // planted: the kegiatan's 2025 SUM stops one sub kegiatan short
            if (x.id === "k2" && key === "pagu") cells = cells.slice(0, 2);
            out[key] = fx(
              sumOf(
                cells,
                kids.slice(0, cells.length).map((k) => c.row(k.id)),
              ),
            );
          }
        if (x.id === "s32") out.cat = "Termasuk DAK Non Fisik";
        return out;
      },
    })),
    {
      id: "jml",
      bold: true,
      span: ["kode", "t"],
      cells: (c) => ({
        kode: "Jumlah",
        pagu: fx(programs.map((p) => c.a("pagu", p.id)).join("+")),
        // planted: the whole column, subtotals and all
        paguMaju: fx(`SUM(${c.a("paguMaju", "p0")}:${c.a("paguMaju", "s41")})`),
      }),
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  const totalMaju = sum(rows.filter((x) => x.paguMaju).map((x) => x.paguMaju!));
  s.gap();
  signature(s, 10, {
    tempat: "Lembahrejo, 24 Juli 2024",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "KABUPATEN LEMBAHREJO"],
    nama: "Drs. Mochamad Arifin, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740127 199403 1 002",
  });
  const S = t.sheet;
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", "k2") },
    rules: ["sum-mismatch"],
    note: `kegiatan 1.05.02.2.02 pagu 2025 is =SUM(${a("pagu", "s21")}:${a("pagu", "s22")}) = 1,299,250,000, one sub kegiatan short; its three sub kegiatan add up to 1,517,550,000 (the program total and Jumlah follow it)`,
    truth: ["s21", "s22", "s23"].map((id) => a("pagu", id)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("paguMaju", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah prakiraan maju 2026 is =SUM over the whole column, programs, kegiatan and sub kegiatan alike (${en(3 * totalMaju)}); the three programs add up to ${en(totalMaju)}`,
    truth: programs.map((p) => a("paguMaju", p.id)).join("+"),
    tol: 0.5,
  });
  renjaClean(b, t, rows, new Set(["k2.pagu", "p1.pagu"]));
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: programs.map((p) => a("pagu", p.id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}

function renjaClean(b: BookW, t: Placed, rows: RenjaIn[], skip: Set<string>): void {
  for (const x of rows) {
    const kids = rows.filter((k) => k.parent === x.id);
    for (const key of ["pagu", "paguMaju"]) {
      if (skip.has(`${x.id}.${key}`)) continue;
      const cell = t.a(key, x.id);
      if (kids.length)
        b.ok({
          sheet: t.sheet,
          cell,
          rules: ["sum-mismatch", "inconsistent-formula"],
          truth: kids.map((k) => t.a(key, k.id)).join("+"),
          tol: 0.5,
        });
      else b.ok({ sheet: t.sheet, cell, rules: ["hardcoded-value"], truth: cell });
    }
    const parent = rows.find((p) => p.id === x.parent);
    if (parent)
      b.ok({
        sheet: t.sheet,
        cell: t.a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: t.a("kode", parent.id),
        actual: `PARENT(${t.a("kode", x.id)})`,
      });
  }
}

// ==================================================================================== T-C.27

type Jenis = "flow" | "level" | "negatif";

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
  lokasi: string;
};

const ROMAN = ["I", "II", "III", "IV", "V"];

/** T-C.27: Dinas Perumahan dan Kawasan Permukiman Kabupaten Sekarwangi, Renstra 2025-2029:
 * "Target Kinerja dan Pagu Indikatif" > "Tahun I".."Tahun V" > K | Rp, the years only in the
 * title, "(dalam jutaan rupiah)", tujuan and sasaran indicator rows above the programs, kegiatan
 * and program Rp as SUM formulas, kondisi akhir Rp as row formulas (typed on sub kegiatan). */
export function tc27(): BookW {
  const b = new BookW(
    "tc27-romawi-disperkim-sekarwangi.xlsx",
    "T-C.27",
    "T-C.27 funding table, Disperkim Kab. Sekarwangi, Renstra 2025-2029 (Tahun I..V, jutaan rupiah)",
  );
  const s = b.sheet("Tabel 6.1");
  letterhead(s, ["PEMERINTAH KABUPATEN SEKARWANGI", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan, dan Pendanaan Indikatif",
    "Dinas Perumahan dan Kawasan Permukiman Kabupaten Sekarwangi Tahun 2025-2029",
    "(dalam jutaan rupiah)",
  ]);
  s.gap();
  const T1 = "Meningkatnya kualitas perumahan dan kawasan permukiman";
  const S1 = "Meningkatnya rumah layak huni dan berkurangnya kawasan kumuh";
  const PJ1 = "Bidang Perumahan";
  const PJ2 = "Bidang Kawasan Permukiman";
  const L = "Kabupaten Sekarwangi";
  const rows: PlanIn[] = [
    {
      id: "tj",
      tujuan: T1,
      ind: "Persentase rumah tangga yang menempati rumah layak huni",
      sat: "%",
      jenis: "level",
      awal: 84.6,
      t: [86, 87.5, 89, 90.5, 92],
      pj: "Dinas Perumahan dan Kawasan Permukiman",
      lokasi: L,
    },
    {
      id: "ss",
      tujuan: T1,
      sasaran: S1,
      ind: "Persentase luas kawasan permukiman kumuh",
      sat: "%",
      jenis: "negatif",
      awal: 7.6,
      t: [6.8, 5.9, 5, 4.1, 3.2],
      pj: "Dinas Perumahan dan Kawasan Permukiman",
      lokasi: L,
    },
    {
      id: "p1",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.02",
      nama: "Program Pengembangan Perumahan",
      ind: "Persentase rumah tidak layak huni yang ditangani (kumulatif)",
      sat: "%",
      jenis: "level",
      awal: 12.5,
      t: [28, 44, 60, 78, 95],
      pj: PJ1,
      lokasi: L,
    },
    {
      id: "k1",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.02.2.01",
      nama: "Pendataan Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kabupaten/Kota",
      ind: "Jumlah rumah korban bencana yang ditangani",
      sat: "unit",
      jenis: "flow",
      awal: 24,
      t: [30, 30, 35, 35, 40],
      parent: "p1",
      pj: PJ1,
      lokasi: L,
    },
    {
      id: "s1",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.02.2.01.0003",
      nama: "Pembangunan Kembali Rumah bagi Korban Bencana",
      ind: "Jumlah rumah korban bencana yang dibangun kembali",
      sat: "unit",
      jenis: "flow",
      awal: 8,
      t: [10, 10, 12, 12, 15],
      rp: [1_450, 1_480, 1_760, 1_790, 2_240],
      parent: "k1",
      pj: PJ1,
      lokasi: "Kecamatan rawan bencana",
    },
    {
      id: "s2",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.02.2.01.0005",
      nama: "Rehabilitasi Rumah Korban Bencana",
      ind: "Jumlah rumah korban bencana yang direhabilitasi",
      sat: "unit",
      jenis: "flow",
      awal: 16,
      t: [20, 20, 23, 23, 25],
      rp: [640, 655, 762, 778, 851],
      parent: "k1",
      pj: PJ1,
      lokasi: "Kecamatan rawan bencana",
    },
    {
      id: "k2",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.02.2.03",
      nama: "Penerbitan Izin Pembangunan dan Pengembangan Perumahan",
      ind: "Jumlah rekomendasi izin pembangunan perumahan yang diterbitkan",
      sat: "dokumen",
      jenis: "flow",
      awal: 36,
      t: [40, 45, 50, 55, 60],
      parent: "p1",
      pj: PJ1,
      lokasi: L,
    },
    {
      id: "s3",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.02.2.03.0001",
      nama: "Penerbitan Izin Pembangunan dan Pengembangan Perumahan",
      ind: "Jumlah dokumen rekomendasi perizinan perumahan",
      sat: "dokumen",
      jenis: "flow",
      awal: 36,
      t: [40, 45, 50, 55, 60],
      rp: [185, 196, 212, 224, 238],
      parent: "k2",
      pj: PJ1,
      lokasi: L,
    },
    {
      id: "p2",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.04",
      nama: "Program Perumahan dan Kawasan Permukiman Kumuh",
      ind: "Luas kawasan permukiman kumuh di bawah 10 ha yang ditangani",
      sat: "ha",
      jenis: "flow",
      awal: 9.5,
      t: [12, 12, 10, 10, 8],
      pj: PJ2,
      lokasi: L,
    },
    {
      id: "k3",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.04.2.01",
      nama: "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (sepuluh) Ha",
      ind: "Luas kawasan kumuh yang ditingkatkan kualitasnya",
      sat: "ha",
      jenis: "flow",
      awal: 9.5,
      t: [12, 12, 10, 10, 8],
      parent: "p2",
      pj: PJ2,
      lokasi: L,
    },
    {
      id: "s4",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.04.2.01.0001",
      nama: "Perbaikan Rumah Tidak Layak Huni dalam Kawasan Permukiman Kumuh",
      ind: "Jumlah rumah tidak layak huni dalam kawasan kumuh yang diperbaiki",
      sat: "unit",
      jenis: "flow",
      awal: 120,
      t: [150, 150, 125, 125, 100],
      rp: [3_150, 3_230, 2_750, 2_810, 2_300],
      parent: "k3",
      pj: PJ2,
      lokasi: "Kelurahan kumuh (SK Bupati)",
    },
    {
      id: "s5",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.04.2.01.0002",
      nama: "Pembangunan Jalan Lingkungan dan Drainase dalam Kawasan Permukiman Kumuh",
      ind: "Panjang jalan lingkungan dan drainase yang dibangun",
      sat: "m",
      jenis: "flow",
      awal: 3_600,
      t: [4_200, 4_200, 3_500, 3_500, 2_800],
      rp: [4_620, 4_735, 4_025, 4_110, 3_290],
      parent: "k3",
      pj: PJ2,
      lokasi: "Kelurahan kumuh (SK Bupati)",
    },
    {
      id: "k4",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.04.2.02",
      nama: "Peningkatan Kualitas Kawasan Permukiman Kumuh Lainnya",
      ind: "Jumlah dokumen rencana peningkatan kualitas permukiman kumuh",
      sat: "dokumen",
      jenis: "flow",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      parent: "p2",
      pj: PJ2,
      lokasi: L,
    },
    {
      id: "s6",
      tujuan: T1,
      sasaran: S1,
      kode: "1.04.04.2.02.0001",
      nama: "Penyusunan Rencana Pencegahan dan Peningkatan Kualitas Perumahan dan Permukiman Kumuh",
      ind: "Jumlah dokumen rencana pencegahan dan peningkatan kualitas",
      sat: "dokumen",
      jenis: "flow",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      rp: [285, 290, 295, 300, 310],
      parent: "k4",
      pj: PJ2,
      lokasi: L,
    },
  ];
  const RPK = ROMAN.map((_, i) => `y${i + 1}rp`);
  const G = "Target Kinerja dan Pagu Indikatif";
  const cols: Col[] = [
    { key: "tujuan", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sasaran", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "prog", head: ["Program/Kegiatan/Sub Kegiatan"], num: 4, width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 5, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: 7 },
  ];
  ROMAN.forEach((r, i) =>
    cols.push(
      { key: `y${i + 1}k`, head: [G, `Tahun ${r}`, "K"], role: "target", year: 2025 + i, num: 8 + 2 * i },
      {
        key: `y${i + 1}rp`,
        head: [G, `Tahun ${r}`, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        num: 9 + 2 * i,
        fmt: RP,
      },
    ),
  );
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  cols.push(
    { key: "akK", head: [AK, "K"], role: "kondisi-akhir", num: 18 },
    { key: "akRp", head: [AK, "Rp"], num: 19, fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 22 },
    { key: "lokasi", head: ["Lokasi"], role: "lokasi", num: 21, width: 20 },
  );
  const kfOf = (x: PlanIn) => (x.jenis === "flow" && [x.awal, ...x.t].every(Number.isInteger) ? INT : DEC);
  const akhirK = (x: PlanIn) => (x.jenis === "flow" ? sum(x.t) : x.t[4]);
  const S2_AK = sum(rows.find((x) => x.id === "s2")!.rp!) + 182;
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: !x.rp && !!x.kode,
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
        akK: fmt(akhirK(x), kf),
        pj: x.pj,
        lokasi: x.lokasi,
      };
      x.t.forEach((v, i) => (out[`y${i + 1}k`] = fmt(v, kf)));
      const kids = rows.filter((k) => k.parent === x.id);
      if (x.rp) {
        x.rp.forEach((v, i) => (out[`y${i + 1}rp`] = v));
        out.akRp = x.id === "s2" ? S2_AK : sum(x.rp);
      } else if (kids.length) {
        for (const key of RPK) {
          let f = sumOf(
            kids.map((k) => c.a(key, k.id)),
            kids.map((k) => c.row(k.id)),
          );
          // planted: the program's Tahun II sums every row under it, kegiatan and sub kegiatan
          if (x.id === "p2" && key === "y2rp") f = `SUM(${c.a(key, "k3")}:${c.a(key, "s6")})`;
          out[key] = fx(f);
        }
        out.akRp = fx(`SUM(${c.a("y1rp")},${c.a("y2rp")},${c.a("y3rp")},${c.a("y4rp")},${c.a("y5rp")})`);
      }
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body, vmerge: ["tujuan", "sasaran"] });
  s.gap();
  signature(s, 18, {
    tempat: "Sekarwangi, 10 Maret 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "KABUPATEN SEKARWANGI"],
    nama: "Ir. Budi Santoso Hadiwijaya, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720611 199903 1 005",
  });
  const S = t.sheet;
  const a = (k: string, id: string) => t.a(k, id);
  const p2y2 = sum(["s4", "s5", "s6"].map((id) => rows.find((x) => x.id === id)!.rp![1]));
  b.plant({
    at: { sheet: S, cell: a("akRp", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `kondisi akhir Rp of sub kegiatan 1.04.02.2.01.0005 is ${en(S2_AK)}; Tahun I..V add up to ${en(S2_AK - 182)} (million rupiah)`,
    truth: RPK.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("y2rp", "p2") },
    rules: ["sum-mismatch"],
    note: `program 1.04.04 Rp Tahun II (2026) is =SUM(${a("y2rp", "k3")}:${a("y2rp", "s6")}), kegiatan and sub kegiatan together (${en(2 * p2y2)}); its two kegiatan add up to ${en(p2y2)} (million rupiah)`,
    truth: `${a("y2rp", "k3")}+${a("y2rp", "k4")}`,
  });
  planClean(b, t, rows, new Set(["s2.akRp", "k1.akRp", "p2.y2rp", "p2.akRp"]), RPK);
  for (let y = 1; y <= 5; y++) {
    const cell = a(`y${y}k`, "ss");
    b.ok({ sheet: S, cell, rules: ["target-trend", "target-outlier"], truth: cell });
    const p = a(`y${y}k`, "p1");
    b.ok({ sheet: S, cell: p, rules: ["target-trend", "percent-out-of-range"], truth: p });
  }
  return b.finish();
}

/** Kondisi akhir (K by kind, Rp the sum of the five years), parents' sums, leaves typed, codes. */
function planClean(b: BookW, t: Placed, rows: PlanIn[], skip: Set<string>, rpKeys: string[]): void {
  const S = t.sheet;
  const ok = (id: string, key: string, rules: string[], truth: string, trap?: string, actual?: string) => {
    if (skip.has(`${id}.${key}`)) return;
    b.ok({ sheet: S, cell: t.a(key, id), rules, truth, trap, actual });
  };
  for (const x of rows) {
    const tk = [1, 2, 3, 4, 5].map((y) => t.a(`y${y}k`, x.id));
    if (x.jenis === "flow") ok(x.id, "akK", ["kondisi-akhir-mismatch"], tk.join("+"), tk[4]);
    else ok(x.id, "akK", ["kondisi-akhir-mismatch"], tk[4], tk.join("+"));
    const kids = rows.filter((k) => k.parent === x.id);
    if (!x.rp && !kids.length) continue;
    ok(x.id, "akRp", ["kondisi-akhir-mismatch", "sum-mismatch"], rpKeys.map((k) => t.a(k, x.id)).join("+"));
    if (kids.length)
      for (const key of rpKeys)
        ok(x.id, key, ["sum-mismatch", "inconsistent-formula"], kids.map((k) => t.a(key, k.id)).join("+"));
    else for (const key of rpKeys) ok(x.id, key, ["hardcoded-value"], t.a(key, x.id));
    const parent = rows.find((p) => p.id === x.parent);
    if (x.kode && parent?.kode)
      ok(x.id, "kode", ["code-hierarchy"], t.a("kode", parent.id), undefined, `PARENT(${t.a("kode", x.id)})`);
  }
}
