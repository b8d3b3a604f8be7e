// The LKjIP 2024 measurement table of a Dinas Pariwisata dan Ekonomi Kreatif in Sumatera Utara: per
// sasaran (merged) and indicator the target, realisasi and % capaian of 2024 (ROUND formulas; the
// lower-is-better rate takes the refleksi (2T - R) / T), the predikat in words, the realisasi 2023 and
// the end target of the Renstra, a Rata-rata row. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type I = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  ta: number;
  neg?: boolean;
  pred: string;
  fmt: string;
};

export function lkjipParekraf(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-disparekraf-simalungun-hataran.xlsx",
    "LKjIP measurement table (Disparekraf)",
    "LKjIP 2024 Tabel 3.1 of a Disparekraf in Sumatera Utara: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | % Capaian | Predikat | Realisasi 2023 | Target Akhir Renstra (2026); refleksi for a lower-is-better rate; typed predikat (Sangat Baik .. Sangat Kurang); Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PARIWISATA DAN EKONOMI KREATIF KABUPATEN SIMALUNGUN HATARAN",
  ]);
  s.lines(["BAB III AKUNTABILITAS KINERJA", "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const A = "Meningkatnya jumlah kunjungan wisatawan";
  const B = "Meningkatnya kontribusi sektor pariwisata terhadap perekonomian daerah";
  const C = "Meningkatnya kualitas daya tarik wisata";
  const X: I[] = [
    {
      id: "i1",
      sas: A,
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      t: 412_000,
      r: 436_870,
      r23: 389_540,
      ta: 480_000,
      pred: "Sangat Baik",
      fmt: INT,
    },
    {
      id: "i2",
      sas: A,
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      t: 9_500,
      r: 7_836,
      r23: 8_912,
      ta: 12_000,
      pred: "Baik",
      fmt: INT,
    },
    {
      id: "i3",
      sas: B,
      ind: "Kontribusi sektor pariwisata terhadap PDRB",
      sat: "%",
      t: 4.2,
      r: 4.05,
      r23: 3.88,
      ta: 4.8,
      pred: "Baik",
      fmt: DEC,
    },
    {
      id: "i4",
      sas: B,
      ind: "Rata-rata lama menginap wisatawan",
      sat: "hari",
      t: 1.8,
      r: 1.65,
      r23: 1.58,
      ta: 2.1,
      pred: "Sangat Baik",
      fmt: DEC,
    },
    {
      id: "i5",
      sas: C,
      ind: "Persentase daya tarik wisata dalam kondisi rusak (semakin kecil semakin baik)",
      sat: "%",
      t: 18,
      r: 14.4,
      r23: 19.6,
      ta: 12,
      neg: true,
      pred: "Sangat Baik",
      fmt: DEC,
    },
  ];
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, width: 11 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: [Y, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...X.map((i, k): Row => ({
        id: i.id,
        cells: (x: Ctx) => ({
          no: k + 1,
          sas: i.sas,
          ind: i.ind,
          sat: i.sat,
          t: { v: i.t, fmt: i.fmt },
          r: { v: i.r, fmt: i.fmt },
          // planted: the wisman capaian typed 87.48 (82.48 meant)
          c:
            i.id === "i2"
              ? 87.48
              : fx(
                  i.neg
                    ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`
                    : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`,
                ),
          pred: i.pred,
          r23: { v: i.r23, fmt: i.fmt },
          ta: { v: i.ta, fmt: i.fmt },
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
          pred: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator nomor 5 bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pematang Hataran, 28 Februari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA DAN EKONOMI KREATIF", "KABUPATEN SIMALUNGUN HATARAN,"],
    nama: "RUDOLF P. DAMANIK, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19801106 199912 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const pos = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% capaian of the wisatawan mancanegara is a typed 87.48 among ROUND formulas; 7,836 / 9,500 gives 82.48",
    truth: pos("i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i3") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for a capaian of 96.43 (4.05 against 4.20); the band > 90 of the note is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(id) });
  b.ok({ sheet: S, cell: a("c", "i1"), rules: ["percent-out-of-range"], truth: pos("i1") });
  // a lower-is-better rate: the refleksi 120.00, not R / T 80.00
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
    trap: pos("i5"),
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("pred", "i2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${pos("i2")})`,
  });
  // the falling end target of the lower-is-better rate is no bad trend
  b.ok({ sheet: S, cell: a("ta", "i5"), rules: ["target-trend"], truth: `${a("t", "i5")}-6` });
  return b.finish();
}
