// An E.81 evaluation of the Renja 2024 of a Disperkim in Jawa Tengah (K | Rp pairs, Rp in thousands,
// the SLA rate is a level that takes its Triwulan IV value) and a T-C.27 Renstra funding table
// 2025-2029 of a Disperkim in Sulawesi Selatan (K | Rp per year, kondisi akhir). Invented numbers.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level?: boolean;
  k: number[];
  rp: number[];
  kq: number[];
  rq: number[];
};

const pair = (
  key: string,
  head: string,
  num: string,
  kRole: Col["role"],
  rpRole: Col["role"],
  year?: number,
): Col[] => [
  { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
  { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
];

export function e81PemakamanTirtomulyo(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-pemakaman-kota-tirtomulyo.xlsx",
    "E.81 evaluasi Renja 2024 (Disperkim, pemakaman)",
    "E.81 for program 1.04.05 of a Disperkim in Jawa Tengah, Renja 2024, (dalam ribuan rupiah): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (6) Target Renstra akhir (2026), (7) Realisasi s.d. 2023, (8) Target Renja 2024, (9)-(12) Triwulan I-IV, (13) = 9+10+11+12, (14) = 7 + 13; (15) Tingkat capaian Renja = 13 / 8 x 100 K | Rp; number row merged over the pairs",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA TIRTOMULYO"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KOTA TIRTOMULYO TAHUN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.04.05.2.02.0004",
      nm: "Penataan dan Pemeliharaan Tempat Pemakaman Umum",
      ind: "Jumlah TPU yang ditata",
      sat: "unit",
      k: [7, 4, 2],
      rp: [3_850_000, 1_620_500, 1_050_000],
      kq: [0, 1, 0, 1],
      rq: [84_200, 312_650, 276_400, 341_800],
    },
    {
      id: "s2",
      kode: "1.04.05.2.02.0005",
      nm: "Pendataan dan Digitalisasi Data Makam",
      ind: "Jumlah makam yang terdata",
      sat: "makam",
      k: [38_000, 21_460, 6_000],
      rp: [1_250_000, 612_300, 265_000],
      kq: [1_120, 1_865, 1_640, 1_395],
      rq: [38_750, 71_200, 66_450, 79_300],
    },
    {
      id: "s3",
      kode: "1.04.05.2.02.0006",
      nm: "Pelayanan Perizinan Pemakaman",
      ind: "Persentase izin pemakaman terbit sesuai SLA",
      sat: "%",
      level: true,
      k: [97, 91.3, 95],
      rp: [540_000, 198_750, 120_000],
      kq: [93.6, 94.8, 94.1, 95.02],
      rq: [24_300, 29_850, 31_200, 32_650],
    },
  ];
  const qn = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    ...pair("6", "Target Renstra PD pada Akhir Periode (2026)", "6", "target", "anggaran", 2026),
    ...pair(
      "7",
      "Realisasi Capaian s.d. Renja Tahun Lalu (2023)",
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("8", "Target Renja PD Tahun 2024", "8", "target", "anggaran", 2024),
    ...qn.flatMap((q, i) =>
      pair(`q${i + 1}`, `Realisasi Triwulan ${q}`, String(9 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "13",
      "Realisasi Renja PD Tahun 2024",
      "13 = 9+10+11+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Realisasi s.d. Tahun 2024", "14 = 7 + 13", "realisasi", "realisasi-anggaran", 2024),
    {
      key: "k15",
      head: ["Tingkat Capaian Renja 2024 (%)", "K"],
      role: "capaian",
      year: 2024,
      num: "15 = 13 / 8 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp15",
      head: ["Tingkat Capaian Renja 2024 (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: "15 = 13 / 8 x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rest = (c: Ctx, level: boolean, typedK13?: number): Record<string, Cell> => ({
    k13: typedK13 ?? (level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"))),
    rp13: fx(qr.map((k) => c.a(k)).join("+")),
    k14: level ? fx(c.a("k13")) : fx(`${c.a("k7")}+${c.a("k13")}`),
    rp14: fx(`${c.a("rp7")}+${c.a("rp13")}`),
    k15: fx(`ROUND(${c.a("k13")}/${c.a("k8")}*100,2)`),
    rp15: fx(`ROUND(${c.a("rp13")}/${c.a("rp8")}*100,2)`),
  });
  const s2k13 = 6_291; // planted: typed; 1,120 + 1,865 + 1,640 + 1,395 = 6,020
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c) => ({
      no: `${i + 1}`,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      k6: x.k[0],
      rp6: x.rp[0],
      k7: x.k[1],
      rp7: x.rp[1],
      k8: x.k[2],
      rp8: x.rp[2],
      ...Object.fromEntries(qk.map((k, j) => [k, x.kq[j]])),
      ...Object.fromEntries(qr.map((k, j) => [k, x.rq[j]])),
      ...rest(c, !!x.level, x.id === "s2" ? s2k13 : undefined),
    }),
  });
  const sumSubs = (c: Ctx, k: string, ids = ["s1", "s2", "s3"]) => fx(ids.map((id) => c.a(k, id)).join("+"));
  const upRow = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    sat: string,
    k: number[],
    kq: number[],
    level: boolean,
    from: string | null,
  ): Row => ({
    id,
    bold: true,
    cells: (c) => {
      const out: Record<string, Cell> = { kode, nm, ind, sat, k6: k[0], k7: k[1], k8: k[2] };
      qk.forEach((q, j) => (out[q] = kq[j]));
      for (const rk of ["rp6", "rp7", "rp8", ...qr])
        out[rk] = from
          ? fx(c.a(rk, from))
          : // planted: the kegiatan's Rp (8) leaves out sub kegiatan .0006
            sumSubs(c, rk, rk === "rp8" ? ["s1", "s2"] : undefined);
      return { ...out, ...rest(c, level) };
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      upRow(
        "p",
        "1.04.05",
        "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)",
        "Persentase makam terdata dalam SIMAK",
        "%",
        [92, 71.45, 80],
        [74.2, 77.9, 81.3, 83.6],
        true,
        "keg",
      ),
      upRow(
        "keg",
        "1.04.05.2.02",
        "Penyelenggaraan PSU Tempat Pemakaman Umum",
        "Jumlah TPU yang dikelola sesuai standar",
        "unit",
        [7, 5, 6],
        [5, 5, 6, 6],
        true,
        null,
      ),
      ...subs.map(subRow),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan kelurahan dalam pendataan makam; Faktor penghambat: keterbatasan lahan TPU Kalisari.",
    "Tindak lanjut: percepatan digitalisasi SIMAK dan perluasan TPU Ngaliyan Baru pada Renja 2025.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tirtomulyo, 30 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Ir. HARI WIBOWO PRASETYO, M.T.",
    nip: "19700314 199703 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp8", "keg") },
    rules: ["sum-mismatch"],
    note: "Rp (8) of kegiatan 1.04.05.2.02 adds sub kegiatan .0004 and .0005 only (1,315,000); with .0006's 120,000 it is 1,435,000",
    truth: ["s1", "s2", "s3"].map((id) => a("rp8", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k13", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "K (13) of sub kegiatan .0005 is a typed 6,291 makam among formulas; its Triwulan I-IV give 1,120 + 1,865 + 1,640 + 1,395 = 6,020",
    truth: qk.map((k) => a(k, "s2")).join("+"),
  });
  for (const x of subs) {
    if (x.id !== "s2")
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: ["sum-mismatch"],
        truth: x.level ? a("kq4", x.id) : qk.map((k) => a(k, x.id)).join("+"),
        trap: x.level ? qk.map((k) => a(k, x.id)).join("+") : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("rp13", x.id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, x.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("rp7", x.id)}+${a("rp13", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp15", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", x.id)}/${a("rp8", x.id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "s3"),
    rules: ["sum-mismatch"],
    truth: a("k13", "s3"),
    trap: `${a("k7", "s3")}+${a("k13", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "p"),
    trap: qk.map((k) => a(k, "p")).join("+"),
  });
  for (const rk of ["rp6", "rp7", "rp13"])
    b.ok({
      sheet: S,
      cell: a(rk, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(rk, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

type TcRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
  f?: string;
};

export function tc27PemakamanLamuru(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-pemakaman-kota-lamuru-raya.xlsx",
    "T-C.27 Renstra 2025-2029 funding (Disperkim, pemakaman)",
    "T-C.27 of a Disperkim in Sulawesi Selatan: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > K | Rp (merged) | Kondisi Kinerja pada Akhir Periode Renstra > K | Rp | Lokasi; rupiah in full; Rp akhir = the five years (G+I+K+M+O), K akhir = the last target for levels and the sum for flows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LAMURU RAYA", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Perumahan dan Kawasan Permukiman Kota Lamuru Raya 2025-2029",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rows: TcRow[] = [
    {
      id: "p",
      kode: "1.04.05",
      nm: "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)",
      ind: "Persentase makam terdata dalam sistem informasi makam",
      sat: "%",
      awal: 78.4,
      k: [82, 86, 90, 94, 98],
    },
    {
      id: "keg",
      kode: "1.04.05.2.02",
      nm: "Penyelenggaraan PSU Tempat Pemakaman Umum",
      ind: "Persentase TPU dengan prasarana dan sarana kondisi baik",
      sat: "%",
      awal: 54.55,
      k: [60, 65, 70, 75, 80],
    },
    {
      id: "s1",
      kode: "1.04.05.2.02.0004",
      nm: "Penataan dan Pemeliharaan Tempat Pemakaman Umum",
      ind: "Jumlah petak makam yang ditata",
      sat: "petak",
      awal: 1_050,
      k: [1_200, 1_250, 1_300, 1_350, 1_400],
      rp: [1_845_000_000, 1_920_500_000, 2_015_000_000, 2_110_750_000, 2_204_000_000],
      flow: true,
    },
    {
      id: "s2",
      kode: "1.04.05.2.02.0005",
      nm: "Pendataan dan Digitalisasi Data Makam",
      ind: "Persentase makam terdata",
      sat: "%",
      awal: 78.4,
      k: [82, 86, 90, 94, 98],
      rp: [412_600_000, 398_250_000, 376_400_000, 354_800_000, 331_500_000],
    },
    // planted: coded under kegiatan 1.04.04.2.02 while it stands under 1.04.05.2.02
    {
      id: "s3",
      kode: "1.04.04.2.02.0006",
      nm: "Pelayanan Perizinan dan Administrasi Pemakaman",
      ind: "Persentase izin pemakaman terbit sesuai SLA",
      sat: "%",
      awal: 93.2,
      k: [95.5, 96, 96.5, 97, 97.5],
      rp: [186_300_000, 194_700_000, 203_250_000, 212_400_000, 221_850_000],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
    },
    ...years.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "K"], role: "target", year: y, width: 8 },
      { key: `rp${y}`, head: [G, `Tahun ${y}`, "Rp"], role: "anggaran", year: y, fmt: RP, width: 15 },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "K"],
      role: "kondisi-akhir",
      year: 2029,
      width: 9,
    },
    {
      key: "rpak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const rpSum = (c: Ctx) => years.map((y) => c.a(`rp${y}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          lok: "Kota Lamuru Raya",
        };
        years.forEach((y, j) => {
          out[`k${y}`] = x.k[j];
          out[`rp${y}`] = x.rp
            ? x.rp[j]
            : fx(
                x.id === "p"
                  ? c.a(`rp${y}`, "keg")
                  : ["s1", "s2", "s3"].map((id) => c.a(`rp${y}`, id)).join("+"),
              );
        });
        out.kak = x.flow ? fx(years.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k2029"));
        // planted: s2's Rp akhir is a SUM range over the pairs, so it adds the K targets too
        out.rpak =
          x.id === "s2"
            ? fx(`SUM(${c.a("rp2025").replace(/\d+$/, "")}${c.r}:${c.a("rp2029")})`)
            : fx(rpSum(c));
        return out;
      },
    })),
  });
  // the SUM range of s2 starts at its 2025 Rp column: it still holds K 2026 .. K 2029
  s.gap();
  s.lines([
    "Sumber: Renstra Dinas Perumahan dan Kawasan Permukiman Kota Lamuru Raya 2025-2029 (rupiah penuh).",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Lamuru, 12 Agustus 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman,"],
    nama: "ANDI BASO TENRIAWARU, S.T., M.Si.",
    nip: "19760821 200312 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rpOf = (id: string) => years.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rpak", "s2") },
    rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
    note: "Rp kondisi akhir of sub kegiatan .0005 is =SUM(rp2025:rp2029), a range that also adds the K targets 86 + 90 + 94 + 98 = 368; the five Rp give 1,873,550,000 (the other rows add G+I+K+M+O)",
    truth: rpOf("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pelayanan Perizinan dan Administrasi Pemakaman is coded 1.04.04.2.02.0006 under kegiatan 1.04.05.2.02; its code is 1.04.05.2.02.0006",
    truth: `${a("kode", "keg")}&".0006"`,
  });
  for (const x of rows) {
    b.ok({
      sheet: S,
      cell: a("kak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? years.map((y) => a(`k${y}`, x.id)).join("+") : a("k2029", x.id),
      trap: x.flow ? a("k2029", x.id) : years.map((y) => a(`k${y}`, x.id)).join("+"),
    });
    if (x.id !== "s2")
      b.ok({
        sheet: S,
        cell: a("rpak", x.id),
        rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
        truth: rpOf(x.id),
        trap: x.id === "s1" ? `SUM(${a("rp2025", "s1")}:${a("rp2029", "s1")})` : undefined,
      });
  }
  for (const y of [2025, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`rp${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "p"),
  });
  return b.finish();
}
