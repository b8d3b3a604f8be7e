// Plan tables of the ninth unseen set: a T-C.28 of a Dinas Lingkungan Hidup (the office's indicators
// that follow the tujuan and sasaran of the RPJMD, with "*)" notes in the header cells and section
// rows for the tujuan and the sasaran); and the Renja rumusan of a Kecamatan for 2026 with the
// prakiraan maju 2027, long enough to print on three pages, its header band repeated on every page.
// Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, INT, RP, fmt, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

// ======================================================== T-C.28 (Dinas Lingkungan Hidup Kota Ranumulyo)

type IkIn = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** a flow counted per year: its kondisi akhir is the sum of the five years */
  flow?: boolean;
  /** lower is better */
  neg?: boolean;
  /** decimals */
  d: number;
};

const YR = [2025, 2026, 2027, 2028, 2029];

/** T-C.28 of Dinas Lingkungan Hidup Kota Ranumulyo 2025-2029, aligned to the RPJMD. */
export function tc28Dlh(): BookW {
  const b = new BookW(
    "tc28-catatan-dlh-ranumulyo.xlsx",
    "T-C.28 Renstra indicators aligned to the RPJMD",
    "T-C.28 of a Dinas Lingkungan Hidup: tujuan and sasaran section rows, Indikator | Satuan | Kondisi Kinerja pada Awal Periode RPJMD (2024) | Target Kinerja *) > 2025..2029 | Kondisi Kinerja pada Akhir Periode RPJMD **); notes under the table; indices, a lower-is-better percentage, a flow and a stock",
  );
  const S = "T-C.28";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.28",
    "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Dinas Lingkungan Hidup Kota Ranumulyo",
  ]);
  s.gap();
  const sec = (id: string, text: string) => ({ id, text });
  const rows: Array<IkIn | { id: string; text: string }> = [
    sec("tj", "Tujuan: Meningkatnya kualitas lingkungan hidup yang berkelanjutan"),
    {
      id: "i1",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      awal: 68.42,
      tg: [69.1, 69.85, 70.6, 71.35, 72.1],
      d: 2,
    },
    sec("s1", "Sasaran 1: Meningkatnya kualitas air, udara dan tutupan lahan"),
    { id: "i2", ind: "Indeks Kualitas Air (IKA)", sat: "indeks", awal: 52.3, tg: [53, 54, 55, 56, 57], d: 2 },
    {
      id: "i3",
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      awal: 84.15,
      tg: [84.4, 84.65, 84.9, 85.15, 85.4],
      d: 2,
    },
    {
      id: "i4",
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      awal: 41.2,
      tg: [41.5, 41.8, 42.1, 42.4, 42.7],
      d: 2,
    },
    sec("s2", "Sasaran 2: Meningkatnya cakupan pengelolaan sampah"),
    {
      id: "i5",
      ind: "Persentase sampah yang tidak terkelola",
      sat: "%",
      awal: 28.6,
      tg: [26, 23.5, 21, 18.5, 16],
      neg: true,
      d: 2,
    },
    {
      id: "i6",
      ind: "Persentase pengurangan sampah terhadap timbulan sampah",
      sat: "%",
      awal: 18.2,
      tg: [20, 22, 24, 26, 28],
      d: 2,
    },
    {
      id: "i7",
      ind: "Jumlah bank sampah baru yang terbentuk",
      sat: "unit",
      awal: 12,
      tg: [8, 8, 10, 10, 12],
      flow: true,
      d: 0,
    },
    {
      id: "i8",
      ind: "Jumlah kampung iklim (ProKlim) yang terbina (kumulatif)",
      sat: "kampung",
      awal: 14,
      tg: [18, 22, 26, 30, 34],
      d: 0,
    },
  ];
  // planted 1: the IKA target 2027 typed 550 (55,0 with its comma lost)
  const PLANT_O = "i2";
  // planted 2: kondisi akhir of a flow (new bank sampah per year) left at the 2029 target
  const PLANT_K = "i7";
  const isInd = (x: IkIn | { id: string; text: string }): x is IkIn => "ind" in x;
  const T = "Target Kinerja *)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", num: 2, width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja pada Awal Periode RPJMD (2024)"],
      role: "kondisi-awal",
      num: 4,
      width: 14,
    },
    ...YR.map((y, k): Col => ({
      key: `y${k}`,
      head: [T, String(y)],
      role: "target",
      year: y,
      num: 5 + k,
      width: 10,
    })),
    {
      key: "akhir",
      head: ["Kondisi Kinerja pada Akhir Periode RPJMD **)"],
      role: "kondisi-akhir",
      num: 10,
      width: 14,
    },
  ];
  let no = 0;
  const f = (x: IkIn, v: number) => fmt(v, x.d ? DEC : INT);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => {
      if (!isInd(x)) return { id: x.id, bold: true, span: ["no", "akhir"], cells: { no: x.text } };
      const cells: Record<string, Cell> = {
        no: ++no,
        ind: x.ind,
        sat: x.sat,
        awal: f(x, x.awal),
        akhir: f(x, x.id === PLANT_K ? x.tg[4] : x.flow ? sum(x.tg) : x.tg[4]),
      };
      x.tg.forEach((v, k) => (cells[`y${k}`] = f(x, x.id === PLANT_O && k === 2 ? 550 : v)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "*) Target mengacu pada Perda Kota Ranumulyo tentang RPJMD Tahun 2025-2029.",
    "**) Kondisi kinerja pada akhir periode RPJMD Tahun 2029.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Ranumulyo, 3 Maret 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KOTA RANUMULYO,"],
    nama: "Ir. BAMBANG SURYO HADINOTO, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720311 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", PLANT_O) },
    rules: ["target-outlier", "number-scale"],
    note: "IKA target 2027 is 550 between 54.00 and 56.00 (55,0 typed without its comma)",
    truth: `(${a("y1", PLANT_O)}+${a("y3", PLANT_O)})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_K) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the new bank sampah per year (a flow) is 12, the 2029 target; the five years give 48",
    truth: YR.map((_, k) => a(`y${k}`, PLANT_K)).join("+"),
  });
  for (const x of rows.filter(isInd)) {
    const ys = YR.map((_, k) => a(`y${k}`, x.id));
    if (x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        // levels and stocks end at the 2029 target; flows add the five years
        truth: x.flow ? ys.join("+") : ys[4],
        trap: x.flow ? ys[4] : ys.join("+"),
      });
    // a falling path is the right way for a lower-is-better percentage
    if (x.neg) for (const c of ys) b.ok({ sheet: S, cell: c, rules: ["target-trend"], truth: c });
  }
  return b.finish();
}

// ============================== Renja Kecamatan 2026 with the header on every printed page (Sukamanah)

type RjIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  ind: string;
  target: string;
  lokasi?: string;
  pagu?: number;
  /** target and kebutuhan dana 2027 */
  t27: string;
  rp27?: number;
  catatan?: string;
};

/** Rumusan Rencana Program dan Kegiatan Kecamatan Sukamanah Tahun 2026 dan Prakiraan Maju 2027. */
export function renjaKecamatan(): BookW {
  const b = new BookW(
    "renja2026-halaman-kecamatan-sukamanah.xlsx",
    "Renja rumusan of a kecamatan with the header on every page",
    "Renja 2026 of a Kecamatan: Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Rencana Tahun 2026 > Lokasi | Target Capaian Kinerja | Pagu Indikatif (Rp) | Sumber Dana, Catatan Penting, Prakiraan Maju Rencana Tahun 2027 > Target | Kebutuhan Dana (Rp); number row; the header band repeated after each of two page breaks; JUMLAH",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  s.lines([
    "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2026",
    "DAN PRAKIRAAN MAJU TAHUN 2027",
    "KECAMATAN SUKAMANAH KABUPATEN LEBAKJAYA",
  ]);
  s.gap();
  const KEC = "Kecamatan Sukamanah";
  const rows: RjIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "7.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Nilai SAKIP Kecamatan",
      target: "71 nilai",
      t27: "72 nilai",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "7.01.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan dan evaluasi kinerja",
      target: "6 dokumen",
      t27: "6 dokumen",
    },
    {
      id: "s111",
      kind: "sub",
      parent: "k11",
      kode: "7.01.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan",
      target: "3 dokumen",
      pagu: 38_500_000,
      t27: "3 dokumen",
      rp27: 40_000_000,
    },
    {
      id: "s112",
      kind: "sub",
      parent: "k11",
      kode: "7.01.01.2.01.0006",
      nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah laporan capaian kinerja",
      target: "3 laporan",
      pagu: 21_750_000,
      t27: "3 laporan",
      rp27: 22_800_000,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "7.01.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah bulan pelayanan administrasi keuangan",
      target: "12 bulan",
      t27: "12 bulan",
    },
    {
      id: "s121",
      kind: "sub",
      parent: "k12",
      kode: "7.01.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      target: "46 orang",
      pagu: 2_846_300_000,
      t27: "46 orang",
      rp27: 2_931_700_000,
    },
    {
      id: "k13",
      kind: "kegiatan",
      parent: "p1",
      kode: "7.01.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket administrasi umum yang terpenuhi",
      target: "2 paket",
      t27: "2 paket",
    },
    {
      id: "s131",
      kind: "sub",
      parent: "k13",
      kode: "7.01.01.2.06.0001",
      nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      ind: "Jumlah paket komponen instalasi listrik yang disediakan",
      target: "1 paket",
      pagu: 18_400_000,
      t27: "1 paket",
      rp27: 19_000_000,
    },
    {
      id: "s132",
      kind: "sub",
      parent: "k13",
      kode: "7.01.01.2.06.0002",
      nama: "Penyediaan Peralatan dan Perlengkapan Kantor",
      ind: "Jumlah paket peralatan dan perlengkapan kantor yang disediakan",
      target: "1 paket",
      pagu: 64_200_000,
      t27: "1 paket",
      rp27: 66_000_000,
    },
    {
      id: "p2",
      kind: "program",
      kode: "7.01.02",
      nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
      ind: "Indeks Kepuasan Masyarakat terhadap pelayanan kecamatan",
      target: "82,50 nilai",
      t27: "83,00 nilai",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "7.01.02.2.01",
      nama: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
      ind: "Jumlah laporan koordinasi penyelenggaraan pemerintahan",
      target: "4 laporan",
      t27: "4 laporan",
    },
    {
      id: "s211",
      kind: "sub",
      parent: "k21",
      kode: "7.01.02.2.01.0001",
      nama: "Koordinasi/Sinkronisasi Perencanaan Pembangunan di Tingkat Kecamatan (Musrenbang Kecamatan)",
      ind: "Jumlah dokumen hasil Musrenbang kecamatan",
      target: "1 dokumen",
      pagu: 56_000_000,
      t27: "1 dokumen",
      rp27: 58_000_000,
    },
    {
      id: "s212",
      kind: "sub",
      parent: "k21",
      kode: "7.01.02.2.01.0004",
      nama: "Pembinaan Administrasi Pemerintahan Desa",
      ind: "Jumlah desa yang dibina administrasi pemerintahannya",
      target: "14 desa",
      pagu: 47_250_000,
      t27: "14 desa",
      rp27: 49_500_000,
      catatan: "Sub kegiatan tambahan hasil Forum Perangkat Daerah",
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "7.01.02.2.02",
      nama: "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      ind: "Jumlah layanan PATEN yang diselenggarakan",
      target: "18 jenis layanan",
      t27: "20 jenis layanan",
    },
    {
      id: "s221",
      kind: "sub",
      parent: "k22",
      kode: "7.01.02.2.02.0001",
      nama: "Pelayanan Perizinan Non Berusaha dan Non Perizinan melalui PATEN",
      ind: "Jumlah dokumen pelayanan yang diterbitkan",
      target: "3.600 dokumen",
      pagu: 72_600_000,
      t27: "3.800 dokumen",
      rp27: 76_200_000,
    },
    {
      id: "p3",
      kind: "program",
      kode: "7.01.03",
      nama: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
      ind: "Persentase lembaga kemasyarakatan desa yang aktif",
      target: "85 %",
      t27: "88 %",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      kode: "7.01.03.2.01",
      nama: "Penyelenggaraan Pemberdayaan Masyarakat Desa/Kelurahan",
      ind: "Jumlah lembaga kemasyarakatan yang diberdayakan",
      target: "42 lembaga",
      t27: "44 lembaga",
    },
    {
      id: "s311",
      kind: "sub",
      parent: "k31",
      kode: "7.01.03.2.01.0001",
      nama: "Fasilitasi Kelembagaan Kemasyarakatan Desa/Kelurahan",
      ind: "Jumlah lembaga kemasyarakatan yang difasilitasi",
      target: "42 lembaga",
      pagu: 64_800_000,
      t27: "44 lembaga",
      rp27: 68_000_000,
    },
    {
      id: "s312",
      kind: "sub",
      parent: "k31",
      kode: "7.01.03.2.01.0003",
      nama: "Fasilitasi Pelaksanaan Gotong Royong dan Swadaya Masyarakat",
      ind: "Jumlah desa yang melaksanakan bulan bakti gotong royong",
      target: "14 desa",
      pagu: 33_500_000,
      t27: "14 desa",
      rp27: 35_000_000,
    },
    {
      id: "p4",
      kind: "program",
      kode: "7.01.04",
      nama: "Program Koordinasi Ketentraman dan Ketertiban Umum",
      ind: "Persentase gangguan trantibum yang ditangani",
      target: "100 %",
      t27: "100 %",
    },
    {
      id: "k41",
      kind: "kegiatan",
      parent: "p4",
      kode: "7.01.04.2.01",
      nama: "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
      ind: "Jumlah laporan koordinasi trantibum",
      target: "12 laporan",
      t27: "12 laporan",
    },
    {
      id: "s411",
      kind: "sub",
      parent: "k41",
      kode: "7.01.04.2.01.0001",
      nama: "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal",
      ind: "Jumlah rapat koordinasi forkopimcam",
      target: "12 kali",
      pagu: 45_600_000,
      t27: "12 kali",
      rp27: 47_500_000,
    },
    {
      id: "s412",
      kind: "sub",
      parent: "k41",
      kode: "7.01.04.2.01.0002",
      nama: "Pelaksanaan Deteksi Dini dan Kewaspadaan Dini Gangguan Trantibum",
      ind: "Jumlah laporan deteksi dini",
      target: "12 laporan",
      pagu: 28_900_000,
      t27: "12 laporan",
      rp27: 30_000_000,
    },
  ];
  // planted 1: program 7.01.02 pagu 2026 typed before the sub kegiatan added by the forum (not updated)
  const PLANT_S = "p2";
  const ADDED = "s212";
  // planted 2: a sub kegiatan of trantibum copied with its code under kegiatan 7.01.03.2.01
  const PLANT_C = "s312";
  const BADCODE = "7.01.04.2.01.0003";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const total = (x: RjIn, k: "pagu" | "rp27"): number =>
    x.kind === "sub" ? (x[k] ?? 0) : sum(kids(x.id).map((q) => total(q, k)));
  const written = (x: RjIn, k: "pagu" | "rp27"): number =>
    x.id === PLANT_S && k === "pagu" ? total(x, k) - rows.find((q) => q.id === ADDED)!.pagu! : total(x, k);
  const progs = rows.filter((x) => x.kind === "program");
  const R26 = "Rencana Tahun 2026";
  const R27 = "Prakiraan Maju Rencana Tahun 2027";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "nama", head: ["Urusan/ Bidang Urusan/ Program/ Kegiatan/ Sub Kegiatan"], num: "(3)", width: 38 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(4)", width: 32 },
    { key: "lok", head: [R26, "Lokasi"], role: "lokasi", num: "(5)", width: 16 },
    { key: "tg", head: [R26, "Target Capaian Kinerja"], role: "target", year: 2026, num: "(6)", width: 13 },
    {
      key: "pagu",
      head: [R26, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    { key: "sd", head: [R26, "Sumber Dana"], num: "(8)", width: 10 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: "(9)", width: 24 },
    { key: "t27", head: [R27, "Target Capaian Kinerja"], role: "target", year: 2027, num: "(10)", width: 13 },
    {
      key: "rp27",
      head: [R27, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2027,
      num: "(11)",
      fmt: RP,
      width: 16,
    },
  ];
  const line = (x: RjIn): Row => ({
    id: x.id,
    bold: x.kind === "program",
    cells: {
      no: x.kind === "program" ? progs.indexOf(x) + 1 : undefined,
      kode: x.id === PLANT_C ? BADCODE : x.kode,
      nama: x.nama,
      ind: x.ind,
      lok: x.lokasi ?? KEC,
      tg: x.target,
      pagu: written(x, "pagu"),
      sd: x.kind === "sub" ? "DAU" : undefined,
      cat: x.catatan,
      t27: x.t27,
      rp27: written(x, "rp27"),
    },
  });
  // page breaks before program 7.01.02 and before program 7.01.03; the header band (two header rows
  // and the number row) is printed again at the top of each page
  const HEAD = 3;
  const page = (n: number): Row[] =>
    Array.from({ length: HEAD }, (_, i) => ({ id: `rh${n}${i}`, cells: {} }));
  const at2 = rows.findIndex((x) => x.id === "p2");
  const at3 = rows.findIndex((x) => x.id === "p3");
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.slice(0, at2).map(line),
      ...page(2),
      ...rows.slice(at2, at3).map(line),
      ...page(3),
      ...rows.slice(at3).map(line),
      {
        id: "j",
        bold: true,
        span: ["no", "ind"],
        cells: {
          no: "JUMLAH",
          pagu: sum(progs.map((p) => written(p, "pagu"))),
          rp27: sum(progs.map((p) => written(p, "rp27"))),
        },
      },
    ],
  });
  for (const n of [2, 3]) {
    const top = t.row(`rh${n}0`);
    s.ws.getRow(top - 1).addPageBreak();
    s.table({ cols, headerRows: 2, numberRow: "plain", rows: [] }, t.left, top);
    // the header band belongs to the table above: it is no table of its own
    b.tables.pop();
  }
  s.r = t.lastDataRow + 1;
  s.gap();
  signature(s, 9, {
    tempat: "Sukamanah, 10 Maret 2025",
    jabatan: ["CAMAT SUKAMANAH,"],
    nama: "DEDI MULYADI KUSNADI, S.STP., M.Si.",
    pangkat: "Pembina",
    nip: "19830415 200212 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const p2 = rows.find((x) => x.id === PLANT_S)!;
  b.plant({
    at: { sheet: S, cell: a("pagu", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `pagu indikatif 2026 of program 7.01.02 is ${written(p2, "pagu").toLocaleString("en")}, typed before sub kegiatan 7.01.02.2.01.0004 was added; its kegiatan give ${total(p2, "pagu").toLocaleString("en")}`,
    truth: kids(PLANT_S)
      .map((q) => a("pagu", q.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_C) },
    rules: ["code-hierarchy"],
    note: `sub kegiatan Fasilitasi Pelaksanaan Gotong Royong is coded ${BADCODE} (a trantibum code) under kegiatan 7.01.03.2.01`,
    truth: a("kode", "k31"),
    actual: `PARENT(${a("kode", PLANT_C)})`,
  });
  for (const x of rows) {
    if (x.parent && x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.kind === "sub") continue;
    for (const k of ["pagu", "rp27"] as const) {
      if (x.id === PLANT_S && k === "pagu") continue;
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
  // the JUMLAH of 2026 adds the programs as written (the short 7.01.02 among them): it follows the plant
  b.ok({
    sheet: S,
    cell: a("rp27", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => a("rp27", p.id)).join("+"),
    trap: rows.map((x) => a("rp27", x.id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}
