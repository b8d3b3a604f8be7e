// An E.81 evaluation of the Renja 2024 of a Dinas Kesehatan in Nusa Tenggara Barat (program 1.02.02:
// UHC, imunisasi, premi PBI APBD). Levels (%, the UHC and UCI rates) take their Triwulan IV value and
// their "s.d." value is the latest level; flows (bulan premi, vaksinator dilatih) add their quarters.
// Every name and number is invented.
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

type Ln = {
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
  kq: Array<number | string>;
  rpq?: number[];
};

export function e81DinkesSumbawaTengah(): BookW {
  const b = new BookW(
    "e81-renja-dinkes-imunisasi-uhc-sumbawa-tengah.xlsx",
    "E.81 evaluasi hasil Renja Dinas Kesehatan 2024",
    "E.81 of a Dinas Kesehatan in NTB, 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each Kinerja | Keuangan; number row merged over the pairs '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Dinkes 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUMBAWA TENGAH",
    "DINAS KESEHATAN",
    "Jl. Garuda No. 17 Taliwang Baru",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KESEHATAN KABUPATEN SUMBAWA TENGAH",
    "s.d. Triwulan IV Tahun Anggaran 2024 (Renstra 2022-2026)",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0036",
      nm: "Pengelolaan Pelayanan Imunisasi",
      ind: "Persentase desa/kelurahan Universal Child Immunization (UCI)",
      sat: "%",
      level: true,
      k5: 95,
      rp5: 4_250_000_000,
      k6: 86.4,
      rp6: 2_312_600_000,
      k7: 90,
      rp7: 880_000_000,
      kq: [62.5, 74.1, 83.6, 91.2],
      rpq: [118_400_000, 236_750_000, 241_300_000, 227_950_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0041",
      nm: "Pengelolaan Jaminan Kesehatan Masyarakat",
      ind: "Jumlah bulan premi PBI APBD yang dibayarkan ke BPJS Kesehatan",
      sat: "bulan",
      level: false,
      k5: 60,
      rp5: 96_400_000_000,
      k6: 36,
      rp6: 55_836_000_000,
      k7: 12,
      rp7: 19_051_200_000,
      kq: [3, 3, 3, 3],
      rpq: [4_762_800_000, 4_762_800_000, 4_762_800_000, 4_762_800_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0042",
      nm: "Peningkatan Kapasitas Vaksinator dan Pengelola Rantai Dingin",
      ind: "Jumlah tenaga vaksinator yang dilatih",
      sat: "orang",
      level: false,
      k5: 250,
      rp5: 1_125_000_000,
      k6: 140,
      rp6: 612_000_000,
      k7: 50,
      rp7: 236_500_000,
      kq: [0, 20, 18, 12],
      rpq: [0, 96_300_000, 82_450_000, 54_100_000],
    },
  ];
  const keg: Ln = {
    id: "keg",
    kode: "1.02.02.2.02",
    nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Persentase pelayanan UKM dan UKP sesuai standar",
    sat: "%",
    level: true,
    k5: 95,
    rp5: 0,
    k6: 84.2,
    rp6: 0,
    k7: 90,
    rp7: 0,
    kq: ["-", "-", "-", 88.7],
  };
  const prog: Ln = {
    id: "prog",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Cakupan kepesertaan JKN (Universal Health Coverage)",
    sat: "%",
    level: true,
    k5: 98,
    rp5: 0,
    k6: 95.12,
    rp6: 0,
    k7: 96.5,
    kq: [95.4, 95.9, 96.3, 97.08],
    rp7: 0,
  };
  const KI = "Kinerja";
  const KU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, KI], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, KU], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun Berjalan (2024)", "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", KI],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", KU],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const line = (x: Ln, no: string): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const o: Record<string, Cell> = {
        no,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.id === "s1" || x.id === "s3" ? "Bidang P2P" : "Bidang Yankes",
      };
      qk.forEach((k, j) => (o[k] = x.kq[j]));
      if (x.rpq) {
        o.rp5 = x.rp5;
        o.rp6 = x.rp6;
        o.rp7 = x.rp7;
        qr.forEach((k, j) => (o[k] = x.rpq![j]));
        // planted: s2's Rp (12) typed with three quarters only
        o.rp12 = x.id === "s2" ? 14_288_400_000 : fx(qr.map((k) => c.a(k)).join("+"));
        o.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      } else if (x.id === "keg") {
        for (const k of rpKeys) o[k] = fx(`${c.a(k, "s1")}+${c.a(k, "s2")}+${c.a(k, "s3")}`);
      } else for (const k of rpKeys) o[k] = fx(c.a(k, "keg"));
      o.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      o.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      o.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      o.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return o;
    },
  });
  // the Rp capaian of the subs, as the sheet computes them, for the footer's typed predikat
  const rpCap = subs.map((x) => {
    const r12 = x.id === "s2" ? 14_288_400_000 : x.rpq!.reduce((a, v) => a + v, 0);
    return round(((x.rp6 + r12) / x.rp5) * 100);
  });
  const kCap = subs.map((x) => {
    const k12 = x.level ? (x.kq[3] as number) : (x.kq as number[]).reduce((a, v) => a + v, 0);
    return round(((x.level ? k12 : x.k6 + k12) / x.k5) * 100);
  });
  const avgK = round(kCap.reduce((a, v) => a + v, 0) / 3);
  const avgRp = round(rpCap.reduce((a, v) => a + v, 0) / 3);
  const bands = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"];
  const wrongRp = bands[(bands.indexOf(predikat(avgRp)) + 1) % 5];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      line(prog, "1"),
      line(keg, "1.1"),
      ...subs.map((x, i) => line(x, `1.1.${i + 1}`)),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        // planted: the Rp predikat is one band too high
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: wrongRp },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan dana BOK dan kerja sama lintas sektor dengan TP-PKK dan Kantor Kementerian Agama.",
    "Faktor penghambat: penolakan imunisasi di sebagian desa; keterlambatan verifikasi data PBI APBD dari Dinas Sosial.",
    "Tindak lanjut: sweeping imunisasi kejar dan rekonsiliasi data kepesertaan bulanan dengan BPJS Kesehatan Cabang.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Taliwang Baru, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN SUMBAWA TENGAH,"],
    nama: "dr. LALU AHMAD ZAINURI, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750812 200501 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 1.02.02.2.02.0041 (premi PBI APBD) is a typed 14,288,400,000 among 8+9+10+11 formulas: Triwulan I-III only; with Triwulan IV's 4,762,800,000 it is 19,051,200,000",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the average Rp capaian ${avgRp} is typed "${wrongRp}"; the Permendagri 86/2017 band is ${predikat(avgRp)}`,
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${a("k14", "s1")}+${a("k14", "s2")}+${a("k14", "s3")})/3,2)`,
  });
  // traps: a level takes its Triwulan IV value, and its s.d. value is the latest level
  for (const id of ["s1", "prog"]) {
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
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp7"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  return b.finish();
}
