// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Kesehatan on
// malaria elimination and kusta (P2P). Every name, place and number is invented.
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

type E = {
  id: string;
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

/** E.81 of the Dinas Kesehatan Kabupaten Halmahera Teluk (Maluku Utara), s.d. Triwulan IV 2024. */
export function e81Malaria(): BookW {
  const b = new BookW(
    "e81-p2p-malaria-kusta-halmahera-teluk.xlsx",
    "E.81 Evaluasi Renja (Dinkes P2P malaria)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar-year headers, a three-row header (Realisasi Kinerja pada Triwulan > I..IV > K | Rp); number row merged over the pairs; a level row (% desa reseptif) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN HALMAHERA TELUK", "DINAS KESEHATAN", "Jl. Kie Raha No. 7, Weda Hulu"]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Kesehatan Kabupaten Halmahera Teluk",
    "Periode Pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "1.02.02.2.02.0017",
    ur: "Pengelolaan Pelayanan Kesehatan Malaria",
    ind: "Jumlah kelambu berinsektisida yang dibagikan",
    sat: "lembar",
    level: false,
    k: [60_000, 31_250, 12_000],
    q: [2_500, 4_800, 3_100, 1_600],
    rp: [4_850_000_000, 2_413_700_000, 912_000_000],
    rq: [118_250_000, 352_400_000, 241_600_000, 137_950_000],
  };
  const s2: E = {
    id: "s2",
    kode: "1.02.02.2.02.0019",
    ur: "Pengelolaan Pelayanan Kesehatan Penyakit Kusta",
    ind: "Jumlah kontak serumah penderita kusta yang diperiksa",
    sat: "orang",
    level: false,
    k: [2_400, 1_180, 420],
    q: [85, 110, 96, 121],
    rp: [1_260_000_000, 598_450_000, 215_000_000],
    rq: [31_200_000, 54_875_000, 48_300_000, 62_125_000],
  };
  const rp = (i: number) => s1.rp[i] + s2.rp[i];
  const rpAll: [number, number, number] = [rp(0), rp(1), rp(2)];
  const rqAll = [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]);
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah laporan surveilans malaria dan kusta",
    sat: "laporan",
    level: false,
    k: [72, 36, 12],
    q: [3, 3, 3, 3],
    rp: rpAll,
    rq: rqAll,
  };
  const prog: E = {
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase desa reseptif dengan surveilans migrasi aktif",
    sat: "%",
    level: true,
    k: [90, 71.5, 78],
    q: [72.4, 74.9, 77.2, 79.6],
    rp: rpAll,
    rq: rqAll,
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: E) => e.rp[1] + sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round((r13(e) / e.rp[0]) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    ...pair("5", ["Target Renstra PD Tahun 2026"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja PD Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD Tahun 2024"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "sat", head: ["Satuan"], role: "satuan", num: "15", width: 9 },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "16", width: 16 },
  ];
  // planted: column 13 Rp of the kusta sub kegiatan typed 749,950,000 (6 + 12 = 794,950,000)
  const R13S2 = 749_950_000;
  const body: Row[] = rows.map((e, i) => {
    const cells: Record<string, number | string> = {
      no: i + 1,
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
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang P2P",
    };
    ["8", "9", "10", "11"].forEach((n, j) => {
      cells[`k${n}`] = e.q[j];
      cells[`r${n}`] = e.rq[j];
    });
    return { id: e.id, bold: e.id === "prog", cells };
  });
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  // planted: the K predikat one band too high
  const wrongK = predikat(avgK) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat Kinerja", k14: wrongK, r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kader malaria desa (JMD) aktif di desa reseptif; faktor penghambat: mobilitas pekerja tambang dan kebun.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Weda Hulu, 17 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN HALMAHERA TELUK"],
    nama: "dr. SAIFUL M. DJAFAR, M.Kes.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760903 200502 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.02.0019 is 749,950,000; 6 + 12 = 598,450,000 + 196,500,000 = 794,950,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat K is "${wrongK}" for an average capaian of ${avgK}; the Permendagri 86/2017 band is ${predikat(avgK)}`,
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
  for (const id of ["prog", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["keg", "s1"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp: number[];
};

/** T-C.27 of the Dinas Kesehatan Kabupaten Sumbawa Hulu (NTB), Renstra 2025-2029, Rp in thousands. */
export function tc27Malaria(): BookW {
  const b = new BookW(
    "tc27-p2p-malaria-kusta-sumbawa-hulu.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes P2P)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers written once, unmerged; 'Tahun ke-1 (2025)' .. 'Tahun ke-5 (2029)' over Target | Rp; every total typed (no formulas); rates per 1.000 and per 10.000 (kondisi akhir = year 5) beside counts (kondisi akhir = the sum)",
  );
  const S = "Renstra T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBAWA HULU", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah",
    "Dinas Kesehatan Kabupaten Sumbawa Hulu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0017",
      ur: "Pengelolaan Pelayanan Kesehatan Malaria",
      ind: "Jumlah kelambu berinsektisida yang dibagikan",
      sat: "lembar",
      level: false,
      awal: 8_400,
      k: [12_000, 9_500, 14_000, 9_000, 12_500],
      rp: [1_284_600, 1_046_300, 1_512_800, 998_400, 1_367_250],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0019",
      ur: "Pengelolaan Pelayanan Kesehatan Penyakit Kusta",
      ind: "Prevalensi kusta per 10.000 penduduk",
      sat: "per 10.000",
      level: true,
      awal: 0.92,
      k: [0.9, 0.8, 0.7, 0.6, 0.45],
      rp: [412_300, 438_750, 455_100, 471_900, 496_400],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0021",
      ur: "Penyelidikan Epidemiologi Kasus Malaria di Desa Reseptif",
      ind: "Jumlah kasus malaria yang dilakukan penyelidikan epidemiologi 1-2-5",
      sat: "kasus",
      level: false,
      awal: 212,
      k: [180, 150, 120, 90, 60],
      rp: [326_500, 298_400, 271_800, 244_600, 219_300],
    },
  ];
  const rpSum = [0, 1, 2, 3, 4].map((i) => sum(subs.map((x) => x.rp[i])));
  const keg: P = {
    id: "g",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah desa reseptif yang dilakukan penyelidikan epidemiologi",
    sat: "desa",
    level: false,
    awal: 14,
    k: [16, 18, 18, 20, 20],
    rp: rpSum,
  };
  const prog: P = {
    id: "p",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Annual Parasite Incidence (API) malaria per 1.000 penduduk",
    sat: "per 1.000",
    level: true,
    awal: 1.84,
    k: [1.5, 1.2, 0.95, 0.7, 0.5],
    rp: rpSum,
  };
  const rows = [prog, keg, ...subs];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
  ];
  // planted: kegiatan Rp of Tahun ke-3 typed 2,293,700 (the sub kegiatan add up to 2,239,700)
  const R3G = 2_293_700;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: () => {
        const out: Record<string, number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: prevalensi kusta kondisi akhir is the Tahun ke-4 target 0.60 (Tahun ke-5: 0.45)
          akK: p.id === "s2" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          akR: sum(p.rp),
          pj: "Bidang P2P",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          out[`r${y}`] = p.id === "g" && y === 3 ? R3G : p.rp[y - 1];
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: API dan prevalensi kusta adalah angka per penduduk; kondisi akhir = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Taliwang Hulu, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KABUPATEN SUMBAWA HULU"],
    nama: "dr. BAIQ NURHAYATI ISKANDAR, M.P.H.",
    nip: "19800517 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const under = (k: string) => ["s1", "s2", "s3"].map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 1.02.02.2.02 Rp Tahun ke-3 (2027) is a typed 2,293,700; its three sub kegiatan add up to 2,239,700",
    truth: under("r3"),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of prevalensi kusta per 10.000 is 0.60, the Tahun ke-4 target; Tahun ke-5 (2029) is 0.45",
    truth: a("k5", "s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: under(`r${y}`) });
  for (const y of [1, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "p"), rules: ["sum-mismatch"], truth: under(`r${y}`) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
