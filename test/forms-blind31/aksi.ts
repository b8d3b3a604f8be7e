// The Rencana Aksi 2025 of the Bappeda of Kabupaten Selaparang Timur (NTB): monthly targets Jan ..
// Des beside the year's target (a count adds its months, a percentage or a score is the level the
// year ends at), and on a second sheet the quarterly spending plan of its programs; and the recap
// of the SAKIP evaluation of every Perangkat Daerah of Kabupaten Mekongga Raya (Sulawesi Tenggara):
// component scores, nilai akhir, predikat AA .. D. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  sakip,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

type RaIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  /** monthly targets; null = "-" */
  m: Array<number | null>;
  /** a count: the year adds the months; else the year is the level typed beside them */
  flow?: boolean;
  year?: number;
  cara: string;
};

/** Rencana Aksi Kinerja 2025 of the Bappeda of Kabupaten Selaparang Timur. */
export function rencanaAksiSelaparang(): BookW {
  const b = new BookW(
    "rencana-aksi-bulanan-bappeda-selaparang-timur.xlsx",
    "Rencana Aksi 2025 with monthly targets and quarterly spending plan (Bappeda)",
    "sheet 'RA Kinerja 2025': No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target Tahun 2025 | 'Target Bulanan' > Jan .. Des | Cara Penghitungan; counts with =SUM(Jan:Des), levels typed with '-' in months without a measurement; sheet 'RA Anggaran 2025': Kode | Program | Pagu 2025 (Rp) | 'Rencana Penyerapan (Rp)' > TW I .. TW IV | Jumlah (typed) | JUMLAH row of SUM formulas",
  );
  const S = "RA Kinerja 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SELAPARANG TIMUR", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines(["RENCANA AKSI KINERJA TAHUN 2025"]);
  s.gap();
  const SA = "Meningkatnya kualitas perencanaan pembangunan daerah";
  const SB = "Meningkatnya akuntabilitas kinerja Bappeda";
  const _ = null;
  const rows: RaIn[] = [
    {
      id: "sel",
      sas: SA,
      ind: "Persentase keselarasan program RKPD dengan RPJMD",
      sat: "%",
      m: [_, _, _, _, _, 95, _, _, _, _, _, 95],
      year: 95,
      cara: "Posisi akhir tahun",
    },
    {
      id: "dok",
      sas: SA,
      ind: "Jumlah dokumen perencanaan yang ditetapkan tepat waktu",
      sat: "dokumen",
      m: [1, _, 1, _, 1, 1, _, 1, _, _, _, 1],
      flow: true,
      cara: "Jumlah",
    },
    {
      id: "mus",
      sas: SA,
      ind: "Persentase usulan musrenbang yang terakomodasi dalam RKPD",
      sat: "%",
      m: [_, _, _, 40, _, 45, _, _, _, _, _, 45],
      year: 45,
      cara: "Posisi akhir tahun",
    },
    {
      id: "kaj",
      sas: SA,
      ind: "Jumlah kajian pembangunan daerah yang dimanfaatkan",
      sat: "kajian",
      m: [_, _, 1, _, _, 2, _, _, 1, _, 2, _],
      flow: true,
      cara: "Jumlah",
    },
    {
      id: "sakip",
      sas: SB,
      ind: "Nilai SAKIP Bappeda",
      sat: "nilai",
      m: [_, _, _, _, _, _, _, _, _, 72.5, _, _],
      year: 72.5,
      cara: "Nilai hasil evaluasi",
    },
    {
      id: "ikm",
      sas: SB,
      ind: "Indeks kepuasan pengguna layanan data perencanaan",
      sat: "indeks",
      m: [_, _, _, _, _, 82, _, _, _, _, _, 84],
      year: 84,
      cara: "Posisi akhir tahun",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "ty", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: "#,##0.##", width: 10 },
    ...BLN.map((m, i): Col => ({
      key: `m${i}`,
      head: ["Target Bulanan", m],
      role: "target",
      year: 2025,
      width: 6,
    })),
    { key: "cara", head: ["Cara Penghitungan"], role: "keterangan", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, cara: x.cara };
        x.m.forEach((v, i) => (cells[`m${i}`] = v ?? "-"));
        // planted: the SUM of the dokumen stops at November
        if (x.flow) cells.ty = fx(`SUM(${c.a("m0")}:${c.a(x.id === "dok" ? "m10" : "m11")})`);
        else cells.ty = x.year!;
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator jumlah = penjumlahan target bulanan; indikator persentase / nilai / indeks = posisi pada bulan terakhir pengukuran.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Selong Baru, 6 Januari 2025",
    jabatan: ["Kepala Bappeda,"],
    nama: "H. LALU ABDUL HARIS, S.T., M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19720319 199803 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ty", "dok") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "target 2025 of the dokumen perencanaan (a count) is =SUM(Jan:Nov) = 5; the December KUA-PPAS document is left out, Jan .. Des give 6 (the kajian row sums Jan:Des)",
    truth: `SUM(${a("m0", "dok")}:${a("m11", "dok")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ty", "kaj"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `SUM(${a("m0", "kaj")}:${a("m11", "kaj")})`,
  });
  for (const id of ["sel", "mus", "ikm"]) {
    b.ok({
      sheet: S,
      cell: a("ty", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: a("m11", id),
      trap: `SUM(${a("m0", id)}:${a("m11", id)})`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("ty", "sakip"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: a("m9", "sakip"),
  });

  // ---------------------------------------------------------------- quarterly spending plan
  const S2 = "RA Anggaran 2025";
  const s2 = b.sheet(S2);
  s2.lines(["RENCANA AKSI ANGGARAN (RENCANA PENYERAPAN) BAPPEDA KABUPATEN SELAPARANG TIMUR TAHUN 2025"], 1, {
    bold: true,
  });
  s2.gap();
  type PgIn = { id: string; kode: string; nama: string; tw: number[] };
  const pg: PgIn[] = [
    {
      id: "p1",
      kode: "5.01.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      tw: [1_104_250_000, 1_236_400_000, 1_218_750_000, 1_253_250_000],
    },
    {
      id: "p2",
      kode: "5.01.02",
      nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
      tw: [312_500_000, 684_200_000, 596_300_000, 552_300_000],
    },
    {
      id: "p3",
      kode: "5.01.03",
      nama: "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH",
      tw: [246_800_000, 418_650_000, 372_100_000, 349_350_000],
    },
    {
      id: "p4",
      kode: "5.02.02",
      nama: "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH",
      tw: [86_400_000, 178_250_000, 205_600_000, 154_250_000],
    },
  ];
  const tot = (x: PgIn) => x.tw.reduce((p, q) => p + q, 0);
  const PLANT_J = { id: "p2", v: 2_154_300_000 }; // the quarters give 2,145,300,000
  const cols2: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 10 },
    { key: "nama", head: ["Program"], role: "indikator", width: 44 },
    { key: "pagu", head: ["Pagu 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
    ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Rencana Penyerapan (Rp)", q],
      role: "anggaran",
      year: 2025,
      fmt: RP,
      width: 15,
    })),
    { key: "jml", head: ["Rencana Penyerapan (Rp)", "Jumlah"], fmt: RP, width: 16 },
  ];
  const t2 = s2.table({
    cols: cols2,
    headerRows: 2,
    rows: [
      ...pg.map((x): Row => {
        const cells: Record<string, Cell> = {
          kode: x.kode,
          nama: x.nama,
          pagu: tot(x),
          jml: x.id === PLANT_J.id ? PLANT_J.v : tot(x),
        };
        x.tw.forEach((v, i) => (cells[`q${i}`] = v));
        return { id: x.id, cells };
      }),
      {
        id: "jumlah",
        bold: true,
        cells: (c) => {
          const cells: Record<string, Cell> = { nama: "JUMLAH" };
          for (const k of ["pagu", "q0", "q1", "q2", "q3", "jml"])
            cells[k] = fx(`SUM(${c.c(k)}${c.row("p1")}:${c.c(k)}${c.row("p4")})`);
          return cells;
        },
      },
    ],
  });
  const a2 = (k: string, id: string) => t2.a(k, id);
  const qsum = (id: string) => `SUM(${a2("q0", id)}:${a2("q3", id)})`;
  b.plant({
    at: { sheet: S2, cell: a2("jml", PLANT_J.id) },
    rules: ["sum-mismatch"],
    note: "Jumlah of program 5.01.02 typed 2,154,300,000 (digits 45 swapped); TW I .. IV 312,500,000 + 684,200,000 + 596,300,000 + 552,300,000 give 2,145,300,000, its pagu",
    truth: qsum(PLANT_J.id),
  });
  for (const id of ["p1", "p3", "p4"])
    b.ok({ sheet: S2, cell: a2("jml", id), rules: ["sum-mismatch"], truth: qsum(id) });
  b.ok({
    sheet: S2,
    cell: a2("pagu", "jumlah"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("pagu", "p1")}:${a2("pagu", "p4")})`,
  });
  b.ok({
    sheet: S2,
    cell: a2("q1", "jumlah"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("q1", "p1")}:${a2("q1", "p4")})`,
  });
  return b.finish();
}

// ========================================== Rekap evaluasi SAKIP Perangkat Daerah, Kabupaten Mekongga Raya

type OpdIn = { id: string; opd: string; k: [number, number, number, number]; typed?: number; pred?: string };

/** Rekapitulasi hasil evaluasi AKIP 2024 of every Perangkat Daerah, Kabupaten Mekongga Raya. */
export function rekapSakipMekongga(): BookW {
  const b = new BookW(
    "rekap-nilai-akip-opd-mekongga-raya.xlsx",
    "recap of the SAKIP evaluation of every Perangkat Daerah (Bappeda / Bagian Organisasi)",
    "No | Perangkat Daerah | 'Nilai per Komponen' > Perencanaan Kinerja (bobot 30) | Pengukuran Kinerja (30) | Pelaporan Kinerja (15) | Evaluasi Akuntabilitas Kinerja Internal (25) | Nilai Akhir | Predikat; number row (1) .. (8); Nilai Akhir =ROUND(SUM) on most rows, typed on three; predikat letters typed; Rata-rata row; the band table of PermenPANRB 88/2021 in the notes",
  );
  const S = "Rekap AKIP 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MEKONGGA RAYA", "BAPPEDA DAN LITBANG"]);
  s.lines([
    "REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (AKIP)",
    "PERANGKAT DAERAH TAHUN 2024",
  ]);
  s.gap();
  const rows: OpdIn[] = [
    { id: "o1", opd: "Sekretariat Daerah", k: [24.15, 22.8, 11.4, 17.9] },
    { id: "o2", opd: "Sekretariat DPRD", k: [19.6, 17.35, 9.8, 13.1] },
    { id: "o3", opd: "Inspektorat Daerah", k: [25.2, 24.1, 12.35, 19.4] },
    { id: "o4", opd: "Bappeda dan Litbang", k: [26.1, 24.85, 12.6, 20.35] },
    { id: "o5", opd: "Dinas Pendidikan dan Kebudayaan", k: [21.4, 19.75, 10.2, 15.05] },
    { id: "o6", opd: "Dinas Kesehatan", k: [23.3, 22.05, 11.15, 17.6] },
    { id: "o7", opd: "Dinas Pekerjaan Umum dan Penataan Ruang", k: [20.25, 18.6, 9.55, 15.38], typed: 67.38 },
    { id: "o8", opd: "Dinas Sosial", k: [18.9, 16.4, 9.05, 12.75], typed: 57.1 },
    { id: "o9", opd: "Dinas Kelautan dan Perikanan", k: [22.6, 21.35, 10.85, 16.57] },
    { id: "o10", opd: "Dinas Pertanian dan Ketahanan Pangan", k: [24.46, 23.1, 11.6, 18.48], pred: "A" },
    { id: "o11", opd: "Badan Pengelolaan Keuangan dan Aset Daerah", k: [24.9, 23.75, 12.05, 19.35] },
    { id: "o12", opd: "Kecamatan Wundulako Baru", k: [17.2, 15.1, 8.4, 11.3], typed: 52.0 },
  ];
  const score = (x: OpdIn) => Math.round((x.k[0] + x.k[1] + x.k[2] + x.k[3]) * 100) / 100;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "(2)", width: 38 },
    {
      key: "k0",
      head: ["Nilai per Komponen", "Perencanaan Kinerja (bobot 30)"],
      num: "(3)",
      fmt: DEC,
      width: 12,
    },
    {
      key: "k1",
      head: ["Nilai per Komponen", "Pengukuran Kinerja (bobot 30)"],
      num: "(4)",
      fmt: DEC,
      width: 12,
    },
    {
      key: "k2",
      head: ["Nilai per Komponen", "Pelaporan Kinerja (bobot 15)"],
      num: "(5)",
      fmt: DEC,
      width: 12,
    },
    {
      key: "k3",
      head: ["Nilai per Komponen", "Evaluasi Akuntabilitas Kinerja Internal (bobot 25)"],
      num: "(6)",
      fmt: DEC,
      width: 14,
    },
    { key: "na", head: ["Nilai Akhir"], num: "(7)=(3)+(4)+(5)+(6)", fmt: DEC, width: 11 },
    { key: "pred", head: ["Predikat"], role: "predikat", num: "(8)", width: 9 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: k + 1, opd: x.opd, pred: x.pred ?? sakip(score(x)) };
          x.k.forEach((v, i) => (cells[`k${i}`] = v));
          cells.na = x.typed !== undefined ? x.typed : fx(`ROUND(SUM(${c.a("k0")}:${c.a("k3")}),2)`);
          return cells;
        },
      })),
      {
        id: "avg",
        bold: true,
        cells: (c) => ({
          opd: "Rata-rata Kabupaten",
          na: fx(`ROUND(AVERAGE(${c.c("na")}${c.row("o1")}:${c.c("na")}${c.row("o12")}),2)`),
          pred: "BB",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori (PermenPANRB Nomor 88 Tahun 2021): AA > 90 - 100; A > 80 - 90; BB > 70 - 80; B > 60 - 70; CC > 50 - 60; C > 30 - 50; D 0 - 30.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Kolaka Baru, 20 Desember 2024",
    jabatan: ["KEPALA BAPPEDA DAN LITBANG", "KABUPATEN MEKONGGA RAYA,"],
    nama: "Dr. ANDI MUH. RIDWAN TOLAKI, S.E., M.Si.",
    nip: "19740911 200003 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const comp = (id: string) => `ROUND(SUM(${a("k0", id)}:${a("k3", id)}),2)`;
  b.plant({
    at: { sheet: S, cell: a("na", "o7") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Nilai Akhir of the Dinas PUPR typed 67.38 among =ROUND(SUM()) formulas; 20.25 + 18.60 + 9.55 + 15.38 give 63.78 (digits swapped; the predikat B holds for both)",
    truth: comp("o7"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "o10") },
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    note: 'predikat of the Dinas Pertanian dan Ketahanan Pangan is "A" for a nilai akhir of 77.64; the band > 70 - 80 is BB',
    truth: `SAKIP(${a("na", "o10")})`,
  });
  for (const x of rows) {
    if (x.id !== "o7")
      b.ok({
        sheet: S,
        cell: a("na", x.id),
        rules: x.typed !== undefined ? ["sum-mismatch", "hardcoded-value"] : ["sum-mismatch"],
        truth: comp(x.id),
      });
    if (x.id !== "o10")
      b.ok({
        sheet: S,
        cell: a("pred", x.id),
        rules: ["sakip-grade-mismatch", "predikat-mismatch"],
        truth: `SAKIP(${a("na", x.id)})`,
      });
  }
  const col = (k: string) => `${a(k, "o1")}:${a(k, "o12")}`;
  b.ok({
    sheet: S,
    cell: a("na", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${col("na")}),2)`,
    trap: `SUM(${col("na")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "avg"),
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    truth: `SAKIP(${a("na", "avg")})`,
  });
  return b.finish();
}
