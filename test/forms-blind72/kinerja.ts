// Performance tables of the seventy-fourth unseen set: the LKjIP 2024 of the Inspektorat Kota Sungai
// Rengas (Kalimantan Barat) with SPIP maturity and APIP capability levels, a lower-is-better
// 'Persentase temuan berulang' and TGR cases (refleksi); the Perjanjian Kinerja 2025 of the Inspektorat
// Kabupaten Sumba Utara (Nusa Tenggara Timur) with quarterly targets beside its Renstra 2025-2029; and
// the IKU matrix 2025-2029 of the Inspektorat Kabupaten Manggarai Selatan with the end-of-period
// kondisi. Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ==================================================== LKjIP 2024, Inspektorat Daerah Kota Sungai Rengas

type Lk = {
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

/** LKjIP pengukuran with last year's realisasi before the target, formulas, typed predikat. */
export function lkjipSungaiRengas(): BookW {
  const b = new BookW(
    "lkjip-spip-apip-inspektorat-kota-sungai-rengas.xlsx",
    "LKjIP pengukuran kinerja 2024 (Inspektorat Daerah)",
    "No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | % Capaian | Predikat; no number row; SPIP maturity level and APIP capability level (1-5), skor maturitas, temuan berulang and TGR cases lower is better (refleksi formulas), ROUND formulas, predikat typed in the Permendagri 86 words; Rata-rata row",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SUNGAI RENGAS",
    "INSPEKTORAT DAERAH",
    "Jl. Tanjungpura No. 88, Sungai Rengas, Kalimantan Barat",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Inspektorat Daerah Kota Sungai Rengas Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const A = "Meningkatnya efektivitas sistem pengendalian intern pemerintah daerah";
  const B = "Meningkatnya kualitas pengawasan intern";
  const C = "Menurunnya permasalahan berulang hasil pemeriksaan";
  const xs: Lk[] = [
    {
      id: "l1",
      sas: A,
      ind: "Level maturitas penyelenggaraan SPIP",
      sat: "level",
      r23: 3,
      t: 3,
      r: 3,
      f: "0",
    },
    {
      id: "l2",
      sas: A,
      ind: "Skor maturitas SPIP terintegrasi",
      sat: "skor",
      r23: 3.12,
      t: 3.25,
      r: 3.31,
      f: DEC,
    },
    { id: "l3", sas: B, ind: "Level kapabilitas APIP (IACM)", sat: "level", r23: 2, t: 3, r: 3, f: "0" },
    {
      id: "l4",
      sas: B,
      ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      sat: "%",
      r23: 78.4,
      t: 80,
      r: 83.65,
      f: DEC,
    },
    {
      id: "l5",
      sas: B,
      ind: "Persentase OPD yang menyusun Rencana Tindak Pengendalian (RTP)",
      sat: "%",
      r23: 71.88,
      t: 100,
      r: 84.38,
      f: DEC,
    },
    {
      id: "l6",
      sas: C,
      ind: "Persentase temuan berulang",
      sat: "%",
      r23: 12.5,
      t: 10,
      r: 13.6,
      neg: true,
      f: DEC,
    },
    {
      id: "l7",
      sas: C,
      ind: "Jumlah kasus tuntutan ganti rugi (TGR) yang belum diselesaikan",
      sat: "kasus",
      r23: 14,
      t: 10,
      r: 8,
      neg: true,
      f: "0",
    },
  ];
  const cap = (x: Lk) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted 1: temuan berulang computed R / T (the positive formula) = 136.00; refleksi gives 64.00
  // planted 2: predikat of the RTP row (84.38) typed Sangat Tinggi; > 75 - 90 is Tinggi
  const shown = (x: Lk) => (x.id === "l6" ? round((x.r / x.t) * 100) : cap(x));
  if (shown(xs[5]) !== 136 || cap(xs[5]) !== 64 || predikat(84.38) !== "Tinggi") throw new Error("lkjip: l6");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      r23: fmt(x.r23, x.f),
      t: fmt(x.t, x.f),
      r: fmt(x.r, x.f),
      c: fx(x.neg && x.id !== "l6" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      p: x.id === "l5" ? "Sangat Tinggi" : predikat(shown(x)),
    }),
  }));
  const avg = round(xs.map(shown).reduce((p, q) => p + q, 0) / xs.length);
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian",
      c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("l1")}:${c.c("c")}${c.row("l7")}),2)`),
      p: predikat(avg),
    }),
  });
  const t = s.table({ cols, headerRows: 2, vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Catatan: indikator 'Persentase temuan berulang' dan 'Jumlah kasus TGR' semakin rendah semakin baik,",
    "capaian = (2 x Target - Realisasi) / Target x 100. Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Sungai Rengas, 28 Februari 2025",
    jabatan: ["Inspektur Kota Sungai Rengas"],
    nama: "Dra. RATNA JUWITA ASMARANI, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700412 199603 2 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "l6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% capaian of the persentase temuan berulang (lower is better by the note) is =ROUND(R/T*100,2) = 136.00 (13.60 / 10.00); the refleksi (2 x 10.00 - 13.60) / 10.00 gives 64.00, as the TGR row computes",
    truth: refl(a("r", "l6"), a("t", "l6")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "l5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for a capaian of 84.38 (RTP, 84.38 / 100); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "l5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "l7"),
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    truth: refl(a("r", "l7"), a("t", "l7")),
    trap: rt(a("r", "l7"), a("t", "l7")),
  });
  for (const id of ["l1", "l2", "l3", "l4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rt(a("r", id), a("t", id)),
    });
  for (const id of ["l1", "l2", "l3", "l4", "l7"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

// ================================ Perjanjian Kinerja 2025 with quarterly targets, Kabupaten Sumba Utara

type Pk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  tw: number[];
  cara: "Akumulasi" | "Posisi akhir";
  /** Renstra: kondisi awal 2024, targets 2025 .. 2029 */
  aw: number;
  rs: number[];
  f: string;
};

/** PK 2025 with TW I .. IV targets and the Renstra 2025-2029 on a second sheet. */
export function pkTriwulanSumbaUtara(): BookW {
  const b = new BookW(
    "pk-target-triwulan-inspektorat-sumba-utara.xlsx",
    "Perjanjian Kinerja 2025 with quarterly targets, beside the Renstra 2025-2029 (Inspektorat)",
    "sheet 'PK 2025': statement lines, No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2025 | 'Target per Triwulan' > TW I .. TW IV | Cara Penghitungan (Akumulasi / Posisi akhir); number row a .. i; levels and rates whose year is the TW IV value, counts whose year is the sum; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const S1 = "PK 2025";
  const S2 = "Renstra 2025-2029";
  const A = "Meningkatnya maturitas SPIP dan kapabilitas APIP";
  const B = "Meningkatnya kualitas tata kelola pemerintahan daerah";
  const xs: Pk[] = [
    {
      id: "p1",
      sas: A,
      ind: "Level maturitas SPIP Pemerintah Kabupaten",
      sat: "level",
      tw: [2, 2, 3, 3],
      cara: "Posisi akhir",
      aw: 2,
      rs: [3, 3, 3, 4, 4],
      f: "0",
    },
    {
      id: "p2",
      sas: A,
      ind: "Level kapabilitas APIP Inspektorat",
      sat: "level",
      tw: [2, 2, 2, 3],
      cara: "Posisi akhir",
      aw: 2,
      rs: [3, 3, 3, 3, 4],
      f: "0",
    },
    // planted (cross-table): the PK 2025 target 82 is the Renstra's 2026 target; 2025 is 80
    {
      id: "p3",
      sas: B,
      ind: "Persentase rekomendasi hasil pengawasan yang telah ditindaklanjuti",
      sat: "%",
      tw: [25, 45, 65, 82],
      cara: "Posisi akhir",
      aw: 76.5,
      rs: [80, 82, 84, 86, 88],
      f: DEC,
    },
    {
      id: "p4",
      sas: B,
      ind: "Jumlah laporan hasil pengawasan (LHP) yang diterbitkan",
      sat: "LHP",
      tw: [18, 26, 28, 24],
      cara: "Akumulasi",
      aw: 88,
      rs: [96, 100, 104, 108, 112],
      f: "0",
    },
    // planted (sum): TW III typed 21 (digits of 12 swapped), the quarters give 51, the year 42
    {
      id: "p5",
      sas: B,
      ind: "Jumlah kegiatan pendampingan dan asistensi kepada perangkat daerah",
      sat: "kegiatan",
      tw: [8, 12, 21, 10],
      cara: "Akumulasi",
      aw: 36,
      rs: [42, 44, 46, 48, 50],
      f: "0",
    },
    {
      id: "p6",
      sas: B,
      ind: "Persentase temuan berulang hasil pemeriksaan",
      sat: "%",
      tw: [9, 9, 9, 9],
      cara: "Posisi akhir",
      aw: 11.2,
      rs: [9, 8, 7, 6, 5],
      f: DEC,
    },
  ];
  const year = (x: Pk) => (x.id === "p3" ? x.rs[1] : x.rs[0]);
  // ---------- sheet PK 2025
  const s = b.sheet(S1);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBA UTARA", "INSPEKTORAT DAERAH"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan dan triwulanan sebagai berikut:"]);
  s.gap();
  const L = (i: number) => String.fromCharCode(97 + i);
  const TW = "Target per Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: L(0), width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: L(1), width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: L(2), width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: L(3), width: 9 },
    { key: "ty", head: ["Target 2025"], role: "target", year: 2025, num: L(4), width: 9 },
    ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: [TW, q],
      role: "target",
      year: 2025,
      num: L(5 + i),
      width: 8,
    })),
    { key: "cara", head: ["Cara Penghitungan"], role: "keterangan", num: L(9), width: 13 },
  ];
  const pk = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        ty:
          x.cara === "Akumulasi" && x.id !== "p5" ? fx(`SUM(${c.a("q0")}:${c.a("q3")})`) : fmt(year(x), x.f),
        q0: fmt(x.tw[0], x.f),
        q1: fmt(x.tw[1], x.f),
        q2: fmt(x.tw[2], x.f),
        q3: fmt(x.tw[3], x.f),
        cara: x.cara,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Posisi akhir: target tahunan = target TW IV; Akumulasi: target tahunan = jumlah TW I s.d. TW IV.",
  ]);
  s.gap();
  signature(s, 2, {
    tempat: "Waikabubak Utara, 3 Januari 2025",
    jabatan: ["Bupati Sumba Utara,"],
    nama: "UMBU LADU HAMBANDIMA",
    nip: "-",
  });
  // ---------- sheet Renstra 2025-2029
  const r = b.sheet(S2);
  r.lines(["Target Kinerja Inspektorat Daerah Kabupaten Sumba Utara 2025-2029 (Renstra)"], 1, { bold: true });
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...years.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 8,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
  ];
  const rs = r.table({
    cols: rcols,
    headerRows: 2,
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          aw: fmt(x.aw, x.f),
        };
        years.forEach((y, k) => (o[`y${y}`] = fmt(x.rs[k], x.f)));
        o.ak = x.cara === "Akumulasi" ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fx(`${c.a("y2029")}`);
        return o;
      },
    })),
  });
  const a = (k: string, id: string) => pk.a(k, id);
  const ra = (k: string, id: string) => rs.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S1, cell: a("ty", "p3") },
        { sheet: S2, cell: ra("y2025", "p3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the rekomendasi ditindaklanjuti is 82.00, the Renstra's 2026 target (copied from the wrong year); the Renstra 2025 target is 80.00",
    truth: `'${S2}'!${ra("y2025", "p3")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S1, cell: a("ty", "p5") },
        { sheet: S1, cell: a("q2", "p5") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "pendampingan (Akumulasi): the year's target is 42 but TW I .. IV 8 + 12 + 21 + 10 give 51; TW III 21 is 12 with its digits swapped",
    truth: `SUM(${a("q0", "p5")}:${a("q3", "p5")})`,
  });
  // clean: levels and rates take TW IV (not the sum of the quarters); counts the sum
  for (const id of ["p1", "p2", "p6"])
    b.ok({
      sheet: S1,
      cell: a("ty", id),
      rules: ["sum-mismatch", "cross-table-mismatch"],
      truth: a("q3", id),
      trap: `SUM(${a("q0", id)}:${a("q3", id)})`,
    });
  b.ok({
    sheet: S1,
    cell: a("ty", "p4"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `'${S2}'!${ra("y2025", "p4")}`,
  });
  b.ok({
    sheet: S2,
    cell: ra("ak", "p4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${ra("y2025", "p4")}:${ra("y2029", "p4")})`,
    trap: ra("y2029", "p4"),
  });
  for (const id of ["p1", "p3", "p6"])
    b.ok({
      sheet: S2,
      cell: ra("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ra("y2029", id),
      trap: `SUM(${ra("y2025", id)}:${ra("y2029", id)})`,
    });
  b.ok({ sheet: S2, cell: ra("y2029", "p6"), rules: ["target-trend"], truth: `${ra("y2028", "p6")}-1` });
  return b.finish();
}

// ================================================ IKU 2025-2029, Inspektorat Kabupaten Manggarai Selatan

type Ik = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  aw: number;
  k: number[];
  ak: number | "f";
  pic: string;
  f: string;
};

/** IKU matrix with Tahun ke-1 .. 5 (year under each) and the end-of-period kondisi. */
export function ikuManggaraiSelatan(): BookW {
  const b = new BookW(
    "iku-kondisi-akhir-inspektorat-manggarai-selatan.xlsx",
    "IKU 2025-2029 of an Inspektorat with end-of-period kondisi",
    "No | Indikator Kinerja Utama | Definisi Operasional / Formula | Satuan | Baseline 2024 | 'Target Kinerja Tahun ke-' > '1 (2025)' .. '5 (2029)' | Kondisi Kinerja pada Akhir Periode Renstra | PIC; levels 1-5, skor maturitas, temuan berulang lower is better (falling targets); kondisi akhir typed or a formula to the 2029 target",
  );
  const S = "IKU Inspektorat";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MANGGARAI SELATAN", "INSPEKTORAT DAERAH"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) INSPEKTORAT DAERAH PERIODE 2025-2029"], 1, { bold: true });
  s.gap();
  const xs: Ik[] = [
    {
      id: "k1",
      ind: "Level maturitas penyelenggaraan SPIP",
      def: "Level hasil penilaian mandiri yang dievaluasi BPKP (skala 1-5)",
      sat: "level",
      aw: 2,
      k: [3, 3, 3, 4, 4],
      ak: "f",
      pic: "Irban I",
      f: "0",
    },
    // planted: kondisi akhir typed 3 (the first years' level), the 2029 target is 4
    {
      id: "k2",
      ind: "Level kapabilitas APIP",
      def: "Level IACM hasil penjaminan kualitas BPKP (skala 1-5)",
      sat: "level",
      aw: 2,
      k: [3, 3, 3, 3, 4],
      ak: 3,
      pic: "Sekretaris",
      f: "0",
    },
    // planted: 2028 typed 3.06 (3.60 with its digits swapped)
    {
      id: "k3",
      ind: "Skor maturitas SPIP",
      def: "Skor rata-rata unsur SPIP hasil penjaminan kualitas",
      sat: "skor",
      aw: 2.95,
      k: [3.15, 3.3, 3.45, 3.06, 3.75],
      ak: 3.75,
      pic: "Irban I",
      f: DEC,
    },
    {
      id: "k4",
      ind: "Persentase temuan berulang",
      def: "Jumlah temuan berulang / jumlah temuan x 100 (semakin kecil semakin baik)",
      sat: "%",
      aw: 14.5,
      k: [12, 10, 8, 6, 5],
      ak: "f",
      pic: "Irban II",
      f: DEC,
    },
    {
      id: "k5",
      ind: "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
      def: "Rekomendasi selesai ditindaklanjuti / seluruh rekomendasi x 100",
      sat: "%",
      aw: 76.2,
      k: [80, 82.5, 85, 87.5, 90],
      ak: 90,
      pic: "Irban III",
      f: DEC,
    },
  ];
  const G = "Target Kinerja Tahun ke-";
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "def", head: ["Definisi Operasional / Formula"], role: "definisi", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "aw", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, width: 9 },
    ...years.map((y, i): Col => ({
      key: `y${y}`,
      head: [G, `${i + 1} (${y})`],
      role: "target",
      year: y,
      width: 8,
    })),
    { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    { key: "pic", head: ["PIC"], role: "penanggung-jawab", width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          def: x.def,
          sat: x.sat,
          aw: fmt(x.aw, x.f),
          pic: x.pic,
        };
        years.forEach((y, k) => (o[`y${y}`] = fmt(x.k[k], x.f)));
        o.ak = x.ak === "f" ? fx(`${c.a("y2029")}`) : fmt(x.ak, x.f);
        return o;
      },
    })),
  });
  s.gap();
  s.lines(["Kondisi akhir periode = target tahun ke-5 (2029)."]);
  s.gap();
  signature(s, 9, {
    tempat: "Ruteng Selatan, 10 Maret 2025",
    jabatan: ["INSPEKTUR DAERAH,"],
    nama: "FRANSISKUS XAVERIUS JEHAMAT, S.E., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19750203 200212 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the level kapabilitas APIP is typed 3 (the level of 2025-2028); the 2029 target (tahun ke-5, by the note) is 4",
    truth: a("y2029", "k2"),
  });
  b.plant({
    at: { sheet: S, cell: a("y2028", "k3") },
    rules: ["target-trend", "target-outlier"],
    note: "2028 target of the skor maturitas SPIP is 3.06 in the path 3.15, 3.30, 3.45, _, 3.75 (digits of 3.60 swapped)",
    truth: `${a("y2027", "k3")}+0.15`,
  });
  b.ok({
    sheet: S,
    cell: a("y2029", "k4"),
    rules: ["target-trend"],
    truth: `${a("y2028", "k4")}-1`,
    trap: `${a("y2028", "k4")}+1`,
  });
  b.ok({
    sheet: S,
    cell: a("y2027", "k4"),
    rules: ["target-trend"],
    truth: `${a("y2026", "k4")}-2`,
    trap: `${a("y2026", "k4")}+2`,
  });
  for (const id of ["k1", "k4", "k5", "k3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({ sheet: S, cell: a("y2029", "k5"), rules: ["target-trend"], truth: `${a("y2028", "k5")}+2.5` });
  return b.finish();
}
