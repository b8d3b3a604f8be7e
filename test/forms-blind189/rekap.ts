// A sector recap of the Dinas Perindustrian of Kabupaten Ogan Lestari (Sumatera Selatan): IKM per
// kecamatan 2024 (sentra, unit usaha, tenaga kerja, nilai investasi, nilai produksi 2023 / 2024 and
// its growth, "(dalam juta rupiah)"), with the sentra by komoditas side by side after one empty column.
// Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type Kec = {
  id: string;
  nm: string;
  sentra: number;
  unit: number;
  tk: number;
  inv: number;
  p23: number;
  p24: number;
};

export function rekapIkmOganLestari(): BookW {
  const b = new BookW(
    "rekap-sentra-ikm-per-kecamatan-ogan-lestari.xlsx",
    "rekap IKM per kecamatan 2024 (Dinas Perindustrian)",
    "Rekap potensi IKM per kecamatan 2024, Kabupaten Ogan Lestari, (dalam juta rupiah): No | Kecamatan | Sentra IKM (unit) | Unit Usaha IKM | Tenaga Kerja (orang) | Nilai Investasi | 'Nilai Produksi' > 2023 | 2024 | Pertumbuhan (%); number row with '(9) = ((8)-(7))/(7) x 100'; JUMLAH row; beside it after an empty column: No | Komoditas | Jumlah Sentra | Unit Usaha with a Jumlah row",
  );
  const S = "Rekap IKM 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OGAN LESTARI", "DINAS PERINDUSTRIAN"]);
  s.lines([
    "REKAPITULASI POTENSI INDUSTRI KECIL DAN MENENGAH (IKM) MENURUT KECAMATAN TAHUN 2024",
    "(dalam juta rupiah)",
  ]);
  s.gap();
  const kec: Kec[] = [
    {
      id: "c1",
      nm: "Kayuagung Lestari",
      sentra: 6,
      unit: 412,
      tk: 1236,
      inv: 18_450,
      p23: 64_210,
      p24: 69_850,
    },
    { id: "c2", nm: "Pedamaran Ilir", sentra: 4, unit: 268, tk: 804, inv: 11_230, p23: 38_470, p24: 41_120 },
    {
      id: "c3",
      nm: "Tanjung Lubuk Raya",
      sentra: 3,
      unit: 185,
      tk: 541,
      inv: 7_815,
      p23: 25_930,
      p24: 27_410,
    },
    {
      id: "c4",
      nm: "Sirah Pulau Padang Baru",
      sentra: 5,
      unit: 306,
      tk: 952,
      inv: 13_640,
      p23: 47_860,
      p24: 52_330,
    },
    { id: "c5", nm: "Pampangan Hulu", sentra: 2, unit: 97, tk: 276, inv: 3_920, p23: 12_640, p24: 13_050 },
    { id: "c6", nm: "Teluk Gelam Jaya", sentra: 3, unit: 164, tk: 498, inv: 6_785, p23: 22_150, p24: 24_780 },
    { id: "c7", nm: "Cengal Timur", sentra: 2, unit: 88, tk: 251, inv: 3_410, p23: 10_980, p24: 11_460 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 24 },
    { key: "sentra", head: ["Sentra IKM (unit)"], num: "(3)", fmt: INT, width: 10 },
    { key: "unit", head: ["Unit Usaha IKM"], num: "(4)", fmt: INT, width: 10 },
    { key: "tk", head: ["Tenaga Kerja (orang)"], num: "(5)", fmt: INT, width: 11 },
    { key: "inv", head: ["Nilai Investasi"], num: "(6)", fmt: INT, width: 12 },
    {
      key: "p23",
      head: ["Nilai Produksi", "2023"],
      role: "realisasi",
      year: 2023,
      num: "(7)",
      fmt: INT,
      width: 12,
    },
    {
      key: "p24",
      head: ["Nilai Produksi", "2024"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: INT,
      width: 12,
    },
    {
      key: "g",
      head: ["Nilai Produksi", "Pertumbuhan (%)"],
      role: "pertumbuhan",
      year: 2024,
      num: "(9) = ((8)-(7))/(7) x 100",
      fmt: DEC,
      width: 12,
    },
  ];
  const growth = (c: { a(k: string, id?: string): string }, id?: string) =>
    `ROUND((${c.a("p24", id)}-${c.a("p23", id)})/${c.a("p23", id)}*100,2)`;
  const sums = ["sentra", "unit", "tk", "inv", "p23", "p24"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          sentra: x.sentra,
          unit: x.unit,
          tk: x.tk,
          inv: x.inv,
          p23: x.p23,
          p24: x.p24,
          // planted: Sirah Pulau Padang Baru's growth is a typed 109.34, the ratio (8)/(7) x 100
          g: x.id === "c4" ? 109.34 : fx(growth(c)),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            // planted: the tenaga kerja total stops one row short (Cengal Timur left out)
            sums.map((k) => [k, fx(`SUM(${c.a(k, "c1")}:${c.a(k, k === "tk" ? "c6" : "c7")})`)]),
          ),
          g: fx(growth(c)),
        }),
      },
    ],
  });
  const kom: Array<[string, string, number, number]> = [
    ["m1", "Kemplang dan kerupuk ikan", 7, 486],
    ["m2", "Songket dan tenun", 5, 298],
    ["m3", "Anyaman purun", 6, 352],
    ["m4", "Gerabah", 3, 124],
    ["m5", "Olahan karet", 2, 96],
    ["m6", "Pengolahan kopi", 2, 164],
  ];
  const top = t.top;
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], width: 5 },
        { key: "kom", head: ["Komoditas"], width: 24 },
        { key: "sentra", head: ["Jumlah Sentra"], fmt: INT, width: 10 },
        { key: "unit", head: ["Unit Usaha"], fmt: INT, width: 10 },
      ],
      headerRows: 3,
      rows: [
        ...kom.map(([id, nm, se, un], i): Row => ({
          id,
          cells: { no: i + 1, kom: nm, sentra: se, unit: un },
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "kom"],
          cells: (c) => ({
            no: "Jumlah",
            sentra: fx(`SUM(${c.a("sentra", "m1")}:${c.a("sentra", "m6")})`),
            unit: fx(`SUM(${c.a("unit", "m1")}:${c.a("unit", "m6")})`),
          }),
        },
      ],
    },
    t.right + 2,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: pendataan IKM Bidang Industri Kecil dan Menengah dan SIINas, Desember 2024.",
    "Pertumbuhan dihitung dari nilai produksi atas dasar harga berlaku.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kayuagung Lestari, 10 Februari 2025",
    jabatan: ["Kepala Bidang Industri Kecil dan Menengah,"],
    nama: "RATNA JUWITA, S.E., M.M.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830412 200801 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("g", "c4") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Pertumbuhan of Sirah Pulau Padang Baru is a typed 109.34 among formulas, the ratio 52,330 / 47,860 x 100; the growth (52,330 - 47,860) / 47,860 x 100 is 9.34",
    truth: growth({ a: (k, id) => a(k, id ?? "c4") }),
  });
  b.plant({
    at: { sheet: S, cell: a("tk", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Tenaga Kerja is =SUM over the first six kecamatan (4,307); with Cengal Timur's 251 it is 4,558",
    truth: kec.map((x) => a("tk", x.id)).join("+"),
  });
  for (const k of ["sentra", "unit", "inv", "p23", "p24"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  for (const x of kec)
    if (x.id !== "c4")
      b.ok({
        sheet: S,
        cell: a("g", x.id),
        rules: ["growth-mismatch"],
        truth: growth({ a: (k, id) => a(k, id ?? x.id) }),
      });
  b.ok({
    sheet: S,
    cell: a("g", "jml"),
    rules: ["growth-mismatch", "sum-mismatch"],
    truth: growth({ a: (k, id) => a(k, id ?? "jml") }),
    // the total's growth is the growth of the totals, not the mean of the kecamatan growths
    trap: `ROUND((${kec.map((x) => growth({ a: (k, id) => a(k, id ?? x.id) })).join("+")})/${kec.length},2)`,
  });
  for (const k of ["sentra", "unit"]) {
    b.ok({
      sheet: S,
      cell: t2.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: kom.map(([id]) => t2.a(k, id)).join("+"),
    });
    b.ok({ sheet: S, cell: t2.a(k, "j"), rules: ["cross-table-mismatch"], truth: a(k, "jml") });
  }
  return b.finish();
}
