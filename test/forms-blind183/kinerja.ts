// Performance tables of the Dinas PUPR: the LKjIP 2024 measurement of a Jawa Timur kota (akses
// sanitasi, drainase, genangan lower is better, lumpur tinja diolah di IPLT) with a Rata-rata and
// Predikat footer, and the PK 2025 of a Sumatera Utara kabupaten beside its Renstra 2025-2029
// targets. Every name and number is invented.
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

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

export function lkjipPuprWlingirejo(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-sanitasi-genangan-pupr-kota-wlingirejo.xlsx",
    "LKjIP pengukuran kinerja (Dinas PUPR)",
    "LKjIP 2024 Tabel 3.1 of a Jawa Timur kota's Dinas PUPR: No | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; refleksi on the two genangan rows (lower is better); Rata-rata and Predikat footer rows (Permendagri 86/2017 bands)",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA WLINGIREJO"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const I: Ind[] = [
    {
      id: "i1",
      ind: "Persentase rumah tangga dengan akses sanitasi aman",
      sat: "%",
      t: 13,
      r: 12.85,
      r23: 11.2,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      sat: "%",
      t: 91,
      r: 92.4,
      r23: 89.75,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Persentase panjang saluran drainase perkotaan dalam kondisi baik",
      sat: "%",
      t: 63,
      r: 62.35,
      r23: 58.4,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Luas genangan di kawasan perkotaan",
      sat: "ha",
      t: 95,
      r: 104,
      r23: 118,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      ind: "Jumlah titik genangan di kawasan perkotaan",
      sat: "titik",
      t: 24,
      r: 21,
      r23: 29,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      ind: "Persentase volume lumpur tinja yang diolah di IPLT",
      sat: "%",
      t: 40,
      r: 27.5,
      r23: 22.1,
      f: DEC,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (cap(I[5]) !== 68.75 || predikat(68.75) !== "Sedang") throw new Error("lkjip i6");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...I.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the titik genangan (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id === "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 68.75 (the band > 65 - 75 is Sedang)
          p: x.id === "i6" ? "Tinggi" : x.id === "i5" ? "Sangat Tinggi" : predikat(cap(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "r"],
        cells: { no: "Predikat Kinerja", p: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Skala: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Wlingirejo, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG KOTA WLINGIREJO,"],
    nama: "Ir. BAMBANG SUSILO HADI, M.T.",
    nip: "19690814 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the titik genangan (lower is better by the note) is =ROUND(R/T*100,2) = 87.50; (2 x 24 - 21) / 24 gives 112.50, as the luas genangan row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for 68.75 (27.50 against 40); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i6")})`,
  });
  // the luas genangan: refleksi 90.53, not R / T 109.47
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i4"), a("t", "i4")),
    trap: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  // above 100 is allowed for a capaian
  b.ok({ sheet: S, cell: a("c", "i2"), rules: ["percent-out-of-range"], truth: "101.54" });
  return b.finish();
}

type Sas = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; f: string };

export function pkPuprTapanuliHilir(): BookW {
  const b = new BookW(
    "pk-kadis-pupr-renstra-sanitasi-tapanuli-hilir.xlsx",
    "PK (two tables) and Renstra targets (Dinas PUPR)",
    "PK 2025 of a Sumatera Utara kabupaten's Kepala Dinas PUPR: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a JUMLAH row; sheet Renstra: No | Sasaran | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  s.lines(
    ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN TAPANULI HILIR"],
    1,
    { bold: true },
  );
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama: Ir. HOTMAN PARULIAN SIMANJUNTAK, M.T. Jabatan: Kepala Dinas PUPR",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const S1 = "Meningkatnya layanan sanitasi aman";
  const S2 = "Meningkatnya kinerja sistem drainase perkotaan";
  const X: Sas[] = [
    {
      id: "a1",
      sas: S1,
      ind: "Persentase rumah tangga dengan akses sanitasi aman",
      sat: "%",
      awal: 8.4,
      k: [9.75, 11, 12.5, 14, 15.5],
      f: DEC,
    },
    {
      id: "a2",
      sas: S1,
      ind: "Persentase KK dengan layanan lumpur tinja terjadwal",
      sat: "%",
      awal: 3.2,
      k: [4.5, 6, 7.5, 9, 10.5],
      f: DEC,
    },
    {
      id: "a3",
      sas: S2,
      ind: "Persentase panjang saluran drainase dalam kondisi baik",
      sat: "%",
      awal: 59.8,
      k: [62, 64.5, 67, 69.5, 72],
      f: DEC,
    },
    {
      id: "a4",
      sas: S2,
      ind: "Luas genangan di kawasan perkotaan",
      sat: "ha",
      awal: 86,
      k: [78, 70, 62, 54, 46],
      f: "0",
    },
  ];
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: X.map((x, n) => ({
      id: x.id,
      cells: {
        no: n + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        // planted: the akses sanitasi aman target is the Renstra 2026 value
        t: fmt(x.id === "a1" ? x.k[1] : x.k[0], x.f),
      },
    })),
  });
  s.gap();
  const prog = [
    { id: "g1", nm: "Program Pengelolaan dan Pengembangan Sistem Air Limbah", rp: 12_684_350_000 },
    { id: "g2", nm: "Program Pengelolaan dan Pengembangan Sistem Drainase", rp: 15_162_600_000 },
  ];
  const pa = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 32 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 9 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p, n) => ({ id: p.id, cells: { no: n + 1, nm: p.nm, rp: p.rp, ket: "APBD" } })),
      // planted: JUMLAH typed 27,486,950,000; the two programs add up to 27,846,950,000
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"] as [string, string],
        cells: { no: "JUMLAH", rp: 27_486_950_000 },
      },
    ],
  });
  s.gap();
  s.lines(["Pihak Kedua: Bupati Tapanuli Hilir", "Pihak Pertama: Kepala Dinas PUPR"]);
  const r = b.sheet(R);
  letterhead(r, [
    "RENSTRA DINAS PUPR KABUPATEN TAPANULI HILIR 2025-2029",
    "Tujuan, Sasaran, Indikator dan Target Kinerja",
  ]);
  const YR = [2025, 2026, 2027, 2028, 2029];
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", width: 10 },
    ...YR.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", width: 10 },
  ];
  const tr = r.table({
    cols: rc,
    headerRows: 2,
    vmerge: ["sas"],
    rows: X.map((x, n): Row => {
      const c: Record<string, ReturnType<typeof fmt> | string | number> = {
        no: n + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ka: fmt(x.k[4], x.f),
      };
      YR.forEach((y, i) => (c[`y${y}`] = fmt(x.k[i], x.f)));
      return { id: x.id, cells: c };
    }),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "a1") },
        { sheet: R, cell: tr.a("y2025", "a1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the akses sanitasi aman is 11.00, the Renstra 2026 target; the Renstra 2025 target is 9.75",
    truth: `'${R}'!${tr.a("y2025", "a1")}`,
  });
  b.plant({
    at: { sheet: P, cell: pa.a("rp", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH anggaran is a typed 27,486,950,000; the two programs add up to 27,846,950,000 (digits swapped)",
    truth: `${pa.a("rp", "g1")}+${pa.a("rp", "g2")}`,
  });
  for (const id of ["a2", "a3", "a4"])
    b.ok({
      sheet: P,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", id)}`,
    });
  for (const x of X)
    b.ok({
      sheet: R,
      cell: tr.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      trap: YR.map((y) => tr.a(`y${y}`, x.id)).join("+"),
    });
  b.ok({ sheet: R, cell: tr.a("y2029", "a4"), rules: ["target-trend"], truth: "46" });
  return b.finish();
}
