// Renstra tables of the Dinas Tanaman Pangan dan Hortikultura of Provinsi Kalimantan Barat, Renstra
// 2025-2029: the T-C.27 funding table ("Tahun ke-1..5" over Target | Rp, "(dalam ribuan rupiah)",
// SUM formulas for the program and kegiatan, typed kondisi akhir) and the IKU matrix with a
// Polaritas column (targets per year, kondisi akhir, penanggung jawab, sumber data). Every name and
// number is invented; the codes are Kepmendagri-shaped for a province (3.27.02.1.01.000x).
import { BookW, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tk: number[];
  /** counts of a year's output add up over the period; rates keep the last year's target */
  flow: boolean;
  rp?: number[];
  f?: string;
};

export function tc27Kalbar(): BookW {
  const b = new BookW(
    "tc27-pendanaan-indikatif-distph-kalbar-2025-2029.xlsx",
    "T-C.27 Renstra funding table (Dinas TPH provinsi)",
    "T-C.27 of a provincial Dinas Tanaman Pangan dan Hortikultura, Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; number row (1)..(18); SUM formulas for program and kegiatan Rp, typed kondisi akhir",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN BARAT",
    "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
    "Jalan Ahmad Yani Nomor 41, Pontianak 78124",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Tanaman Pangan dan Hortikultura",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs1: Line[] = [
    {
      id: "a1",
      kode: "3.27.02.1.01.0001",
      nm: "Pengujian Mutu Benih Tanaman Pangan dan Hortikultura",
      ind: "Jumlah laporan hasil pengujian mutu benih",
      sat: "laporan",
      awal: 12,
      tk: [12, 12, 12, 12, 12],
      flow: true,
      rp: [1_245_600, 1_308_000, 1_372_500, 1_441_200, 1_513_300],
    },
    {
      id: "a2",
      kode: "3.27.02.1.01.0002",
      nm: "Sertifikasi Benih Tanaman Pangan",
      ind: "Jumlah sertifikat benih padi dan jagung yang diterbitkan",
      sat: "sertifikat",
      awal: 430,
      tk: [450, 470, 490, 510, 530],
      flow: true,
      rp: [862_400, 905_500, 950_800, 998_300, 1_048_200],
    },
  ];
  const subs2: Line[] = [
    {
      id: "b1",
      kode: "3.27.02.1.02.0001",
      nm: "Penyediaan Alat dan Mesin Pertanian Pra Panen",
      ind: "Jumlah unit traktor roda dua dan pompa air yang disalurkan",
      sat: "unit",
      awal: 55,
      tk: [60, 62, 65, 68, 70],
      flow: true,
      rp: [7_350_000, 7_595_000, 7_962_500, 8_330_000, 8_575_000],
    },
    {
      id: "b2",
      // planted: program digit 03 under kegiatan 3.27.02.1.02
      kode: "3.27.03.1.02.0002",
      nm: "Penyediaan Alat dan Mesin Pertanian Pasca Panen",
      ind: "Jumlah unit combine harvester dan power thresher yang disalurkan",
      sat: "unit",
      awal: 22,
      tk: [25, 28, 30, 32, 35],
      flow: true,
      rp: [9_125_000, 10_220_000, 10_950_000, 11_680_000, 12_775_000],
    },
  ];
  const keg1: Line = {
    id: "k1",
    kode: "3.27.02.1.01",
    nm: "Pengawasan Penyediaan dan Peredaran Benih Tanaman Pangan dan Hortikultura",
    ind: "Jumlah sampel benih yang diuji mutunya",
    sat: "sampel",
    awal: 1_150,
    tk: [1_200, 1_250, 1_300, 1_350, 1_400],
    flow: true,
  };
  const keg2: Line = {
    id: "k2",
    kode: "3.27.02.1.02",
    nm: "Pengelolaan Alat dan Mesin Pertanian",
    ind: "Jumlah unit alsintan yang didistribusikan kepada kelompok tani",
    sat: "unit",
    awal: 77,
    tk: [85, 90, 95, 100, 105],
    flow: true,
  };
  const prog: Line = {
    id: "p",
    kode: "3.27.02",
    nm: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Persentase ketersediaan benih unggul bersertifikat tanaman pangan",
    sat: "%",
    awal: 68.5,
    tk: [71, 73.5, 76, 78.5, 81],
    flow: false,
    f: "0.00",
  };
  const sumRp = (ls: Line[]) => YEARS.map((_, j) => ls.reduce((n, l) => n + l.rp![j], 0));
  keg1.rp = sumRp(subs1);
  keg2.rp = sumRp(subs2);
  prog.rp = sumRp([keg1, keg2]);
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(5)",
      width: 11,
    },
  ];
  YEARS.forEach((y, i) =>
    cols.push(
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: `(${6 + 2 * i})`,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: `(${7 + 2 * i})`,
        fmt: RP,
        width: 13,
      },
    ),
  );
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)", width: 10 },
    { key: "akRp", head: [AK, "Rp"], num: "(17)", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 16 },
  );
  const akK = (l: Line) => (l.flow ? l.tk.reduce((n, v) => n + v, 0) : l.tk[4]);
  // planted: the kondisi akhir Rp of sub kegiatan a1 is typed 6,980,600; the five years give 6,880,600
  const akRp = (l: Line) => (l.id === "a1" ? 6_980_600 : l.rp!.reduce((n, v) => n + v, 0));
  const row = (l: Line, children?: string[]): Row => ({
    id: l.id,
    bold: l.id === "p",
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        awal: l.f ? fmt(l.awal, l.f) : l.awal,
        akK: l.f ? fmt(akK(l), l.f) : akK(l),
        akRp: akRp(l),
        pj:
          l.id.startsWith("b") || l.id === "k2"
            ? "Bidang Prasarana dan Sarana"
            : "UPTD Balai Pengawasan dan Sertifikasi Benih",
        lok: "14 Kabupaten/Kota",
      };
      YEARS.forEach((y, j) => {
        out[`t${y}`] = l.f ? fmt(l.tk[j], l.f) : l.tk[j];
        out[`rp${y}`] = children
          ? fx(
              children.length === 2 && children[0] === "k1"
                ? children.map((id) => c.a(`rp${y}`, id)).join("+")
                : `SUM(${c.a(`rp${y}`, children[0])}:${c.a(`rp${y}`, children[1])})`,
            )
          : l.rp![j];
      });
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      { id: "u", bold: true, cells: { kode: "3.27", nm: "URUSAN PEMERINTAHAN BIDANG PERTANIAN" } },
      row(prog, ["k1", "k2"]),
      row(keg1, ["a1", "a2"]),
      ...subs1.map((l) => row(l)),
      row(keg2, ["b1", "b2"]),
      ...subs2.map((l) => row(l)),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target indikator jumlah (laporan, sertifikat, sampel, unit) adalah jumlah lima tahun; indikator persentase adalah target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Pontianak, 10 Maret 2025",
    jabatan: ["KEPALA DINAS TANAMAN PANGAN DAN HORTIKULTURA", "PROVINSI KALIMANTAN BARAT,"],
    nama: "Ir. HERMANUS YOHANES SINAGA, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700822 199703 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (k: string, id: string) => YEARS.map((y) => a(`${k}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akRp", "a1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 3.27.02.1.01.0001 is 6,980,600 (Rp 000); the five years add up to 6,880,600",
    truth: yrs("rp", "a1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyediaan Alsintan Pasca Panen is coded 3.27.03.1.02.0002 (program 3.27.03) under kegiatan 3.27.02.1.02; its code is 3.27.02.1.02.0002",
    truth: `${a("kode", "k2")}&".0002"`,
  });
  // the rate keeps its last target, the counts add their five years
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "p"),
    trap: yrs("t", "p"),
  });
  for (const l of [keg1, keg2, ...subs1, ...subs2])
    b.ok({
      sheet: S,
      cell: a("akK", l.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs("t", l.id),
      trap: l.tk[4] !== l.tk[0] ? a("t2029", l.id) : undefined,
    });
  for (const id of ["p", "k1", "k2", "a2", "b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("rp", id),
    });
  for (const y of YEARS) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "b1")}+${a(`rp${y}`, "b2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "a1")}+${a(`rp${y}`, "a2")}+${a(`rp${y}`, "b1")}+${a(`rp${y}`, "b2")}`,
      // the program adds its two kegiatan, not every row beneath it
      trap: `SUM(${a(`rp${y}`, "k1")}:${a(`rp${y}`, "b2")})`,
    });
  }
  for (const id of ["a1", "a2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "b1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "b1")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}

