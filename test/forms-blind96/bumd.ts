// BUMD of a kabupaten in Kalimantan Selatan as the Bagian Perekonomian dan SDA keeps them: penyertaan
// modal to date and in 2024, dividen (bagian laba tahun buku 2023 disetor 2024) target and realisasi
// with capaian, and on the same sheet a recap of dividen per year 2020-2024. Every name and number is
// invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, type Row } from "../forms/kit";

type Bumd = {
  id: string;
  nm: string;
  bentuk: string;
  milik: number;
  m23: number;
  m24: number;
  td: number;
  rd: number;
};

export function dividenSungaiPinang(): BookW {
  const b = new BookW(
    "dividen-penyertaan-modal-bumd-sungai-pinang-hulu.xlsx",
    "rekap penyertaan modal dan dividen BUMD (Bagian Perekonomian)",
    "sheet 'BUMD 2024': No | Nama BUMD | Bentuk Hukum | Kepemilikan Pemda (%) | 'Penyertaan Modal Daerah (Rp)' > s.d. 2023 | Tahun 2024 | Jumlah s.d. 2024 | 'Dividen / Bagian Laba Disetor 2024 (Rp)' > Target | Realisasi | Capaian (%) | Keterangan; number row (1)..(11) with '(7)=(5)+(6)', '(10)=(9)/(8)x100'; JUMLAH row whose capaian is the ratio of the totals; Tabel 2 under it: dividen 2020-2024 per year with growth",
  );
  const S = "BUMD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI PINANG HULU",
    "SEKRETARIAT DAERAH - BAGIAN PEREKONOMIAN DAN SDA",
  ]);
  s.lines(["Tabel 1", "Penyertaan Modal Daerah dan Setoran Dividen BUMD Tahun Anggaran 2024"]);
  s.gap();
  const L: Bumd[] = [
    {
      id: "b1",
      nm: "PT BPR Bank Sungai Pinang (Perseroda)",
      bentuk: "Perseroda",
      milik: 100,
      m23: 48_500_000_000,
      m24: 5_000_000_000,
      td: 3_850_000_000,
      rd: 4_126_750_000,
    },
    {
      id: "b2",
      nm: "Perumda Air Minum Tirta Pinang",
      bentuk: "Perumda",
      milik: 100,
      m23: 62_750_000_000,
      m24: 7_500_000_000,
      td: 1_200_000_000,
      rd: 936_400_000,
    },
    {
      id: "b3",
      nm: "PT Bank Kalsel Raya (Perseroda), saham seri B",
      bentuk: "Perseroda",
      milik: 6.42,
      m23: 91_380_000_000,
      m24: 10_000_000_000,
      td: 12_400_000_000,
      rd: 13_018_560_000,
    },
    {
      id: "b4",
      nm: "PT Jamkrida Kalimantan Selatan",
      bentuk: "Perseroda",
      milik: 4.15,
      m23: 8_250_000_000,
      m24: 0,
      td: 410_000_000,
      rd: 387_200_000,
    },
    {
      id: "b5",
      nm: "Perumda Pasar Intan Pinang",
      bentuk: "Perumda",
      milik: 100,
      m23: 12_600_000_000,
      m24: 2_250_000_000,
      td: 250_000_000,
      rd: 118_500_000,
    },
  ];
  // planted: the Jumlah s.d. 2024 of the Perumda Air Minum is a typed 72,050,000,000 (digits swapped)
  const TYPED = 72_050_000_000;
  if (L[1].m23 + L[1].m24 === TYPED) throw new Error("typed equals");
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Nama BUMD"], role: "indikator", num: "(2)", width: 36 },
      { key: "bh", head: ["Bentuk Hukum"], role: "lainnya", num: "(3)", width: 11 },
      { key: "mi", head: ["Kepemilikan Pemda (%)"], role: "lainnya", num: "(4)", fmt: DEC, width: 11 },
      {
        key: "m23",
        head: ["Penyertaan Modal Daerah (Rp)", "s.d. Tahun 2023"],
        role: "realisasi-anggaran",
        year: 2023,
        num: "(5)",
        fmt: RP,
        width: 17,
      },
      {
        key: "m24",
        head: ["Penyertaan Modal Daerah (Rp)", "Tahun 2024"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(6)",
        fmt: RP,
        width: 17,
      },
      {
        key: "mj",
        head: ["Penyertaan Modal Daerah (Rp)", "Jumlah s.d. 2024"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(7)=(5)+(6)",
        fmt: RP,
        width: 17,
      },
      {
        key: "td",
        head: ["Dividen / Bagian Laba Disetor 2024 (Rp)", "Target"],
        role: "target",
        year: 2024,
        num: "(8)",
        fmt: RP,
        width: 16,
      },
      {
        key: "rd",
        head: ["Dividen / Bagian Laba Disetor 2024 (Rp)", "Realisasi"],
        role: "realisasi",
        year: 2024,
        num: "(9)",
        fmt: RP,
        width: 16,
      },
      {
        key: "cd",
        head: ["Dividen / Bagian Laba Disetor 2024 (Rp)", "Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: "(10)=(9)/(8)x100",
        fmt: DEC,
        width: 11,
      },
      { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(11)", width: 18 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...L.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          bh: x.bentuk,
          mi: x.milik,
          m23: x.m23,
          m24: x.m24 === 0 ? "-" : x.m24,
          mj: x.id === "b2" ? TYPED : fx(`SUM(${c.a("m23")}:${c.a("m24")})`),
          td: x.td,
          rd: x.rd,
          cd: fx(`ROUND(${c.a("rd")}/${c.a("td")}*100,2)`),
          ket:
            x.m24 === 0 ? "tidak ada penyertaan 2024" : x.rd < x.td ? "di bawah target" : "melampaui target",
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "mi"],
        cells: (c) => ({
          no: "JUMLAH",
          m23: fx(`SUM(${c.a("m23", "b1")}:${c.a("m23", "b5")})`),
          // planted: the SUM stops one row short (Perumda Pasar's 2,250,000,000 left out)
          m24: fx(`SUM(${c.a("m24", "b1")}:${c.a("m24", "b4")})`),
          mj: fx(`SUM(${c.a("mj", "b1")}:${c.a("mj", "b5")})`),
          td: fx(`SUM(${c.a("td", "b1")}:${c.a("td", "b5")})`),
          rd: fx(`SUM(${c.a("rd", "b1")}:${c.a("rd", "b5")})`),
          cd: fx(`ROUND(${c.a("rd")}/${c.a("td")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2", "Perkembangan Setoran Dividen BUMD ke Kas Daerah Tahun 2020-2024"]);
  s.gap();
  const yrs = [2020, 2021, 2022, 2023, 2024];
  const div = [13_742_300_000, 14_960_850_000, 16_284_100_000, 17_935_400_000];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "th", head: ["Tahun"], role: "lainnya", width: 10 },
      { key: "v", head: ["Dividen Disetor (Rp)"], role: "realisasi", fmt: RP, width: 18 },
      { key: "g", head: ["Pertumbuhan (%)"], role: "pertumbuhan", fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...yrs.map((y, i): Row => ({
        id: `y${y}`,
        cells: (c) => ({
          no: i + 1,
          th: String(y),
          v: y === 2024 ? fx(t.a("rd", "j")) : div[i],
          g:
            i === 0
              ? "-"
              : fx(`ROUND((${c.a("v")}-${c.a("v", `y${y - 1}`)})/${c.a("v", `y${y - 1}`)}*100,2)`),
        }),
      })),
      {
        id: "rr",
        bold: true,
        span: ["no", "v"],
        cells: (c) => ({
          no: "Rata-rata pertumbuhan",
          g: fx(`ROUND(AVERAGE(${c.a("g", "y2021")}:${c.a("g", "y2024")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Sungai Pinang, 14 Februari 2025",
    jabatan: ["Kepala Bagian Perekonomian dan SDA,"],
    nama: "Hj. NORHALIMAH, S.E., M.Ak.",
    pangkat: "Pembina (IV/a)",
    nip: "19820611 200801 2 013",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("mj", "b2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah s.d. 2024 of the Perumda Air Minum is a typed 72,050,000,000 among SUM formulas (digits swapped); 62,750,000,000 + 7,500,000,000 give 70,250,000,000",
    truth: `${a("m23", "b2")}+${a("m24", "b2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("m24", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the penyertaan 2024 is =SUM over the first four BUMD only (22,500,000,000); with the Perumda Pasar's 2,250,000,000 the five give 24,750,000,000",
    truth: `SUM(${L.map((x) => a("m24", x.id)).join(",")})`,
  });
  for (const x of L) {
    b.ok({
      sheet: S,
      cell: a("cd", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("rd", x.id)}/${a("td", x.id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("mi", x.id),
      rules: ["percent-out-of-range"],
      truth: String(x.milik),
    });
  }
  for (const id of ["b1", "b3", "b5"])
    b.ok({
      sheet: S,
      cell: a("mj", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a("m23", id)}+${a("m24", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("cd", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rd", "j")}/${a("td", "j")}*100,2)`,
    // the total's capaian is the ratio of the totals, not the capaian of the five added or averaged
    trap: `ROUND(AVERAGE(${a("cd", "b1")}:${a("cd", "b5")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rd", "j"),
    rules: ["sum-mismatch"],
    truth: L.map((x) => a("rd", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("td", "j"),
    rules: ["sum-mismatch"],
    truth: L.map((x) => a("td", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("v", "y2024"),
    rules: ["cross-table-mismatch"],
    truth: a("rd", "j"),
  });
  for (const y of [2022, 2024])
    b.ok({
      sheet: S,
      cell: t2.a("g", `y${y}`),
      rules: ["growth-mismatch"],
      truth: `ROUND((${t2.a("v", `y${y}`)}-${t2.a("v", `y${y - 1}`)})/${t2.a("v", `y${y - 1}`)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: t2.a("g", "rr"),
    rules: ["growth-mismatch"],
    truth: `ROUND((${t2.a("g", "y2021")}+${t2.a("g", "y2022")}+${t2.a("g", "y2023")}+${t2.a("g", "y2024")})/4,2)`,
  });
  const tot = L.reduce((p, x) => p + x.rd, 0);
  if (round(tot) !== 18_587_410_000) throw new Error(`bumd total ${tot}`);
  return b.finish();
}
