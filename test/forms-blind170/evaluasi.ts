// An E.81 evaluation of the Renja 2024 of a Kalimantan Barat Bapenda (Permendagri 86/2017), ordinal
// headers (n-2), (n-1) resolved from the title "s.d. Triwulan IV Tahun 2024", three header rows
// (group > Triwulan > K | Rp), number row merged over the pairs. Flows (kendaraan didaftarkan, wajib
// pajak PAP) add their quarters; the tunggakan rate and the program's PAD rate are levels. Every
// number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
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

export function e81BapendaKalbar(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-bapenda-kalbar-2024.xlsx",
    "E.81 evaluation of the Renja of a provincial Bapenda (2024)",
    "E.81 of a Kalimantan Barat Bapenda, s.d. Triwulan IV 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Realisasi Triwulan I-IV | (12) | (13) | (14), each K | Rp; Unit PD; rata-rata and predikat rows",
  );
  const S = "E.81 Bapenda";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN BARAT",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Sutan Syahrir No. 6 Pontianak",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT",
    "s.d. TRIWULAN IV TAHUN 2024",
    "Periode Renstra 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "5.02.04.1.01.0005",
      nm: "Pelayanan Pendaftaran dan Penetapan PKB dan BBNKB di UPT Samsat",
      ind: "Jumlah objek kendaraan bermotor yang didaftarkan dan ditetapkan",
      sat: "unit",
      level: false,
      k5: 7_500_000,
      rp5: 16_800_000_000,
      k6: 4_318_460,
      rp6: 9_904_350_000,
      k7: 1_520_000,
      rp7: 3_450_000_000,
      kq: [362_415, 381_902, 377_268, 409_733],
      rpq: [612_450_000, 845_310_000, 903_775_000, 1_018_640_000],
    },
    {
      id: "s2",
      kode: "5.02.04.1.01.0010",
      nm: "Penagihan Tunggakan Pajak Kendaraan Bermotor",
      ind: "Persentase tunggakan PKB yang tertagih",
      sat: "%",
      level: true,
      k5: 45,
      rp5: 4_250_000_000,
      k6: 31.6,
      rp6: 2_418_900_000,
      k7: 36,
      rp7: 925_000_000,
      kq: [9.8, 18.45, 27.1, 34.62],
      rpq: [148_300_000, 226_450_000, 241_820_000, 279_615_000],
    },
    {
      id: "s3",
      kode: "5.02.04.1.01.0016",
      nm: "Pendataan dan Penetapan Pajak Air Permukaan",
      ind: "Jumlah wajib pajak air permukaan yang ditetapkan",
      sat: "WP",
      level: false,
      k5: 900,
      rp5: 1_650_000_000,
      k6: 498,
      rp6: 972_400_000,
      k7: 175,
      rp7: 340_000_000,
      kq: [38, 41, 44, 47],
      rpq: [56_200_000, 81_350_000, 92_100_000, 97_480_000],
    },
  ];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: kf, width: 10 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: kf ?? RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
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
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja Pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
      undefined,
      DEC,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const k12 = (x: Sub) => (x.level ? x.kq[3] : x.kq.reduce((n, v) => n + v, 0));
  const k13 = (x: Sub) => (x.level ? x.kq[3] : x.k6 + k12(x));
  const rp13 = (x: Sub) => x.rp6 + x.rpq.reduce((n, v) => n + v, 0);
  const avgK = round(subs.reduce((n, x) => n + round((k13(x) / x.k5) * 100), 0) / subs.length);
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: x.id === "s1" ? "Bidang Pajak Daerah / UPT Samsat" : "Bidang Pajak Daerah",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) is a SUM over the whole quarter range, K columns included
      out.rp12 =
        x.id === "s1" ? fx(`SUM(${c.a("kq1")}:${c.a("rpq4")})`) : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("kq4")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      // planted: s2's Rp (14) divides by the Renja pagu (7) instead of the Renstra pagu (5)
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a(x.id === "s2" ? "rp7" : "rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { no: "1", kode: "5", nm: "UNSUR PENUNJANG URUSAN PEMERINTAHAN" } },
      { id: "bid", bold: true, cells: { kode: "5.02", nm: "KEUANGAN" } },
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "5.02.04",
            nm: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
            ind: "Persentase realisasi pendapatan asli daerah terhadap target",
            sat: "%",
            k5: 100,
            k6: 97.85,
            k7: 100,
            kq1: 23.4,
            kq2: 48.15,
            kq3: 74.02,
            kq4: 101.36,
            pj: "Badan Pendapatan Daerah",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1.1",
            kode: "5.02.04.1.01",
            nm: "Pengelolaan Pendapatan Daerah",
            ind: "Jumlah laporan realisasi pendapatan daerah",
            sat: "laporan",
            k5: 60,
            k6: 36,
            k7: 12,
            kq1: 3,
            kq2: 3,
            kq3: 3,
            kq4: 3,
            pj: "Sekretariat / Bidang Pajak",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avgK) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: layanan Samsat keliling dan Samsat desa di kabupaten perbatasan.",
    "Faktor penghambat: kendaraan tidak daftar ulang (KTMDU) di wilayah perkebunan; data WP air permukaan belum mutakhir.",
    "Tindak lanjut: pemutakhiran data KTMDU bersama Ditlantas Polda dan Jasa Raharja pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Pontianak, 31 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "PROVINSI KALIMANTAN BARAT,"],
    nama: "Drs. H. ABANG RUSMAN EFFENDI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690811 199003 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const [s1, s2] = subs;
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Realisasi Rp (12) of sub kegiatan 5.02.04.1.01.0005 is SUM over Triwulan I K .. Triwulan IV Rp, so the four K (${k12(s1).toLocaleString("en")} unit) are added to the money; the four Rp give ${s1.rpq.reduce((n, v) => n + v, 0).toLocaleString("en")}`,
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Tingkat capaian Rp (14) of sub kegiatan 5.02.04.1.01.0010 divides (13) by the Renja pagu (7) = ${round((rp13(s2) / s2.rp7) * 100)}; 13 / 5 x 100 gives ${round((rp13(s2) / s2.rp5) * 100)}`,
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  // traps: the tunggakan rate and the program's PAD rate are levels
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("rp14", "s3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("rp13", "s3")}/${a("rp5", "s3")}*100,2)`,
  });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