// ================================================================ IKU matrix, Dinas TPH Kalbar

type Iku = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  pol: "Positif" | "Negatif";
  awal: number;
  tk: number[];
  flow?: boolean;
  pj: string;
  src: string;
};

export function ikuKalbar(): BookW {
  const b = new BookW(
    "matriks-iku-polaritas-distph-kalbar-2025-2029.xlsx",
    "IKU matrix with polaritas (Dinas TPH provinsi)",
    "IKU matrix of a provincial Dinas Tanaman Pangan dan Hortikultura, 2025-2029: No | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Polaritas | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir (2029) | Penanggung Jawab | Sumber Data; typed values; a note on the RPJMD target under the table",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas tentang Indikator Kinerja Utama",
    "MATRIKS INDIKATOR KINERJA UTAMA TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "j1",
      ind: "Produktivitas jagung",
      def: "Produksi jagung pipilan kering dibagi luas panen jagung (ku/ha)",
      sat: "ku/ha",
      pol: "Positif",
      awal: 45.2,
      // planted: the 2027 target typed 4.76 (decimal point slipped; 47.60 between 46.80 and 48.40)
      tk: [46.0, 46.8, 4.76, 48.4, 49.2],
      pj: "Bidang Produksi Tanaman Pangan",
      src: "BPS / ATAP",
    },
    {
      id: "j2",
      ind: "Indeks Pertanaman (IP) padi",
      def: "Luas tanam padi setahun dibagi luas baku sawah",
      sat: "IP",
      pol: "Positif",
      awal: 1.42,
      tk: [1.45, 1.5, 1.55, 1.6, 1.65],
      pj: "Bidang Produksi Tanaman Pangan",
      src: "Laporan SP Lahan",
    },
    {
      id: "j3",
      ind: "Persentase luas lahan padi puso akibat banjir dan kekeringan",
      def: "Luas puso dibagi luas tanam padi x 100%",
      sat: "%",
      pol: "Negatif",
      awal: 2.1,
      tk: [1.9, 1.8, 1.6, 1.5, 1.3],
      pj: "UPTD Proteksi Tanaman Pangan dan Hortikultura",
      src: "Laporan DPI",
    },
    {
      id: "j4",
      ind: "Persentase susut hasil panen dan pasca panen padi",
      def: "Kehilangan hasil panen dan pasca panen dibagi produksi padi x 100%",
      sat: "%",
      pol: "Negatif",
      awal: 10.5,
      // planted: the path rises for a lower-is-better indicator (RPJMD: down to 9.00 in 2029)
      tk: [10.8, 11.0, 11.3, 11.5, 11.8],
      pj: "Bidang Pengolahan dan Pemasaran Hasil",
      src: "Survei susut hasil",
    },
    {
      id: "j5",
      ind: "Jumlah kelompok tani penerima bantuan alsintan",
      def: "Jumlah kelompok tani yang menerima alsintan dalam tahun berjalan",
      sat: "kelompok",
      pol: "Positif",
      awal: 118,
      tk: [120, 125, 130, 135, 140],
      flow: true,
      pj: "Bidang Prasarana dan Sarana",
      src: "BAST alsintan",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YEARS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 8,
    })),
    { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
  ];
  const f = (x: Iku, v: number) => (x.flow ? v : fmt(v, "0.00"));
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        pol: x.pol,
        awal: f(x, x.awal),
        ...Object.fromEntries(YEARS.map((y, j) => [`t${y}`, f(x, x.tk[j])])),
        ak: f(x, x.flow ? x.tk.reduce((n, v) => n + v, 0) : x.tk[4]),
        pj: x.pj,
        src: x.src,
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Polaritas negatif: semakin kecil realisasi semakin baik.",
    "- Target susut hasil panen dan pasca panen padi mengacu RPJMD 2025-2029: turun menjadi 9,00% pada tahun 2029.",
    "- Kondisi akhir indikator jumlah kelompok tani adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Pontianak, 2 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Ir. HERMANUS YOHANES SINAGA, M.P.",
    nip: "19700822 199703 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "j1") },
    rules: ["target-outlier"],
    note: "2027 target of produktivitas jagung is 4.76 among 46.00 .. 49.20 (decimal point slipped); the path gives 47.60",
    truth: `(${a("t2026", "j1")}+${a("t2028", "j1")})/2`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("t2029", "j4") },
        { sheet: S, cell: a("t2025", "j4") },
      ],
    },
    rules: ["target-trend"],
    note: "Persentase susut hasil panen (polaritas Negatif) has targets rising from 10.80 to 11.80 above the baseline 10.50; the RPJMD note under the table asks for 9.00 in 2029",
    truth: "9",
  });
  for (const id of ["j1", "j2", "j3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: YEARS.map((y) => a(`t${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("ak", "j5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YEARS.map((y) => a(`t${y}`, "j5")).join("+"),
    trap: a("t2029", "j5"),
  });
  b.ok({ sheet: S, cell: a("t2029", "j3"), rules: ["target-trend"], truth: "1.3" });
  b.ok({
    sheet: S,
    cell: a("t2027", "j2"),
    rules: ["target-outlier"],
    truth: `(${a("t2026", "j2")}+${a("t2028", "j2")})/2`,
  });
  b.ok({ sheet: S, cell: a("t2027", "j5"), rules: ["target-outlier"], truth: "130" });
  return b.finish();
}
