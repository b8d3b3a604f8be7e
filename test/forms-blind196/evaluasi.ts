// An E.81 evaluation of the Renja 2024 of the Dinas Pendidikan of a Sumatera Barat kabupaten (program
// 1.01.02, rehabilitasi ruang kelas SD / SMP and the BOSP reports): flows add their quarters, the rates
// are levels whose year is the Triwulan IV value and whose "s.d." value is the latest level. The
// program and kegiatan Rp are formulas over their children. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp?: [number, number, number];
  rpq?: number[];
  kids?: string[];
};

export function e81Disdik(): BookW {
  const b = new BookW(
    "e81-renja-disdik-rehab-kelas-koto-baringin.xlsx",
    "E.81 evaluasi Renja (Dinas Pendidikan)",
    "E.81 of the Dinas Pendidikan of a Sumatera Barat kabupaten, Renja 2024 (n-1), Renstra 2021-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5)..(14) K | Rp pairs; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Disdik 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KOTO BARINGIN",
    "DINAS PENDIDIKAN",
    "Jl. Bagindo Aziz Chan No. 14 Lubuk Baringin",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KOTO BARINGIN",
    "Renja Dinas Pendidikan Tahun 2024 - Periode Pelaksanaan: Triwulan I s.d. Triwulan IV",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Meningkatnya kualitas sarana prasarana pendidikan dasar",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "prog",
      kode: "1.01.02",
      nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Persentase ruang kelas SD dan SMP dalam kondisi baik",
      sat: "%",
      level: true,
      k5: 85,
      k6: 71.4,
      k7: 76.5,
      kq: [71.9, 73.2, 75.1, 76.8],
      kids: ["kg1", "kg2"],
    },
    {
      id: "kg1",
      kode: "1.01.02.2.01",
      nm: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah SD yang ruang kelasnya direhabilitasi",
      sat: "sekolah",
      level: false,
      k5: 96,
      k6: 47,
      k7: 19,
      kq: [0, 5, 8, 6],
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "1.01.02.2.01.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      level: false,
      k5: 240,
      k6: 118,
      k7: 48,
      kq: [0, 12, 20, 14],
      rp: [36_000_000_000, 17_346_000_000, 7_200_000_000],
      rpq: [540_000_000, 1_868_400_000, 2_910_750_000, 1_712_350_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.01.0026",
      nm: "Pengelolaan Dana BOSP Sekolah Dasar",
      ind: "Persentase SD yang menyampaikan laporan penggunaan dana BOSP tepat waktu",
      sat: "%",
      level: true,
      k5: 100,
      k6: 88,
      k7: 95,
      kq: [40, 62, 81, 93],
      rp: [1_250_000_000, 612_400_000, 245_000_000],
      rpq: [38_500_000, 61_250_000, 72_400_000, 66_150_000],
    },
    {
      id: "kg2",
      kode: "1.01.02.2.02",
      nm: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Jumlah SMP yang ruang kelasnya direhabilitasi",
      sat: "sekolah",
      level: false,
      k5: 40,
      k6: 17,
      k7: 8,
      kq: [0, 2, 4, 2],
      kids: ["s3"],
    },
    {
      id: "s3",
      kode: "1.01.02.2.02.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMP yang direhabilitasi",
      sat: "ruang",
      level: false,
      k5: 120,
      k6: 52,
      k7: 24,
      kq: [0, 6, 10, 8],
      rp: [21_600_000_000, 9_204_000_000, 4_320_000_000],
      rpq: [648_000_000, 1_134_000_000, 1_598_700_000, 895_200_000],
    },
  ];
  const byId = new Map(L.map((l) => [l.id, l]));
  const leaves = (id: string): string[] => {
    const l = byId.get(id)!;
    return l.kids ? l.kids.flatMap(leaves) : [id];
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
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (2024) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const lineRow = (x: Line, i: number): Row => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: x.kids ? "" : String(i),
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.id === "s2" ? "Sekretariat (Subbag Keuangan)" : "Bidang Sarana dan Prasarana",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      const money = ["rp5", "rp6", "rp7", ...qr];
      money.forEach((k, j) => {
        if (x.kids) out[k] = fx(x.kids.map((id) => `${c.c(k)}${c.row(id)}`).join("+"));
        else out[k] = j < 3 ? x.rp![j] : x.rpq![j - 3];
      });
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: the Rp (12) of sub kegiatan .0009 SD is typed, with two digits swapped
      out.rp12 = x.id === "s1" ? 7_013_500_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: the BOSP rate's (14) K divides (12) by (7), the Renja capaian
      out.k14 =
        x.id === "s2"
          ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
          : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  let n = 0;
  const rows: Row[] = L.map((x) => lineRow(x, x.kids ? 0 : ++n));
  const avg = (k: string, c: Ctx) => `ROUND(AVERAGE(${L.map((l) => `${c.c(k)}${c.row(l.id)}`).join(",")}),2)`;
  rows.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (c: Ctx) => ({
        no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        k14: fx(avg("k14", c)),
        rp14: fx(avg("rp14", c)),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "sat"],
      cells: (c: Ctx) => ({
        no: "Predikat kinerja",
        k14: fx(`PREDIKAT(${c.a("k14", "avg")})`),
        rp14: fx(`PREDIKAT(${c.a("rp14", "avg")})`),
      }),
    },
  );
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Fisik Bidang Pendidikan dan partisipasi komite sekolah.",
    "Faktor penghambat: keterlambatan penetapan pemenang tender rehabilitasi pada Triwulan I.",
    "Tindak lanjut: percepatan lelang dini dan pendampingan pelaporan BOSP melalui aplikasi ARKAS.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lubuk Baringin, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN", "KABUPATEN KOTO BARINGIN,"],
    nama: "Drs. ZULHENDRI DATUAK RAJO BATUAH, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199603 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const quarters = (ks: string[], id: string) => ks.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 1.01.02.2.01.0009 is a typed 7,013,500,000 among =8+9+10+11 formulas; the four quarters add up to 7,031,500,000 (digits swapped)",
    truth: quarters(qr, "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the BOSP report rate is =ROUND(12/7*100,2) = 97.89, the Renja capaian; 13 / 5 x 100 = 93 / 100 gives 93.00",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  // the levels: (12) K is the Triwulan IV level and (13) K the latest level
  for (const id of ["prog", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: quarters(qk, id),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["kg1", "s1", "kg2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: quarters(qk, id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "kg1", "kg2"]) {
    b.ok({
      sheet: S,
      cell: a("rp7", id),
      rules: ["sum-mismatch"],
      truth: leaves(id)
        .map((l) => a("rp7", l))
        .join("+"),
    });
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: quarters(qr, id) });
  }
  b.ok({ sheet: S, cell: a("rp12", "s3"), rules: ["sum-mismatch"], truth: quarters(qr, "s3") });
  for (const id of ["prog", "kg1", "s1", "kg2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  return b.finish();
}
