// An E.81-like evaluation of the Renja 2024 of the Dinas Ketahanan Pangan of Provinsi Nusa Tenggara
// Timur: K | Rp pairs per numbered column, quarters, the skor PPH and a persentase as levels (the
// yearly K is Triwulan IV, the s.d. K the latest level), counts of kelompok and dokumen as flows.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type ERow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp?: { r5: number; r6: number; r7: number; q: number[] };
};

export function e81PanganNtt(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dkp-ntt-2024.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Ketahanan Pangan)",
    "E.81 of the Dinas Ketahanan Pangan Provinsi NTT for 2024: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (5) target akhir Renstra 2026, (6) s.d. 2023, (7) Renja 2024, (8)-(11) Triwulan, (12), (13), (14); number row merged over pairs; Rata-rata and Predikat rows",
  );
  const S = "E81 DKP 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "DINAS KETAHANAN PANGAN",
    "Jl. Polisi Militer No. 14, Kupang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI NUSA TENGGARA TIMUR",
    "Renja Dinas Ketahanan Pangan Tahun 2024 - Periode Pelaksanaan: Triwulan I s.d. IV",
  ]);
  s.gap();
  const rows: ERow[] = [
    {
      id: "prog",
      kode: "2.09.03",
      nm: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      flow: false,
      k5: 92.5,
      k6: 86.4,
      k7: 88,
      kq: [86.4, 86.9, 87.5, 88.3],
    },
    {
      id: "keg",
      kode: "2.09.03.2.01",
      nm: "Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai Angka Kecukupan Gizi",
      ind: "Jumlah dokumen analisis konsumsi pangan yang tersusun",
      sat: "dokumen",
      flow: true,
      k5: 20,
      k6: 8,
      k7: 4,
      kq: [0, 1, 1, 2],
    },
    {
      id: "s1",
      kode: "2.09.03.2.01.0002",
      nm: "Fasilitasi Pekarangan Pangan Lestari (P2L) bagi Kelompok Wanita Tani",
      ind: "Jumlah kelompok penerima fasilitasi P2L",
      sat: "kelompok",
      flow: true,
      k5: 110,
      k6: 48,
      k7: 22,
      kq: [0, 6, 9, 7],
      rp: {
        r5: 4_850_000_000,
        r6: 1_912_400_000,
        r7: 1_145_000_000,
        q: [98_500_000, 312_750_000, 401_200_000, 286_900_000],
      },
    },
    {
      id: "s2",
      kode: "2.09.03.2.01.0004",
      nm: "Analisis Pola Konsumsi Pangan Masyarakat Kabupaten/Kota",
      ind: "Persentase kabupaten/kota dengan analisis PPH mutakhir",
      sat: "%",
      flow: false,
      k5: 100,
      k6: 63.64,
      k7: 77.27,
      kq: [63.64, 68.18, 72.73, 77.27],
      rp: {
        r5: 1_650_000_000,
        r6: 702_300_000,
        r7: 385_000_000,
        q: [41_200_000, 88_650_000, 117_400_000, 121_880_000],
      },
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, fmt: DEC, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
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
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
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
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qs = [1, 2, 3, 4];
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: "Bidang Konsumsi dan Keamanan Pangan",
      };
      qs.forEach((q, i) => (out[`kq${q}`] = x.kq[i]));
      out.k12 = fx(x.flow ? qs.map((q) => c.a(`kq${q}`)).join("+") : c.a("kq4"));
      out.k13 = fx(x.flow ? `${c.a("k6")}+${c.a("k12")}` : c.a("k12"));
      // planted: the analisis PPH row keeps the cached capaian of Triwulan III (72.73)
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`, x.id === "s2" ? 72.73 : undefined);
      const src = x.id === "prog" ? ["keg"] : x.id === "keg" ? ["s1", "s2"] : null;
      for (const k of ["5", "6", "7", "q1", "q2", "q3", "q4"]) {
        if (src) out[`rp${k}`] = fx(src.map((id) => c.a(`rp${k}`, id)).join("+"));
        else {
          const r = x.rp!;
          out[`rp${k}`] = k === "5" ? r.r5 : k === "6" ? r.r6 : k === "7" ? r.r7 : r.q[Number(k[1]) - 1];
        }
      }
      // planted: the P2L row's (12) Rp leaves Triwulan IV out
      out.rp12 = fx(
        x.id === "s1"
          ? qs
              .slice(0, 3)
              .map((q) => c.a(`rpq${q}`))
              .join("+")
          : qs.map((q) => c.a(`rpq${q}`)).join("+"),
      );
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s2")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["kode", "sat"],
        cells: () => ({ kode: "Predikat kinerja", k14: "Sedang", rp14: "Rendah" }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan kelompok wanita tani dan penyuluh di 22 kabupaten/kota.",
    "Faktor penghambat: keterlambatan pencairan anggaran Triwulan I; data konsumsi Susenas terbit Triwulan IV.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Kupang, 17 Januari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN", "PROVINSI NUSA TENGGARA TIMUR,"],
    nama: "Ir. YOHANES MARIANUS LEDE, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690812 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const s1 = rows[2].rp!;
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Realisasi Rp 2024 (12) of the P2L sub kegiatan adds Triwulan I-III only (${sum3(s1.q)}); with Triwulan IV's ${s1.q[3]} it is ${s1.q.reduce((p, q) => p + q, 0)}`,
    truth: qs.map((q) => a(`rpq${q}`, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the analisis PPH row is =ROUND(13/5*100,2) with a stale cached 72.73 (Triwulan III); 77.27 / 100 gives 77.27",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  // traps: the skor PPH and the persentase are levels
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: qs.map((q) => a(`kq${q}`, "prog")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  for (const id of ["keg", "s1"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: qs.map((q) => a(`kq${q}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "prog")}/${a("k5", "prog")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s2"),
    rules: ["sum-mismatch"],
    truth: qs.map((q) => a(`rpq${q}`, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rp7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("rp7", "s1")}+${a("rp7", "s2")}`,
  });
  b.ok({ sheet: S, cell: a("rpq4", "prog"), rules: ["sum-mismatch"], truth: a("rpq4", "keg") });
  return b.finish();
}

const sum3 = (q: number[]) => q[0] + q[1] + q[2];
