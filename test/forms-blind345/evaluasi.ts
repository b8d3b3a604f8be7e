// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Peternakan dan
// Kesehatan Hewan: vaksinasi rabies dan PMK, sertifikasi NKV, inseminasi buatan. Invented names and numbers.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level?: boolean;
  k: [number, number, number];
  q: number[];
  rp: [number, number, number];
  rq: number[];
};

/** E.81 of the Dinas Peternakan dan Keswan Kabupaten Lembah Tarumi (NTT), s.d. Triwulan IV 2024. */
export function e81Peternakan(): BookW {
  const b = new BookW(
    "e81-disnakkeswan-lembah-tarumi-345.xlsx",
    "E.81 Evaluasi Renja (Peternakan)",
    "E.81 s.d. TW IV 2024, three header rows (Triwulan > I..IV > K / Rp), numbers '14 = 7 + 13' merged over K/Rp, a level row, Rata-rata and Predikat footer",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH TARUMI", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten",
    "Renja Tahun 2024 - Renstra 2021-2026 (periode pelaksanaan s.d. Triwulan IV)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "p",
      kode: "3.27.03",
      ur: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
      ind: "Persentase cakupan vaksinasi rabies pada hewan penular rabies",
      sat: "%",
      level: true,
      k: [85, 72, 78],
      q: [20, 41, 63, 79],
      rp: [9_850_000_000, 5_612_400_000, 2_145_000_000],
      rq: [312_500_000, 548_200_000, 601_300_000, 587_000_000],
    },
    {
      id: "k1",
      kode: "3.27.03.2.01",
      ur: "Pengendalian dan Penanggulangan Penyakit Hewan Menular dan Zoonosis",
      ind: "Jumlah dosis vaksin rabies dan PMK yang diberikan",
      sat: "dosis",
      k: [210_000, 118_400, 46_000],
      q: [9_800, 12_600, 13_100, 11_900],
      rp: [6_420_000_000, 3_655_000_000, 1_380_000_000],
      rq: [205_000_000, 362_400_000, 398_100_000, 371_500_000],
    },
    {
      id: "s1",
      kode: "3.27.03.2.01.0002",
      ur: "Pemeliharaan Kesehatan Hewan dan Pencegahan PMK",
      ind: "Jumlah ekor sapi dan kerbau divaksin PMK",
      sat: "ekor",
      k: [120_000, 68_300, 26_000],
      q: [5_200, 7_100, 7_600, 6_300],
      rp: [3_550_000_000, 2_010_000_000, 760_000_000],
      rq: [110_000_000, 198_000_000, 221_500_000, 205_500_000],
    },
    {
      id: "s2",
      kode: "3.27.03.2.01.0005",
      ur: "Vaksinasi Rabies pada Hewan Penular Rabies",
      ind: "Jumlah HPR divaksin rabies",
      sat: "ekor",
      k: [90_000, 50_100, 20_000],
      q: [4_600, 5_500, 5_500, 5_600],
      rp: [2_870_000_000, 1_645_000_000, 620_000_000],
      rq: [95_000_000, 164_400_000, 176_600_000, 166_000_000],
    },
    {
      id: "k2",
      kode: "3.27.03.2.02",
      ur: "Penjaminan Kesehatan Masyarakat Veteriner",
      ind: "Jumlah unit usaha produk hewan bersertifikat NKV",
      sat: "unit",
      k: [40, 22, 8],
      q: [1, 2, 3, 2],
      rp: [3_430_000_000, 1_957_400_000, 765_000_000],
      rq: [107_500_000, 185_800_000, 203_200_000, 215_500_000],
    },
  ];
  const pair = (n: string, g: string, role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [g, "K"], role, year, num: n, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [g, "Rp"], role: rrole, year, num: n, fmt: RP, width: 16 },
  ];
  const tw = (i: number, n: string): Col[] =>
    (["K", "Rp"] as const).map((u) => ({
      key: `${u === "K" ? "k" : "r"}${n}`,
      head: ["Realisasi Kinerja dan Anggaran Renja pada Triwulan", ["I", "II", "III", "IV"][i], u],
      role: u === "K" ? ("realisasi" as const) : ("realisasi-anggaran" as const),
      year: 2024,
      num: n,
      fmt: u === "K" ? DEC : RP,
    }));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    ...pair("6", "Target Renstra s.d. Akhir Periode (2026)", "target", "anggaran"),
    ...pair("7", "Realisasi Capaian s.d. Renja Tahun Lalu (2023)", "realisasi", "realisasi-anggaran", 2023),
    ...pair("8", "Target Renja Tahun 2024", "target", "anggaran", 2024),
    ...tw(0, "9"),
    ...tw(1, "10"),
    ...tw(2, "11"),
    ...tw(3, "12"),
    ...pair("13 = 9+10+11+12", "Realisasi Capaian Renja 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14 = 7 + 13", "Realisasi Renstra s.d. 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("15 = 13 / 8 x 100", "Tingkat Capaian Renja 2024 (%)", "capaian", "capaian"),
    ...pair("16 = 14 / 6 x 100", "Tingkat Capaian Renstra s.d. 2024 (%)", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "17", width: 16 },
  ];
  const Q = ["9", "10", "11", "12"];
  const K13 = "k13 = 9+10+11+12";
  const R13 = "r13 = 9+10+11+12";
  const K14 = "k14 = 7 + 13";
  const R14 = "r14 = 7 + 13";
  const K15 = "k15 = 13 / 8 x 100";
  const R15 = "r15 = 13 / 8 x 100";
  const K16 = "k16 = 14 / 6 x 100";
  const R16 = "r16 = 14 / 6 x 100";
  // planted: the PMK sub kegiatan's (13) K typed 27,200; its quarters give 26,200
  // planted: kegiatan 3.27.03.2.01 (15) Rp cached 98.12; 1,337,000,000 / 1,380,000,000 gives 96.88
  const rows: Row[] = lines.map((l, i) => ({
    id: l.id,
    bold: l.kode.length < 8,
    cells: (x) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        kode: l.kode,
        ur: l.ur,
        ind: l.ind,
        sat: l.sat,
        k6: l.k[0],
        k7: l.k[1],
        k8: l.k[2],
        r6: l.rp[0],
        r7: l.rp[1],
        r8: l.rp[2],
        pj: "Bidang Keswan dan Kesmavet",
      };
      Q.forEach((n, j) => {
        c[`k${n}`] = l.q[j];
        c[`r${n}`] = l.rq[j];
      });
      c[K13] = l.level
        ? fx(`=${x.a("k12")}`)
        : l.id === "s1"
          ? 27_200
          : fx(`=${Q.map((n) => x.a(`k${n}`)).join("+")}`);
      c[R13] = fx(`=${Q.map((n) => x.a(`r${n}`)).join("+")}`);
      c[K14] = l.level ? fx(`=${x.a(K13)}`) : fx(`=${x.a("k7")}+${x.a(K13)}`);
      c[R14] = fx(`=${x.a("r7")}+${x.a(R13)}`);
      c[K15] = fx(`=ROUND(${x.a(K13)}/${x.a("k8")}*100,2)`);
      c[R15] = fx(`=ROUND(${x.a(R13)}/${x.a("r8")}*100,2)`, l.id === "k1" ? 98.12 : undefined);
      c[K16] = fx(`=ROUND(${x.a(K14)}/${x.a("k6")}*100,2)`);
      c[R16] = fx(`=ROUND(${x.a(R14)}/${x.a("r6")}*100,2)`);
      return c;
    },
  }));
  rows.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (x) => ({
        no: "Rata-rata capaian kinerja",
        [K15]: fx(`=ROUND(AVERAGE(${x.c(K15)}${x.row("p")}:${x.c(K15)}${x.row("k2")}),2)`),
        [R15]: fx(`=ROUND(AVERAGE(${x.c(R15)}${x.row("p")}:${x.c(R15)}${x.row("k2")}),2)`),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "sat"],
      cells: { no: "Predikat kinerja", [K15]: "Sangat Tinggi", [R15]: "Sangat Tinggi" },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines(["Catatan: baris program memuat capaian tingkat (level) akhir tahun, bukan jumlah triwulan."]);
  s.gap();
  signature(s, 20, {
    tempat: "Tarumi, 20 Januari 2025",
    jabatan: ["Kepala Dinas Peternakan dan Kesehatan Hewan"],
    nama: "drh. Yosefina Ngada Lero",
    pangkat: "Pembina Utama Muda",
    nip: "19720314 199803 2 006",
  });
  const q = (key: string, id: string) => t.a(key, id);
  b.plant({
    at: { sheet: S, cell: q(K13, "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(13) K of the PMK sub kegiatan typed 27,200; TW I-IV give 26,200",
    truth: `=${Q.map((n) => q(`k${n}`, "s1")).join("+")}`,
  });
  b.plant({
    at: { sheet: S, cell: q(R15, "k1") },
    rules: ["capaian-mismatch"],
    note: "stale (15) Rp 98.12 of kegiatan 3.27.03.2.01; 1,337,000,000 / 1,380,000,000 = 96.88",
    truth: `=ROUND(${q(R13, "k1")}/${q("r8", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: q(K13, "p"),
    rules: ["sum-mismatch"],
    truth: `=${q("k12", "p")}`,
    trap: `=${Q.map((n) => q(`k${n}`, "p")).join("+")}`,
  });
  b.ok({
    sheet: S,
    cell: q(K14, "p"),
    rules: ["sum-mismatch"],
    truth: `=${q(K13, "p")}`,
    trap: `=${q("k7", "p")}+${q(K13, "p")}`,
  });
  b.ok({
    sheet: S,
    cell: q(R13, "k1"),
    rules: ["sum-mismatch"],
    truth: `=${q(R13, "s1")}+${q(R13, "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: q(K15, "pred"),
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT(${q(K15, "avg")})`,
  });
  return b.finish();
}

type Plan = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  rp: number[];
};

/** T-C.27 of the Dinas Pangan dan Peternakan Kota Batu Sirih (Sumatera Barat), Renstra 2025-2029. */
export function tc27Peternakan(): BookW {
  const b = new BookW(
    "tc27-disnak-batu-sirih-345.xlsx",
    "T-C.27 Renstra pendanaan (Peternakan)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)', no No column, 'Tahun ke-1..5' > Target / Rp with the year under it, number row 1..18, program Rp = SUM of kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Pangan dan Peternakan Kota Batu Sirih 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const kg: Plan[] = [
    {
      id: "k1",
      kode: "3.27.03.2.01",
      ur: "Pengendalian dan Penanggulangan Penyakit Hewan Menular dan Zoonosis",
      ind: "Jumlah dosis vaksin rabies dan PMK yang diberikan",
      sat: "dosis",
      awal: 11_400,
      t: [12_000, 12_500, 13_000, 13_500, 14_000],
      rp: [845_000, 880_500, 912_300, 948_000, 990_200],
    },
    {
      id: "k2",
      kode: "3.27.03.2.02",
      ur: "Penjaminan Kesehatan Masyarakat Veteriner",
      ind: "Jumlah RPH bersertifikat NKV (kumulatif)",
      sat: "unit",
      awal: 0,
      t: [1, 1, 2, 2, 3],
      rp: [412_000, 436_800, 455_000, 470_500, 492_700],
    },
    {
      id: "k3",
      kode: "3.27.03.2.03",
      ur: "Pelayanan Inseminasi Buatan dan Pemeriksaan Kebuntingan",
      ind: "Jumlah akseptor inseminasi buatan",
      sat: "ekor",
      awal: 2_250,
      t: [2_400, 2_550, 2_700, 2_850, 3_000],
      rp: [268_400, 281_000, 297_500, 310_200, 326_600],
    },
  ];
  const TK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 16 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...[1, 2, 3, 4, 5].flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      num: 17,
      fmt: RP,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
  ];
  const Y = [1, 2, 3, 4, 5];
  const body = (p: Plan, prog: boolean): Row => ({
    id: p.id,
    bold: prog,
    cells: (x) => {
      const c: Record<string, Cell> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        pj: "Bidang Kesehatan Hewan",
      };
      Y.forEach((y, i) => {
        c[`k${y}`] = p.t[i];
        c[`r${y}`] = prog
          ? y === 3
            ? 1_646_800
            : fx(`=SUM(${x.a(`r${y}`, "k1")}:${x.a(`r${y}`, "k3")})`)
          : p.rp[i];
      });
      // stock rows and the level program: the last year; the flows: the sum
      c.akK =
        p.id === "p" || p.id === "k2"
          ? fx(`=${x.a("k5")}`)
          : p.id === "k1"
            ? 14_000
            : fx(`=${Y.map((y) => x.a(`k${y}`)).join("+")}`);
      c.akR = fx(`=${Y.map((y) => x.a(`r${y}`)).join("+")}`);
      return c;
    },
  });
  const prog: Plan = {
    id: "p",
    kode: "3.27.03",
    ur: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
    ind: "Persentase kasus penyakit hewan menular strategis yang tertangani",
    sat: "%",
    awal: 82,
    t: [84, 86, 88, 90, 92],
    rp: [],
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [body(prog, true), ...kg.map((k) => body(k, false))],
  });
  s.gap();
  s.lines(["Sumber: Renstra Dinas Pangan dan Peternakan Kota Batu Sirih 2025-2029 (diolah)."]);
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("r3", "p") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "program Tahun ke-3 Rp typed 1,646,800; its kegiatan give 1,664,800",
    truth: `=SUM(${A("r3", "k1")}:${A("r3", "k3")})`,
  });
  b.plant({
    at: { sheet: S, cell: A("akK", "k1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the dosis vaksin (a flow) typed 14,000 = Tahun ke-5; the five years give 65,000",
    truth: `=${Y.map((y) => A(`k${y}`, "k1")).join("+")}`,
  });
  b.ok({
    sheet: S,
    cell: A("akK", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${A("k5", "k2")}`,
    trap: `=${Y.map((y) => A(`k${y}`, "k2")).join("+")}`,
  });
  b.ok({
    sheet: S,
    cell: A("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${A("k5", "p")}`,
    trap: `=${Y.map((y) => A(`k${y}`, "p")).join("+")}`,
  });
  b.ok({
    sheet: S,
    cell: A("r4", "p"),
    rules: ["sum-mismatch"],
    truth: `=${A("r4", "k1")}+${A("r4", "k2")}+${A("r4", "k3")}`,
  });
  return b.finish();
}
