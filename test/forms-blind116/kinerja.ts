// Performance tables on regional revenue: the LKjIP 2024 measurement of the BPKPAD of Kota
// Tirtamulya (Jawa Tengah), capaian as fractions with a "0.00%" format and refleksi for the two
// lower-is-better rows; and the Perjanjian Kinerja 2025 of the Kepala Bapenda of Provinsi Kalimantan
// Timur beside its Renstra 2025-2029 targets with ordinal "Tahun ke-" headers. Every name and number
// is invented.
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

const PCT = "0.00%";

// ================================================ BPKPAD Kota Tirtamulya, LKjIP 2024 Tabel 3.1

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number | string;
  t: number | string;
  r: number | string;
  neg?: boolean;
  f: string;
};

export function lkjipBpkpadTirtamulya(): BookW {
  const b = new BookW(
    "lkjip-2024-bpkpad-tirtamulya-pengukuran.xlsx",
    "LKjIP pengukuran kinerja (BPKPAD Kota)",
    "LKjIP 2024 Tabel 3.1 of the BPKPAD of Kota Tirtamulya: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Predikat; number row (1)..(9) with '(8) = (7) / (6)'; capaian =ROUND(R/T,4) shown as 0.00%, refleksi (2T-R)/T on the piutang and waktu keberatan rows; opini BPK 'WTP' with a typed 100%; Rata-rata row; notes on polarity and the predikat scale",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TIRTAMULYA", "BADAN PENGELOLAAN KEUANGAN, PENDAPATAN DAN ASET DAERAH"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis BPKPAD Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya pendapatan asli daerah";
  const SB = "Meningkatnya kualitas pengelolaan keuangan dan aset daerah";
  const rows: Ind[] = [
    {
      id: "l1",
      sas: SA,
      ind: "Persentase realisasi pendapatan asli daerah terhadap target",
      sat: "%",
      r23: 101.42,
      t: 100,
      r: 97.84,
      f: DEC,
    },
    {
      id: "l2",
      sas: SA,
      ind: "Persentase realisasi pajak daerah terhadap target",
      sat: "%",
      r23: 99.1,
      t: 100,
      r: 102.35,
      f: DEC,
    },
    {
      id: "l3",
      sas: SA,
      ind: "Rasio piutang PBB-P2 terhadap ketetapan",
      sat: "%",
      r23: 20.15,
      t: 18,
      r: 19.62,
      neg: true,
      f: DEC,
    },
    {
      id: "l4",
      sas: SA,
      ind: "Rata-rata waktu penyelesaian permohonan keberatan dan pengurangan pajak",
      sat: "hari kerja",
      r23: 28,
      t: 20,
      r: 26,
      neg: true,
      f: "0",
    },
    {
      id: "l5",
      sas: SB,
      ind: "Persentase aset tanah pemerintah kota yang bersertifikat",
      sat: "%",
      r23: 68.4,
      t: 75,
      r: 66.9,
      f: DEC,
    },
    {
      id: "l6",
      sas: SB,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Kota",
      sat: "opini",
      r23: "WTP",
      t: "WTP",
      r: "WTP",
      f: "@",
    },
  ];
  const capOf = (x: Ind): number => {
    if (typeof x.t !== "number" || typeof x.r !== "number") return 1;
    return round(x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t, 4);
  };
  const rt = (R: string, T: string) => `ROUND(${R}/${T},4)`;
  const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T},4)`;
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(6)", width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(7)", width: 10 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, num: "(8) = (7) / (6)", width: 11 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, num: "(9)", width: 14 },
  ];
  // the average takes the planted 130.00 % of the waktu keberatan as the sheet shows it
  const avg = round(rows.reduce((n, x) => n + (x.id === "l4" ? 1.3 : capOf(x)), 0) / 6, 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: typeof x.r23 === "number" ? fmt(x.r23, x.f) : x.r23,
          t: typeof x.t === "number" ? fmt(x.t, x.f) : x.t,
          r: typeof x.r === "number" ? fmt(x.r, x.f) : x.r,
          // planted: the waktu keberatan (lower is better) keeps the R / T formula of the positive rows
          c:
            x.id === "l6"
              ? fmt(1, PCT)
              : fx(x.neg && x.id !== "l4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Tinggi" for the aset tanah's 89.20 %
          p: x.id === "l5" ? "Sangat Tinggi" : x.id === "l4" ? "Sangat Tinggi" : predikat(capOf(x) * 100),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "l1")}:${c.a("c", "l6")}),4)`),
          p: predikat(avg * 100),
        }),
      },
    ],
  });
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) s.ws.getCell(`${t.c("c")}${r}`).numFmt = PCT;
  s.gap();
  s.lines([
    "Catatan:",
    "1) Indikator nomor 3 dan 4 semakin rendah semakin baik; capaian = (2 x target - realisasi) / target.",
    "2) Predikat (Permendagri 86/2017): > 90% Sangat Tinggi; > 75% - 90% Tinggi; > 65% - 75% Sedang; > 50% - 65% Rendah; <= 50% Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tirtamulya, 26 Februari 2025",
    jabatan: ["KEPALA BPKPAD KOTA TIRTAMULYA,"],
    nama: "Drs. BAMBANG SETYO NUGROHO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19701126 199403 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const T4 = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "l4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the waktu penyelesaian keberatan (lower is better by note 1) is =ROUND(R/T,4) = 130.00 %; (2 x 20 - 26) / 20 gives 70.00 %, as the piutang row computes",
    truth: refl(a("r", "l4"), a("t", "l4")),
    tol: T4,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "l5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for a capaian of 89.20 % (66.90 against 75); the band > 75 - 90 of note 2 is Tinggi",
    truth: `PREDIKAT(${a("c", "l5")}*100)`,
  });
  for (const id of ["l1", "l2", "l3", "l5"]) {
    const x = rows.find((r) => r.id === id)!;
    const R = a("r", id);
    const T = a("t", id);
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules:
        id === "l3"
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the piutang ratio is lower is better: its capaian is the refleksi 91.00 %, not R / T 109.00 %
      trap: id === "l3" ? rt(R, T) : undefined,
      tol: T4,
    });
    if (id !== "l5")
      b.ok({
        sheet: S,
        cell: a("p", id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", id)}*100)`,
      });
  }
  return b.finish();
}

