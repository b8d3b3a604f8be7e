// The LKjIP 2024 measurement table of the Dinas Perumahan dan Kawasan Permukiman of Provinsi
// Gorontalo: a Polaritas column, capaian formulas (refleksi for the lower-is-better rows), predikat in
// the Sangat Baik .. Sangat Kurang words, a Rata-rata row. Every name and number is invented.
import { BookW, DEC, fmt, fx, letterhead, predikatBaik, round, signature, type Row } from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t: number;
  r: number;
  r23: number;
  t26: number;
};

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

export function lkjipPerkimGorontalo(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-disperkim-gorontalo.xlsx",
    "LKjIP pengukuran kinerja (Disperkim)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Perkim of Provinsi Gorontalo: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Polaritas | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra (2026); ROUND formulas, refleksi for Negatif rows; Rata-rata row with predikat",
  );
  const S = "Tabel 3.1 Pengukuran";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI GORONTALO", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const A = "Meningkatnya kualitas lingkungan permukiman";
  const B = "Meningkatnya akses hunian dan infrastruktur dasar yang layak";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: A,
      ind: "Luas kawasan permukiman kumuh kewenangan provinsi",
      sat: "Ha",
      neg: true,
      t: 172.0,
      r: 168.35,
      r23: 186.4,
      t26: 144.0,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase rumah tidak layak huni terhadap jumlah rumah",
      sat: "%",
      neg: true,
      t: 9.8,
      r: 10.45,
      r23: 11.02,
      t26: 8.6,
    },
    {
      id: "i3",
      sas: B,
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      t: 88.5,
      r: 86.92,
      r23: 85.74,
      t26: 91.0,
    },
    {
      id: "i4",
      sas: B,
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      sat: "%",
      t: 80.0,
      r: 71.36,
      r23: 69.8,
      t26: 84.0,
    },
    {
      id: "i5",
      sas: B,
      ind: "Persentase perumahan yang dilengkapi prasarana, sarana dan utilitas umum",
      sat: "%",
      t: 64.0,
      r: 45.1,
      r23: 61.25,
      t26: 70.5,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikatBaik(capOf(rows[3])) !== "Baik") throw new Error("lkjip i4");
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
      { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC, width: 12 },
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
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the luas kumuh (Negatif) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i1" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for 89.20 (> 75 - 90 is Baik)
          p: x.id === "i4" ? "Sangat Baik" : predikatBaik(capOf(x)),
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator berpolaritas Negatif dihitung (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Gorontalo, 25 Februari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman", "Provinsi Gorontalo,"],
    nama: "Dr. Ir. RAHMAT S. PAKAYA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700823 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the luas kawasan kumuh (Polaritas Negatif) is =ROUND(R/T*100,2) = 97.88; (2 x 172 - 168.35) / 172 gives 102.12, as the RTLH row computes",
    truth: refl(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for the sanitasi capaian of 89.20; the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const x of rows) {
    if (x.id === "i1") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t26", "i1"), rules: ["target-trend"], truth: "144" });
  b.ok({ sheet: S, cell: a("t26", "i2"), rules: ["target-trend"], truth: "8.6" });
  void fmt;
  return b.finish();
}
