// An E.81 evaluation of the Renja 2024 of the Dinas Pertanahan of a Riau kabupaten (Rokan Tengah,
// invented), program 2.10.03 (sengketa tanah garapan), "(dalam ribuan rupiah)": K | Rp per numbered
// column, 12 = 8+9+10+11, 13 = 6 + 12, 14 = 13 / 5 x 100; the percentage rows are levels (12 = the
// Triwulan IV value, 13 = the latest level). Every number is invented.
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
  k5: number;
  k6: number;
  k7: number;
  kq: Array<number | "-">;
  rp?: { rp5: number; rp6: number; rp7: number; rpq: number[] };
  kids?: string[];
};

export function e81Rokan(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dinas-pertanahan-rokan-tengah.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Pertanahan)",
    "E.81 of the Renja 2024 of a Dinas Pertanahan in Riau, (dalam ribuan rupiah): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. Renja 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs; Rata-rata and Predikat rows; PD penanggung jawab",
  );
  const S = "E.81 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN ROKAN TENGAH", "DINAS PERTANAHAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERTANAHAN KABUPATEN ROKAN TENGAH",
    "Renja Perangkat Daerah Tahun 2024 - Periode Renstra 2022-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "prog",
      kode: "2.10.03",
      nm: "PROGRAM PENYELESAIAN SENGKETA TANAH GARAPAN",
      ind: "Persentase sengketa tanah garapan yang diselesaikan",
      sat: "%",
      k5: 80,
      k6: 61.2,
      k7: 68,
      kq: ["-", "-", 55.5, 70.1],
      kids: ["keg"],
    },
    {
      id: "keg",
      kode: "2.10.03.2.01",
      nm: "Penyelesaian Sengketa Tanah Garapan",
      ind: "Jumlah kasus sengketa tanah garapan yang ditangani",
      sat: "kasus",
      k5: 60,
      k6: 31,
      k7: 12,
      kq: [2, 3, 4, 3],
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.10.03.2.01.0001",
      nm: "Inventarisasi Masalah, Pengumpulan Data dan Penelitian Lapangan Sengketa Tanah Garapan",
      ind: "Jumlah kasus sengketa yang diinventarisasi dan diteliti",
      sat: "kasus",
      k5: 60,
      k6: 31,
      k7: 12,
      kq: [2, 3, 4, 3],
      rp: { rp5: 1_250_000, rp6: 648_300, rp7: 265_000, rpq: [38_400, 61_250, 72_900, 80_150] },
    },
    {
      id: "s2",
      kode: "2.10.03.2.01.0002",
      nm: "Mediasi dan Penyelesaian Sengketa Tanah Garapan",
      ind: "Persentase mediasi sengketa yang mencapai kesepakatan",
      sat: "%",
      k5: 75,
      k6: 58.33,
      k7: 65,
      kq: ["-", 50, 60, 66.67],
      rp: { rp5: 1_800_000, rp6: 903_450, rp7: 392_000, rpq: [52_100, 98_400, 112_750, 118_300] },
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year: number,
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, fmt: kf, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: kf ?? RP, width: 13 },
  ];
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
    ...pair(
      "5",
      "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)",
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja PD Tahun 2024", "7", "target", "anggaran", 2024),
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
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
      2024,
      DEC,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const level = (l: Ln) => l.sat === "%";
  const rp12s1 = sumQ(L[2].rp!.rpq);
  const kCaps = L.map((l) =>
    round(((level(l) ? (l.kq[3] as number) : l.k6 + sumQ(l.kq as number[])) / l.k5) * 100),
  );
  const avgK = round(kCaps.reduce((n, x) => n + x, 0) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...L.map((l, i): Row => ({
        id: l.id,
        bold: !l.rp,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            no: i + 1,
            kode: l.kode,
            nm: l.nm,
            ind: l.ind,
            sat: l.sat,
            k5: l.k5,
            k6: l.k6,
            k7: l.k7,
            pj: "Bidang Penyelesaian Sengketa",
          };
          qk.forEach((k, j) => (c[k] = l.kq[j]));
          const kids = (k: string) => fx(l.kids!.map((id) => x.a(k, id)).join("+"));
          for (const k of ["rp5", "rp6", "rp7", ...qr]) {
            const v = l.rp ? (k.startsWith("rpq") ? l.rp.rpq[Number(k[3]) - 1] : l.rp[k as "rp5"]) : kids(k);
            c[k] = v;
          }
          c.k12 = level(l) ? fx(x.a("kq4")) : fx(qk.map((k) => x.a(k)).join("+"));
          // planted: s1's Rp (12) cached before the Triwulan IV SP2D
          c.rp12 = fx(qr.map((k) => x.a(k)).join("+"), l.id === "s1" ? rp12s1 - 80_150 : undefined);
          c.k13 = level(l) ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
          c.rp13 = fx(`${x.a("rp6")}+${x.a("rp12")}`);
          c.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
          // planted: s2's Rp (14) divides by the Renja target (7), not the Renstra target (5)
          c.rp14 = fx(`ROUND(${x.a("rp13")}/${x.a(l.id === "s2" ? "rp7" : "rp5")}*100,2)`);
          return c;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "rp13"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${x.a("rp14", "prog")}:${x.a("rp14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rp13"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Kantor Pertanahan dan mediasi bersama camat serta lembaga adat.",
    "Faktor penghambat: sebagian pihak bersengketa menempuh gugatan ke PTUN.",
    "Tindak lanjut: penguatan tim terpadu penanganan sengketa tanah garapan tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Pasir Limau, 24 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANAHAN,"],
    nama: "Ir. HENDRI SYAHPUTRA NASUTION, M.Si.",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: `Rp (12) of sub kegiatan 2.10.03.2.01.0001 is =8+9+10+11 with a stale cached ${rp12s1 - 80_150} (before Triwulan IV); the four quarters give ${rp12s1}`,
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rp (14) of sub kegiatan 2.10.03.2.01.0002 is =ROUND(13/7*100,2) = 327.81 where every other row divides by (5); 1,285,000 / 1,800,000 gives 71.39",
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  for (const id of ["prog", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("kq3", id)}+${a("kq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of L.map((l) => l.id))
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp12", "s2"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  for (const k of ["rp7", "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "prog"),
      rules: ["sum-mismatch"],
      truth: a(k, "keg"),
      trap: `SUM(${a(k, "keg")}:${a(k, "s2")})`,
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

function sumQ(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
