// An E.81-like evaluation of the Renja 2024 of the Bapenda Tanete Riaja: K | Rp pairs for the Renja
// target, Semester I, Semester II, the realisasi 2024 ("9 = 7 + 8": flows add the semesters, a rate
// takes Semester II) and the tingkat capaian; Rata-rata and Predikat footer. Invented numbers.
import { BookW, DEC, RP, fx, signature, type Col, type Ctx, type Row } from "../forms/kit";

export function e81BapendaTaneteRiaja(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-2024-bapenda-tanete-riaja.xlsx",
    "E.81 Renja evaluation (Bapenda)",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for Target Renja 2024 (6), Realisasi Semester I (7), Semester II (8), Realisasi 2024 (9 = 7 + 8), Tingkat Capaian (10 = 9 / 6 x 100); number row merged over the pairs; Rata-rata and Predikat rows",
  );
  const S = "E81 Bapenda 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
      "BADAN PENDAPATAN DAERAH KABUPATEN TANETE RIAJA TAHUN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year: 2024, num, fmt: kf, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year: 2024, num, fmt: kf ?? RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair("6", "Target Renja 2024", "6", "target", "anggaran"),
    ...pair("7", "Realisasi Semester I", "7", undefined, undefined),
    ...pair("8", "Realisasi Semester II", "8", undefined, undefined),
    ...pair("9", "Realisasi Kinerja dan Anggaran 2024", "9 = 7 + 8", "realisasi", "realisasi-anggaran"),
    ...pair("10", "Tingkat Capaian (%)", "10 = 9 / 6 x 100", "capaian", "capaian", DEC),
  ];
  type W = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    sat: string;
    level: boolean;
    k: [number, number, number];
    rp?: [number, number, number];
  };
  const W: W[] = [
    {
      id: "p",
      kode: "5.02.04",
      ur: "Program Pengelolaan Pendapatan Daerah",
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      level: true,
      k: [97, 61.4, 98.2],
    },
    {
      id: "g",
      kode: "5.02.04.2.02",
      ur: "Analisa dan Pengembangan Pendapatan Daerah",
      ind: "Persentase objek PBB-P2 yang dimutakhirkan",
      sat: "%",
      level: true,
      k: [30, 12.6, 27.9],
    },
    {
      id: "s1",
      kode: "5.02.04.2.02.0001",
      ur: "Pendataan dan Pendaftaran Objek Pajak Daerah",
      ind: "Jumlah NOP PBB-P2 yang dimutakhirkan",
      sat: "NOP",
      level: false,
      k: [18_000, 7_250, 9_480],
      rp: [842_600_000, 351_200_000, 447_935_000],
    },
    {
      id: "s2",
      kode: "5.02.04.2.02.0002",
      ur: "Pengolahan Data dan Penetapan Pajak Daerah",
      ind: "Jumlah SPPT PBB-P2 yang diterbitkan",
      sat: "lembar",
      level: false,
      k: [96_500, 96_212, 0],
      rp: [615_400_000, 402_118_000, 171_560_000],
    },
    {
      id: "s3",
      kode: "5.02.04.2.02.0003",
      ur: "Penagihan Pajak Daerah",
      ind: "Jumlah wajib pajak yang ditagih",
      sat: "WP",
      level: false,
      k: [4_200, 1_640, 2_215],
      rp: [512_300_000, 198_460_000, 276_905_000],
    },
  ];
  const subs = ["s1", "s2", "s3"];
  const TYPED = 537_678_000; // s2: 402,118,000 + 171,560,000 = 573,678,000
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...W.map((w, i): Row => ({
        id: w.id,
        cells: (x: Ctx) => {
          const rp = (n: number): ReturnType<typeof fx> | number =>
            w.rp
              ? w.rp[n]
              : fx(w.id === "p" ? x.a(`rp${6 + n}`, "g") : subs.map((k) => x.a(`rp${6 + n}`, k)).join("+"));
          return {
            no: i + 1,
            kode: w.kode,
            ur: w.ur,
            ind: w.ind,
            sat: w.sat,
            k6: w.k[0],
            rp6: rp(0),
            k7: w.k[1],
            rp7: rp(1),
            k8: w.k[2],
            rp8: rp(2),
            k9: fx(w.level ? `${x.a("k8")}` : `${x.a("k7")}+${x.a("k8")}`),
            rp9: w.id === "s2" ? TYPED : fx(`${x.a("rp7")}+${x.a("rp8")}`),
            k10: fx(`ROUND(${x.a("k9")}/${x.a("k6")}*100,2)`),
            // planted: a stale cached capaian of the penagihan (before Semester II was entered)
            rp10: fx(`ROUND(${x.a("rp9")}/${x.a("rp6")}*100,2)`, w.id === "s3" ? 38.74 : undefined),
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          k10: fx(`ROUND(AVERAGE(${x.a("k10", "p")}:${x.a("k10", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k10: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pemutakhiran data berbasis aplikasi SISMIOP dan kerja sama dengan pemerintah desa.",
    "Faktor penghambat: objek pajak ganda dan alamat wajib pajak yang tidak valid.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Tanete, 20 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH,"],
    nama: "Drs. ANDI MAPPASOMBA RAHIM, M.M.",
    nip: "19700228 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp9", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 of sub kegiatan .0002 is a typed 537,678,000 among 7 + 8 formulas; 402,118,000 + 171,560,000 give 573,678,000",
    truth: `${a("rp7", "s2")}+${a("rp8", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp10", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Rp of sub kegiatan .0003 is =ROUND(9/6*100,2) with a stale cached 38.74 (Semester I only); 475,365,000 / 512,300,000 gives 92.79",
    truth: `ROUND(${a("rp9", "s3")}/${a("rp6", "s3")}*100,2)`,
  });
  // traps: a rate's realisasi 2024 is the Semester II level, not the two semesters added
  for (const id of ["p", "g"])
    b.ok({
      sheet: S,
      cell: a("k9", id),
      rules: ["sum-mismatch"],
      truth: a("k8", id),
      trap: `${a("k7", id)}+${a("k8", id)}`,
    });
  for (const id of subs) {
    b.ok({ sheet: S, cell: a("k9", id), rules: ["sum-mismatch"], truth: `${a("k7", id)}+${a("k8", id)}` });
    b.ok({
      sheet: S,
      cell: a("k10", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k9", id)}/${a("k6", id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("rp9", id), rules: ["sum-mismatch"], truth: `${a("rp7", id)}+${a("rp8", id)}` });
  b.ok({
    sheet: S,
    cell: a("rp10", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp9", "s1")}/${a("rp6", "s1")}*100,2)`,
  });
  for (const n of [6, 7, 8])
    b.ok({
      sheet: S,
      cell: a(`rp${n}`, "g"),
      rules: ["sum-mismatch"],
      truth: subs.map((k) => a(`rp${n}`, k)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("k10", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k10", "avg")})`,
  });
  return b.finish();
}
