// A sector recap of a Dinas Perikanan in Bangka Belitung: produksi perikanan tangkap and budidaya
// per kecamatan, 2023 and 2024, the jumlah and the growth (the total row's growth is the growth of
// the totals, never the sum of the rows). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, type Col, type Ctx, type Row } from "../forms/kit";

type K = { id: string; nm: string; v: number[] };

export function rekapLepar(): BookW {
  const b = new BookW(
    "rekap-produksi-perikanan-kecamatan-lepar-pongok-raya.xlsx",
    "Rekap produksi perikanan per kecamatan",
    "Rekap produksi perikanan 2023-2024 per kecamatan of Kabupaten Lepar Pongok Raya (Bangka Belitung): No | Kecamatan | 'Perikanan Tangkap (ton)' > 2023 | 2024 | 'Perikanan Budidaya (ton)' > 2023 | 2024 | 'Jumlah (ton)' > 2023 | 2024 | Pertumbuhan (%); number row (1) .. '(9) = ((8) - (7)) / (7) x 100'; JUMLAH row",
  );
  const S = "Produksi Kecamatan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEPAR PONGOK RAYA",
    "DINAS PERIKANAN",
    "Jl. Dermaga Tanjung Labu No. 2",
  ]);
  s.lines(["REKAPITULASI PRODUKSI PERIKANAN MENURUT KECAMATAN TAHUN 2023 - 2024"]);
  s.gap();
  const K: K[] = [
    { id: "k1", nm: "Lepar", v: [8_412, 8_905, 1_236, 1_402] },
    { id: "k2", nm: "Pongok", v: [6_287, 6_540, 318, 355] },
    { id: "k3", nm: "Celagen", v: [2_964, 3_118, 2_045, 2_390] },
    { id: "k4", nm: "Tanjung Labu", v: [5_130, 5_012, 874, 1_006] },
    { id: "k5", nm: "Penutuk", v: [3_745, 4_026, 1_512, 1_688] },
  ];
  const T = "Perikanan Tangkap (ton)";
  const B = "Perikanan Budidaya (ton)";
  const J = "Jumlah (ton)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "t23", head: [T, "2023"], role: "realisasi", year: 2023, num: "(3)", fmt: INT },
    { key: "t24", head: [T, "2024"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "b23", head: [B, "2023"], role: "realisasi", year: 2023, num: "(5)", fmt: INT },
    { key: "b24", head: [B, "2024"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "j23", head: [J, "2023"], role: "realisasi", year: 2023, num: "(7) = (3) + (5)", fmt: INT },
    { key: "j24", head: [J, "2024"], role: "realisasi", year: 2024, num: "(8) = (4) + (6)", fmt: INT },
    {
      key: "g",
      head: ["Pertumbuhan (%)"],
      role: "pertumbuhan",
      num: "(9) = ((8) - (7)) / (7) x 100",
      fmt: DEC,
      width: 14,
    },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k5")})`;
  const trueT24 = K.reduce((n, k) => n + k.v[1], 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nm,
          t23: k.v[0],
          t24: k.v[1],
          b23: k.v[2],
          b24: k.v[3],
          j23: fx(`${x.a("t23")}+${x.a("b23")}`),
          j24: fx(`${x.a("t24")}+${x.a("b24")}`),
          // planted: Penutuk's growth typed 17.45 (5,714 against 5,257 gives 8.69)
          g: k.id === "k5" ? 17.45 : fx(`ROUND((${x.a("j24")}-${x.a("j23")})/${x.a("j23")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          t23: fx(sumCol("t23", x)),
          // planted: stale cached total (before Tanjung Labu's 2024 catch was revised from 5,210 to 5,012)
          t24: fx(sumCol("t24", x), trueT24 + 198),
          b23: fx(sumCol("b23", x)),
          b24: fx(sumCol("b24", x)),
          j23: fx(sumCol("j23", x)),
          j24: fx(sumCol("j24", x)),
          g: fx(`ROUND((${x.a("j24")}-${x.a("j23")})/${x.a("j23")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Statistik Perikanan Tangkap dan Budidaya Dinas Perikanan, data angka tetap 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t24", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH tangkap 2024 is =SUM over the kecamatan with a stale cached ${(trueT24 + 198).toLocaleString("en")}; the five rows give ${trueT24.toLocaleString("en")}`,
    truth: `SUM(${a("t24", "k1")}:${a("t24", "k5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("g", "k5") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Pertumbuhan of Penutuk is a typed 17.45 among ROUND formulas; (5,714 - 5,257) / 5,257 x 100 gives 8.69",
    truth: `ROUND((${a("j24", "k5")}-${a("j23", "k5")})/${a("j23", "k5")}*100,2)`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("j23", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("t23", k.id)}+${a("b23", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("j24", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("t24", k.id)}+${a("b24", k.id)}`,
    });
  }
  for (const id of ["k1", "k2", "k4"])
    b.ok({
      sheet: S,
      cell: a("g", id),
      rules: ["growth-mismatch"],
      truth: `ROUND((${a("j24", id)}-${a("j23", id)})/${a("j23", id)}*100,2)`,
    });
  for (const k of ["t23", "b23", "b24", "j23", "j24"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: a("g", "tot"),
    rules: ["growth-mismatch", "sum-mismatch"],
    truth: `ROUND((SUM(${a("j24", "k1")}:${a("j24", "k5")})-SUM(${a("j23", "k1")}:${a("j23", "k5")}))/SUM(${a("j23", "k1")}:${a("j23", "k5")})*100,2)`,
    trap: `SUM(${a("g", "k1")}:${a("g", "k5")})`,
  });
  return b.finish();
}
