// The evaluation side of two Dinas Lingkungan Hidup: an E.81 evaluation of the Renja 2024 (K | Rp pairs
// per triwulan, the level indicators take the Triwulan IV value, the flows add their quarters, a
// Rata-rata and Predikat footer) of a kabupaten in Sumatera Selatan, and the LKjIP 2024 measurement
// table (IKLH, IKA, IKU, IKTL, ketaatan, pengaduan, limbah B3; two lower-is-better rows) of a kabupaten
// in Sulawesi Tengah. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  t: number;
  q: number[];
  trp?: number;
  qrp?: number[];
  kids?: string[];
};

const QS = ["q1", "q2", "q3", "q4"];

export function e81DlhBanyuasin(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-dlh-banyuasin-hulu.xlsx",
    "E.81 evaluasi hasil pelaksanaan Renja Perangkat Daerah",
    "E.81 of a DLH in Sumatera Selatan, Renja 2024: No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Renja Perangkat Daerah Tahun 2024' > K | Rp | 'Realisasi Kinerja pada Triwulan' > I .. IV > K | Rp | 'Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi' > K | Rp | 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)' > K | Rp | Unit PD Penanggung Jawab; number row merged over the pairs with '11 = 7+8+9+10' and '12 = 11 / 6 x 100'; levels (%, indeks) take Triwulan IV; Rata-rata capaian and Predikat rows",
  );
  const S = "E.81 DLH 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten",
    "Renja Perangkat Daerah Dinas Lingkungan Hidup Kabupaten Banyuasin Hulu",
    "Periode Pelaksanaan: Tahun 2024",
  ]);
  const R: E[] = [
    {
      id: "p1",
      kode: "2.11.03",
      nama: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      level: true,
      t: 53,
      q: [50.6, 51.2, 51.9, 52.4],
      kids: ["k1"],
    },
    {
      id: "k1",
      kode: "2.11.03.2.01",
      nama: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Persentase sampel air sungai yang diuji sesuai jadwal",
      sat: "%",
      level: true,
      t: 90,
      q: [22.5, 47.6, 71.4, 95.24],
      kids: ["s2", "s1"],
    },
    {
      id: "s2",
      kode: "2.11.03.2.01.0002",
      nama: "Pelaksanaan Pengujian Kualitas Udara Ambien",
      ind: "Jumlah lokasi uji kualitas udara ambien (passive sampler)",
      sat: "lokasi",
      level: false,
      t: 24,
      q: [0, 12, 0, 12],
      trp: 118_600_000,
      qrp: [0, 52_400_000, 4_150_000, 56_870_000],
    },
    {
      id: "s1",
      kode: "2.11.03.2.01.0003",
      nama: "Koordinasi, Sinkronisasi, dan Pelaksanaan Pemantauan Kualitas Lingkungan",
      ind: "Jumlah sampel kualitas air sungai yang diuji",
      sat: "sampel",
      level: false,
      t: 168,
      q: [42, 42, 42, 34],
      trp: 385_400_000,
      qrp: [64_200_000, 98_750_000, 112_300_000, 88_480_000],
    },
    {
      id: "p2",
      kode: "2.11.06",
      nama: "Program Pembinaan dan Pengawasan terhadap Izin Lingkungan dan Izin PPLH",
      ind: "Persentase usaha/kegiatan yang taat terhadap persetujuan lingkungan",
      sat: "%",
      level: true,
      t: 70,
      q: [55.3, 58.9, 62.1, 66.7],
      kids: ["k2"],
    },
    {
      id: "k2",
      kode: "2.11.06.2.01",
      nama: "Pengawasan Usaha dan/atau Kegiatan yang Izin Lingkungan dan Izin PPLH Diterbitkan oleh Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah usaha/kegiatan yang diawasi",
      sat: "usaha",
      level: false,
      t: 48,
      q: [9, 14, 13, 12],
      kids: ["s3"],
    },
    {
      id: "s3",
      kode: "2.11.06.2.01.0001",
      nama: "Pelaksanaan Pengawasan Usaha dan/atau Kegiatan secara Langsung dan Tidak Langsung",
      ind: "Jumlah laporan hasil pengawasan",
      sat: "dokumen",
      level: false,
      t: 48,
      q: [9, 14, 13, 12],
      trp: 276_500_000,
      qrp: [41_200_000, 72_650_000, 69_800_000, 74_310_000],
    },
    {
      id: "p3",
      kode: "2.11.12",
      nama: "Program Penanganan Pengaduan Lingkungan Hidup",
      ind: "Persentase pengaduan lingkungan yang ditindaklanjuti tuntas",
      sat: "%",
      level: true,
      t: 90,
      q: [84.6, 87.5, 88.2, 91.3],
      kids: ["k3"],
    },
    {
      id: "k3",
      kode: "2.11.12.2.01",
      nama: "Penanganan Pengaduan Lingkungan Hidup",
      ind: "Jumlah pengaduan yang diverifikasi",
      sat: "kasus",
      level: false,
      t: 40,
      q: [8, 12, 9, 13],
      kids: ["s4"],
    },
    {
      id: "s4",
      kode: "2.11.12.2.01.0001",
      nama: "Pengelolaan Pengaduan Masyarakat terhadap Dugaan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Jumlah pengaduan yang diverifikasi lapangan",
      sat: "kasus",
      level: false,
      t: 40,
      q: [8, 12, 9, 13],
      trp: 94_800_000,
      qrp: [18_400_000, 24_650_000, 21_300_000, 27_120_000],
    },
  ];
  const TR = "Target Renja Perangkat Daerah Tahun 2024";
  const RQ = "Realisasi Kinerja pada Triwulan";
  const RE = "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi";
  const TC = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 16 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan"],
      num: 3,
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    { key: "tK", head: [TR, "K"], role: "target", year: 2024, num: 6, fmt: DEC, width: 8 },
    { key: "tRp", head: [TR, "Rp"], role: "anggaran", year: 2024, num: 6, fmt: RP, width: 14 },
    ...QS.flatMap((q, i): Col[] => [
      {
        key: `${q}K`,
        head: [RQ, ["I", "II", "III", "IV"][i], "K"],
        role: "realisasi",
        year: 2024,
        num: 7 + i,
        fmt: DEC,
        width: 8,
      },
      {
        key: `${q}Rp`,
        head: [RQ, ["I", "II", "III", "IV"][i], "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 7 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "rK", head: [RE, "K"], role: "realisasi", year: 2024, num: "11 = 7+8+9+10", fmt: DEC, width: 8 },
    {
      key: "rRp",
      head: [RE, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "11 = 7+8+9+10",
      fmt: RP,
      width: 14,
    },
    { key: "cK", head: [TC, "K"], role: "capaian", num: "12 = 11 / 6 x 100", fmt: DEC, width: 9 },
    { key: "cRp", head: [TC, "Rp"], role: "capaian", num: "12 = 11 / 6 x 100", fmt: DEC, width: 9 },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 14 },
  ];
  const byId = new Map(R.map((e) => [e.id, e]));
  // the sub kegiatan under a row (the Rp of a program or kegiatan adds them)
  const leaves = (e: E): E[] => (e.kids ? e.kids.flatMap((k) => leaves(byId.get(k)!)) : [e]);
  const PLANT_RP = 336_730_000;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "u", bold: true, cells: { kode: "2.11", nama: "URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP" } },
      ...R.map((e, i): Row => ({
        id: e.id,
        bold: !!e.kids,
        cells: (x: Ctx) => {
          const sub = e.kids ? leaves(e) : [];
          const out: Record<string, ReturnType<typeof fx> | string | number> = {
            no: i + 1,
            kode: e.kode,
            nama: e.nama,
            ind: e.ind,
            sat: e.sat,
            tK: e.t,
            tRp: e.trp ?? fx(sub.map((c) => x.a("tRp", c.id)).join("+")),
            rK: fx(e.level ? x.a("q4K") : QS.map((q) => x.a(`${q}K`)).join("+")),
            // planted: the Rp (11) of sub kegiatan .0003 typed 336,730,000 (digits swapped)
            rRp: e.id === "s1" ? PLANT_RP : fx(QS.map((q) => x.a(`${q}Rp`)).join("+")),
            cK: fx(`ROUND(${x.a("rK")}/${x.a("tK")}*100,2)`),
            cRp: fx(`ROUND(${x.a("rRp")}/${x.a("tRp")}*100,2)`),
            pj: e.id.startsWith("p") ? "Kepala Bidang" : "Kepala Seksi",
          };
          QS.forEach((q, j) => {
            out[`${q}K`] = e.q[j];
            out[`${q}Rp`] = e.qrp ? e.qrp[j] : fx(sub.map((c) => x.a(`${q}Rp`, c.id)).join("+"));
          });
          return out;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "rRp"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          cK: fx(`ROUND(AVERAGE(${x.a("cK", "p1")}:${x.a("cK", "s4")}),2)`),
        }),
      },
      // planted: the predikat of the average above 90 typed Tinggi
      { id: "pred", bold: true, span: ["no", "rRp"], cells: { no: "Predikat kinerja", cK: "Tinggi" } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pengujian sampel air bekerja sama dengan UPTD Laboratorium Lingkungan terakreditasi.",
    "Faktor penghambat: debit sungai tinggi pada Triwulan IV sehingga 8 sampel Sungai Banyuasin tidak dapat diambil.",
    "Tindak lanjut: penjadwalan ulang pengambilan sampel pada musim kemarau tahun 2025.",
    "Kriteria: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Pangkalan Banyuasin, 15 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN BANYUASIN HULU,"],
    nama: "Hj. RATNA KOMALASARI, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760921 200112 2 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const quarters = (k: string, id: string) => QS.map((q) => a(`${q}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rRp", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (11) of sub kegiatan 2.11.03.2.01.0003 is a typed 336,730,000 among formulas; Triwulan I-IV 64,200,000 + 98,750,000 + 112,300,000 + 88,480,000 give 363,730,000",
    truth: quarters("Rp", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("cK", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the average capaian kinerja 100.67 is typed Tinggi; above 90 it is Sangat Tinggi (the criteria below the table)",
    truth: `PREDIKAT(${a("cK", "avg")})`,
  });
  for (const e of R) {
    if (e.level)
      // a level (%, indeks) takes the Triwulan IV value, not the sum of the quarters
      b.ok({
        sheet: S,
        cell: a("rK", e.id),
        rules: ["sum-mismatch"],
        truth: a("q4K", e.id),
        trap: quarters("K", e.id),
      });
    else b.ok({ sheet: S, cell: a("rK", e.id), rules: ["sum-mismatch"], truth: quarters("K", e.id) });
    if (e.id !== "s1") {
      b.ok({ sheet: S, cell: a("rRp", e.id), rules: ["sum-mismatch"], truth: quarters("Rp", e.id) });
      b.ok({
        sheet: S,
        cell: a("cRp", e.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${a("rRp", e.id)}/${a("tRp", e.id)}*100,2)`,
      });
    }
    b.ok({
      sheet: S,
      cell: a("cK", e.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rK", e.id)}/${a("tK", e.id)}*100,2)`,
    });
    if (e.kids)
      b.ok({
        sheet: S,
        cell: a("tRp", e.id),
        rules: ["sum-mismatch"],
        truth: leaves(e)
          .map((c) => a("tRp", c.id))
          .join("+"),
      });
  }
  b.ok({
    sheet: S,
    cell: a("q4Rp", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("q4Rp", "s2")}+${a("q4Rp", "s1")}`,
  });
  for (const e of R)
    if (e.kids)
      for (const k of e.kids)
        b.ok({
          sheet: S,
          cell: a("kode", k),
          rules: ["code-hierarchy"],
          truth: a("kode", e.id),
          actual: `PARENT(${a("kode", k)})`,
        });
  b.ok({
    sheet: S,
    cell: a("cK", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${R.map((e) => a("cK", e.id)).join("+")})/${R.length},2)`,
  });
  return b.finish();
}

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  low?: boolean;
  t: number;
  r: number;
  r23: number;
  akhir: number;
};

export function lkjipDlhLoreTampo(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-iklh-dlh-lore-tampo.xlsx",
    "LKjIP measurement table (pengukuran kinerja)",
    "LKjIP 2024 Tabel 3.1 of a DLH in Sulawesi Tengah: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi 2023 | Target Akhir Renstra (2026); number row (1) .. (10) with '(7) = (6) : (5) x 100'; two lower-is-better rows take (2 x T - R) / T; Rata-rata row",
  );
  const S = "Tabel 3.1 Pengukuran";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS LINGKUNGAN HIDUP KABUPATEN LORE TAMPO",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const Q1 = "Meningkatnya kualitas lingkungan hidup";
  const Q2 = "Meningkatnya ketaatan dan penyelesaian pengaduan lingkungan";
  const Q3 = "Meningkatnya pengelolaan limbah B3";
  const X: L[] = [
    {
      id: "r1",
      sas: Q1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      t: 60.2,
      r: 61.47,
      r23: 60.05,
      akhir: 62,
    },
    {
      id: "r2",
      sas: Q1,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      t: 52,
      r: 50.83,
      r23: 50.1,
      akhir: 54,
    },
    {
      id: "r3",
      sas: Q1,
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      t: 86.5,
      r: 88.1,
      r23: 86.92,
      akhir: 87.5,
    },
    {
      id: "r4",
      sas: Q1,
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      t: 48.3,
      r: 47.95,
      r23: 48.02,
      akhir: 49,
    },
    {
      id: "r5",
      sas: Q2,
      ind: "Persentase usaha/kegiatan yang taat terhadap persetujuan lingkungan",
      sat: "%",
      t: 70,
      r: 58.57,
      r23: 55,
      akhir: 80,
    },
    {
      id: "r6",
      sas: Q2,
      ind: "Rata-rata waktu penyelesaian pengaduan lingkungan (semakin kecil semakin baik)",
      sat: "hari",
      low: true,
      t: 21,
      r: 17,
      r23: 23,
      akhir: 14,
    },
    {
      id: "r7",
      sas: Q3,
      ind: "Persentase limbah B3 fasyankes yang terkelola sesuai ketentuan",
      sat: "%",
      t: 80,
      r: 83.6,
      r23: 76.4,
      akhir: 90,
    },
    {
      id: "r8",
      sas: Q3,
      ind: "Jumlah kasus pencemaran limbah B3 yang tidak tertangani (semakin kecil semakin baik)",
      sat: "kasus",
      low: true,
      t: 5,
      r: 6,
      r23: 7,
      akhir: 2,
    },
  ];
  const T = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC, width: 9 },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC, width: 9 },
    {
      key: "c",
      head: [T, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) : (5) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "k", head: [T, "Kategori"], role: "predikat", num: "(8)", width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(9)", fmt: DEC, width: 10 },
    {
      key: "ak",
      head: ["Target Akhir Renstra (2026)"],
      role: "target",
      year: 2026,
      num: "(10)",
      fmt: DEC,
      width: 11,
    },
  ];
  const cap = (x: L) => round(x.low ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...X.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: IKU typed 110.85; kasus tidak tertangani (lower is better) computed R / T
          c:
            x.id === "r3"
              ? 110.85
              : x.low && x.id !== "r8"
                ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
                : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          k: predikatBaik(cap(x)),
          r23: x.r23,
          ak: x.akhir,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "r1")}:${c.a("c", "r8")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori capaian: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator yang semakin kecil semakin baik: Capaian = (2 x Target - Realisasi) / Target x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lore Tampo, 28 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kabupaten Lore Tampo,"],
    nama: "Ir. YULIANA TOMPODUNG, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750611 200003 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const ratio = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "r3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the IKU is a typed 110.85 among ROUND formulas; 88.10 / 86.50 gives 101.85",
    truth: ratio("r3"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "r8") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the kasus pencemaran tidak tertangani (lower is better, by the note) is R / T = 120.00; (2 x 5 - 6) / 5 gives 80.00, as the waktu penyelesaian row computes",
    truth: refl("r8"),
  });
  for (const x of X) {
    if (x.id === "r6")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: refl(x.id),
        trap: ratio(x.id),
      });
    else if (x.id !== "r3" && x.id !== "r8")
      b.ok({ sheet: S, cell: a("c", x.id), rules: ["capaian-mismatch"], truth: ratio(x.id) });
    if (x.id !== "r3" && x.id !== "r8")
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}
