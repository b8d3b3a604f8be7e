// Performance tables of a Dinas Kesehatan on kesehatan ibu dan anak: the LKjIP 2024 measurement of a
// Banten kabupaten's Dinkes (K1 / K4 / K6, persalinan di fasyankes, KN lengkap, ASI eksklusif, and the
// kematian ibu / bayi counts lower is better), the PK 2025 of a Sulawesi Utara kota's Dinkes beside its
// Renstra 2025-2029, and the IKU matrix 2025-2029 of a Banten kota's Dinkes. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ====================================== Dinas Kesehatan Kabupaten Cibaliung Raya (Banten), LKjIP 2024

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipKia(): BookW {
  const b = new BookW(
    "lkjip-kia-dinkes-cibaliung-raya.xlsx",
    "LKjIP pengukuran kinerja (Dinkes, KIA)",
    "LKjIP 2024 Tabel 3.4 of a Dinkes in Banten: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori (Permendagri levels); capaian ROUND formulas with the refleksi on the kematian counts; Rata-rata and Predikat footer rows",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN CIBALIUNG RAYA", "Jl. Raya Cibaliung No. 27, Provinsi Banten"]);
  s.lines(["Tabel 3.4", "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Kesehatan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya derajat kesehatan ibu dan anak";
  const S2 = "Menurunnya kematian ibu dan bayi";
  const rows: L[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Cakupan kunjungan ibu hamil K1",
      sat: "%",
      t: 100,
      r: 98.6,
      r23: 97.15,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Cakupan kunjungan ibu hamil K4",
      sat: "%",
      t: 95,
      r: 89.75,
      r23: 86.4,
      f: DEC,
    },
    { id: "i3", sas: S1, ind: "Cakupan kunjungan ibu hamil K6", sat: "%", t: 80, r: 71.2, r23: 60.8, f: DEC },
    {
      id: "i4",
      sas: S1,
      ind: "Cakupan persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      t: 95,
      r: 93.8,
      r23: 91.05,
      f: DEC,
    },
    {
      id: "i5",
      sas: S1,
      ind: "Cakupan kunjungan neonatal lengkap (KN lengkap)",
      sat: "%",
      t: 92,
      r: 90.15,
      r23: 88.7,
      f: DEC,
    },
    {
      id: "i6",
      sas: S1,
      ind: "Persentase bayi usia < 6 bulan mendapat ASI eksklusif",
      sat: "%",
      t: 70,
      r: 49.6,
      r23: 46.2,
      f: DEC,
    },
    { id: "i7", sas: S2, ind: "Jumlah kematian ibu", sat: "kasus", t: 14, r: 11, r23: 16, neg: true, f: "0" },
    {
      id: "i8",
      sas: S2,
      ind: "Jumlah kematian bayi",
      sat: "kasus",
      t: 120,
      r: 132,
      r23: 141,
      neg: true,
      f: "0",
    },
  ];
  const capOf = (x: L) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(capOf(rows[5])) !== "Sedang") throw new Error("lkjip i6");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Kategori"], role: "predikat", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the kematian bayi (lower is better) has R / T
          c: fx(x.neg && x.id === "i7" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for the ASI eksklusif's 70.86
          p: x.id === "i6" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i8")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "r"], cells: { no: "Predikat Kinerja", p: "Sangat Tinggi" } },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: jumlah kematian ibu dan bayi semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Cibaliung, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. AHMAD FAUZAN HIDAYAT, M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770902 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i8") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the Jumlah kematian bayi (lower is better by the note) is =ROUND(R/T*100,2) = 110.00; (2 x 120 - 132) / 120 gives 90.00, as the kematian ibu row computes",
    truth: refl(a("r", "i8"), a("t", "i8")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for the ASI eksklusif's capaian of 70.86 (49.6 against 70); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i6")})`,
  });
  for (const x of rows) {
    if (x.id === "i8") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================== Dinas Kesehatan Kota Tondano Baru (Sulawesi Utara), PK 2025 and Renstra

type P = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkKia(): BookW {
  const b = new BookW(
    "pk-kadinkes-renstra-kia-tondano-baru.xlsx",
    "PK 2025 and Renstra Dinkes 2025-2029 targets (KIA)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target 2025 (value and satuan in one column pair), then No | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Capaian Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir (2029); rates and the angka kematian bayi (lower is better)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TONDANO BARU", "DINAS KESEHATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : dr. MARCELLA J. RUNTUWENE, M.Kes. - Jabatan : Kepala Dinas Kesehatan",
    "Nama : Ir. FRANKY D. WALANDOUW, M.Si. - Jabatan : Wali Kota Tondano Baru",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "r1",
      ind: "Cakupan pelayanan kesehatan ibu hamil K4",
      sat: "%",
      awal: 88.4,
      tg: [90, 92, 93, 94, 95],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Cakupan pelayanan kesehatan ibu hamil K6",
      sat: "%",
      awal: 68.5,
      tg: [72, 75, 78, 81, 85],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      awal: 91.2,
      tg: [93, 94, 95, 96, 97],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase bayi baru lahir mendapat kunjungan neonatal lengkap",
      sat: "%",
      awal: 87.3,
      tg: [89, 90, 91, 92, 93],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Angka kematian bayi",
      sat: "per 1.000 KH",
      awal: 9.8,
      tg: [9.5, 9.2, 8.9, 8.6, 8.3],
      f: DEC,
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: "Meningkatnya kesehatan ibu dan anak",
        ind: x.ind,
        // planted: the K4 target of 2026 (92) in the PK 2025
        tg: fmt(x.id === "r1" ? 92 : x.tg[0], x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 38412650000],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 61870425000],
    ["1.02.03", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 2145300000],
    ["1.02.04", "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 1286000000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "x", head: ["Kode"], role: "kode", width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([kode, nm, rp], k) => ({
        id: `p${k}`,
        cells: { no: k + 1, prog: nm, x: kode, rp, ket: "APBD" },
      })),
      // planted: the Jumlah typed with two digits swapped
      {
        id: "jml",
        bold: true,
        span: ["no", "x"] as [string, string],
        cells: { no: "Jumlah", rp: 103174375000 },
      },
    ],
  });
  s.gap();
  s.lines(["Tondano Baru, 3 Januari 2025"], 4);
  s.lines(["Wali Kota Tondano Baru,", "", "", "", "Ir. FRANKY D. WALANDOUW, M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Kepala Dinas Kesehatan,",
      "",
      "",
      "",
      "dr. MARCELLA J. RUNTUWENE, M.Kes.",
      "NIP. 19790314 200501 2 009",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KESEHATAN KOTA TONDANO BARU"]);
  r.lines([
    "Tabel 5.1 Indikator Kinerja Dinas Kesehatan yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029",
  ]);
  r.gap();
  const G = "Target Capaian Kinerja Tahun";
  const ren = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[2025, 2026, 2027, 2028, 2029].map((y, i): Col => ({
        key: `y${i}`,
        head: [G, String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, k) => {
      const cells: Record<string, ReturnType<typeof fmt> | number | string> = {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ak: fmt(x.tg[4], x.f),
      };
      x.tg.forEach((v, i) => (cells[`y${i}`] = fmt(v, x.f)));
      return { id: x.id, cells };
    }),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: ren.a("y0", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the K4 coverage is 92.00, the Renstra 2026 target; the Renstra 2025 target is 90.00",
    truth: `'${R}'!${ren.a("y0", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 103,174,375,000; the four programs give 103,714,375,000 (digits swapped)",
    truth: `SUM(${t2.a("rp", "p0")}:${t2.a("rp", "p3")})`,
  });
  for (const x of rows) {
    if (x.id !== "r1")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${ren.a("y0", x.id)}`,
      });
    const five = [0, 1, 2, 3, 4].map((i) => ren.a(`y${i}`, x.id)).join("+");
    b.ok({
      sheet: R,
      cell: ren.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ren.a("y4", x.id),
      trap: five,
    });
  }
  b.ok({ sheet: R, cell: ren.a("y4", "r5"), rules: ["target-trend"], truth: "8.3" });
  return b.finish();
}

// ============================== Dinas Kesehatan Kota Serang Utara (Banten), IKU 2025-2029

type I = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  tg: number[];
  f: string;
};

