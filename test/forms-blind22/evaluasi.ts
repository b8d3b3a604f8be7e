// The E.81 of a Satpol PP (Kota Purwaharja, Renja 2024, evaluated at Triwulan IV) whose note lists the
// negative indicators by name: a program with a second indicator on a row without code, quarters as
// positions for the rates and the response time (the year is Triwulan IV) and as counts for the
// kegiatan, column 12 = 8+9+10+11, 13 = 6 + 12, 14 = 13 / 5 x 100 as formulas (refleksi where the note
// says so), programs' money typed, Rata-rata and Predikat footer. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { codeOk, refl, rt } from "./common";

type EIn = {
  id: string;
  lvl: "p" | "x" | "k";
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  level?: boolean;
  neg?: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: number[];
  pj: string;
};

/** E.81 evaluasi Renja 2024 of the Satuan Polisi Pamong Praja, Kota Purwaharja. */
export function e81Satpol(): BookW {
  const b = new BookW(
    "e81-catatannegatif-satpolpp-purwaharja.xlsx",
    "E.81 Renja evaluation (Satpol PP)",
    "E.81 of a Satpol PP, Renja 2024: No | Kode | Urusan / Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Sat. | columns 5 .. 14 each over K | Rp ('Realisasi Kinerja pada Triwulan' > I .. IV), number row 1 .. 15 merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; the program's second indicator on a row without code; the negative indicators named in the note, not in the table; positions (rates, response time) vs counts; Rata-rata and Predikat footer",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PURWAHARJA",
    "SATUAN POLISI PAMONG PRAJA",
    "Jl. Veteran No. 3 Purwaharja, Telp. (0281) 634 117",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA PURWAHARJA",
    "Renja Satuan Polisi Pamong Praja Kota Purwaharja Tahun 2024",
    "Periode Pelaksanaan: Triwulan IV",
  ]);
  s.gap();
  const PJT = "Bidang Ketertiban Umum dan Ketenteraman Masyarakat";
  const PJP = "Bidang Penegakan Perundang-undangan Daerah";
  const PJD = "Bidang Pemadam Kebakaran";
  const rows: EIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.05.02",
      nama: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      ind: "Persentase gangguan trantibum yang dapat diselesaikan",
      sat: "%",
      level: true,
      k5: 95,
      k6: 88.4,
      k7: 91,
      kq: [89.2, 90.1, 90.8, 91.6],
      pj: PJT,
    },
    {
      id: "p1b",
      lvl: "x",
      ind: "Persentase pelanggaran Perda yang berulang",
      sat: "%",
      level: true,
      neg: true,
      k5: 4,
      k6: 6.1,
      k7: 5,
      kq: [5.6, 5.3, 5.1, 4.8],
      pj: PJP,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.05.02.2.01",
      nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
      ind: "Jumlah patroli dan operasi ketertiban umum",
      sat: "kali",
      k5: 1_200,
      k6: 702,
      k7: 240,
      kq: [54, 63, 58, 71],
      rp5: 6_250_000_000,
      rp6: 3_684_250_000,
      rp7: 1_325_000_000,
      rpq: [248_615_000, 336_480_500, 301_207_000, 412_936_800],
      pj: PJT,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.05.02.2.02",
      nama: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
      ind: "Jumlah kasus pelanggaran Perda/Perwali yang ditindaklanjuti",
      sat: "kasus",
      k5: 900,
      k6: 531,
      k7: 180,
      kq: [38, 46, 51, 49],
      rp5: 3_900_000_000,
      rp6: 2_318_760_000,
      rp7: 815_000_000,
      rpq: [142_330_000, 205_617_500, 198_402_000, 251_896_250],
      pj: PJP,
    },
    {
      id: "k13",
      lvl: "k",
      kode: "1.05.02.2.03",
      nama: "Pembinaan Penyidik Pegawai Negeri Sipil (PPNS) Kabupaten/Kota",
      ind: "Jumlah PPNS yang mengikuti pembinaan teknis",
      sat: "orang",
      k5: 60,
      k6: 34,
      k7: 12,
      kq: [0, 5, 4, 3],
      rp5: 475_000_000,
      rp6: 271_450_000,
      rp7: 96_000_000,
      rpq: [0, 38_250_000, 29_870_000, 24_615_000],
      pj: PJP,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.05.04",
      nama: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
      ind: "Waktu tanggap (response time) penanganan kebakaran",
      sat: "menit",
      level: true,
      neg: true,
      k5: 12,
      k6: 14.8,
      k7: 13.5,
      kq: [13.9, 13.4, 13.1, 12.8],
      pj: PJD,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.05.04.2.01",
      nama: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      ind: "Jumlah kejadian kebakaran yang ditangani",
      sat: "kejadian",
      k5: 600,
      k6: 371,
      k7: 120,
      kq: [31, 42, 37, 28],
      rp5: 4_800_000_000,
      rp6: 2_951_300_000,
      rp7: 1_010_000_000,
      rpq: [186_420_000, 264_905_000, 251_337_500, 289_118_000],
      pj: PJD,
    },
    {
      id: "k22",
      lvl: "k",
      kode: "1.05.04.2.02",
      nama: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah gedung/bangunan yang diinspeksi peralatan proteksi kebakarannya",
      sat: "gedung",
      k5: 250,
      k6: 148,
      k7: 50,
      kq: [8, 14, 15, 13],
      rp5: 690_000_000,
      rp6: 412_870_000,
      rp7: 145_000_000,
      rpq: [21_650_000, 38_400_000, 41_275_000, 40_180_000],
      pj: PJD,
    },
  ];
  const kegOf = (id: string): EIn[] => {
    const out: EIn[] = [];
    for (let j = rows.findIndex((x) => x.id === id) + 1; j < rows.length && rows[j].lvl !== "p"; j++)
      if (rows[j].lvl === "k") out.push(rows[j]);
    return out;
  };
  for (const p of rows.filter((x) => x.lvl === "p")) {
    const ks = kegOf(p.id);
    p.rp5 = sum(ks.map((k) => k.rp5!));
    p.rp6 = sum(ks.map((k) => k.rp6!));
    p.rp7 = sum(ks.map((k) => k.rp7!));
    p.rpq = [0, 1, 2, 3].map((i) => sum(ks.map((k) => k.rpq![i])));
  }
  // planted 1: column 13 Rp of kegiatan 1.05.02.2.02 typed 3,017,005,750 (a carry lost); 6 + 12 gives
  // 2,318,760,000 + 798,245,750 = 3,117,005,750
  const PLANT_13 = "k12";
  const k12 = rows.find((x) => x.id === PLANT_13)!;
  const TRUE13 = k12.rp6! + sum(k12.rpq!);
  if (TRUE13 !== 3_117_005_750) throw new Error(`k12 ${TRUE13}`);
  const PLANT_13_VAL = TRUE13 - 100_000_000;
  // planted 2: column 14 K of the pelanggaran Perda berulang (negative by the note) is 13 / 5 x 100
  const PLANT_NEG = "p1b";

  const K = "K";
  const RPH = "Rp";
  const H5 = "Target Kinerja dan Anggaran Renstra PD pada Akhir Periode Renstra (2026)";
  const H6 = "Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun 2023";
  const H7 = "Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi";
  const HQ = "Realisasi Kinerja pada Triwulan";
  const H12 = "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi";
  const H13 = "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024";
  const H14 = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)";
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: string,
    year?: number,
    pct = false,
  ): Col[] => [
    { key: `k${key}`, head: [...head, K], role: kr, year, num, fmt: pct ? DEC : undefined, width: 9 },
    { key: `rp${key}`, head: [...head, RPH], role: rr, year, num, fmt: pct ? DEC : RP, width: pct ? 9 : 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 13 },
    { key: "nama", head: ["Urusan / Program / Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Sat."], role: "satuan", width: 8 },
    ...pair("5", [H5], "target", "anggaran", "5"),
    ...pair("6", [H6], "realisasi", "realisasi-anggaran", "6", 2023),
    ...pair("7", [H7], "target", "anggaran", "7", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i}`, [HQ, q], "realisasi", "realisasi-anggaran", String(8 + i), 2024),
    ),
    ...pair("12", [H12], "realisasi", "realisasi-anggaran", "12 = 8+9+10+11", 2024),
    ...pair("13", [H13], "realisasi", "realisasi-anggaran", "13 = 6 + 12", 2024),
    ...pair("14", [H14], "capaian", "capaian", "14 = 13/5 x 100", undefined, true),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 22 },
  ];
  let no = 0;
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const F = (v: number) => fmt(v, x.level ? DEC : INT);
      const a = (k: string) => c.a(k);
      const out: Record<string, Cell> = {
        no: x.lvl === "p" ? ++no : undefined,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        k5: F(x.k5),
        k6: F(x.k6),
        k7: F(x.k7),
        pj: x.pj,
      };
      x.kq.forEach((v, i) => (out[`kq${i}`] = F(v)));
      out.k12 = fx(x.level ? a("kq3") : `SUM(${a("kq0")},${a("kq1")},${a("kq2")},${a("kq3")})`);
      out.k13 = fx(x.level ? a("k12") : `${a("k6")}+${a("k12")}`);
      out.k14 = fx(x.neg && x.id !== PLANT_NEG ? refl(a("k13"), a("k5")) : rt(a("k13"), a("k5")));
      if (x.rp5 !== undefined) {
        out.rp5 = x.rp5;
        out.rp6 = x.rp6;
        out.rp7 = x.rp7;
        x.rpq!.forEach((v, i) => (out[`rpq${i}`] = v));
        out.rp12 = fx(`SUM(${a("rpq0")},${a("rpq1")},${a("rpq2")},${a("rpq3")})`);
        out.rp13 = x.id === PLANT_13 ? PLANT_13_VAL : fx(`${a("rp6")}+${a("rp12")}`);
        out.rp14 = fx(rt(a("rp13"), a("rp5")));
      }
      return out;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "u",
        bold: true,
        cells: {
          kode: "1.05",
          nama: "URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
        },
      },
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p1")}:${c.a("k14", "k22")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "p1")}:${c.a("rp14", "k22")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat Kinerja" } },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Indikator negatif (semakin kecil semakin baik): a. Persentase pelanggaran Perda yang berulang; b. Waktu tanggap (response time) penanganan kebakaran. Tingkat capaian indikator negatif = (2 x target - realisasi) / target x 100%.",
    "2. Indikator persentase dan waktu tanggap: realisasi triwulan adalah nilai posisi, realisasi tahun 2024 = nilai triwulan IV.",
    "3. Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "Faktor pendorong: dukungan TNI/Polri dalam operasi gabungan. Faktor penghambat: keterbatasan armada pemadam di wilayah timur.",
    "Tindak lanjut: penambahan pos pemadam kebakaran pembantu pada tahun 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Purwaharja, 15 Januari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "KOTA PURWAHARJA,"],
    nama: "R. DIMAS ARYO WIBOWO, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19800512 199912 1 002",
  });
  b.finish();
  const A = (k: string, id: string) => t.a(k, id);
  for (const k of ["k14", "rp14"]) {
    const v = (s.ws.getCell(A(k, "avg")).value as { result: number }).result;
    s.ws.getCell(A(k, "pred")).value = predikat(v);
  }

  b.plant({
    at: { sheet: S, cell: A("rp13", PLANT_13) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Column 13 Rp of kegiatan 1.05.02.2.02 is a typed 3,017,005,750 among 6 + 12 formulas; 2,318,760,000 + 798,245,750 = 3,117,005,750 (a carry lost)",
    truth: `${A("rp6", PLANT_13)}+${A("rp12", PLANT_13)}`,
  });
  b.plant({
    at: { sheet: S, cell: A("k14", PLANT_NEG) },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of the persentase pelanggaran Perda yang berulang, negative by note 1, is 13 / 5 x 100 = 120.00 (4.80 against 4.00); the note's refleksi (2 x 4.00 - 4.80) / 4.00 gives 80.00",
    truth: refl(A("k13", PLANT_NEG), A("k5", PLANT_NEG)),
  });
  const q = (u: string, id: string) => [0, 1, 2, 3].map((i) => A(`${u}q${i}`, id)).join("+");
  const tol = 0.5;
  for (const x of rows) {
    const id = x.id;
    if (x.level) {
      b.ok({ sheet: S, cell: A("k12", id), rules: ["sum-mismatch"], truth: A("kq3", id), trap: q("k", id) });
      b.ok({
        sheet: S,
        cell: A("k13", id),
        rules: ["sum-mismatch"],
        truth: A("k12", id),
        trap: `${A("k6", id)}+${A("k12", id)}`,
      });
    } else {
      b.ok({ sheet: S, cell: A("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
      b.ok({
        sheet: S,
        cell: A("k13", id),
        rules: ["sum-mismatch"],
        truth: `${A("k6", id)}+${A("k12", id)}`,
      });
    }
    if (id !== PLANT_NEG)
      b.ok({
        sheet: S,
        cell: A("k14", id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(A("k13", id), A("k5", id)) : rt(A("k13", id), A("k5", id)),
        trap: x.neg ? rt(A("k13", id), A("k5", id)) : undefined,
      });
    if (x.rp5 !== undefined) {
      b.ok({
        sheet: S,
        cell: A("rp12", id),
        rules: ["sum-mismatch", "serapan-over-100"],
        truth: q("rp", id),
        tol,
      });
      if (id !== PLANT_13) {
        b.ok({
          sheet: S,
          cell: A("rp13", id),
          rules: ["sum-mismatch"],
          truth: `${A("rp6", id)}+${A("rp12", id)}`,
          tol,
        });
        b.ok({
          sheet: S,
          cell: A("rp14", id),
          rules: ["capaian-mismatch"],
          truth: rt(A("rp13", id), A("rp5", id)),
        });
      }
    }
    if (x.lvl === "p") {
      const ks = kegOf(id);
      for (const k of ["rp5", "rp6", "rp7", "rpq0", "rpq1", "rpq2", "rpq3"])
        b.ok({
          sheet: S,
          cell: A(k, id),
          rules: ["sum-mismatch"],
          truth: ks.map((z) => A(k, z.id)).join("+"),
          tol,
        });
    }
    if (x.kode)
      codeOk(
        b,
        S,
        A("kode", id),
        x.lvl === "p"
          ? A("kode", "u")
          : A(
              "kode",
              rows
                .slice(0, rows.indexOf(x))
                .reverse()
                .find((r) => r.lvl === "p")!.id,
            ),
      );
  }
  // the averages take the planted cells in, but their predikat holds either way (83.61 and 80.06 are Tinggi)
  for (const k of ["k14", "rp14"])
    b.ok({ sheet: S, cell: A(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${A(k, "avg")})` });
  return b;
}
