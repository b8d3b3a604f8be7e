// Sector recaps of a Dinas Peternakan dan Kesehatan Hewan: the rabies vaccination of hewan penular
// rabies (HPR) per kecamatan of an NTT kabupaten (anjing, kucing, kera; cakupan against the HPR
// population: the total row is the ratio of the totals), and the production of daging, telur and susu
// of a Jawa Timur kabupaten over three years with the growth 2023-2024 (the Jumlah rows' growth is the
// growth of the totals, never the sum of the commodities' growths). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kec = { id: string; nama: string; hpr: number; anj: number; kuc: number; ker: number };

export function rabiesKecamatan(): BookW {
  const b = new BookW(
    "rekap-vaksinasi-rabies-hpr-kecamatan-wae-bobo.xlsx",
    "Rekap vaksinasi per kecamatan (Disnakkeswan)",
    "Rekapitulasi vaksinasi rabies 2024 per kecamatan of a Dinas Peternakan dan Kesehatan Hewan in NTT: No | Kecamatan | Populasi HPR (ekor) | 'Jumlah HPR Divaksin (ekor)' > Anjing | Kucing | Kera | Jumlah | Cakupan Vaksinasi (%); number row 1 .. '7 = 4 + 5 + 6', '8 = 7 / 3 x 100'; JUMLAH row; Keterangan and signature",
  );
  const S = "Vaksinasi Rabies 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN FLORES WAE BOBO",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "Jl. Ahmad Yani No. 17 Mbay Wolo, Nusa Tenggara Timur",
  ]);
  s.lines(["REKAPITULASI VAKSINASI RABIES PADA HEWAN PENULAR RABIES (HPR)", "PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Wolo Wae", hpr: 4_812, anj: 3_506, kuc: 412, ker: 18 },
    { id: "k2", nama: "Bobo Timur", hpr: 3_964, anj: 2_871, kuc: 305, ker: 0 },
    { id: "k3", nama: "Nangaroro Selatan", hpr: 5_237, anj: 3_918, kuc: 466, ker: 24 },
    { id: "k4", nama: "Aesesa Lau", hpr: 6_105, anj: 4_402, kuc: 538, ker: 11 },
    { id: "k5", nama: "Mauponggo Raya", hpr: 2_978, anj: 2_146, kuc: 207, ker: 0 },
    { id: "k6", nama: "Keo Tengah", hpr: 3_416, anj: 2_533, kuc: 281, ker: 9 },
    { id: "k7", nama: "Riung Barat Daya", hpr: 4_059, anj: 2_694, kuc: 352, ker: 31 },
  ];
  const G = "Jumlah HPR Divaksin (ekor)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 22 },
    { key: "hpr", head: ["Populasi HPR (ekor)"], num: 3, fmt: INT, width: 12 },
    { key: "anj", head: [G, "Anjing"], role: "realisasi", year: 2024, num: 4, fmt: INT, width: 10 },
    { key: "kuc", head: [G, "Kucing"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 10 },
    { key: "ker", head: [G, "Kera"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 8 },
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "7 = 4 + 5 + 6",
      fmt: INT,
      width: 11,
    },
    {
      key: "cak",
      head: ["Cakupan Vaksinasi (%)"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 3 x 100",
      fmt: DEC,
      width: 12,
    },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          hpr: k.hpr,
          anj: k.anj,
          kuc: k.kuc,
          ker: k.ker === 0 ? "-" : k.ker,
          jml: fx(`SUM(${x.a("anj")}:${x.a("ker")})`),
          // planted: Mauponggo Raya's cakupan typed 107.94 among ROUND formulas (2,353 / 2,978 gives 79.01)
          cak: k.id === "k5" ? 107.94 : fx(`ROUND(${x.a("jml")}/${x.a("hpr")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          hpr: fx(sumCol("hpr", x)),
          // planted: the range stops at Keo Tengah, Riung Barat Daya's 2,694 anjing left out
          anj: fx(`SUM(${x.a("anj", "k1")}:${x.a("anj", "k6")})`),
          kuc: fx(sumCol("kuc", x)),
          ker: fx(sumCol("ker", x)),
          jml: fx(sumCol("jml", x)),
          cak: fx(`ROUND(${x.a("jml")}/${x.a("hpr")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- HPR = hewan penular rabies (anjing, kucing, kera); populasi hasil pendataan petugas kecamatan Januari 2024.",
    '- Tanda "-" : tidak ada kera yang divaksin. Target cakupan vaksinasi rabies 70% dari populasi HPR.',
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Mbay Wolo, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN", "KABUPATEN FLORES WAE BOBO,"],
    nama: "drh. YOHANES BOSCO RAGA, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740912 200212 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("anj", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the anjing divaksin is =SUM over Wolo Wae .. Keo Tengah only (19,376); with Riung Barat Daya's 2,694 the seven kecamatan give 22,070",
    truth: `SUM(${a("anj", "k1")}:${a("anj", "k7")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cak", "k5") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "Cakupan of Mauponggo Raya is a typed 107.94 among ROUND formulas, above 100 %; 2,353 HPR divaksin / 2,978 HPR give 79.01",
    truth: `ROUND(${a("jml", "k5")}/${a("hpr", "k5")}*100,2)`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("anj", k.id)}:${a("ker", k.id)})`,
    });
    if (k.id !== "k5")
      b.ok({
        sheet: S,
        cell: a("cak", k.id),
        rules: ["percent-out-of-range", "capaian-mismatch"],
        truth: `ROUND(${a("jml", k.id)}/${a("hpr", k.id)}*100,2)`,
      });
  }
  for (const k of ["hpr", "kuc", "ker", "jml"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  // the JUMLAH coverage is the ratio of the totals, not the kecamatan percentages added up
  b.ok({
    sheet: S,
    cell: a("cak", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("jml", "k1")}:${a("jml", "k7")})/SUM(${a("hpr", "k1")}:${a("hpr", "k7")})*100,2)`,
    trap: `SUM(${a("cak", "k1")}:${a("cak", "k7")})`,
  });
  return b.finish();
}

// ============================================ produksi daging, telur dan susu, Kabupaten Wengker Kidul

type Kom = { id: string; nama: string; sat: string; v: [number, number, number] };

export function produksiWengker(): BookW {
  const b = new BookW(
    "produksi-daging-telur-susu-disnakkeswan-wengker-kidul.xlsx",
    "Rekap produksi hasil ternak (Disnakkeswan)",
    "Produksi daging, telur dan susu 2022-2024 of a Dinas Peternakan dan Kesehatan Hewan in Jawa Timur, row-wise: No | Komoditas | Satuan | 'Produksi' > 2022 | 2023 | 2024 | Pertumbuhan 2023-2024 (%); groups A Daging, B Telur, C Susu each with a Jumlah row; the Jumlah rows' growth is the growth of the totals",
  );
  const S = "Produksi Ternak";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PETERNAKAN DAN KESEHATAN HEWAN", "KABUPATEN WENGKER KIDUL"]);
  s.lines(["Tabel 2.4", "Perkembangan Produksi Daging, Telur dan Susu Tahun 2022 s.d. 2024"]);
  s.gap();
  const D: Kom[] = [
    { id: "d1", nama: "Daging sapi potong", sat: "ton", v: [6_842.15, 7_016.4, 7_205.83] },
    { id: "d2", nama: "Daging kambing dan domba", sat: "ton", v: [1_214.6, 1_187.25, 1_236.9] },
    { id: "d3", nama: "Daging ayam ras pedaging", sat: "ton", v: [18_406.3, 19_152.72, 20_118.45] },
    { id: "d4", nama: "Daging ayam buras", sat: "ton", v: [2_318.05, 2_276.4, 2_341.18] },
  ];
  const T: Kom[] = [
    { id: "t1", nama: "Telur ayam ras petelur", sat: "ton", v: [41_268.5, 43_905.12, 45_712.36] },
    { id: "t2", nama: "Telur ayam buras", sat: "ton", v: [1_864.2, 1_902.35, 1_876.04] },
    { id: "t3", nama: "Telur itik", sat: "ton", v: [2_417.8, 2_493.66, 2_585.1] },
  ];
  const SU: Kom[] = [
    { id: "s1", nama: "Susu sapi perah", sat: "ribu liter", v: [36_518.4, 35_207.9, 37_446.25] },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kom", head: ["Komoditas"], role: "indikator", width: 28 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "y22", head: ["Produksi", "2022"], role: "realisasi", year: 2022, fmt: DEC, width: 12 },
    { key: "y23", head: ["Produksi", "2023"], role: "realisasi", year: 2023, fmt: DEC, width: 12 },
    { key: "y24", head: ["Produksi", "2024"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    { key: "g", head: ["Pertumbuhan 2023-2024 (%)"], role: "pertumbuhan", year: 2024, fmt: DEC, width: 13 },
  ];
  const gr = (x: Ctx) => fx(`ROUND((${x.a("y24")}-${x.a("y23")})/${x.a("y23")}*100,2)`);
  const line = (k: Kom, no: string): Row => ({
    id: k.id,
    cells: (x: Ctx) => ({
      no,
      kom: k.nama,
      sat: k.sat,
      y22: k.v[0],
      y23: k.v[1],
      y24: k.v[2],
      // planted: the growth of the telur itik typed 6.92 (from 2022 to 2024) among ROUND formulas
      g: k.id === "t3" ? 6.92 : gr(x),
    }),
  });
  const jumlah = (id: string, first: string, last: string, stale?: number): Row => ({
    id,
    bold: true,
    span: ["no", "kom"],
    cells: (x: Ctx) => ({
      no: "Jumlah",
      sat: "ton",
      y22: fx(`SUM(${x.a("y22", first)}:${x.a("y22", last)})`),
      y23: fx(`SUM(${x.a("y23", first)}:${x.a("y23", last)})`),
      y24: fx(`SUM(${x.a("y24", first)}:${x.a("y24", last)})`, stale),
      g: gr(x),
    }),
  });
  const d24 = round(D.reduce((n, k) => n + k.v[2], 0));
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      { id: "A", bold: true, cells: { no: "A.", kom: "DAGING" } },
      ...D.map((k, i) => line(k, String(i + 1))),
      // planted: a stale cached total (before the ayam ras pedaging was revised up by 1,042.50 ton)
      jumlah("jd", "d1", "d4", round(d24 - 1_042.5)),
      { id: "B", bold: true, cells: { no: "B.", kom: "TELUR" } },
      ...T.map((k, i) => line(k, String(i + 1))),
      jumlah("jt", "t1", "t3"),
      { id: "C", bold: true, cells: { no: "C.", kom: "SUSU" } },
      ...SU.map((k, i) => line(k, String(i + 1))),
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan bulanan RPH/TPU, pendataan produksi petugas kecamatan (diolah).",
    "Catatan: pertumbuhan = (produksi 2024 - produksi 2023) / produksi 2023 x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y24", "jd") },
    rules: ["sum-mismatch"],
    note: `Jumlah daging 2024 is =SUM over the four kinds with a stale cached ${round(d24 - 1_042.5).toFixed(2)}; the four rows give ${d24.toFixed(2)}`,
    truth: `SUM(${a("y24", "d1")}:${a("y24", "d4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("g", "t3") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "pertumbuhan of the telur itik is a typed 6.92 (2022 to 2024) among ROUND formulas; (2,585.10 - 2,493.66) / 2,493.66 gives 3.67",
    truth: `ROUND((${a("y24", "t3")}-${a("y23", "t3")})/${a("y23", "t3")}*100,2)`,
  });
  for (const k of [...D, ...T.filter((x) => x.id !== "t3"), ...SU])
    b.ok({
      sheet: S,
      cell: a("g", k.id),
      rules: ["growth-mismatch"],
      truth: `ROUND((${a("y24", k.id)}-${a("y23", k.id)})/${a("y23", k.id)}*100,2)`,
    });
  for (const y of ["y22", "y23"])
    b.ok({ sheet: S, cell: a(y, "jd"), rules: ["sum-mismatch"], truth: `SUM(${a(y, "d1")}:${a(y, "d4")})` });
  for (const y of ["y22", "y23", "y24"])
    b.ok({ sheet: S, cell: a(y, "jt"), rules: ["sum-mismatch"], truth: `SUM(${a(y, "t1")}:${a(y, "t3")})` });
  // the Jumlah telur growth is the growth of the totals, not the three growths added up
  b.ok({
    sheet: S,
    cell: a("g", "jt"),
    rules: ["growth-mismatch", "sum-mismatch"],
    truth: `ROUND((${a("y24", "jt")}-${a("y23", "jt")})/${a("y23", "jt")}*100,2)`,
    trap: `SUM(${a("g", "t1")}:${a("g", "t3")})`,
  });
  return b.finish();
}
