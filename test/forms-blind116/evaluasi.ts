// The E.81 evaluation of the Renja 2025 of the Badan Pendapatan Daerah of Provinsi Kalimantan Timur
// (Renstra 2024-2026), s.d. Triwulan IV: ordinal "(n-2)" / "(n-1)" headers resolved from the title,
// three header rows with "Kinerja | Keuangan (Rp)" pairs, every body value typed as the office
// keeps it. The PKB tunggakan rate and the PAD realisation rate are levels (the year is Triwulan IV,
// "s.d." the latest level); objek pajak and digital transactions are flows. Every number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: number[];
  rpq: number[];
};

const add = (xs: number[]) => xs.reduce((n, v) => n + v, 0);

export function e81BapendaKaltim(): BookW {
  const b = new BookW(
    "e81-renja-bapenda-prov-kaltim-tw4-2025.xlsx",
    "E.81 evaluasi Renja Bapenda Provinsi (2025)",
    "E.81 s.d. Triwulan IV 2025 of the Bapenda of Provinsi Kalimantan Timur (Renstra 2024-2026): No | Kode | Urusan / Bidang / Program / Kegiatan / Sub Kegiatan | Indikator (satuan in the text) | (5) Target Renstra akhir periode | (6) s.d. Renja tahun lalu (n-2) | (7) Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each 'Kinerja | Keuangan (Rp)' on a third header row; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; all typed; Rata-rata and Predikat rows",
  );
  const S = "E.81 Bapenda 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
    "BADAN PENDAPATAN DAERAH",
    "Jalan Gajah Mada Nomor 2, Samarinda 75121",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN TIMUR",
    "RENSTRA PERANGKAT DAERAH 2024-2026",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2025",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "5.02.04.1.01.0001",
      nm: "Pendataan dan Pendaftaran Objek Pajak Kendaraan Bermotor",
      ind: "Jumlah objek pajak kendaraan bermotor baru yang terdata (unit)",
      level: false,
      k5: 390_000,
      rp5: 14_850_000_000,
      k6: 128_450,
      rp6: 4_612_350_000,
      k7: 130_000,
      rp7: 5_125_000_000,
      kq: [31_240, 33_905, 32_118, 35_602],
      rpq: [812_400_000, 1_236_750_000, 1_318_900_000, 1_547_220_000],
    },
    {
      id: "s2",
      kode: "5.02.04.1.01.0002",
      nm: "Penagihan Tunggakan Pajak Kendaraan Bermotor",
      ind: "Persentase tunggakan PKB yang tertagih (%)",
      level: true,
      k5: 45,
      rp5: 21_600_000_000,
      k6: 31.5,
      rp6: 6_874_500_000,
      k7: 35,
      rp7: 7_450_000_000,
      kq: [9.8, 17.65, 26.4, 36.2],
      rpq: [1_105_300_000, 1_986_400_000, 2_104_750_000, 2_031_880_000],
    },
    {
      id: "s3",
      kode: "5.02.04.1.01.0003",
      nm: "Pelayanan Pajak Daerah melalui Samsat Keliling dan Samsat Digital",
      ind: "Jumlah transaksi pembayaran PKB melalui kanal digital (transaksi)",
      level: false,
      k5: 1_500_000,
      rp5: 9_300_000_000,
      k6: 412_300,
      rp6: 2_918_600_000,
      k7: 520_000,
      rp7: 3_280_000_000,
      kq: [118_420, 131_056, 140_885, 152_310],
      rpq: [402_150_000, 768_300_000, 905_420_000, 1_104_630_000],
    },
  ];
  const sumOf = (f: (x: Ln) => number) => add(subs.map(f));
  const keg: Ln = {
    id: "keg",
    kode: "5.02.04.1.01",
    nm: "Pengelolaan Pendapatan Daerah",
    ind: "Jumlah laporan pengelolaan pendapatan daerah (laporan)",
    level: false,
    k5: 36,
    rp5: sumOf((x) => x.rp5),
    k6: 12,
    rp6: sumOf((x) => x.rp6),
    k7: 12,
    rp7: sumOf((x) => x.rp7),
    kq: [3, 3, 3, 3],
    rpq: [0, 1, 2, 3].map((q) => sumOf((x) => x.rpq[q])),
  };
  const prog: Ln = {
    ...keg,
    id: "prog",
    kode: "5.02.04",
    nm: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
    ind: "Persentase realisasi pendapatan asli daerah terhadap target (%)",
    level: true,
    k5: 100,
    k6: 103.12,
    k7: 100,
    kq: [22.4, 47.85, 74.1, 101.36],
  };
  // planted: the kegiatan's pagu 2025 typed 15,585,000,000 (digits swapped); its sub kegiatan add 15,855,000,000
  const KEG_RP7 = 15_585_000_000;
  if (keg.rp7 !== 15_855_000_000) throw new Error("e81 keg rp7");
  const calc = (x: Ln) => {
    const k12 = x.level ? x.kq[3] : add(x.kq);
    const rp12 = add(x.rpq);
    const k13 = x.level ? k12 : x.k6 + k12;
    const rp13 = x.rp6 + rp12;
    return { k12, rp12, k13, rp13, k14: round((k13 / x.k5) * 100), rp14: round((rp13 / x.rp5) * 100) };
  };
  const KIN = "Kinerja";
  const KEU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    kFmt?: string,
    rpFmt = RP,
  ): Col[] => [
    { key: `k${key}`, head: [...head, KIN], role: kRole, year, num, fmt: kFmt, width: 11 },
    { key: `rp${key}`, head: [...head, KEU], role: rpRole, year, num, fmt: rpFmt, width: 17 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 19 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 40,
    },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2025,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2025,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
      undefined,
      DEC,
      DEC,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 14 },
  ];
  const line = (x: Ln, no: string | undefined, bold = false): Row => {
    const c = calc(x);
    const cells: Record<string, number | string | undefined> = {
      no,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      k5: x.k5,
      rp5: x.rp5,
      k6: x.k6,
      rp6: x.rp6,
      k7: x.k7,
      rp7: x.id === "keg" ? KEG_RP7 : x.rp7,
      k12: c.k12,
      rp12: c.rp12,
      k13: c.k13,
      rp13: c.rp13,
      k14: c.k14,
      rp14: c.rp14,
      pj: x.id === "prog" ? "Bapenda" : "Bidang Pajak Daerah",
    };
    x.kq.forEach((v, i) => (cells[`kq${i + 1}`] = v));
    x.rpq.forEach((v, i) => (cells[`rpq${i + 1}`] = v));
    return { id: x.id, bold, cells };
  };
  const avgK = round(add(subs.map((x) => calc(x).k14)) / 3);
  const avgRp = round(add(subs.map((x) => calc(x).rp14)) / 3);
  // planted: "Tinggi" under an average of 70.37 (the band > 65 - 75 is Sedang)
  if (predikat(avgK) !== "Sedang") throw new Error(`e81 avg ${avgK}`);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "5", nm: "UNSUR PENUNJANG URUSAN PEMERINTAHAN" } },
      { id: "bid", bold: true, cells: { kode: "5.02", nm: "KEUANGAN" } },
      line(prog, "1", true),
      line(keg, undefined),
      ...subs.map((x) => line(x, undefined)),
      {
        id: "avg",
        bold: true,
        span: ["no", "rp13"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rp13"],
        cells: { no: "Predikat kinerja", k14: "Tinggi", rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pemutihan denda PKB triwulan III dan perluasan kanal pembayaran digital (e-Samsat, marketplace).",
    "Faktor penghambat: data kepemilikan kendaraan belum mutakhir, banyak kendaraan pindah alamat ke luar provinsi.",
    "Tindak lanjut: pemutakhiran data bersama Ditlantas Polda dan Jasa Raharja, penagihan door to door di 10 kabupaten/kota.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Samarinda, 20 Januari 2026",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "PROVINSI KALIMANTAN TIMUR,"],
    nama: "Dr. H. ISMAIL FAHRUDDIN, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ids = ["s1", "s2", "s3"];
  b.plant({
    at: { sheet: S, cell: a("rp7", "keg") },
    rules: ["sum-mismatch"],
    note: "Anggaran Renja 2025 (7) of kegiatan 5.02.04.1.01 is a typed 15,585,000,000; its three sub kegiatan add up to 15,855,000,000 (digits swapped), as the program row shows",
    truth: ids.map((id) => a("rp7", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat "Tinggi" under a rata-rata capaian kinerja of ${avgK.toFixed(2)}; on the Permendagri scale > 65 - 75 is Sedang`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  // the program's pagu is its one kegiatan's sub kegiatan added, not the kegiatan's typed figure
  b.ok({
    sheet: S,
    cell: a("rp7", "prog"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => a("rp7", id)).join("+"),
    trap: a("rp7", "keg"),
  });
  // levels: the year's K is the Triwulan IV value, the "s.d." K the latest level
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: [1, 2, 3, 4].map((q) => a(`kq${q}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: [1, 2, 3, 4].map((q) => a(`kq${q}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of [...ids, "keg", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: [1, 2, 3, 4].map((q) => a(`rpq${q}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rpq1", "rpq2", "rpq3", "rpq4"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}
