// Two sector recaps of a Dinas Perhubungan: passengers departing per terminal and quarter with Sub
// Jumlah per terminal type and load factors (Kota Pematang Sidamanik, Sumatera Utara), and the
// retribusi parkir per zona beside the retribusi pengujian kendaraan per triwulan, in thousands of
// rupiah (Kota Banjar Tambun, Kalimantan Selatan). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

type Term = { id: string; nm: string; seat: number; q: number[] };

export function rekapTerminal(): BookW {
  const b = new BookW(
    "rekap-penumpang-terminal-pematang-sidamanik-2024.xlsx",
    "Terminal-by-terminal passenger recap (2024)",
    "Rekap penumpang berangkat per terminal 2024 of a Dinas Perhubungan in Sumatera Utara: No | Nama Terminal | Kapasitas Tempat Duduk Tersedia (seat/tahun) | 'Jumlah Penumpang Berangkat (orang)' > Triwulan I .. IV | Jumlah | Load Factor (%); number row (1) .. (9) with '(8) = (4)+(5)+(6)+(7)' and '(9) = (8) / (3) x 100'; groups A (Tipe B) and B (Tipe C) with Sub Jumlah, JUMLAH (A + B) = the two subtotals",
  );
  const S = "Rekap Terminal 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PEMATANG SIDAMANIK", "DINAS PERHUBUNGAN", "UPT Terminal Penumpang"]);
  s.lines(["REKAPITULASI JUMLAH PENUMPANG BERANGKAT PER TERMINAL", "TAHUN 2024"]);
  s.gap();
  const A: Term[] = [
    {
      id: "b1",
      nm: "Terminal Tipe B Sidamanik Raya",
      seat: 842_400,
      q: [118_450, 124_930, 121_760, 152_315],
    },
    { id: "b2", nm: "Terminal Tipe B Parapat Simpang", seat: 561_600, q: [71_820, 76_405, 74_190, 98_640] },
  ];
  const C: Term[] = [
    { id: "c1", nm: "Terminal Tipe C Pasar Horas Baru", seat: 196_560, q: [21_340, 22_815, 23_105, 28_460] },
    { id: "c2", nm: "Terminal Tipe C Tanjung Pinggir", seat: 131_040, q: [12_470, 13_025, 12_880, 16_215] },
    { id: "c3", nm: "Terminal Tipe C Bah Kapul", seat: 98_280, q: [9_615, 10_140, 9_870, 12_345] },
    { id: "c4", nm: "Terminal Tipe C Sitalasari", seat: 65_520, q: [5_280, 5_735, 5_460, 7_125] },
  ];
  const PLANT_C2 = 45_590; // the quarters add up to 54,590
  const Q = ["I", "II", "III", "IV"];
  const GQ = "Jumlah Penumpang Berangkat (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Nama Terminal"], role: "lokasi", num: "(2)", width: 34 },
    { key: "seat", head: ["Kapasitas Tempat Duduk Tersedia (seat/tahun)"], num: "(3)", fmt: INT, width: 14 },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [GQ, `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
      fmt: INT,
      width: 11,
    })),
    {
      key: "j",
      head: [GQ, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (4)+(5)+(6)+(7)",
      fmt: INT,
      width: 12,
    },
    { key: "lf", head: ["Load Factor (%)"], num: "(9) = (8) / (3) x 100", fmt: DEC, width: 11 },
  ];
  const qs = ["q1", "q2", "q3", "q4"];
  const sumKeys = ["seat", ...qs, "j"];
  const termRow = (x: Term, i: number): Row => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      nm: x.nm,
      seat: x.seat,
      ...Object.fromEntries(qs.map((k, j) => [k, x.q[j]])),
      // planted: c2's Jumlah is typed, two digits swapped
      j: x.id === "c2" ? PLANT_C2 : fx(qs.map((k) => c.a(k)).join("+")),
      lf: fx(`ROUND(${c.a("j")}/${c.a("seat")}*100,2)`),
    }),
  });
  const subRow = (id: string, label: string, first: string, last: string, shortKey?: string): Row => ({
    id,
    bold: true,
    span: ["no", "nm"],
    cells: (c) => ({
      no: label,
      ...Object.fromEntries(
        sumKeys.map((k) => [k, fx(`SUM(${c.a(k, first)}:${c.a(k, k === shortKey ? "b1" : last)})`)]),
      ),
      lf: fx(`ROUND(${c.a("j")}/${c.a("seat")}*100,2)`),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "gA", bold: true, cells: { no: "A", nm: "TERMINAL PENUMPANG TIPE B" } },
      ...A.map(termRow),
      // planted: the Sub Jumlah A of Triwulan II stops at the first terminal
      subRow("sA", "Sub Jumlah A", "b1", "b2", "q2"),
      { id: "gB", bold: true, cells: { no: "B", nm: "TERMINAL PENUMPANG TIPE C" } },
      ...C.map(termRow),
      subRow("sB", "Sub Jumlah B", "c1", "c4"),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH (A + B)",
          ...Object.fromEntries(sumKeys.map((k) => [k, fx(`${c.a(k, "sA")}+${c.a(k, "sB")}`)])),
          lf: fx(`ROUND(${c.a("j")}/${c.a("seat")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan harian petugas UPT Terminal (manifes keberangkatan).",
    "Load factor dihitung terhadap kapasitas tempat duduk armada yang terjadwal berangkat dari terminal.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pematang Sidamanik, 10 Januari 2025",
    jabatan: ["Kepala UPT Terminal Penumpang,"],
    nama: "JONNER SIAHAAN, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830417 201001 1 012",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "c2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Terminal Tanjung Pinggir is a typed 45,590 among formulas; Triwulan I-IV add up to 54,590",
    truth: qs.map((k) => a(k, "c2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("q2", "sA") },
    rules: ["sum-mismatch"],
    note: "Sub Jumlah A of Triwulan II is =SUM over the first terminal only (124,930); with Parapat Simpang's 76,405 it is 201,335",
    truth: `${a("q2", "b1")}+${a("q2", "b2")}`,
  });
  for (const id of ["b1", "b2", "c1", "c3", "c4"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qs.map((k) => a(k, id)).join("+") });
  for (const k of ["q1", "q3", "q4", "seat"]) {
    b.ok({ sheet: S, cell: a(k, "sA"), rules: ["sum-mismatch"], truth: `${a(k, "b1")}+${a(k, "b2")}` });
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "sA")}+${a(k, "sB")}`,
      // the JUMLAH adds the two Sub Jumlah rows, not every row above (that counts each terminal twice)
      trap: `SUM(${a(k, "b1")}:${a(k, "sB")})`,
    });
  }
  for (const k of qs)
    b.ok({ sheet: S, cell: a(k, "sB"), rules: ["sum-mismatch"], truth: C.map((x) => a(k, x.id)).join("+") });
  b.ok({ sheet: S, cell: a("j", "sA"), rules: ["sum-mismatch"], truth: `${a("j", "b1")}+${a("j", "b2")}` });
  return b.finish();
}

// ============================================ retribusi parkir and uji KIR, Dinas Perhubungan Banjar Tambun

type Zona = { id: string; nm: string; titik: number; t: number; r: number };

export function retribusiParkir(): BookW {
  const b = new BookW(
    "retribusi-parkir-uji-kir-banjar-tambun-2024.xlsx",
    "Retribusi parkir per zona and retribusi uji KIR per triwulan (2024)",
    "Two tables side by side, '(dalam ribuan rupiah)', of a Dinas Perhubungan in Kalimantan Selatan: left No | Zona Parkir Tepi Jalan Umum | Jumlah Titik | Target Retribusi | Realisasi | Capaian (%) with a JUMLAH row whose capaian is the ratio of the totals; right (after one empty column) Triwulan | Kendaraan Diuji (unit) | Target Retribusi | Realisasi | Capaian (%) with a Jumlah row; ROUND formulas",
  );
  const S = "Retribusi 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANJAR TAMBUN", "DINAS PERHUBUNGAN"]);
  s.lines([
    "LAPORAN REALISASI PENERIMAAN RETRIBUSI DINAS PERHUBUNGAN TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Z: Zona[] = [
    { id: "z1", nm: "Zona I - Pasar Sentra Antasari", titik: 46, t: 1_850_000, r: 1_932_415 },
    { id: "z2", nm: "Zona II - Jl. A. Yani Km 1 - 6", titik: 38, t: 1_420_000, r: 1_306_870 },
    { id: "z3", nm: "Zona III - Kawasan Siring Tambun", titik: 27, t: 960_000, r: 1_004_160 },
    { id: "z4", nm: "Zona IV - Pasar Lama dan Pecinan", titik: 31, t: 1_150_000, r: 874_350 },
    { id: "z5", nm: "Zona V - Terminal dan Pelabuhan Sungai", titik: 19, t: 620_000, r: 541_880 },
  ];
  const PLANT_Z4 = 67.03; // 874,350 / 1,150,000 gives 76.03
  const K = [
    { id: "w1", tw: "Triwulan I", n: 2_104, t: 315_000, r: 298_640 },
    { id: "w2", tw: "Triwulan II", n: 2_265, t: 315_000, r: 321_470 },
    { id: "w3", tw: "Triwulan III", n: 2_318, t: 315_000, r: 329_185 },
    { id: "w4", tw: "Triwulan IV", n: 2_386, t: 315_000, r: 338_920 },
  ];
  const STALE = sum(K.slice(0, 3).map((x) => x.r)) + 283_920; // Triwulan IV before the December receipts
  const G = "Tahun 2024";
  const capF = (r: string, t: string) => fx(`ROUND(${r}/${t}*100,2)`);
  const top = s.r;
  const left: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "z", head: ["Zona Parkir Tepi Jalan Umum"], role: "lokasi", width: 32 },
    { key: "ti", head: ["Jumlah Titik"], fmt: INT, width: 8 },
    { key: "t", head: [G, "Target Retribusi"], role: "anggaran", year: 2024, fmt: INT, width: 13 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: INT, width: 13 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const tl = s.table(
    {
      cols: left,
      headerRows: 2,
      rows: [
        ...Z.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            z: x.nm,
            ti: x.titik,
            t: x.t,
            r: x.r,
            // planted: z4's capaian is typed, two digits swapped
            c: x.id === "z4" ? PLANT_Z4 : capF(c.a("r"), c.a("t")),
          }),
        })),
        {
          id: "jl",
          bold: true,
          span: ["no", "z"],
          cells: (c) => ({
            no: "JUMLAH",
            ti: fx(`SUM(${c.a("ti", "z1")}:${c.a("ti", "z5")})`),
            t: fx(`SUM(${c.a("t", "z1")}:${c.a("t", "z5")})`),
            r: fx(`SUM(${c.a("r", "z1")}:${c.a("r", "z5")})`),
            c: capF(c.a("r"), c.a("t")),
          }),
        },
      ],
    },
    1,
    top,
  );
  const right: Col[] = [
    { key: "tw", head: ["Triwulan"], width: 13 },
    { key: "n", head: ["Kendaraan Diuji (unit)"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    {
      key: "t",
      head: ["Retribusi Pengujian Kendaraan Bermotor", "Target"],
      role: "anggaran",
      year: 2024,
      fmt: INT,
      width: 12,
    },
    {
      key: "r",
      head: ["Retribusi Pengujian Kendaraan Bermotor", "Realisasi"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: INT,
      width: 12,
    },
    {
      key: "c",
      head: ["Retribusi Pengujian Kendaraan Bermotor", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      fmt: DEC,
      width: 10,
    },
  ];
  const tr = s.table(
    {
      cols: right,
      headerRows: 2,
      rows: [
        ...K.map((x): Row => ({
          id: x.id,
          cells: (c) => ({ tw: x.tw, n: x.n, t: x.t, r: x.r, c: capF(c.a("r"), c.a("t")) }),
        })),
        {
          id: "jr",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            n: fx(`SUM(${c.a("n", "w1")}:${c.a("n", "w4")})`),
            t: fx(`SUM(${c.a("t", "w1")}:${c.a("t", "w4")})`),
            // planted: a stale cached total from before Triwulan IV's December receipts
            r: fx(`SUM(${c.a("r", "w1")}:${c.a("r", "w4")})`, STALE),
            c: capF(c.a("r"), c.a("t")),
          }),
        },
      ],
    },
    left.length + 2,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: capaian di atas 100% pada Zona I dan Zona III berasal dari penambahan jam layanan parkir malam.",
    "Capaian JUMLAH dihitung dari jumlah realisasi dibagi jumlah target, bukan rata-rata capaian per zona.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Banjar Tambun, 15 Januari 2025",
    jabatan: ["Kepala Dinas Perhubungan", "Kota Banjar Tambun,"],
    nama: "Hj. NOOR AINAH RAHMAWATI, S.E., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770128 200212 2 006",
  });

  b.plant({
    at: { sheet: S, cell: tl.a("c", "z4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Zona IV is a typed 67.03 among ROUND formulas; 874,350 / 1,150,000 gives 76.03",
    truth: `ROUND(${tl.a("r", "z4")}/${tl.a("t", "z4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: tr.a("r", "jr") },
    rules: ["sum-mismatch"],
    note: "Jumlah realisasi of the retribusi pengujian is =SUM with a stale cached 1,233,215 (Triwulan IV at 283,920 before the December receipts); the four quarters add up to 1,288,215",
    truth: K.map((x) => tr.a("r", x.id)).join("+"),
  });
  for (const x of Z)
    if (x.id !== "z4")
      b.ok({
        sheet: S,
        cell: tl.a("c", x.id),
        rules: x.r > x.t ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: `ROUND(${tl.a("r", x.id)}/${tl.a("t", x.id)}*100,2)`,
      });
  for (const k of ["t", "r"])
    b.ok({
      sheet: S,
      cell: tl.a(k, "jl"),
      rules: ["sum-mismatch"],
      truth: Z.map((x) => tl.a(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: tl.a("c", "jl"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${tl.a("r", "jl")}/${tl.a("t", "jl")}*100,2)`,
    // the total capaian is the ratio of the totals, not the average of the zones
    trap: `ROUND(AVERAGE(${tl.a("c", "z1")}:${tl.a("c", "z5")}),2)`,
  });
  for (const x of K)
    b.ok({
      sheet: S,
      cell: tr.a("c", x.id),
      rules: x.r > x.t ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: `ROUND(${tr.a("r", x.id)}/${tr.a("t", x.id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: tr.a("t", "jr"),
    rules: ["sum-mismatch"],
    truth: K.map((x) => tr.a("t", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: tr.a("n", "jr"),
    rules: ["sum-mismatch"],
    truth: K.map((x) => tr.a("n", x.id)).join("+"),
  });
  if (round((874_350 / 1_150_000) * 100) !== 76.03) throw new Error("zona iv");
  return b.finish();
}
