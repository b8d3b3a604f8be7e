// Performance tables of the set: a kecamatan's LKjIP 2024 in Kalimantan Barat (capaian 2023 typed as
// text "97%", refleksi for the lower-is-better indicators, Kategori typed), and an IKU table of a
// DLH in Jambi with Tahun Dasar, yearly targets ending in "Target Akhir 2029" and the PK 2025 on a
// second sheet. Every office, person and number is invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type LkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  c23: string;
  t: number;
  r: number;
  neg?: boolean;
  kat: string;
};

/** LKjIP 2024 (pengukuran kinerja) of Kecamatan Nanga Sepauk Hilir, Kabupaten Bukit Segaloh. */
export function lkjipKecamatan(): BookW {
  const b = new BookW(
    "lkjip-kecamatan-tekspersen-sepaukhilir.xlsx",
    "LKjIP pengukuran kinerja (Kecamatan)",
    "kecamatan LKjIP 2024 with text percentages for 2023, refleksi on the negative indicators",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT SEGALOH", "KECAMATAN NANGA SEPAUK HILIR"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Strategis Kecamatan Nanga Sepauk Hilir Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas pelayanan publik di kecamatan";
  const S2 = "Meningkatnya ketenteraman dan ketertiban umum";
  const S3 = "Meningkatnya kemandirian desa";
  const rows: LkIn[] = [
    {
      id: "a",
      sas: S1,
      ind: "Indeks Kepuasan Masyarakat (IKM) layanan kecamatan",
      sat: "nilai",
      c23: "97%",
      t: 82,
      r: 84.37,
      kat: "Sangat Tinggi",
    },
    {
      id: "b",
      sas: S1,
      ind: "Rata-rata waktu penyelesaian layanan PATEN *)",
      sat: "hari",
      c23: "108%",
      t: 3,
      r: 2.6,
      neg: true,
      kat: "Sangat Tinggi",
    },
    {
      id: "c",
      sas: S1,
      ind: "Persentase pengaduan masyarakat yang ditindaklanjuti",
      sat: "%",
      c23: "94%",
      t: 90,
      r: 86.5,
      kat: "Sangat Tinggi",
    },
    // planted: 71.40 / 85 = 84.00 is Tinggi (75 < x <= 90), typed Sangat Tinggi
    {
      id: "d",
      sas: S2,
      ind: "Persentase pelanggaran Perda dan Perkada yang ditangani",
      sat: "%",
      c23: "88%",
      t: 85,
      r: 71.4,
      kat: "Sangat Tinggi",
    },
    {
      id: "e",
      sas: S2,
      ind: "Jumlah kejadian gangguan ketenteraman dan ketertiban *)",
      sat: "kejadian",
      c23: "80%",
      t: 12,
      r: 15,
      neg: true,
      kat: "Sedang",
    },
    {
      id: "f",
      sas: S3,
      ind: "Persentase desa berstatus Desa Mandiri dan Desa Maju",
      sat: "%",
      c23: "102%",
      t: 40,
      r: 42.86,
      kat: "Sangat Tinggi",
    },
    {
      id: "g",
      sas: S3,
      ind: "Persentase desa yang menyampaikan laporan realisasi APBDes tepat waktu",
      sat: "%",
      c23: "100%",
      t: 100,
      r: 93.75,
      kat: "Sangat Tinggi",
    },
  ];
  const PLANT_CAP = "g";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran\nStrategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator\nKinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "c23", head: ["Capaian\nTahun 2023"], role: "capaian", year: 2023, num: "(5)", width: 11 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "%\nCapaian"], role: "capaian", year: 2024, num: "(8)", fmt: DEC },
    { key: "kat", head: ["Kategori\nCapaian"], role: "predikat", num: "(9)", width: 14 },
  ];
  let n = 0;
  let last = "";
  const body = rows.map((x) => ({
    id: x.id,
    cells: (c: { a: (k: string, id?: string) => string }) => {
      const out: Record<string, Cell> = { ind: x.ind, sat: x.sat, c23: x.c23, t: x.t, r: x.r, kat: x.kat };
      if (x.sas !== last) {
        n++;
        out.no = n;
      }
      last = x.sas;
      out.sas = x.sas;
      const R = c.a("r");
      const T = c.a("t");
      if (x.id === PLANT_CAP) out.cap = 97.35;
      else out.cap = fx(x.neg ? `ROUND((2-${R}/${T})*100,2)` : `ROUND(${R}/${T}*100,2)`);
      return out;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          cap: fx(`ROUND(AVERAGE(${c.a("cap", "a")}:${c.a("cap", "g")}),2)`),
          kat: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) indikator negatif (semakin kecil semakin baik): capaian = (2 - realisasi/target) x 100%",
    "Kategori: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Nanga Sepauk Hilir, 20 Januari 2025",
    jabatan: ["CAMAT NANGA SEPAUK HILIR,"],
    nama: "YOHANES KRISPINUS DAHAU, S.STP., M.A.P.",
    pangkat: "Pembina (IV/a)",
    nip: "19830614 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kat", "d") },
    rules: ["predikat-mismatch"],
    note: "pelanggaran Perda ditangani 71.40 of 85 gives a capaian of 84.00, Tinggi (above 75 up to 90); typed Sangat Tinggi",
    truth: `PREDIKAT(${a("cap", "d")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", PLANT_CAP) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of laporan APBDes tepat waktu typed 97.35 among ROUND formulas; 93.75 / 100 = 93.75 (two digits swapped)",
    truth: `ROUND(${a("r", PLANT_CAP)}/${a("t", PLANT_CAP)}*100,2)`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    if (x.id !== PLANT_CAP)
      b.ok({
        sheet: S,
        cell: a("cap", x.id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? `ROUND((2-${R}/${T})*100,2)` : `ROUND(${R}/${T}*100,2)`,
        trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
      });
    if (x.id !== "d")
      b.ok({
        sheet: S,
        cell: a("kat", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("cap", x.id)})`,
        trap: x.neg ? `PREDIKAT(ROUND(${R}/${T}*100,2))` : undefined,
      });
  }
  b.ok({ sheet: S, cell: a("cap", "f"), rules: ["percent-out-of-range"], truth: "107.15" });
  return b.finish();
}

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  dasar: number | string;
  t: Array<number | string>;
  pj: string;
};

