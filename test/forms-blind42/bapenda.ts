// The revenue office: a report of pajak daerah per jenis of the Bapenda of Provinsi Lampung (target
// murni and perubahan, realisation per semester, % of the perubahan target), the IKU matrix of the
// Bapenda of Provinsi Jawa Barat with its Formulasi written as text, and the PK 2025 of the Lampung
// Bapenda with its Rencana Aksi by quarter beside a Renstra target sheet. Every office, person and
// number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Ctx } from "../forms/kit";

type Jp = {
  id: string;
  kode: string;
  ur: string;
  m: number;
  p: number;
  s1: number;
  s2: number;
  ket?: string;
};

/** Laporan realisasi pajak daerah 2024 per jenis, Bapenda Provinsi Lampung. */
export function pajakDaerahLampung(): BookW {
  const b = new BookW(
    "realisasi-pajak-daerah-semester-bapenda-lampung-2024.xlsx",
    "realisasi pajak daerah per jenis (Bapenda provinsi)",
    "No | Kode Rekening | Jenis Pajak Daerah | Target 2024 (Rp) > Murni / Perubahan | Realisasi (Rp) > Semester I / Semester II / Jumlah | % thd Target Perubahan | Lebih / (Kurang) | Ket.; the PAJAK DAERAH parent row stands above its five jenis and sums them",
  );
  const S = "Pajak Daerah TA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI LAMPUNG",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Wolter Monginsidi No. 118, Teluk Betung, Bandar Lampung",
  ]);
  s.lines(
    ["LAPORAN REALISASI PENERIMAAN PAJAK DAERAH", "TAHUN ANGGARAN 2024 (Keadaan s.d. 31 Desember 2024)"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const jp: Jp[] = [
    {
      id: "pkb",
      kode: "4.1.01.01",
      ur: "Pajak Kendaraan Bermotor (PKB)",
      m: 1_185_000_000_000,
      p: 1_212_500_000_000,
      s1: 571_384_226_150,
      s2: 648_905_117_400,
    },
    {
      id: "bbn",
      kode: "4.1.01.02",
      ur: "Bea Balik Nama Kendaraan Bermotor (BBNKB)",
      m: 742_000_000_000,
      p: 705_300_000_000,
      s1: 318_552_904_000,
      s2: 369_218_437_500,
      ket: "Target diturunkan pada APBD-P",
    },
    {
      id: "pbb",
      kode: "4.1.01.03",
      ur: "Pajak Bahan Bakar Kendaraan Bermotor (PBBKB)",
      m: 668_750_000_000,
      p: 681_000_000_000,
      s1: 332_604_118_320,
      s2: 341_877_509_880,
    },
    {
      id: "pap",
      kode: "4.1.01.04",
      ur: "Pajak Air Permukaan (PAP)",
      m: 4_850_000_000,
      p: 4_850_000_000,
      s1: 2_615_338_400,
      s2: 2_837_912_750,
      ket: "Penagihan PAP PDAM dan perkebunan",
    },
    {
      id: "rok",
      kode: "4.1.01.05",
      ur: "Pajak Rokok",
      m: 512_400_000_000,
      p: 538_900_000_000,
      s1: 264_118_552_000,
      s2: 281_007_336_000,
    },
  ];
  const T = "Target Tahun 2024 (Rp)";
  const R = "Realisasi s.d. 31 Desember 2024 (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 12 },
    { key: "ur", head: ["Jenis Pajak Daerah"], role: "lainnya", num: 3, width: 40 },
    { key: "m", head: [T, "Murni"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 19 },
    { key: "p", head: [T, "Perubahan"], role: "anggaran", year: 2024, num: 5, fmt: RP, width: 19 },
    {
      key: "s1",
      head: [R, "Semester I"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 19,
    },
    {
      key: "s2",
      head: [R, "Semester II"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 19,
    },
    {
      key: "j",
      head: [R, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8 = 6 + 7",
      fmt: RP,
      width: 19,
    },
    {
      key: "pc",
      head: ["% thd Target Perubahan"],
      role: "capaian",
      year: 2024,
      num: "9 = 8 : 5",
      fmt: DEC,
      width: 11,
    },
    { key: "lk", head: ["Lebih / (Kurang) (Rp)"], role: "lainnya", num: "10 = 8 - 5", fmt: RP, width: 18 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 11, width: 24 },
  ];
  const k1 = jp[0].id;
  const kN = jp[jp.length - 1].id;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "pd",
        bold: true,
        cells: (x: Ctx) => ({
          no: "I",
          kode: "4.1.01",
          ur: "PAJAK DAERAH",
          m: fx(`SUM(${x.a("m", k1)}:${x.a("m", kN)})`),
          p: fx(`SUM(${x.a("p", k1)}:${x.a("p", kN)})`),
          s1: fx(`SUM(${x.a("s1", k1)}:${x.a("s1", kN)})`),
          // planted: the SUM stops at PAP and leaves Pajak Rokok out
          s2: fx(`SUM(${x.a("s2", k1)}:${x.a("s2", "pap")})`),
          j: fx(`${x.a("s1")}+${x.a("s2")}`),
          pc: fx(`ROUND(${x.a("j")}/${x.a("p")}*100,2)`),
          lk: fx(`${x.a("j")}-${x.a("p")}`),
        }),
      },
      ...jp.map((q, i) => ({
        id: q.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kode: q.kode,
          ur: q.ur,
          m: q.m,
          p: q.p,
          s1: q.s1,
          s2: q.s2,
          j: fx(`${x.a("s1")}+${x.a("s2")}`),
          // planted: the BBNKB row divides by the Murni target (column 4), not the Perubahan
          pc: fx(`ROUND(${x.a("j")}/${x.a(q.id === "bbn" ? "m" : "p")}*100,2)`),
          lk: fx(`${x.a("j")}-${x.a("p")}`),
          ket: q.ket,
        }),
      })),
    ],
  });
  s.gap();
  s.lines(
    [
      "Catatan:",
      "1. Target Perubahan sesuai Perda Provinsi Lampung tentang Perubahan APBD TA 2024.",
      "2. Realisasi Pajak Rokok semester II termasuk setoran triwulan IV dari RKUN.",
    ],
    1,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Bandar Lampung, 14 Januari 2025",
    jabatan: ["Kepala Badan Pendapatan Daerah", "Provinsi Lampung,"],
    nama: "Drs. HERMANSYAH RUSLI, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700412 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("s2", "pd") },
    rules: ["sum-mismatch"],
    note: "PAJAK DAERAH Semester II = SUM of PKB .. PAP (1,362,838,977,530): Pajak Rokok (281,007,336,000) is left out; the five jenis give 1,643,846,313,530",
    truth: `SUM(${a("s2", k1)}:${a("s2", kN)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "bbn") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% of BBNKB divides by the Murni target 742,000,000,000 (92.69); against the Perubahan target 705,300,000,000 the realisation 687,771,341,500 is 97.51",
    truth: `ROUND(${a("j", "bbn")}/${a("p", "bbn")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "pap"),
    rules: ["capaian-mismatch", "percent-out-of-range", "serapan-over-100"],
    truth: `ROUND(${a("j", "pap")}/${a("p", "pap")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "pd"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("j", "pd")}/${a("p", "pd")}*100,2)`,
    trap: `SUM(${a("pc", k1)}:${a("pc", kN)})`,
  });
  for (const k of ["m", "p", "s1"])
    b.ok({ sheet: S, cell: a(k, "pd"), rules: ["sum-mismatch"], truth: `SUM(${a(k, k1)}:${a(k, kN)})` });
  b.ok({
    sheet: S,
    cell: a("pc", "rok"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("j", "rok")}/${a("p", "rok")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "pkb"),
    rules: ["sum-mismatch"],
    truth: `${a("s1", "pkb")}+${a("s2", "pkb")}`,
  });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  arah: "Maksimal" | "Minimal";
  t: number;
  r: number;
  pic: string;
};

