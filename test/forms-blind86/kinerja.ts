// Performance tables of penataan ruang and pertanahan: the PK 2025 of the Kepala Dinas Perkim dan
// Pertanahan of a kota in Kalimantan Selatan beside its IKU matrix 2025-2029 (definisi / formulasi,
// targets per year, kondisi akhir), and the LKjIP 2024 measurement of the Dinas PUPR Provinsi Jambi,
// bidang penataan ruang, with a polaritas column (refleksi for the lower-is-better rows) and a second
// sheet of realisasi anggaran. Every name and number is invented.
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

// ===================================== PK 2025 and Matriks IKU, Kota Banua Anyar (Kalimantan Selatan)

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  tg: number[];
  level: boolean;
  neg?: boolean;
  pj: string;
  src: string;
};

export function pkIkuPertanahanKalsel(): BookW {
  const b = new BookW(
    "pk-2025-matriks-iku-disperkimtan-banua-anyar.xlsx",
    "PK 2025 and Matriks IKU 2025-2029 (Perkim dan Pertanahan)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | 'Target' > 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah SUM; sheet 'Matriks IKU': No | Sasaran | IKU | Definisi Operasional / Formulasi | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir (2029) | Penanggung Jawab | Sumber Data; rates, a lower-is-better rate and a count of documents",
  );
  const S = "PK 2025";
  const I = "Matriks IKU";
  const SA = "Meningkatnya kepastian hukum atas tanah aset daerah";
  const SB = "Meningkatnya ketertiban pemanfaatan ruang kota";
  const SC = "Meningkatnya kualitas layanan pertanahan";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase bidang tanah aset Pemerintah Kota yang bersertifikat",
      def: "Jumlah bidang tanah aset Pemkot bersertifikat / jumlah bidang tanah aset Pemkot x 100%",
      sat: "%",
      awal: 58.4,
      tg: [62, 66, 70, 74, 78],
      level: true,
      pj: "Bidang Pertanahan",
      src: "KIB A BPKPD, BPN",
    },
    {
      id: "i2",
      sas: SB,
      ind: "Persentase kesesuaian pemanfaatan ruang terhadap RDTR",
      def: "Luas pemanfaatan ruang yang sesuai RDTR / luas kawasan ber-RDTR x 100%",
      sat: "%",
      awal: 71.2,
      tg: [74, 77, 80, 83, 86],
      level: true,
      pj: "Bidang Penataan Ruang",
      src: "Hasil pengawasan",
    },
    {
      id: "i3",
      sas: SB,
      ind: "Persentase pelanggaran pemanfaatan ruang",
      def: "Jumlah kasus pelanggaran pemanfaatan ruang / jumlah KKPR yang diterbitkan x 100% (semakin kecil semakin baik)",
      sat: "%",
      awal: 14.6,
      tg: [12.5, 11, 9.5, 8, 6.5],
      level: true,
      neg: true,
      pj: "Bidang Penataan Ruang",
      src: "Laporan TKPRD",
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah dokumen RDTR yang ditetapkan dengan Peraturan Wali Kota",
      def: "Jumlah Perwali RDTR yang ditetapkan pada tahun berjalan",
      sat: "dokumen",
      awal: 2,
      tg: [1, 1, 1, 1, 1],
      level: false,
      pj: "Bidang Penataan Ruang",
      src: "JDIH Kota",
    },
    {
      id: "i5",
      sas: SC,
      ind: "Indeks kepuasan masyarakat terhadap layanan pertimbangan teknis pertanahan",
      def: "Nilai survei kepuasan masyarakat (Permenpan RB 14/2017)",
      sat: "indeks",
      awal: 78.35,
      tg: [79, 80, 81, 82, 83],
      level: true,
      pj: "Bidang Pertanahan",
      src: "Survei IKM",
    },
  ];
  // planted: the PK 2025 target of the RDTR conformity is 80.00, the IKU target of 2027 (2025: 74.00)
  const pkT = (x: Iku) => (x.id === "i2" ? x.tg[2] : x.tg[0]);
  const f = (x: Iku) => (x.sat === "%" || x.sat === "indeks" ? DEC : "0");

  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANUA ANYAR", "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama: Ir. SYAHRIAL NOOR, M.T.; Jabatan: Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan, selanjutnya disebut pihak pertama",
    "Nama: H. AHMAD FAUZAN RIFANI, S.E., M.M.; Jabatan: Wali Kota Banua Anyar, selanjutnya disebut pihak kedua",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["Lampiran Perjanjian Kinerja Tahun 2025"]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target", "2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: fmt(pkT(x), f(x)) },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "2.10.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 6_874_215_000],
    ["g2", "1.04.03", "PROGRAM KAWASAN PERMUKIMAN", 4_126_780_000],
    ["g3", "1.03.12", "PROGRAM PENYELENGGARAAN PENATAAN RUANG", 3_215_400_000],
    ["g4", "2.10.06", "PROGRAM PENATAGUNAAN TANAH", 2_483_650_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD Kota" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Banua Anyar, 6 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "Wali Kota Banua Anyar", "", "", "H. AHMAD FAUZAN RIFANI, S.E., M.M."], 2);
  s.r -= 5;
  s.lines(
    ["Pihak Pertama,", "Kepala Dinas", "", "", "Ir. SYAHRIAL NOOR, M.T.", "NIP. 19720418 199903 1 005"],
    4,
  );

  const m = b.sheet(I);
  letterhead(m, ["DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN KOTA BANUA ANYAR"]);
  m.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU)", "Renstra Perangkat Daerah Tahun 2025-2029"]);
  m.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const ti = m.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        awal: fmt(x.awal, f(x)),
        // planted: the 2027 target of the sertifikasi rate is typed 7 (70 lost its zero)
        ...Object.fromEntries(
          Y.map((y, k) => [`y${y}`, fmt(x.id === "i1" && y === 2027 ? 7 : x.tg[k], f(x))]),
        ),
        ak: fmt(x.level ? x.tg[4] : x.tg.reduce((n, v) => n + v, 0), f(x)),
        pj: x.pj,
        src: x.src,
      },
    })),
  });
  m.gap();
  m.lines([
    "Catatan: kondisi akhir indikator persentase dan indeks = target tahun 2029; jumlah dokumen = akumulasi 2025-2029.",
  ]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "i2") },
        { sheet: I, cell: ti.a("y2025", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the kesesuaian pemanfaatan ruang terhadap RDTR is 80.00, the IKU target of 2027; the IKU target of 2025 is 74.00",
    truth: `'${I}'!${ti.a("y2025", "i2")}`,
  });
  b.plant({
    at: { sheet: I, cell: ti.a("y2027", "i1") },
    rules: ["target-outlier"],
    note: "the 2027 target of the bidang tanah bersertifikat is 7.00 among 62, 66, .., 74, 78 (70 typed without its zero); its neighbours put it at 70.00",
    truth: `(${ti.a("y2026", "i1")}+${ti.a("y2028", "i1")})/2`,
  });
  for (const x of rows) {
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${I}'!${ti.a("y2025", x.id)}`,
      });
    const T = Y.map((y) => ti.a(`y${y}`, x.id));
    if (x.id !== "i1")
      b.ok({
        sheet: I,
        cell: ti.a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.level ? T[4] : T.join("+"),
        // a rate ends on its 2029 target; the RDTR count adds its yearly documents
        trap: x.level ? T.join("+") : T[4],
      });
  }
  b.ok({ sheet: I, cell: ti.a("y2029", "i3"), rules: ["target-trend", "target-outlier"], truth: "6.5" });
  b.ok({ sheet: I, cell: ti.a("y2027", "i3"), rules: ["target-outlier"], truth: "9.5" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  return b.finish();
}

// ========================================== LKjIP 2024, Dinas PUPR Provinsi Jambi (penataan ruang)

type Mk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  t26: number;
  f: string;
};

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

