// Set 313, planning forms of two fisheries offices: the E.81 Renja evaluation of Dinas Kelautan dan
// Perikanan Kabupaten Teluk Saronde (Sulawesi Tengah) and the T-C.27 of Dinas Perikanan Kota Pasir
// Lamaru (Maluku Utara). Every name and number is invented.
import { BookW, INT, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

type E81Row = {
  id: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  /** money of a kegiatan (programs take the sum of theirs) */
  r5?: number;
  r6?: number;
  r7?: number;
  rq?: number[];
  of?: string[];
};

/** E.81 s.d. Triwulan IV 2024, Renstra 2022-2026, ordinal (n-1)/(n-2) headers, no No column. */
export function e81Dkp(): BookW {
  const book = new BookW(
    "e81-dkp-teluk-saronde-313.xlsx",
    "E.81",
    "E.81 DKP Kabupaten Teluk Saronde s.d. TW IV 2024",
  );
  const s = book.sheet("Evaluasi Renja TW IV");
  letterhead(s, [
    "PEMERINTAH KABUPATEN TELUK SARONDE",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Pelabuhan Rakyat No. 14 Ampana Saronde",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TELUK SARONDE",
    "Renja Dinas Kelautan dan Perikanan Kabupaten Teluk Saronde Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Renstra PD periode 2022-2026",
  ]);
  s.gap();
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], num, role: kRole, year, fmt: "#,##0.##" },
    {
      key: `r${key}`,
      head: [...head, "Rp"],
      num,
      role: rRole,
      year,
      fmt: RP,
      width: 16,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], num: "2", role: "kode", width: 18 },
    { key: "uraian", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      num: "4",
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], num: "4a", role: "satuan" },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], num: "15", role: "penanggung-jawab", width: 20 },
  ];
  const keg: E81Row[] = [
    {
      id: "ka",
      kode: "3.25.03.2.01",
      uraian: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      ind: "Jumlah nelayan kecil yang difasilitasi premi asuransi nelayan",
      sat: "orang",
      level: false,
      k5: 12500,
      k6: 6840,
      k7: 2400,
      kq: [0, 850, 1020, 610],
      r5: 6_120_000_000,
      r6: 2_398_600_000,
      r7: 1_275_000_000,
      rq: [118_500_000, 402_300_000, 455_750_000, 261_950_000],
    },
    {
      id: "kb",
      kode: "3.25.03.2.02",
      uraian: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan (TPI)",
      ind: "Jumlah laporan produksi dan nilai lelang TPI yang disusun",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 24,
      k7: 12,
      kq: [3, 3, 3, 3],
      r5: 3_730_000_000,
      r6: 1_513_800_000,
      r7: 871_800_000,
      rq: [162_400_000, 218_900_000, 207_350_000, 259_600_000],
    },
    {
      id: "kc",
      kode: "3.25.04.2.01",
      uraian: "Pemberdayaan Pembudi Daya Ikan Kecil",
      ind: "Jumlah pembudi daya ikan kecil yang menerima bantuan benih dan pakan",
      sat: "orang",
      level: false,
      k5: 3200,
      k6: 1390,
      k7: 640,
      kq: [0, 210, 260, 185],
      r5: 7_420_000_000,
      r6: 2_915_300_000,
      r7: 1_538_000_000,
      rq: [96_400_000, 388_700_000, 512_250_000, 419_850_000],
    },
  ];
  const progs: E81Row[] = [
    {
      id: "pa",
      kode: "3.25.03",
      uraian: "Program Pengelolaan Perikanan Tangkap",
      ind: "Persentase nelayan yang terlindungi asuransi nelayan",
      sat: "%",
      level: true,
      k5: 60,
      k6: 41.5,
      k7: 48,
      kq: [43.2, 44.9, 46.7, 48.6],
      of: ["ka", "kb"],
    },
    {
      id: "pb",
      kode: "3.25.04",
      uraian: "Program Pengelolaan Perikanan Budidaya",
      ind: "Persentase pembudi daya ikan yang menerapkan CBIB",
      sat: "%",
      level: true,
      k5: 45,
      k6: 28.4,
      k7: 34,
      kq: [29.1, 30.6, 32.8, 35.2],
      of: ["kc"],
    },
  ];
  const byId = new Map(keg.map((k) => [k.id, k]));
  for (const p of progs) {
    const parts = p.of!.map((id) => byId.get(id)!);
    p.r5 = sum(parts.map((k) => k.r5!));
    p.r6 = sum(parts.map((k) => k.r6!));
    p.r7 = sum(parts.map((k) => k.r7!));
    p.rq = [0, 1, 2, 3].map((i) => sum(parts.map((k) => k.rq![i])));
  }
  const order = [progs[0], keg[0], keg[1], progs[1], keg[2]];
  const k14s: number[] = [];
  const r14s: number[] = [];
  const rows = order.map((x) => {
    const k12 = x.level ? x.kq[3] : sum(x.kq);
    const r12 = sum(x.rq!);
    const k13 = x.level ? k12 : x.k6 + k12;
    const r13 = x.r6! + r12;
    const k14 = round((k13 / x.k5) * 100);
    const r14 = round((r13 / x.r5!) * 100);
    k14s.push(k14);
    r14s.push(r14);
    const cells: Record<string, number | string> = {
      kode: x.kode,
      uraian: x.uraian,
      ind: x.ind,
      sat: x.sat,
      k5: x.k5,
      r5: x.r5!,
      k6: x.k6,
      r6: x.r6!,
      k7: x.k7,
      r7: x.r7!,
      k12,
      // planted below for "ka": a typed yearly Rp with two digits swapped
      r12: x.id === "ka" ? 1_283_500_000 : r12,
      k13,
      r13,
      k14,
      r14,
      unit: x.kode.startsWith("3.25.03") ? "Bidang Perikanan Tangkap" : "Bidang Perikanan Budidaya",
    };
    x.kq.forEach((v, i) => (cells[`kq${i}`] = v));
    x.rq!.forEach((v, i) => (cells[`rq${i}`] = v));
    return { id: x.id, cells, bold: x.level };
  });
  const avgK = round(sum(k14s) / k14s.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows,
      {
        id: "avg",
        span: ["kode", "ind"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "pa")}:${x.a("k14", "kc")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "pa")}:${x.a("r14", "kc")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: {
          kode: "Predikat kinerja",
          // planted: the average K is in the Sedang band
          k14: predikat(avgK) === "Sedang" ? "Tinggi" : "Sedang",
          r14: predikat(round(sum(r14s) / r14s.length)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan premi asuransi dari KKP dan kartu KUSUKA yang makin luas.",
    "Faktor penghambat: cuaca ekstrem pada Triwulan I menunda penyaluran benih.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Ampana Saronde, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "KABUPATEN TELUK SARONDE"],
    nama: "Ir. ABDUL HARIS LAMADJIDO, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19700814 199803 1 006",
  });
  const S = t.sheet;
  const q = (key: "k" | "r", id: string) => [0, 1, 2, 3].map((i) => t.a(`${key}q${i}`, id)).join("+");
  book.plant({
    at: { sheet: S, cell: t.a("r12", "ka") },
    rules: ["sum-mismatch"],
    note: "column 12 Rp typed 1,283,500,000; the four quarters add up to 1,238,500,000",
    truth: q("r", "ka"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat Tinggi for an average capaian kinerja of 71.54 (Sedang, > 65 to 75)",
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
  });
  // traps: the program % rows are levels
  for (const id of ["pa", "pb"]) {
    book.ok({
      sheet: S,
      cell: t.a("k12", id),
      rules: ["sum-mismatch"],
      truth: t.a("kq3", id),
      trap: q("k", id),
    });
    book.ok({
      sheet: S,
      cell: t.a("k13", id),
      rules: ["sum-mismatch"],
      truth: t.a("k12", id),
      trap: `${t.a("k6", id)}+${t.a("k12", id)}`,
    });
  }
  for (const id of ["pa", "ka", "kb", "pb", "kc"])
    book.ok({
      sheet: S,
      cell: t.a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${t.a("k13", id)}/${t.a("k5", id)}*100,2)`,
    });
  for (const id of ["kb", "kc", "pb"]) {
    book.ok({ sheet: S, cell: t.a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    book.ok({
      sheet: S,
      cell: t.a("r13", id),
      rules: ["sum-mismatch"],
      truth: `${t.a("r6", id)}+${t.a("r12", id)}`,
    });
  }
  book.ok({ sheet: S, cell: t.a("k12", "kb"), rules: ["sum-mismatch"], truth: q("k", "kb") });
  book.ok({
    sheet: S,
    cell: t.a("k13", "kc"),
    rules: ["sum-mismatch"],
    truth: `${t.a("k6", "kc")}+${t.a("k12", "kc")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("r5", "pa"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r5", "ka")}+${t.a("r5", "kb")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("r14", "avg")})`,
  });
  return book.finish();
}

/** T-C.27 Renstra 2025-2029, "(dalam ribuan rupiah)", Tahun ke-1..5, group headers written once. */
export function tc27Perikanan(): BookW {
  const book = new BookW(
    "tc27-dinas-perikanan-pasir-lamaru-313.xlsx",
    "T-C.27",
    "T-C.27 Dinas Perikanan Kota Pasir Lamaru 2025-2029",
  );
  const s = book.sheet("Tabel 6.1");
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perikanan Kota Pasir Lamaru Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years: Col[] = [1, 2, 3, 4, 5].flatMap((n) => [
    {
      key: `t${n}`,
      head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${n}`, "Target"],
      role: "target" as const,
      year: 2024 + n,
      num: `(${4 + 2 * n})`,
      fmt: "#,##0.##",
    },
    {
      key: `p${n}`,
      head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${n}`, "Rp"],
      role: "anggaran" as const,
      year: 2024 + n,
      num: `(${5 + 2 * n})`,
      fmt: INT,
      width: 13,
    },
  ]);
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "uraian", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan"], role: "kondisi-awal", num: "(5)" },
    ...years,
    {
      key: "tk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(16)",
      fmt: "#,##0.##",
    },
    {
      key: "pk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "(17)",
      fmt: INT,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(18)" },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)" },
  ];
  const N = [1, 2, 3, 4, 5];
  type R = {
    id: string;
    kode: string;
    uraian: string;
    ind: string;
    sat: string;
    awal: number;
    t: number[];
    flow: boolean;
    p?: number[];
    of?: string[];
    unit: string;
  };
  const data: R[] = [
    {
      id: "p1",
      kode: "3.25.06",
      uraian: "Program Pengolahan dan Pemasaran Hasil Perikanan",
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      awal: 38.6,
      t: [40.2, 41.5, 42.8, 44, 45.3],
      flow: false,
      of: ["k1", "k2"],
      unit: "Bidang Pengolahan dan Pemasaran",
    },
    {
      id: "k1",
      kode: "3.25.06.2.01",
      uraian:
        "Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Mikro dan Kecil",
      ind: "Jumlah UMKM pengolah ikan yang dibina",
      sat: "unit usaha",
      awal: 45,
      t: [60, 65, 70, 75, 80],
      flow: true,
      of: ["s1", "s2"],
      unit: "Bidang Pengolahan dan Pemasaran",
    },
    {
      id: "s1",
      kode: "3.25.06.2.01.0001",
      uraian: "Pembinaan dan Pemantauan Penerapan Sistem Jaminan Mutu Hasil Perikanan",
      ind: "Jumlah pelaku usaha yang dipantau penerapan jaminan mutu",
      sat: "orang",
      awal: 32,
      t: [40, 45, 50, 55, 60],
      flow: true,
      p: [312_500, 338_750, 351_200, 372_400, 395_150],
      unit: "Seksi Mutu",
    },
    {
      id: "s2",
      kode: "3.25.06.2.01.0002",
      uraian: "Fasilitasi Penerbitan Sertifikat Kelayakan Pengolahan (SKP)",
      ind: "Jumlah SKP yang difasilitasi",
      sat: "sertifikat",
      awal: 6,
      t: [8, 10, 12, 12, 14],
      flow: true,
      p: [186_400, 214_900, 238_600, 241_300, 263_800],
      unit: "Seksi Mutu",
    },
    {
      id: "k2",
      kode: "3.25.06.2.02",
      uraian: "Penyediaan Sarana dan Prasarana Pemasaran Hasil Perikanan",
      ind: "Persentase pasar ikan yang memenuhi standar higienis",
      sat: "%",
      awal: 12,
      t: [20, 30, 40, 50, 60],
      flow: false,
      of: ["s3"],
      unit: "Bidang Pengolahan dan Pemasaran",
    },
    {
      id: "s3",
      kode: "3.25.06.2.02.0001",
      uraian: "Kampanye Gemar Memasyarakatkan Makan Ikan (Gemarikan)",
      ind: "Jumlah kegiatan Gemarikan yang dilaksanakan",
      sat: "kali",
      awal: 5,
      t: [6, 6, 8, 8, 8],
      flow: true,
      p: [142_300, 151_800, 176_450, 183_900, 192_250],
      unit: "Seksi Pemasaran",
    },
    {
      id: "p2",
      kode: "3.25.03",
      uraian: "Program Pengelolaan Perikanan Tangkap",
      ind: "Cakupan nelayan yang terlindungi asuransi",
      sat: "%",
      awal: 17.4,
      t: [22, 28, 34, 40, 46],
      flow: false,
      of: ["k3"],
      unit: "Bidang Perikanan Tangkap",
    },
    {
      id: "k3",
      kode: "3.25.03.2.02",
      uraian: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan (TPI)",
      ind: "Jumlah TPI yang direhabilitasi",
      sat: "unit",
      awal: 1,
      t: [1, 1, 2, 1, 1],
      flow: true,
      p: [1_245_600, 1_318_200, 2_406_750, 1_287_400, 1_352_900],
      unit: "Bidang Perikanan Tangkap",
    },
  ];
  const idx = new Map(data.map((d) => [d.id, d]));
  const rows = data.map((d) => ({
    id: d.id,
    bold: !!d.of,
    cells: (x: { a(k: string, id?: string): string }) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: d.kode,
        uraian: d.uraian,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        // planted for k1: the flow's kondisi akhir typed as the last target
        tk: d.flow && d.id !== "k1" ? sum(d.t) : d.t[4],
        unit: d.unit,
        lok: "Kota Pasir Lamaru",
      };
      N.forEach((n) => {
        c[`t${n}`] = d.t[n - 1];
        if (d.p) c[`p${n}`] = d.p[n - 1];
        else {
          const parts = d.of!.map((id) => x.a(`p${n}`, id));
          const kids = d.of!.map((id) => idx.get(id)!);
          c[`p${n}`] =
            kids.length > 1 && kids.every((k) => k.p)
              ? fx(`SUM(${parts[0]}:${parts[parts.length - 1]})`)
              : fx(parts.join("+"));
        }
      });
      const all = N.map((n) => x.a(`p${n}`)).join(",");
      c.pk = d.id === "s3" ? fx(`SUM(${all})`, 864_700) : fx(`SUM(${all})`);
      return c;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...rows,
      {
        id: "jml",
        bold: true,
        span: ["kode", "sat"],
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH" };
          N.forEach((n) => (c[`p${n}`] = fx(`${x.a(`p${n}`, "p1")}+${x.a(`p${n}`, "p2")}`)));
          c.pk = fx(`SUM(${N.map((n) => x.a(`p${n}`)).join(",")})`);
          return c;
        },
      },
    ],
  });
  s.gap();
  signature(s, 18, {
    tempat: "Pasir Lamaru, 20 Mei 2025",
    jabatan: ["Kepala Dinas Perikanan", "Kota Pasir Lamaru"],
    nama: "HASAN R. SOLEMAN, S.Pi, M.M",
    nip: "19760322 200212 1 004",
  });
  const S = t.sheet;
  const ts = (id: string) =>
    `SUM(${t.a("t1", id)},${t.a("t2", id)},${t.a("t3", id)},${t.a("t4", id)},${t.a("t5", id)})`;
  const ps = (id: string) => N.map((n) => t.a(`p${n}`, id)).join("+");
  book.plant({
    at: { sheet: S, cell: t.a("tk", "k1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "UMKM dibina is a yearly count: kondisi akhir should be the sum 350, not the last target 80",
    truth: ts("k1"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("pk", "s3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of Gemarikan shows a stale 864,700; the five years add up to 846,700",
    truth: ps("s3"),
  });
  for (const id of ["p1", "k2", "p2"])
    book.ok({
      sheet: S,
      cell: t.a("tk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t.a("t5", id),
      trap: ts(id),
    });
  for (const id of ["s1", "s2", "k3"])
    book.ok({
      sheet: S,
      cell: t.a("tk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ts(id),
      trap: t.a("t5", id),
    });
  for (const id of ["s1", "s2", "k3", "k1", "p1", "jml"])
    book.ok({
      sheet: S,
      cell: t.a("pk", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: ps(id),
    });
  for (const n of [1, 3, 5]) {
    book.ok({
      sheet: S,
      cell: t.a(`p${n}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${t.a(`p${n}`, "s1")}+${t.a(`p${n}`, "s2")}`,
    });
    book.ok({
      sheet: S,
      cell: t.a(`p${n}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${t.a(`p${n}`, "k1")}+${t.a(`p${n}`, "k2")}`,
    });
  }
  book.ok({ sheet: S, cell: t.a("p3", "s2"), rules: ["number-scale"], truth: "238600" });
  return book.finish();
}
