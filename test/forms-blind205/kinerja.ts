// The LKjIP 2024 measurement table and the PK 2025 with its Renstra of a Dinas Sosial in Nusa Tenggara
// Timur (Kabupaten Mutis Timur, invented). Negative indicators use the refleksi (2T - R) / T x 100, as
// the note under the table says. Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  pol: string;
  t: number;
  r: number;
  r23: number;
  tak: number;
};

export function lkjipDinsosMutis(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dinsos-pkh-mutis-timur.xlsx",
    "LKjIP 2024 pengukuran kinerja Dinas Sosial",
    "LKjIP 2024 Tabel 3.1 of a Dinas Sosial in NTT: No | Sasaran (merged) | Indikator Kinerja | Satuan | Polaritas | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra (2026) | Capaian thd Target Akhir (%); number row (1) .. (12) with '(8) = (7)/(6) x 100'; refleksi formulas on the negative rows; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MUTIS TIMUR", "DINAS SOSIAL"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Dinas Sosial Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya pemenuhan kebutuhan dasar fakir miskin";
  const SB = "Meningkatnya ketepatan sasaran penyaluran bantuan sosial";
  const I: Ind[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      pol: "Positif",
      t: 75,
      r: 76.8,
      r23: 71.3,
      tak: 80,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase penduduk miskin",
      sat: "%",
      pol: "Negatif",
      t: 18.5,
      r: 18.9,
      r23: 19.42,
      tak: 17.2,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Jumlah aduan salah sasaran penyaluran bansos",
      sat: "kasus",
      pol: "Negatif",
      t: 40,
      r: 28,
      r23: 46,
      tak: 30,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase KPM PKH yang dimutakhirkan datanya melalui verval DTKS",
      sat: "%",
      pol: "Positif",
      t: 90,
      r: 74.3,
      r23: 68.5,
      tak: 95,
    },
  ];
  const T = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", num: "(5)", width: 9 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    {
      key: "cap",
      head: [T, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
    },
    { key: "pred", head: [T, "Predikat"], role: "predikat", year: 2024, num: "(9)", width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(10)", fmt: DEC },
    { key: "tak", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(11)", fmt: DEC },
    {
      key: "capR",
      head: ["Capaian thd Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(12) = (7)/(11) x 100",
      fmt: DEC,
    },
  ];
  const refl = (c: Ctx, t: string) => `ROUND((2*${c.a(t)}-${c.a("r")})/${c.a(t)}*100,2)`;
  const pos = (c: Ctx, t: string) => `ROUND(${c.a("r")}/${c.a(t)}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => {
          const neg = x.pol === "Negatif";
          // planted: the aduan row (negative) copies the positive formula
          const cap = neg && x.id !== "i3" ? refl(c, "t") : pos(c, "t");
          const capV = neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100;
          const o: Record<string, Cell> = {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            pol: x.pol,
            t: x.t,
            r: x.r,
            cap: fx(cap),
            // planted: i4's 82.56 is called Sangat Tinggi (the > 75 - 90 band is Tinggi)
            pred: x.id === "i4" ? "Sangat Tinggi" : x.id === "i3" ? predikat(70) : predikat(capV),
            r23: x.r23,
            tak: x.tak,
            capR: fx(neg ? refl(c, "tak") : pos(c, "tak")),
          };
          return o;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          cap: fx(`ROUND(AVERAGE(${c.a("cap", "i1")}:${c.a("cap", "i4")}),2)`),
        }),
      },
      {
        id: "pk",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({ no: "Predikat", cap: fx(`PREDIKAT(${c.a("cap", "avg")})`) }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator berpolaritas negatif dihitung (2 x target - realisasi) / target x 100 (PermenPANRB 8/2021).",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Kefa Utara, 20 Februari 2025",
    jabatan: ["KEPALA DINAS SOSIAL,"],
    nama: "YOHANES B. NAHAK, S.Sos., M.Si.",
    nip: "19760812 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the aduan salah sasaran (polaritas Negatif) is =ROUND(R/T*100,2) = 70.00; the refleksi of the note, as the penduduk miskin row computes, gives (2 x 40 - 28) / 40 x 100 = 130.00",
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat Sangat Tinggi for 82.56 (74.30 against 90); the > 75 - 90 band is Tinggi",
    truth: `PREDIKAT(${a("cap", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("capR", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tak", "i2")}-${a("r", "i2")})/${a("tak", "i2")}*100,2)`,
    trap: `ROUND(${a("r", "i2")}/${a("tak", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("capR", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tak", "i3")}-${a("r", "i3")})/${a("tak", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("tak", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i4"]) {
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("capR", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("tak", id)}*100,2)`,
    });
  }
  for (const id of ["i1", "i2"])
    b.ok({ sheet: S, cell: a("pred", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cap", id)})` });
  return b.finish();
}

type Pk = { id: string; ind: string; sat: string; awal: number; y: number[]; flow: boolean; sas: string };

export function pkDinsosMutis(): BookW {
  const b = new BookW(
    "pk-kadinsos-renstra-bansos-mutis-timur.xlsx",
    "PK 2025 and Renstra Dinas Sosial 2022-2026",
    "PK 2025 of the Kepala Dinas Sosial of a kabupaten in NTT: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; then No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2022-2026': No | Indikator | Satuan | Kondisi Awal 2021 | Target 2022 .. 2026 | Kondisi Akhir 2026",
  );
  const P = "PK 2025";
  const R = "Renstra 2022-2026";
  const SA = "Meningkatnya pemenuhan kebutuhan dasar fakir miskin";
  const SB = "Meningkatnya ketepatan sasaran bantuan sosial";
  const I: Pk[] = [
    {
      id: "p1",
      sas: SA,
      ind: "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      awal: 68,
      y: [71, 73, 75, 78, 80],
      flow: false,
    },
    {
      id: "p2",
      sas: SA,
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 20.1,
      y: [19.6, 19, 18.5, 17.9, 17.2],
      flow: false,
    },
    {
      id: "p3",
      sas: SB,
      ind: "Persentase KPM bansos tepat sasaran hasil verval DTSEN",
      sat: "%",
      awal: 80,
      y: [83, 86, 89, 92, 95],
      flow: false,
    },
    {
      id: "p4",
      sas: SB,
      ind: "Jumlah rumah tangga DTSEN yang diverifikasi dan divalidasi",
      sat: "ruta",
      awal: 9_400,
      y: [10_000, 10_500, 11_000, 11_500, 12_000],
      flow: true,
    },
  ];
  // Renstra sheet first in the code (the PK cites it), second in the book order
  const p = b.sheet(P);
  const r = b.sheet(R);
  letterhead(r, ["DINAS SOSIAL KABUPATEN MUTIS TIMUR"]);
  r.lines(["Tabel 5.1 Indikator Kinerja Dinas Sosial yang Mengacu pada Tujuan dan Sasaran RPJMD 2022-2026"]);
  r.gap();
  const Y = [2022, 2023, 2024, 2025, 2026];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Kinerja pada Awal Periode (2021)"], role: "kondisi-awal" },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Capaian Setiap Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode (2026)"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
        Y.forEach((y, j) => (o[`y${y}`] = x.y[j]));
        o.ak = x.flow ? fx(`SUM(${c.a("y2022")}:${c.a("y2026")})`) : fx(c.a("y2026"));
        return o;
      },
    })),
  });
  letterhead(p, ["PEMERINTAH KABUPATEN MUTIS TIMUR"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: YOHANES B. NAHAK, S.Sos., M.Si., Kepala Dinas Sosial, selanjutnya disebut pihak pertama,",
    "dan MARKUS T. SERAN, S.H., Bupati Mutis Timur, selanjutnya disebut pihak kedua.",
  ]);
  p.gap();
  p.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS SOSIAL KABUPATEN MUTIS TIMUR"]);
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "p3" ? x.y[4] : x.y[3] },
    })),
  });
  p.gap();
  const PR = [
    ["1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_812_350_000],
    ["1.06.02", "Program Pemberdayaan Sosial", 612_400_000],
    ["1.06.04", "Program Rehabilitasi Sosial", 1_245_800_000],
    ["1.06.05", "Program Perlindungan dan Jaminan Sosial", 2_318_650_000],
    ["1.06.06", "Program Penanganan Bencana", 486_900_000],
  ] as const;
  const JUMLAH = 9_746_100_000; // planted: the programs add to 9,476,100,000
  const gt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "prog", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((x, i): Row => ({
        id: `g${i + 1}`,
        cells: { no: i + 1, kode: x[0], prog: x[1], rp: x[2], ket: "APBD 2025" },
      })),
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", rp: JUMLAH } },
    ],
  });
  p.gap();
  p.lines(["Mutis Timur, 2 Januari 2025"]);
  p.lines(["Pihak Kedua,", "BUPATI MUTIS TIMUR"], 2);
  p.r -= 2;
  p.lines(["Pihak Pertama,", "KEPALA DINAS SOSIAL"], 4);
  p.gap(3);
  p.lines(["MARKUS T. SERAN, S.H."], 2);
  p.r -= 1;
  p.lines(["YOHANES B. NAHAK, S.Sos., M.Si.", "NIP. 19760812 200212 1 004"], 4);

  const pa = (k: string, id: string) => pt.a(k, id);
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pa("t", "p3") },
        { sheet: R, cell: rt.a("y2025", "p3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the KPM tepat sasaran is 95, the Renstra's 2026 target; the Renstra 2025 target is 92",
    truth: ra("y2025", "p3"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran of the PK is a typed 9,746,100,000; the five programs add to 9,476,100,000 (digits swapped)",
    truth: PR.map((_, i) => gt.a("rp", `g${i + 1}`)).join("+"),
  });
  for (const id of ["p1", "p2", "p4"])
    b.ok({ sheet: P, cell: pa("t", id), rules: ["cross-table-mismatch"], truth: ra("y2025", id) });
  for (const id of ["p1", "p2", "p3"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2026", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "p4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => rt.a(`y${y}`, "p4")).join("+"),
    trap: rt.a("y2026", "p4"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("y2024", "p2"),
    rules: ["target-trend"],
    truth: `(${rt.a("y2023", "p2")}+${rt.a("y2025", "p2")})/2`,
    tol: 0.06,
  });
  return b.finish();
}
