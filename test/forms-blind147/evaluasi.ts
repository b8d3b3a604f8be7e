// The E.81 evaluation of the Renja 2024 of the Dinas Kehutanan of Nusa Tenggara Timur (rehabilitasi hutan dan
// lahan, bibit MPTS, hutan rakyat): K | Rp pairs for the Renja target, Triwulan I-IV, the realisasi 2024
// (the quarters added, except the program's rate, a level that takes Triwulan IV) and the tingkat capaian.
// Every name and number is invented.
import { BookW, DEC, INT, RP, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  tw: number[];
  trp?: number;
  rp?: number[];
  f: string;
};

export function e81Dishut(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dishut-ntt-rhl-2024.xlsx",
    "E.81 evaluasi Renja (Dinas Kehutanan)",
    "E.81 of the Renja 2024 of a provincial Dinas Kehutanan in NTT: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Renja 2024' > K | Rp | 'Realisasi Kinerja pada Triwulan' > I .. IV > K | Rp | 'Realisasi Capaian Kinerja dan Anggaran Renja 2024' > K | Rp | 'Tingkat Capaian (%)' > K | Rp; number row merged over the pairs, '11 = 7+8+9+10', '12 = 11/6 x 100'",
  );
  const S = "E.81 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS KEHUTANAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI",
    "DINAS KEHUTANAN PROVINSI NUSA TENGGARA TIMUR, PERIODE PELAKSANAAN TAHUN 2024",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "s1",
      kode: "3.27.03.2.01.0001",
      ur: "Penyediaan Bibit Tanaman Hutan dan Tanaman Serbaguna (MPTS)",
      ind: "Jumlah bibit tanaman hutan dan MPTS yang disalurkan",
      sat: "batang",
      tk: 600_000,
      tw: [0, 185_000, 240_000, 160_000],
      trp: 2_850_000_000,
      rp: [214_500_000, 865_300_000, 1_092_750_000, 548_900_000],
      f: INT,
    },
    {
      id: "s2",
      kode: "3.27.03.2.01.0002",
      ur: "Penanaman dan Pemeliharaan Hutan Rakyat",
      ind: "Luas hutan rakyat yang ditanami",
      sat: "Ha",
      tk: 1_200,
      tw: [0, 200, 560, 380],
      trp: 3_420_000_000,
      rp: [156_800_000, 742_600_000, 1_385_400_000, 905_250_000],
      f: INT,
    },
  ];
  const TW = ["I", "II", "III", "IV"];
  const G = "Realisasi Kinerja pada Triwulan";
  const pair = (
    key: string,
    path: string[],
    num: string,
    year?: number,
    roles?: ["target" | "realisasi" | "capaian", "anggaran" | "realisasi-anggaran" | "capaian"],
  ): Col[] => [
    { key: `${key}K`, head: [...path, "K"], role: roles?.[0], year, num, width: 10 },
    { key: `${key}R`, head: [...path, "Rp"], role: roles?.[1], year, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "ur", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair("t", ["Target Renja Tahun 2024", "Target Renja Tahun 2024"], "6", 2024, ["target", "anggaran"]),
    ...TW.flatMap((w, i) => pair(`w${i + 1}`, [G, w], String(7 + i))),
    ...pair(
      "r",
      [
        "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
        "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      ],
      "11 = 7+8+9+10",
      2024,
      ["realisasi", "realisasi-anggaran"],
    ),
    ...pair(
      "c",
      [
        "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)",
        "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)",
      ],
      "12 = 11/6 x 100",
      2024,
      ["capaian", "capaian"],
    ),
  ];
  // a 2-part path under 3 header rows: first part over two rows, K | Rp in the last
  for (const c of cols) if (c.head.length === 3 && c.head[0] === c.head[1]) c.head = [c.head[0], c.head[2]];
  const cap = (k: string, x: { a: (k: string) => string }) =>
    fx(`ROUND(${x.a(`r${k}`)}/${x.a(`t${k}`)}*100,2)`);
  const tws = (k: string, x: { a: (k: string) => string }, n = 4) =>
    fx(
      [1, 2, 3, 4]
        .slice(0, n)
        .map((i) => x.a(`w${i}${k}`))
        .join("+"),
    );
  const kids = (key: string, ids: string[], x: { a: (k: string, id?: string) => string }) =>
    fx(ids.map((id) => x.a(key, id)).join("+"));
  const rpKeys = ["tR", "w1R", "w2R", "w3R", "w4R", "rR"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (x) => ({
          no: 1,
          kode: "3.27.03",
          ur: "PROGRAM REHABILITASI HUTAN DAN LAHAN",
          ind: "Persentase luas lahan kritis yang direhabilitasi",
          sat: "%",
          tK: fmt(6.5, DEC),
          w1K: fmt(1.2, DEC),
          w2K: fmt(2.9, DEC),
          w3K: fmt(4.6, DEC),
          w4K: fmt(6.1, DEC),
          // a level: the realisasi is the Triwulan IV value
          rK: fx(x.a("w4K"), undefined),
          ...Object.fromEntries(rpKeys.map((k) => [k, kids(k, ["k"], x)])),
          cK: cap("K", x),
          cR: cap("R", x),
        }),
      },
      {
        id: "k",
        bold: true,
        cells: (x) => ({
          no: 2,
          kode: "3.27.03.2.01",
          ur: "Pelaksanaan Rehabilitasi Hutan dan Lahan",
          ind: "Luas lahan kritis yang direhabilitasi",
          sat: "Ha",
          tK: fmt(2_400, INT),
          w1K: fmt(0, INT),
          w2K: fmt(350, INT),
          w3K: fmt(1_120, INT),
          w4K: fmt(780, INT),
          rK: tws("K", x),
          ...Object.fromEntries(rpKeys.map((k) => [k, kids(k, ["s1", "s2"], x)])),
          cK: cap("K", x),
          cR: cap("R", x),
        }),
      },
      ...L.map((l, i): Row => ({
        id: l.id,
        cells: (x) => ({
          no: 3 + i,
          kode: l.kode,
          ur: l.ur,
          ind: l.ind,
          sat: l.sat,
          tK: fmt(l.tk, l.f),
          tR: l.trp,
          ...Object.fromEntries(
            l.tw.flatMap((v, j) => [
              [`w${j + 1}K`, fmt(v, l.f)],
              [`w${j + 1}R`, l.rp![j]],
            ]),
          ),
          rK: tws("K", x),
          // planted: the hutan rakyat's Rp adds Triwulan I-III only
          rR: tws("R", x, l.id === "s2" ? 3 : 4),
          // planted: a typed 79.50 for the bibit (585,000 / 600,000 = 97.50)
          cK: l.id === "s1" ? fmt(79.5, DEC) : cap("K", x),
          cR: cap("R", x),
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan kelompok tani hutan dan persemaian permanen di Kupang.",
    "Faktor penghambat: musim hujan yang pendek, sehingga penanaman hutan rakyat baru dapat dilakukan pada Triwulan III dan IV.",
    "Indikator program adalah kondisi (persentase) pada akhir triwulan, sehingga realisasi tahunan adalah nilai Triwulan IV.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Kupang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KEHUTANAN", "PROVINSI NUSA TENGGARA TIMUR,"],
    nama: "Ir. YOHANES B. LAKA TUKAN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690512 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const four = (k: string, id: string) => [1, 2, 3, 4].map((i) => a(`w${i}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rR", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp 2024 (11) of sub kegiatan 3.27.03.2.01.0002 adds Triwulan I-III only (2,284,800,000); with Triwulan IV's 905,250,000 it is 3,190,050,000",
    truth: four("R", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("cK", "s1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian K (12) of the bibit is a typed 79.50 among ROUND formulas; 585,000 / 600,000 gives 97.50 (digits swapped)",
    truth: `ROUND(${a("rK", "s1")}/${a("tK", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rK", "p"),
    rules: ["sum-mismatch"],
    truth: a("w4K", "p"),
    trap: four("K", "p"),
  });
  for (const id of ["k", "s1", "s2"])
    b.ok({ sheet: S, cell: a("rK", id), rules: ["sum-mismatch"], truth: four("K", id) });
  b.ok({ sheet: S, cell: a("rR", "s1"), rules: ["sum-mismatch"], truth: four("R", "s1") });
  for (const k of ["tR", "w1R", "w2R", "w3R", "w4R"])
    b.ok({ sheet: S, cell: a(k, "k"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  for (const id of ["p", "k", "s2"])
    b.ok({
      sheet: S,
      cell: a("cK", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rK", id)}/${a("tK", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("cR", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rR", "s1")}/${a("tR", "s1")}*100,2)`,
  });
  return b.finish();
}
