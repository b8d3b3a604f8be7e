// The Renja evaluation (E.81) of the DPPKB Kabupaten Pasir Langkai (Riau) and the Renstra funding
// table (T-C.27) of the DP2KB Kota Tanjung Manyar (Kalimantan Selatan): kampung KB, peserta KB aktif
// MKJP, unmet need. Every name and number is invented.
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
  type Col,
  type Row,
} from "../forms/kit";

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 s.d. Triwulan IV 2024, DPPKB Kabupaten Pasir Langkai: Kinerja | Keuangan pairs, calendar years. */
export function e81Dppkb(): BookW {
  const b = new BookW(
    "e81-renja-2024-dppkb-pasir-langkai.xlsx",
    "E.81 Evaluasi Renja (DPPKB)",
    "E.81 Tahun 2024 with calendar years in the headers, Kinerja | Keuangan (Rp) pairs, no Kode column (code inside the uraian column), number row per pair, a level row (% peserta KB aktif MKJP) over flows, Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PASIR LANGKAI",
    "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
    "Jl. Datuk Laksamana No. 17 Teluk Langkai, Riau",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DPPKB KABUPATEN PASIR LANGKAI TAHUN 2024",
    "Renstra Perangkat Daerah 2021-2026; periode pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "2.14.03.2.03.0002",
    ur: "Pelaksanaan dan Pengelolaan Kampung KB",
    ind: "Jumlah kampung KB yang mendapat pendampingan",
    sat: "kampung",
    level: false,
    k5: 320,
    k6: 188,
    k7: 72,
    q: [16, 20, 19, 17],
    r5: 6_400_000_000,
    r6: 3_812_450_000,
    r7: 1_380_000_000,
    rq: [198_300_000, 356_900_000, 402_150_000, 381_200_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "2.14.03.2.03.0004",
    ur: "Penyediaan Sarana Penunjang Pelayanan KB MKJP",
    ind: "Jumlah peserta KB baru MKJP yang dilayani",
    sat: "orang",
    level: false,
    k5: 9500,
    k6: 5620,
    k7: 1950,
    q: [410, 520, 488, 566],
    r5: 4_250_000_000,
    r6: 2_540_700_000,
    r7: 860_000_000,
    rq: [121_500_000, 230_400_000, 251_800_000, 224_900_000],
  };
  const tot = (k: "r5" | "r6" | "r7") => s1[k] + s2[k];
  const rq = [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]);
  const keg: Ev = {
    id: "keg",
    kode: "2.14.03.2.03",
    ur: "Pemberdayaan dan Peningkatan Peran Serta Organisasi Kemasyarakatan dalam Pembinaan Kesertaan Ber-KB",
    ind: "Jumlah kampung KB yang dibina",
    sat: "kampung",
    level: false,
    k5: 320,
    k6: 190,
    k7: 70,
    q: [15, 20, 18, 17],
    r5: tot("r5"),
    r6: tot("r6"),
    r7: tot("r7"),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "2.14.03",
    ur: "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)",
    ind: "Persentase peserta KB aktif MKJP",
    sat: "%",
    level: true,
    k5: 28.5,
    k6: 24.1,
    k7: 26,
    q: [24.6, 25.1, 25.7, 26.3],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: Ev) => e.r6 + sum(e.rq);
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round((r13(e) / e.r5) * 100);
  const pair = (n: string, g: string, role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${n.split(" ")[0]}`, head: [g, "Kinerja"], role, year, num: n, fmt: DEC, width: 10 },
    { key: `r${n.split(" ")[0]}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num: n, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "ur", head: ["Kode / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    ...pair("5", "Target Renstra PD Tahun 2026 (akhir periode)", "target", "anggaran"),
    ...pair("6", "Realisasi Capaian Renstra s.d. Renja Tahun 2023", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12 = 8+9+10+11",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13 = 6+12",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14 = 13/5 x 100%", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  // planted: (13) Rp of .0004 typed 3,396,300,000; 6 + 12 = 3,369,300,000
  const R13S2 = 3_396_300_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
      ur: `${e.kode} ${e.ur}`,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang KB dan Kesejahteraan Keluarga",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: () => ({
          no: "Predikat kinerja",
          // planted: the K average 83.71 is "Tinggi", not "Sangat Tinggi"
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sinergi PKB/PLKB dengan kader kampung KB di tiap desa.",
    "Tindak lanjut: penambahan pelayanan MKJP keliling ke kecamatan terjauh.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Teluk Langkai, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PENGENDALIAN PENDUDUK", "DAN KELUARGA BERENCANA"],
    nama: "dr. HJ. NURMAINI SAFITRI, M.Kes",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760318 200501 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 2.14.03.2.03.0004 is 3,396,300,000; 6 + 12 = 2,540,700,000 + 828,600,000 = 3,369,300,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for an average capaian kinerja of 83.71; the band > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type Pl = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  subs?: string[];
};

/** T-C.27 Renstra 2025-2029 of the DP2KB Kota Tanjung Manyar, "(dalam ribuan rupiah)". */
export function tc27Dp2kb(): BookW {
  const b = new BookW(
    "tc27-renstra-dp2kb-tanjung-manyar.xlsx",
    "T-C.27 Renstra pendanaan (DP2KB)",
    "T-C.27 Renstra 2025-2029, Tahun ke-1..5 > Target | Rp, (dalam ribuan rupiah), kegiatan Rp = SUM of sub kegiatan, kondisi akhir Rp = sum of the five years as formulas, kondisi akhir K = last target for % rows and the sum for flows, Lokasi column",
  );
  const S = "T-C.27 DP2KB";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG MANYAR", "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif DP2KB Kota Tanjung Manyar",
    "Renstra Perangkat Daerah Periode 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: Pl[] = [
    {
      id: "prog",
      kode: "2.14.03",
      ur: "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)",
      ind: "Angka unmet need KB",
      sat: "%",
      flow: false,
      awal: 12.4,
      k: [11.8, 11.2, 10.6, 10.0, 9.5],
      subs: ["keg1", "keg2"],
    },
    {
      id: "keg1",
      kode: "2.14.03.2.03",
      ur: "Pemberdayaan dan Peningkatan Peran Serta Organisasi Kemasyarakatan dalam Pembinaan Kesertaan Ber-KB",
      ind: "Persentase kampung KB kategori mandiri",
      sat: "%",
      flow: false,
      awal: 8,
      k: [10, 13, 16, 19, 22],
      subs: ["sa", "sb", "sc"],
    },
    {
      id: "sa",
      kode: "2.14.03.2.03.0001",
      ur: "Pembinaan Kampung KB dan Rumah Data Kependudukan",
      ind: "Jumlah kampung KB yang dibina",
      sat: "kampung",
      flow: true,
      awal: 48,
      k: [52, 52, 52, 52, 52],
      rp: [420_500, 445_000, 468_250, 492_000, 515_800],
    },
    {
      id: "sb",
      kode: "2.14.03.2.03.0003",
      ur: "Promosi dan Konseling Kesertaan Ber-KB",
      ind: "Jumlah kegiatan KIE KB yang dilaksanakan",
      sat: "kegiatan",
      flow: true,
      awal: 22,
      k: [24, 24, 26, 26, 28],
      rp: [186_400, 195_700, 205_500, 215_800, 226_600],
    },
    {
      id: "sc",
      kode: "2.14.04.2.01.0002",
      ur: "Peningkatan Kapasitas Penyuluh KB/PLKB dan Kader",
      ind: "Jumlah PLKB dan kader yang dilatih",
      sat: "orang",
      flow: true,
      awal: 35,
      k: [38, 38, 40, 40, 42],
      rp: [132_000, 138_600, 145_500, 152_800, 160_400],
    },
    {
      id: "keg2",
      kode: "2.14.03.2.02",
      ur: "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi",
      ind: "Persentase faskes KB tanpa kekosongan alokon",
      sat: "%",
      flow: false,
      awal: 86,
      k: [88, 90, 92, 94, 95],
      subs: ["sd"],
    },
    {
      id: "sd",
      kode: "2.14.03.2.02.0001",
      ur: "Distribusi Alat dan Obat Kontrasepsi ke Fasilitas Kesehatan",
      ind: "Jumlah laporan distribusi alokon",
      sat: "laporan",
      flow: true,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [310_200, 325_700, 342_000, 359_100, 377_000],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        fmt: DEC,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      fmt: DEC,
    },
    {
      key: "ar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19 },
  ];
  // planted: kondisi akhir Rp of sub kegiatan .0003 typed 1,003,000; the five years give 1,030,000
  const body: Row[] = P.map((p) => ({
    id: p.id,
    bold: !p.rp,
    cells: (x) => {
      const c: Record<string, string | number | ReturnType<typeof fx>> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        ak: p.flow ? sum(p.k) : p.k[4],
        pj: "Bidang KB",
        lok: "Kota Tanjung Manyar",
      };
      p.k.forEach((v, i) => {
        c[`k${i}`] = v;
        c[`r${i}`] = p.rp
          ? p.rp[i]
          : p.id === "keg1"
            ? fx(`SUM(${x.a(`r${i}`, "sa")}:${x.a(`r${i}`, "sc")})`)
            : fx(p.subs!.map((id) => x.a(`r${i}`, id)).join("+"));
      });
      c.ar = p.id === "sb" ? 1_003_000 : fx(years.map((_, i) => x.a(`r${i}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  s.gap();
  s.lines(["Catatan: target angka unmet need dan persentase bersifat tingkat (bukan kumulatif)."]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Manyar, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PENGENDALIAN PENDUDUK", "DAN KELUARGA BERENCANA KOTA TANJUNG MANYAR"],
    nama: "H. AHMAD FAUZAN RIDHANI, S.KM., M.Si",
    nip: "19790907 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string) => years.map((_, i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ar", "sb") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of 2.14.03.2.03.0003 is a typed 1,003,000 in a column of formulas; the five years add up to 1,030,000",
    truth: yrs("sb"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "sc") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan code 2.14.04.2.01.0002 sits under kegiatan 2.14.03.2.03 (and is summed into it)",
    truth: a("kode", "keg1"),
    actual: `PARENT(${a("kode", "sc")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "prog"),
    trap: years.map((_, i) => a(`k${i}`, "prog")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "keg1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "keg1"),
    trap: years.map((_, i) => a(`k${i}`, "keg1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "sa"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((_, i) => a(`k${i}`, "sa")).join("+"),
    trap: a("k4", "sa"),
  });
  for (const id of ["prog", "keg1", "sa", "sc", "keg2", "sd"])
    b.ok({ sheet: S, cell: a("ar", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yrs(id) });
  for (let i = 0; i < 5; i++) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg1"),
      rules: ["sum-mismatch"],
      truth: ["sa", "sb", "sc"].map((id) => a(`r${i}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "keg1")}+${a(`r${i}`, "keg2")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "sa"),
    rules: ["code-hierarchy"],
    truth: a("kode", "keg1"),
    actual: `PARENT(${a("kode", "sa")})`,
  });
  return b.finish();
}
