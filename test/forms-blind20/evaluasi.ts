// The E.81 evaluation of the Renja 2024 of a Dinas Pertanian, a local variant that keeps the Renja part
// of the form (target, four quarters, the year, tingkat capaian; the Renstra columns 5, 6, 13 and 14
// are in an annex): production in tons adds its quarters, productivity in ku/ha and the share of
// advanced farmer groups are levels (the year is the Triwulan IV value). Every name and number is
// invented.
import { BookW, DEC, RP, fx, letterhead, signature, sum, type Cell, type Col, type Row } from "../forms/kit";
import { KAB, rt } from "./common";

type EIn = {
  id: string;
  no?: number;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  t: number;
  q: number[];
  /** a level: the year is the Triwulan IV value */
  level?: boolean;
  rp?: number;
  rq?: number[];
  /** Rp as the sum of these rows */
  of?: string[];
  pj: string;
  f: string;
};

const Q = ["I", "II", "III", "IV"];

/** E.81 s.d. Triwulan IV 2024 of the Dinas Pertanian dan Ketahanan Pangan Kabupaten Sumberkarta. */
export function e81Pertanian(): BookW {
  const b = new BookW(
    "e81-produksi-distan-sumberkarta.xlsx",
    "E.81 (Dinas Pertanian), Renja part only",
    "E.81 evaluation of the Renja 2024 s.d. Triwulan IV of a Dinas Pertanian: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Kinerja dan Anggaran Renja Tahun 2024' > Kin. | Rp | 'Realisasi Kinerja dan Anggaran pada Triwulan' > I .. IV > Kin. | Rp | 'Realisasi Kinerja dan Anggaran Tahun 2024' > Kin. | Rp | 'Tingkat Capaian Renja 2024 (%)' > Kin. | Rp | Unit Penanggung Jawab; three header rows; 'pairs' number row 1 .. 5 | 6 | 7 .. 10 | '11 = 7+8+9+10' | '12 = 11/6 x 100' | 13; produksi padi and jagung in ton (flows), produktivitas padi in ku/ha and persentase poktan kelas madya (levels: the year =TW IV), two outcome rows without code; Rp interleaved with K; JUMLAH",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "DINAS PERTANIAN DAN KETAHANAN PANGAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN SUMBERKARTA",
    "Renja Dinas Pertanian dan Ketahanan Pangan Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const TP = "Bidang Tanaman Pangan dan Hortikultura";
  const PSP = "Bidang Prasarana dan Sarana Pertanian";
  const PY = "Bidang Penyuluhan";
  const rows: EIn[] = [
    {
      id: "p1",
      no: 1,
      kode: "3.27.02",
      ur: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      ind: "Produksi padi (GKG)",
      sat: "ton",
      t: 186_400,
      q: [38_215.6, 61_540.2, 29_874.5, 58_902.3],
      of: ["k21", "k22"],
      pj: TP,
      f: "#,##0.0",
    },
    {
      id: "p1b",
      ind: "Produktivitas padi",
      sat: "ku/ha",
      t: 58.2,
      q: [55.84, 57.12, 57.35, 58.46],
      level: true,
      pj: TP,
      f: DEC,
    },
    {
      id: "p1c",
      ind: "Produksi jagung pipilan kering",
      sat: "ton",
      t: 42_500,
      q: [9_865, 14_220.4, 6_310.8, 13_321.8],
      pj: TP,
      f: "#,##0.0",
    },
    {
      id: "k21",
      kode: "3.27.02.2.01",
      ur: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
      ind: "Jumlah kelompok tani penerima bantuan sarana pertanian",
      sat: "poktan",
      t: 64,
      q: [0, 18, 26, 22],
      of: ["s211", "s212"],
      pj: PSP,
      f: "0",
    },
    {
      id: "s211",
      kode: "3.27.02.2.01.0001",
      ur: "Penyediaan Benih Tanaman Pangan Bersertifikat",
      ind: "Jumlah benih padi bersertifikat yang didistribusikan",
      sat: "ton",
      t: 112.5,
      q: [0, 46.25, 38.75, 27.5],
      rp: 786_400_000,
      rq: [9_875_000, 312_600_000, 268_450_000, 184_920_000],
      pj: PSP,
      f: DEC,
    },
    {
      id: "s212",
      kode: "3.27.02.2.01.0002",
      ur: "Penyediaan Pupuk dan Pestisida Tanaman Pangan",
      ind: "Luas areal tanam yang menerima bantuan pupuk",
      sat: "ha",
      t: 1_850,
      q: [0, 620, 710, 540],
      rp: 458_600_000,
      rq: [0, 145_200_000, 168_750_000, 131_480_000],
      pj: PSP,
      f: "#,##0",
    },
    {
      id: "k22",
      kode: "3.27.02.2.02",
      ur: "Pengelolaan Alat dan Mesin Pertanian",
      ind: "Jumlah unit alsintan yang didistribusikan",
      sat: "unit",
      t: 38,
      q: [0, 12, 14, 10],
      of: ["s221"],
      pj: PSP,
      f: "0",
    },
    {
      id: "s221",
      kode: "3.27.02.2.02.0003",
      ur: "Penyediaan Alat dan Mesin Pertanian Pra dan Pasca Panen",
      ind: "Jumlah unit alsintan pra dan pasca panen yang disalurkan",
      sat: "unit",
      t: 38,
      q: [0, 12, 14, 10],
      rp: 2_380_000_000,
      rq: [6_450_000, 18_300_000, 1_412_500_000, 921_640_000],
      pj: PSP,
      f: "0",
    },
    {
      id: "p2",
      no: 2,
      kode: "3.27.07",
      ur: "Program Penyuluhan Pertanian",
      ind: "Persentase kelompok tani kelas madya ke atas",
      sat: "%",
      t: 42,
      q: [38.5, 39.8, 41.25, 42.6],
      level: true,
      of: ["k71"],
      pj: PY,
      f: DEC,
    },
    {
      id: "k71",
      kode: "3.27.07.2.01",
      ur: "Pengembangan Penerapan Penyuluhan Pertanian",
      ind: "Jumlah kegiatan penyuluhan pertanian yang dilaksanakan",
      sat: "kali",
      t: 480,
      q: [96, 132, 140, 118],
      of: ["s711"],
      pj: PY,
      f: "0",
    },
    {
      id: "s711",
      kode: "3.27.07.2.01.0001",
      ur: "Penyelenggaraan Penyuluhan Pertanian di Balai Penyuluhan Pertanian",
      ind: "Jumlah kegiatan penyuluhan di BPP",
      sat: "kali",
      t: 480,
      q: [96, 132, 140, 118],
      rp: 612_500_000,
      rq: [118_400_000, 165_275_000, 171_940_000, 139_860_000],
      pj: PY,
      f: "0",
    },
  ];
  // planted 1: the year's K of produksi jagung typed 47,318.0 (the quarters give 43,718.0)
  const PLANT_K = { id: "p1c", v: 47_318 };
  if (Math.abs(sum(rows[2].q) - 43_718) > 1e-6) throw new Error("e81: jagung");
  // planted 2: the year's Rp of the pupuk sub kegiatan adds Triwulan I .. III only
  const PLANT_R = "s212";
  const byId = new Map(rows.map((x) => [x.id, x]));
  const hasRp = (x: EIn) => x.rp !== undefined || !!x.of;
  const G6 = "Target Kinerja dan Anggaran Renja Tahun 2024";
  const GQ = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const G11 = "Realisasi Kinerja dan Anggaran Tahun 2024";
  const G12 = "Tingkat Capaian Renja 2024 (%)";
  const K = "Kin.";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    { key: "k6", head: [G6, K], role: "target", year: 2024, num: "6", width: 10 },
    { key: "rp6", head: [G6, "Rp"], role: "anggaran", year: 2024, num: "6", fmt: RP, width: 15 },
    ...Q.flatMap((q, i): Col[] => [
      { key: `qk${i}`, head: [GQ, q, K], role: "realisasi", year: 2024, num: String(7 + i), width: 10 },
      {
        key: `qr${i}`,
        head: [GQ, q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: String(7 + i),
        fmt: RP,
        width: 15,
      },
    ]),
    { key: "k11", head: [G11, K], role: "realisasi", year: 2024, num: "11 = 7+8+9+10", width: 10 },
    {
      key: "rp11",
      head: [G11, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "11 = 7+8+9+10",
      fmt: RP,
      width: 15,
    },
    { key: "c12k", head: [G12, K], role: "capaian", year: 2024, num: "12 = 11/6 x 100", fmt: DEC, width: 9 },
    {
      key: "c12rp",
      head: [G12, "Rp"],
      role: "capaian",
      year: 2024,
      num: "12 = 11/6 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "13", width: 22 },
  ];
  const qk = (c: { a(k: string): string }) => Q.map((_, i) => c.a(`qk${i}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: !!x.no,
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.no,
            kode: x.kode,
            ur: x.ur,
            ind: x.ind,
            sat: x.sat,
            k6: { v: x.t, fmt: x.f },
            pj: x.pj,
          };
          x.q.forEach((v, i) => (cells[`qk${i}`] = { v, fmt: x.f }));
          cells.k11 = x.id === PLANT_K.id ? { v: PLANT_K.v, fmt: x.f } : fx(x.level ? c.a("qk3") : qk(c));
          cells.c12k = fx(rt(c.a("k11"), c.a("k6")));
          if (hasRp(x)) {
            const keys = ["rp6", ...Q.map((_, i) => `qr${i}`)];
            keys.forEach((k, i) => {
              cells[k] = x.of ? fx(x.of.map((y) => c.a(k, y)).join("+")) : i === 0 ? x.rp : x.rq![i - 1];
            });
            const quarters = Q.map((_, i) => c.a(`qr${i}`));
            cells.rp11 = fx((x.id === PLANT_R ? quarters.slice(0, 3) : quarters).join("+"));
            cells.c12rp = fx(rt(c.a("rp11"), c.a("rp6")));
          }
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "k6"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["rp6", ...Q.map((_, i) => `qr${i}`), "rp11"])
            cells[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          cells.c12rp = fx(rt(c.a("rp11"), c.a("rp6")));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Kolom 5, 6, 13 dan 14 formulir E.81 (target dan realisasi Renstra) disajikan pada Lampiran II.",
    "2. Produktivitas padi dan persentase poktan kelas madya adalah nilai kumulatif s.d. triwulan berkenaan; realisasi tahun 2024 = nilai triwulan IV.",
    "3. Faktor pendorong: musim tanam II didukung curah hujan normal. Faktor penghambat: keterlambatan distribusi pupuk bersubsidi triwulan III.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Sumberkarta, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN", `${KAB},`],
    nama: "Ir. SRI WAHYUNINGSIH, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19720417 199803 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qSum = (pre: string, id: string) => Q.map((_, i) => a(`${pre}${i}`, id)).join("+");
  const leaves = (id: string): string[] => {
    const x = byId.get(id)!;
    return x.of ? x.of.flatMap(leaves) : [id];
  };
  b.plant({
    at: { sheet: S, cell: a("k11", PLANT_K.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "realisasi 2024 K of the produksi jagung is a typed 47,318.0 ton among formulas; the four quarters (9,865.0 + 14,220.4 + 6,310.8 + 13,321.8) give 43,718.0 (two digits swapped)",
    truth: qSum("qk", PLANT_K.id),
  });
  b.plant({
    at: { sheet: S, cell: a("rp11", PLANT_R) },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `realisasi 2024 Rp of sub kegiatan Penyediaan Pupuk dan Pestisida is =${[0, 1, 2].map((i) => a(`qr${i}`, PLANT_R)).join("+")} without Triwulan IV (313,950,000); the four quarters give 445,430,000`,
    truth: qSum("qr", PLANT_R),
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.id !== PLANT_K.id) {
      b.ok({
        sheet: S,
        cell: a("k11", x.id),
        rules: ["sum-mismatch"],
        truth: x.level ? a("qk3", x.id) : qSum("qk", x.id),
        // a level's year is its Triwulan IV value, not its quarters added up
        trap: x.level ? qSum("qk", x.id) : undefined,
      });
      const c = Math.round(((x.level ? x.q[3] : sum(x.q)) / x.t) * 10000) / 100;
      b.ok({
        sheet: S,
        cell: a("c12k", x.id),
        rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: rt(a("k11", x.id), a("k6", x.id)),
      });
    }
    if (x.of)
      for (const k of ["rp6", ...Q.map((_, i) => `qr${i}`)])
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: leaves(x.id)
            .map((y) => a(k, y))
            .join("+"),
          tol: 0.5,
        });
    if (hasRp(x) && x.id !== PLANT_R) {
      // the year's Rp of a kegiatan or program over the planted sub kegiatan is not listed (it adds its
      // own quarters right, but its sub kegiatan's year does not)
      if (!["k21", "p1"].includes(x.id))
        b.ok({
          sheet: S,
          cell: a("rp11", x.id),
          rules: ["sum-mismatch"],
          truth: qSum("qr", x.id),
          tol: 0.5,
        });
      b.ok({
        sheet: S,
        cell: a("c12rp", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: rt(a("rp11", x.id), a("rp6", x.id)),
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("rp6", "jml"),
    rules: ["sum-mismatch"],
    truth: [...leaves("p1"), ...leaves("p2")].map((y) => a("rp6", y)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}
