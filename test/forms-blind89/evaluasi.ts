// An E.81-like evaluation of the Renja 2024 of the Bapenda of Kota Tukad Sari (Renstra 2021-2026):
// three header rows (group > number > K / Rp), a number row merged over the pairs, typed values as the
// e-Renja export gives them, flows that add their quarters and levels (persentase) that take the
// Triwulan IV value, a Rata-rata footer with its Predikat. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  flow: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  kq: number[];
  rq: number[];
};

export function e81BapendaTukadSari(): BookW {
  const b = new BookW(
    "evaluasi-renja-2024-e81-bapenda-tukad-sari.xlsx",
    "E.81-like evaluasi hasil Renja (Bapenda)",
    "Evaluasi terhadap hasil Renja Bapenda Kota Tukad Sari s.d. Triwulan IV 2024 (Renstra 2021-2026): No | Kode | Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | (5) Target Renstra akhir 2026, (6) Realisasi s.d. 2023, (7) Target Renja 2024, (8)-(11) Triwulan I-IV, (12), (13), (14), each K | Rp under a three-row header; (15) Unit PD; typed values; Rata-rata and Predikat footer",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TUKAD SARI", "BADAN PENDAPATAN DAERAH"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BADAN PENDAPATAN DAERAH KOTA TUKAD SARI",
    "RENJA TAHUN 2024 (s.d. TRIWULAN IV) - RENSTRA PD 2021-2026",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "k1",
      kode: "5.02.04.2.01",
      nama: "Perencanaan Pengelolaan Pendapatan Daerah",
      ind: "Jumlah dokumen perencanaan pendapatan daerah",
      sat: "dokumen",
      flow: true,
      k5: 15,
      r5: 2_450_000_000,
      k6: 6,
      r6: 880_450_000,
      k7: 3,
      r7: 512_000_000,
      kq: [0, 1, 1, 1],
      rq: [84_250_000, 126_400_000, 148_900_000, 139_620_000],
    },
    {
      id: "k2",
      kode: "5.02.04.2.02",
      nama: "Analisa dan Pengembangan Pajak Daerah, serta Penyusunan Kebijakan Pajak Daerah",
      ind: "Jumlah wajib pajak baru terdaftar",
      sat: "WP",
      flow: true,
      k5: 6_000,
      r5: 4_800_000_000,
      k6: 2_210,
      r6: 1_742_300_000,
      k7: 1_200,
      r7: 968_500_000,
      kq: [214, 238, 251, 245],
      rq: [168_400_000, 244_750_000, 262_300_000, 271_880_000],
    },
    {
      id: "k3",
      kode: "5.02.04.2.03",
      nama: "Penagihan Pajak Daerah",
      ind: "Persentase tunggakan pajak daerah yang tertagih",
      sat: "%",
      flow: false,
      k5: 40,
      r5: 6_250_000_000,
      k6: 26.5,
      r6: 2_318_600_000,
      k7: 30,
      r7: 1_284_000_000,
      kq: [6.2, 13.8, 21.4, 28.7],
      rq: [246_500_000, 318_720_000, 334_180_000, 352_400_000],
    },
    {
      id: "k4",
      kode: "5.02.04.2.05",
      nama: "Pengendalian dan Pengawasan Pajak Daerah",
      ind: "Jumlah objek pajak yang diperiksa",
      sat: "OP",
      flow: true,
      k5: 900,
      r5: 3_100_000_000,
      k6: 352,
      r6: 1_126_900_000,
      k7: 180,
      r7: 642_000_000,
      kq: [32, 48, 51, 44],
      rq: [104_300_000, 162_450_000, 178_200_000, 181_650_000],
    },
  ];
  const sumOf = (xs: number[]) => xs.reduce((n, v) => n + v, 0);
  const prog: Line = {
    id: "pg",
    kode: "5.02.04",
    nama: "Program Pengelolaan Pendapatan Daerah",
    ind: "Persentase realisasi pajak daerah terhadap target",
    sat: "%",
    flow: false,
    k5: 100,
    r5: sumOf(L.map((l) => l.r5)),
    k6: 97.15,
    r6: sumOf(L.map((l) => l.r6)),
    k7: 100,
    r7: sumOf(L.map((l) => l.r7)),
    kq: [21.6, 46.8, 72.3, 99.12],
    rq: [0, 1, 2, 3].map((q) => sumOf(L.map((l) => l.rq[q]))),
  };
  const calc = (l: Line) => {
    const k12 = l.flow ? sumOf(l.kq) : l.kq[3];
    const r12 = sumOf(l.rq);
    const k13 = l.flow ? l.k6 + k12 : k12;
    const r13 = l.r6 + r12;
    return { k12, r12, k13, r13, k14: round((k13 / l.k5) * 100), r14: round((r13 / l.r5) * 100) };
  };
  const G = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const pair = (
    key: string,
    top: string,
    mid: string,
    n: number,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [top, mid, "K"], role: kRole, year, num: n, fmt: DEC, width: 9 },
    { key: `${key}r`, head: [top, mid, "Rp"], role: rRole, year, num: n, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 13 },
    { key: "nama", head: ["Program / Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "c5k",
      head: ["Target Renstra PD pada Akhir Periode (2026)", "K"],
      role: "target",
      num: 5,
      fmt: DEC,
      width: 9,
    },
    {
      key: "c5r",
      head: ["Target Renstra PD pada Akhir Periode (2026)", "Rp"],
      role: "anggaran",
      num: 5,
      fmt: RP,
      width: 16,
    },
    {
      key: "c6k",
      head: ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023", "K"],
      role: "realisasi",
      year: 2023,
      num: 6,
      fmt: DEC,
      width: 9,
    },
    {
      key: "c6r",
      head: ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023", "Rp"],
      role: "realisasi-anggaran",
      year: 2023,
      num: 6,
      fmt: RP,
      width: 16,
    },
    {
      key: "c7k",
      head: ["Target Kinerja dan Anggaran Renja Tahun 2024", "K"],
      role: "target",
      year: 2024,
      num: 7,
      fmt: DEC,
      width: 9,
    },
    {
      key: "c7r",
      head: ["Target Kinerja dan Anggaran Renja Tahun 2024", "Rp"],
      role: "anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 16,
    },
    ...pair("q1", G, "I", 8, "realisasi", "realisasi-anggaran", 2024),
    ...pair("q2", G, "II", 9, "realisasi", "realisasi-anggaran", 2024),
    ...pair("q3", G, "III", 10, "realisasi", "realisasi-anggaran", 2024),
    ...pair("q4", G, "IV", 11, "realisasi", "realisasi-anggaran", 2024),
    {
      key: "c12k",
      head: ["Realisasi Capaian Kinerja dan Anggaran Renja 2024", "K"],
      role: "realisasi",
      year: 2024,
      num: 12,
      fmt: DEC,
      width: 9,
    },
    {
      key: "c12r",
      head: ["Realisasi Capaian Kinerja dan Anggaran Renja 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 12,
      fmt: RP,
      width: 16,
    },
    {
      key: "c13k",
      head: ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024", "K"],
      role: "realisasi",
      year: 2024,
      num: 13,
      fmt: DEC,
      width: 9,
    },
    {
      key: "c13r",
      head: ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 13,
      fmt: RP,
      width: 16,
    },
    {
      key: "c14k",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. 2024 (%)", "K"],
      role: "capaian",
      num: 14,
      fmt: DEC,
      width: 9,
    },
    {
      key: "c14r",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: 14,
      fmt: DEC,
      width: 9,
    },
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const k2 = calc(L[1]);
  const k4 = calc(L[3]);
  const line = (l: Line, no: string | number): Row => {
    const c = calc(l);
    return {
      id: l.id,
      bold: l.id === "pg",
      cells: {
        no,
        kode: l.kode,
        nama: l.nama,
        ind: l.ind,
        sat: l.sat,
        c5k: l.k5,
        c5r: l.r5,
        c6k: l.k6,
        c6r: l.r6,
        c7k: l.k7,
        c7r: l.r7,
        ...Object.fromEntries(
          [0, 1, 2, 3].flatMap((q) => [
            [`q${q + 1}k`, l.kq[q]],
            [`q${q + 1}r`, l.rq[q]],
          ]),
        ),
        c12k: c.k12,
        // planted: the WP baru kegiatan's yearly Rp has two digits swapped
        c12r: l.id === "k2" ? 974_330_000 : c.r12,
        c13k: c.k13,
        c13r: c.r13,
        // planted: the objek pajak kegiatan carries the Renja capaian (12)/(7)
        c14k: l.id === "k4" ? round((c.k12 / l.k7) * 100) : c.k14,
        c14r: c.r14,
        unit:
          l.id === "pg"
            ? "Sekretariat / Bidang"
            : l.id === "k1"
              ? "Bidang Perencanaan"
              : "Bidang Pajak Daerah",
      },
    };
  };
  const avgR = round(sumOf([prog, ...L].map((l) => calc(l).r14)) / 5);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog, 1),
      ...L.map((l) => line(l, "")),
      {
        id: "avg",
        bold: true,
        span: ["no", "c13r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          c14k: fx(`ROUND(AVERAGE(${x.a("c14k", "pg")}:${x.a("c14k", "k4")}),2)`),
          c14r: fx(`ROUND(AVERAGE(${x.a("c14r", "pg")}:${x.a("c14r", "k4")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "c13r"],
        cells: { no: "Predikat kinerja", c14k: "Tinggi", c14r: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: integrasi pembayaran PBJT melalui QRIS dan kanal bank daerah.",
    "Faktor penghambat: pendataan ulang objek pajak belum selesai di dua kecamatan.",
    "Tindak lanjut: percepatan penagihan aktif dan pemutakhiran basis data wajib pajak.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tukad Sari, 17 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KOTA TUKAD SARI,"],
    nama: "I GUSTI NGURAH WIRA ADNYANA, S.E., M.Si.",
    nip: "19720914 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c12r", "k2") },
    rules: ["sum-mismatch"],
    note: `Column 12 Rp of the Analisa dan Pengembangan Pajak kegiatan is 974,330,000; its four quarters add up to ${k2.r12.toLocaleString("en")}`,
    truth: `${a("q1r", "k2")}+${a("q2r", "k2")}+${a("q3r", "k2")}+${a("q4r", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c14k", "k4") },
    rules: ["capaian-mismatch"],
    note: `Column 14 K of the objek pajak diperiksa holds 12/7 x 100 = 97.22 (the Renja capaian); 13/5 x 100 = ${k4.k14.toFixed(2)}`,
    truth: `ROUND(${a("c13k", "k4")}/${a("c5k", "k4")}*100,2)`,
  });
  const q4sum = (k: "k" | "r", id: string) =>
    ["q1", "q2", "q3", "q4"].map((q) => a(`${q}${k}`, id)).join("+");
  for (const id of ["k1", "k4"]) {
    b.ok({ sheet: S, cell: a("c12k", id), rules: ["sum-mismatch"], truth: q4sum("k", id) });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6k", id)}+${a("c12k", id)}`,
    });
  }
  for (const id of ["k1", "k3", "k4"]) {
    b.ok({ sheet: S, cell: a("c12r", id), rules: ["sum-mismatch"], truth: q4sum("r", id) });
    b.ok({
      sheet: S,
      cell: a("c13r", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6r", id)}+${a("c12r", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14r", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("c13r", id)}/${a("c5r", id)}*100,2)`,
    });
  }
  // levels: (12) K is the Triwulan IV value and (13) K the latest level
  for (const id of ["pg", "k3"]) {
    b.ok({
      sheet: S,
      cell: a("c12k", id),
      rules: ["sum-mismatch"],
      truth: a("q4k", id),
      trap: q4sum("k", id),
    });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: a("c12k", id),
      trap: `${a("c6k", id)}+${a("c12k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("c13k", id)}/${a("c5k", id)}*100,2)`,
    });
  }
  for (const k of ["c5r", "c6r", "c7r", "q1r", "q4r"])
    b.ok({ sheet: S, cell: a(k, "pg"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k4")})` });
  b.ok({
    sheet: S,
    cell: a("c14r", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14r", "avg")})`,
  });
  return b.finish();
}
