// The cabang olahraga medal recap of a Sulawesi Tenggara kabupaten's Dispora at the Porprov 2024: medals per
// cabor with the Jumlah (7 = 4+5+6) and the capaian against the target (9 = 7/8 x 100), a TOTAL row whose
// capaian is the ratio of the totals, and beside it (one empty column between) the medals of the last three
// Porprov. Every name and number is invented.
import { BookW, DEC, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

export function medaliCabor(): BookW {
  const b = new BookW(
    "rekap-medali-cabor-porprov-dispora-muna-barat-daya.xlsx",
    "Rekap perolehan medali per cabang olahraga (Dispora)",
    "Rekap medali Porprov Sulawesi Tenggara 2024 of a Dispora: No | Cabang Olahraga | Jumlah Atlet | 'Perolehan Medali' > Emas | Perak | Perunggu | Jumlah | Target Medali | Capaian (%); number row with '7 = 4+5+6' and '9 = 7/8 x 100'; TOTAL row; side table of the Porprov 2018, 2022, 2024",
  );
  const S = "Rekap Medali";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MUNA BARAT DAYA", "DINAS PEMUDA DAN OLAHRAGA"]);
  s.lines([
    "REKAPITULASI PEROLEHAN MEDALI KONTINGEN PADA PEKAN OLAHRAGA PROVINSI (PORPROV) SULAWESI TENGGARA XVI TAHUN 2024",
  ]);
  s.gap();
  const C: Array<[string, number, number, number, number, number]> = [
    ["Atletik", 18, 4, 3, 5, 10],
    ["Renang", 12, 3, 2, 4, 8],
    ["Pencak Silat", 16, 5, 4, 3, 10],
    ["Karate", 10, 2, 3, 4, 8],
    ["Taekwondo", 9, 1, 2, 3, 7],
    ["Bulu Tangkis", 8, 1, 1, 2, 4],
    ["Dayung", 14, 3, 4, 2, 8],
    ["Tinju", 6, 0, 1, 2, 4],
    ["Sepak Takraw", 7, 0, 1, 1, 3],
    ["Catur", 5, 1, 0, 1, 2],
  ];
  const M = "Perolehan Medali";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "cab", head: ["Cabang Olahraga"], num: "2", width: 18 },
    { key: "atl", head: ["Jumlah Atlet"], num: "3", width: 8 },
    { key: "e", head: [M, "Emas"], role: "realisasi", year: 2024, num: "4", width: 7 },
    { key: "p", head: [M, "Perak"], role: "realisasi", year: 2024, num: "5", width: 7 },
    { key: "b", head: [M, "Perunggu"], role: "realisasi", year: 2024, num: "6", width: 9 },
    { key: "j", head: [M, "Jumlah"], role: "realisasi", year: 2024, num: "7 = 4+5+6", width: 9 },
    { key: "t", head: ["Target Medali"], role: "target", year: 2024, num: "8", width: 9 },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 7/8 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const top = s.r;
  const ids = C.map((_, i) => `c${i}`);
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...C.map((x, i): Row => ({
          id: ids[i],
          cells: (c) => ({
            no: i + 1,
            cab: x[0],
            atl: x[1],
            e: x[2],
            p: x[3],
            b: x[4],
            // planted: Dayung's Jumlah typed 10 (3 + 4 + 2 = 9)
            j: x[0] === "Dayung" ? 10 : fx(`${c.a("e")}+${c.a("p")}+${c.a("b")}`),
            t: x[5],
            // planted: Taekwondo's capaian typed 75.00 (6 / 7 gives 85.71)
            c: x[0] === "Taekwondo" ? 75 : fx(`ROUND(${c.a("j")}/${c.a("t")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "cab"],
          cells: (c) => ({
            no: "TOTAL",
            atl: fx(`SUM(${c.a("atl", "c0")}:${c.a("atl", "c9")})`),
            e: fx(`SUM(${c.a("e", "c0")}:${c.a("e", "c9")})`),
            p: fx(`SUM(${c.a("p", "c0")}:${c.a("p", "c9")})`),
            b: fx(`SUM(${c.a("b", "c0")}:${c.a("b", "c9")})`),
            j: fx(`${c.a("e")}+${c.a("p")}+${c.a("b")}`),
            t: fx(`SUM(${c.a("t", "c0")}:${c.a("t", "c9")})`),
            c: fx(`ROUND(${c.a("j")}/${c.a("t")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const P = "Perolehan Medali Porprov";
  const side = s.table(
    {
      cols: [
        { key: "pp", head: ["Porprov"], width: 14 },
        { key: "th", head: ["Tahun"], width: 7 },
        { key: "e", head: [P, "Emas"], width: 7 },
        { key: "p", head: [P, "Perak"], width: 7 },
        { key: "b", head: [P, "Perunggu"], width: 9 },
        { key: "j", head: [P, "Jumlah"], role: "realisasi", width: 9 },
        { key: "rk", head: ["Peringkat"], width: 9 },
      ],
      headerRows: 2,
      rows: [
        { id: "x14", cells: { pp: "XIV Kendari", th: "2018", e: 11, p: 15, b: 19, j: 45, rk: 7 } },
        { id: "x15", cells: { pp: "XV Baubau", th: "2022", e: 16, p: 18, b: 22, j: 56, rk: 5 } },
        { id: "x16", cells: { pp: "XVI Kolaka", th: "2024", e: 20, p: 21, b: 27, j: 68, rk: 4 } },
      ],
    },
    cols.length + 2,
    top,
  );
  s.gap();
  s.lines(["Sumber: Panitia Besar Porprov Sulawesi Tenggara XVI dan KONI Kabupaten Muna Barat Daya."]);
  s.gap();
  signature(s, 6, {
    tempat: "Lakapera, 14 Desember 2024",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA,"],
    nama: "LA ODE MUHAMMAD SAFRIN, S.Pd., M.Pd.",
    pangkat: "Pembina (IV/a)",
    nip: "19790521 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "c6") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah medali of Dayung is a typed 10 among 4+5+6 formulas; 3 + 4 + 2 give 9",
    truth: `${a("e", "c6")}+${a("p", "c6")}+${a("b", "c6")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "c4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Taekwondo is a typed 75.00 among ROUND(7/8*100) formulas; 6 / 7 gives 85.71",
    truth: `ROUND(${a("j", "c4")}/${a("t", "c4")}*100,2)`,
  });
  for (const i of [0, 2, 3, 9])
    b.ok({
      sheet: S,
      cell: a("j", `c${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("e", `c${i}`)}+${a("p", `c${i}`)}+${a("b", `c${i}`)}`,
    });
  for (const i of [0, 1, 7])
    b.ok({
      sheet: S,
      cell: a("c", `c${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", `c${i}`)}/${a("t", `c${i}`)}*100,2)`,
    });
  for (const k of ["e", "p", "b", "t"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "c0")}:${a(k, "c9")})` });
  // trap: the TOTAL capaian is the ratio of the totals, not the sum of the cabor percentages
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND((${a("e", "tot")}+${a("p", "tot")}+${a("b", "tot")})/${a("t", "tot")}*100,2)`,
    trap: `SUM(${a("c", "c0")}:${a("c", "c9")})`,
  });
  b.ok({ sheet: S, cell: side.a("j", "x16"), rules: ["cross-table-mismatch"], truth: a("j", "tot") });
  b.ok({
    sheet: S,
    cell: side.a("j", "x15"),
    rules: ["sum-mismatch"],
    truth: `${side.a("e", "x15")}+${side.a("p", "x15")}+${side.a("b", "x15")}`,
  });
  if (round((68 / 64) * 100) !== 106.25) throw new Error("medali total");
  return b.finish();
}
