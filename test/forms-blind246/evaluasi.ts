// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Bagian Kesejahteraan Rakyat
// Setda: insentif guru ngaji / marbot, kafilah MTQ, hibah rumah ibadah and zakat. All invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

type E = { id: string; kode: string; ur: string; ind: string; sat: string; level: boolean };
type EV = E & {
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Bagian Kesra Setda Kabupaten Batang Serayu (Jambi), s.d. Triwulan IV 2024. */
export function e81Kesra(): BookW {
  const b = new BookW(
    "e81-bagkesra-setda-batang-serayu-tw4-2024.xlsx",
    "E.81 Evaluasi Renja (Bagian Kesra)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; Kinerja | Keuangan pairs; number row merged over pairs; level program row; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG SERAYU", "SEKRETARIAT DAERAH - BAGIAN KESEJAHTERAAN RAKYAT"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BAGIAN KESEJAHTERAAN RAKYAT SETDA KABUPATEN BATANG SERAYU",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: EV = {
    id: "s1",
    kode: "4.01.02.2.02.0003",
    ur: "Fasilitasi Insentif Guru Ngaji dan Marbot Masjid",
    ind: "Jumlah guru ngaji dan marbot penerima insentif",
    sat: "orang",
    level: false,
    k5: 12_500,
    k6: 7_380,
    k7: 2_500,
    q: [0, 1_240, 0, 1_255],
    r5: 30_000_000_000,
    r6: 17_712_000_000,
    r7: 6_000_000_000,
    rq: [0, 2_976_000_000, 0, 3_012_000_000],
  };
  const s2: EV = {
    id: "s2",
    kode: "4.01.02.2.02.0006",
    ur: "Pembinaan dan Pengiriman Kafilah MTQ Tingkat Provinsi",
    ind: "Jumlah peserta kafilah MTQ yang difasilitasi",
    sat: "orang",
    level: false,
    k5: 400,
    k6: 236,
    k7: 80,
    q: [0, 0, 82, 0],
    r5: 9_500_000_000,
    r6: 5_620_400_000,
    r7: 1_950_000_000,
    rq: [120_500_000, 310_750_000, 1_285_600_000, 198_400_000],
  };
  const subs = [s1, s2];
  const tot = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: EV = {
    id: "keg",
    kode: "4.01.02.2.02",
    ur: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
    ind: "Jumlah lembaga keagamaan yang difasilitasi",
    sat: "lembaga",
    level: false,
    k5: 600,
    k6: 348,
    k7: 120,
    q: [20, 35, 40, 22],
    r5: tot("r5"),
    r6: tot("r6"),
    r7: tot("r7"),
    rq,
  };
  const prog: EV = {
    ...keg,
    id: "prog",
    kode: "4.01.02",
    ur: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
    ind: "Persentase lembaga keagamaan yang aktif melaporkan kegiatan",
    sat: "%",
    level: true,
    k5: 90,
    k6: 71.5,
    k7: 80,
    q: [74.2, 76.8, 79.5, 82.1],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: EV) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: EV) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: EV) => round((k13(e) / e.k5) * 100);
  const r14 = (e: EV) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  const pair = (
    n: string,
    g: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
    num = n,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra pada Akhir Periode Renstra (2026)", "target", "anggaran"),
    ...pair("6", "Realisasi Capaian Renstra s.d. Renja Tahun 2023", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "realisasi", "realisasi-anggaran", 2024, "12 = 8+9+10+11"),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "realisasi", "realisasi-anggaran", 2024, "13 = 6+12"),
    ...pair(
      "14",
      "Tingkat Capaian Renstra s.d. Tahun 2024 (%)",
      "capaian",
      "capaian",
      undefined,
      "14 = 13/5 x 100",
    ),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const R12S1 = 5_898_000_000; // planted: the quarters give 5,988,000,000
  const K14KEG = round((k12(keg) / keg.k7) * 100); // planted: the Renja capaian 117/120 = 97.50
  const k14s = rows.map((e) => (e.id === "keg" ? K14KEG : k14(e)));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...rows.map((e, i) => ({
        id: e.id,
        cells: {
          no: i + 1,
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
          ...Object.fromEntries(
            e.q.flatMap((v, j) => [
              [`k${8 + j}`, v],
              [`r${8 + j}`, e.rq[j]],
            ]),
          ),
          k12: k12(e),
          r12: e.id === "s1" ? R12S1 : sum(e.rq),
          k13: k13(e),
          r13: e.r6 + sum(e.rq),
          k14: k14s[i],
          r14: r14(e),
          pj: "Kasubbag Bina Mental Spiritual",
        },
      })),
      {
        id: "avg",
        span: ["no", "ind"] as [string, string],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"] as [string, string],
        cells: {
          no: "Predikat Kinerja",
          k14: predikat(round(sum(k14s) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: pencairan insentif triwulan I dan III menunggu verifikasi data Kemenag."]);
  s.gap();
  signature(s, 22, {
    tempat: "Muara Serayu, 14 Januari 2025",
    jabatan: ["KEPALA BAGIAN KESEJAHTERAAN RAKYAT"],
    nama: "H. ZULKIFLI ARRASYID, S.Ag., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19760821 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of insentif guru ngaji is 5,898,000,000; the quarters add up to 5,988,000,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of the kegiatan holds 12/7 x 100 = 97.50; 13/5 x 100 = 465/600 x 100 = 77.50",
    truth: `ROUND(${a("k13", "keg")}/${a("k5", "keg")}*100,2)`,
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
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = E & { awal: number; k: number[]; rp?: number[] };

/** T-C.27 of the Bagian Kesra Setda Kota Pantai Mapongka (Sulawesi Barat), 2025-2029, Rp in thousands. */
export function tc27Kesra(): BookW {
  const b = new BookW(
    "tc27-bagkesra-kota-pantai-mapongka-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (Bagian Kesra)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 > Target | Rp; SUM formulas for kegiatan / program and kondisi akhir Rp; level program row",
  );
  const S = "Tabel T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PANTAI MAPONGKA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Bagian Kesejahteraan Rakyat Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "4.01.02",
      ur: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
      ind: "Persentase rumah ibadah penerima hibah yang menyampaikan LPJ tepat waktu",
      sat: "%",
      level: true,
      awal: 68.4,
      k: [72, 76, 80, 84, 88],
    },
    {
      id: "g",
      kode: "4.01.02.2.02",
      ur: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
      ind: "Jumlah dokumen evaluasi hibah keagamaan",
      sat: "dokumen",
      level: false,
      awal: 2,
      k: [2, 2, 2, 2, 2],
    },
    {
      id: "s1",
      kode: "4.01.02.2.02.0002",
      ur: "Fasilitasi Hibah Rumah Ibadah",
      ind: "Jumlah rumah ibadah penerima hibah",
      sat: "unit",
      level: false,
      awal: 46,
      k: [50, 52, 55, 58, 60],
      rp: [3_250_000, 3_380_000, 3_575_000, 3_770_000, 3_900_000],
    },
    {
      id: "s2",
      kode: "4.01.02.2.02.0004",
      ur: "Koordinasi Penghimpunan Zakat melalui UPZ dan BAZNAS",
      ind: "Jumlah laporan penghimpunan ZIS UPZ",
      sat: "laporan",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [185_400, 194_700, 204_400, 214_600, 225_300],
    },
    {
      id: "s3",
      kode: "4.01.03.2.02.0005",
      ur: "Pembinaan Kafilah MTQ Tingkat Nasional",
      ind: "Jumlah peserta kafilah MTQ yang dibina",
      sat: "orang",
      level: false,
      awal: 38,
      k: [40, 40, 42, 42, 45],
      rp: [820_000, 861_000, 904_000, 949_200, 996_700],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "5", fmt: DEC },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: ["Kondisi Akhir Renstra", "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: ["Kondisi Akhir Renstra", "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
  ];
  const AKR_S2 = 1_204_400; // planted: the five years give 1,024,400
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((e) => ({
      id: e.id,
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          akK: e.level ? e.k[4] : sum(e.k),
          akR: e.id === "s2" ? AKR_S2 : fx(`SUM(${Y.map((y) => x.a(`r${y}`)).join(",")})`),
          pj: "Bagian Kesra",
        };
        Y.forEach((y, i) => {
          c[`k${y}`] = e.k[i];
          const col = x.c(`r${y}`);
          c[`r${y}`] = e.rp
            ? e.rp[i]
            : e.id === "g"
              ? fx(`SUM(${col}${x.row("s1")}:${col}${x.row("s3")})`)
              : fx(`${col}${x.row("g")}`);
        });
        return c;
      },
    })),
  });
  s.gap();
  signature(s, 14, {
    tempat: "Pantai Mapongka, 20 Februari 2025",
    jabatan: ["KEPALA BAGIAN KESEJAHTERAAN RAKYAT"],
    nama: "Drs. MUHAMMAD SYARIF TAMMALELE",
    nip: "19711103 199803 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of the zakat sub kegiatan is a typed 1,204,400; the five years give 1,024,400",
    truth: five("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 4.01.03.2.02.0005 sits under kegiatan 4.01.02.2.02",
    truth: `"4.01.02.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: Y.map((y) => a(`k${y}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "s1")).join("+"),
  });
  for (const id of ["p", "g", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five(id),
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: `"4.01.02.2.02"`,
    actual: `PARENT(${a("kode", "s1")})`,
  });
  return b.finish();
}
