// Two Sumatran provincial documents: the Perjanjian Kinerja 2025 of a Kepala Dinas Pendidikan (the
// statement, a table of sasaran / indikator / target, a second table 'Program | Anggaran (Rp) |
// Keterangan' with its Jumlah, both parties signing) with the Renstra targets on a second sheet, and
// the yearly report on the penerapan SPM of a provincial Dinas Sosial (people who must be served,
// served and not yet served, the SPM money and its absorption). Every office, person and number is
// invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { iferrorFormula, rt } from "./common";

const YEARS = [2025, 2026, 2027, 2028, 2029];

// ========================================= PK 2025, Kepala Dinas Pendidikan Provinsi Bukit Barisan

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  /** the PK target linked to the Renstra sheet instead of typed */
  link?: boolean;
};

/** Perjanjian Kinerja 2025 of the Kepala Dinas Pendidikan Provinsi Bukit Barisan, and its Renstra targets. */
export function pkBukitBarisan(): BookW {
  const b = new BookW(
    "pk-kadis-program-anggaran-disdik-bukitbarisan.xlsx",
    "Perjanjian Kinerja with program budget (province)",
    "PK 2025 of a Kepala Dinas Pendidikan (province): sheet 'PK 2025': statement, No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2025 (two typed, three linked to the Renstra sheet), then No | Program | Anggaran (Rp) | Keterangan with a Jumlah (SUM), both parties signing side by side; sheet 'Target Renstra': No | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir 2029; rates only (kondisi akhir the 2029 target), the angka putus sekolah lower is better",
  );
  const P = "PK 2025";
  const R = "Target Renstra";
  const SA = "Meningkatnya akses pendidikan menengah dan pendidikan khusus";
  const SB = "Meningkatnya mutu lulusan pendidikan menengah";
  const rows: PkIn[] = [
    {
      id: "apk",
      sas: SA,
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SLB",
      sat: "%",
      awal: 83.9,
      t: [84.65, 85.4, 86.2, 87, 87.8],
    },
    {
      id: "apm",
      sas: SA,
      ind: "Angka Partisipasi Murni (APM) SMA/SMK",
      sat: "%",
      awal: 67.45,
      t: [68.2, 69, 69.8, 70.5, 71.2],
      link: true,
    },
    {
      id: "aps",
      sas: SA,
      ind: "Angka putus sekolah SMA/SMK",
      sat: "%",
      awal: 0.92,
      t: [0.85, 0.78, 0.7, 0.62, 0.55],
    },
    {
      id: "rap",
      sas: SB,
      ind: "Persentase SMA/SMK dengan capaian Rapor Pendidikan kategori baik",
      sat: "%",
      awal: 51.3,
      t: [55, 60, 65, 70, 75],
      link: true,
    },
    {
      id: "bmw",
      sas: SB,
      ind: "Persentase lulusan SMK yang bekerja, melanjutkan atau berwirausaha (BMW)",
      sat: "%",
      awal: 59.8,
      t: [62, 64, 66, 68, 70],
      link: true,
    },
  ];
  // planted 1: the PK target of the APK typed 86.45, the Renstra 2025 target 84.65 with digits swapped
  const PLANT_X = { id: "apk", v: 86.45 };

  // the PK sheet comes first in the book; the Renstra sheet is written first so the PK can link to it
  const s = b.sheet(P);
  const r = b.sheet(R);
  r.lines(["TARGET KINERJA RENSTRA DINAS PENDIDIKAN PROVINSI BUKIT BARISAN TAHUN 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const ty = YEARS.map((y) => `t${y}`);
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...YEARS.map((y, i): Col => ({
      key: ty[i],
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
  ];
  const rt2 = r.table({
    cols: rcols,
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
        x.t.forEach((v, j) => (cells[ty[j]] = v));
        cells.ak = i % 2 === 0 ? fx(c.a(ty[4])) : x.t[4];
        return cells;
      },
    })),
  });
  r.gap();
  r.lines(["Angka putus sekolah: semakin rendah semakin baik. Kondisi akhir = target tahun 2029."]);

  // ---- sheet PK 2025
  letterhead(s, [
    "PEMERINTAH PROVINSI BUKIT BARISAN",
    "DINAS PENDIDIKAN",
    "Jl. Pangeran Diponegoro No. 17, Talang Rayo",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama      : Dr. RAHMAT HIDAYAT SIREGAR, M.Pd.",
    "Jabatan   : Kepala Dinas Pendidikan Provinsi Bukit Barisan, selanjutnya disebut pihak pertama;",
    "Nama      : H. SYAFRIZAL MANGKUTO, S.H., M.H.",
    "Jabatan   : Gubernur Bukit Barisan, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
  ];
  const quoted = `'${R}'!`;
  const pk = s.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["no", "sas"],
    rows: rows.map((x): Row => ({
      id: x.id,
      cells: {
        no: x.sas === SA ? 1 : 2,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tg: x.id === PLANT_X.id ? PLANT_X.v : x.link ? fx(`${quoted}${rt2.a(ty[0], x.id)}`) : x.t[0],
      },
    })),
  });
  s.gap();
  s.lines(["PROGRAM DAN ANGGARAN"], 1, { bold: true });
  const progs: Array<[string, number, string]> = [
    [
      "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      1_284_615_420_000,
      "APBD (termasuk gaji dan tunjangan ASN)",
    ],
    ["Program Pengelolaan Pendidikan", 612_480_350_000, "APBD, DAK Fisik dan BOSP"],
    ["Program Pengembangan Kurikulum", 1_845_200_000, "APBD"],
    ["Program Pendidik dan Tenaga Kependidikan", 3_612_750_000, "APBD"],
    ["Program Pengendalian Perizinan Pendidikan", 415_600_000, "APBD"],
  ];
  const acols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program"], width: 30 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
  ];
  // planted 2: the Jumlah is =SUM over the rows from the second program down, the first left out
  const ag = s.table({
    cols: acols,
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: p[0], rp: p[1], ket: p[2] } })),
      {
        id: "jml",
        bold: true,
        cells: (c) => ({ prog: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["Pihak Kedua,", "GUBERNUR BUKIT BARISAN,"], 2);
  s.gap(3);
  s.lines(["H. SYAFRIZAL MANGKUTO, S.H., M.H."], 2);
  s.r = top;
  s.lines(["Talang Rayo, 3 Januari 2025", "Pihak Pertama,", "KEPALA DINAS PENDIDIKAN"], 4);
  s.gap(3);
  s.lines(["Dr. RAHMAT HIDAYAT SIREGAR, M.Pd.", "Pembina Utama Muda", "NIP. 19720815 199703 1 006"], 4);

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("tg", PLANT_X.id) },
        { sheet: R, cell: rt2.a(ty[0], PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of the APK SMA/SMK/SLB is a typed 86.45; the Renstra target for 2025 is 84.65 (digits swapped; 86.20 is the 2027 target)",
    truth: `${quoted}${rt2.a(ty[0], PLANT_X.id)}`,
  });
  b.plant({
    at: { sheet: P, cell: ag.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah of the Anggaran is =SUM(${ag.a("rp", "g1")}:${ag.a("rp", "g4")}), from the second program down: 618,353,900,000; with the Program Penunjang (1,284,615,420,000) the five programs give 1,902,969,320,000`,
    truth: `SUM(${ag.a("rp", "g0")}:${ag.a("rp", "g4")})`,
  });
  for (const x of rows) {
    if (x.id !== PLANT_X.id)
      b.ok({
        sheet: P,
        cell: pk.a("tg", x.id),
        rules: x.link ? ["cross-table-mismatch"] : ["cross-table-mismatch", "hardcoded-value"],
        truth: `${quoted}${rt2.a(ty[0], x.id)}`,
      });
    const tk = ty.map((k) => rt2.a(k, x.id));
    b.ok({
      sheet: R,
      cell: rt2.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tk[4],
      trap: tk.join("+"),
    });
  }
  // the lower-is-better putus sekolah falls year by year as it should
  b.ok({
    sheet: R,
    cell: rt2.a(ty[4], "aps"),
    rules: ["target-trend"],
    truth: `${rt2.a(ty[3], "aps")}-0.07`,
  });
  return b.finish();
}

// ================================ Penerapan SPM Bidang Sosial 2024, Dinas Sosial Provinsi Bukit Barisan

type SpmIn = {
  id: string;
  jenis: string;
  pen: string;
  /** must be served, served */
  n: [number, number];
  rp: [number, number];
  ket: string;
};

/** Report on the penerapan SPM Bidang Sosial 2024 of the Dinas Sosial Provinsi Bukit Barisan. */
export function spmBukitBarisan(): BookW {
  const b = new BookW(
    "spm-sosial-terlayani-dinsos-bukitbarisan.xlsx",
    "SPM achievement report (penerapan SPM, province)",
    "Penerapan SPM Bidang Sosial 2024 (Dinas Sosial, province): No | Jenis Pelayanan Dasar | Penerima Pelayanan Dasar | 'Jumlah Warga Negara (orang)' > Yang Harus Dilayani | Yang Terlayani | Belum Terlayani | Capaian Penerapan SPM (%) | 'Anggaran SPM (Rp)' > Alokasi | Realisasi | % Realisasi | Keterangan; number row with '6 = 4 - 5', '7 = 5 / 4 x 100', '10 = 9 / 8 x 100'; the five provincial layanan dasar (four in panti, korban bencana); Belum Terlayani as '=D-E', capaian ROUND formulas, % Realisasi IFERROR(ROUND(...),0); JUMLAH whose capaian is the ratio of the totals",
  );
  const S = "Penerapan SPM 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI BUKIT BARISAN", "DINAS SOSIAL", "Jl. Kapten Rivai No. 6, Talang Rayo"]);
  s.lines([
    "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG SOSIAL",
    "TAHUN 2024 (Januari - Desember)",
  ]);
  s.gap();
  const rows: SpmIn[] = [
    {
      id: "r1",
      jenis: "Rehabilitasi sosial dasar penyandang disabilitas terlantar di dalam panti",
      pen: "Penyandang disabilitas terlantar",
      n: [186, 184],
      rp: [2_845_600_000, 2_781_374_500],
      ket: "2 orang dirujuk ke rumah sakit jiwa daerah",
    },
    {
      id: "r2",
      jenis: "Rehabilitasi sosial dasar anak terlantar di dalam panti",
      pen: "Anak terlantar",
      n: [245, 238],
      rp: [3_126_400_000, 3_052_918_200],
      ket: "7 anak dikembalikan ke keluarga sebelum asesmen",
    },
    {
      id: "r3",
      jenis: "Rehabilitasi sosial dasar lanjut usia terlantar di dalam panti",
      pen: "Lanjut usia terlantar",
      n: [312, 305],
      rp: [4_518_250_000, 4_406_117_650],
      ket: "7 orang meninggal dunia sebelum dilayani",
    },
    {
      id: "r4",
      jenis: "Rehabilitasi sosial dasar gelandangan dan pengemis di dalam panti",
      pen: "Gelandangan dan pengemis",
      n: [128, 116],
      rp: [1_264_800_000, 1_198_546_300],
      ket: "menolak dirujuk ke panti (7), tidak ditemukan kembali (5)",
    },
    {
      id: "r5",
      jenis:
        "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana provinsi",
      pen: "Korban bencana alam dan sosial",
      n: [4_862, 4_857],
      rp: [5_875_000_000, 5_412_860_000],
      ket: "banjir bandang Lembah Sianok Hilir, longsor Batang Kapas; 5 orang menolak dievakuasi",
    },
  ];
  // planted 1: capaian of the anak terlantar cached from the November data (231 served): 94.29
  const PLANT_STALE = { id: "r2", v: 94.29 };
  // planted 2: Belum Terlayani of the gelandangan typed 21 among '=D-E' formulas (12 with digits swapped)
  const PLANT_BELUM = { id: "r4", v: 21 };
  const JW = "Jumlah Warga Negara (orang)";
  const AN = "Anggaran SPM (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "jenis", head: ["Jenis Pelayanan Dasar"], role: "indikator", num: 2, width: 44 },
    { key: "pen", head: ["Penerima Pelayanan Dasar"], num: 3, width: 24 },
    {
      key: "sas",
      head: [JW, "Yang Harus Dilayani"],
      role: "target",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 11,
    },
    { key: "ter", head: [JW, "Yang Terlayani"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 11 },
    { key: "bel", head: [JW, "Belum Terlayani"], num: "6 = 4 - 5", fmt: INT, width: 10 },
    {
      key: "cap",
      head: ["Capaian Penerapan SPM (%)"],
      role: "capaian",
      year: 2024,
      num: "7 = 5 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "ang", head: [AN, "Alokasi"], role: "anggaran", year: 2024, num: 8, fmt: RP, width: 16 },
    {
      key: "rea",
      head: [AN, "Realisasi"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 9,
      fmt: RP,
      width: 16,
    },
    {
      key: "ser",
      head: [AN, "% Realisasi"],
      role: "capaian",
      year: 2024,
      num: "10 = 9 / 8 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 11, width: 30 },
  ];
  const body: Row[] = rows.map((x, i): Row => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      jenis: x.jenis,
      pen: x.pen,
      sas: x.n[0],
      ter: x.n[1],
      bel: x.id === PLANT_BELUM.id ? PLANT_BELUM.v : fx(`${c.a("sas")}-${c.a("ter")}`),
      cap:
        x.id === PLANT_STALE.id
          ? fx(rt(c.a("ter"), c.a("sas")), PLANT_STALE.v)
          : fx(rt(c.a("ter"), c.a("sas"))),
      ang: x.rp[0],
      rea: x.rp[1],
      ket: x.ket,
    }),
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["no", "pen"],
    cells: (c) => {
      const cells: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["sas", "ter", "bel", "ang", "rea"])
        cells[k] = fx(`SUM(${c.a(k, "r1")}:${c.a(k, "r5")})`);
      cells.cap = fx(rt(c.a("ter"), c.a("sas")));
      return cells;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Capaian penerapan SPM = jumlah warga negara yang terlayani sesuai standar / jumlah yang harus dilayani x 100 (Permensos 9/2018).",
    "- Data sasaran: DTKS dan hasil asesmen UPTD per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Talang Rayo, 15 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "PROVINSI BUKIT BARISAN,"],
    nama: "Hj. NURAINI BATUBARA, S.Sos., M.AP.",
    pangkat: "Pembina Utama Muda",
    nip: "19700509 199603 2 002",
  });
  b.finish();
  for (const id of [...rows.map((x) => x.id), "jml"])
    iferrorFormula(s, t.a("ser", id), `IFERROR(ROUND(${t.a("rea", id)}/${t.a("ang", id)}*100,2),0)`, DEC);

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", PLANT_STALE.id) },
    rules: ["capaian-mismatch"],
    note: `capaian penerapan SPM of the anak terlantar is =${rt(a("ter", PLANT_STALE.id), a("sas", PLANT_STALE.id))} with a stale cached 94.29 (231 served by November / 245); 238 / 245 gives 97.14`,
    truth: rt(a("ter", PLANT_STALE.id), a("sas", PLANT_STALE.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("bel", PLANT_BELUM.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Belum Terlayani of the gelandangan dan pengemis is a typed 21 among '=D-E' formulas; 128 - 116 gives 12 (digits swapped; the Keterangan counts 7 + 5)",
    truth: `${a("sas", PLANT_BELUM.id)}-${a("ter", PLANT_BELUM.id)}`,
  });
  for (const x of rows) {
    const id = x.id;
    if (id !== PLANT_STALE.id)
      b.ok({
        sheet: S,
        cell: a("cap", id),
        rules: ["capaian-mismatch"],
        truth: rt(a("ter", id), a("sas", id)),
      });
    if (id !== PLANT_BELUM.id)
      b.ok({
        sheet: S,
        cell: a("bel", id),
        rules: ["sum-mismatch"],
        truth: `${a("sas", id)}-${a("ter", id)}`,
      });
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a("rea", id), a("ang", id)),
    });
  }
  for (const k of ["sas", "ter", "ang", "rea"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "r1")}:${a(k, "r5")})` });
  b.ok({
    sheet: S,
    cell: a("cap", "jml"),
    rules: ["capaian-mismatch"],
    truth: rt(a("ter", "jml"), a("sas", "jml")),
    trap: `ROUND((${rows.map((x) => rt(a("ter", x.id), a("sas", x.id))).join("+")})/5,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ser", "jml"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: rt(a("rea", "jml"), a("ang", "jml")),
  });
  return b;
}