// ============================== Bapenda Provinsi Kalimantan Timur, PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkBapendaKaltim(): BookW {
  const b = new BookW(
    "pk-2025-kepala-bapenda-kaltim-renstra-tahun-ke.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Bapenda Provinsi)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, Tabel 2 No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with typed program and kegiatan amounts and a JUMLAH = the two programs; Gubernur and Kepala Badan sign side by side; sheet 'Renstra Bapenda': No | Indikator | Satuan | Kondisi Awal | 'Target Kinerja' > Tahun ke-1..ke-5 (2025-2029 only in the title) | Kondisi Akhir Renstra",
  );
  const S = "PK 2025";
  const R = "Renstra Bapenda";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "BADAN PENDAPATAN DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Dr. H. ISMAIL FAHRUDDIN, S.E., M.Si. - Jabatan : Kepala Badan Pendapatan Daerah, selanjutnya disebut pihak pertama",
    "Nama : Ir. H. RUSMADI WIRATAMA, M.T. - Jabatan : Gubernur Kalimantan Timur, selanjutnya disebut pihak kedua",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase realisasi pendapatan asli daerah terhadap target",
      sat: "%",
      awal: 104.6,
      tg: [100, 100, 100, 100, 100],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      awal: 48.6,
      tg: [49.2, 50, 50.8, 51.5, 52.3],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase piutang pajak kendaraan bermotor terhadap ketetapan",
      sat: "%",
      awal: 9.8,
      tg: [9.2, 8.6, 8, 7.4, 6.8],
      neg: true,
      f: DEC,
    },
    {
      id: "r4",
      ind: "Tingkat kepatuhan wajib pajak kendaraan bermotor",
      sat: "%",
      awal: 71.4,
      tg: [73, 75, 77, 79, 81],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Indeks kepuasan masyarakat atas layanan Samsat",
      sat: "indeks",
      awal: 82.1,
      tg: [83, 84, 85, 86, 87],
      f: DEC,
    },
  ];
  // planted: the PK target of the rasio PAD is 48.60, the Renstra's kondisi awal (Tahun ke-1: 49.20)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.awal : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya pendapatan asli daerah"
            : "Meningkatnya kepatuhan wajib pajak dan kualitas layanan pajak daerah",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const keg: Array<[string, string, string, string, number]> = [
    [
      "k11",
      "p1",
      "5.02.01.1.01",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      1_845_600_000,
    ],
    ["k12", "p1", "5.02.01.1.02", "Administrasi Keuangan Perangkat Daerah", 96_412_350_000],
    ["k13", "p1", "5.02.01.1.06", "Administrasi Umum Perangkat Daerah", 8_736_200_000],
    [
      "k14",
      "p1",
      "5.02.01.1.09",
      "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
      12_418_900_000,
    ],
    ["k21", "p2", "5.02.04.1.01", "Pengelolaan Pendapatan Daerah", 112_380_450_000],
    [
      "k22",
      "p2",
      "5.02.04.1.02",
      "Pembinaan dan Pengawasan Pengelolaan Pendapatan Daerah Kabupaten/Kota",
      36_244_960_000,
    ],
  ];
  const of = (p: string) => keg.filter((k) => k[1] === p).reduce((n, k) => n + k[4], 0);
  if (of("p2") !== 148_625_410_000) throw new Error("pk p2");
  const kRow = ([id, , kode, nm, rp]: (typeof keg)[number]): Row => ({
    id,
    cells: { kode, nm, rp, ket: "APBD 2025" },
  });
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 15 },
      { key: "nm", head: ["Program / Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 19 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        bold: true,
        cells: {
          no: 1,
          kode: "5.02.01",
          nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
          rp: of("p1"),
          ket: "APBD 2025",
        },
      },
      ...keg.filter((k) => k[1] === "p1").map(kRow),
      {
        id: "p2",
        bold: true,
        // planted: typed 148,265,410,000 (digits swapped); its two kegiatan add 148,625,410,000
        cells: {
          no: 2,
          kode: "5.02.04",
          nm: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
          rp: 148_265_410_000,
          ket: "APBD 2025",
        },
      },
      ...keg.filter((k) => k[1] === "p2").map(kRow),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Samarinda, 6 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "GUBERNUR KALIMANTAN TIMUR,", "", "", "Ir. H. RUSMADI WIRATAMA, M.T."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "KEPALA BADAN PENDAPATAN DAERAH,",
      "",
      "",
      "Dr. H. ISMAIL FAHRUDDIN, S.E., M.Si.",
      "NIP. 19720814 199803 1 006",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN TIMUR"]);
  r.lines(["Tabel 5.1 Indikator Kinerja Utama dan Target", "Rencana Strategis Bapenda Tahun 2025-2029"]);
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", width: 10 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(Y.map((y) => [`y${y}`, fmt(x.tg[y - 1], x.f)])),
        ak: fmt(x.tg[4], x.f),
      },
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the rasio PAD is 48.60, the Renstra's kondisi awal (2024); the Renstra Tahun ke-1 (2025) target is 49.20",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "p2") },
    rules: ["sum-mismatch"],
    note: "Anggaran of program 5.02.04 is a typed 148,265,410,000; its two kegiatan add up to 148,625,410,000 (digits swapped)",
    truth: `${t2.a("rp", "k21")}+${t2.a("rp", "k22")}`,
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      // a rate's kondisi akhir is the Tahun ke-5 target, not the five years added up
      trap: Y.map((y) => tr.a(`y${y}`, x.id)).join("+"),
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r3"), rules: ["target-trend"], truth: "6.8" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: ["k11", "k12", "k13", "k14"].map((id) => t2.a("rp", id)).join("+"),
  });
  for (const id of ["k11", "k12", "k13", "k14", "k21", "k22"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", id.startsWith("k1") ? "p1" : "p2"),
    });
  return b.finish();
}
