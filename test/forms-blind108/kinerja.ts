// Performance tables of two Inspektorat Daerah: the LKjIP 2024 measurement of the Provinsi Sulawesi
// Utara (capaian as fractions with a % format, refleksi for the lower-is-better temuan berulang and
// waktu penyelesaian pengaduan, predikat words, a rata-rata row) with the external assessments
// 2021-2024 under it (nilai SAKIP with its letter, maturitas SPIP, kapabilitas APIP, opini BPK), and
// the PK 2025 of a kabupaten in Jambi beside its Renstra 2022-2026 targets. Every name and number is
// invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  sakip,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";

// ============================================= Inspektorat Daerah Provinsi Sulawesi Utara, LKjIP 2024

type Iku = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipInspektoratSulut(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-iku-inspektorat-prov-sulut-2024.xlsx",
    "LKjIP pengukuran kinerja (Inspektorat Provinsi)",
    "LKjIP 2024 Tabel 3.1 of the Inspektorat Daerah Provinsi Sulawesi Utara: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Kategori | Target 2026 (akhir Renstra); capaian formulas =R/T and =(2T-R)/T shown with a 0.00% format; Rata-rata row; Tabel 3.2 under it: Tahun | Nilai SAKIP | Predikat SAKIP | Level Maturitas SPIP | Level Kapabilitas APIP | Opini BPK atas LKPD, 2021-2024",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI UTARA", "INSPEKTORAT DAERAH"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Inspektorat Daerah Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas akuntabilitas kinerja dan keuangan pemerintah daerah";
  const S2 = "Meningkatnya efektivitas pengawasan dan penanganan pengaduan";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Nilai hasil evaluasi SAKIP Pemerintah Provinsi",
      sat: "nilai",
      r23: 68.92,
      t: 72,
      r: 70.85,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Level maturitas penyelenggaraan SPIP",
      sat: "level",
      r23: 3.05,
      t: 3.25,
      r: 3.18,
      f: DEC,
    },
    { id: "i3", sas: S1, ind: "Level kapabilitas APIP", sat: "level", r23: 3, t: 3, r: 3, f: "0" },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase rekomendasi hasil pemeriksaan BPK yang telah ditindaklanjuti",
      sat: "%",
      r23: 74.6,
      t: 80,
      r: 71.35,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah temuan berulang hasil pemeriksaan BPK",
      sat: "temuan",
      r23: 9,
      t: 6,
      r: 4,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Rata-rata waktu penyelesaian pengaduan masyarakat",
      sat: "hari",
      r23: 41,
      t: 30,
      r: 36,
      neg: true,
      f: "0",
    },
  ];
  const t26: Record<string, number> = { i1: 75, i2: 3.5, i3: 4, i4: 90, i5: 3, i6: 21 };
  const cap = (x: Iku) => (x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 11 },
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
          // planted: the waktu penyelesaian (lower is better) keeps the R / T formula of the rows above
          c: fx(x.id === "i5" ? `(2*${c.a("t")}-${c.a("r")})/${c.a("t")}` : `${c.a("r")}/${c.a("t")}`),
          p: predikatBaik(round((x.id === "i6" ? x.r / x.t : cap(x)) * 100)),
          t26: fmt(t26[x.id], x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")})`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator 5 dan 6 semakin kecil semakin baik: capaian = (2 x target - realisasi) / target.",
    "Kategori: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Hasil Penilaian Eksternal Tahun 2021-2024"]);
  s.gap();
  const ext: Array<[number, number, string, number, number, string]> = [
    [2021, 66.15, "B", 2.86, 2, "WTP"],
    // planted: 70.00 is "B" (BB needs more than 70)
    [2022, 70.0, "BB", 2.94, 3, "WTP"],
    [2023, 68.92, "B", 3.05, 3, "WTP"],
    [2024, 70.85, "BB", 3.18, 3, "WTP"],
  ];
  const t2 = s.table({
    cols: [
      { key: "th", head: ["Tahun"], width: 8 },
      {
        key: "ns",
        head: ["Evaluasi SAKIP oleh KemenPANRB", "Nilai"],
        role: "realisasi",
        fmt: DEC,
        width: 10,
      },
      { key: "ps", head: ["Evaluasi SAKIP oleh KemenPANRB", "Predikat"], role: "predikat", width: 10 },
      { key: "spip", head: ["Level Maturitas SPIP (BPKP)"], role: "realisasi", fmt: DEC, width: 12 },
      { key: "apip", head: ["Level Kapabilitas APIP (BPKP)"], role: "realisasi", fmt: "0", width: 12 },
      { key: "op", head: ["Opini BPK atas LKPD"], width: 12 },
    ],
    headerRows: 2,
    rows: ext.map(([th, ns, ps, spip, apip, op]): Row => ({
      id: `y${th}`,
      cells: { th, ns, ps, spip, apip, op },
    })),
  });
  s.gap();
  signature(s, 7, {
    tempat: "Manado, 26 Februari 2025",
    jabatan: ["Inspektur Daerah Provinsi Sulawesi Utara,"],
    nama: "Dr. JOUDY R. LUMENTA, S.E., M.Si., Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `(2*${a("t", id)}-${a("r", id)})/${a("t", id)}`;
  const rt = (id: string) => `${a("r", id)}/${a("t", id)}`;
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the rata-rata waktu penyelesaian pengaduan (lower is better by the note) is =R/T = 120.00%; (2 x 30 - 36) / 30 gives 80.00%, as the temuan berulang row computes",
    truth: refl("i6"),
  });
  if (sakip(70) !== "B") throw new Error("sakip 70");
  b.plant({
    at: { sheet: S, cell: t2.a("ps", "y2022") },
    rules: ["sakip-grade-mismatch"],
    note: "nilai SAKIP 2022 of 70.00 is graded BB; lower bounds are exclusive (BB > 70 - 80), so 70.00 is B",
    truth: `SAKIP(${t2.a("ns", "y2022")})`,
  });
  for (const x of rows) {
    if (x.id === "i6") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch"],
      truth: x.neg ? refl(x.id) : rt(x.id),
      // the temuan berulang is lower is better: its capaian is the refleksi 133.33%, not R / T
      trap: x.neg ? rt(x.id) : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("p", x.id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
    });
  }
  b.ok({ sheet: S, cell: a("t26", "i5"), rules: ["target-trend"], truth: "3" });
  b.ok({ sheet: S, cell: a("t26", "i6"), rules: ["target-trend"], truth: "21" });
  for (const y of ["y2021", "y2023", "y2024"])
    b.ok({
      sheet: S,
      cell: t2.a("ps", y),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(${t2.a("ns", y)})`,
    });
  b.ok({ sheet: S, cell: t2.a("ns", "y2024"), rules: ["cross-table-mismatch"], truth: a("r", "i1") });
  b.ok({ sheet: S, cell: t2.a("ns", "y2023"), rules: ["cross-table-mismatch"], truth: a("r23", "i1") });
  b.ok({ sheet: S, cell: t2.a("spip", "y2024"), rules: ["cross-table-mismatch"], truth: a("r", "i2") });
  return b.finish();
}

// ================================== Inspektorat Daerah Kabupaten Tanjung Tembesi (Jambi), PK 2025

type Rs = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  ak: number;
  f: string;
};

export function pkInspektoratTembesi(): BookW {
  const b = new BookW(
    "pk-inspektur-2025-renstra-inspektorat-tanjung-tembesi.xlsx",
    "PK 2025 and Renstra 2022-2026 targets (Inspektorat Kabupaten)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with three programs and their kegiatan, JUMLAH = the programs; sheet 'Renstra 2022-2026': No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir Renstra",
  );
  const S = "PK 2025";
  const R = "Renstra 2022-2026";
  const SA = "Meningkatnya akuntabilitas penyelenggaraan pemerintahan daerah";
  const SB = "Meningkatnya kualitas penanganan pengaduan masyarakat";
  const rs: Rs[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "nilai",
      awal: 58.4,
      tg: [61, 63.5, 66, 68.5, 71],
      ak: 71,
      f: DEC,
    },
    {
      id: "r2",
      sas: SA,
      ind: "Level maturitas penyelenggaraan SPIP",
      sat: "level",
      awal: 2.6,
      tg: [2.8, 3, 3.2, 3.35, 3.5],
      ak: 3.5,
      f: DEC,
    },
    {
      id: "r3",
      sas: SA,
      ind: "Persentase rekomendasi hasil pengawasan yang telah ditindaklanjuti",
      sat: "%",
      awal: 70.2,
      // planted: 8.2 for 2024 (82 in the Renja), a decimal slip among 72.5 .. 90
      tg: [72.5, 76, 8.2, 86, 90],
      ak: 90,
      f: DEC,
    },
    {
      id: "r4",
      sas: SA,
      ind: "Jumlah temuan berulang hasil pemeriksaan BPK",
      sat: "temuan",
      awal: 11,
      tg: [10, 9, 7, 6, 5],
      ak: 5,
      f: "0",
    },
    {
      id: "r5",
      sas: SB,
      ind: "Persentase pengaduan masyarakat yang diselesaikan",
      sat: "%",
      awal: 55,
      tg: [60, 65, 70, 75, 80],
      ak: 80,
      f: DEC,
    },
  ];
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANJUNG TEMBESI"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "INSPEKTORAT DAERAH KABUPATEN TANJUNG TEMBESI",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : H. SYAMSUL BAHRI, S.E., M.M. - Jabatan : Inspektur Kabupaten Tanjung Tembesi, selanjutnya disebut pihak pertama",
    "Nama : Drs. ZULKARNAIN HASIBUAN, M.Si. - Jabatan : Bupati Tanjung Tembesi, selanjutnya disebut pihak kedua",
  ]);
  s.gap();
  // planted: the PK target of the nilai SAKIP is 71.00, the Renstra 2026 target (2025: 68.50)
  const pkT = (x: Rs) => (x.id === "r1" ? x.tg[4] : x.tg[3]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rs.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: fmt(pkT(x), x.f) },
    })),
  });
  s.gap();
  const keg: Array<[string, string, string, number]> = [
    ["a1", "6.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", 3_914_600_000],
    ["a2", "6.01.01.2.06", "Administrasi Umum Perangkat Daerah", 512_480_000],
    ["a3", "6.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 436_235_000],
    ["b1", "6.01.02.2.01", "Penyelenggaraan Pengawasan Internal", 1_264_000_000],
    ["b2", "6.01.02.2.02", "Penyelenggaraan Pengawasan dengan Tujuan Tertentu", 345_500_000],
    ["c1", "6.01.03.2.02", "Pendampingan dan Asistensi", 286_750_000],
  ];
  const kegRow = (id: string): Row => {
    const [, kode, nm, rp] = keg.find((k) => k[0] === id)!;
    return { id, cells: { kode, nm, rp, ket: "DAU" } };
  };
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "pa",
        bold: true,
        cells: (c) => ({
          no: 1,
          kode: "6.01.01",
          nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          rp: fx(`SUM(${c.a("rp", "a1")}:${c.a("rp", "a3")})`),
        }),
      },
      kegRow("a1"),
      kegRow("a2"),
      kegRow("a3"),
      {
        id: "pb",
        bold: true,
        cells: (c) => ({
          no: 2,
          kode: "6.01.02",
          nm: "Program Penyelenggaraan Pengawasan",
          rp: fx(`SUM(${c.a("rp", "b1")}:${c.a("rp", "b2")})`),
        }),
      },
      kegRow("b1"),
      kegRow("b2"),
      {
        id: "pc",
        bold: true,
        cells: (c) => ({
          no: 3,
          kode: "6.01.03",
          nm: "Program Perumusan Kebijakan, Pendampingan dan Asistensi",
          rp: fx(c.a("rp", "c1")),
        }),
      },
      kegRow("c1"),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "pa")}+${c.a("rp", "pb")}+${c.a("rp", "pc")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Muara Tembesi Ilir, 2 Januari 2025"]);
  s.lines(["Pihak Kedua,", "Bupati Tanjung Tembesi", "", "", "Drs. ZULKARNAIN HASIBUAN, M.Si."], 2);
  s.r -= 5;
  s.lines(
    ["Pihak Pertama,", "Inspektur", "", "", "H. SYAMSUL BAHRI, S.E., M.M.", "NIP. 19740822 199903 1 004"],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["INSPEKTORAT DAERAH KABUPATEN TANJUNG TEMBESI"]);
  r.lines([
    "Tabel 5.1 Target Indikator Kinerja Utama",
    "Rencana Strategis Inspektorat Daerah Tahun 2022-2026",
  ]);
  r.gap();
  const YRS = [2022, 2023, 2024, 2025, 2026];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 10 },
      ...YRS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", width: 11 },
    ],
    headerRows: 2,
    rows: rs.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ak: fmt(x.ak, x.f),
      };
      YRS.forEach((y, k) => (cells[`y${y}`] = fmt(x.tg[k], x.f)));
      return { id: x.id, cells };
    }),
  });
  r.gap();
  r.lines(["Catatan: jumlah temuan berulang semakin kecil semakin baik."]);

  const a = (k: string, id: string) => tr.a(k, id);
  const ra = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Nilai SAKIP is 71.00, the Renstra 2026 target; the Renstra 2025 target is 68.50",
    truth: ra("y2025", "r1"),
  });
  b.plant({
    at: { sheet: R, cell: a("y2024", "r3") },
    rules: ["target-outlier"],
    note: "2024 target of the persentase rekomendasi ditindaklanjuti is 8.20 between 76.00 (2023) and 86.00 (2025), a decimal slip (82.00 in the Renja 2024)",
    truth: `(${a("y2023", "r3")}+${a("y2025", "r3")})/2`,
  });
  for (const x of rs.filter((x) => x.id !== "r1"))
    b.ok({ sheet: S, cell: t1.a("tg", x.id), rules: ["cross-table-mismatch"], truth: ra("y2025", x.id) });
  for (const id of ["r1", "r2", "r5"])
    b.ok({
      sheet: R,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2026", id),
      trap: YRS.map((y) => a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: a("y2026", "r4"), rules: ["target-trend"], truth: "5" });
  b.ok({ sheet: R, cell: a("y2024", "r4"), rules: ["target-trend", "target-outlier"], truth: "7" });
  // JUMLAH adds the three programs, not every row (that would count each rupiah twice)
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: keg.map(([id]) => t2.a("rp", id)).join("+"),
    trap: `SUM(${t2.a("rp", "pa")}:${t2.a("rp", "c1")})`,
  });
  for (const [id, ks] of [
    ["pa", ["a1", "a2", "a3"]],
    ["pb", ["b1", "b2"]],
  ] as Array<[string, string[]]>)
    b.ok({
      sheet: S,
      cell: t2.a("rp", id),
      rules: ["sum-mismatch"],
      truth: ks.map((k) => t2.a("rp", k)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("kode", "b2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${t2.a("kode", "b2")})`,
    actual: t2.a("kode", "pb"),
  });
  return b.finish();
}
