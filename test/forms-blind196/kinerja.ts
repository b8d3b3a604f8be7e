// Performance tables of two Dinas Pendidikan: the LKjIP 2024 measurement table of a Sumatera Barat
// kabupaten (two lower-is-better rates with refleksi capaian, predikat words, rata-rata) and the PK 2025
// of a Kalimantan Selatan kota beside its Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  tend: number;
  neg?: boolean;
};

export function lkjipDisdik(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-disdik-sarpras-koto-baringin.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pendidikan)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Pendidikan of a Sumatera Barat kabupaten: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi 2023 | Target Akhir Renstra (2026); refleksi on the two lower-is-better rows; Rata-rata and Kategori rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN KABUPATEN KOTO BARINGIN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Pendidikan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya akses dan mutu pendidikan dasar";
  const S2 = "Meningkatnya kualitas sarana dan prasarana satuan pendidikan";
  const S3 = "Meningkatnya akuntabilitas pengelolaan dana pendidikan";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Angka Partisipasi Kasar (APK) SD/MI",
      sat: "%",
      t: 104.5,
      r: 106.12,
      r23: 104.06,
      tend: 105,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      t: 82,
      r: 78.46,
      r23: 79.85,
      tend: 83,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase ruang kelas rusak berat SD dan SMP *)",
      sat: "%",
      t: 12,
      r: 14.7,
      r23: 16.35,
      tend: 11,
      neg: true,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Angka putus sekolah SMP *)",
      sat: "%",
      t: 0.4,
      r: 0.46,
      r23: 0.51,
      tend: 0.4,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase SD dan SMP terakreditasi minimal B",
      sat: "%",
      t: 90,
      r: 72.9,
      r23: 70.4,
      tend: 92,
    },
    {
      id: "i6",
      sas: S3,
      ind: "Persentase sekolah yang menyampaikan laporan penggunaan dana BOSP tepat waktu",
      sat: "%",
      t: 95,
      r: 81.6,
      r23: 77.25,
      tend: 100,
    },
  ];
  const T24 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [T24, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [T24, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [T24, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [T24, "Kategori"], role: "predikat", width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "tend", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC, width: 11 },
  ];
  const capF = (x: Ind, c: Ctx) => (x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t")));
  const cap = (x: Ind) => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const rows: Row[] = I.map((x, i) => ({
    id: x.id,
    cells: (c: Ctx) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: x.t,
      r: x.r,
      // planted: the ruang kelas rusak berat (lower is better) with R / T
      c: fx(x.id === "i3" ? rt(c.a("r"), c.a("t")) : capF(x, c)),
      // planted: "Sangat Baik" for the BOSP reports' 85.89
      p: x.id === "i6" ? "Sangat Baik" : x.id === "i3" ? "Sangat Baik" : predikatBaik(cap(x)),
      r23: x.r23,
      tend: x.tend,
    }),
  }));
  const avgF = (c: Ctx) => `ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`;
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c: Ctx) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(avgF(c)),
      p: fx(`PREDIKAT_BAIK(${c.a("c")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "*) indikator negatif (semakin kecil semakin baik): capaian = (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: "capaian of the ruang kelas rusak berat (lower is better, marked *)) is =ROUND(R/T*100,2) = 122.50; refleksi (2 x 12 - 14.70) / 12 gives 77.50, as the putus sekolah row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Sangat Baik' for 85.89 (81.60 against 95); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: refl(a("r", "i4"), a("t", "i4")),
    trap: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i1", "i2", "i5", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["percent-out-of-range"],
    truth: rt(a("r", "i1"), a("t", "i1")),
  });
  return b.finish();
}

// ============================================ Dinas Pendidikan Kota Tanjung Belimbing, PK 2025 + Renstra

type Tgt = { id: string; ind: string; sat: string; awal: number; y: number[] };

export function pkDisdik(): BookW {
  const b = new BookW(
    "pk-kadisdik-2025-renstra-tanjung-belimbing.xlsx",
    "PK 2025 and Renstra 2025-2029 (Dinas Pendidikan)",
    "PK 2025 of the Kepala Dinas Pendidikan dan Kebudayaan of a Kalimantan Selatan kota: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; then No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with program rows over their kegiatan and JUMLAH of the programs; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const T: Tgt[] = [
    {
      id: "t1",
      ind: "Persentase ruang kelas SD dan SMP dalam kondisi baik",
      sat: "%",
      awal: 68.2,
      y: [72, 76, 80, 84, 88],
    },
    {
      id: "t2",
      ind: "Angka Partisipasi Murni (APM) SD",
      sat: "%",
      awal: 96.85,
      y: [97, 97.25, 97.5, 97.75, 98],
    },
    { id: "t3", ind: "Angka putus sekolah SMP", sat: "%", awal: 0.42, y: [0.38, 0.35, 0.32, 0.3, 0.28] },
    {
      id: "t4",
      ind: "Persentase SD dan SMP terakreditasi minimal B",
      sat: "%",
      awal: 78.4,
      y: [81.5, 84, 86.5, 89, 91.5],
    },
    {
      id: "t5",
      ind: "Persentase sekolah yang melaporkan penggunaan dana BOSP tepat waktu",
      sat: "%",
      awal: 88.7,
      y: [92, 94, 96, 98, 100],
    },
  ];
  // --- the Renstra sheet first (the PK refers to it)
  const r = b.sheet(R);
  r.lines(
    ["TARGET KINERJA SASARAN RENSTRA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA TANJUNG BELIMBING 2025-2029"],
    1,
    { bold: true },
  );
  r.gap();
  const YY = [2025, 2026, 2027, 2028, 2029];
  const rt2 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...YY.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    groups: "first",
    rows: T.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
        YY.forEach((y, j) => (out[`y${y}`] = x.y[j]));
        out.ka = fx(c.a("y2029"));
        return out;
      },
    })),
  });
  // --- the PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG BELIMBING"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Dinas Pendidikan dan Kebudayaan (Pihak Pertama) dan Wali Kota Tanjung Belimbing (Pihak Kedua).",
  ]);
  s.gap();
  s.lines(["SASARAN DAN INDIKATOR KINERJA"], 1, { bold: true });
  const SAS = [
    "Meningkatnya kualitas sarana prasarana pendidikan",
    "Meningkatnya akses pendidikan dasar",
    "Meningkatnya akses pendidikan dasar",
    "Meningkatnya mutu satuan pendidikan",
    "Meningkatnya akuntabilitas dana pendidikan",
  ];
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: T.map((x, i): Row => ({
      id: x.id,
      // planted: the akreditasi target is the Renstra 2026 value 84.00
      cells: { no: i + 1, sas: SAS[i], ind: x.ind, sat: x.sat, t: x.id === "t4" ? 84 : x.y[0] },
    })),
  });
  s.gap();
  s.lines(["PROGRAM DAN ANGGARAN"], 1, { bold: true });
  type Pr = { id: string; kode: string; nm: string; rp?: number; kids?: string[] };
  const PR: Pr[] = [
    {
      id: "p1",
      kode: "1.01.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 98_456_210_400,
    },
    { id: "p2", kode: "1.01.02", nm: "Program Pengelolaan Pendidikan", kids: ["g1", "g2", "g3"] },
    { id: "g1", kode: "1.01.02.2.01", nm: "Pengelolaan Pendidikan Sekolah Dasar", rp: 41_208_650_000 },
    {
      id: "g2",
      kode: "1.01.02.2.02",
      nm: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      rp: 22_675_300_000,
    },
    { id: "g3", kode: "1.01.02.2.03", nm: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)", rp: 3_418_900_000 },
    { id: "p3", kode: "1.01.03", nm: "Program Pengembangan Kurikulum", rp: 1_245_800_000 },
    { id: "p4", kode: "1.01.04", nm: "Program Pendidik dan Tenaga Kependidikan", rp: 865_400_000 },
  ];
  const pg = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "nm", head: ["Program / Kegiatan"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((x, i): Row => ({
        id: x.id,
        bold: x.id.startsWith("p"),
        cells: {
          no: x.id.startsWith("p") ? Number(x.id.slice(1)) : null,
          kode: x.kode,
          nm: x.nm,
          // planted: the program 1.01.02 typed 67,257,850,000, its three kegiatan add to 67,302,850,000
          rp: x.kids ? 67_257_850_000 : x.rp!,
          ket: i === 0 ? "APBD" : "APBD, DAK",
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "JUMLAH",
          rp: fx(["p1", "p2", "p3", "p4"].map((id) => c.a("rp", id)).join("+")),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Tanjung Belimbing, 2 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"],
    nama: "H. MUHAMMAD RIFANI NOOR, S.Pd., M.M.",
    nip: "19760521 200003 1 006",
  });

  const rr = (k: string, id: string) => `'${R}'!${rt2.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "t4") },
        { sheet: R, cell: rt2.a("y2025", "t4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the akreditasi minimal B is 84.00, the Renstra 2026 target; the Renstra 2025 target is 81.50",
    truth: rr("y2025", "t4"),
  });
  b.plant({
    at: { sheet: P, cell: pg.a("rp", "p2") },
    rules: ["sum-mismatch"],
    note: "anggaran of Program Pengelolaan Pendidikan is a typed 67,257,850,000; its kegiatan SD, SMP and PAUD add to 67,302,850,000",
    truth: ["g1", "g2", "g3"].map((id) => pg.a("rp", id)).join("+"),
  });
  for (const id of ["t1", "t2", "t3", "t5"])
    b.ok({ sheet: P, cell: pk.a("t", id), rules: ["cross-table-mismatch"], truth: rr("y2025", id) });
  // kondisi akhir of a rate is the 2029 target, not the sum; the falling putus sekolah is right
  for (const id of ["t1", "t3", "t5"])
    b.ok({
      sheet: R,
      cell: rt2.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt2.a("y2029", id),
      trap: YY.map((y) => rt2.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt2.a("y2027", "t3"), rules: ["target-trend"], truth: rt2.a("y2027", "t3") });
  return b.finish();
}
