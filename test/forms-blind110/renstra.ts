// Plans of two BRIDA: the T-C.27 of the BRIDA of Kota Salo Mariri (Sulawesi Selatan), Renstra
// 2025-2029 with "Tahun ke-1 .. ke-5" over Target | Rp in thousands and SUM formulas for kegiatan and
// program; and the IKU matrix 2025-2029 of the BRIDA Provinsi Jawa Timur with definitions, formulas,
// calendar years and a SAKIP grade. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  sum,
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
  awal: number;
  tg: number[];
  /** typed kondisi akhir K */
  ka: number;
  rp?: number[];
  /** ids of the rows summed into this one's Rp */
  of?: string[];
  bold?: boolean;
};

const YRS = [2025, 2026, 2027, 2028, 2029];

export function tc27BridaSaloMariri(): BookW {
  const b = new BookW(
    "tc27-renstra-brida-kota-salo-mariri-2025-2029.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (BRIDA)",
    "T-C.27 of the BRIDA Kota Salo Mariri, Renstra 2025-2029, Rp in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; number row (1)..(18); kegiatan and program Rp as SUM formulas, kondisi akhir Rp as the sum of the five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SALO MARIRI", "BADAN RISET DAN INOVASI DAERAH"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BRIDA Kota Salo Mariri Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "prog",
      kode: "5.05.02",
      nm: "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH",
      ind: "Indeks Inovasi Daerah Kota Salo Mariri",
      sat: "skor",
      awal: 48.2,
      tg: [52, 56, 60, 64, 68],
      ka: 64,
      of: ["keg1", "keg2"],
      bold: true,
    },
    {
      id: "keg1",
      kode: "5.05.02.2.01",
      nm: "Penelitian dan Pengembangan Urusan Pemerintahan Daerah",
      ind: "Jumlah rekomendasi kebijakan hasil kelitbangan",
      sat: "rekomendasi",
      awal: 5,
      tg: [6, 6, 7, 7, 8],
      ka: 34,
      of: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "5.05.02.2.01.0001",
      nm: "Penelitian dan Pengembangan Bidang Ekonomi dan Pembangunan",
      ind: "Jumlah dokumen hasil penelitian bidang ekonomi dan pembangunan",
      sat: "dokumen",
      awal: 3,
      tg: [3, 3, 4, 4, 4],
      ka: 18,
      rp: [412_500, 438_000, 465_750, 489_200, 512_600],
    },
    {
      id: "s12",
      kode: "5.05.02.2.01.0002",
      nm: "Penelitian dan Pengembangan Bidang Pemerintahan dan Sosial Budaya",
      ind: "Jumlah dokumen hasil kajian bidang pemerintahan dan sosial budaya",
      sat: "dokumen",
      awal: 2,
      tg: [2, 3, 3, 3, 4],
      ka: 15,
      rp: [356_800, 372_400, 398_150, 415_000, 436_900],
    },
    {
      id: "keg2",
      kode: "5.05.02.2.02",
      nm: "Pengembangan Inovasi dan Teknologi Daerah",
      ind: "Persentase perangkat daerah yang memiliki inovasi terdokumentasi",
      sat: "%",
      awal: 55,
      tg: [60, 67, 74, 80, 85],
      ka: 85,
      of: ["s21", "s22", "s23"],
    },
    {
      id: "s21",
      kode: "5.05.02.2.02.0001",
      nm: "Fasilitasi Pengembangan dan Uji Coba Inovasi Daerah",
      ind: "Jumlah inovasi baru yang diujicobakan",
      sat: "inovasi",
      awal: 6,
      tg: [8, 10, 10, 12, 12],
      ka: 52,
      rp: [298_400, 315_600, 334_250, 352_800, 371_500],
    },
    {
      id: "s22",
      kode: "5.05.02.2.01.0003",
      nm: "Fasilitasi Pendaftaran Hak Kekayaan Intelektual",
      ind: "Jumlah HAKI yang difasilitasi pendaftarannya",
      sat: "sertifikat",
      awal: 9,
      tg: [10, 12, 14, 16, 18],
      ka: 70,
      rp: [186_750, 198_300, 210_900, 224_600, 238_400],
    },
    {
      id: "s23",
      kode: "5.05.02.2.02.0003",
      nm: "Penyelenggaraan Kompetisi Inovasi Daerah",
      ind: "Persentase perangkat daerah yang mengikuti kompetisi inovasi",
      sat: "%",
      awal: 35,
      tg: [40, 50, 60, 70, 80],
      ka: 80,
      rp: [145_200, 152_800, 161_350, 170_400, 179_900],
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 11,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: `(${6 + 2 * i})`,
        width: 9,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: `(${7 + 2 * i})`,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "(16)",
      width: 10,
    },
    {
      key: "kar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: "(17)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 18,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 14 },
  ];
  const row = (x: Ln): Row => ({
    id: x.id,
    bold: x.bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        kak: x.ka,
        unit: x.id === "prog" ? "BRIDA" : "Bidang Riset dan Inovasi",
        lok: "Kota Salo Mariri",
      };
      YRS.forEach((_, i) => {
        out[`t${i}`] = x.tg[i];
        const ids = x.of;
        out[`r${i}`] = ids
          ? fx(
              ids.length === 2 && x.id === "prog"
                ? `${c.a(`r${i}`, ids[0])}+${c.a(`r${i}`, ids[1])}`
                : `SUM(${c.a(`r${i}`, ids[0])}:${c.a(`r${i}`, ids[ids.length - 1])})`,
            )
          : x.rp![i];
      });
      out.kar = fx(`SUM(${c.a("r0")},${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")})`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: L.map(row) });
  s.gap();
  s.lines([
    "Keterangan: target indikator jumlah (dokumen, rekomendasi, inovasi, sertifikat) dihitung per tahun; kondisi akhir = jumlah lima tahun.",
    "Target indikator persentase dan indeks: kondisi akhir = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Salo Mariri, 3 Maret 2025",
    jabatan: ["Kepala BRIDA Kota Salo Mariri,"],
    nama: "Dr. ANDI MUH. ASRUL TAHIR, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780916 200312 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ys = (id: string, p: string) => YRS.map((_, i) => a(`${p}${i}`, id));
  b.plant({
    at: { sheet: S, cell: a("kak", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the Indeks Inovasi Daerah (a score, a level) is 64, the Tahun ke-4 target; the Tahun ke-5 (2029) target is 68",
    truth: a("t4", "prog"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Fasilitasi Pendaftaran HAKI is coded 5.05.02.2.01.0003 under kegiatan 5.05.02.2.02 (it is still summed into 5.05.02.2.02's Rp)",
    truth: a("kode", "keg2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  // traps: kondisi akhir K is the last target for the rates and the sum for the yearly counts
  for (const id of ["keg2", "s23"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      trap: ys(id, "t").join("+"),
    });
  for (const id of ["keg1", "s11", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys(id, "t").join("+"),
      trap: a("t4", id),
    });
  for (const x of L)
    b.ok({
      sheet: S,
      cell: a("kar", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: ys(x.id, "r").join("+"),
    });
  for (const i of [0, 2, 4]) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s11")}+${a(`r${i}`, "s12")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg2"),
      rules: ["sum-mismatch"],
      truth: ["s21", "s22", "s23"].map((id) => a(`r${i}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "prog"),
      rules: ["sum-mismatch"],
      truth: ["s11", "s12", "s21", "s22", "s23"].map((id) => a(`r${i}`, id)).join("+"),
      trap: `SUM(${a(`r${i}`, "keg1")}:${a(`r${i}`, "s23")})`,
    });
  }
  for (const [id, p] of [
    ["s11", "keg1"],
    ["s12", "keg1"],
    ["s21", "keg2"],
    ["s23", "keg2"],
    ["keg1", "prog"],
    ["keg2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", p),
      actual: `PARENT(${a("kode", id)})`,
    });
  if (sum(L[0].tg) === L[0].ka) throw new Error("tc27");
  return b.finish();
}

// ===================================================== matriks IKU BRIDA Provinsi Jawa Timur 2025-2029

type Iku = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  awal: number | string;
  tg: Array<number | string>;
  ka: number | string;
  src: string;
  f?: string;
};

export function ikuBridaJatim(): BookW {
  const b = new BookW(
    "matriks-iku-brida-provinsi-jatim-2025-2029.xlsx",
    "IKU matrix (BRIDA)",
    "IKU matrix 2025-2029 of the BRIDA Provinsi Jawa Timur: No | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; number row (1)..(13); a SAKIP grade with its score",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TIMUR", "BADAN RISET DAN INOVASI DAERAH"]);
  s.lines([
    "Lampiran Keputusan Kepala BRIDA Nomor 100.3.4/017/KPTS/116.2/2025",
    "MATRIKS INDIKATOR KINERJA UTAMA BRIDA PROVINSI JAWA TIMUR TAHUN 2025-2029",
  ]);
  s.gap();
  const I: Iku[] = [
    {
      id: "u1",
      ind: "Indeks Inovasi Daerah Provinsi Jawa Timur",
      def: "Skor hasil pengukuran Indeks Inovasi Daerah oleh Kemendagri (skala 0-100)",
      sat: "skor",
      awal: 63.47,
      tg: [65, 67.5, 6.75, 72.5, 75],
      ka: 75,
      src: "BSKDN Kemendagri",
      f: DEC,
    },
    {
      id: "u2",
      ind: "Persentase rekomendasi hasil kelitbangan yang dimanfaatkan dalam kebijakan daerah",
      def: "Jumlah rekomendasi yang dimanfaatkan / jumlah rekomendasi yang disampaikan x 100%",
      sat: "%",
      awal: 66.5,
      tg: [70, 72, 74, 71, 78],
      ka: 78,
      src: "Bidang Riset dan Inovasi",
      f: DEC,
    },
    {
      id: "u3",
      ind: "Jumlah kekayaan intelektual hasil riset dan inovasi yang terdaftar",
      def: "Jumlah permohonan HAKI yang memperoleh nomor pencatatan DJKI pada tahun berjalan",
      sat: "sertifikat",
      awal: 131,
      tg: [190, 200, 210, 220, 230],
      ka: 1050,
      src: "DJKI / Klinik KI BRIDA",
    },
    {
      id: "u4",
      ind: "Rata-rata waktu penerbitan surat keterangan penelitian",
      def: "Jumlah hari kerja penerbitan seluruh surat / jumlah surat yang diterbitkan (semakin kecil semakin baik)",
      sat: "hari kerja",
      awal: 4,
      tg: [4, 3.5, 3, 3, 2.5],
      ka: 2.5,
      src: "Sekretariat - layanan perizinan penelitian",
      f: "0.0",
    },
    {
      id: "u5",
      ind: "Nilai evaluasi SAKIP Badan Riset dan Inovasi Daerah",
      def: "Nilai dan predikat hasil evaluasi AKIP oleh Inspektorat Provinsi",
      sat: "predikat (nilai)",
      awal: "A (78,12)",
      tg: ["BB", "A", "A", "A", "A"],
      ka: "A",
      src: "LHE AKIP Inspektorat",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 38 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", num: "(3)", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 12 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(5)", width: 12 },
    ...YRS.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      num: `(${6 + i})`,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, num: "(11)", width: 11 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", num: "(12)", width: 22 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 20 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: I.map((x, k): Row => ({
      id: x.id,
      cells: () => {
        const out: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          def: x.def,
          sat: x.sat,
          awal: typeof x.awal === "number" && x.f ? { v: x.awal, fmt: x.f } : x.awal,
          ka: typeof x.ka === "number" && x.f ? { v: x.ka, fmt: x.f } : x.ka,
          src: x.src,
          pj: k === 4 ? "Sekretaris BRIDA" : "Kepala Bidang Riset dan Inovasi",
        };
        x.tg.forEach((v, i) => (out[`t${i}`] = typeof v === "number" && x.f ? { v, fmt: x.f } : v));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: IKU nomor 3 dihitung per tahun (kondisi akhir = jumlah 2025-2029); IKU nomor 4 semakin kecil semakin baik.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Surabaya, 10 Februari 2025",
    jabatan: ["KEPALA BADAN RISET DAN INOVASI DAERAH", "PROVINSI JAWA TIMUR"],
    nama: "Dr. Ir. BAMBANG SETYO HARTANTO, M.Si.",
    nip: "19690812 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "u1") },
    rules: ["target-outlier"],
    note: "The 2027 target of the Indeks Inovasi Daerah is 6.75 in the series 65, 67.50, 6.75, 72.50, 75 (decimal slip; 70 meant, the mean of its neighbours)",
    truth: `(${a("t1", "u1")}+${a("t3", "u1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "u2") },
    rules: ["target-trend"],
    note: "The 2028 target of the rekomendasi dimanfaatkan (higher is better) falls to 71 between 74 (2027) and 78 (2029); 76 keeps the path rising",
    truth: `(${a("t2", "u2")}+${a("t4", "u2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("awal", "u5") },
    rules: ["sakip-grade-mismatch"],
    note: "Kondisi awal SAKIP 'A (78,12)': a score of 78.12 is BB (> 70 - 80), not A",
    truth: `SAKIP(SCORE(${a("awal", "u5")}))`,
    actual: `GRADE(${a("awal", "u5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "u1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "u1"),
    trap: YRS.map((_, i) => a(`t${i}`, "u1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "u3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YRS.map((_, i) => a(`t${i}`, "u3")).join("+"),
    trap: a("t4", "u3"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "u4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "u4"),
    trap: YRS.map((_, i) => a(`t${i}`, "u4")).join("+"),
  });
  b.ok({ sheet: S, cell: a("t4", "u4"), rules: ["target-trend"], truth: "2.5" });
  b.ok({ sheet: S, cell: a("t2", "u4"), rules: ["target-trend", "target-outlier"], truth: "3" });
  b.ok({ sheet: S, cell: a("t4", "u3"), rules: ["target-trend", "target-outlier"], truth: "230" });
  return b.finish();
}
