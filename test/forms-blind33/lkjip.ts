// The LKjIP 2024 measurement table of a Bapperida in a new kabupaten of Papua Pegunungan, typed the way
// the office writes: target and realisasi carry their units in the cell ('15 dokumen', '85 %',
// '63,71 poin'), the capaian is typed, a Kategori in the LKjIP words beside it, and a
// 'Rata-rata capaian' footer. One indicator is lower-is-better (refleksi). Every office, person and
// number is invented.
import { BookW, DEC, fx, letterhead, predikatBaik, round, signature, type Col } from "../forms/kit";

type Ind = {
  id: string;
  sas?: string;
  ind: string;
  t: string;
  r: string;
  /** the numbers behind the texts and the arithmetic of the capaian */
  tv: number;
  rv: number;
  lower?: boolean;
  cap: number;
  kat: string;
};

/** LKjIP 2024 Bapperida Kabupaten Puncak Kelila (Papua Pegunungan), Tabel 3.1. */
export function lkjipBersatuan(): BookW {
  const b = new BookW(
    "lkjip-realisasi-bersatuan-bapperida-puncakkelila.xlsx",
    "LKjIP pengukuran kinerja with units in the cells",
    "No | Sasaran | Indikator Kinerja | 'Target 2024' | 'Realisasi 2024' as text with units ('15 dokumen', '87,5 %') | 'Capaian (%)' typed | Kategori (Sangat Baik .. Sangat Kurang); 'Rata-rata capaian' row =AVERAGE with its Kategori",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PUNCAK KELILA",
    "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Bapperida Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas dokumen perencanaan pembangunan daerah";
  const SAS2 = "Meningkatnya pemanfaatan hasil riset dan inovasi daerah";
  const cap = (tv: number, rv: number, lower?: boolean) =>
    lower ? round(((2 * tv - rv) / tv) * 100) : round((rv / tv) * 100);
  const mk = (x: Omit<Ind, "cap" | "kat">, capTyped?: number, katTyped?: string): Ind => {
    const c = capTyped ?? cap(x.tv, x.rv, x.lower);
    return { ...x, cap: c, kat: katTyped ?? predikatBaik(c) };
  };
  const IND: Ind[] = [
    // planted: capaian typed 125.00 = target / realisasi; 12 / 15 gives 80.00
    mk(
      {
        id: "dok",
        sas: SAS1,
        ind: "Jumlah dokumen perencanaan yang ditetapkan tepat waktu",
        t: "15 dokumen",
        r: "12 dokumen",
        tv: 15,
        rv: 12,
      },
      125,
    ),
    mk({
      id: "kons",
      sas: SAS1,
      ind: "Persentase konsistensi program RKPD terhadap RPJMD",
      t: "85 %",
      r: "87,5 %",
      tv: 85,
      rv: 87.5,
    }),
    // planted: 29 / 40 = 72.50 typed Baik; above 65 up to 75 is Cukup
    mk(
      {
        id: "musren",
        sas: SAS1,
        ind: "Persentase usulan Musrenbang distrik yang diakomodir dalam RKPD",
        t: "40 %",
        r: "29 %",
        tv: 40,
        rv: 29,
      },
      undefined,
      "Baik",
    ),
    mk({
      id: "rek",
      sas: SAS1,
      ind: "Jumlah rekomendasi hasil evaluasi Renja PD yang belum ditindaklanjuti",
      t: "10 rekomendasi",
      r: "8 rekomendasi",
      tv: 10,
      rv: 8,
      lower: true,
    }),
    mk({
      id: "kaj",
      sas: SAS2,
      ind: "Jumlah kajian dan inovasi daerah yang dihasilkan",
      t: "6 kajian",
      r: "7 kajian",
      tv: 6,
      rv: 7,
    }),
    mk({
      id: "akip",
      sas: SAS2,
      ind: "Nilai evaluasi AKIP Bapperida",
      t: "65 poin",
      r: "63,71 poin",
      tv: 65,
      rv: 63.71,
    }),
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 14 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 14 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "k", head: ["Kategori"], role: "predikat", width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...IND.map((x, i) => ({
        id: x.id,
        cells: { no: i + 1, sas: x.sas, ind: x.ind, t: x.t, r: x.r, c: x.cap, k: x.kat },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"] as [string, string],
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "dok")}:${c.a("c", "akip")}),2)`),
          k: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 'rekomendasi yang belum ditindaklanjuti' bersifat negatif; capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Kelila, 21 Februari 2025",
    jabatan: ["KEPALA BAPPERIDA", "KABUPATEN PUNCAK KELILA,"],
    nama: "ELIESER YIGIBALOM TABUNI, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19800109 200502 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const x = (id: string) => IND.find((y) => y.id === id)!;
  const rt = (id: string) => `ROUND(${x(id).rv}/${x(id).tv}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "dok") },
    rules: ["capaian-mismatch"],
    note: "capaian of the documents set on time typed 125.00 = target / realisasi (15 / 12); realisasi 12 of 15 dokumen gives 80.00",
    truth: rt("dok"),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "musren") },
    rules: ["predikat-mismatch"],
    note: "usulan Musrenbang diakomodir 29 % of 40 % = 72.50 typed Baik; by the sheet's own note above 65 up to 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "musren")})`,
  });
  for (const id of ["kons", "kaj", "akip"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  b.ok({ sheet: S, cell: a("c", "musren"), rules: ["capaian-mismatch"], truth: rt("musren") });
  b.ok({
    sheet: S,
    cell: a("c", "rek"),
    rules: ["capaian-mismatch"],
    truth: "ROUND((2*10-8)/10*100,2)",
    trap: rt("rek"),
  });
  b.ok({ sheet: S, cell: a("c", "kaj"), rules: ["percent-out-of-range"], truth: "116.67" });
  b.ok({ sheet: S, cell: a("r", "kons"), rules: ["percent-out-of-range"], truth: '"87,5 %"' });
  for (const id of ["kons", "rek", "kaj", "akip"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("k", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}
