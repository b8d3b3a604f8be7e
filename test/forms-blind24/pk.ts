// The Perjanjian Kinerja 2025 of the Kepala Badan Keuangan dan Aset Daerah of an NTT kabupaten, with
// its program budget table and, on a second sheet, the IKU targets of the Renstra 2021-2026 it must
// follow. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, type Cell, type Col, type Row } from "../forms/kit";

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number | string;
  /** Renstra targets 2022 .. 2026 */
  t: Array<number | string>;
  /** a count: the kondisi akhir adds the five years */
  flow?: boolean;
  neg?: boolean;
  f: string;
};

const YEARS = [2022, 2023, 2024, 2025, 2026];

/** PK 2025 of a Kepala Badan with anggaran per program, beside the Renstra 2021-2026 targets. */
export function pkBkad(): BookW {
  const b = new BookW(
    "pk-kepalabadan-anggaran-bkad-waelengga.xlsx",
    "Perjanjian Kinerja 2025 of a Kepala Badan (BKAD) with the Renstra 2021-2026",
    "sheet `PK 2025`: the statement (pihak pertama the Kepala Badan Keuangan dan Aset Daerah, pihak kedua the Bupati), then No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Sat. | Target, the year in the title only; under it No | Kode | Program | Anggaran (Rp) | Keterangan (5.02.xx programs) with a Jumlah `SUM`; both signatures side by side; sheet `Renstra 2021-2026`: No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | 'Target Kinerja Tahun' > 2022 .. 2026 | Kondisi Akhir (2026) | Keterangan; an audit opinion (WTP, text), rates, a lower-is-better tunggakan PBB-P2 and a count of new tax objects (its kondisi akhir the `SUM` of the five years)",
  );
  const S1 = "Meningkatnya akuntabilitas pengelolaan keuangan daerah";
  const S2 = "Meningkatnya kemandirian keuangan daerah";
  const S3 = "Meningkatnya tertib administrasi barang milik daerah";
  const rows: PkIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      sat: "opini",
      awal: "WTP",
      t: ["WTP", "WTP", "WTP", "WTP", "WTP"],
      f: "@",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase ketepatan waktu penetapan Perda APBD",
      sat: "%",
      awal: 100,
      t: [100, 100, 100, 100, 100],
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      awal: 9.85,
      t: [10.4, 11.2, 12.4, 13.6, 14.2],
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase tunggakan PBB-P2 terhadap total ketetapan",
      sat: "%",
      awal: 24.6,
      t: [22, 20.5, 18.75, 16.5, 15],
      neg: true,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah objek pajak daerah baru yang terdata",
      sat: "objek",
      awal: 380,
      t: [450, 500, 550, 600, 650],
      flow: true,
      f: "#,##0",
    },
    {
      id: "i6",
      sas: S3,
      ind: "Persentase bidang tanah milik Pemda yang bersertifikat",
      sat: "%",
      awal: 38.5,
      t: [45, 52, 60, 68, 75],
      f: DEC,
    },
  ];
  // planted 1: the PK 2025 target of the rasio PAD is 14.20, the Renstra 2026 target (2025: 13.60)
  const PLANT_X = { id: "i3", v: 14.2 };
  const progs = [
    {
      id: "g1",
      kode: "5.02.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 18_642_375_000,
    },
    { id: "g2", kode: "5.02.02", nama: "PROGRAM PENGELOLAAN KEUANGAN DAERAH", rp: 4_285_600_000 },
    { id: "g3", kode: "5.02.03", nama: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH", rp: 2_914_250_000 },
    { id: "g4", kode: "5.02.04", nama: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", rp: 6_127_800_000 },
  ];

  // ------------------------------------------------------------------ Renstra sheet (written first)
  const SR = "Renstra 2021-2026";
  const r = b.sheet(SR);
  letterhead(r, ["BADAN KEUANGAN DAN ASET DAERAH KABUPATEN WAE LENGGA"]);
  r.lines(["Tabel 4.2 Indikator Kinerja Utama dan Target Renstra BKAD Tahun 2021-2026"]);
  r.gap();
  const TT = "Target Kinerja Tahun";
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 11 },
    ...YEARS.map((y, i): Col => ({ key: `t${i}`, head: [TT, String(y)], role: "target", year: y, width: 9 })),
    { key: "akhir", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, width: 11 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 26 },
  ];
  const rt = r.table({
    cols: rc,
    headerRows: 2,
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const F = (v: number | string): Cell => (typeof v === "number" ? fmt(v, x.f) : v);
        const cells: Record<string, Cell> = { no: k + 1, ind: x.ind, sat: x.sat, awal: F(x.awal) };
        x.t.forEach((v, i) => (cells[`t${i}`] = F(v)));
        cells.akhir = x.flow ? fx(`SUM(${c.a("t0")}:${c.a("t4")})`) : F(x.t[4]);
        cells.ket = x.neg
          ? "semakin kecil semakin baik"
          : x.flow
            ? "kondisi akhir = jumlah 2022-2026"
            : undefined;
        return cells;
      },
    })),
  });

  // ------------------------------------------------------------------------------ PK sheet
  const SP = "PK 2025";
  const s = b.sheet(SP);
  s.lines(["PEMERINTAH KABUPATEN WAE LENGGA", "PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama      : FRANSISKUS XAVERIUS NGGOLE, S.E., M.Si.",
    "Jabatan   : Kepala Badan Keuangan dan Aset Daerah",
    "selanjutnya disebut pihak pertama.",
    "Nama      : Drs. YOSEF LEDO MBURU",
    "Jabatan   : Bupati Wae Lengga",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(
    ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA BADAN KEUANGAN DAN ASET DAERAH KABUPATEN WAE LENGGA"],
    1,
    { bold: true },
  );
  s.gap();
  const pc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Sat."], role: "satuan", width: 8 },
    { key: "tgt", head: ["Target"], role: "target", year: 2025, width: 10 },
  ];
  const pt = s.table({
    cols: pc,
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tgt:
          x.id === PLANT_X.id ? fmt(PLANT_X.v, x.f) : typeof x.t[3] === "number" ? fmt(x.t[3], x.f) : x.t[3],
      },
    })),
  });
  s.gap();
  s.lines(["Program dan Anggaran:"]);
  const gc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 10 },
    { key: "prog", head: ["Program"], width: 44 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
  ];
  const gt = s.table({
    cols: gc,
    headerRows: 1,
    rows: [
      ...progs.map((g, k): Row => ({
        id: g.id,
        cells: { no: k + 1, kode: g.kode, prog: g.nama, rp: g.rp, ket: "APBD 2025" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted 2: the Jumlah stops at the third program (a row added under the range)
        cells: (c) => ({
          no: "Jumlah",
          rp: fx(`SUM(${c.c("rp")}${c.row("g1")}:${c.c("rp")}${c.row("g3")})`),
        }),
      },
    ],
  });
  s.gap();
  const sr = s.r;
  const sign = (col: number, lines: string[]) => lines.forEach((v, i) => v && s.put(sr + i, col, v));
  sign(2, ["", "Pihak Kedua,", "BUPATI WAE LENGGA,", "", "", "Drs. YOSEF LEDO MBURU"]);
  sign(3, [
    "Mbay Selatan, 3 Januari 2025",
    "Pihak Pertama,",
    "KEPALA BADAN KEUANGAN DAN ASET DAERAH,",
    "",
    "",
    "FRANSISKUS XAVERIUS NGGOLE, S.E., M.Si.",
    "Pembina Utama Muda",
    "NIP. 19731109 199903 1 003",
  ]);

  const ra = (k: string, id: string) => `'${SR}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: SP, cell: pt.a("tgt", PLANT_X.id) },
        { sheet: SR, cell: rt.a("t3", PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of the rasio PAD terhadap total pendapatan daerah is 14.20, the Renstra's 2026 target; the Renstra 2025 target is 13.60",
    truth: ra("t3", PLANT_X.id),
  });
  b.plant({
    at: { sheet: SP, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "the Jumlah of the program budget is `=SUM(D..)` over the first three programs only: 25,842,225,000; with the Program Pengelolaan Pendapatan Daerah (6,127,800,000) the four give 31,970,025,000",
    truth: progs.map((g) => gt.a("rp", g.id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== PLANT_X.id)
      b.ok({ sheet: SP, cell: pt.a("tgt", x.id), rules: ["cross-table-mismatch"], truth: ra("t3", x.id) });
    const ts = YEARS.map((_, i) => rt.a(`t${i}`, x.id));
    b.ok({
      sheet: SR,
      cell: rt.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ts.join("+") : ts[4],
      // a rate ends at its 2026 target, a count at the five years added up
      trap: typeof x.t[4] !== "number" ? undefined : x.flow ? ts[4] : ts.join("+"),
    });
  }
  // the falling targets of the tunggakan (lower is better) are its improvement
  const neg = rows.find((x) => x.neg)!;
  for (let i = 1; i < YEARS.length; i++)
    b.ok({ sheet: SR, cell: rt.a(`t${i}`, neg.id), rules: ["target-trend"], truth: String(neg.t[i]) });
  return b.finish();
}
