// The LKjIP 2024 measurement table (Bab III) of the Bapenda Provinsi Kalimantan Barat: capaian as
// ROUND formulas, refleksi (2T - R) / T for the lower-is-better rows, predikat in the Baik words, a
// rata-rata row; beside it, after one empty column, the realisasi per jenis pajak (PKB, BBNKB, PAP,
// pajak rokok) with a Jumlah row. Every number is invented.
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
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

export function lkjipBapendaKalbar(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-bapenda-kalbar-2024.xlsx",
    "LKjIP measurement table of a provincial Bapenda (2024)",
    "LKjIP 2024 Tabel 3.1 of a Kalimantan Barat Bapenda: No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; rata-rata row; beside it Tabel 3.2 Jenis Pajak | Target | Realisasi | % with Jumlah",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT"]);
  s.lines([
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis",
  ]);
  s.gap();
  const S1 = "Meningkatnya pendapatan asli daerah dari pajak daerah";
  const S2 = "Meningkatnya kualitas pelayanan dan kepatuhan wajib pajak";
  const inds: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      t: 100,
      r: 103.42,
      r23: 98.7,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase tunggakan PKB terhadap ketetapan PKB",
      sat: "%",
      t: 8.5,
      r: 9.1,
      r23: 9.4,
      neg: true,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase wajib pajak air permukaan yang membayar tepat waktu",
      sat: "%",
      t: 85,
      r: 63.2,
      r23: 58.75,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Indeks kepuasan masyarakat terhadap layanan Samsat",
      sat: "indeks",
      t: 82,
      r: 80.15,
      r23: 79.6,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu penyelesaian keberatan pajak daerah",
      sat: "hari",
      t: 30,
      r: 24,
      r23: 33,
      neg: true,
      f: "0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(inds[2]) !== 74.35 || predikatBaik(74.35) !== "Cukup") throw new Error("lkjip i3");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
  ];
  const top = s.r;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...inds.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the tunggakan (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 74.35 (the band > 65 - 75 is Cukup)
          p: x.id === "i3" ? "Baik" : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  // beside it, after one empty column: the realisasi per jenis pajak (dalam ribuan rupiah)
  const left = t.right + 2;
  s.put(top - 1, left, "Tabel 3.2 Realisasi per Jenis Pajak 2024 (Rp 000)", { bold: true });
  const pj = [
    { id: "j1", nm: "Pajak Kendaraan Bermotor (PKB)", t: 1_184_500_000, r: 1_226_318_760 },
    { id: "j2", nm: "Bea Balik Nama Kendaraan Bermotor (BBNKB)", t: 612_300_000, r: 587_904_115 },
    { id: "j3", nm: "Pajak Air Permukaan (PAP)", t: 14_850_000, r: 11_236_470 },
    { id: "j4", nm: "Pajak Rokok", t: 356_700_000, r: 371_085_290 },
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenis Pajak"], role: "indikator", width: 30 },
        { key: "t", head: ["Target"], role: "target", year: 2024, fmt: RP, width: 15 },
        { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, fmt: RP, width: 15 },
        { key: "c", head: ["%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
      ],
      headerRows: 2,
      rows: [
        ...pj.map((x): Row => ({
          id: x.id,
          cells: (c) => ({ nm: x.nm, t: x.t, r: x.r, c: fx(rt(c.a("r"), c.a("t"))) }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            t: fx(`SUM(${c.a("t", "j1")}:${c.a("t", "j4")})`),
            r: fx(`SUM(${c.a("r", "j1")}:${c.a("r", "j4")})`),
            c: fx(rt(c.a("r"), c.a("t"))),
          }),
        },
      ],
    },
    left,
    top,
  );
  s.r = Math.max(t.lastDataRow, t2.lastDataRow) + 2;
  s.lines([
    "Catatan: indikator 2 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pontianak, 28 Februari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "PROVINSI KALIMANTAN BARAT,"],
    nama: "Drs. H. ABANG RUSMAN EFFENDI, M.Si.",
    nip: "19690811 199003 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the tunggakan PKB (lower is better by the note) is =ROUND(R/T*100,2) = 107.06; (2 x 8.5 - 9.1) / 8.5 gives 92.94, as the keberatan row computes",
    truth: refl(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for 74.35 (63.20 against 85); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  // trap: the keberatan row (lower is better) is the refleksi 120.00, not R / T 80.00
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i5"), a("t", "i5")),
    trap: rt(a("r", "i5"), a("t", "i5")),
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  const c2 = (k: string, id: string) => t2.a(k, id);
  for (const x of pj)
    b.ok({
      sheet: S,
      cell: c2("c", x.id),
      rules: ["capaian-mismatch"],
      truth: rt(c2("r", x.id), c2("t", x.id)),
    });
  for (const k of ["t", "r"])
    b.ok({
      sheet: S,
      cell: c2(k, "tot"),
      rules: ["sum-mismatch"],
      truth: pj.map((x) => c2(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: c2("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: rt(c2("r", "tot"), c2("t", "tot")),
    trap: `ROUND(AVERAGE(${c2("c", "j1")}:${c2("c", "j4")}),2)`,
  });
  return b.finish();
}