export function ikuKia(): BookW {
  const b = new BookW(
    "iku-kia-dinkes-kota-serang-utara.xlsx",
    "IKU matrix (Dinkes, KIA)",
    "IKU Dinkes 2025-2029 of a kota in Banten: No | Sasaran | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir Periode | Sumber Data | Penanggung Jawab; group headers repeated in every cell; the kematian ibu count falls (lower is better)",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SERANG UTARA", "DINAS KESEHATAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN KOTA SERANG UTARA TAHUN 2025-2029"]);
  s.gap();
  const SAS = "Meningkatnya derajat kesehatan ibu, bayi dan balita";
  const rows: I[] = [
    {
      id: "u1",
      sas: SAS,
      ind: "Cakupan kunjungan ibu hamil K1",
      def: "Ibu hamil K1 / sasaran ibu hamil x 100%",
      sat: "%",
      awal: 96.5,
      tg: [97, 97.5, 98, 98.5, 99],
      f: DEC,
    },
    {
      id: "u2",
      sas: SAS,
      ind: "Cakupan kunjungan ibu hamil K6",
      def: "Ibu hamil K6 / sasaran ibu hamil x 100%",
      sat: "%",
      awal: 66.2,
      tg: [70, 74, 78, 76, 86],
      f: DEC,
    },
    {
      id: "u3",
      sas: SAS,
      ind: "Persentase bayi usia < 6 bulan mendapat ASI eksklusif",
      def: "Bayi ASI eksklusif / bayi < 6 bulan yang di-recall x 100%",
      sat: "%",
      awal: 49.3,
      tg: [52, 55, 5.8, 61, 64],
      f: DEC,
    },
    {
      id: "u4",
      sas: SAS,
      ind: "Cakupan kunjungan neonatal lengkap",
      def: "Neonatus KN lengkap / sasaran bayi x 100%",
      sat: "%",
      awal: 90.4,
      tg: [91, 92, 93, 94, 95],
      f: DEC,
    },
    {
      id: "u5",
      sas: SAS,
      ind: "Jumlah kematian ibu",
      def: "Kematian ibu hamil, bersalin dan nifas dalam satu tahun",
      sat: "kasus",
      awal: 16,
      tg: [15, 14, 13, 12, 11],
      f: "0",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...[2025, 2026, 2027, 2028, 2029].map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 8,
    })),
    { key: "ak", head: ["Kondisi Akhir Periode (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 14 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "repeat",
    vmerge: ["sas"],
    rows: rows.map((x, k) => {
      const cells: Record<string, ReturnType<typeof fmt> | number | string> = {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ak: fmt(x.tg[4], x.f),
        sd: "Laporan PWS KIA",
        pj: "Bidang Kesmas",
      };
      x.tg.forEach((v, i) => (cells[`y${i}`] = fmt(v, x.f)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines(["Catatan: jumlah kematian ibu semakin kecil semakin baik; kondisi akhir = target tahun 2029."]);
  signature(s, 9, {
    tempat: "Serang Utara, 8 April 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. YUYUN WAHYUNINGSIH, M.M.",
    nip: "19750628 200312 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "u3") },
    rules: ["target-outlier"],
    note: "ASI eksklusif target 2027 typed 5.8 between 55 and 61 (a dropped digit); the steps of 3 give 58.00",
    truth: `(${a("y1", "u3")}+${a("y3", "u3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y3", "u2") },
    rules: ["target-trend"],
    note: "K6 coverage target 2028 is 76, below the 78 of 2027 on a higher-is-better rate; between 78 and 86 it should be 82",
    truth: `(${a("y2", "u2")}+${a("y4", "u2")})/2`,
  });
  for (const id of ["u1", "u3", "u4", "u5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y4", id),
      trap: [0, 1, 2, 3, 4].map((i) => a(`y${i}`, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("y4", "u5"), rules: ["target-trend"], truth: "11" });
  b.ok({ sheet: S, cell: a("y3", "u4"), rules: ["target-trend", "target-outlier"], truth: "94" });
  return b.finish();
}
