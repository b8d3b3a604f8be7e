// Performance tables of the Dinas Sosial: the LKjIP 2024 measurement of Provinsi Jawa Barat (refleksi
// for the lower-is-better rows, predikat words, capaian against the Renstra 2026 target), the IKU matrix
// of the Renstra 2024-2026 with its targets, and the PK 2025 of Kabupaten Wawolesea Raya beside the
// Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ================================================ Dinas Sosial Provinsi Jawa Barat, LKjIP 2024

type LInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipDinsosJabar(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dinsos-jabar-pmks-dtks-2024.xlsx",
    "LKjIP pengukuran kinerja (Dinas Sosial provinsi)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Sosial Provinsi Jawa Barat: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi 2023 | 'Renstra 2024-2026' > Target Akhir (2026) | Capaian thd Target Akhir (%); ROUND formulas, refleksi on the two lower-is-better rows; typed Kategori words; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS SOSIAL PROVINSI JAWA BARAT"]);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)";
  const S2 = "Meningkatnya ketepatan sasaran perlindungan dan jaminan sosial";
  const rows: LInd[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase PMKS yang tertangani",
      sat: "%",
      t: 68,
      r: 70.25,
      r23: 64.1,
      t26: 75,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase PMKS terhadap jumlah penduduk",
      sat: "%",
      t: 6.8,
      r: 6.55,
      r23: 7.02,
      t26: 6.2,
      neg: true,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Indeks kepuasan masyarakat atas layanan UPTD panti sosial",
      sat: "indeks",
      t: 82,
      r: 80.1,
      r23: 79.4,
      t26: 85,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase KPM PKH yang graduasi sejahtera mandiri",
      sat: "%",
      t: 8,
      r: 7.15,
      r23: 6.2,
      t26: 10,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase pengaduan ketidaktepatan sasaran bantuan sosial",
      sat: "%",
      t: 5,
      r: 5.6,
      r23: 6.4,
      t26: 4,
      neg: true,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase data DTKS kabupaten/kota yang terverifikasi dan tervalidasi",
      sat: "%",
      t: 75,
      r: 56.2,
      r23: 48.9,
      t26: 90,
    },
  ];
  const cap = (x: LInd) => round(x.id === "i2" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // as printed: i5 has the planted R / T (112.00)
  const avg = round(sum(rows.map(cap)) / rows.length);
  if (cap(rows[5]) !== 74.93 || predikatBaik(74.93) !== "Cukup") throw new Error("lkjip i6");
  const G = "Tahun 2024";
  const R = "Renstra 2024-2026";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
    { key: "t26", head: [R, "Target Akhir (2026)"], role: "target", year: 2026, fmt: DEC, width: 12 },
    { key: "c26", head: [R, "Capaian thd Target Akhir (%)"], role: "capaian", fmt: DEC, width: 12 },
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
          t: x.t,
          r: x.r,
          // planted: the pengaduan row (lower is better) has the R / T of the positive rows
          c: fx(x.id === "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 74.93
          p: x.id === "i6" ? "Baik" : predikatBaik(cap(x)),
          r23: x.r23,
          t26: x.t26,
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 2 dan 5 bersifat negatif (semakin kecil semakin baik); capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Bandung, 26 Februari 2025",
    jabatan: ["Kepala Dinas Sosial Provinsi Jawa Barat,"],
    nama: "Dr. Hj. RATNA KOMALASARI, M.Si.",
    nip: "19710523 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the pengaduan row (lower is better by the note) is =ROUND(R/T*100,2) = 112.00; (2 x 5 - 5.6) / 5 gives 88.00, as the PMKS row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for the capaian of 74.93 (56.20 against 75); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  for (const x of rows) {
    const r = a("r", x.id);
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
        truth: x.neg ? refl(r, a("t", x.id)) : rt(r, a("t", x.id)),
        trap: x.neg ? rt(r, a("t", x.id)) : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("c26", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(r, a("t26", x.id)) : rt(r, a("t26", x.id)),
      trap: x.neg ? rt(r, a("t26", x.id)) : undefined,
    });
    if (x.id !== "i6" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t26", "i2"), rules: ["target-trend"], truth: "6.2" });
  b.ok({ sheet: S, cell: a("t26", "i5"), rules: ["target-trend"], truth: "4" });
  return b.finish();
}

// =================================== Dinas Sosial Provinsi Jawa Barat, IKU matrix Renstra 2024-2026

type IInd = {
  id: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  src: string;
};

export function ikuDinsosJabar(): BookW {
  const b = new BookW(
    "iku-matriks-dinsos-jabar-renstra-2024-2026-panti.xlsx",
    "IKU matrix with targets (Dinas Sosial provinsi)",
    "IKU Dinas Sosial Provinsi Jawa Barat 2024-2026: No | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2023) | 'Target' > 2024 | 2025 | 2026 | Kondisi Akhir | Sumber Data | Penanggung Jawab; number row (1)..(11); rates, one lower-is-better rate and a yearly count",
  );
  const S = "IKU 2024-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH DAERAH PROVINSI JAWA BARAT", "DINAS SOSIAL"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Sosial",
    "INDIKATOR KINERJA UTAMA DINAS SOSIAL PROVINSI JAWA BARAT TAHUN 2024-2026",
  ]);
  s.gap();
  const rows: IInd[] = [
    {
      id: "u1",
      ind: "Persentase PMKS yang tertangani",
      rumus: "Jumlah PMKS yang tertangani / jumlah PMKS x 100%",
      sat: "%",
      awal: 64.1,
      tg: [68, 71.5, 75],
      src: "SIKS-NG, Bidang Rehsos",
    },
    {
      id: "u2",
      ind: "Persentase PMKS terhadap jumlah penduduk",
      rumus: "Jumlah PMKS / jumlah penduduk x 100% (semakin kecil semakin baik)",
      sat: "%",
      awal: 7.02,
      // planted: 2026 typed 6.9, a rise, for 6.2
      tg: [6.8, 6.5, 6.9],
      src: "DTKS, BPS Provinsi",
    },
    {
      id: "u3",
      ind: "Persentase UPTD panti sosial yang terakreditasi minimal B",
      rumus: "Jumlah UPTD panti terakreditasi minimal B / jumlah UPTD panti x 100%",
      sat: "%",
      awal: 66.67,
      // planted: 2025 typed 7.5 for 72.5
      tg: [70, 7.5, 75],
      src: "Sekretariat, Bidang Rehsos",
    },
    {
      id: "u4",
      ind: "Jumlah penyandang disabilitas yang memperoleh rehabilitasi sosial lanjut",
      rumus: "Jumlah penyandang disabilitas yang selesai direhabilitasi pada tahun berjalan",
      sat: "orang",
      awal: 3450,
      tg: [3600, 3750, 3900],
      flow: true,
      src: "UPTD Panti Sosial Rehabilitasi Disabilitas",
    },
    {
      id: "u5",
      ind: "Persentase korban bencana alam dan sosial yang terpenuhi kebutuhan dasarnya",
      rumus: "Jumlah korban bencana yang terpenuhi kebutuhan dasar / jumlah korban bencana x 100%",
      sat: "%",
      awal: 96.5,
      tg: [100, 100, 100],
      src: "Bidang Linjamsos, TAGANA",
    },
  ];
  const right: Record<string, number[]> = { u2: [6.8, 6.5, 6.2], u3: [70, 72.5, 75] };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 40 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2023)"], role: "kondisi-awal", num: "(5)", fmt: DEC, width: 11 },
    { key: "y2024", head: ["Target", "2024"], role: "target", year: 2024, num: "(6)", width: 9 },
    { key: "y2025", head: ["Target", "2025"], role: "target", year: 2025, num: "(7)", width: 9 },
    { key: "y2026", head: ["Target", "2026"], role: "target", year: 2026, num: "(8)", width: 9 },
    { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", num: "(9)", width: 11 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", num: "(10)", width: 22 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(11)", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        y2024: fmt(x.tg[0], x.flow ? "#,##0" : "0.00"),
        y2025: fmt(x.tg[1], x.flow ? "#,##0" : "0.00"),
        y2026: fmt(x.tg[2], x.flow ? "#,##0" : "0.00"),
        // the document's kondisi akhir: the 2026 target of the rates, the three years of the count
        ka: x.flow ? sum(x.tg) : (right[x.id] ?? x.tg)[2],
        src: x.src,
        pj: x.id === "u4" || x.id === "u3" ? "Kepala Bidang Rehabilitasi Sosial" : "Kepala Bidang Linjamsos",
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 2 bersifat negatif; kondisi akhir indikator persentase = target tahun 2026.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Bandung, 2 Mei 2024",
    jabatan: ["KEPALA DINAS SOSIAL", "PROVINSI JAWA BARAT,"],
    nama: "Dr. Hj. RATNA KOMALASARI, M.Si.",
    nip: "19710523 199803 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2026", "u2") },
    rules: ["target-trend"],
    note: "the 2026 target of the PMKS share (lower is better) rises to 6.90 after 6.80 and 6.50; the kondisi akhir says 6.20",
    truth: a("ka", "u2"),
  });
  b.plant({
    at: { sheet: S, cell: a("y2025", "u3") },
    rules: ["target-outlier"],
    note: "the 2025 target of the accredited panti is 7.50 between 70.00 and 75.00 (a lost digit); 72.50 was meant",
    truth: `(${a("y2024", "u3")}+${a("y2026", "u3")})/2`,
  });
  for (const x of rows) {
    const ys = ["y2024", "y2025", "y2026"].map((k) => a(k, x.id));
    if (x.id !== "u2")
      b.ok({
        sheet: S,
        cell: a("ka", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? ys.join("+") : ys[2],
        trap: x.flow ? ys[2] : ys.join("+"),
      });
    if (x.id !== "u2" && x.id !== "u3")
      b.ok({ sheet: S, cell: ys[2], rules: ["target-trend", "target-outlier"], truth: String(x.tg[2]) });
  }
  b.ok({ sheet: S, cell: a("y2025", "u2"), rules: ["target-trend"], truth: "6.5" });
  return b.finish();
}

