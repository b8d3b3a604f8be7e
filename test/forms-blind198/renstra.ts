// Plans of two Diskominfo: the T-C.27 of the Renstra 2025-2029 of an invented kota in Nusa Tenggara
// Barat (Bayan Selaparang), "(dalam ribuan rupiah)", Tahun ke-1 .. ke-5 with the years only in the
// title, unmerged group headers; and the IKU matrix of an invented kabupaten in Sulawesi Tengah (Lembah
// Napu) with definisi, formulasi, a lower-is-better metadata gap and the SAKIP grade with its score.
// Every name and number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type Plan = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  level: boolean;
  rp?: number[];
  f: string;
};

export function tc27Bayan(): BookW {
  const b = new BookW(
    "tc27-renstra-satu-data-diskominfo-bayan-selaparang.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Satu Data)",
    "T-C.27 of a Diskominfo in NTB, Renstra 2025-2029: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal | 'Tahun ke-1' .. 'Tahun ke-5' > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; '(dalam ribuan rupiah)'; group headers written once (unmerged); number row 1 .. 19; kondisi akhir Rp = the five years, K = last target for levels and the sum for flows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BAYAN SELAPARANG", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Komunikasi dan Informatika Kota Bayan Selaparang",
    "Renstra Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Plan[] = [
    {
      id: "s1",
      kode: "2.20.02.2.01.0001",
      nm: "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
      ind: "Jumlah dataset yang tersedia di portal Satu Data Kota (kumulatif)",
      sat: "dataset",
      awal: 140,
      // planted: ke-3 typed 1900 (one zero too many) between 180 and 220
      tg: [160, 180, 1900, 220, 240],
      level: true,
      rp: [285_400, 310_250, 335_700, 362_150, 389_900],
      f: INT,
    },
    {
      id: "s2",
      kode: "2.20.02.2.01.0002",
      nm: "Penyelenggaraan Rekomendasi Kegiatan Statistik dan Verifikasi Metadata",
      ind: "Jumlah metadata kegiatan statistik yang diverifikasi",
      sat: "metadata",
      awal: 36,
      tg: [40, 45, 50, 55, 60],
      level: false,
      rp: [174_300, 186_450, 199_800, 212_600, 228_350],
      f: INT,
    },
    {
      id: "s3",
      kode: "2.20.02.2.01.0003",
      nm: "Pembinaan Statistik Sektoral Perangkat Daerah",
      ind: "Jumlah perangkat daerah yang mendapat pembinaan statistik sektoral",
      sat: "PD",
      awal: 6,
      tg: [8, 10, 12, 12, 14],
      level: false,
      rp: [96_750, 104_200, 112_900, 121_400, 130_650],
      f: INT,
    },
  ];
  const prog: Plan = {
    id: "p",
    kode: "2.20.02",
    nm: "Program Penyelenggaraan Statistik Sektoral",
    ind: "Persentase perangkat daerah yang datanya terintegrasi di portal Satu Data",
    sat: "%",
    awal: 45,
    tg: [55, 65, 75, 85, 95],
    level: true,
    f: DEC,
  };
  const keg: Plan = {
    id: "k",
    kode: "2.20.02.2.01",
    nm: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
    ind: "Jumlah rekomendasi kegiatan statistik sektoral yang diterbitkan",
    sat: "rekomendasi",
    awal: 9,
    tg: [10, 12, 12, 14, 15],
    level: false,
    f: INT,
  };
  const yrs = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...yrs.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [`Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [`Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: INT,
        width: 12,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 10,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: INT,
      width: 13,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 12 },
  ];
  const five = (c: { a(k: string): string }, p: string) => yrs.map((y) => c.a(`${p}${y}`)).join("+");
  const row = (x: Plan, parts: string[]): Row => ({
    id: x.id,
    bold: !x.rp,
    cells: (c) => ({
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      awal: fmt(x.awal, x.f),
      ...Object.fromEntries(
        yrs.flatMap((y, i) => [
          [`t${y}`, fmt(x.tg[i], x.f)],
          [`r${y}`, x.rp ? x.rp[i] : fx(parts.map((id) => c.a(`r${y}`, id)).join("+"))],
        ]),
      ),
      // planted: the program's kondisi akhir K is the ke-4 target typed
      ka: x.id === "p" ? fmt(85, DEC) : fx(x.level ? c.a("t5") : five(c, "t")),
      // planted: sub kegiatan .0002 adds Tahun ke-1 .. ke-4 only
      ra: fx(
        x.id === "s2"
          ? yrs
              .slice(0, 4)
              .map((y) => c.a(`r${y}`))
              .join("+")
          : five(c, "r"),
      ),
      pj: "Bidang Statistik",
      lok: "Kota Bayan Selaparang",
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [row(prog, ["k"]), row(keg, ["s1", "s2", "s3"]), ...subs.map((x) => row(x, []))],
  });
  s.gap();
  s.lines(["Catatan: Tahun ke-1 s.d. ke-5 = Tahun 2025 s.d. 2029; pagu indikatif dalam ribuan rupiah."]);
  s.gap();
  signature(s, 14, {
    tempat: "Bayan Selaparang, 20 Juni 2025",
    jabatan: ["Kepala Dinas Komunikasi dan Informatika"],
    nama: "LALU MUHAMMAD ZAINI, S.Kom., M.M.",
    nip: "19780322 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the program's rate is a typed 85.00, the Tahun ke-4 target; a rate ends at its Tahun ke-5 (2029) target 95.00",
    truth: a("t5", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("ra", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 2.20.02.2.01.0002 adds Tahun ke-1 .. ke-4 (773,150) and leaves out ke-5's 228,350; the five years give 1,001,500",
    truth: five({ a: (k) => a(k, "s2") }, "r"),
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "s1") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 target of the dataset count is 1,900 between 180 and 220 (one zero too many); the path of +20 a year gives 200",
    truth: `ROUND((${a("t2", "s1")}+${a("t4", "s1")})/2,0)`,
  });
  // clean: levels end at the last target, flows at the sum
  b.ok({
    sheet: S,
    cell: a("ka", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t5", "s1"),
    trap: five({ a: (k) => a(k, "s1") }, "t"),
  });
  for (const id of ["k", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: five({ a: (k) => a(k, id) }, "t"),
      trap: a("t5", id),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five({ a: (k) => a(k, id) }, "r"),
    });
  for (const y of yrs) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r1", "p"),
    rules: ["sum-mismatch"],
    truth: a("r1", "k"),
    trap: `SUM(${a("r1", "k")}:${a("r1", "s3")})`,
  });
  b.ok({ sheet: S, cell: a("t5", "s1"), rules: ["target-outlier"], truth: "240" });
  return b.finish();
}

// ========================================== IKU Diskominfo Kabupaten Lembah Napu (Sulawesi Tengah)

type Iku = {
  id: string;
  nm: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number | string;
  tg: Array<number | string>;
  ak: number | string;
  f: string;
  sd: string;
};

export function ikuLembahNapu(): BookW {
  const b = new BookW(
    "iku-satu-data-epss-diskominfo-lembah-napu.xlsx",
    "IKU matrix (Satu Data, EPSS)",
    "IKU matrix 2025-2029 of a Diskominfo in Sulawesi Tengah: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; EPSS index, Satu Data share, the lower-is-better dataset tanpa metadata, and the SAKIP grade with its score",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH NAPU", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Nomor 800/117/DISKOMINFO/2025",
    "INDIKATOR KINERJA UTAMA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "i1",
      nm: "Indeks Pembangunan Statistik (nilai EPSS) Kabupaten",
      def: "Nilai hasil Evaluasi Penyelenggaraan Statistik Sektoral oleh BPS atas empat domain",
      rumus: "Nilai EPSS sesuai laporan hasil evaluasi BPS",
      sat: "indeks",
      awal: 2.31,
      // planted: 2028 drops to 2.60 between 2.95 and 3.20
      tg: [2.45, 2.7, 2.95, 2.6, 3.2],
      ak: 3.2,
      f: DEC,
      sd: "LHE EPSS BPS",
    },
    {
      id: "i2",
      nm: "Persentase dataset prioritas yang memenuhi prinsip Satu Data Indonesia",
      def: "Dataset prioritas daerah yang memenuhi standar data, metadata, interoperabilitas dan kode referensi",
      rumus: "(Dataset prioritas sesuai prinsip SDI / seluruh dataset prioritas) x 100%",
      sat: "%",
      awal: 38.5,
      tg: [50, 60, 70, 80, 90],
      ak: 90,
      f: DEC,
      sd: "Portal Satu Data Kabupaten",
    },
    {
      id: "i3",
      nm: "Persentase dataset sektoral yang belum dilengkapi metadata",
      def: "Dataset pada portal Satu Data tanpa metadata kegiatan, variabel dan indikator (semakin kecil semakin baik)",
      rumus: "(Dataset tanpa metadata / seluruh dataset) x 100%",
      sat: "%",
      awal: 42,
      tg: [35, 28, 20, 14, 8],
      ak: 8,
      f: DEC,
      sd: "Bidang Statistik",
    },
    {
      id: "i4",
      nm: "Nilai SAKIP Dinas Komunikasi dan Informatika",
      def: "Hasil evaluasi akuntabilitas kinerja oleh Inspektorat Daerah",
      rumus: "Predikat dan nilai sesuai LHE SAKIP",
      sat: "predikat (nilai)",
      // planted: 68,42 is a B (> 60 - 70), not BB
      awal: "BB (68,42)",
      tg: ["BB (70,50)", "BB (72,00)", "BB (75,00)", "A (80,50)", "A (82,00)"],
      ak: "A (82,00)",
      f: "@",
      sd: "LHE SAKIP Inspektorat",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 34 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 16 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        nm: x.nm,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: typeof x.awal === "number" ? fmt(x.awal, x.f) : x.awal,
        ...Object.fromEntries(
          Y.map((y, k) => [`y${y}`, typeof x.tg[k] === "number" ? fmt(x.tg[k], x.f) : x.tg[k]]),
        ),
        ak: typeof x.ak === "number" ? fx(c.a("y2029")) : x.ak,
        sd: x.sd,
        pj: x.id === "i4" ? "Sekretaris" : "Kepala Bidang Statistik",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 3 semakin kecil semakin baik.",
    "Predikat SAKIP: AA > 90; A > 80 - 90; BB > 70 - 80; B > 60 - 70; CC > 50 - 60; C > 30 - 50; D <= 30.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lembah Napu, 6 Januari 2025",
    jabatan: ["Kepala Dinas Komunikasi dan Informatika,"],
    nama: "NI KETUT SRIWAHYUNI, S.Si., M.Eng.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19810505 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2028", "i1") },
    rules: ["target-trend"],
    note: "EPSS target 2028 falls to 2.60 between 2.95 (2027) and 3.20 (2029) on a rising index; the path gives about 3.08",
    truth: `ROUND((${a("y2027", "i1")}+${a("y2029", "i1")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("awal", "i4") },
    rules: ["sakip-grade-mismatch"],
    note: "kondisi awal 'BB (68,42)': a score of 68.42 is a B (> 60 - 70), not BB",
    truth: `SAKIP(SCORE(${a("awal", "i4")}))`,
    actual: `GRADE(${a("awal", "i4")})`,
  });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "i4"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(`y${y}`, "i4")}))`,
      actual: `GRADE(${a(`y${y}`, "i4")})`,
    });
  for (const y of [2026, 2029])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "i3"),
      rules: ["target-trend"],
      truth: `${a(`y${y - 1}`, "i3")}-${y === 2026 ? 7 : 6}`,
    });
  for (const id of ["i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({ sheet: S, cell: a("ak", "i1"), rules: ["kondisi-akhir-mismatch"], truth: a("y2029", "i1") });
  return b.finish();
}