/** IKU 2025-2029 of DLH Kabupaten Batang Tabir (Jambi) with the PK 2025 of the Kepala Dinas. */
export function ikuTargetAkhir(): BookW {
  const b = new BookW(
    "iku-tahundasar-targetakhir-dlh-batangtabir.xlsx",
    "IKU with Tahun Dasar and Target Akhir (DLH) + PK",
    "IKU 2025-2029 with Tahun Dasar, yearly targets, Target Akhir 2029, PK 2025 on a second sheet",
  );
  const S = "IKU 2025-2029";
  const P = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG TABIR", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU)", "DINAS LINGKUNGAN HIDUP KABUPATEN BATANG TABIR TAHUN 2025-2029"]);
  s.gap();
  const SA = "Meningkatnya kualitas lingkungan hidup";
  const SB = "Meningkatnya pengelolaan sampah dan pengendalian pencemaran";
  const KB = "Kepala Bidang Tata Lingkungan";
  const KP = "Kepala Bidang Pengelolaan Sampah dan PPKLH";
  const rows: IkIn[] = [
    {
      id: "iklh",
      sas: SA,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      dasar: 68.42,
      t: [68.9, 69.4, 69.9, 70.4, 71],
      pj: KB,
    },
    // planted: 2027 typed 45.00 for 54.00 (digits swapped)
    {
      id: "ika",
      sas: SA,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      dasar: 51.3,
      t: [52, 53, 45, 55, 56],
      pj: KB,
    },
    {
      id: "iku",
      sas: SA,
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      dasar: 86.1,
      t: [86.3, 86.5, 86.7, 86.9, 87.1],
      pj: KB,
    },
    {
      id: "sampah",
      sas: SB,
      ind: "Persentase sampah rumah tangga yang tertangani",
      sat: "%",
      dasar: 58.2,
      t: [60, 63, 66, 69, 72],
      pj: KP,
    },
    {
      id: "kasus",
      sas: SB,
      ind: "Jumlah kasus pencemaran dan kerusakan lingkungan",
      sat: "kasus",
      dasar: 14,
      t: [13, 12, 11, 10, 9],
      pj: KP,
    },
    {
      id: "adu",
      sas: SB,
      ind: "Persentase pengaduan lingkungan yang ditindaklanjuti",
      sat: "%",
      dasar: "100%",
      t: ["100%", "100%", "100%", "100%", "100%"],
      pj: KP,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Tujuan /\nSasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja\nUtama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "dasar", head: ["Tahun Dasar\n(2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...[2025, 2026, 2027, 2028].map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target Kinerja Tahun", `${y}`],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "t4", head: ["Target Akhir\n2029"], role: "target", year: 2029, fmt: DEC },
    { key: "pj", head: ["Penanggung\nJawab"], role: "penanggung-jawab", width: 26 },
  ];
  let n = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x) => ({
      id: x.id,
      cells: () => {
        n++;
        const out: Record<string, Cell> = {
          no: n,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          dasar: x.dasar,
          pj: x.pj,
        };
        x.t.forEach((v, i) => (out[`t${i}`] = v));
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 8, {
    tempat: "Muara Tabir, 3 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kabupaten Batang Tabir"],
    nama: "Ir. RAHMAT HIDAYAT NASUTION, M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19740821 200003 1 005",
  });

  const p = b.sheet(P);
  p.lines(
    ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN BATANG TABIR"],
    1,
    { bold: true },
  );
  p.gap();
  const pk = rows.filter((x) => x.id !== "adu");
  const pcols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "tgt", head: ["Target\nTahun 2025"], role: "target", year: 2025, num: 5, fmt: DEC },
  ];
  let m = 0;
  const tp = p.table({
    cols: pcols,
    headerRows: 1,
    numberRow: "plain",
    rows: pk.map((x) => ({
      id: x.id,
      cells: () => {
        m++;
        let tgt: Cell;
        if (x.id === "ika")
          tgt = 53; // planted: the 2026 target copied
        else if (x.id === "iklh" || x.id === "kasus") tgt = x.t[0] as number;
        else tgt = fx(`'${S}'!${t.a("t0", x.id)}`);
        return { no: m, sas: x.sas, ind: x.ind, sat: x.sat, tgt };
      },
    })),
  });
  p.gap();
  p.lines(["Muara Tabir, 3 Februari 2025"], 4);

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "ika") },
    rules: ["target-trend", "target-outlier"],
    note: "2027 target of the IKA typed 45.00 between 53.00 (2026) and 55.00 (2028); the series rises by 1.00 a year, 54.00 with the digits swapped",
    truth: `(${a("t1", "ika")}+${a("t3", "ika")})/2`,
  });
  b.plant({
    at: { sheet: P, cell: tp.a("tgt", "ika") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the IKA is 53.00, the 2026 target of the IKU table; 2025 is 52.00",
    truth: `'${S}'!${a("t0", "ika")}`,
  });
  for (const x of pk)
    if (x.id !== "ika")
      b.ok({
        sheet: P,
        cell: tp.a("tgt", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${S}'!${a("t0", x.id)}`,
      });
  // a falling count of pollution cases is the plan of a lower-is-better indicator
  [1, 2, 3, 4].forEach((i) =>
    b.ok({
      sheet: S,
      cell: a(`t${i}`, "kasus"),
      rules: ["target-trend"],
      truth: `${a(`t${i - 1}`, "kasus")}-1`,
      trap: `${a(`t${i - 1}`, "kasus")}`,
    }),
  );
  b.ok({
    sheet: S,
    cell: a("t4", "sampah"),
    rules: ["target-trend", "target-outlier"],
    truth: `${a("t3", "sampah")}+3`,
  });
  return b.finish();
}
