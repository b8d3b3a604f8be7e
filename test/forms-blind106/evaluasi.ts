// Plans and evaluations of a Dinas Pemadam Kebakaran dan Penyelamatan: the E.81-like evaluasi Renja 2024
// of a Sumatera Utara kota (waktu tanggap, WMK, kejadian ditangani, inspeksi gedung, Balakar) and the
// T-C.27-like Renstra 2025-2029 of a Sulawesi Tengah kabupaten (armada, inspeksi, hidran).
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const pct = (a: string, b: string) => `ROUND(${a}/${b}*100,2)`;

// ================================== Dinas Damkar Kota Tanjung Deli (Sumatera Utara), evaluasi Renja 2024

type ERow = {
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

export function e81Damkar(): BookW {
  const b = new BookW(
    "evaluasi-renja-damkar-tanjung-deli-2024.xlsx",
    "E.81 evaluasi hasil Renja (Damkar)",
    "E.81-like evaluasi Renja 2024 of a Dinas Damkar dan Penyelamatan in Sumatera Utara: 'Kinerja | Anggaran' wording over (5)..(14), quarters under one group 'Realisasi Kinerja dan Anggaran Renja Triwulan' > I..IV > Kinerja | Anggaran (three header rows), number row merged over the pairs; program / kegiatan rates are levels (Triwulan IV), sub kegiatan flows add their quarters; Rata-rata and Predikat footer",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG DELI",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Jl. Sisingamangaraja No. 214 Tanjung Deli 20217",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TANJUNG DELI",
    "Renja Dinas Pemadam Kebakaran dan Penyelamatan Tahun 2024 (Renstra 2021-2026)",
    "Periode pelaksanaan: Triwulan I s.d. IV Tahun 2024",
  ]);
  s.gap();
  const subs: ERow[] = [
    {
      id: "s1",
      kode: "1.05.04.2.01.0001",
      nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan dan Penanganan Bahan Berbahaya dan Beracun Kebakaran",
      ind: "Jumlah kejadian kebakaran dan non kebakaran yang ditangani",
      sat: "kejadian",
      level: false,
      k5: 4200,
      k6: 2415,
      k7: 860,
      q: [231, 198, 247, 219],
      rp: {
        r5: 38_500_000_000,
        r6: 21_860_450_000,
        r7: 8_150_000_000,
        q: [1_512_300_000, 2_087_640_000, 2_215_900_000, 2_108_460_000],
      },
    },
    {
      id: "s2",
      kode: "1.05.04.2.01.0002",
      nm: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah bangunan gedung yang diinspeksi sarana proteksi kebakarannya",
      sat: "gedung",
      level: false,
      k5: 600,
      k6: 342,
      k7: 120,
      q: [24, 31, 35, 28],
      rp: {
        r5: 2_400_000_000,
        r6: 1_318_700_000,
        r7: 480_000_000,
        q: [84_250_000, 121_600_000, 138_900_000, 119_730_000],
      },
    },
    {
      id: "s3",
      kode: "1.05.04.2.01.0004",
      nm: "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
      ind: "Jumlah anggota Barisan Sukarelawan Kebakaran (Balakar) yang dilatih",
      sat: "orang",
      level: false,
      k5: 1500,
      k6: 812,
      k7: 300,
      q: [0, 120, 95, 110],
      rp: {
        r5: 3_750_000_000,
        r6: 1_946_300_000,
        r7: 720_000_000,
        q: [0, 248_150_000, 196_400_000, 231_870_000],
      },
    },
  ];
  const prog: ERow = {
    id: "p",
    kode: "1.05.04",
    nm: "PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
    ind: "Persentase kejadian kebakaran yang tertangani dalam waktu tanggap (response time) 15 menit",
    sat: "%",
    level: true,
    k5: 90,
    k6: 82.5,
    k7: 85,
    q: [80.2, 83.1, 84.0, 86.4],
  };
  const keg: ERow = {
    id: "k",
    kode: "1.05.04.2.01",
    nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
    ind: "Cakupan pelayanan bencana kebakaran (Wilayah Manajemen Kebakaran terlayani)",
    sat: "%",
    level: true,
    k5: 80,
    k6: 68.4,
    k7: 72,
    q: [68.9, 70.2, 71.5, 73.1],
  };
  const Q = ["I", "II", "III", "IV"];
  const KK = "Kinerja";
  const RR = "Anggaran (Rp)";
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, KK], role: kr, year, num, width: 10 },
    { key: `r${key}`, head: [head, RR], role: rr, year, num, fmt: RP, width: 17 },
  ];
  const GQ = "Realisasi Kinerja dan Anggaran Renja Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "(3)", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4a)", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "(5)", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "(6)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "(7)", "target", "anggaran", 2024),
    ...Q.flatMap((q, i): Col[] => [
      { key: `kq${i}`, head: [GQ, q, KK], role: "realisasi", year: 2024, num: `(${8 + i})`, width: 10 },
      {
        key: `rq${i}`,
        head: [GQ, q, RR],
        role: "realisasi-anggaran",
        year: 2024,
        num: `(${8 + i})`,
        fmt: RP,
        width: 16,
      },
    ]),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "(12) = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "(13) = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", KK],
      role: "capaian",
      num: "(14) = 13/5 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "r14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", RR],
      role: "capaian",
      num: "(14) = 13/5 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "(15)", width: 18 },
  ];
  const qk = Q.map((_, i) => `kq${i}`);
  const qr = Q.map((_, i) => `rq${i}`);
  const body = (x: ERow, no: string | number): Row => ({
    id: x.id,
    bold: x.level,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.id === "s3" ? "Bidang Pencegahan" : "Bidang Operasi dan Penyelamatan",
      };
      x.q.forEach((v, i) => (out[qk[i]] = v));
      // levels take the Triwulan IV value and the latest level; flows add
      out.k12 = x.level ? fx(c.a("kq3")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: the Balakar row's (14) K is a typed 108.33 (325 / 300, the Renja capaian)
      out.k14 = x.id === "s3" ? fmt(108.33, DEC) : fx(pct(c.a("k13"), c.a("k5")));
      if (x.rp) {
        out.r5 = x.rp.r5;
        out.r6 = x.rp.r6;
        out.r7 = x.rp.r7;
        x.rp.q.forEach((v, i) => (out[qr[i]] = v));
        // planted: the inspeksi row adds Triwulan I-III only
        out.r12 = fx((x.id === "s2" ? qr.slice(0, 3) : qr).map((k) => c.a(k)).join("+"));
      } else {
        const rng = (k: string) =>
          x.id === "k" ? fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`) : fx(c.a(k, "k"));
        for (const k of ["r5", "r6", "r7", ...qr, "r12"]) out[k] = rng(k);
      }
      out.r13 = fx(`${c.a("r6")}+${c.a("r12")}`);
      out.r14 = fx(pct(c.a("r13"), c.a("r5")));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      body(prog, 1),
      body(keg, ""),
      ...subs.map((x) => body(x, "")),
      {
        id: "avg",
        bold: true,
        span: ["no", "r13"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran Renstra s.d. 2024 (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p")}:${c.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${c.a("r14", "p")}:${c.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "r13"],
        cells: { no: "Predikat kinerja", k14: "Tinggi", r14: "Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: penambahan dua pos pemadam (Pos Medan Deli Hilir dan Pos Tembung Baru) pada Triwulan III.",
    "Faktor penghambat: kemacetan lalu lintas dan akses gang sempit di kawasan padat penduduk.",
    "Tindak lanjut: penambahan kendaraan pemadam ukuran kecil (motor pompa) dan pelatihan Balakar per kelurahan.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tanjung Deli, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEMADAM KEBAKARAN", "DAN PENYELAMATAN,"],
    nama: "Ir. HOTMAN PARULIAN SIREGAR, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi anggaran 2024 (12) of Inspeksi Peralatan Proteksi Kebakaran adds Triwulan I-III only (344,750,000); with Triwulan IV's 119,730,000 it is 464,480,000",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian Renstra K (14) of the Balakar row is a typed 108.33 (325 / 300, the Renja capaian) among ROUND formulas; (13) 1,137 / (5) 1,500 gives 75.80",
    truth: pct(a("k13", "s3"), a("k5", "s3")),
  });
  // traps: the rates are levels
  for (const id of ["p", "k"]) {
    const x = id === "p" ? prog : keg;
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq3", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: pct(a("k13", id), a("k5", id)),
    });
    if (x.level && id === "k")
      b.ok({
        sheet: S,
        cell: a("r5", id),
        rules: ["sum-mismatch"],
        truth: subs.map((y) => a("r5", y.id)).join("+"),
      });
  }
  for (const x of subs) {
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["sum-mismatch"],
      truth: qk.map((k) => a(k, x.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
    });
    if (x.id !== "s2") {
      b.ok({
        sheet: S,
        cell: a("r12", x.id),
        rules: ["sum-mismatch"],
        truth: qr.map((k) => a(k, x.id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("r13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("r6", x.id)}+${a("r12", x.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("r14", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: pct(a("r13", x.id), a("r5", x.id)),
      });
    }
    if (x.id !== "s3")
      b.ok({
        sheet: S,
        cell: a("k14", x.id),
        rules: ["capaian-mismatch"],
        truth: pct(a("k13", x.id), a("k5", x.id)),
      });
    b.ok({
      sheet: S,
      cell: a("kode", x.id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", x.id)})`,
      actual: a("kode", "k"),
    });
  }
  b.ok({
    sheet: S,
    cell: a("r7", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map((y) => a("r7", y.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r6", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map((y) => a("r6", y.id)).join("+"),
  });
  if (round((sum(subs[2].q) / subs[2].k7) * 100) !== 108.33) throw new Error("e81 s3");
  return b.finish();
}

// =========================== Dinas Damkar Kabupaten Tojo Lalundu (Sulawesi Tengah), Renstra 2025-2029

type TRow = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  akhir: "last" | "sum";
  rp?: number[];
  f: string;
};

export function tc27Damkar(): BookW {
  const b = new BookW(
    "renstra-tc27-damkar-tojo-lalundu-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Damkar)",
    "T-C.27-like Renstra 2025-2029 of a Dinas Damkar in Sulawesi Tengah, '(dalam ribuan rupiah)': Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Kondisi Kinerja Awal (2024) | 'Capaian Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp (years only in the title) | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; waktu tanggap lower is better, a second indicator without a code, flows summed and stocks / rates taking the last target",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOJO LALUNDU", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Tojo Lalundu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: TRow[] = [
    {
      id: "p",
      kode: "1.05.04",
      nm: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
      ind: "Rata-rata waktu tanggap (response time) penanganan kebakaran",
      sat: "menit",
      awal: 21,
      tg: [20, 19, 18, 17, 15],
      akhir: "last",
      f: "0",
    },
    {
      id: "k",
      kode: "1.05.04.2.01",
      nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      ind: "Cakupan Wilayah Manajemen Kebakaran (WMK) yang terlayani",
      sat: "%",
      awal: 46.5,
      tg: [50, 55, 60, 65, 70],
      akhir: "last",
      f: DEC,
    },
    {
      id: "s1",
      kode: "1.05.04.2.01.0001",
      nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran",
      ind: "Jumlah unit armada pemadam kebakaran yang dioperasikan",
      sat: "unit",
      awal: 9,
      tg: [10, 11, 12, 13, 14],
      akhir: "last",
      rp: [4_250_000, 4_480_000, 4_725_500, 4_910_000, 5_186_300],
      f: "0",
    },
    {
      id: "s1b",
      ind: "Persentase armada dalam kondisi siap operasi",
      sat: "%",
      awal: 80,
      tg: [85, 88, 90, 92, 95],
      akhir: "last",
      f: DEC,
    },
    {
      id: "s2",
      kode: "1.05.04.2.01.0002",
      nm: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah gedung yang diinspeksi peralatan proteksi kebakarannya",
      sat: "gedung",
      awal: 95,
      tg: [110, 120, 130, 140, 150],
      akhir: "sum",
      rp: [412_500, 438_000, 465_750, 492_300, 521_800],
      f: "0",
    },
    // planted: coded under kegiatan 1.05.04.2.02 while it stands under 1.05.04.2.01
    {
      id: "s3",
      kode: "1.05.04.2.02.0005",
      nm: "Penyediaan Sarana dan Prasarana Pencegahan dan Penanggulangan Kebakaran",
      ind: "Jumlah hidran kebakaran yang dibangun",
      sat: "unit",
      awal: 4,
      tg: [6, 8, 8, 10, 10],
      akhir: "sum",
      rp: [1_260_000, 1_716_000, 1_752_400, 2_240_000, 2_285_600],
      f: "0",
    },
  ];
  const G = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ta",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      width: 10,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: 17,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 16 },
  ];
  const last = (x: TRow) => x.tg[4];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.id === "p" || x.id === "k",
      cells: (c) => {
        const out: Record<string, ReturnType<typeof fx> | number | string | ReturnType<typeof fmt>> = {
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          unit: x.id === "s2" ? "Bidang Pencegahan" : "Bidang Pemadaman dan Penyelamatan",
          lok: x.id === "s3" ? "Kec. Ampana Kota, Tojo" : "Kabupaten Tojo Lalundu",
        };
        if (x.kode) out.kode = x.kode;
        if (x.nm) out.nm = x.nm;
        x.tg.forEach((v, i) => (out[`t${i}`] = fmt(v, x.f)));
        // planted: the WMK kondisi akhir 65.00 is the 2028 target (2029: 70.00)
        out.ta = x.id === "k" ? fmt(65, DEC) : fmt(x.akhir === "last" ? last(x) : sum(x.tg), x.f);
        if (x.rp) x.rp.forEach((v, i) => (out[`r${i}`] = v));
        else if (x.id === "k")
          years.forEach((_, i) => (out[`r${i}`] = fx(`SUM(${c.a(`r${i}`, "s1")}:${c.a(`r${i}`, "s3")})`)));
        else if (x.id === "p") years.forEach((_, i) => (out[`r${i}`] = fx(c.a(`r${i}`, "k"))));
        if (x.id !== "s1b") out.ra = fx(years.map((_, i) => c.a(`r${i}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: waktu tanggap semakin kecil semakin baik; jumlah gedung dan hidran adalah tambahan per tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Ampana, 3 Maret 2025",
    jabatan: ["Kepala Dinas Pemadam Kebakaran dan Penyelamatan", "Kabupaten Tojo Lalundu,"],
    nama: "MOH. RIZAL LAMASITUDJU, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790626 199912 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ta", "k") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the WMK coverage (a rate) is 65.00, the Tahun ke-4 (2028) target; the Tahun ke-5 target is 70.00",
    truth: a("t4", "k"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyediaan Sarana dan Prasarana (hidran) is coded 1.05.04.2.02.0005 under kegiatan 1.05.04.2.01; its code is 1.05.04.2.01.0005",
    truth: `${a("kode", "k")}&".0005"`,
  });
  b.ok({
    sheet: S,
    cell: a("ta", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "p"),
    trap: years.map((_, i) => a(`t${i}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ta", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "s1"),
    trap: years.map((_, i) => a(`t${i}`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ta", "s1b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "s1b"),
    trap: years.map((_, i) => a(`t${i}`, "s1b")).join("+"),
  });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ta", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: years.map((_, i) => a(`t${i}`, id)).join("+"),
      trap: a("t4", id),
    });
  b.ok({ sheet: S, cell: a("t4", "p"), rules: ["target-trend", "target-outlier"], truth: "15" });
  for (const id of ["p", "k", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((_, i) => a(`r${i}`, id)).join("+"),
    });
  years.forEach((_, i) =>
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${i}`, id)).join("+"),
    }),
  );
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k")})`,
    actual: a("kode", "p"),
  });
  return b.finish();
}