export function lkjipTataRuangJambi(): BookW {
  const b = new BookW(
    "lkjip-2024-penataan-ruang-pupr-jambi.xlsx",
    "LKjIP pengukuran kinerja (penataan ruang)",
    "LKjIP 2024 of the Dinas PUPR Provinsi Jambi, bidang penataan ruang: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Polaritas | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra 2026; capaian ROUND formulas, refleksi for the Negatif rows; predikat on the Permendagri scale; Rata-rata row; a second sheet of realisasi anggaran per kegiatan with serapan and a Jumlah",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAMBI", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran Bidang Penataan Ruang Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kualitas rencana tata ruang";
  const SB = "Meningkatnya ketertiban pemanfaatan ruang";
  const rows: Mk[] = [
    {
      id: "m1",
      sas: SA,
      ind: "Persentase kabupaten/kota yang memiliki RDTR terintegrasi OSS",
      sat: "%",
      neg: false,
      r23: 36.36,
      t: 45,
      r: 45.45,
      t26: 63.64,
      f: DEC,
    },
    {
      id: "m2",
      sas: SA,
      ind: "Persentase kesesuaian pemanfaatan ruang terhadap RTRW Provinsi",
      sat: "%",
      neg: false,
      r23: 79.6,
      t: 82,
      r: 83.15,
      t26: 88,
      f: DEC,
    },
    {
      id: "m3",
      sas: SB,
      ind: "Persentase pelanggaran pemanfaatan ruang",
      sat: "%",
      neg: true,
      r23: 9.4,
      t: 8.5,
      r: 7.2,
      t26: 6.5,
      f: DEC,
    },
    {
      id: "m4",
      sas: SB,
      ind: "Jumlah kasus konflik pemanfaatan ruang yang belum terselesaikan",
      sat: "kasus",
      neg: true,
      r23: 17,
      t: 12,
      r: 15,
      t26: 8,
      f: "0",
    },
    {
      id: "m5",
      sas: SB,
      ind: "Indeks kepuasan masyarakat terhadap layanan PKKPR",
      sat: "indeks",
      neg: false,
      r23: 77.9,
      t: 80,
      r: 78.6,
      t26: 82,
      f: DEC,
    },
    {
      id: "m6",
      sas: SB,
      ind: "Persentase PKKPR lintas kabupaten/kota yang diterbitkan tepat waktu",
      sat: "%",
      neg: false,
      r23: 58.4,
      t: 90,
      r: 61.2,
      t26: 95,
      f: DEC,
    },
  ];
  // what the sheet shows: the konflik row (lower is better) has the positive formula (planted)
  const shown = (x: Mk) => round(x.neg && x.id !== "m4" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  if (shown(rows[5]) !== 68 || predikat(68) !== "Sedang") throw new Error("lkjip m6");
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
      { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 11 },
    ],
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
          pol: x.neg ? "Negatif" : "Positif",
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the konflik row (Negatif) carries the R / T formula of the rows above it
          c: fx(x.neg && x.id !== "m4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Rendah" for 68.00 (> 65 - 75 is Sedang)
          p: x.id === "m6" ? "Rendah" : predikat(shown(x)),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "m1")}:${c.a("c", "m6")}),2)`),
          p: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: polaritas Negatif = semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Jambi, 27 Februari 2025",
    jabatan: ["Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Provinsi Jambi,"],
    nama: "Ir. HENDRA SYAHPUTRA NASUTION, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710614 199803 1 004",
  });

  const A = "Realisasi Anggaran 2024";
  const s2 = b.sheet(A);
  letterhead(s2, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI JAMBI"]);
  s2.lines(["Tabel 3.5 Realisasi Anggaran Program Penyelenggaraan Penataan Ruang Tahun 2024"]);
  s2.gap();
  const keg: Array<[string, string, string, number, number]> = [
    ["a1", "1.03.12.2.01", "Penetapan RTRW dan RRTR Provinsi", 2_990_000_000, 2_910_600_000],
    [
      "a2",
      "1.03.12.2.02",
      "Koordinasi dan Sinkronisasi Pengendalian Pemanfaatan Ruang",
      945_000_000,
      901_400_000,
    ],
    [
      "a3",
      "1.03.12.2.03",
      "Pembinaan Penyelenggaraan Penataan Ruang Kabupaten/Kota",
      512_500_000,
      398_750_000,
    ],
  ];
  const ta = s2.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "nm", head: ["Kegiatan"], width: 46 },
      { key: "pg", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "rl", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "sr", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...keg.map(([id, kode, nm, pg, rl], i): Row => ({
        id,
        cells: (c) => ({ no: i + 1, kode, nm, pg, rl, sr: fx(rt(c.a("rl"), c.a("pg"))) }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "Jumlah",
          pg: fx(`SUM(${c.a("pg", "a1")}:${c.a("pg", "a3")})`),
          rl: fx(`SUM(${c.a("rl", "a1")}:${c.a("rl", "a3")})`),
          sr: fx(rt(c.a("rl"), c.a("pg"))),
        }),
      },
    ],
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "m4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the konflik pemanfaatan ruang (polaritas Negatif) is =ROUND(R/T*100,2) = 125.00, the formula of the positive rows; (2 x 12 - 15) / 12 gives 75.00",
    truth: refl(a("r", "m4"), a("t", "m4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "m6") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Rendah' for the capaian of 68.00 (61.20 against 90); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "m6")})`,
  });
  for (const x of rows) {
    if (x.id === "m4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the pelanggaran rate is lower is better: its capaian is the refleksi 115.29, not R / T 84.71
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "m6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t26", "m3"), rules: ["target-trend"], truth: "6.5" });
  b.ok({ sheet: S, cell: a("t26", "m4"), rules: ["target-trend"], truth: "8" });
  for (const id of ["a1", "a2", "a3"])
    b.ok({
      sheet: A,
      cell: ta.a("sr", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(ta.a("rl", id), ta.a("pg", id)),
    });
  b.ok({
    sheet: A,
    cell: ta.a("pg", "j"),
    rules: ["sum-mismatch"],
    truth: keg.map(([id]) => ta.a("pg", id)).join("+"),
  });
  b.ok({
    sheet: A,
    cell: ta.a("rl", "j"),
    rules: ["sum-mismatch"],
    truth: keg.map(([id]) => ta.a("rl", id)).join("+"),
  });
  b.ok({
    sheet: A,
    cell: ta.a("sr", "j"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: rt(ta.a("rl", "j"), ta.a("pg", "j")),
    // the total serapan is the ratio of the totals, not the mean of the three
    trap: `ROUND(AVERAGE(${ta.a("sr", "a1")}:${ta.a("sr", "a3")}),2)`,
  });
  return b.finish();
}
