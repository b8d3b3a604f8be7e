// The Renja evaluation (E.81) of RSUD Kabupaten Bukit Serunai (Jambi) and the Renstra funding table
// (T-C.27) of RSUD Kota Teluk Rambia (Sulawesi Barat): waktu tunggu rawat jalan, kebersihan tangan,
// NDR and klaim BPJS. Every name and number is invented.
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
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the RSUD Kabupaten Bukit Serunai, 2024, calendar-year headers, Kinerja | Keuangan pairs. */
export function e81Rsud(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-rsud-bukit-serunai-2024.xlsx",
    "E.81 Evaluasi Renja (RSUD)",
    "E.81 2024 of an RSUD, Renstra 2021-2026; calendar-year group headers (s.d. 2023, 2024); Kinerja | Keuangan (Rp) pairs; an extra 'Capaian Renja 2024 (%)' kinerja column; number row (1)..(16); a level row (% kepatuhan kebersihan tangan) next to flows; Rata-rata and Predikat footers",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT SERUNAI",
    "RUMAH SAKIT UMUM DAERAH dr. H. RASYID MANGKUTO",
    "Jl. Lintas Sumatera Km. 7 Muara Serunai",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja RSUD Kabupaten Bukit Serunai",
    "Renstra 2021-2026, realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      ur: "Operasional Pelayanan Rumah Sakit",
      ind: "Jumlah kunjungan pasien rawat jalan yang dilayani",
      sat: "kunjungan",
      level: false,
      k5: 420_000,
      k6: 228_500,
      k7: 86_000,
      q: [20_150, 21_830, 22_410, 23_050],
      r5: 96_500_000_000,
      r6: 52_340_000_000,
      r7: 19_850_000_000,
      rq: [4_210_500_000, 4_965_300_000, 5_118_750_000, 5_402_600_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0012",
      ur: "Pengelolaan Klaim Jaminan Kesehatan Pasien",
      ind: "Jumlah berkas klaim BPJS yang diverifikasi internal",
      sat: "berkas",
      level: false,
      k5: 150_000,
      k6: 84_200,
      k7: 31_000,
      q: [7_420, 7_810, 7_960, 8_115],
      r5: 3_600_000_000,
      r6: 1_985_400_000,
      r7: 720_000_000,
      rq: [142_300_000, 168_900_000, 175_450_000, 201_800_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah kunjungan pasien rawat jalan dan rawat inap",
    sat: "kunjungan",
    level: false,
    k5: 520_000,
    k6: 281_300,
    k7: 104_500,
    q: [24_600, 26_750, 27_400, 28_180],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase kepatuhan kebersihan tangan petugas",
    sat: "%",
    level: true,
    k5: 90,
    k6: 82.4,
    k7: 85,
    q: [83.1, 84.6, 86.2, 87.5],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    ...pair("5", "Target Akhir Renstra (2026)", "(5)", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. 2023", "(6)", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja 2024", "(7)", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "(8)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "(9)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "(10)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "(11)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja 2024", "(12)", "realisasi", "realisasi-anggaran", 2024),
    {
      key: "cr",
      head: ["Capaian Renja 2024 (%)"],
      role: "capaian",
      year: 2024,
      num: "(13)",
      fmt: DEC,
      width: 10,
    },
    ...pair("13", "Realisasi Renstra s.d. 2024", "(14)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Capaian Renstra s.d. 2024 (%)", "(15)", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(16)", width: 16 },
  ];
  // planted: sub kegiatan .0012's realisasi kinerja 2024 typed 31,505; the quarters give 31,305
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => ({
      kode: e.kode,
      ur: e.ur,
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
      k12: e.id === "s2" ? 31_505 : k12(e),
      r12: fx(["r8", "r9", "r10", "r11"].map((k) => x.a(k)).join("+")),
      cr: round((k12(e) / e.k7) * 100),
      k13: k13(e),
      r13: fx(`${x.a("r6")}+${x.a("r12")}`),
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      pj: e.id === "prog" ? "Direktur" : "Bidang Pelayanan Medik",
    }),
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map((e) => round(((e.r6 + sum(e.rq)) / e.r5) * 100))) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: () => ({
          kode: "Predikat Kinerja",
          // planted: K predikat one band too high
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(avgR),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator persentase (tingkat) tidak dijumlahkan antar triwulan; diambil nilai triwulan IV.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Muara Serunai, 14 Januari 2025",
    jabatan: ["DIREKTUR RSUD dr. H. RASYID MANGKUTO"],
    nama: "dr. HENDRA SYAHPUTRA ILYAS, Sp.PD",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19770419 200501 1 006",
  });
  const predR = t.a("r14", "pred");
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi kinerja 2024 of sub kegiatan 1.02.02.2.02.0012 is typed 31,505; the four quarters add up to 31,305",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat kinerja 'Sangat Tinggi' for a rata-rata capaian of ${avgK.toFixed(2)}; the band > 75 - 90 is Tinggi`,
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
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s1"])
    b.ok({
      sheet: S,
      cell: a("cr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  for (const k of ["r5", "r7", "r11"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({ sheet: S, cell: a("r12", "keg"), rules: ["sum-mismatch"], truth: q("r", "keg") });
  b.ok({ sheet: S, cell: predR, rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("r14", "avg")})` });
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
  rp?: number[];
};

/** T-C.27 of the RSUD Kota Teluk Rambia, Renstra 2025-2029, typed Rp in thousands. */
export function tc27Rsud(): BookW {
  const b = new BookW(
    "tc27-pendanaan-rsud-kota-teluk-rambia.xlsx",
    "T-C.27 Rencana program dan pendanaan (RSUD)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; 'Tahun ke-1 (2025)'..'Tahun ke-5 (2029)' over Target | Rp; no No column; typed kegiatan/program Rp, kondisi akhir Rp as G+I+K+M+O; a second program indicator (NDR, negative) without code; level % indicators",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK RAMBIA", "RUMAH SAKIT UMUM DAERAH KOTA TELUK RAMBIA"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan RSUD Kota Teluk Rambia Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      ur: "Operasional Pelayanan Rumah Sakit",
      ind: "Jumlah dokumen operasional pelayanan rumah sakit",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [48_250_000, 50_180_000, 52_190_000, 54_280_000, 56_450_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0006",
      ur: "Pengelolaan Mutu dan Keselamatan Pasien Rumah Sakit",
      ind: "Persentase kepatuhan kebersihan tangan petugas",
      sat: "%",
      level: true,
      awal: 84.5,
      k: [86, 88, 90, 92, 94],
      rp: [385_000, 402_500, 418_600, 435_300, 452_700],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0010",
      ur: "Pengelolaan Klaim Jaminan Kesehatan",
      ind: "Jumlah berkas klaim BPJS yang diajukan",
      sat: "berkas",
      level: false,
      awal: 36_200,
      k: [38_000, 39_500, 41_000, 42_500, 44_000],
      rp: [612_400, 636_900, 662_400, 688_900, 716_400],
    },
  ];
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Persentase pasien rawat jalan dengan waktu tunggu <= 60 menit",
      sat: "%",
      level: true,
      awal: 71.5,
      k: [75, 78, 82, 86, 90],
    },
    {
      id: "p2",
      kode: "",
      ur: "",
      ind: "Net Death Rate (NDR)",
      sat: "per mil",
      level: true,
      awal: 28.4,
      k: [27, 25.5, 24, 22.5, 21],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase klaim BPJS yang layak bayar",
      sat: "%",
      level: true,
      awal: 92.1,
      k: [93, 94, 95, 96, 97],
    },
    ...subs,
  ];
  const years = [1, 2, 3, 4, 5];
  const gRp = years.map((y) => sum(subs.map((x) => x.rp![y - 1])));
  // planted: kegiatan Rp of Tahun ke-3 typed 53,721,000 (the sub kegiatan give 53,271,000)
  gRp[2] = 53_721_000;
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: "5", fmt: DEC },
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
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Renstra", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
    },
    { key: "akR", head: ["Kondisi Kinerja Akhir Renstra", "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of kebersihan tangan is the Tahun ke-4 target 92 (ke-5: 94)
          akK: p.id === "s2" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
        };
        if (p.kode) {
          out.kode = p.kode;
          out.ur = p.ur;
          out.pj = p.id === "p" ? "Direktur" : "Bidang Pelayanan";
        }
        years.forEach((y) => (out[`k${y}`] = p.k[y - 1]));
        if (p.id === "p2") return out;
        years.forEach((y) => {
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = gRp[y - 1];
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: NDR adalah indikator negatif; kondisi akhir indikator persentase = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Teluk Rambia, 24 Februari 2025",
    jabatan: ["DIREKTUR RSUD KOTA TELUK RAMBIA"],
    nama: "dr. ANDI MAGFIRAH PALIWANG, M.Kes.",
    nip: "19810703 200904 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumK = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 1.02.02.2.02 Rp of Tahun ke-3 (2027) is typed 53,721,000; its three sub kegiatan give 53,271,000",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of % kepatuhan kebersihan tangan is 92, the Tahun ke-4 target; the Tahun ke-5 target is 94",
    truth: a("k5", "s2"),
  });
  for (const id of ["p", "g"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: sumK(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p2"),
    trap: sumK("p2"),
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: sumK(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
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
