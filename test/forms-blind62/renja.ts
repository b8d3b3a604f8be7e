// Plan tables: the Renja 2026 (T-C.31 shape) of the Kecamatan Passauang of Kota Mamaruang
// (Sulawesi Barat) with pagu indikatif per program / kegiatan / sub kegiatan, and the T-C.27 table
// of the Renstra 2025-2029 of the Dinas Pertanahan of Kota Karangsoka (Jawa Tengah) in millions of
// rupiah. Codes follow Kepmendagri 050 (kota kegiatan carry a 2). Every person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type RjR = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  tk: number;
  sat: string;
  rp?: number;
  kids?: string[];
  bold?: boolean;
};

/** Renja 2026 Kecamatan Passauang, Kota Mamaruang (T-C.31 shape). */
export function renjaPassauang(): BookW {
  const b = new BookW(
    "renja-2026-kantor-camat-passauang-kota-mamaruang.xlsx",
    "Renja T-C.31 program, kegiatan and sub kegiatan plan with pagu indikatif",
    "No | Kode Rekening | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Keluaran / Hasil | 'Rencana Tahun Anggaran 2026' > Target / Satuan / Pagu Indikatif (Rp) | Lokasi | Sumber Dana | Catatan Penting; number row 1..9; kegiatan SUM their sub kegiatan, programs add their kegiatan, TOTAL of the three programs",
  );
  const S = "Renja Kec 2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA MAMARUANG", "KECAMATAN PASSAUANG", "Jl. Poros Lembang No. 14, Mamaruang"]);
  s.lines(["RENCANA KERJA (RENJA) KECAMATAN PASSAUANG TAHUN ANGGARAN 2026", "Formulir T-C.31"], 1, {
    bold: true,
  });
  s.gap();
  const rs: RjR[] = [
    {
      id: "p1",
      kode: "7.01.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai evaluasi SAKIP kecamatan",
      tk: 66,
      sat: "nilai",
      kids: ["k1", "k2"],
      bold: true,
    },
    {
      id: "k1",
      kode: "7.01.01.2.01",
      ur: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan dan evaluasi kinerja",
      tk: 6,
      sat: "dokumen",
      kids: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "7.01.01.2.01.0001",
      ur: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen Renja dan Renstra kecamatan",
      tk: 3,
      sat: "dokumen",
      rp: 18_450_000,
    },
    {
      id: "s12",
      kode: "7.01.01.2.01.0006",
      ur: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah laporan capaian kinerja",
      tk: 3,
      sat: "laporan",
      rp: 12_600_000,
    },
    {
      id: "k2",
      kode: "7.01.01.2.08",
      ur: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      ind: "Jumlah laporan penyediaan jasa penunjang",
      tk: 24,
      sat: "laporan",
      kids: ["s21", "s22"],
    },
    {
      id: "s21",
      kode: "7.01.01.2.08.0002",
      ur: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      ind: "Jumlah laporan tagihan jasa yang dibayar",
      tk: 12,
      sat: "laporan",
      rp: 96_000_000,
    },
    {
      id: "s22",
      kode: "7.01.01.2.08.0004",
      ur: "Penyediaan Jasa Pelayanan Umum Kantor",
      ind: "Jumlah laporan jasa pelayanan umum kantor",
      tk: 12,
      sat: "laporan",
      rp: 148_800_000,
    },
    {
      id: "p2",
      kode: "7.01.02",
      ur: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      ind: "Persentase layanan administrasi kecamatan selesai tepat waktu",
      tk: 95,
      sat: "%",
      kids: ["k3"],
      bold: true,
    },
    {
      id: "k3",
      kode: "7.01.02.2.01",
      ur: "Koordinasi Penyelenggaraan Pemerintahan dan Pelayanan Publik Tingkat Kecamatan",
      ind: "Jumlah dokumen hasil koordinasi pemerintahan kecamatan",
      tk: 5,
      sat: "dokumen",
      kids: ["s31", "s32", "s33"],
    },
    {
      id: "s31",
      kode: "7.01.02.2.01.0001",
      ur: "Pelaksanaan Musyawarah Perencanaan Pembangunan Kecamatan",
      ind: "Jumlah dokumen hasil musrenbang kecamatan",
      tk: 1,
      sat: "dokumen",
      rp: 42_350_000,
    },
    {
      id: "s32",
      kode: "7.01.02.2.02.0003",
      ur: "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      ind: "Jumlah laporan pelayanan PATEN",
      tk: 12,
      sat: "laporan",
      rp: 38_900_000,
    },
    {
      id: "s33",
      kode: "7.01.02.2.01.0005",
      ur: "Koordinasi Kegiatan Pemerintahan Kelurahan",
      ind: "Jumlah dokumen evaluasi kinerja kelurahan",
      tk: 4,
      sat: "dokumen",
      rp: 27_650_000,
    },
    {
      id: "p3",
      kode: "7.01.03",
      ur: "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
      ind: "Persentase kelurahan dengan lembaga kemasyarakatan aktif",
      tk: 83.33,
      sat: "%",
      kids: ["k5"],
      bold: true,
    },
    {
      id: "k5",
      kode: "7.01.03.2.01",
      ur: "Penyelenggaraan Pemberdayaan Masyarakat Kelurahan",
      ind: "Jumlah kelurahan yang difasilitasi",
      tk: 6,
      sat: "kelurahan",
      kids: ["s51", "s52", "s53"],
    },
    {
      id: "s51",
      kode: "7.01.03.2.01.0002",
      ur: "Fasilitasi Kegiatan Pemberdayaan Masyarakat Kelurahan",
      ind: "Jumlah kelurahan yang menerima fasilitasi pemberdayaan",
      tk: 6,
      sat: "kelurahan",
      rp: 64_500_000,
    },
    {
      id: "s52",
      kode: "7.01.03.2.01.0004",
      ur: "Pembinaan Lembaga Kemasyarakatan Kelurahan",
      ind: "Jumlah lembaga kemasyarakatan yang dibina",
      tk: 12,
      sat: "lembaga",
      rp: 37_250_000,
    },
    {
      id: "s53",
      kode: "7.01.03.2.01.0005",
      ur: "Pembinaan Kader Posyandu dan PKK Kelurahan",
      ind: "Jumlah kader yang dibina",
      tk: 96,
      sat: "orang",
      rp: 28_900_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: 3, width: 42 },
    {
      key: "ind",
      head: ["Indikator Kinerja Keluaran / Hasil"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    {
      key: "tk",
      head: ["Rencana Tahun Anggaran 2026", "Target"],
      role: "target",
      year: 2026,
      num: 5,
      width: 9,
    },
    { key: "sat", head: ["Rencana Tahun Anggaran 2026", "Satuan"], role: "satuan", num: 6, width: 10 },
    {
      key: "rp",
      head: ["Rencana Tahun Anggaran 2026", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 7,
      fmt: RP,
      width: 17,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 8, width: 16 },
    { key: "sd", head: ["Sumber Dana"], role: "keterangan", num: 9, width: 10 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 10, width: 18 },
  ];
  let n = 0;
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: x.bold,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kode: x.kode, ur: x.ur, ind: x.ind, tk: x.tk, sat: x.sat };
      if (x.bold) out.no = ++n;
      if (x.rp !== undefined) {
        out.rp = x.rp;
        out.lok = "Kec. Passauang";
        out.sd = "DAU";
      } else if (x.kode.split(".").length === 5) {
        const kids = x.kids!;
        // planted: kegiatan 7.01.03.2.01 stops its SUM before the posyandu sub kegiatan
        const last = x.id === "k5" ? "s52" : kids[kids.length - 1];
        out.rp = fx(`SUM(${c.a("rp", kids[0])}:${c.a("rp", last)})`);
        out.lok = "Kec. Passauang";
      } else {
        out.rp = fx(x.kids!.map((k) => c.a("rp", k)).join("+"));
      }
      if (x.id === "s32") out.cat = "PATEN terintegrasi MPP";
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "ind"],
    cells: (c) => ({
      no: "TOTAL PAGU INDIKATIF KECAMATAN",
      rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}+${c.a("rp", "p3")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: DAU = Dana Alokasi Umum; pagu mengikuti Surat Edaran Sekda tentang pagu indikatif OPD 2026.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Mamaruang, 3 Juni 2025",
    jabatan: ["CAMAT PASSAUANG"],
    nama: "ANDI MUH. TASLIM PALLAWA, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19820917 200112 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp", "k5") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "kegiatan 7.01.03.2.01 =SUM of 0002 and 0004 only (101,750,000); with the kader sub kegiatan 0005 (28,900,000) it is 130,650,000",
    truth: `SUM(${a("rp", "s51")}:${a("rp", "s53")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s32") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 7.01.02.2.02.0003 (PATEN, of kegiatan 7.01.02.2.02) listed and added under kegiatan 7.01.02.2.01",
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s32")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "k1")}+${a("rp", "k2")}`,
    trap: `SUM(${a("rp", "k1")}:${a("rp", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "s21")}:${a("rp", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s33"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s33")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tk", "p3"),
    rules: ["percent-out-of-range"],
    truth: "83.33",
  });
  return b.finish();
}

type TcR = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  aw: number;
  k: Cell[];
  /** kondisi akhir K: "last" for stocks and rates, "sum" for yearly counts */
  akhir: "last" | "sum";
  rp?: number[];
  kids?: string[];
};

const Y = [2025, 2026, 2027, 2028, 2029];

/** T-C.27 Renstra 2025-2029, Dinas Pertanahan Kota Karangsoka (jutaan rupiah). */
export function tc27Pertanahan(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-dinas-pertanahan-kota-karangsoka.xlsx",
    "T-C.27 program, kegiatan and funding table in millions of rupiah",
    "Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja dan Pagu Indikatif per Tahun' > 2025 .. 2029 > K / Rp | 'Kondisi Akhir Renstra (2029)' > K / Rp | PD Penanggung Jawab; three header rows; '(dalam jutaan rupiah)'; programs SUM their kegiatan each year; kondisi akhir K last target for the bersertifikat stock and rates, the sum for yearly counts; JUMLAH row",
  );
  const S = "TC-27 Pertanahan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA KARANGSOKA", "DINAS PERTANAHAN"]);
  s.lines(
    [
      "RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DINAS PERTANAHAN KOTA KARANGSOKA TAHUN 2025-2029",
      "(dalam jutaan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rs: TcR[] = [
    {
      id: "p1",
      kode: "2.10.02",
      ur: "PROGRAM PENATAAN PENGUASAAN, PEMILIKAN, PENGGUNAAN DAN PEMANFAATAN TANAH",
      ind: "Persentase bidang tanah milik pemda yang bersertifikat",
      sat: "%",
      aw: 61.8,
      // planted: 2027 typed 57.9 (digits of 75.9 swapped)
      k: [66.5, 71.2, 57.9, 80.6, 85.3],
      akhir: "last",
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      kode: "2.10.02.2.01",
      ur: "Penatausahaan dan Pensertifikatan Tanah Milik Pemerintah Daerah",
      ind: "Jumlah bidang tanah pemda bersertifikat (kumulatif)",
      sat: "bidang",
      aw: 1_236,
      k: [1_330, 1_424, 1_518, 1_612, 1_706],
      akhir: "last",
      rp: [842.5, 915.75, 968.4, 1_024.3, 1_087.6],
    },
    {
      id: "k12",
      kode: "2.10.02.2.02",
      ur: "Penyusunan Rencana Penggunaan dan Pemanfaatan Tanah",
      ind: "Jumlah dokumen rencana penggunaan tanah",
      sat: "dokumen",
      aw: 2,
      k: [2, 2, 3, 3, 3],
      akhir: "sum",
      rp: [215.4, 228.9, 264.75, 279.3, 293.6],
    },
    {
      id: "p2",
      kode: "2.10.05",
      ur: "PROGRAM PENYELESAIAN SENGKETA TANAH GARAPAN",
      ind: "Persentase sengketa tanah garapan yang diselesaikan",
      sat: "%",
      aw: 58,
      k: [62, 66, 70, 74, 78],
      akhir: "last",
      kids: ["k21"],
    },
    {
      id: "k21",
      kode: "2.10.05.2.01",
      ur: "Penyelesaian Sengketa Tanah Garapan",
      ind: "Jumlah kasus sengketa tanah garapan yang difasilitasi",
      sat: "kasus",
      aw: 14,
      k: [16, 16, 18, 18, 20],
      akhir: "sum",
      rp: [186.25, 194.8, 212.6, 223.45, 236.9],
    },
    {
      id: "p3",
      kode: "2.10.11",
      ur: "PROGRAM PENATAGUNAAN TANAH",
      ind: "Persentase luas tanah terindikasi terlantar",
      sat: "%",
      aw: 4.8,
      k: [4.5, 4.2, 3.9, 3.6, 3.3],
      akhir: "last",
      kids: ["k31"],
    },
    {
      id: "k31",
      kode: "2.10.11.2.01",
      ur: "Penyusunan Rencana Penatagunaan Tanah",
      ind: "Jumlah neraca penatagunaan tanah",
      sat: "dokumen",
      aw: 1,
      k: [1, 1, 1, 1, 1],
      akhir: "sum",
      rp: [145.8, 152.6, 160.25, 168.4, 176.9],
    },
  ];
  const G = "Target Kinerja dan Pagu Indikatif per Tahun";
  const A = "Kondisi Akhir Renstra (2029)";
  const J2 = "#,##0.00";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, String(y), "K"], role: "target", year: y, width: 9 },
      { key: `r${i}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, fmt: J2, width: 11 },
    ]),
    { key: "ak", head: [A, "K"], role: "kondisi-akhir", year: 2029, width: 9 },
    { key: "ar", head: [A, "Rp"], role: "anggaran", year: 2029, fmt: J2, width: 12 },
    { key: "pj", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", width: 14 },
  ];
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        aw: x.aw,
        pj: "Dinas Pertanahan",
      };
      Y.forEach((_, i) => {
        out[`k${i}`] = x.k[i];
        if (x.rp) out[`r${i}`] = x.rp[i];
        else {
          const kids = x.kids!;
          out[`r${i}`] =
            kids.length === 1
              ? fx(c.a(`r${i}`, kids[0]))
              : fx(`SUM(${c.a(`r${i}`, kids[0])}:${c.a(`r${i}`, kids[kids.length - 1])})`);
        }
      });
      if (x.id === "k11")
        out.ak = 7_590; // planted: the five cumulative targets added up
      else if (x.akhir === "last") out.ak = fx(c.a("k4"));
      else out.ak = fx(`${c.a("k0")}+${c.a("k1")}+${c.a("k2")}+${c.a("k3")}+${c.a("k4")}`);
      out.ar = fx(`${c.a("r0")}+${c.a("r1")}+${c.a("r2")}+${c.a("r3")}+${c.a("r4")}`);
      return out;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["kode", "aw"],
    cells: (c) => {
      const out: Record<string, Cell> = { kode: "JUMLAH PENDANAAN INDIKATIF" };
      for (const k of ["r0", "r1", "r2", "r3", "r4", "ar"])
        out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}+${c.a(k, "p3")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Keterangan: K = target kinerja; Rp = pagu indikatif dalam jutaan rupiah.",
    "Indikator bidang tanah bersertifikat bersifat kumulatif; kondisi akhir = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Karangsoka, 12 Februari 2025",
    jabatan: ["Kepala Dinas Pertanahan", "Kota Karangsoka"],
    nama: "Ir. SRI WAHYUNINGTYAS HARJONO, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740305 199903 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "k11") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "kondisi akhir of the cumulative bersertifikat stock typed 7,590 = 1,330 + 1,424 + 1,518 + 1,612 + 1,706; a stock ends at its 2029 target 1,706 bidang",
    truth: a("k4", "k11"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2", "p1") },
    rules: ["target-trend", "target-outlier"],
    note: "bersertifikat percentage target 2027 typed 57.9 between 71.2 and 80.6 (digits of 75.9 swapped; the step is 4.7)",
    truth: `(${a("k1", "p1")}+${a("k3", "p1")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p1"),
    trap: `SUM(${a("k0", "p1")},${a("k1", "p1")},${a("k2", "p1")},${a("k3", "p1")},${a("k4", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "k12"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `${a("k0", "k12")}+${a("k1", "k12")}+${a("k2", "k12")}+${a("k3", "k12")}+${a("k4", "k12")}`,
    trap: a("k4", "k12"),
  });
  b.ok({
    sheet: S,
    cell: a("k4", "p3"),
    rules: ["target-trend"],
    truth: `${a("k3", "p3")}-0.3`,
  });
  b.ok({
    sheet: S,
    cell: a("r2", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "k11")}+${a("r2", "k12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ar", "jml"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: `${a("ar", "p1")}+${a("ar", "p2")}+${a("ar", "p3")}`,
    trap: `SUM(${a("ar", "p1")}:${a("ar", "k31")})`,
  });
  return b.finish();
}
