// Two recaps of BPBD: nagari tangguh bencana per kecamatan with the quarterly response times beside it
// (Kabupaten Lembah Sirangkai), and the rehabilitasi-rekonstruksi pascabencana money and works per sektor
// with its quarterly realisation below (Kota Teluk Wahana). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

/** Destana per kecamatan, side by side (one empty column) with kejadian bencana per triwulan. */
export function rekapDestana(): BookW {
  const b = new BookW(
    "rekap-destana-per-kecamatan-lembah-sirangkai-2024-329.xlsx",
    "Rekap destana per kecamatan + waktu tanggap per triwulan (BPBD)",
    "Destana per kecamatan (Pratama/Madya/Utama under one merged group, number row '(7)=(4)+(5)+(6)', '(8)=(7)/(3)x100', JUMLAH row) and, after one empty column, kejadian bencana per triwulan with % tepat waktu and a weighted rata-rata waktu tanggap",
  );
  const S = "Destana 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN LEMBAH SIRANGKAI"]);
  s.lines(["REKAPITULASI NAGARI TANGGUH BENCANA (DESTANA) PER KECAMATAN DAN KEJADIAN BENCANA TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const kec: Array<[string, number, number, number, number]> = [
    ["Sirangkai Hilir", 9, 3, 2, 1],
    ["Sirangkai Mudiak", 11, 4, 1, 0],
    ["Lubuk Tarok Baru", 12, 5, 3, 1],
    ["Koto Pulai", 8, 2, 2, 1],
    ["Batang Sani", 10, 3, 1, 0],
    ["Tanjuang Gadang", 7, 2, 1, 1],
    ["Padang Laweh Selatan", 13, 4, 2, 0],
    ["Sungai Kalu", 9, 3, 1, 1],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], num: "(2)", width: 22 },
    { key: "nag", head: ["Jumlah Nagari"], num: "(3)", fmt: "0", width: 10 },
    { key: "pr", head: ["Nagari Tangguh Bencana (Destana)", "Pratama"], num: "(4)", fmt: "0", width: 9 },
    { key: "md", head: ["Nagari Tangguh Bencana (Destana)", "Madya"], num: "(5)", fmt: "0", width: 9 },
    { key: "ut", head: ["Nagari Tangguh Bencana (Destana)", "Utama"], num: "(6)", fmt: "0", width: 9 },
    {
      key: "jml",
      head: ["Nagari Tangguh Bencana (Destana)", "Jumlah"],
      num: "(7)=(4)+(5)+(6)",
      fmt: "0",
      width: 10,
    },
    { key: "pct", head: ["Persentase Nagari Tangguh (%)"], num: "(8)=(7)/(3)x100", fmt: DEC, width: 12 },
  ];
  const rows: Row[] = kec.map(([nama, nag, pr, md, ut], i) => ({
    id: `c${i + 1}`,
    cells: (c) => ({
      no: i + 1,
      kec: nama,
      nag,
      pr,
      md,
      ut,
      jml: fx(`SUM(${c.a("pr")}:${c.a("ut")})`),
      // planted on row 3: typed 108.33 (13 / 12, the planner added the Pratama twice)
      pct: i === 2 ? 108.33 : fx(`ROUND(${c.a("jml")}/${c.a("nag")}*100,2)`),
    }),
  }));
  const t1 = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...rows,
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"],
          cells: (c) => ({
            no: "JUMLAH",
            nag: fx(`SUM(${c.a("nag", "c1")}:${c.a("nag", "c8")})`),
            pr: fx(`SUM(${c.a("pr", "c1")}:${c.a("pr", "c7")})`),
            md: fx(`SUM(${c.a("md", "c1")}:${c.a("md", "c8")})`),
            ut: fx(`SUM(${c.a("ut", "c1")}:${c.a("ut", "c8")})`),
            jml: fx(`SUM(${c.a("jml", "c1")}:${c.a("jml", "c8")})`),
            pct: fx(`ROUND(${c.a("jml")}/${c.a("nag")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tw: Array<[string, number, number, number]> = [
    ["Triwulan I", 14, 12, 4.6],
    ["Triwulan II", 23, 20, 5.1],
    ["Triwulan III", 9, 9, 3.8],
    ["Triwulan IV", 18, 16, 4.3],
  ];
  const wAvg = round(sum(tw.map((x) => x[1] * x[3])) / sum(tw.map((x) => x[1])));
  const t2 = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "kej", head: ["Jumlah Kejadian Bencana"], fmt: "0", width: 11 },
        { key: "tep", head: ["Ditangani <= 6 Jam"], fmt: "0", width: 11 },
        { key: "pct", head: ["% Tepat Waktu"], fmt: DEC, width: 10 },
        { key: "wt", head: ["Rata-rata Waktu Tanggap (jam)"], fmt: DEC, width: 12 },
      ],
      headerRows: 1,
      rows: [
        ...tw.map(([p, k, d, w], i): Row => ({
          id: `t${i + 1}`,
          cells: (c) => ({
            tw: p,
            kej: k,
            tep: d,
            pct: fx(`ROUND(${c.a("tep")}/${c.a("kej")}*100,2)`),
            wt: w,
          }),
        })),
        {
          id: "tt",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah / Rata-rata",
            kej: fx(`SUM(${c.a("kej", "t1")}:${c.a("kej", "t4")})`),
            tep: fx(`SUM(${c.a("tep", "t1")}:${c.a("tep", "t4")})`),
            pct: fx(`ROUND(${c.a("tep")}/${c.a("kej")}*100,2)`),
            wt: wAvg,
          }),
        },
      ],
    },
    t1.right + 2,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: Pusdalops PB Kabupaten Lembah Sirangkai; rata-rata waktu tanggap tahunan dibobot jumlah kejadian.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Koto Pulai, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PENCEGAHAN DAN KESIAPSIAGAAN"],
    nama: "RINI FEBRIANTI, S.Si., M.Sc.",
    nip: "19840921 200902 2 003",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const ids = kec.map((_, i) => `c${i + 1}`);
  b.plant({
    at: { sheet: S, cell: a("pr", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Pratama =SUM stops at Padang Laweh Selatan (23); the eight kecamatan add up to 26",
    truth: ids.map((id) => a("pr", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "c3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Lubuk Tarok Baru typed 108.33 % among formulas; 9 destana of 12 nagari give 75.00",
    truth: `${a("jml", "c3")}/${a("nag", "c3")}*100`,
  });
  for (const k of ["nag", "md", "ut"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${a("jml", "tot")}/${a("nag", "tot")}*100`,
    trap: `AVERAGE(${a("pct", "c1")}:${a("pct", "c8")})`,
  });
  for (const id of ids) {
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("pr", id)}+${a("md", id)}+${a("ut", id)}`,
    });
    if (id !== "c3")
      b.ok({
        sheet: S,
        cell: a("pct", id),
        rules: ["ratio-components-mismatch", "percent-out-of-range"],
        truth: `${a("jml", id)}/${a("nag", id)}*100`,
      });
  }
  const q = ["t1", "t2", "t3", "t4"];
  const z = (k: string, id: string) => t2.a(k, id);
  b.ok({
    sheet: S,
    cell: z("pct", "tt"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${z("tep", "tt")}/${z("kej", "tt")}*100`,
    trap: `AVERAGE(${z("pct", "t1")}:${z("pct", "t4")})`,
  });
  b.ok({
    sheet: S,
    cell: z("wt", "tt"),
    rules: ["sum-mismatch"],
    truth: `(${q.map((id) => `${z("kej", id)}*${z("wt", id)}`).join("+")})/${z("kej", "tt")}`,
    trap: `AVERAGE(${z("wt", "t1")}:${z("wt", "t4")})`,
  });
  for (const k of ["kej", "tep"])
    b.ok({ sheet: S, cell: z(k, "tt"), rules: ["sum-mismatch"], truth: q.map((id) => z(k, id)).join("+") });
  for (const id of q)
    b.ok({
      sheet: S,
      cell: z("pct", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${z("tep", id)}/${z("kej", id)}*100`,
    });
  return b.finish();
}

type Sektor = { id: string; nama: string; pagu: number; rq: number[]; tpk: number; sel: number };

/** Dana rehabilitasi dan rekonstruksi pascabencana per sektor, with realisasi per triwulan below. */
export function rekapRehabRekon(): BookW {
  const b = new BookW(
    "rekap-rehab-rekon-pascabencana-teluk-wahana-2024-329.xlsx",
    "Rekap rehabilitasi-rekonstruksi per sektor (BPBD)",
    "Rehab-rekon pascabencana 2024 per sektor: 'Keuangan' and 'Fisik' groups (Pagu, Realisasi, Serapan %, paket target / selesai / capaian %), TOTAL row; a second table below (after a blank row and a caption): realisasi per triwulan with =SUM Jumlah",
  );
  const S = "Rehab-Rekon 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TELUK WAHANA",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Trans Sulawesi No. 112, Teluk Wahana",
  ]);
  s.lines([
    "REKAPITULASI PELAKSANAAN REHABILITASI DAN REKONSTRUKSI PASCABENCANA",
    "Sumber dana: Hibah RR BNPB dan APBD Kota Teluk Wahana Tahun Anggaran 2024",
  ]);
  s.gap();
  const sek: Sektor[] = [
    {
      id: "rum",
      nama: "Perumahan",
      pagu: 4_500_000_000,
      rq: [412_300_000, 1_086_450_000, 1_398_700_000, 1_228_600_000],
      tpk: 18,
      sel: 15,
    },
    {
      id: "inf",
      nama: "Infrastruktur",
      pagu: 6_250_000_000,
      rq: [735_000_000, 1_642_800_000, 2_105_350_000, 1_459_600_000],
      tpk: 12,
      sel: 11,
    },
    {
      id: "sos",
      nama: "Sosial",
      pagu: 1_820_000_000,
      rq: [188_200_000, 506_900_000, 611_450_000, 447_250_000],
      tpk: 6,
      sel: 6,
    },
    {
      id: "eko",
      nama: "Ekonomi Produktif",
      pagu: 960_000_000,
      rq: [96_500_000, 218_300_000, 231_700_000, 178_900_000],
      tpk: 8,
      sel: 5,
    },
    {
      id: "lin",
      nama: "Lintas Sektor",
      pagu: 735_400_000,
      rq: [64_800_000, 182_600_000, 214_350_000, 236_150_000],
      tpk: 4,
      sel: 3,
    },
  ];
  const PLANT_RUM = sum(sek[0].rq) * 10;
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sek", head: ["Sektor"], width: 20 },
      { key: "pagu", head: ["Keuangan", "Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
      {
        key: "real",
        head: ["Keuangan", "Realisasi (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 17,
      },
      { key: "ser", head: ["Keuangan", "Serapan (%)"], fmt: DEC, width: 10 },
      { key: "tpk", head: ["Fisik", "Target (paket)"], role: "target", year: 2024, fmt: "0", width: 9 },
      { key: "sel", head: ["Fisik", "Selesai (paket)"], role: "realisasi", year: 2024, fmt: "0", width: 9 },
      { key: "fis", head: ["Fisik", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: [
      ...sek.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sek: x.nama,
          pagu: x.pagu,
          real: x.id === "rum" ? PLANT_RUM : sum(x.rq),
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          tpk: x.tpk,
          sel: x.sel,
          fis: fx(`ROUND(${c.a("sel")}/${c.a("tpk")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          sek: "TOTAL",
          pagu: fx(`SUM(${c.a("pagu", "rum")}:${c.a("pagu", "lin")})`),
          real: fx(`SUM(${c.a("real", "rum")}:${c.a("real", "lin")})`),
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          tpk: fx(`SUM(${c.a("tpk", "rum")}:${c.a("tpk", "lin")})`),
          sel: fx(`SUM(${c.a("sel", "rum")}:${c.a("sel", "lin")})`),
          fis: fx(`ROUND(${c.a("sel")}/${c.a("tpk")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Realisasi keuangan per triwulan (Rp)"]);
  const STALE_SOS = 1_573_800_000;
  const t2 = s.table({
    cols: [
      { key: "sek", head: ["Sektor"], width: 20 },
      ...["I", "II", "III", "IV"].map((r, i): Col => ({
        key: `q${i}`,
        head: [`TW ${r}`],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 17,
      })),
      { key: "jml", head: ["Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
    ],
    headerRows: 1,
    rows: [
      ...sek.map((x): Row => ({
        id: `q${x.id}`,
        cells: (c) => ({
          sek: x.nama,
          q0: x.rq[0],
          q1: x.rq[1],
          q2: x.rq[2],
          q3: x.rq[3],
          jml: fx(`SUM(${c.a("q0")}:${c.a("q3")})`, x.id === "sos" ? STALE_SOS : undefined),
        }),
      })),
      {
        id: "qtot",
        bold: true,
        cells: (c) => {
          const o: Record<string, ReturnType<typeof fx> | string> = { sek: "Jumlah" };
          for (const k of ["q0", "q1", "q2", "q3", "jml"])
            o[k] = fx(`SUM(${c.a(k, "qrum")}:${c.a(k, "qlin")})`);
          return o;
        },
      },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Teluk Wahana, 15 Januari 2025",
    jabatan: ["KEPALA BIDANG REHABILITASI DAN REKONSTRUKSI"],
    nama: "Ir. ANDI MASYITAH TOMBOLOTUTU, M.T.",
    nip: "19800603 200604 2 011",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const z = (k: string, id: string) => t2.a(k, id);
  const qs = (id: string) => [0, 1, 2, 3].map((i) => z(`q${i}`, id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "rum") },
        { sheet: S, cell: a("ser", "rum") },
      ],
    },
    rules: ["serapan-over-100", "number-scale", "cross-table-mismatch"],
    note: `Perumahan realisasi typed ${PLANT_RUM} (ten times off), serapan 916.90 %; the quarters below add up to ${PLANT_RUM / 10}`,
    truth: qs("qrum"),
  });
  b.plant({
    at: { sheet: S, cell: z("jml", "qsos") },
    rules: ["sum-mismatch"],
    note: `Sosial Jumlah =SUM with a stale cached ${STALE_SOS}; the quarters add up to 1,753,800,000`,
    truth: qs("qsos"),
  });
  for (const x of sek) {
    b.ok({
      sheet: S,
      cell: a("fis", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `${a("sel", x.id)}/${a("tpk", x.id)}*100`,
    });
    if (x.id === "rum") continue;
    b.ok({
      sheet: S,
      cell: a("ser", x.id),
      rules: ["serapan-over-100", "ratio-components-mismatch"],
      truth: `${a("real", x.id)}/${a("pagu", x.id)}*100`,
    });
    if (x.id === "sos") continue;
    b.ok({
      sheet: S,
      cell: a("real", x.id),
      rules: ["cross-table-mismatch", "number-scale"],
      truth: qs(`q${x.id}`),
    });
    b.ok({ sheet: S, cell: z("jml", `q${x.id}`), rules: ["sum-mismatch"], truth: qs(`q${x.id}`) });
  }
  for (const k of ["pagu", "tpk", "sel"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: sek.map((x) => a(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("fis", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `${a("sel", "tot")}/${a("tpk", "tot")}*100`,
    trap: `AVERAGE(${a("fis", "rum")}:${a("fis", "lin")})`,
  });
  for (const k of ["q0", "q1", "q2", "q3"])
    b.ok({
      sheet: S,
      cell: z(k, "qtot"),
      rules: ["sum-mismatch"],
      truth: sek.map((x) => z(k, `q${x.id}`)).join("+"),
    });
  return b.finish();
}
