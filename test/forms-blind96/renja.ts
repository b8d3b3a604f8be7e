// Plans and evaluations of the Bagian Perekonomian dan SDA of a kabupaten's Sekretariat Daerah in
// Papua Barat: a Renja 2025 table shaped like T-C.30 (program / kegiatan / sub kegiatan with target,
// pagu indikatif, lokasi, sumber dana and prakiraan maju 2026), and an E.81-like evaluation of the
// Renja 2024 with Kinerja | Keuangan pairs and four quarters. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode?: string;
  nm: string;
  ind: string;
  tg: string;
  rp?: number;
  tg26: string;
  rp26?: number;
  lvl: "p" | "k" | "s" | "i";
};

export function renjaArguni(): BookW {
  const b = new BookW(
    "renja-2025-tc30-perekonomian-sda-teluk-arguni-raya.xlsx",
    "Renja T-C.30-like rencana program dan kegiatan (Bagian Perekonomian)",
    "T-C.30-like Renja Setda 2025: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025 (n)' > Lokasi | Target Capaian Kinerja | Pagu Indikatif (Rp) | Sumber Dana | 'Prakiraan Maju Tahun 2026 (n+1)' > Target | Kebutuhan Dana (Rp) | Catatan Penting; number row 1..10; program and kegiatan Rp are formulas over the rows beneath; a second indicator row without a code; JUMLAH = the program",
  );
  const S = "T-C.30 Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TELUK ARGUNI RAYA",
    "SEKRETARIAT DAERAH",
    "Jl. Trikora Wosi No. 3, Papua Barat",
  ]);
  s.lines([
    "Tabel 3.2",
    "Rumusan Rencana Program dan Kegiatan Bagian Perekonomian dan SDA Tahun 2025 dan Prakiraan Maju Tahun 2026",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p",
      kode: "4.01.03",
      nm: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
      ind: "Persentase rekomendasi kebijakan perekonomian yang ditindaklanjuti (%)",
      tg: "75",
      tg26: "80",
      lvl: "p",
    },
    {
      id: "k1",
      kode: "4.01.03.2.01",
      nm: "Pelaksanaan Kebijakan Perekonomian",
      ind: "Jumlah dokumen kebijakan perekonomian yang disusun (dokumen)",
      tg: "6",
      tg26: "6",
      lvl: "k",
    },
    {
      id: "s1",
      kode: "4.01.03.2.01.0001",
      nm: "Fasilitasi Pengendalian Inflasi Daerah (TPID)",
      ind: "Jumlah laporan pemantauan harga dan inflasi (laporan)",
      tg: "52",
      rp: 486_350_000,
      tg26: "52",
      rp26: 510_000_000,
      lvl: "s",
    },
    {
      id: "s1b",
      nm: "",
      ind: "Jumlah rapat koordinasi TPID (kali)",
      tg: "12",
      tg26: "12",
      lvl: "i",
    },
    {
      id: "s2",
      kode: "4.01.03.2.01.0002",
      nm: "Koordinasi Pembinaan dan Evaluasi Kinerja BUMD",
      ind: "Jumlah laporan evaluasi kinerja BUMD (laporan)",
      tg: "4",
      rp: 372_800_000,
      tg26: "4",
      rp26: 390_000_000,
      lvl: "s",
    },
    {
      id: "s3",
      kode: "4.01.03.2.01.0003",
      nm: "Fasilitasi Penanggulangan Kemiskinan Daerah (TKPKD)",
      ind: "Jumlah dokumen rencana penanggulangan kemiskinan (dokumen)",
      tg: "2",
      rp: 298_150_000,
      tg26: "2",
      rp26: 315_000_000,
      lvl: "s",
    },
    {
      id: "k2",
      kode: "4.01.03.2.02",
      nm: "Pelaksanaan Kebijakan Sumber Daya Alam",
      ind: "Jumlah rekomendasi kebijakan pengelolaan SDA (rekomendasi)",
      tg: "4",
      tg26: "5",
      lvl: "k",
    },
    {
      id: "s4",
      kode: "4.01.03.2.02.0001",
      nm: "Fasilitasi Pengelolaan Sumber Daya Alam Kehutanan dan Perikanan",
      ind: "Jumlah laporan fasilitasi pengelolaan SDA (laporan)",
      tg: "4",
      rp: 254_600_000,
      tg26: "4",
      rp26: 268_000_000,
      lvl: "s",
    },
    {
      id: "s5",
      // planted: coded under kegiatan 4.01.03.2.01 while it stands under 4.01.03.2.02
      kode: "4.01.03.2.01.0004",
      nm: "Fasilitasi Dana Bagi Hasil Minyak dan Gas Bumi Otonomi Khusus",
      ind: "Jumlah laporan monitoring DBH migas (laporan)",
      tg: "2",
      rp: 187_400_000,
      tg26: "2",
      rp26: 195_000_000,
      lvl: "s",
    },
  ];
  const subs1 = ["s1", "s2", "s3"];
  const subs2 = ["s4", "s5"];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 42 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 44 },
    { key: "lok", head: ["Rencana Tahun 2025 (n)", "Lokasi"], role: "lokasi", num: 4, width: 14 },
    {
      key: "tg",
      head: ["Rencana Tahun 2025 (n)", "Target Capaian Kinerja"],
      role: "target",
      year: 2025,
      num: 5,
    },
    {
      key: "rp",
      head: ["Rencana Tahun 2025 (n)", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 6,
      fmt: RP,
      width: 16,
    },
    { key: "sd", head: ["Rencana Tahun 2025 (n)", "Sumber Dana"], role: "lainnya", num: 7, width: 10 },
    { key: "tg26", head: ["Prakiraan Maju Tahun 2026 (n+1)", "Target"], role: "target", year: 2026, num: 8 },
    {
      key: "rp26",
      head: ["Prakiraan Maju Tahun 2026 (n+1)", "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 9,
      fmt: RP,
      width: 16,
    },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 10, width: 14 },
  ];
  const sumOf = (c: { a(k: string, id?: string): string }, k: string, ids: string[]) =>
    fx(ids.map((id) => c.a(k, id)).join("+"));
  // planted: kegiatan 4.01.03.2.01's 2026 dana is a typed 1,251,000,000 among formulas; its sub kegiatan give 1,215,000,000
  const K1_26 = 1_251_000_000;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...L.map((x): Row => ({
        id: x.id,
        bold: x.lvl === "p" || x.lvl === "k",
        cells: (c) => ({
          kode: x.kode,
          nm: x.nm || undefined,
          ind: x.ind,
          lok: x.lvl === "i" ? undefined : "Kab. Teluk Arguni Raya",
          tg: fmt(Number(x.tg), "0"),
          rp:
            x.lvl === "p"
              ? sumOf(c, "rp", ["k1", "k2"])
              : x.lvl === "k"
                ? sumOf(c, "rp", x.id === "k1" ? subs1 : subs2)
                : x.rp,
          sd: x.lvl === "i" ? undefined : "DAU / Otsus",
          tg26: fmt(Number(x.tg26), "0"),
          rp26:
            x.lvl === "p"
              ? sumOf(c, "rp26", ["k1", "k2"])
              : x.id === "k1"
                ? K1_26
                : x.id === "k2"
                  ? sumOf(c, "rp26", subs2)
                  : x.rp26,
          cat: x.lvl === "s" ? "prioritas daerah" : undefined,
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "ind"],
        cells: (c) => ({ kode: "JUMLAH", rp: fx(c.a("rp", "p")), rp26: fx(c.a("rp26", "p")) }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: DAU = Dana Alokasi Umum; Otsus = Dana Otonomi Khusus Papua."]);
  s.gap();
  signature(s, 8, {
    tempat: "Teluk Arguni, 22 Juli 2024",
    jabatan: ["Kepala Bagian Perekonomian dan SDA,"],
    nama: "YOHANIS K. RUMBEWAS, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19800927 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s5") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi DBH Migas Otsus is coded 4.01.03.2.01.0004 (kegiatan 4.01.03.2.01) while it stands under kegiatan 4.01.03.2.02; its code is 4.01.03.2.02.0002",
    truth: `${a("kode", "k2")}&".0002"`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp26", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "prakiraan maju 2026 of kegiatan 4.01.03.2.01 is a typed 1,251,000,000 among formulas; its three sub kegiatan give 510,000,000 + 390,000,000 + 315,000,000 = 1,215,000,000",
    truth: subs1.map((id) => a("rp26", id)).join("+"),
  });
  for (const id of ["s1", "s2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy", "duplicate-code"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "s4" ? "k2" : "k1"),
    });
  b.ok({
    sheet: S,
    cell: a("rp", "k1"),
    rules: ["sum-mismatch"],
    truth: subs1.map((id) => a("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp", "k2"),
    rules: ["sum-mismatch"],
    truth: subs2.map((id) => a("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "k2"),
    rules: ["sum-mismatch"],
    truth: subs2.map((id) => a("rp26", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "k1")}+${a("rp", "k2")}`,
    // the program adds its kegiatan, not every row beneath it (the sub kegiatan would count twice)
    trap: `SUM(${a("rp", "k1")}:${a("rp", "s5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: a("rp", "p"),
    trap: `SUM(${a("rp", "p")}:${a("rp", "s5")})`,
  });
  return b.finish();
}

// =========================================================== E.81-like evaluasi Renja 2024

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  lvl: "p" | "k" | "s";
  level?: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  qrp?: number[];
};

export function e81Arguni(): BookW {
  const b = new BookW(
    "evaluasi-renja-2024-e81-bagian-perekonomian-teluk-arguni-raya.xlsx",
    "E.81-like evaluasi hasil Renja (Bagian Perekonomian)",
    "E.81-like evaluasi Renja 2024 (Renstra 2022-2026): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | then Kinerja | Keuangan (Rp) pairs for (5) Target akhir Renstra 2026, (6) Realisasi s.d. 2023, (7) Target Renja 2024, (8)-(11) Triwulan I-IV, (12) Realisasi 2024, (13) Realisasi s.d. 2024, (14) Tingkat capaian Renstra (%); (15) Unit; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; the program's rate takes the Triwulan IV level; Rata-rata and Predikat rows",
  );
  const S = "E.81 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TELUK ARGUNI RAYA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BAGIAN PEREKONOMIAN DAN SDA",
    "Periode pelaksanaan: Tahun 2024 (s.d. Triwulan IV)",
    "Indikator dan target kinerja Renstra Setda 2022-2026",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "p",
      kode: "4.01.03",
      nm: "Program Perekonomian dan Pembangunan",
      ind: "Persentase rekomendasi kebijakan perekonomian yang ditindaklanjuti",
      sat: "%",
      lvl: "p",
      level: true,
      k5: 80,
      k6: 68,
      k7: 72,
      q: [40, 55, 64, 74],
    },
    {
      id: "k",
      kode: "4.01.03.2.01",
      nm: "Pelaksanaan Kebijakan Perekonomian",
      ind: "Jumlah dokumen kebijakan perekonomian yang disusun",
      sat: "dokumen",
      lvl: "k",
      k5: 30,
      k6: 17,
      k7: 6,
      q: [1, 2, 1, 2],
    },
    {
      id: "s1",
      kode: "4.01.03.2.01.0001",
      nm: "Fasilitasi Pengendalian Inflasi Daerah (TPID)",
      ind: "Jumlah laporan pemantauan harga dan inflasi",
      sat: "laporan",
      lvl: "s",
      k5: 260,
      k6: 150,
      k7: 52,
      q: [13, 13, 13, 13],
      rp5: 2_300_000_000,
      rp6: 1_318_400_000,
      rp7: 462_500_000,
      qrp: [96_250_000, 118_700_000, 121_350_000, 118_900_000],
    },
    {
      id: "s2",
      kode: "4.01.03.2.01.0002",
      nm: "Koordinasi Pembinaan dan Evaluasi Kinerja BUMD",
      ind: "Jumlah laporan evaluasi kinerja BUMD",
      sat: "laporan",
      lvl: "s",
      k5: 20,
      k6: 12,
      k7: 4,
      q: [1, 1, 1, 1],
      rp5: 1_750_000_000,
      rp6: 1_021_600_000,
      rp7: 355_000_000,
      qrp: [62_400_000, 88_150_000, 97_300_000, 94_850_000],
    },
    {
      id: "s3",
      kode: "4.01.03.2.01.0003",
      nm: "Fasilitasi Penanggulangan Kemiskinan Daerah (TKPKD)",
      ind: "Jumlah dokumen rencana penanggulangan kemiskinan",
      sat: "dokumen",
      lvl: "s",
      k5: 10,
      k6: 6,
      k7: 2,
      q: [0, 1, 0, 1],
      rp5: 1_400_000_000,
      rp6: 812_300_000,
      rp7: 284_000_000,
      qrp: [41_800_000, 77_600_000, 59_250_000, 88_900_000],
    },
  ];
  const subs = ["s1", "s2", "s3"];
  const PAIRS: Array<[string, string, string, "target" | "realisasi" | "capaian", number | undefined]> = [
    ["5", "Target Renstra pada Akhir Periode (2026)", "5", "target", undefined],
    ["6", "Realisasi Capaian Renstra s.d. Renja Tahun Lalu (2023)", "6", "realisasi", 2023],
    ["7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", 2024],
    ["8", "Realisasi Triwulan I", "8", "realisasi", 2024],
    ["9", "Realisasi Triwulan II", "9", "realisasi", 2024],
    ["10", "Realisasi Triwulan III", "10", "realisasi", 2024],
    ["11", "Realisasi Triwulan IV", "11", "realisasi", 2024],
    ["12", "Realisasi Capaian Kinerja dan Anggaran Renja 2024", "12 = 8+9+10+11", "realisasi", 2024],
    ["13", "Realisasi Kinerja dan Anggaran Renstra s.d. 2024", "13 = 6 + 12", "realisasi", 2024],
    [
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      undefined,
    ],
  ];
  const rpRole = (r: string) =>
    r === "target" ? "anggaran" : r === "realisasi" ? "realisasi-anggaran" : "capaian";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 17 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...PAIRS.flatMap(([k, h, n, role, y]): Col[] => [
      { key: `k${k}`, head: [h, "Kinerja"], role, year: y, num: n, fmt: DEC, width: 9 },
      {
        key: `r${k}`,
        head: [h, "Keuangan (Rp)"],
        role: rpRole(role),
        year: y,
        num: n,
        fmt: k === "14" ? DEC : RP,
        width: 15,
      },
    ]),
    { key: "unit", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        bold: x.lvl !== "s",
        cells: (c) => {
          const rpSum = (k: string) =>
            fx(x.lvl === "k" ? subs.map((id) => c.a(k, id)).join("+") : c.a(k, "k"));
          const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
            no: x.lvl === "p" ? 1 : x.lvl === "k" ? "1.1" : `1.1.${i - 1}`,
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            k5: x.k5,
            k6: x.k6,
            k7: x.k7,
            k8: x.q[0],
            k9: x.q[1],
            k10: x.q[2],
            k11: x.q[3],
            // a rate is a level: the year is its Triwulan IV value, and s.d. 2024 its latest value
            k12: fx(x.level ? c.a("k11") : `${c.a("k8")}+${c.a("k9")}+${c.a("k10")}+${c.a("k11")}`),
            k13: fx(x.level ? c.a("k12") : `${c.a("k6")}+${c.a("k12")}`),
            // planted: the kegiatan's (14) K divides (12) by (7), the Renja capaian
            k14: fx(
              x.id === "k"
                ? `ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`
                : `ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`,
            ),
            unit: "Bagian Perekonomian dan SDA",
          };
          for (const k of ["5", "6", "7", "8", "9", "10", "11"]) {
            const j = Number(k);
            out[`r${k}`] =
              x.lvl === "s" ? (j <= 7 ? [x.rp5, x.rp6, x.rp7][j - 5] : x.qrp![j - 8]) : rpSum(`r${k}`);
          }
          out.r12 =
            x.lvl === "s"
              ? // planted: sub kegiatan .0002's (12) Rp is a SUM whose cached result is stale
                x.id === "s2"
                ? fx(`${c.a("r8")}+${c.a("r9")}+${c.a("r10")}+${c.a("r11")}`, 247_850_000)
                : fx(`${c.a("r8")}+${c.a("r9")}+${c.a("r10")}+${c.a("r11")}`)
              : rpSum("r12");
          out.r13 = x.lvl === "s" ? fx(`${c.a("r6")}+${c.a("r12")}`) : rpSum("r13");
          out.r14 = fx(`ROUND(${c.a("r13")}/${c.a("r5")}*100,2)`);
          return out;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p")}:${c.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${c.a("r14", "p")}:${c.a("r14", "s3")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan TPID provinsi dan BI Perwakilan Papua Barat.",
    "Faktor penghambat: keterlambatan data harga dari distrik pedalaman; Tindak lanjut: pemantauan harga daring.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Teluk Arguni, 20 Januari 2025",
    jabatan: ["Kepala Bagian Perekonomian dan SDA,"],
    nama: "YOHANIS K. RUMBEWAS, S.E., M.Si.",
    nip: "19800927 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k14", "k") },
    rules: ["capaian-mismatch"],
    note: "(14) Kinerja of kegiatan 4.01.03.2.01 is =ROUND(12/7*100,2) = 100.00, the Renja capaian; 13 / 5 x 100 = 23 / 30 gives 76.67",
    truth: `ROUND(${a("k13", "k")}/${a("k5", "k")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "(12) Keuangan of sub kegiatan 4.01.03.2.01.0002 is =(8)+(9)+(10)+(11) with a stale cached 247,850,000 (before Triwulan IV); the quarters give 342,700,000",
    truth: `${a("r8", "s2")}+${a("r9", "s2")}+${a("r10", "s2")}+${a("r11", "s2")}`,
  });
  // traps: the program's rate is a level
  b.ok({
    sheet: S,
    cell: a("k12", "p"),
    rules: ["sum-mismatch"],
    truth: a("k11", "p"),
    trap: `${a("k8", "p")}+${a("k9", "p")}+${a("k10", "p")}+${a("k11", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("k12", "p"),
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "p"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "p")}/${a("k5", "p")}*100,2)`,
  });
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: `${a("k8", id)}+${a("k9", id)}+${a("k10", id)}+${a("k11", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("r12", id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: `${a("r8", id)}+${a("r9", id)}+${a("r10", id)}+${a("r11", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r7", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map((id) => a("r7", id)).join("+"),
  });
  const sumK = rows[1].k6 + rows[1].q.reduce((p, v) => p + v, 0);
  if (round((sumK / rows[1].k5) * 100) !== 76.67) throw new Error("e81 kegiatan");
  return b.finish();
}
