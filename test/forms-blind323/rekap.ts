// Two DP3A recaps: korban kekerasan per kecamatan with a per-triwulan table beside it (Kabupaten
// Lembah Sariak), and anggaran responsif gender (ARG) per OPD (Kota Bukit Merapu). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** Korban kekerasan per kecamatan 2024 and kasus per triwulan, side by side (one empty column). */
export function rekapKorbanKecamatan(): BookW {
  const b = new BookW(
    "rekap-korban-kekerasan-per-kecamatan-lembah-sariak-323.xlsx",
    "Rekap korban kekerasan per kecamatan + per triwulan (DP3A)",
    "UPTD PPA recap: korban per kecamatan (perempuan dewasa, anak laki-laki, anak perempuan, total (6)=(3)+(4)+(5) formulas, terlayani, % typed) with Jumlah; beside it after one empty column a per-triwulan table of kasus dilaporkan / selesai with ROUND % and a ratio-of-totals Jumlah",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIAK",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "UPTD PERLINDUNGAN PEREMPUAN DAN ANAK",
  ]);
  s.lines([
    "REKAPITULASI KORBAN KEKERASAN TERHADAP PEREMPUAN DAN ANAK MENURUT KECAMATAN TAHUN 2024",
    "Sumber: SIMFONI-PPA dan register UPTD PPA",
  ]);
  s.gap();
  const top = s.r;
  const kec: Array<[string, number, number, number, number, number | null]> = [
    // nama, perempuan dewasa, anak laki-laki, anak perempuan, terlayani, typed total (planted) or null
    ["Lubuk Sariak", 18, 7, 12, 35, null],
    ["Koto Baru Ilie", 11, 4, 9, 23, null],
    ["Sungai Talang", 9, 3, 6, 17, null],
    ["Batang Pamuai", 14, 6, 10, 27, 24],
    ["Padang Ganting Hilir", 8, 2, 5, 14, null],
    ["Nagari Tuo", 6, 3, 4, 13, null],
    ["Rantau Kaciak", 10, 5, 7, 20, null],
  ];
  const G = "Jumlah Korban Kekerasan (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    { key: "pd", head: [G, "Perempuan Dewasa"], num: "(3)", fmt: INT, width: 11 },
    { key: "al", head: [G, "Anak Laki-laki"], num: "(4)", fmt: INT, width: 11 },
    { key: "ap", head: [G, "Anak Perempuan"], num: "(5)", fmt: INT, width: 11 },
    { key: "jml", head: [G, "Total"], num: "(6)=(3)+(4)+(5)", fmt: INT, width: 12 },
    {
      key: "lay",
      head: ["Korban yang Mendapat Layanan"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
      width: 13,
    },
    {
      key: "pct",
      head: ["Persentase Korban Terlayani (%)"],
      role: "capaian",
      year: 2024,
      num: "(8)=(7)/(6)x100",
      fmt: DEC,
      width: 13,
    },
  ];
  const rows: Row[] = kec.map(([nm, pd, al, ap, lay, typed], i) => ({
    id: `k${i}`,
    cells: (x) => ({
      no: i + 1,
      kec: nm,
      pd,
      al,
      ap,
      // planted: Batang Pamuai's total typed 24 over the formulas (the anak laki-laki left out)
      jml: typed ?? fx(`${x.a("pd")}+${x.a("al")}+${x.a("ap")}`),
      // planted: Padang Ganting Hilir's % typed the wrong way round (15/14 = 107.14)
      pct: nm === "Padang Ganting Hilir" ? 107.14 : Math.round((lay / (pd + al + ap)) * 10000) / 100,
      lay,
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "Jumlah",
          pd: fx(`SUM(${x.a("pd", "k0")}:${x.a("pd", "k6")})`),
          al: fx(`SUM(${x.a("al", "k0")}:${x.a("al", "k6")})`),
          ap: fx(`SUM(${x.a("ap", "k0")}:${x.a("ap", "k6")})`),
          jml: fx(`SUM(${x.a("jml", "k0")}:${x.a("jml", "k6")})`),
          lay: fx(`SUM(${x.a("lay", "k0")}:${x.a("lay", "k6")})`),
          pct: fx(`ROUND(${x.a("lay")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  const tw: Array<[string, number, number]> = [
    ["Triwulan I", 41, 36],
    ["Triwulan II", 38, 35],
    ["Triwulan III", 47, 41],
    ["Triwulan IV", 35, 33],
  ];
  const q = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "in", head: ["Kasus Dilaporkan"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
        { key: "out", head: ["Kasus Selesai Ditangani"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
        { key: "pct", head: ["Penyelesaian Kasus (%)"], role: "capaian", year: 2024, fmt: DEC, width: 12 },
      ],
      headerRows: 2,
      rows: [
        ...tw.map(([p, i, o], j): Row => ({
          id: `q${j}`,
          cells: (x) => ({ tw: p, in: i, out: o, pct: fx(`ROUND(${x.a("out")}/${x.a("in")}*100,2)`) }),
        })),
        {
          id: "qt",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            in: fx(`SUM(${x.a("in", "q0")}:${x.a("in", "q3")})`),
            out: fx(`SUM(${x.a("out", "q0")}:${x.a("out", "q3")})`),
            pct: fx(`ROUND(${x.a("out")}/${x.a("in")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines(["*) satu korban dapat tercatat pada lebih dari satu kasus; data triwulan IV sementara."]);
  s.gap();
  signature(s, 7, {
    tempat: "Lubuk Sariak, 10 Januari 2025",
    jabatan: ["Kepala UPTD PPA"],
    nama: "YULIA FITRIANI, S.Psi., M.Psi., Psikolog",
    nip: "19850617 201001 2 023",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Batang Pamuai total typed 24 among formulas; 14 + 6 + 10 = 30 (anak laki-laki left out)",
    truth: `${a("pd", "k3")}+${a("al", "k3")}+${a("ap", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k4") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "Padang Ganting Hilir typed 107.14 (15/14); 14 terlayani of 15 korban is 93.33",
    truth: `ROUND(${a("lay", "k4")}/${a("jml", "k4")}*100,2)`,
  });
  for (const id of ["k0", "k1", "k2", "k5", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${a("lay", id)}/${a("jml", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("pd", id)}+${a("al", id)}+${a("ap", id)}`,
    });
  }
  for (const k of ["pd", "al", "ap", "lay"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k0")}:${a(k, "k6")})` });
  const qa = (k: string, id: string) => q.a(k, id);
  b.ok({
    sheet: S,
    cell: qa("pct", "qt"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${qa("out", "qt")}/${qa("in", "qt")}*100,2)`,
    trap: `AVERAGE(${qa("pct", "q0")}:${qa("pct", "q3")})`,
  });
  for (const k of ["in", "out"])
    b.ok({
      sheet: S,
      cell: qa(k, "qt"),
      rules: ["sum-mismatch"],
      truth: `SUM(${qa(k, "q0")}:${qa(k, "q3")})`,
    });
  for (const id of ["q0", "q1", "q2", "q3"])
    b.ok({
      sheet: S,
      cell: qa("pct", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${qa("out", id)}/${qa("in", id)}*100,2)`,
    });
  return b.finish();
}

type O = [string, number, number, number, number, number];

/** Anggaran responsif gender per OPD 2024, Kota Bukit Merapu (Rp), with a Jumlah row. */
export function rekapArgOpd(): BookW {
  const b = new BookW(
    "rekap-arg-per-opd-bukit-merapu-323.xlsx",
    "Rekap anggaran responsif gender per OPD (DP3A, PUG/PPRG)",
    "PPRG monitoring: per OPD sub kegiatan counts, pagu APBD, pagu ARG, % ARG = 6/5 x 100, realisasi ARG, serapan = 8/6 x 100; group headers repeated in every cell; number row with formulas; Jumlah row with ratio-of-totals percentages",
  );
  const S = "ARG 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI ANGGARAN RESPONSIF GENDER (ARG) PERANGKAT DAERAH",
    "PEMERINTAH KOTA BUKIT MERAPU TAHUN ANGGARAN 2024",
    "Sekretariat Pokja PUG - DP3A Kota Bukit Merapu",
  ]);
  s.gap();
  const opd: O[] = [
    ["Dinas Pendidikan", 142, 18, 412_650_000_000, 9_834_500_000, 9_102_300_000],
    ["Dinas Kesehatan", 118, 22, 286_430_000_000, 14_260_750_000, 13_418_900_000],
    ["Dinas Sosial", 46, 15, 38_915_000_000, 6_742_300_000, 6_315_800_000],
    [
      "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
      39,
      27,
      12_480_000_000,
      8_936_400_000,
      8_402_750_000,
    ],
    ["Dinas Tenaga Kerja", 31, 6, 9_874_000_000, 1_268_900_000, 1_104_600_000],
    [
      "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
      44,
      5,
      21_630_000_000,
      862_400_000,
      791_250_000,
    ],
    ["Dinas Koperasi, UKM dan Perdagangan", 52, 8, 27_415_000_000, 2_318_600_000, 2_067_400_000],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No", "No"], role: "no", num: "1", width: 5 },
    { key: "opd", head: ["Perangkat Daerah", "Perangkat Daerah"], num: "2", width: 40 },
    { key: "ns", head: ["Sub Kegiatan", "Jumlah"], num: "3", fmt: INT, width: 10 },
    { key: "ng", head: ["Sub Kegiatan", "Responsif Gender"], num: "4", fmt: INT, width: 11 },
    {
      key: "pagu",
      head: ["Anggaran (Rp)", "Pagu APBD"],
      role: "anggaran",
      year: 2024,
      num: "5",
      fmt: RP,
      width: 19,
    },
    {
      key: "arg",
      head: ["Anggaran (Rp)", "Pagu ARG"],
      role: "anggaran",
      year: 2024,
      num: "6",
      fmt: RP,
      width: 17,
    },
    {
      key: "pa",
      head: ["% ARG terhadap Pagu", "% ARG terhadap Pagu"],
      num: "7 = 6/5 x 100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "real",
      head: ["Realisasi ARG (Rp)", "Realisasi ARG (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8",
      fmt: RP,
      width: 17,
    },
    {
      key: "ser",
      head: ["Serapan ARG (%)", "Serapan ARG (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 8/6 x 100",
      fmt: DEC,
      width: 11,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "repeat",
    numberRow: "plain",
    rows: [
      ...opd.map(([nm, ns, ng, pagu, arg, real], i): Row => ({
        id: `o${i}`,
        cells: (x) => ({
          no: i + 1,
          opd: nm,
          ns,
          ng,
          pagu,
          arg,
          pa: fx(`ROUND(${x.a("arg")}/${x.a("pagu")}*100,2)`),
          real,
          // planted: Dinas Kesehatan's serapan keeps a stale cached 97.85
          ser:
            i === 1
              ? fx(`ROUND(${x.a("real")}/${x.a("arg")}*100,2)`, 97.85)
              : fx(`ROUND(${x.a("real")}/${x.a("arg")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "opd"],
        cells: (x) => ({
          no: "JUMLAH",
          // planted: the count of sub kegiatan stops one row short
          ns: fx(`SUM(${x.a("ns", "o0")}:${x.a("ns", "o5")})`),
          ng: fx(`SUM(${x.a("ng", "o0")}:${x.a("ng", "o6")})`),
          pagu: fx(`SUM(${x.a("pagu", "o0")}:${x.a("pagu", "o6")})`),
          arg: fx(`SUM(${x.a("arg", "o0")}:${x.a("arg", "o6")})`),
          pa: fx(`ROUND(${x.a("arg")}/${x.a("pagu")}*100,2)`),
          real: fx(`SUM(${x.a("real", "o0")}:${x.a("real", "o6")})`),
          ser: fx(`ROUND(${x.a("real")}/${x.a("arg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Bukit Merapu, 20 Februari 2025",
    jabatan: ["Ketua Sekretariat Pokja PUG", "Kepala DP3A Kota Bukit Merapu"],
    nama: "dr. RATNA KUSUMA WARDHANI, M.Kes",
    nip: "19790221 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ns", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH sub kegiatan =SUM one row short: 420 instead of 472 (Dinas Koperasi left out)",
    truth: `SUM(${a("ns", "o0")}:${a("ns", "o6")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ser", "o1") },
    rules: ["ratio-components-mismatch"],
    note: "Dinas Kesehatan serapan formula with a stale cached 97.85; 13,418,900,000 / 14,260,750,000 gives 94.10",
    truth: `ROUND(${a("real", "o1")}/${a("arg", "o1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pa", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("arg", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pa", "o0")}:${a("pa", "o6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ser", "tot"),
    rules: ["ratio-components-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("real", "tot")}/${a("arg", "tot")}*100,2)`,
    trap: `AVERAGE(${a("ser", "o0")}:${a("ser", "o6")})`,
  });
  for (const k of ["ng", "pagu", "arg", "real"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o0")}:${a(k, "o6")})` });
  for (const id of ["o0", "o2", "o3", "o4", "o5", "o6"])
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["ratio-components-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("real", id)}/${a("arg", id)}*100,2)`,
    });
  for (const id of ["o0", "o3", "o6"])
    b.ok({
      sheet: S,
      cell: a("pa", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("arg", id)}/${a("pagu", id)}*100,2)`,
    });
  return b.finish();
}
