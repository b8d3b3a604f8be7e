// Plans of two Dinas Lingkungan Hidup: a T-C.27-like Renstra 2025-2029 table of a Jawa Timur
// kabupaten (program / kegiatan / sub kegiatan persampahan, Rp in thousands) and the IKU matrix of
// the DLH of Provinsi Kalimantan Tengah. Every name and number is invented.
import { BookW, DEC, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const YRS = [2025, 2026, 2027, 2028, 2029];

// ================================================== DLH Kabupaten Wonoreksan, Renstra T-C.27

export function renstraTc27(): BookW {
  const b = new BookW(
    "renstra-tc27-persampahan-dlh-wonoreksan.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (DLH kabupaten)",
    "Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025..2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit; three header rows, no number row, Rp in thousands, SUM formulas for kegiatan, program = kegiatan added",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS LINGKUNGAN HIDUP KABUPATEN WONOREKSAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Lingkungan Hidup Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "u", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "k0", head: ["Data Capaian pada Tahun Awal (2024)"], role: "kondisi-awal", year: 2024 },
    ...YRS.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "Target"], role: "target", year: y },
      { key: `rp${y}`, head: [G, `Tahun ${y}`, "Rp"], role: "anggaran", year: y, fmt: "#,##0" },
    ]),
    { key: "ka", head: [A, "Target"], role: "kondisi-akhir" },
    { key: "karp", head: [A, "Rp"], role: "kondisi-akhir", fmt: "#,##0" },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  type L = {
    id: string;
    kode: string;
    u: string;
    ind: string;
    sat: string;
    k0: number;
    k: number[];
    ka: number;
    rp?: number[];
    subs?: string[];
  };
  const ls: L[] = [
    {
      id: "p",
      kode: "2.11.11",
      u: "Program Pengelolaan Persampahan",
      ind: "Persentase sampah terkelola",
      sat: "%",
      k0: 81.5,
      k: [83, 86, 89, 92, 95],
      ka: 89,
      subs: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "2.11.11.2.01",
      u: "Pengelolaan Sampah",
      ind: "Persentase sampah tertangani",
      sat: "%",
      k0: 60.4,
      k: [62, 64, 66, 68, 70],
      ka: 70,
      subs: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.11.11.2.01.0001",
      u: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
      ind: "Jumlah sarana prasarana persampahan yang disediakan",
      sat: "paket",
      k0: 4,
      k: [4, 4, 5, 5, 4],
      ka: 22,
      rp: [1250000, 1310000, 1375000, 1440000, 1510000],
    },
    {
      id: "s2",
      kode: "2.11.11.2.01.0003",
      u: "Penyediaan Layanan Pengangkutan Sampah ke TPA",
      ind: "Jumlah sampah yang diangkut ke TPA",
      sat: "ton",
      k0: 60250,
      k: [61500, 62800, 64000, 65200, 66400],
      ka: 319900,
      rp: [2860500, 2995000, 3140250, 3290000, 3450500],
    },
    {
      id: "k2",
      kode: "2.11.11.2.02",
      u: "Pengurangan Sampah Berbasis Masyarakat",
      ind: "Persentase pengurangan sampah",
      sat: "%",
      k0: 20.2,
      k: [21, 22, 23, 24, 25],
      ka: 25,
      subs: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "2.11.11.2.02.0002",
      u: "Koordinasi dan Sinkronisasi Pengurangan Sampah",
      ind: "Jumlah laporan koordinasi pengurangan sampah",
      sat: "laporan",
      k0: 1,
      k: [1, 1, 1, 1, 1],
      ka: 5,
      rp: [185000, 192000, 200000, 208000, 216500],
    },
    {
      id: "s4",
      kode: "2.11.11.2.02.0004",
      u: "Pembinaan dan Pengembangan Bank Sampah",
      ind: "Jumlah bank sampah yang dibina",
      sat: "unit",
      k0: 36,
      k: [40, 45, 50, 55, 60],
      ka: 250,
      rp: [342000, 356000, 371500, 386000, 402000],
    },
  ];
  const t = s.table({
    headerRows: 3,
    cols,
    rows: ls.map((l): Row => ({
      id: l.id,
      bold: !l.rp,
      cells: (c) => {
        const o: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: l.kode,
          u: l.u,
          ind: l.ind,
          sat: l.sat,
          k0: l.k0,
          ka: l.ka,
          unit: "Bidang PSLB3",
          karp: fx(YRS.map((y) => c.a(`rp${y}`)).join("+")),
        };
        YRS.forEach((y, j) => {
          o[`k${y}`] = l.k[j];
          if (l.rp) o[`rp${y}`] = l.rp[j];
          else if (l.id === "p") o[`rp${y}`] = fx(`${c.a(`rp${y}`, "k1")}+${c.a(`rp${y}`, "k2")}`);
          // planted: the 2027 Rp of kegiatan 2.11.11.2.01 typed with two digits swapped
          else if (l.id === "k1" && y === 2027) o[`rp${y}`] = 4415250;
          else o[`rp${y}`] = fx(`SUM(${c.a(`rp${y}`, l.subs![0])}:${c.a(`rp${y}`, l.subs![1])})`);
        });
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir untuk indikator persentase = target tahun 2029; untuk indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Wonoreksan, 30 Juni 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Ir. SUGENG WIDODO RAHARJO, M.M.",
    nip: "19700605 199703 1 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("ka", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the persentase sampah terkelola is 89 (the mean of the targets); the 2029 target is 95",
    truth: t.a("k2029", "p"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("rp2027", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "2027 Rp of kegiatan 2.11.11.2.01 typed 4,415,250 among SUM formulas; its sub kegiatan add up to 4,515,250",
    truth: `SUM(${t.a("rp2027", "s1")}:${t.a("rp2027", "s2")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k2029", "k2"),
    trap: YRS.map((y) => t.a(`k${y}`, "k2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "s4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YRS.map((y) => t.a(`k${y}`, "s4")).join("+"),
    trap: t.a("k2029", "s4"),
  });
  b.ok({
    sheet: S,
    cell: t.a("rp2025", "p"),
    rules: ["sum-mismatch"],
    truth: `${t.a("rp2025", "k1")}+${t.a("rp2025", "k2")}`,
    trap: `SUM(${t.a("rp2025", "k1")}:${t.a("rp2025", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("rp2026", "k1"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${t.a("rp2026", "s1")}+${t.a("rp2026", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("karp", "s2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: YRS.map((y) => t.a(`rp${y}`, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: t.a("kode", "k2"),
    actual: `PARENT(${t.a("kode", "s4")})`,
  });
  return b.finish();
}

// ========================================================= DLH Provinsi Kalimantan Tengah, IKU

export function ikuKalteng(): BookW {
  const b = new BookW(
    "matriks-iku-dlh-kalteng-2025-2029.xlsx",
    "matriks IKU with targets (DLH provinsi)",
    "No | Indikator Kinerja Utama | Definisi / Formulasi | Satuan | Kondisi Awal 2024 | 'Target' > 2025..2029 | Kondisi Akhir | Penanggung Jawab | Sumber Data; number row (1)..(12); a year cell per header",
  );
  const S = "IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) DINAS LINGKUNGAN HIDUP", "PERIODE 2025-2029"]);
  s.gap();
  type U = {
    id: string;
    ind: string;
    def: string;
    sat: string;
    k0: number;
    t: number[];
    ka: number;
    pj: string;
    sd: string;
  };
  const us: U[] = [
    {
      id: "u1",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      def: "0,31 IKA + 0,31 IKU + 0,26 IKL + 0,12 IKAL",
      sat: "indeks",
      k0: 72.48,
      t: [72.9, 73.35, 73.8, 74.25, 74.7],
      ka: 74.7,
      pj: "Bidang Tata Lingkungan",
      sd: "KLHK / DLH",
    },
    {
      id: "u2",
      ind: "Persentase kendaraan bermotor yang lulus uji emisi",
      def: "kendaraan lulus / kendaraan diuji x 100%",
      sat: "%",
      k0: 68,
      t: [70, 72, 7.4, 76, 78],
      ka: 78,
      pj: "Bidang PPKLH",
      sd: "Laporan uji emisi",
    },
    {
      id: "u3",
      ind: "Jumlah pengaduan kasus lingkungan hidup",
      def: "pengaduan yang diterima dalam satu tahun",
      sat: "kasus",
      k0: 58,
      t: [55, 52, 49, 46, 43],
      ka: 43,
      pj: "Bidang Penaatan",
      sd: "Register pengaduan",
    },
    {
      id: "u4",
      ind: "Persentase dokumen lingkungan (AMDAL, UKL-UPL) yang diterbitkan tepat waktu",
      def: "dokumen terbit sesuai SOP / dokumen diajukan x 100%",
      sat: "%",
      k0: 86,
      t: [88, 91, 94, 97, 102.5],
      ka: 102.5,
      pj: "Bidang Tata Lingkungan",
      sd: "Aplikasi AMDALNET",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 40 },
    { key: "def", head: ["Definisi / Formulasi"], role: "rumus", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "k0", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, num: "(5)", fmt: DEC },
    ...YRS.map((y, j): Col => ({
      key: `t${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      num: `(${6 + j})`,
      fmt: DEC,
    })),
    { key: "ka", head: ["Kondisi Akhir"], role: "kondisi-akhir", num: "(11)", fmt: DEC },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(12)", width: 18 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "(13)", width: 18 },
  ];
  const t = s.table({
    headerRows: 2,
    numberRow: "plain",
    cols,
    rows: us.map((u, i) => ({
      id: u.id,
      cells: {
        no: i + 1,
        ind: u.ind,
        def: u.def,
        sat: u.sat,
        k0: u.k0,
        ...Object.fromEntries(YRS.map((y, j) => [`t${y}`, u.t[j]])),
        ka: u.ka,
        pj: u.pj,
        sd: u.sd,
      },
    })),
  });
  s.gap();
  signature(s, 9, {
    tempat: "Palangka Raya, 10 Maret 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "PROVINSI KALIMANTAN TENGAH"],
    nama: "Ir. BAHTIAR NUGRAHA SAMBAS, M.Si",
    nip: "19710314 199803 1 006",
  });
  b.plant({
    at: { sheet: S, cell: t.a("t2027", "u2") },
    rules: ["target-outlier", "target-trend", "number-scale"],
    note: "2027 target of uji emisi lulus is 7.4 between 72 and 76 (74 with a slipped decimal)",
    truth: `(${t.a("t2026", "u2")}+${t.a("t2028", "u2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("t2029", "u4") },
    rules: ["percent-out-of-range"],
    note: "2029 target of a persentase of documents is 102.5 %, above 100",
    truth: "100",
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "u1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t2029", "u1"),
    trap: YRS.map((y) => t.a(`t${y}`, "u1")).join("+"),
  });
  b.ok({ sheet: S, cell: t.a("t2029", "u3"), rules: ["target-trend", "target-outlier"], truth: "43" });
  b.ok({
    sheet: S,
    cell: t.a("t2028", "u2"),
    rules: ["target-outlier", "percent-out-of-range"],
    truth: "76",
  });
  return b.finish();
}
