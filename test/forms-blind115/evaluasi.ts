// E.81 evaluation of the Renja 2024 of the Dinas Sosial of Provinsi Jawa Barat (rehabilitasi sosial in
// panti and penanganan bencana), with ordinal (n-1) / (n-2) headers, K | Rp pairs, the number row with
// its identities and a footer with rata-rata and predikat. Every name and number is invented.
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

type ERow = {
  id: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  level?: boolean;
  k5: number;
  k6: number;
  k7: number;
  tw: number[];
  rp5: number;
  rp6: number;
  rp7: number;
  rpTw: number[];
};

const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);

export function e81DinsosJabar(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-dinsos-jabar-panti-bencana-tw4.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Sosial provinsi)",
    "E.81 s.d. Triwulan IV 2024 of the Dinas Sosial Provinsi Jawa Barat: No | Kode | Program / Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode (2026) K | Rp | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) = 8+9+10+11 | (13) = 6 + 12 | (14) = 13/5 x 100% | (15) Unit penanggung jawab; two programs with level (%) indicators and three kegiatan with flows; Rata-rata and Predikat rows; faktor pendorong / penghambat below",
  );
  const S = "E81 Dinsos 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH DAERAH PROVINSI JAWA BARAT",
    "DINAS SOSIAL",
    "Jalan Soekarno-Hatta No. 2xx, Bandung",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Provinsi Jawa Barat",
    "Renstra Dinas Sosial Tahun 2024-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPD",
  ]);
  s.gap();
  const k1: ERow = {
    id: "k1",
    kode: "1.06.04.2.01",
    uraian: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar dalam Panti",
    ind: "Jumlah penyandang disabilitas terlantar yang direhabilitasi dalam panti",
    sat: "orang",
    k5: 2700,
    k6: 880,
    k7: 900,
    tw: [210, 235, 228, 241],
    rp5: 31_500_000_000,
    rp6: 10_120_450_000,
    rp7: 10_870_000_000,
    rpTw: [2_184_300_000, 2_716_950_000, 2_805_125_000, 2_968_400_000],
  };
  const k2: ERow = {
    id: "k2",
    kode: "1.06.04.2.02",
    uraian: "Rehabilitasi Sosial Dasar Anak Terlantar dalam Panti",
    ind: "Jumlah anak terlantar yang memperoleh layanan rehabilitasi dalam panti",
    sat: "anak",
    k5: 1500,
    k6: 486,
    k7: 500,
    tw: [118, 126, 131, 127],
    rp5: 18_750_000_000,
    rp6: 6_010_200_000,
    rp7: 6_300_000_000,
    rpTw: [1_205_600_000, 1_612_300_000, 1_688_450_000, 1_702_150_000],
  };
  const k3: ERow = {
    id: "k3",
    kode: "1.06.06.2.01",
    uraian: "Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi",
    ind: "Jumlah korban bencana alam dan sosial yang menerima bantuan logistik permakanan",
    sat: "jiwa",
    k5: 45000,
    k6: 14820,
    k7: 15000,
    tw: [3120, 4480, 5215, 2960],
    rp5: 24_600_000_000,
    rp6: 7_950_300_000,
    rp7: 8_200_000_000,
    rpTw: [1_450_200_000, 2_310_750_000, 2_615_400_000, 1_623_900_000],
  };
  const p1: ERow = {
    id: "p1",
    kode: "1.06.04",
    uraian: "PROGRAM REHABILITASI SOSIAL",
    ind: "Persentase PMKS yang memperoleh rehabilitasi sosial dasar di dalam panti",
    sat: "%",
    level: true,
    k5: 85,
    k6: 78.4,
    k7: 82,
    tw: [79.1, 80.3, 81.2, 83.6],
    rp5: k1.rp5 + k2.rp5,
    rp6: k1.rp6 + k2.rp6,
    rp7: k1.rp7 + k2.rp7,
    rpTw: add(k1.rpTw, k2.rpTw),
  };
  const p2: ERow = {
    id: "p2",
    kode: "1.06.06",
    uraian: "PROGRAM PENANGANAN BENCANA",
    ind: "Persentase korban bencana alam dan sosial yang terpenuhi kebutuhan dasarnya",
    sat: "%",
    level: true,
    k5: 100,
    k6: 96.5,
    k7: 100,
    tw: [97.2, 98.1, 98.4, 99.05],
    rp5: k3.rp5,
    rp6: k3.rp6,
    rp7: k3.rp7,
    rpTw: [...k3.rpTw],
  };
  const all = [p1, k1, k2, p2, k3];
  // the planted Rp (12) of kegiatan 1.06.04.2.02: 6,208,500,000 typed as 6,280,500,000
  const k2rp12 = sum(k2.rpTw);
  if (k2rp12 !== 6_208_500_000) throw new Error("e81 k2");
  // the printed capaian (14), K and Rp, as the footer averages them (k3's K is the planted 12/7)
  const capK = (x: ERow) =>
    x.id === "k3"
      ? round((sum(x.tw) / x.k7) * 100)
      : round(((x.level ? x.tw[3] : x.k6 + sum(x.tw)) / x.k5) * 100);
  const capRp = (x: ERow) => round(((x.rp6 + (x.id === "k2" ? 6_280_500_000 : sum(x.rpTw))) / x.rp5) * 100);
  const avgK = round(sum(all.map(capK)) / all.length);
  const avgRp = round(sum(all.map(capRp)) / all.length);
  const pair = (n: number, g: string, kRole: Col["role"], rpRole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kRole, year, num: n, fmt: DEC, width: 10 },
    { key: `rp${n}`, head: [g, "Rp"], role: rpRole, year, num: n, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const twPair = (n: number, q: string): Col[] => [
    { key: `k${n}`, head: [TW, q, "K"], role: "realisasi", year: 2024, num: n, fmt: DEC, width: 10 },
    {
      key: `rp${n}`,
      head: [TW, q, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: n,
      fmt: RP,
      width: 16,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair(5, "Target Renstra PD pada Akhir Periode Renstra (2026)", "target", "anggaran"),
    ...pair(
      6,
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      7,
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      "target",
      "anggaran",
      2024,
    ),
    ...twPair(8, "I"),
    ...twPair(9, "II"),
    ...twPair(10, "III"),
    ...twPair(11, "IV"),
    ...pair(
      12,
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      13,
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      14,
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  for (const c of cols)
    if (c.key === "k12") c.num = "12 = 8+9+10+11";
    else if (c.key === "rp12") c.num = "12 = 8+9+10+11";
    else if (c.key === "k13" || c.key === "rp13") c.num = "13 = 6 + 12";
    else if (c.key === "k14" || c.key === "rp14") c.num = "14 = 13/5 x 100%";
  const unit: Record<string, string> = {
    p1: "Bidang Rehabilitasi Sosial",
    k1: "UPTD Panti Sosial Bina Laras",
    k2: "UPTD Panti Sosial Asuhan Anak",
    p2: "Bidang Perlindungan dan Jaminan Sosial",
    k3: "Seksi Perlindungan Sosial Korban Bencana",
  };
  const rows: Row[] = [
    {
      id: "u",
      bold: true,
      cells: { no: "", kode: "1.06", ur: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
    },
    ...all.map((x, i): Row => ({
      id: x.id,
      bold: x.id.startsWith("p"),
      cells: (c) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          no: i + 1,
          kode: x.kode,
          ur: x.uraian,
          ind: x.ind,
          sat: x.sat,
          k5: x.k5,
          rp5: x.rp5,
          k6: x.k6,
          rp6: x.rp6,
          k7: x.k7,
          rp7: x.rp7,
          pj: unit[x.id],
        };
        x.tw.forEach((v, q) => (out[`k${8 + q}`] = v));
        x.rpTw.forEach((v, q) => (out[`rp${8 + q}`] = v));
        // a level: the year's K is the Triwulan IV level, the s.d. K the latest level
        out.k12 = x.level ? fx(c.a("k11")) : fx(`${c.a("k8")}+${c.a("k9")}+${c.a("k10")}+${c.a("k11")}`);
        out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
        // planted: kegiatan 1.06.04.2.02's Rp (12) typed, digits swapped
        out.rp12 =
          x.id === "k2" ? 6_280_500_000 : fx(`${c.a("rp8")}+${c.a("rp9")}+${c.a("rp10")}+${c.a("rp11")}`);
        out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
        // planted: kegiatan 1.06.06.2.01's K (14) divides (12) by (7), the Renja capaian
        out.k14 =
          x.id === "k3"
            ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
            : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
        out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
        return out;
      },
    })),
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (c) => ({
        no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        k14: fx(`ROUND(AVERAGE(${c.a("k14", "p1")}:${c.a("k14", "k3")}),2)`),
        rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "p1")}:${c.a("rp14", "k3")}),2)`),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "sat"],
      cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
    },
  ];
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong keberhasilan pencapaian: dukungan relawan TAGANA dan pekerja sosial masyarakat di 27 kabupaten/kota.",
    "Faktor penghambat: keterbatasan daya tampung UPTD panti; bencana hidrometeorologi di luar perkiraan pada Triwulan III.",
    "Tindak lanjut: penambahan kapasitas asrama dan pemutakhiran data PPKS bersama kabupaten/kota.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Bandung, 20 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "PROVINSI JAWA BARAT,"],
    nama: "Dr. Hj. RATNA KOMALASARI, M.Si.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19710523 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp (12) of kegiatan 1.06.04.2.02 is a typed 6,280,500,000 among formulas; the four quarters add up to 6,208,500,000 (digits swapped)",
    truth: `${a("rp8", "k2")}+${a("rp9", "k2")}+${a("rp10", "k2")}+${a("rp11", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "k3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "K (14) of kegiatan 1.06.06.2.01 is =ROUND(12/7*100,2) = 105.17, the Renja capaian; 13/5 x 100 = 30,595 / 45,000 gives 67.99",
    truth: `ROUND(${a("k13", "k3")}/${a("k5", "k3")}*100,2)`,
  });
  for (const x of all) {
    const q = (p: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, x.id));
    if (x.level) {
      b.ok({
        sheet: S,
        cell: a("k12", x.id),
        rules: ["sum-mismatch"],
        truth: a("k11", x.id),
        trap: q("k").join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: ["sum-mismatch"],
        truth: a("k12", x.id),
        trap: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    } else {
      b.ok({ sheet: S, cell: a("k12", x.id), rules: ["sum-mismatch"], truth: q("k").join("+") });
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    }
    if (x.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("k14", x.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: `ROUND(${a("k13", x.id)}/${a("k5", x.id)}*100,2)`,
      });
    if (x.id !== "k2" && x.id !== "p1") {
      b.ok({
        sheet: S,
        cell: a("rp12", x.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: q("rp").join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("rp13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("rp6", x.id)}+${a("rp12", x.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("rp14", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("rp13", x.id)}/${a("rp5", x.id)}*100,2)`,
      });
    }
  }
  // the programs' typed Rp add their kegiatan
  for (const k of ["rp5", "rp6", "rp7", "rp8", "rp11"])
    b.ok({ sheet: S, cell: a(k, "p1"), rules: ["sum-mismatch"], truth: `${a(k, "k1")}+${a(k, "k2")}` });
  b.ok({ sheet: S, cell: a("rp7", "p2"), rules: ["sum-mismatch"], truth: a("rp7", "k3") });
  return b.finish();
}
