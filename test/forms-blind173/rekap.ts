// A sector recap: ferry passengers per lintasan 2024 in Maluku and Kepulauan Riau (kept by an
// invented Dinas Perhubungan provinsi-level bidang): kapasitas tempat duduk per tahun, penumpang per
// triwulan, jumlah, load factor; Sub Jumlah per provinsi, TOTAL = the two Sub Jumlah. Invented numbers.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Lin = { id: string; lin: string; kapal: string; cap: number; q: number[] };

export function rekapLintasan(): BookW {
  const b = new BookW(
    "rekap-penumpang-lintasan-ferry-maluku-kepri.xlsx",
    "rekap penumpang per lintasan penyeberangan 2024",
    "No | Lintasan | Kapal | Kapasitas Tempat Duduk per Tahun | 'Jumlah Penumpang (orang)' > Triwulan I..IV | Jumlah | Load Factor (%); number row '9 = 5+6+7+8', '10 = 9/4 x 100'; A Maluku / B Kepulauan Riau with Sub Jumlah, TOTAL (A+B)",
  );
  const S = "Rekap Lintasan 2024";
  const s = b.sheet(S);
  letterhead(s, ["BALAI PENGELOLA ANGKUTAN PENYEBERANGAN WILAYAH TIMUR - BARAT (DATA OLAHAN)"]);
  s.lines(["REKAPITULASI PRODUKSI PENUMPANG ANGKUTAN PENYEBERANGAN PER LINTASAN", "TAHUN 2024"]);
  s.gap();
  const A: Lin[] = [
    {
      id: "a1",
      lin: "Hunimua - Waipirit",
      kapal: "KMP Tanjung Kuning",
      cap: 182_400,
      q: [31_250, 28_940, 30_115, 41_870],
    },
    {
      id: "a2",
      lin: "Tulehu - Umeputih",
      kapal: "KMP Lakaan",
      cap: 96_000,
      q: [12_480, 11_905, 13_340, 17_260],
    },
    { id: "a3", lin: "Tual - Elat", kapal: "KMP Kei Bahari", cap: 52_800, q: [6_215, 5_870, 7_045, 9_330] },
  ];
  const B: Lin[] = [
    {
      id: "b1",
      lin: "Telaga Punggur - Tanjung Uban",
      kapal: "KMP Bintan Permai",
      cap: 210_000,
      q: [44_310, 41_225, 43_760, 52_980],
    },
    {
      id: "b2",
      lin: "Tanjung Uban - Tanjung Buton",
      kapal: "KMP Lingga Jaya",
      cap: 64_800,
      q: [8_940, 8_115, 9_370, 11_605],
    },
    {
      id: "b3",
      lin: "Dabo - Tanjung Buton",
      kapal: "KMP Sembilang",
      cap: 38_400,
      q: [4_020, 3_785, 4_410, 5_265],
    },
  ];
  const Q = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const G = "Jumlah Penumpang (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "lin", head: ["Lintasan"], role: "indikator", num: "2", width: 30 },
    { key: "kapal", head: ["Kapal yang Melayani"], role: "keterangan", num: "3", width: 20 },
    {
      key: "cap",
      head: ["Kapasitas Tempat Duduk per Tahun (seat)"],
      role: "target",
      year: 2024,
      num: "4",
      fmt: INT,
      width: 14,
    },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [G, q],
      role: "realisasi",
      year: 2024,
      num: String(5 + i),
      fmt: INT,
      width: 11,
    })),
    { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "9 = 5+6+7+8", fmt: INT, width: 12 },
    {
      key: "lf",
      head: ["Load Factor (%)"],
      role: "capaian",
      year: 2024,
      num: "10 = 9/4 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const NUM = ["cap", "q1", "q2", "q3", "q4", "j"];
  const lf = (c: Ctx) => fx(`ROUND(${c.a("j")}/${c.a("cap")}*100,2)`);
  const line = (x: Lin, k: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { no: k + 1, lin: x.lin, kapal: x.kapal, cap: x.cap };
      x.q.forEach((v, i) => (out[`q${i + 1}`] = v));
      // planted: the Jumlah of Tulehu - Umeputih is typed (Triwulan IV counted as 12.760)
      out.j = x.id === "a2" ? 50_485 : fx(`SUM(${c.a("q1")}:${c.a("q4")})`);
      // planted: the load factor of Dabo - Tanjung Buton divides by one quarter's capacity
      out.lf = x.id === "b3" ? fx(`ROUND(${c.a("j")}/(${c.a("cap")}/4)*100,2)`) : lf(c);
      return out;
    },
  });
  const sub = (id: string, first: string, last: string, label: string): Row => ({
    id,
    bold: true,
    span: ["no", "kapal"],
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { no: label, lf: lf(c) };
      for (const k of NUM) out[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, last)})`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "ha", bold: true, cells: { no: "A", lin: "PROVINSI MALUKU" } },
      ...A.map(line),
      sub("sa", "a1", "a3", "Sub Jumlah A"),
      { id: "hb", bold: true, cells: { no: "B", lin: "PROVINSI KEPULAUAN RIAU" } },
      ...B.map(line),
      sub("sb", "b1", "b3", "Sub Jumlah B"),
      {
        id: "tot",
        bold: true,
        span: ["no", "kapal"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "TOTAL (A + B)", lf: lf(c) };
          for (const k of NUM) out[k] = fx(`${c.a(k, "sa")}+${c.a(k, "sb")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: manifes penumpang operator, diolah.",
    "Load factor = penumpang terangkut / kapasitas tempat duduk setahun x 100%.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Ambon, 15 Januari 2025",
    jabatan: ["Kepala Seksi Angkutan Penyeberangan,"],
    nama: "JOHANIS P. LATUHERU, S.T.",
    nip: "19820114 200801 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "a2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah penumpang of Tulehu - Umeputih is a typed 50,485 among SUM formulas; 12,480 + 11,905 + 13,340 + 17,260 give 54,985",
    truth: `SUM(${a("q1", "a2")}:${a("q4", "a2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("lf", "b3") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "Load factor of Dabo - Tanjung Buton is =ROUND(9/(4/4)*100,2) = 181.50 %, over a quarter's capacity; 17,480 / 38,400 gives 45.52",
    truth: `ROUND(${a("j", "b3")}/${a("cap", "b3")}*100,2)`,
  });
  for (const id of ["a1", "a3", "b1", "b2"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("q1", id)}+${a("q2", id)}+${a("q3", id)}+${a("q4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("lf", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("cap", id)}*100,2)`,
    });
  }
  for (const k of ["cap", "q1", "q2", "q3", "q4"]) {
    b.ok({
      sheet: S,
      cell: a(k, "sb"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "b1")}+${a(k, "b2")}+${a(k, "b3")}`,
    });
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "sa")}+${a(k, "sb")}`,
      trap: `SUM(${a(k, "a1")}:${a(k, "sb")})`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("lf", "sa"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "sa")}/${a("cap", "sa")}*100,2)`,
    trap: `ROUND((${a("lf", "a1")}+${a("lf", "a2")}+${a("lf", "a3")})/3,2)`,
  });
  return b.finish();
}
