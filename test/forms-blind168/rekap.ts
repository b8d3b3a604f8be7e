// The monthly KIA report of a Sulawesi Utara kabupaten's Dinkes: K1 / K4 / K6 and persalinan di
// fasyankes per puskesmas, s.d. bulan Oktober 2024, against the yearly sasaran. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type P = {
  id: string;
  nm: string;
  sas: number;
  k1: number;
  k4: number;
  k6: number;
  bul: number;
  fas: number;
};

export function rekapKiaPuskesmas(): BookW {
  const b = new BookW(
    "laporan-bulanan-kia-puskesmas-bolaang-utara-raya.xlsx",
    "Rekap sektor: laporan bulanan KIA per puskesmas",
    "PWS KIA s.d. Oktober 2024 of a kabupaten in Sulawesi Utara: No | Puskesmas | Sasaran Ibu Hamil | 'K1' > Abs | % | 'K4' > Abs | % | 'K6' > Abs | % | Sasaran Ibu Bersalin | 'Persalinan di Fasyankes' > Abs | %; number row '5 = 4/3 x 100' ..; JUMLAH KABUPATEN row: SUM of the counts, % as the ratio of the totals",
  );
  const S = "PWS KIA Okt 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN BOLAANG UTARA RAYA",
    "BIDANG KESEHATAN MASYARAKAT - SEKSI KESEHATAN KELUARGA DAN GIZI",
  ]);
  s.lines([
    "LAPORAN BULANAN PEMANTAUAN WILAYAH SETEMPAT KESEHATAN IBU DAN ANAK (PWS KIA)",
    "Bulan: Oktober 2024 (kumulatif s.d. bulan ini)",
  ]);
  s.gap();
  const rows: P[] = [
    { id: "p1", nm: "Boroko", sas: 612, k1: 498, k4: 441, k6: 352, bul: 584, fas: 455 },
    { id: "p2", nm: "Bintauna", sas: 538, k1: 431, k4: 386, k6: 301, bul: 513, fas: 402 },
    { id: "p3", nm: "Kaidipang", sas: 447, k1: 372, k4: 320, k6: 262, bul: 427, fas: 338 },
    { id: "p4", nm: "Sangkub", sas: 389, k1: 301, k4: 268, k6: 205, bul: 371, fas: 281 },
    { id: "p5", nm: "Pinogaluman", sas: 521, k1: 436, k4: 379, k6: 310, bul: 497, fas: 395 },
    { id: "p6", nm: "Buko", sas: 294, k1: 240, k4: 207, k6: 163, bul: 281, fas: 219 },
  ];
  const Y = 2024;
  const grp = (key: string, head: string, n: number, den: string): Col[] => [
    { key, head: [head, "Abs"], role: "realisasi", year: Y, num: String(n), fmt: INT, width: 8 },
    {
      key: `${key}p`,
      head: [head, "%"],
      role: "capaian",
      year: Y,
      num: `${n + 1} = ${n}/${den} x 100`,
      fmt: DEC,
      width: 8,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "2", width: 18 },
    { key: "sas", head: ["Sasaran Ibu Hamil"], role: "lainnya", num: "3", fmt: INT, width: 10 },
    ...grp("k1", "K1", 4, "3"),
    ...grp("k4", "K4", 6, "3"),
    ...grp("k6", "K6", 8, "3"),
    { key: "bul", head: ["Sasaran Ibu Bersalin"], role: "lainnya", num: "10", fmt: INT, width: 10 },
    ...grp("fas", "Persalinan di Fasyankes", 11, "10"),
  ];
  const pct = (n: string, d: string) => `ROUND(${n}/${d}*100,2)`;
  const body: Row[] = rows.map((x, k) => ({
    id: x.id,
    cells: (c) => ({
      no: k + 1,
      nm: x.nm,
      sas: x.sas,
      k1: x.k1,
      k1p: fx(pct(c.a("k1"), c.a("sas"))),
      k4: x.k4,
      // planted: Kaidipang's K4 % typed (320 / 447 gives 71.59)
      k4p: x.id === "p3" ? 75.19 : fx(pct(c.a("k4"), c.a("sas"))),
      k6: x.k6,
      k6p: fx(pct(c.a("k6"), c.a("sas"))),
      bul: x.bul,
      fas: x.fas,
      fasp: fx(pct(c.a("fas"), c.a("bul"))),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const sumOf = (k: string, last = "p6") => fx(`SUM(${c.a(k, "p1")}:${c.a(k, last)})`);
          return {
            no: "JUMLAH KABUPATEN",
            sas: sumOf("sas"),
            // planted: the K1 total stops at Pinogaluman
            k1: sumOf("k1", "p5"),
            k1p: fx(pct(c.a("k1"), c.a("sas"))),
            k4: sumOf("k4"),
            k4p: fx(pct(c.a("k4"), c.a("sas"))),
            k6: sumOf("k6"),
            k6p: fx(pct(c.a("k6"), c.a("sas"))),
            bul: sumOf("bul"),
            fas: sumOf("fas"),
            fasp: fx(pct(c.a("fas"), c.a("bul"))),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan PWS KIA puskesmas, diterima s.d. 10 November 2024.",
    "Sasaran ibu hamil = 1,1 x jumlah kelahiran hidup (proyeksi Pusdatin).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Boroko, 12 November 2024",
    jabatan: ["Kepala Seksi Kesehatan Keluarga dan Gizi,"],
    nama: "NOVITA R. PONTOH, S.ST., M.Kes.",
    nip: "19830417 200604 2 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k4p", "p3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "K4 % of Puskesmas Kaidipang is a typed 75.19 among ROUND formulas; 320 / 447 x 100 gives 71.59 (digits swapped)",
    truth: pct(a("k4", "p3"), a("sas", "p3")),
  });
  b.plant({
    at: { sheet: S, cell: a("k1", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH K1 is SUM over Boroko .. Pinogaluman = 2,038, Buko's 240 left out; the six puskesmas give 2,278",
    truth: `SUM(${a("k1", "p1")}:${a("k1", "p6")})`,
  });
  for (const k of ["k4", "k6", "fas"]) {
    const den = k === "fas" ? "bul" : "sas";
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p6")})` });
    b.ok({
      sheet: S,
      cell: a(`${k}p`, "jml"),
      rules: ["capaian-mismatch", "sum-mismatch"],
      truth: pct(a(k, "jml"), a(den, "jml")),
      trap: `SUM(${a(`${k}p`, "p1")}:${a(`${k}p`, "p6")})`,
    });
  }
  for (const id of ["p1", "p2", "p4", "p5", "p6"])
    b.ok({
      sheet: S,
      cell: a("k4p", id),
      rules: ["capaian-mismatch", "hardcoded-value"],
      truth: pct(a("k4", id), a("sas", id)),
    });
  b.ok({
    sheet: S,
    cell: a("fasp", "p6"),
    rules: ["percent-out-of-range"],
    truth: pct(a("fas", "p6"), a("bul", "p6")),
  });
  return b.finish();
}
