// An E.79-like evaluation of the RKPD 2024 of Kota Cibeber Raya (Banten) for the urusan ketenteraman,
// ketertiban umum dan perlindungan masyarakat: Satpol PP and BPBD programs with K | Rp pairs, the four
// quarters, realisasi 2024, realisasi s.d. 2024 and tingkat capaian against the RPJMD end target.
// Levels (persentase) take the Triwulan IV value and the latest level; flows add their quarters.
// Every name and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  /** K: akhir RPJMD, s.d. 2023, target 2024, TW I..IV */
  k: [number, number, number, number[]];
  /** Rp of a kegiatan: akhir, s.d. 2023, pagu 2024, TW I..IV */
  rp?: [number, number, number, number[]];
  kids?: string[];
  pd: string;
};

export function e79TrantibumCibeber(): BookW {
  const b = new BookW(
    "evaluasi-rkpd-e79-trantibum-linmas-cibeber-2024.xlsx",
    "E.79 evaluasi hasil RKPD (Satpol PP dan BPBD)",
    "E.79-like evaluation of the RKPD 2024 of a kota in Banten, urusan 1.05: No | Kode | Urusan/Bidang/Program/Kegiatan | Indikator Kinerja | Satuan | (5) Target RPJMD Akhir Periode (2026) | (6) Realisasi s.d. RKPD Tahun Lalu (2023) | (7) Target RKPD Tahun 2024 | (8)-(11) Triwulan I-IV | (12) Realisasi 2024 | (13) Realisasi s.d. 2024 | (14) Tingkat Capaian = 13/5 (%) — each K | Rp — | Perangkat Daerah; three header rows, number row merged over pairs; program Rp sums its kegiatan; col 12 K a SUM for flows and the TW IV level for persentase; footer rata-rata",
  );
  const S = "E.79";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA CIBEBER RAYA",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RKPD KOTA CIBEBER RAYA TAHUN 2024",
    "Urusan Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat",
  ]);
  s.gap();
  const SP = "Satuan Polisi Pamong Praja";
  const BP = "Badan Penanggulangan Bencana Daerah";
  const L: E[] = [
    {
      id: "p1",
      kode: "1.05.02",
      nama: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      ind: "Persentase penegakan Perda dan Perwal",
      sat: "%",
      level: true,
      k: [85, 74.6, 80, [61.2, 68.5, 74.3, 81.4]],
      kids: ["k1", "k2", "k3"],
      pd: SP,
    },
    {
      id: "k1",
      kode: "1.05.02.2.01",
      nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
      ind: "Jumlah gangguan trantibum yang ditangani",
      sat: "kasus",
      level: false,
      k: [2_400, 1_385, 520, [118, 131, 142, 126]],
      rp: [9_850_000_000, 5_612_450_000, 2_145_000_000, [402_600_000, 518_300_000, 587_150_000, 611_850_000]],
      pd: SP,
    },
    {
      id: "k2",
      kode: "1.05.02.2.02",
      nama: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
      ind: "Jumlah operasi penegakan Perda",
      sat: "operasi",
      level: false,
      k: [240, 138, 52, [11, 14, 13, 15]],
      rp: [4_260_000_000, 2_384_700_000, 912_500_000, [184_250_000, 226_400_000, 231_900_000, 249_600_000]],
      pd: SP,
    },
    {
      id: "k3",
      kode: "1.05.02.2.03",
      nama: "Pemberdayaan Masyarakat dalam Penanganan Trantibum (Linmas)",
      ind: "Jumlah anggota Linmas yang dilatih",
      sat: "orang",
      level: false,
      k: [1_500, 662, 240, [0, 120, 80, 55]],
      rp: [3_180_000_000, 1_402_350_000, 654_000_000, [0, 318_450_000, 205_700_000, 112_300_000]],
      pd: SP,
    },
    {
      id: "p2",
      kode: "1.05.03",
      nama: "Program Penanggulangan Bencana",
      ind: "Persentase kelurahan tangguh bencana",
      sat: "%",
      level: true,
      k: [45, 28.6, 35, [28.6, 30.4, 33.9, 35.7]],
      kids: ["k4", "k5", "k6"],
      pd: BP,
    },
    {
      id: "k4",
      kode: "1.05.03.2.01",
      nama: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
      ind: "Jumlah dokumen kajian risiko bencana yang disusun",
      sat: "dokumen",
      level: false,
      k: [10, 5, 2, [0, 0, 1, 1]],
      rp: [1_650_000_000, 812_400_000, 348_000_000, [12_500_000, 64_300_000, 118_750_000, 139_200_000]],
      pd: BP,
    },
    {
      id: "k5",
      kode: "1.05.03.2.02",
      nama: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      ind: "Jumlah kelurahan tangguh bencana yang dibentuk",
      sat: "kelurahan",
      level: false,
      k: [25, 16, 4, [0, 1, 2, 1]],
      rp: [5_420_000_000, 3_187_900_000, 1_126_000_000, [96_450_000, 284_700_000, 352_150_000, 368_300_000]],
      pd: BP,
    },
    {
      id: "k6",
      kode: "1.05.03.2.03",
      nama: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      ind: "Persentase kejadian bencana yang direspons dalam 6 jam",
      sat: "%",
      level: true,
      k: [95, 86.4, 90, [84.2, 87.5, 89.1, 91.3]],
      rp: [6_840_000_000, 3_965_200_000, 1_472_500_000, [285_300_000, 341_800_000, 389_650_000, 427_900_000]],
      pd: BP,
    },
  ];
  const G5 = "Target RPJMD pada Akhir Periode (2026)";
  const G6 = "Realisasi Capaian s.d. RKPD Tahun Lalu (2023)";
  const G7 = "Target Kinerja dan Anggaran RKPD Tahun 2024";
  const GQ = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const G12 = "Realisasi Capaian Kinerja dan Anggaran RKPD Tahun 2024";
  const G13 = "Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun 2024";
  const G14 = "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. Tahun 2024 (%)";
  const kr = (
    key: string,
    g: string[],
    num: string,
    kRole?: [Col["role"], number?],
    rRole?: [Col["role"], number?],
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role: kRole?.[0], year: kRole?.[1], num, fmt: "#,##0.##", width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rRole?.[0], year: rRole?.[1], num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 4 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 14 },
    { key: "nama", head: ["Urusan/Bidang Urusan/Program/Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...kr("5", [G5], "5", ["target"], ["anggaran"]),
    ...kr("6", [G6], "6", ["realisasi", 2023], ["realisasi-anggaran", 2023]),
    ...kr("7", [G7], "7", ["target", 2024], ["anggaran", 2024]),
    ...kr("8", [GQ, "I"], "8"),
    ...kr("9", [GQ, "II"], "9"),
    ...kr("10", [GQ, "III"], "10"),
    ...kr("11", [GQ, "IV"], "11"),
    ...kr("12", [G12], "12 = 8+9+10+11", ["realisasi", 2024], ["realisasi-anggaran", 2024]),
    ...kr("13", [G13], "13 = 6 + 12", ["realisasi", 2024], ["realisasi-anggaran", 2024]),
    ...kr("14", [G14], "14 = 13/5 x 100", ["capaian"], ["capaian"]),
    {
      key: "pd",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "15",
      width: 20,
    },
  ];
  const PLANT_RP = "k5";
  const PLANT_K = "k1";
  const byId = new Map(L.map((l) => [l.id, l]));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...L.map((l, i): Row => ({
        id: l.id,
        bold: !!l.kids,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            no: i + 1,
            kode: l.kode,
            nama: l.nama,
            ind: l.ind,
            sat: l.sat,
            k5: l.k[0],
            k6: l.k[1],
            k7: l.k[2],
            pd: l.pd,
          };
          l.k[3].forEach((v, q) => (c[`k${8 + q}`] = v));
          const rk = ["r5", "r6", "r7", "r8", "r9", "r10", "r11"];
          if (l.kids) for (const k of rk) c[k] = fx(l.kids.map((id) => x.a(k, id)).join("+"));
          else {
            const rp = l.rp!;
            c.r5 = rp[0];
            c.r6 = rp[1];
            c.r7 = rp[2];
            rp[3].forEach((v, q) => (c[`r${8 + q}`] = v));
          }
          c.k12 = l.level ? fx(x.a("k11")) : fx(`SUM(${x.a("k8")},${x.a("k9")},${x.a("k10")},${x.a("k11")})`);
          // planted: the kelurahan tangguh pagu realisation is typed, not the sum of its quarters
          c.r12 =
            l.id === PLANT_RP
              ? 1_191_600_000
              : fx(`SUM(${x.a("r8")},${x.a("r9")},${x.a("r10")},${x.a("r11")})`);
          c.k13 = l.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
          c.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
          // planted: the trantibum kegiatan divides column 12 by column 7 (the Renja capaian)
          c.k14 = fx(
            l.id === PLANT_K
              ? `ROUND(${x.a("k12")}/${x.a("k7")}*100,2)`
              : `ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`,
          );
          c.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
          return c;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r13"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "p1")}:${x.a("k14", "k6")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "p1")}:${x.a("r14", "k6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan aparat kewilayahan dan relawan Linmas.",
    "Faktor penghambat: keterbatasan sarana mobilitas dan personel PPNS.",
    "Tindak lanjut: penambahan armada dan pelatihan PPNS pada RKPD 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Cibeber Raya, 28 Februari 2025",
    jabatan: ["KEPALA BAPPEDA KOTA CIBEBER RAYA,"],
    nama: "Dr. Hj. NENENG SURYANINGSIH, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740227 199903 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) =>
    `SUM(${a(`${p}8`, id)},${a(`${p}9`, id)},${a(`${p}10`, id)},${a(`${p}11`, id)})`;
  const k5 = byId.get(PLANT_RP)!;
  const trueR12 = k5.rp![3].reduce((n, v) => n + v, 0);
  b.plant({
    at: { sheet: S, cell: a("r12", PLANT_RP) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Column 12 Rp of Pencegahan dan Kesiapsiagaan is a typed 1,191,600,000 among SUM formulas; the quarters add up to ${trueR12.toLocaleString("en")}`,
    truth: q("r", PLANT_RP),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", PLANT_K) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Column 14 K of the gangguan trantibum kegiatan is =ROUND(12/7*100,2) = 99.42 (517 / 520, the Renja capaian); 13/5 x 100 = 1,902 / 2,400 = 79.25",
    truth: `ROUND(${a("k13", PLANT_K)}/${a("k5", PLANT_K)}*100,2)`,
  });
  for (const l of L) {
    if (l.level) {
      b.ok({
        sheet: S,
        cell: a("k12", l.id),
        rules: ["sum-mismatch"],
        truth: a("k11", l.id),
        trap: q("k", l.id),
      });
      b.ok({
        sheet: S,
        cell: a("k13", l.id),
        rules: ["sum-mismatch"],
        truth: a("k12", l.id),
        trap: `${a("k6", l.id)}+${a("k12", l.id)}`,
      });
    } else {
      b.ok({ sheet: S, cell: a("k12", l.id), rules: ["sum-mismatch"], truth: q("k", l.id) });
      b.ok({
        sheet: S,
        cell: a("k13", l.id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", l.id)}+${a("k12", l.id)}`,
      });
    }
    // the program of the planted kegiatan (p2) follows it in column 12-14 Rp: neither planted nor clean
    if (l.id !== PLANT_RP && l.id !== "p2") {
      b.ok({ sheet: S, cell: a("r12", l.id), rules: ["sum-mismatch"], truth: q("r", l.id) });
      b.ok({
        sheet: S,
        cell: a("r13", l.id),
        rules: ["sum-mismatch"],
        truth: `${a("r6", l.id)}+${a("r12", l.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("r14", l.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("r13", l.id)}/${a("r5", l.id)}*100,2)`,
      });
    }
    if (l.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("k14", l.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("k13", l.id)}/${a("k5", l.id)}*100,2)`,
      });
    if (l.kids)
      for (const k of ["r5", "r6", "r7", "r8", "r9", "r10", "r11"])
        b.ok({
          sheet: S,
          cell: a(k, l.id),
          rules: ["sum-mismatch"],
          truth: l.kids.map((id) => a(k, id)).join("+"),
        });
  }
  return b.finish();
}