// ======================= Dinas Sosial Kabupaten Wawolesea Raya, PK 2025 and Renstra 2025-2029

type PInd = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkDinsosWawolesea(): BookW {
  const b = new BookW(
    "pk-2025-kadis-sosial-wawolesea-raya-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Sosial kabupaten)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir (2029)",
  );
  const S = "PK 2025";
  const RS = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAWOLESEA RAYA", "DINAS SOSIAL"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : LA ODE MUH. SYAHRIR, S.Sos., M.AP. - Jabatan : Kepala Dinas Sosial",
    "selanjutnya disebut PIHAK PERTAMA, berjanji mewujudkan target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  s.gap();
  const SA = "Meningkatnya kualitas penanganan fakir miskin dan PMKS";
  const rows: PInd[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Persentase PMKS yang memperoleh bantuan sosial",
      sat: "%",
      awal: 61.4,
      tg: [64, 67, 70, 73, 76],
    },
    {
      id: "r2",
      sas: SA,
      ind: "Persentase keluarga penerima manfaat PKH yang graduasi sejahtera mandiri",
      sat: "%",
      awal: 4.2,
      tg: [5, 6, 7, 8, 9],
    },
    {
      id: "r3",
      sas: SA,
      ind: "Persentase data DTKS yang terverifikasi dan tervalidasi",
      sat: "%",
      awal: 58.5,
      tg: [65, 72.5, 80, 87.5, 95],
    },
    {
      id: "r4",
      sas: "Meningkatnya perlindungan sosial korban bencana",
      ind: "Rata-rata waktu tanggap pemenuhan kebutuhan dasar korban bencana",
      sat: "jam",
      awal: 30,
      tg: [24, 22, 20, 18, 16],
      neg: true,
    },
  ];
  const progs = [
    { id: "g1", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_842_615_000 },
    { id: "g2", nama: "Program Pemberdayaan Sosial", rp: 412_500_000 },
    { id: "g3", nama: "Program Rehabilitasi Sosial", rp: 1_186_240_000 },
    { id: "g4", nama: "Program Perlindungan dan Jaminan Sosial", rp: 4_361_780_000 },
    { id: "g5", nama: "Program Penanganan Bencana", rp: 968_300_000 },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      // planted: r3 carries the Renstra 2026 target
      cells: { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "r3" ? x.tg[1] : x.tg[0] },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, k): Row => ({
        id: p.id,
        cells: { no: k + 1, prog: p.nama, rp: p.rp, ket: "APBD 2025" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted: one row short
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Wawolesea, 3 Februari 2025"]);
  s.lines(["PIHAK KEDUA", "BUPATI WAWOLESEA RAYA,"], 2);
  s.r -= 2;
  s.lines(["PIHAK PERTAMA", "KEPALA DINAS SOSIAL,"], 4);
  s.gap(3);
  s.lines(["H. ANDI MAPPASESSU, S.E., M.Si."], 2);
  s.r -= 1;
  s.lines(["LA ODE MUH. SYAHRIR, S.Sos., M.AP.", "NIP. 19760812 200212 1 005"], 4);

  const r = b.sheet(RS);
  r.lines([
    "Tabel 5.2 Indikator Kinerja Dinas Sosial Kabupaten Wawolesea Raya yang mengacu pada Tujuan dan Sasaran RPJMD 2025-2029",
  ]);
  r.gap();
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode (2024)"],
        role: "kondisi-awal",
        fmt: DEC,
        width: 12,
      },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja pada Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ka",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, k): Row => {
      const cells: Record<string, number | string> = {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ka: x.tg[4],
      };
      yrs.forEach((y, i) => (cells[`y${y}`] = x.tg[i]));
      return { id: x.id, cells };
    }),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: RS, cell: tr.a("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the DTKS verval is 72.50, the Renstra 2026 target; the Renstra 2025 target is 65.00",
    truth: `'${RS}'!${tr.a("y2025", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah is =SUM over the first four programs (12,803,135,000); with Program Penanganan Bencana's 968,300,000 it is 13,771,435,000`,
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g5")})`,
  });
  if (sum(progs.map((p) => p.rp)) !== 13_771_435_000) throw new Error("pk sum");
  for (const x of rows) {
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${RS}'!${tr.a("y2025", x.id)}`,
      });
    const ys = yrs.map((y) => tr.a(`y${y}`, x.id));
    b.ok({
      sheet: RS,
      cell: tr.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys[4],
      trap: ys.join("+"),
    });
    if (x.neg) b.ok({ sheet: RS, cell: ys[4], rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