/** Matriks IKU 2024 with Formulasi as text, Bapenda Provinsi Jawa Barat. */
export function ikuBapendaJabar(): BookW {
  const b = new BookW(
    "matriks-iku-formulasi-bapenda-jabar-2024.xlsx",
    "IKU matrix with Formulasi and capaian (Bapenda provinsi)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan (text) | Satuan | Arah | Tahun 2024 > Target / Realisasi / Capaian (%) | Kategori | Penanggung Jawab; refleksi for Minimal rows",
  );
  const S = "IKU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "BADAN PENDAPATAN DAERAH PROVINSI JAWA BARAT",
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) DAN CAPAIANNYA TAHUN 2024",
  ]);
  const S1 = "Meningkatnya pendapatan asli daerah";
  const S2 = "Meningkatnya kualitas pelayanan pajak daerah";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase realisasi PAD terhadap target",
      rumus: "Realisasi PAD / Target PAD x 100%",
      sat: "%",
      arah: "Maksimal",
      t: 100,
      r: 103.85,
      pic: "Bidang Perencanaan dan Pengembangan Pendapatan",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Rasio PAD terhadap Pendapatan Daerah",
      rumus: "PAD / Total Pendapatan Daerah x 100%",
      sat: "%",
      arah: "Maksimal",
      t: 68.5,
      r: 66.92,
      pic: "Bidang Perencanaan dan Pengembangan Pendapatan",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase pertumbuhan penerimaan pajak daerah",
      rumus: "(Realisasi pajak tahun n - Realisasi pajak tahun n-1) / Realisasi pajak tahun n-1 x 100%",
      sat: "%",
      arah: "Maksimal",
      t: 6,
      r: 4.72,
      pic: "Bidang Pajak Daerah",
    },
    {
      id: "i4",
      sas: S1,
      ind: "Persentase tunggakan PKB",
      rumus: "Nilai tunggakan PKB / Total ketetapan PKB x 100%",
      sat: "%",
      arah: "Minimal",
      t: 7.5,
      r: 6.85,
      pic: "Bidang Pengendalian dan Penagihan",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu penyelesaian layanan pengesahan STNK di SAMSAT",
      rumus: "Jumlah waktu layanan / Jumlah wajib pajak yang dilayani",
      sat: "menit",
      arah: "Minimal",
      t: 45,
      r: 52,
      pic: "UPTD Pusat Pengelolaan Pendapatan Daerah",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat terhadap layanan Bapenda",
      rumus: "Jumlah nilai persepsi per unsur / Jumlah unsur x nilai penimbang x 25",
      sat: "nilai",
      arah: "Maksimal",
      t: 82.5,
      r: 80.14,
      pic: "Sekretariat",
    },
  ];
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "arah", head: ["Arah"], role: "polaritas", width: 10 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [Y, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 14 },
    { key: "pic", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 30 },
  ];
  // planted: the SAMSAT waiting time (Minimal) takes the Maksimal formula R / T
  const capF = (q: Iku, x: Ctx) =>
    q.arah === "Minimal" && q.id !== "i5"
      ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`
      : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
  const shown = (q: Iku) => round(((q.id === "i4" ? 2 * q.t - q.r : q.r) / q.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((q, i) => ({
      id: q.id,
      cells: (x: Ctx) => ({
        no: i + 1,
        sas: q.sas,
        ind: q.ind,
        rumus: q.rumus,
        sat: q.sat,
        arah: q.arah,
        t: q.t,
        r: q.r,
        c: fx(capF(q, x)),
        // planted: the growth indicator (78.67) is given the band 65 - 75
        kat: q.id === "i3" ? "Sedang" : predikat(shown(q)),
        pic: q.pic,
      }),
    })),
  });
  s.gap();
  s.lines(
    [
      "Kategori capaian: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
      "Indikator dengan arah Minimal dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
    ],
    1,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Bandung, 20 Januari 2025",
    jabatan: ["Kepala Badan Pendapatan Daerah", "Provinsi Jawa Barat,"],
    nama: "Dr. H. ASEP SUPRIATNA KOSASIH, M.M.",
    pangkat: "Pembina Utama Madya",
    nip: "19680909 199203 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "SAMSAT waiting time is Minimal (target 45 menit, realisasi 52 menit) but capaian = R / T = 115.56; by the note's refleksi (2 x 45 - 52) / 45 = 84.44",
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i3") },
    rules: ["predikat-mismatch"],
    note: "capaian of the pajak growth indicator is 78.67 (4.72 / 6.00), band > 75 s.d. 90 = Tinggi; the sheet says Sedang",
    truth: `PREDIKAT(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("kat", "i1"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i1")})` });
  b.ok({ sheet: S, cell: a("kat", "i4"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i4")})` });
  b.ok({
    sheet: S,
    cell: a("c", "i6"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i6")}/${a("t", "i6")}*100,2)`,
  });
  return b.finish();
}

type Pk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  ren: [number, number, number];
  awal: number;
  flow: boolean;
  tw: Array<number | string>;
  pj: string;
  f: string;
};

/** PK 2025 with Rencana Aksi per triwulan, and the Renstra targets, Bapenda Provinsi Lampung. */
export function pkRencanaAksiLampung(): BookW {
  const b = new BookW(
    "pk-rencana-aksi-bapenda-lampung-2025.xlsx",
    "Perjanjian Kinerja with Rencana Aksi per triwulan, and Renstra targets",
    "sheet 'PK 2025': No | Sasaran (merged) | Indikator Kinerja | Satuan | Target 2025 | Rencana Aksi (Target Triwulan) > TW I..TW IV | Penanggung Jawab, flows add their quarters, levels climb to the year; sheet 'Renstra 2024-2026': Kondisi Awal (2023) | Target 2024 / 2025 / 2026 | Kondisi Akhir (2026)",
  );
  const S = "PK 2025";
  const SR = "Renstra 2024-2026";
  const S1 = "Meningkatnya pendapatan asli daerah";
  const S2 = "Meningkatnya kepatuhan dan kepuasan wajib pajak";
  const N = "#,##0.00";
  const rows: Pk[] = [
    {
      id: "a",
      sas: S1,
      ind: "Persentase capaian target PAD",
      sat: "%",
      ren: [100, 100, 100],
      awal: 98.74,
      flow: false,
      tw: [22, 48, 73, 100],
      pj: "Bidang Perencanaan Pendapatan",
      f: N,
    },
    {
      id: "b",
      sas: S1,
      ind: "Penerimaan Pajak Kendaraan Bermotor",
      sat: "Rp miliar",
      ren: [1185, 1248.6, 1312.5],
      awal: 1102.35,
      flow: true,
      tw: [298.4, 312.75, 305.2, 332.25],
      pj: "Bidang Pajak Daerah",
      f: N,
    },
    {
      id: "e",
      sas: S1,
      ind: "Jumlah wajib pajak kendaraan bermotor baru terdaftar",
      sat: "WP",
      ren: [42_000, 45_000, 48_000],
      awal: 39_415,
      flow: true,
      // the whole row copied from the Rencana Aksi 2024
      tw: [9_000, 10_000, 11_000, 12_000],
      pj: "UPTD Samsat",
      f: "#,##0",
    },
    {
      id: "c",
      sas: S2,
      ind: "Persentase tunggakan PKB terhadap ketetapan",
      sat: "%",
      ren: [7, 6.5, 6],
      awal: 7.85,
      flow: false,
      tw: [8, 7.5, 7, 6.5],
      pj: "Bidang Pengendalian dan Penagihan",
      f: N,
    },
    {
      id: "d",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat atas layanan Samsat",
      sat: "nilai",
      ren: [82, 83, 84],
      awal: 80.62,
      flow: false,
      tw: ["-", "-", "-", 83],
      pj: "Sekretariat",
      f: N,
    },
  ];
  // ---- Renstra sheet first (the PK refers to it in the notes)
  const r = b.sheet(SR);
  letterhead(r, ["BADAN PENDAPATAN DAERAH PROVINSI LAMPUNG", "TARGET KINERJA RENCANA STRATEGIS 2024-2026"]);
  const TK = "Target Kinerja";
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2023)"], role: "kondisi-awal", year: 2023, fmt: N, width: 12 },
    { key: "y24", head: [TK, "2024"], role: "target", year: 2024, fmt: N, width: 12 },
    { key: "y25", head: [TK, "2025"], role: "target", year: 2025, fmt: N, width: 12 },
    { key: "y26", head: [TK, "2026"], role: "target", year: 2026, fmt: N, width: 12 },
    { key: "ak", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, fmt: N, width: 12 },
  ];
  const rt = r.table({
    cols: rc,
    headerRows: 2,
    rows: rows.map((q, i) => ({
      id: q.id,
      cells: (x: Ctx) => ({
        no: i + 1,
        ind: q.ind,
        sat: q.sat,
        awal: q.awal,
        y24: q.ren[0],
        y25: q.ren[1],
        y26: q.ren[2],
        ak: q.flow ? fx(`SUM(${x.a("y24")}:${x.a("y26")})`) : fx(x.a("y26")),
      }),
    })),
  });
  r.gap();
  r.lines(
    ["Kondisi akhir: indikator jumlah = total 2024-2026; indikator persentase/indeks = target 2026."],
    1,
  );
  // ---- PK sheet
  const s = b.sheet(S);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "BADAN PENDAPATAN DAERAH PROVINSI LAMPUNG"]);
  s.lines(
    ["Pihak Pertama : Kepala Badan Pendapatan Daerah Provinsi Lampung", "Pihak Kedua   : Gubernur Lampung"],
    1,
  );
  s.gap();
  const RA = "Rencana Aksi (Target Triwulan)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    { key: "q1", head: [RA, "TW I"], role: "target", year: 2025, width: 10 },
    { key: "q2", head: [RA, "TW II"], role: "target", year: 2025, width: 10 },
    { key: "q3", head: [RA, "TW III"], role: "target", year: 2025, width: 10 },
    { key: "q4", head: [RA, "TW IV"], role: "target", year: 2025, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 28 },
  ];
  const fm = (v: number | string, f: string) => (typeof v === "number" ? { v, fmt: f } : v);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((q, i) => ({
      id: q.id,
      cells: () => {
        // planted b: 1,248.60 typed as 1,284.60; planted e: the 2024 target 42,000
        const yr = q.id === "b" ? 1284.6 : q.id === "e" ? 42_000 : q.ren[1];
        return {
          no: `${i + 1}.`,
          sas: q.sas,
          ind: q.ind,
          sat: q.sat,
          t: fm(yr, q.f),
          q1: fm(q.tw[0], q.f),
          q2: fm(q.tw[1], q.f),
          q3: fm(q.tw[2], q.f),
          q4: fm(q.tw[3], q.f),
          pj: q.pj,
        };
      },
    })),
  });
  s.gap();
  s.lines(
    [
      "Target triwulan indikator persentase dan indeks bersifat kumulatif (posisi akhir triwulan);",
      "target triwulan penerimaan dan jumlah WP adalah target per triwulan.",
    ],
    1,
  );
  s.gap();
  signature(s, 3, {
    tempat: "Bandar Lampung, 2 Januari 2025",
    jabatan: ["Kepala Badan Pendapatan Daerah", "Provinsi Lampung,"],
    nama: "Drs. HERMANSYAH RUSLI, M.Si.",
    nip: "19700412 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ra = (k: string, id: string) => `'${SR}'!${rt.a(k, id)}`;
  b.plant({
    at: { sheet: S, cell: a("t", "b") },
    rules: ["sum-mismatch", "cross-table-mismatch"],
    note: "PK target 2025 of PKB revenue typed 1,284.60 (Rp miliar): the four quarters give 298.40 + 312.75 + 305.20 + 332.25 = 1,248.60, the Renstra target 2025 is 1,248.60 (digits swapped)",
    truth: `SUM(${a("q1", "b")}:${a("q4", "b")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("t", "e") },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of new WP is 42,000, the Renstra target for 2024; the Renstra target 2025 is 45,000 (the row, quarters included, was copied from the 2024 Rencana Aksi)",
    truth: ra("y25", "e"),
  });
  b.ok({
    sheet: S,
    cell: a("t", "a"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("q4", "a"),
    trap: `SUM(${a("q1", "a")}:${a("q4", "a")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "c"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: ra("y25", "c"),
    trap: `SUM(${a("q1", "c")}:${a("q4", "c")})`,
  });
  b.ok({ sheet: S, cell: a("t", "d"), rules: ["cross-table-mismatch"], truth: ra("y25", "d") });
  b.ok({
    sheet: SR,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y26", "c"),
    trap: `SUM(${rt.a("y24", "c")}:${rt.a("y26", "c")})`,
  });
  b.ok({
    sheet: SR,
    cell: rt.a("y26", "c"),
    rules: ["target-trend"],
    truth: "6",
  });
  b.ok({
    sheet: SR,
    cell: rt.a("ak", "e"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt.a("y24", "e")}:${rt.a("y26", "e")})`,
    trap: rt.a("y26", "e"),
  });
  return b.finish();
}
