// A sector recap the Dinas Perindustrian of a kota in Maluku Utara really keeps: IKM binaan, sentra
// IKM, tenaga kerja and nilai produksi per kecamatan for 2024, with IKM bersertifikat halal and a
// second table of sentra by komoditas under it. Counts and Rp add up; the share of halal-certified
// IKM of the whole kota is the ratio of the totals. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Kec = {
  id: string;
  nm: string;
  ikm: number;
  sentra: number;
  l: number;
  p: number;
  q: [number, number, number, number];
  halal: number;
};

export function rekapIkmGamkonora(): BookW {
  const b = new BookW(
    "rekap-ikm-binaan-per-kecamatan-disperin-gamkonora.xlsx",
    "rekap IKM binaan per kecamatan (Dinas Perindustrian kota)",
    "Rekap IKM binaan 2024 of a kota in Maluku Utara: No | Kecamatan | IKM Binaan (unit) | Sentra IKM | 'Tenaga Kerja IKM (orang)' > Laki-laki | Perempuan | Jumlah | 'Nilai Produksi IKM (Rp)' > Triwulan I-IV | Jumlah Setahun | 'IKM Bersertifikat Halal' > Unit | % thd IKM Binaan; number row '(7)=(5)+(6)', '(12)=(8)+(9)+(10)+(11)', '(14)=(13)/(3)x100'; JUMLAH KOTA row; Tabel 2 under it: sentra IKM per komoditas with a Jumlah",
  );
  const S = "Rekap IKM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA GAMKONORA",
    "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
    "Jl. Sultan Babullah No. 17, Gamkonora - Maluku Utara",
  ]);
  s.lines([
    "Tabel 1. REKAPITULASI INDUSTRI KECIL DAN MENENGAH (IKM) BINAAN MENURUT KECAMATAN",
    "KOTA GAMKONORA KEADAAN 31 DESEMBER 2024",
  ]);
  s.gap();
  const kec: Kec[] = [
    {
      id: "k1",
      nm: "Gamkonora Utara",
      ikm: 142,
      sentra: 3,
      l: 198,
      p: 251,
      q: [412_350_000, 455_800_000, 498_120_000, 531_600_000],
      halal: 38,
    },
    {
      id: "k2",
      nm: "Gamkonora Selatan",
      ikm: 118,
      sentra: 2,
      l: 160,
      p: 214,
      q: [356_400_000, 371_250_000, 402_900_000, 447_300_000],
      halal: 29,
    },
    {
      id: "k3",
      nm: "Pulau Dofa",
      ikm: 64,
      sentra: 1,
      l: 71,
      p: 109,
      q: [148_700_000, 162_450_000, 171_800_000, 190_250_000],
      halal: 11,
    },
    {
      id: "k4",
      nm: "Tanjung Kusu",
      ikm: 97,
      sentra: 2,
      l: 133,
      p: 152,
      q: [263_500_000, 281_900_000, 300_150_000, 327_400_000],
      halal: 22,
    },
    {
      id: "k5",
      nm: "Batu Lamo",
      ikm: 53,
      sentra: 1,
      l: 58,
      p: 87,
      q: [102_600_000, 118_300_000, 124_750_000, 139_900_000],
      halal: 9,
    },
    {
      id: "k6",
      nm: "Kalaodi Pesisir",
      ikm: 81,
      sentra: 2,
      l: 102,
      p: 138,
      q: [211_800_000, 229_450_000, 246_300_000, 268_150_000],
      halal: 17,
    },
  ];
  const TK = "Tenaga Kerja IKM (orang)";
  const NP = "Nilai Produksi IKM Tahun 2024 (Rp)";
  const HL = "IKM Bersertifikat Halal";
  const qs = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    {
      key: "ikm",
      head: ["Jumlah IKM Binaan (unit usaha)"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    { key: "sentra", head: ["Sentra IKM (sentra)"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "l", head: [TK, "Laki-laki"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "p", head: [TK, "Perempuan"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "tk", head: [TK, "Jumlah"], role: "realisasi", year: 2024, num: "(7)=(5)+(6)", fmt: INT },
    ...qs.map((k, i): Col => ({
      key: k,
      head: [NP, `Triwulan ${["I", "II", "III", "IV"][i]}`],
      role: "realisasi",
      year: 2024,
      num: `(${8 + i})`,
      fmt: RP,
      width: 15,
    })),
    {
      key: "np",
      head: [NP, "Jumlah Setahun"],
      role: "realisasi",
      year: 2024,
      num: "(12)=(8)+(9)+(10)+(11)",
      fmt: RP,
      width: 17,
    },
    { key: "halal", head: [HL, "Unit"], role: "realisasi", year: 2024, num: "(13)", fmt: INT },
    { key: "pct", head: [HL, "% thd IKM Binaan"], role: "lainnya", num: "(14)=(13)/(3)x100", fmt: DEC },
  ];
  const pct = (h: string, n: string) => fx(`ROUND(${h}/${n}*100,2)`);
  const rows: Row[] = kec.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        kec: x.nm,
        ikm: x.ikm,
        sentra: x.sentra,
        l: x.l,
        p: x.p,
        // planted: Tanjung Kusu's Jumlah typed with two digits swapped (133 + 152 = 285)
        tk: x.id === "k4" ? 258 : fx(`${c.a("l")}+${c.a("p")}`),
        np: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
        halal: x.halal,
        pct: pct(c.a("halal"), c.a("ikm")),
      };
      qs.forEach((k, j) => (out[k] = x.q[j]));
      return out;
    },
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
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH KOTA" };
          for (const k of ["ikm", "sentra", "l", "p", "tk", ...qs, "np", "halal"])
            // planted: the Triwulan III total stops one row short (Kalaodi Pesisir left out)
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, k === "q3" ? "k5" : "k6")})`);
          out.pct = pct(c.a("halal"), c.a("ikm"));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: pendataan IKM binaan oleh penyuluh lapangan industri, diolah."]);
  s.gap();
  s.lines(["Tabel 2. SENTRA IKM MENURUT KOMODITAS UNGGULAN TAHUN 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "kom", head: ["Komoditas Sentra"], role: "indikator", width: 20 },
      { key: "n", head: ["Jumlah Sentra"], role: "realisasi", year: 2024, fmt: INT },
      { key: "ang", head: ["IKM Anggota Sentra (unit)"], role: "realisasi", year: 2024, fmt: INT },
    ],
    headerRows: 1,
    rows: [
      { id: "m1", cells: { no: 1, kom: "Olahan pala dan cengkih", n: 3, ang: 46 } },
      { id: "m2", cells: { no: 2, kom: "Olahan ikan (ikan asap / fufu)", n: 4, ang: 58 } },
      { id: "m3", cells: { no: 3, kom: "Kerajinan anyaman pandan dan bambu", n: 2, ang: 21 } },
      { id: "m4", cells: { no: 4, kom: "Olahan kelapa (kopra putih, VCO)", n: 2, ang: 30 } },
      {
        id: "j",
        bold: true,
        span: ["no", "kom"],
        cells: (c) => ({
          no: "Jumlah",
          n: fx(`SUM(${c.a("n", "m1")}:${c.a("n", "m4")})`),
          ang: fx(`SUM(${c.a("ang", "m1")}:${c.a("ang", "m4")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 11, {
    tempat: "Gamkonora, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN", "KOTA GAMKONORA,"],
    nama: "Drs. ABDURRAHMAN HI. DJAFAR, M.Si",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710412 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tk", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah tenaga kerja of Tanjung Kusu is a typed 258 among (5)+(6) formulas; 133 + 152 give 285",
    truth: `${a("l", "k4")}+${a("p", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH KOTA of the Triwulan III nilai produksi is SUM over the first five kecamatan only (1,497,720,000); with Kalaodi Pesisir's 246,300,000 it is 1,744,020,000",
    truth: kec.map((x) => a("q3", x.id)).join("+"),
  });
  // the kota's share is the ratio of the totals, not the sum of the kecamatan shares
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("halal", "tot")}/${a("ikm", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k6")})`,
  });
  for (const x of kec) {
    b.ok({
      sheet: S,
      cell: a("np", x.id),
      rules: ["sum-mismatch"],
      truth: qs.map((k) => a(k, x.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("pct", x.id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("halal", x.id)}/${a("ikm", x.id)}*100,2)`,
    });
    if (x.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("tk", x.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: `${a("l", x.id)}+${a("p", x.id)}`,
      });
  }
  for (const k of ["ikm", "sentra", "l", "p", "q1", "q2", "q4", "np", "halal"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  const a2 = (k: string, id: string) => t2.a(k, id);
  for (const k of ["n", "ang"])
    b.ok({
      sheet: S,
      cell: a2(k, "j"),
      rules: ["sum-mismatch"],
      truth: ["m1", "m2", "m3", "m4"].map((id) => a2(k, id)).join("+"),
    });
  // the sentra by komoditas add up to the sentra of Tabel 1
  b.ok({ sheet: S, cell: a2("n", "j"), rules: ["cross-table-mismatch"], truth: a("sentra", "tot") });
  return b.finish();
}
