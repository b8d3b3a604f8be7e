// Performance tables of two RSUD run as BLUD: the LKjIP 2024 pengukuran kinerja of an East Java
// kota's RSUD (a Polaritas column, refleksi for the lower-is-better NDR, GDR and waktu tunggu rows,
// pendapatan BLUD in full rupiah, predikat on the Permendagri five levels) and the Perjanjian
// Kinerja 2025 of the Direktur of a Kalimantan Tengah provincial RSUD with the Renstra 2025-2029
// target matrix it quotes on the first sheet. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ======================================================== RSUD Kota Kaliwaru (Jawa Timur), LKjIP 2024

type L = { id: string; ind: string; sat: string; neg: boolean; r23: number; t: number; r: number; f: string };

export function lkjipRsud(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-rsud-kaliwaru.xlsx",
    "LKjIP pengukuran kinerja (RSUD BLUD)",
    "LKjIP 2024 Tabel 3.1 of an East Java kota's RSUD: No | Indikator Kinerja Utama | Satuan | Polaritas (Maksimal / Minimal) | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; section rows per sasaran; capaian ROUND formulas, refleksi on the Minimal rows; pendapatan BLUD in full rupiah; Rata-rata and predikat footer; predikat scale note",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA KALIWARU", "RSUD dr. R. SOETJIPTO"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama RSUD dr. R. Soetjipto Tahun 2024"]);
  s.gap();
  const sas1: L[] = [
    { id: "i1", ind: "Bed Occupancy Ratio (BOR)", sat: "%", neg: false, r23: 74.2, t: 76, r: 77.4, f: DEC },
    { id: "i2", ind: "Net Death Rate (NDR)", sat: "‰", neg: true, r23: 23.1, t: 22, r: 19.6, f: DEC },
    { id: "i3", ind: "Gross Death Rate (GDR)", sat: "‰", neg: true, r23: 44.8, t: 40, r: 42.3, f: DEC },
    {
      id: "i4",
      ind: "Rata-rata waktu tunggu pelayanan rawat jalan",
      sat: "menit",
      neg: true,
      r23: 82,
      t: 75,
      r: 68,
      f: "0",
    },
  ];
  const sas2: L[] = [
    { id: "i5", ind: "Indeks kepuasan pasien", sat: "indeks", neg: false, r23: 82.1, t: 83, r: 83.6, f: DEC },
    {
      id: "i6",
      ind: "Pendapatan BLUD",
      sat: "Rp",
      neg: false,
      r23: 116_274_900_000,
      t: 142_500_000_000,
      r: 121_418_600_000,
      f: RP,
    },
    {
      id: "i7",
      ind: "Persentase kelengkapan rekam medis 24 jam setelah pelayanan",
      sat: "%",
      neg: false,
      r23: 84.6,
      t: 100,
      r: 88.45,
      f: DEC,
    },
  ];
  const all = [...sas1, ...sas2];
  const cap = (x: L) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (cap(all[5]) !== 85.21 || predikat(85.21) !== "Tinggi") throw new Error("i6");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 18 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 18 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 18 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
  ];
  let k = 0;
  const indRow = (x: L): Row => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: ++k,
        ind: x.ind,
        sat: x.sat,
        pol: x.neg ? "Minimal" : "Maksimal",
        r23: fmt(x.r23, x.f),
        t: fmt(x.t, x.f),
        r: fmt(x.r, x.f),
        // planted (i3): the GDR row kept the R / T formula of the Maksimal rows
        c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
        // planted (i6): "Sangat Tinggi" for 85.21
        p: x.id === "i6" ? "Sangat Tinggi" : predikat(cap(x)),
      };
      // planted (i7): a typed capaian among the formulas, 98.45 for 88.45
      if (x.id === "i7") out.c = 98.45;
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      {
        id: "sa1",
        bold: true,
        span: ["no", "p"],
        cells: { no: "Sasaran 1: Meningkatnya mutu pelayanan kesehatan rujukan" },
      },
      ...sas1.map(indRow),
      {
        id: "sa2",
        bold: true,
        span: ["no", "p"],
        cells: { no: "Sasaran 2: Meningkatnya kemandirian dan akuntabilitas keuangan BLUD" },
      },
      ...sas2.map(indRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")},${c.a("c", "i5")}:${c.a("c", "i7")}),2)`),
          p: predikat(
            round((cap(all[0]) + cap(all[1]) + 105.75 + cap(all[3]) + cap(all[4]) + cap(all[5]) + 98.45) / 7),
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator dengan polaritas Minimal (semakin kecil semakin baik) dihitung capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Kaliwaru, 14 Februari 2025",
    jabatan: ["Direktur RSUD dr. R. Soetjipto,"],
    nama: "dr. HENDRA WISNUBROTO, Sp.PD., M.M.R.S.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730611 200212 1 004",
  });
  const a = (key: string, id: string) => t.a(key, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the GDR (polaritas Minimal) is =ROUND(R/T*100,2) = 105.75; the refleksi of the note, (2 x 40 - 42.3) / 40, gives 94.25",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for the pendapatan BLUD capaian of 85.21; the band > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "i6")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i7") },
    rules: ["hardcoded-value", "capaian-mismatch"],
    note: "Capaian of the kelengkapan rekam medis is a typed 98.45 in a column of formulas; 88.45 / 100 gives 88.45",
    truth: rt(a("r", "i7"), a("t", "i7")),
  });
  for (const x of all) {
    if (x.id === "i3" || x.id === "i7") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================== RSUD Jaya Tingang Provinsi Kalimantan Tengah, Renstra 2025-2029 and PK 2025

type K = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkRsud(): BookW {
  const b = new BookW(
    "pk-direktur-2025-renstra-rsud-jaya-tingang.xlsx",
    "PK 2025 beside the Renstra 2025-2029 (RSUD BLUD)",
    "sheet 'Renstra 2025-2029' first: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja pada Tahun' > 2025 .. 2029 | Kondisi Akhir Periode Renstra, with a number row; sheet 'PK 2025': statement, Tabel Sasaran No | Sasaran Strategis | Indikator Kinerja | Target | Satuan, Tabel Program No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const r = b.sheet(R);
  letterhead(r, ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "RUMAH SAKIT UMUM DAERAH JAYA TINGANG"]);
  r.lines([
    "Tabel 6.2 Indikator Kinerja RSUD yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra RSUD Jaya Tingang Tahun 2025-2029",
  ]);
  r.gap();
  const S1 = "Meningkatnya mutu pelayanan kesehatan rujukan provinsi";
  const S2 = "Meningkatnya kinerja keuangan BLUD";
  const rows: K[] = [
    { id: "r1", ind: "Bed Occupancy Ratio (BOR)", sat: "%", awal: 70.8, tg: [72, 74, 76, 78, 80], f: DEC },
    {
      id: "r2",
      ind: "Rata-rata waktu tunggu rawat jalan",
      sat: "menit",
      awal: 98,
      tg: [90, 80, 70, 65, 60],
      neg: true,
      f: "0",
    },
    {
      id: "r3",
      ind: "Net Death Rate (NDR)",
      sat: "‰",
      awal: 25.6,
      tg: [24.5, 23.5, 22.5, 21.5, 20.5],
      neg: true,
      f: DEC,
    },
    { id: "r4", ind: "Indeks kepuasan pasien", sat: "indeks", awal: 78.9, tg: [80, 81, 82, 83, 84], f: DEC },
    {
      id: "r5",
      ind: "Persentase pendapatan BLUD terhadap biaya operasional",
      sat: "%",
      awal: 76.2,
      tg: [78, 80, 82, 84, 86],
      f: DEC,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const sasOf = (x: K) => (x.id === "r5" ? S2 : S1);
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "2", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
      { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "5", width: 10 },
      ...years.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja pada Tahun", String(y)],
        role: "target",
        year: y,
        num: String(6 + i),
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", num: "11", width: 11 },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: sasOf(x),
        ind: x.ind,
        sat: x.sat,
        aw: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, j) => [`y${y}`, fmt(x.tg[j], x.f)])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });
  r.gap();
  r.lines(["*) waktu tunggu rawat jalan dan NDR: semakin kecil semakin baik"]);

  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "RUMAH SAKIT UMUM DAERAH JAYA TINGANG"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, yang bertanda tangan di bawah ini:",
    "Nama: dr. SELVIANA DEWI NAHAN, Sp.A., M.Kes.; Jabatan: Direktur RSUD Jaya Tingang (Pihak Pertama)",
    "Nama: H. AGUSTIAR RAMBANG, S.H., M.Si.; Jabatan: Sekretaris Daerah Provinsi Kalimantan Tengah (Pihak Kedua)",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  // planted: the indeks kepuasan target is 81.00, the Renstra 2026 target (2025: 80.00)
  const pkT = (x: K) => (x.id === "r4" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 10 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: sasOf(x), ind: x.ind, tg: fmt(pkT(x), x.f), sat: x.sat },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number, string]> = [
    [
      "g1",
      "1.02.01",
      "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      186_420_500_000,
      "Pendapatan BLUD",
    ],
    [
      "g2",
      "1.02.02",
      "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      26_456_090_000,
      "APBD, DAK Fisik",
    ],
    ["g3", "1.02.03", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1_245_600_000, "APBD"],
  ];
  // planted: the Jumlah is typed 213,122,190,000; the three programs add up to 214,122,190,000
  const total = progs.reduce((n, p) => n + p[3], 0);
  if (total !== 214_122_190_000) throw new Error(`pk total ${total}`);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "pr", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "sd", head: ["Sumber Dana"], width: 16 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, pr, rp, sd], i): Row => ({ id, cells: { no: i + 1, kode, pr, rp, sd } })),
      { id: "j", bold: true, span: ["no", "pr"], cells: { no: "Jumlah", rp: 213_122_190_000 } },
    ],
  });
  s.gap();
  s.lines(["Palangka Raya, 6 Januari 2025"], 2);
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Sekretaris Daerah Provinsi Kalimantan Tengah"],
    nama: "H. AGUSTIAR RAMBANG, S.H., M.Si.",
    nip: "19680815 199303 1 009",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("tg", "r4") },
        { sheet: R, cell: tr.a("y2025", "r4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the indeks kepuasan pasien is 81.00, the Renstra 2026 target; the Renstra 2025 target is 80.00",
    truth: `'${R}'!${tr.a("y2025", "r4")}`,
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 213,122,190,000; the three programs add up to 214,122,190,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r4")
      b.ok({
        sheet: P,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2029", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
