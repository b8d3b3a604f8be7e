// The Renja evaluation (E.81) of the Bapenda of Kabupaten Sawang Kidul (Jawa Timur) and the Renstra
// funding table (T-C.27) of the Bapenda of Kota Teluk Sirandah (Kalimantan Selatan): pendataan objek
// pajak, penagihan tunggakan, retribusi. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Ev = {
  id: string;
  no: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  rp: [number, number, number];
  rq: number[];
};

/** E.81 of Bapenda Kabupaten Sawang Kidul, Tahun 2024 (n-1), Renstra 2021-2026. */
export function e81Bapenda(): BookW {
  const b = new BookW(
    "e81-bapenda-sawang-kidul-311.xlsx",
    "E.81 Evaluasi Renja (Bapenda)",
    "E.81 Tahun 2024 as n-1 in the title, ordinal (n-2) / (n-1) headers, K | Rp pairs under merged groups, number row merged over each pair, typed quarters and column 12, formulas in 13 and 14, a level row (rasio PAD), Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SAWANG KIDUL",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Raya Kedungrejo No. 41, Sawang Kidul",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BADAN PENDAPATAN DAERAH KABUPATEN SAWANG KIDUL",
    "Renstra Perangkat Daerah 2021-2026",
    "Periode pelaksanaan: Tahun 2024 (n-1) s.d. Triwulan IV",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    no: "1.1.1",
    kode: "5.02.04.2.01.0005",
    ur: "Pendataan dan Pendaftaran Objek Pajak Daerah",
    ind: "Jumlah objek pajak daerah yang didata dan didaftarkan",
    sat: "objek",
    level: false,
    k: [12000, 7350, 2400],
    q: [410, 760, 690, 585],
    rp: [3_150_000_000, 1_905_400_000, 640_000_000],
    rq: [88_750_000, 176_300_000, 162_450_000, 191_200_000],
  };
  const s2: Ev = {
    id: "s2",
    no: "1.1.2",
    kode: "5.02.04.2.01.0009",
    ur: "Penagihan Tunggakan Pajak Daerah",
    ind: "Jumlah surat teguran dan surat paksa yang diterbitkan",
    sat: "dokumen",
    level: false,
    k: [6000, 3720, 1300],
    q: [280, 355, 340, 312],
    rp: [2_400_000_000, 1_436_800_000, 512_000_000],
    rq: [61_200_000, 129_850_000, 140_300_000, 164_900_000],
  };
  const rp3 = (i: number) => s1.rp[i] + s2.rp[i];
  const rpq = [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]);
  const keg: Ev = {
    id: "keg",
    no: "1.1",
    kode: "5.02.04.2.01",
    ur: "Pengelolaan Pendapatan Daerah",
    ind: "Jumlah wajib pajak daerah baru yang terdaftar",
    sat: "WP",
    level: false,
    k: [2500, 1540, 520],
    q: [96, 142, 131, 118],
    rp: [rp3(0), rp3(1), rp3(2)],
    rq: rpq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    no: "1",
    kode: "5.02.04",
    ur: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
    ind: "Rasio PAD terhadap total pendapatan daerah",
    sat: "%",
    level: true,
    k: [14.5, 12.1, 13.2],
    q: [11.8, 12.4, 12.9, 13.6],
  };
  const rows = [prog, keg, s1, s2];
  const pair = (n: string, g: string, kr: Col["role"], rr: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kr, year, num: n, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num: n, fmt: RP, width: 16 },
  ];
  const TW = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 6 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Kinerja Renstra PD pada Tahun Akhir Periode Renstra", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "target",
      "anggaran",
      2024,
    ),
    ...TW.flatMap((t, i) =>
      pair(String(8 + i), `Realisasi Kinerja Triwulan ${t}`, "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun Berjalan (%)",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0005 column 12 Rp typed ten times too large (6,187,000,000 for 618,700,000)
  const R12S1 = 6_187_000_000;
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  // planted: the kegiatan's (14) K keeps a stale cached result
  const STALE = 92.08;
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => ({
      no: e.no,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k[0],
      r5: e.rp[0],
      k6: e.k[1],
      r6: e.rp[1],
      k7: e.k[2],
      r7: e.rp[2],
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((i) => [
          [`k${8 + i}`, e.q[i]],
          [`r${8 + i}`, e.rq[i]],
        ]),
      ),
      k12: k12(e),
      r12: e.id === "s1" ? R12S1 : sum(e.rq),
      k13: e.level ? e.q[3] : fx(`${x.a("k6")}+${x.a("k12")}`),
      r13: fx(`${x.a("r6")}+${x.a("r12")}`),
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`, e.id === "keg" ? STALE : undefined),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      pj: "Bidang Pendataan dan Penetapan",
    }),
  }));
  const k14v = rows.map((e) =>
    e.id === "keg" ? STALE : round(((e.level ? e.q[3] : e.k[1] + k12(e)) / e.k[0]) * 100),
  );
  const r14v = rows.map((e) => round(((e.rp[1] + (e.id === "s1" ? R12S1 : sum(e.rq))) / e.rp[0]) * 100));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          k14: predikat(round(sum(k14v) / 4)),
          r14: predikat(round(sum(r14v) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pemutakhiran data objek pajak berbasis aplikasi e-SPTPD.",
    "Faktor penghambat: banyak wajib pajak PBB-P2 berdomisili di luar daerah.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sawang Kidul, 10 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KABUPATEN SAWANG KIDUL"],
    nama: "Dr. BAMBANG SURYO WICAKSONO, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720815 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const quarters = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch", "number-scale"],
    note: "Column 12 Rp of sub kegiatan 5.02.04.2.01.0005 is 6,187,000,000; its quarters add up to 618,700,000 (typed ten times off)",
    truth: quarters("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(13/5*100,2) with a stale cached 92.08; (1540 + 487) / 2500 gives 81.08",
    truth: `ROUND((${a("k6", "keg")}+${quarters("k", "keg")})/${a("k5", "keg")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: quarters("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: quarters("k", id) });
  for (const id of ["prog", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: quarters("r", id) });
  for (const id of ["prog", "s2"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  for (const k of ["r5", "r6", "r7"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type Pl = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  /** Rp = SUM of these rows */
  of?: string[];
};

/** T-C.27 of Bapenda Kota Teluk Sirandah, Renstra 2025-2029, Rp in thousands. */
export function tc27Bapenda(): BookW {
  const b = new BookW(
    "tc27-bapenda-teluk-sirandah-311.xlsx",
    "T-C.27 Rencana program dan pendanaan (Bapenda)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; three header rows: group > 'Tahun ke-1..5' > Target | Rp; number row '(1)'..; Sasaran merged over the rows; a second indicator without a code; SUM formulas for kegiatan, program and kondisi akhir Rp; levels (%) and flows (objek, NOP, laporan)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK SIRANDAH", "BADAN PENDAPATAN DAERAH"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Badan Pendapatan Daerah Kota Teluk Sirandah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pl[] = [
    {
      id: "p",
      kode: "5.02.04",
      ur: "Program Pengelolaan Pendapatan Daerah",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      level: true,
      awal: 18.4,
      k: [19.0, 19.6, 20.3, 21.0, 21.8],
      of: ["g1", "g2"],
    },
    {
      id: "g1",
      kode: "5.02.04.2.01",
      ur: "Pengelolaan Pendapatan Daerah",
      ind: "Persentase realisasi pajak daerah terhadap target",
      sat: "%",
      level: true,
      awal: 96.2,
      k: [97, 97.5, 98, 98.5, 99],
      of: ["s1", "s1b", "s2"],
    },
    {
      id: "s1",
      kode: "5.02.04.2.01.0005",
      ur: "Pendataan dan Pendaftaran Objek Pajak Daerah",
      ind: "Jumlah objek pajak daerah yang didata dan didaftarkan",
      sat: "objek",
      level: false,
      awal: 3100,
      k: [3200, 3300, 3400, 3500, 3600],
      rp: [1_245_000, 1_310_500, 1_372_800, 1_441_000, 1_512_400],
    },
    {
      id: "s1b",
      kode: "",
      ur: "",
      ind: "Jumlah NOP PBB-P2 yang dimutakhirkan",
      sat: "NOP",
      level: false,
      awal: 7600,
      k: [8000, 8500, 9000, 9500, 10000],
    },
    {
      id: "s2",
      kode: "5.02.04.2.01.0009",
      ur: "Penagihan Tunggakan Pajak Daerah",
      ind: "Persentase piutang pajak daerah yang tertagih",
      sat: "%",
      level: true,
      awal: 31.5,
      k: [34, 37, 40, 43, 46],
      rp: [986_200, 1_034_000, 1_088_500, 1_139_700, 1_196_300],
    },
    {
      id: "g2",
      kode: "5.02.04.2.02",
      ur: "Pembinaan dan Pengawasan Pengelolaan Retribusi Daerah",
      ind: "Persentase realisasi retribusi daerah terhadap target",
      sat: "%",
      level: true,
      awal: 88.0,
      k: [90, 91.5, 93, 94.5, 96],
      of: ["s3"],
    },
    {
      id: "s3",
      kode: "5.02.04.2.02.0003",
      ur: "Monitoring dan Evaluasi Penerimaan Retribusi Daerah",
      ind: "Jumlah laporan monitoring dan evaluasi retribusi daerah",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [412_600, 433_200, 455_000, 477_700, 501_600],
    },
  ];
  const yr: Col[] = [1, 2, 3, 4, 5].flatMap((i) => [
    {
      key: `k${i}`,
      head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i}`, "Target"],
      role: "target",
      year: 2024 + i,
      num: `(${6 + 2 * (i - 1)})`,
      fmt: DEC,
      width: 9,
    } as Col,
    {
      key: `r${i}`,
      head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i}`, "Rp"],
      role: "anggaran",
      year: 2024 + i,
      num: `(${7 + 2 * (i - 1)})`,
      fmt: RP,
      width: 13,
    } as Col,
  ]);
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(3)", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(5)",
      fmt: DEC,
    },
    ...yr,
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(16)",
      fmt: DEC,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "(17)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 14 },
  ];
  // planted: kegiatan 5.02.04.2.01 Tahun ke-3 Rp typed 2,416,300 in a column of SUMs (subs give 2,461,300)
  const TYPED = 2_416_300;
  // planted: kegiatan 5.02.04.2.02 (a %) kondisi akhir K = Tahun ke-4 target 94.5; Tahun ke-5 is 96
  const body: Row[] = rows.map((p) => ({
    id: p.id,
    cells: (x) => {
      const c: Record<string, Cell> = {
        sas: "Meningkatnya kemandirian fiskal daerah",
        kode: p.kode || null,
        ur: p.ur || null,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        unit: p.of ? "Bidang Pajak Daerah" : "Sub Bidang Pendataan",
        lok: "Kota Teluk Sirandah",
      };
      p.k.forEach((v, i) => {
        c[`k${i + 1}`] = v;
        const rk = `r${i + 1}`;
        if (p.rp) c[rk] = p.rp[i];
        else if (p.of) {
          if (p.id === "g1" && i === 2) c[rk] = TYPED;
          else {
            const ids = p.of.map((id) => x.row(id));
            c[rk] =
              p.id === "p"
                ? fx(`SUM(${p.of.map((id) => x.a(rk, id)).join(",")})`)
                : fx(`SUM(${x.c(rk)}${Math.min(...ids)}:${x.c(rk)}${Math.max(...ids)})`);
          }
        }
      });
      c.ka = p.id === "g2" ? p.k[3] : p.level ? p.k[4] : sum(p.k);
      if (p.rp || p.of) c.ra = fx([1, 2, 3, 4, 5].map((i) => x.a(`r${i}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", vmerge: ["sas"], rows: body });
  s.gap();
  signature(s, 14, {
    tempat: "Teluk Sirandah, 3 Maret 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KOTA TELUK SIRANDAH"],
    nama: "Hj. NORHASANAH RAHMAN, S.E., M.M.",
    nip: "19750322 200003 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (p: string, id: string) => [1, 2, 3, 4, 5].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 5.02.04.2.01 Tahun ke-3 (2027) Rp is a typed 2,416,300 among SUM formulas; its sub kegiatan add up to 2,461,300",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "g2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of a percentage is 94.50, the Tahun ke-4 target; the Tahun ke-5 (2029) target is 96.00",
    truth: a("k5", "g2"),
  });
  for (const id of ["p", "g1", "s2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: five("k", id),
    });
  for (const id of ["s1", "s1b", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: five("k", id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3", "g2"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: five("r", id),
    });
  for (const i of [1, 2, 4, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "g1")}+${a(`r${i}`, "g2")}`,
    });
  }
  b.ok({ sheet: S, cell: a("r3", "g2"), rules: ["sum-mismatch"], truth: a("r3", "s3") });
  b.ok({ sheet: S, cell: a("k5", "s2"), rules: ["target-trend", "target-outlier"], truth: "46" });
  return b.finish();
}
