// An LKjIP 2024 measurement table of a Dinas Perhubungan (Kota Tebing Sianjur, Sumatera Utara) with
// capaian stored as fractions in a % format and refleksi for the lower-is-better rows, and a PK 2025
// beside the Renstra 2025-2029 of a Dinas Perhubungan (Kabupaten Barito Tapin, Kalimantan Selatan)
// with a program / kegiatan anggaran table. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  fmt,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  r23: number;
};

export function lkjipDishub(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-dishub-tebing-sianjur.xlsx",
    "LKjIP 2024 measurement table of a Dinas Perhubungan",
    "LKjIP 2024 Tabel 3.1 of a Dinas Perhubungan in Sumatera Utara: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Predikat; capaian as fractions with a 0.00% format, =R/T for higher-is-better rows and =(2*T-R)/T for the accident rate and the waiting time (lower is better, by the note); predikat words; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KOTA TEBING SIANJUR"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Dinas Perhubungan Kota Tebing Sianjur Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kualitas pelayanan angkutan umum";
  const SB = "Meningkatnya keselamatan lalu lintas dan kelaikan kendaraan";
  const rows: Lk[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase angkutan umum yang laik jalan",
      sat: "%",
      t: 85,
      r: 82.4,
      r23: 79.6,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Rata-rata waktu tunggu penumpang angkutan umum di terminal",
      sat: "menit",
      t: 20,
      r: 17,
      neg: true,
      r23: 22,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Angka kecelakaan lalu lintas per 10.000 kendaraan",
      sat: "kejadian",
      t: 12,
      r: 13.5,
      neg: true,
      r23: 14.1,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Indeks kepuasan masyarakat terhadap layanan pengujian kendaraan bermotor",
      sat: "indeks",
      t: 82,
      r: 68.9,
      r23: 71.25,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase kendaraan wajib uji yang lulus uji KIR",
      sat: "%",
      t: 90,
      r: 61.2,
      r23: 58.4,
    },
  ];
  const rt = (R: string, T: string) => `${R}/${T}`;
  const refl = (R: string, T: string) => `(2*${T}-${R})/${T}`;
  // planted: the accident rate (lower is better) has the R / T formula of the positive rows
  const capOf = (x: Lk) => (x.neg && x.id !== "i3" ? (2 * x.t - x.r) / x.t : x.r / x.t);
  // planted: "Sangat Baik" for the index's 84.02 (the band > 75 - 90 is Baik)
  const predOf = (x: Lk) => (x.id === "i4" ? "Sangat Baik" : predikatBaik(capOf(x) * 100));
  const avg = rows.reduce((n, x) => n + capOf(x), 0) / rows.length;
  const G = "Tahun 2024";
  const PCT = "0.00%";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
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
          r23: fmt(x.r23, DEC),
          t: fmt(x.t, DEC),
          r: fmt(x.r, DEC),
          c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          p: predOf(x),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")})`),
          p: predikatBaik(avg * 100),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 2 dan 3 semakin rendah semakin baik; capaian = (2 x target - realisasi) / target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tebing Sianjur, 20 Februari 2025",
    jabatan: ["Kepala Dinas Perhubungan,"],
    nama: "RAMLAN SITUMORANG, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740822 199903 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const TOL = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the accident rate (lower is better by the note) is =R/T = 112.50 %; (2 x 12 - 13.5) / 12 gives 87.50 %, as the waiting-time row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for the index's capaian of 84.02 % (68.90 against 82); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")}*100)`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the waiting time is lower is better: refleksi 115.00 %, not R / T 85.00 %
      trap: x.neg ? rt(R, T) : undefined,
      tol: TOL,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
      });
  }
  if (round(capOf(rows[3]) * 100) !== 84.02) throw new Error("lkjip i4");
  return b.finish();
}

// ========================================== PK 2025 and Renstra 2025-2029, Dinas Perhubungan Barito Tapin

type PkInd = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };
type Ang = { id: string; kode: string; nm: string; rp?: number; prog?: boolean };

export function pkDishub(): BookW {
  const b = new BookW(
    "pk-2025-dishub-barito-tapin-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 of a Dinas Perhubungan",
    "sheet 'PK 2025': statement, Tabel I No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan; Tabel II No | Kode | Program / Kegiatan | Anggaran (Rp) with programs = SUM of their kegiatan and a JUMLAH of the three programs; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir Renstra (2029); an accident rate falling (lower is better)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BARITO TAPIN",
    "DINAS PERHUBUNGAN",
    "Jl. Jenderal Sudirman No. 41, Rantau Tapin",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Ir. SYAHRIANI FITRIANSYAH, M.T. - Jabatan : Kepala Dinas Perhubungan Kabupaten Barito Tapin (Pihak Pertama)",
    "Nama : H. AHMAD FAUZAN NOOR, S.E., M.M. - Jabatan : Bupati Barito Tapin (Pihak Kedua)",
  ]);
  s.gap();
  const SA = "Meningkatnya pelayanan dan keselamatan transportasi darat dan sungai";
  const SB = "Meningkatnya pendapatan retribusi sektor perhubungan";
  const rows: PkInd[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Persentase angkutan umum yang memenuhi standar pelayanan minimal",
      sat: "%",
      awal: 70.2,
      tg: [72, 74.5, 77, 79.5, 82],
    },
    {
      id: "r2",
      sas: SA,
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      awal: 86,
      tg: [88.5, 90, 91.5, 93, 95],
    },
    {
      id: "r3",
      sas: SA,
      ind: "Angka kecelakaan lalu lintas per 10.000 kendaraan",
      sat: "kejadian",
      awal: 14.2,
      tg: [13.5, 12.8, 12, 11.2, 10.5],
      neg: true,
    },
    {
      id: "r4",
      sas: SB,
      ind: "Persentase realisasi retribusi parkir terhadap target",
      sat: "%",
      awal: 95,
      tg: [96, 97, 98, 99, 100],
    },
  ];
  // planted: the PK target of r2 is typed 89.50 (Renstra 2025: 88.50)
  const pkT = (x: PkInd) => (x.id === "r2" ? 89.5 : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, tg: fmt(pkT(x), DEC), sat: x.sat },
    })),
  });
  s.gap();
  const ang: Ang[] = [
    {
      id: "p1",
      kode: "2.15.01",
      nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      prog: true,
    },
    {
      id: "k11",
      kode: "2.15.01.2.01",
      nm: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      rp: 215_480_000,
    },
    { id: "k12", kode: "2.15.01.2.02", nm: "Administrasi Keuangan Perangkat Daerah", rp: 3_864_250_000 },
    { id: "k13", kode: "2.15.01.2.06", nm: "Administrasi Umum Perangkat Daerah", rp: 612_900_000 },
    {
      id: "p2",
      kode: "2.15.02",
      nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      prog: true,
    },
    {
      id: "k21",
      kode: "2.15.02.2.02",
      nm: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten",
      rp: 1_875_600_000,
    },
    {
      id: "k22",
      kode: "2.15.02.2.04",
      nm: "Penerbitan Izin Penyelenggaraan dan Pembangunan Fasilitas Parkir",
      rp: 428_300_000,
    },
    { id: "k23", kode: "2.15.02.2.05", nm: "Pengujian Berkala Kendaraan Bermotor", rp: 1_146_750_000 },
    { id: "p3", kode: "2.15.03", nm: "PROGRAM PENGELOLAAN PELAYARAN", prog: true },
    {
      id: "k31",
      kode: "2.15.03.2.02",
      nm: "Penerbitan Izin Usaha Angkutan Sungai dan Danau",
      rp: 186_400_000,
    },
    {
      id: "k32",
      kode: "2.15.03.2.05",
      nm: "Pembangunan dan Penerbitan Izin Pelabuhan Sungai dan Danau",
      rp: 742_150_000,
    },
  ];
  const kids: Record<string, [string, string]> = {
    p1: ["k11", "k13"],
    p2: ["k21", "k22"],
    p3: ["k31", "k32"],
  };
  let n = 0;
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "nm", head: ["Program / Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...ang.map((x): Row => ({
        id: x.id,
        bold: x.prog,
        cells: (c) => ({
          no: x.prog ? ++n : undefined,
          kode: x.kode,
          nm: x.nm,
          // planted: program 2.15.02 adds two of its three kegiatan (SUM one row short)
          rp: x.prog ? fx(`SUM(${c.a("rp", kids[x.id][0])}:${c.a("rp", kids[x.id][1])})`) : x.rp,
          ket: "APBD",
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(["p1", "p2", "p3"].map((id) => c.a("rp", id)).join("+")) }),
      },
    ],
  });
  s.gap();
  s.lines(["Rantau Tapin, 6 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "BUPATI BARITO TAPIN", "", "", "H. AHMAD FAUZAN NOOR, S.E., M.M."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "KEPALA DINAS PERHUBUNGAN",
      "",
      "",
      "Ir. SYAHRIANI FITRIANSYAH, M.T.",
      "NIP. 19780315 200501 2 011",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERHUBUNGAN KABUPATEN BARITO TAPIN"]);
  r.lines(["Target Indikator Kinerja Utama", "Rencana Strategis Dinas Perhubungan Tahun 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir Renstra (2029)"],
        role: "kondisi-akhir",
        year: 2029,
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, x.tg[k]])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the uji berkala pass rate is 89.50; the Renstra 2025 target is 88.50",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "p2") },
    rules: ["sum-mismatch"],
    note: "Anggaran of program 2.15.02 is =SUM over the first two kegiatan (2,303,900,000); with Pengujian Berkala's 1,146,750,000 it is 3,450,650,000",
    truth: ["k21", "k22", "k23"].map((id) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows)
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: ["k11", "k12", "k13"].map((id) => t2.a("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p3"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k31")}+${t2.a("rp", "k32")}`,
  });
  for (const [p, ks] of [
    ["p1", ["k11", "k12", "k13"]],
    ["p3", ["k31", "k32"]],
  ] as Array<[string, string[]]>)
    for (const k of ks)
      b.ok({
        sheet: S,
        cell: t2.a("kode", k),
        rules: ["code-hierarchy"],
        truth: `PARENT(${t2.a("kode", k)})`,
        actual: t2.a("kode", p),
      });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // rates end at the last target, not the five years added up
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r3"), rules: ["target-trend"], truth: "10.5" });
  return b.finish();
}
