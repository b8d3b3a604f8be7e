// The Bagian Administrasi Pembangunan of a Sekretariat Daerah in Sulawesi Tengah and Jawa Tengah: the E.81
// evaluation of its own Renja 2024 (K | Rp pairs, "(dalam ribuan rupiah)", quarters, "12 = 8+9+10+11",
// "13 = 6 + 12"; the levels take Triwulan IV, the flows add their quarters) and the recap of APBD realisation
// per OPD at Triwulan IV (pagu, realisasi keuangan, % keuangan, fisik, deviasi). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Ev = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  rp?: { r5: number; r6: number; r7: number; q: number[] };
};

export function e81Adpem(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-adpem-sigi-lembah.xlsx",
    "E.81 Evaluasi hasil Renja Perangkat Daerah (Bagian Administrasi Pembangunan)",
    "E.81 evaluasi Renja 2024 of the Bagian Administrasi Pembangunan, Setda Kabupaten Sigi Lembah (Sulawesi Tengah): K | Rp pairs for (5) target Renstra akhir 2026, (6) s.d. Renja 2023, (7) Renja 2024, (8)-(11) Triwulan I-IV, (12) = 8+9+10+11, (13) = 6 + 12, (14) = 13 / 5 x 100; Rp in ribuan; program / kegiatan / three sub kegiatan",
  );
  const S = "E.81 Adpem 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SIGI LEMBAH",
    "SEKRETARIAT DAERAH - BAGIAN ADMINISTRASI PEMBANGUNAN",
    "Jl. Poros Bora No. 12, Sigi Biromaru",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN SIGI LEMBAH",
    "Renja Bagian Administrasi Pembangunan Tahun 2024 (s.d. Triwulan IV)",
    "Indikator dan target kinerja Renstra Setda 2022-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "4.01.03.2.03.0001",
      nm: "Fasilitasi Penyusunan Program Pembangunan",
      ind: "Jumlah dokumen program pembangunan yang difasilitasi",
      sat: "dokumen",
      level: false,
      k5: 15,
      k6: 6,
      k7: 3,
      q: [0, 1, 1, 1],
      rp: { r5: 1_450_000, r6: 560_000, r7: 295_000, q: [48_250, 71_900, 66_300, 96_150] },
    },
    {
      id: "s2",
      kode: "4.01.03.2.03.0002",
      nm: "Pengendalian Program Pembangunan",
      ind: "Jumlah laporan pengendalian paket pekerjaan APBD",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 24,
      k7: 12,
      q: [3, 3, 3, 3],
      rp: { r5: 2_100_000, r6: 812_500, r7: 430_000, q: [82_400, 104_750, 109_300, 121_900] },
    },
    {
      id: "s3",
      kode: "4.01.03.2.03.0003",
      nm: "Pengelolaan Evaluasi dan Pelaporan Pelaksanaan Pembangunan (e-Monev)",
      ind: "Persentase OPD yang menginput data e-monev tepat waktu",
      sat: "%",
      level: true,
      k5: 100,
      k6: 78.5,
      k7: 85,
      q: [61.54, 73.08, 80.77, 88.46],
      rp: { r5: 1_250_000, r6: 468_000, r7: 255_000, q: [39_800, 58_650, 61_200, 83_700] },
    },
  ];
  const keg: Ev = {
    id: "k",
    kode: "4.01.03.2.03",
    nm: "Pelaksanaan Administrasi Pembangunan",
    ind: "Persentase laporan monev realisasi APBD yang disampaikan tepat waktu",
    sat: "%",
    level: true,
    k5: 100,
    k6: 83.33,
    k7: 91.67,
    q: [75, 83.33, 91.67, 100],
  };
  const prog: Ev = {
    id: "p",
    kode: "4.01.03",
    nm: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
    ind: "Persentase OPD dengan deviasi realisasi fisik dan keuangan di bawah 10%",
    sat: "%",
    level: true,
    k5: 90,
    k6: 69.23,
    k7: 80,
    q: [57.69, 65.38, 73.08, 84.62],
  };
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
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
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subIds = subs.map((x) => x.id);
  const row = (e: Ev, no: string | number, rpFrom?: string[]): Row => ({
    id: e.id,
    bold: !e.id.startsWith("s"),
    cells: (x: Ctx) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        no,
        kode: e.kode,
        nm: e.nm,
        ind: e.ind,
        sat: e.sat,
        k5: e.k5,
        k6: e.k6,
        k7: e.k7,
        k12: e.level ? fx(x.a("kq4")) : fx(qk.map((k) => x.a(k)).join("+")),
        k13: e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        rp12: fx(qr.map((k) => x.a(k)).join("+")),
        rp13: fx(`${x.a("rp6")}+${x.a("rp12")}`),
        rp14: fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`),
        pj: "Bagian Administrasi Pembangunan",
      };
      e.q.forEach((v, i) => (c[qk[i]] = v));
      for (const k of ["rp5", "rp6", "rp7", ...qr]) {
        if (e.rp) {
          const i = qr.indexOf(k);
          c[k] = i >= 0 ? e.rp.q[i] : e.rp[k.replace("rp", "r") as "r5" | "r6" | "r7"];
        } else c[k] = fx(rpFrom!.map((id) => x.a(k, id)).join("+"));
      }
      // planted: s1's (13) Rp typed 824,600 among the formulas; 560,000 + 282,600 give 842,600
      if (e.id === "s1") c.rp13 = 824_600;
      // planted: s2's (14) K typed 65.00; (24 + 12) / 60 x 100 gives 60.00
      if (e.id === "s2") c.k14 = 65;
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [row(prog, 1, ["k"]), row(keg, "1.1", subIds), ...subs.map((e, i) => row(e, `1.1.${i + 1}`))],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: aplikasi e-monev terintegrasi dengan SIPD; rapat evaluasi bulanan TEPRA.",
    "Faktor penghambat: keterlambatan input data fisik oleh PPTK pada beberapa OPD.",
    "Tindak lanjut: pendampingan input e-monev dan teguran tertulis bagi OPD dengan deviasi di atas 10%.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sigi Biromaru, 15 Januari 2025",
    jabatan: ["KEPALA BAGIAN ADMINISTRASI PEMBANGUNAN,"],
    nama: "MOH. RIZAL LAMAKAMPALI, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790812 200501 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp s.d. 2024 (13) of sub kegiatan 4.01.03.2.03.0001 is a typed 824,600 among '13 = 6 + 12' formulas; 560,000 + 282,600 give 842,600 (digits swapped)",
    truth: `${a("rp6", "s1")}+${a("rp12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian K (14) of sub kegiatan 4.01.03.2.03.0002 is a typed 65.00 among ROUND formulas; (24 + 12) / 60 x 100 gives 60.00",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  for (const e of [prog, keg, ...subs]) {
    const id = e.id;
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    if (id !== "s1") {
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
    if (id !== "s2")
      b.ok({
        sheet: S,
        cell: a("k14", id),
        rules: ["capaian-mismatch"],
        truth: `ROUND((${e.level ? a("kq4", id) : `${a("k6", id)}+${qk.map((k) => a(k, id)).join("+")}`})/${a("k5", id)}*100,2)`,
      });
    if (e.level) {
      // a level takes Triwulan IV, and s.d. 2024 is the latest level: neither adds up
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
        trap: `${a("k6", id)}+${a("kq4", id)}`,
      });
    } else
      b.ok({
        sheet: S,
        cell: a("k12", id),
        rules: ["sum-mismatch"],
        truth: qk.map((k) => a(k, id)).join("+"),
      });
  }
  // the kegiatan adds its three sub kegiatan; the program is its one kegiatan, not every row above added
  for (const k of ["rp5", "rp7", "rpq4"]) {
    b.ok({
      sheet: S,
      cell: a(k, "k"),
      rules: ["sum-mismatch"],
      truth: subIds.map((id) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: subIds.map((id) => a(k, id)).join("+"),
      trap: [...subIds, "k"].map((id) => a(k, id)).join("+"),
    });
  }
  return b.finish();
}

type Opd = { id: string; nm: string; paket: number; pagu: number; real: number; fisik: number };

export function rekapRealisasiOpd(): BookW {
  const b = new BookW(
    "rekap-realisasi-apbd-opd-tw4-sendang-rejo.xlsx",
    "Rekap realisasi fisik dan keuangan APBD per OPD (Bagian Administrasi Pembangunan)",
    "Rekapitulasi realisasi fisik dan keuangan APBD 2024 s.d. Triwulan IV per OPD of the Bagian Administrasi Pembangunan, Setda Kabupaten Sendang Rejo (Jawa Tengah): No | Perangkat Daerah | Jumlah Paket | Pagu (Rp) | 'Realisasi s.d. Triwulan IV' > Keuangan (Rp) | Keuangan (%) | Fisik (%) | Deviasi (%) '(8) = (7) - (6)' | Keterangan; JUMLAH / RATA-RATA row (% keuangan of the totals, fisik averaged)",
  );
  const S = "Rekap TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SENDANG REJO",
    "SEKRETARIAT DAERAH",
    "BAGIAN ADMINISTRASI PEMBANGUNAN",
  ]);
  s.lines([
    "REKAPITULASI REALISASI FISIK DAN KEUANGAN APBD TAHUN ANGGARAN 2024",
    "KONDISI s.d. TRIWULAN IV (31 DESEMBER 2024) - SUMBER: E-MONEV",
  ]);
  s.gap();
  const O: Opd[] = [
    {
      id: "o1",
      nm: "Dinas Pendidikan dan Kebudayaan",
      paket: 214,
      pagu: 38_412_650_000,
      real: 36_118_204_500,
      fisik: 97.85,
    },
    { id: "o2", nm: "Dinas Kesehatan", paket: 167, pagu: 27_905_300_000, real: 25_844_916_200, fisik: 95.4 },
    {
      id: "o3",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      paket: 96,
      pagu: 12_195_400_000,
      real: 12_915_400_000,
      fisik: 98.7,
    },
    {
      id: "o4",
      nm: "Dinas Perumahan dan Kawasan Permukiman",
      paket: 58,
      pagu: 9_284_120_000,
      real: 8_377_305_600,
      fisik: 93.2,
    },
    {
      id: "o5",
      nm: "Dinas Pertanian dan Pangan",
      paket: 44,
      pagu: 6_730_880_000,
      real: 6_051_062_100,
      fisik: 94.15,
    },
    { id: "o6", nm: "Dinas Perhubungan", paket: 27, pagu: 4_118_500_000, real: 3_602_874_800, fisik: 91.6 },
    {
      id: "o7",
      nm: "Dinas Lingkungan Hidup",
      paket: 31,
      pagu: 3_962_750_000,
      real: 3_511_306_900,
      fisik: 92.35,
    },
    {
      id: "o8",
      nm: "RSUD dr. Soeprapto Sendang Rejo",
      paket: 73,
      pagu: 15_407_260_000,
      real: 14_208_413_700,
      fisik: 96.1,
    },
  ];
  const G = "Realisasi s.d. Triwulan IV";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "(2)", width: 36 },
    { key: "pkt", head: ["Jumlah Paket"], num: "(3)", fmt: INT, width: 9 },
    {
      key: "pagu",
      head: ["Pagu Anggaran APBD 2024 (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(4)",
      fmt: RP,
      width: 18,
    },
    {
      key: "rk",
      head: [G, "Keuangan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 18,
    },
    {
      key: "pk",
      head: [G, "Keuangan (%)"],
      role: "capaian",
      year: 2024,
      num: "(6) = (5)/(4) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "fis", head: [G, "Fisik (%)"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC, width: 10 },
    { key: "dev", head: ["Deviasi (%)"], num: "(8) = (7) - (6)", fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 18 },
  ];
  const sumOf = (k: string, x: Ctx) => `SUM(${x.a(k, "o1")}:${x.a(k, "o8")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          opd: o.nm,
          pkt: o.paket,
          pagu: o.pagu,
          rk: o.real,
          // planted: Dinas Kesehatan's % typed 96.26 (the Dinas Pendidikan's row 94.03 was copied?); 25,844,916,200 / 27,905,300,000 gives 92.62
          pk: o.id === "o2" ? 96.26 : fx(`ROUND(${x.a("rk")}/${x.a("pagu")}*100,2)`),
          fis: o.fisik,
          dev: fx(`ROUND(${x.a("fis")}-${x.a("pk")},2)`),
          ket: o.id === "o3" ? "SP2D s.d. 31-12-2024" : "",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "opd"],
        cells: (x: Ctx) => ({
          no: "JUMLAH / RATA-RATA",
          pkt: fx(sumOf("pkt", x)),
          pagu: fx(sumOf("pagu", x)),
          rk: fx(sumOf("rk", x)),
          pk: fx(`ROUND(${x.a("rk")}/${x.a("pagu")}*100,2)`),
          fis: fx(`ROUND(AVERAGE(${x.a("fis", "o1")}:${x.a("fis", "o8")}),2)`),
          dev: fx(`ROUND(${x.a("fis")}-${x.a("pk")},2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Realisasi keuangan berdasarkan SP2D; Dinas PUPR: total SP2D s.d. 31 Desember 2024 sebesar Rp 11.915.400.000.",
    "- Deviasi negatif berarti realisasi keuangan mendahului fisik; batas toleransi deviasi 10%.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sendang Rejo, 20 Januari 2025",
    jabatan: [
      "a.n. SEKRETARIS DAERAH",
      "Asisten Perekonomian dan Pembangunan",
      "u.b. KEPALA BAGIAN ADMINISTRASI PEMBANGUNAN,",
    ],
    nama: "Ir. BAMBANG SETYO WIBOWO, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720419 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rk", "o3") },
        { sheet: S, cell: a("pk", "o3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Dinas PUPR: realisasi keuangan typed 12,915,400,000 (digits of the SP2D total 11,915,400,000 in the note slipped), above its pagu of 12,195,400,000, so the % keuangan is 105.90",
    truth: "11915400000",
  });
  b.plant({
    at: { sheet: S, cell: a("pk", "o2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% keuangan of the Dinas Kesehatan is a typed 96.26 among ROUND formulas; 25,844,916,200 / 27,905,300,000 gives 92.62",
    truth: `ROUND(${a("rk", "o2")}/${a("pagu", "o2")}*100,2)`,
  });
  for (const o of O) {
    if (o.id !== "o2" && o.id !== "o3")
      b.ok({
        sheet: S,
        cell: a("pk", o.id),
        rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("rk", o.id)}/${a("pagu", o.id)}*100,2)`,
      });
    if (o.id !== "o2" && o.id !== "o3")
      b.ok({
        sheet: S,
        cell: a("dev", o.id),
        rules: ["sum-mismatch"],
        truth: `ROUND(${a("fis", o.id)}-${a("pk", o.id)},2)`,
      });
  }
  for (const k of ["pkt", "pagu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o8")})` });
  // the fisik of the footer is the average of the OPD, not their sum
  b.ok({
    sheet: S,
    cell: a("fis", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(AVERAGE(${a("fis", "o1")}:${a("fis", "o8")}),2)`,
    trap: `SUM(${a("fis", "o1")}:${a("fis", "o8")})`,
  });
  return b.finish();
}
