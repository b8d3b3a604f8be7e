// The Dinas Pertanian of two kabupaten: an IKU matrix of the Dinas Pertanian Kabupaten Banggai Pesisir
// (Sulawesi Tengah; irrigation, indeks pertanaman, alsintan; definisi and formulasi, targets 2025-2029,
// kondisi akhir) and a recap of alsintan aid per kecamatan beside the state of the irrigation areas of
// the Dinas Pertanian Kabupaten Lingga Barat (Kepulauan Riau; two tables side by side). Every name and
// number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Iku = {
  id: string;
  sas: string;
  nm: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
  sumber: string;
};

export function ikuBanggai(): BookW {
  const b = new BookW(
    "matriks-iku-distan-irigasi-alsintan-banggai-pesisir.xlsx",
    "Matriks IKU Dinas Pertanian 2025-2029",
    "IKU matrix of the Dinas Pertanian Kabupaten Banggai Pesisir: No | Sasaran | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data; a flow (alsintan units) whose kondisi akhir is the sum",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI PESISIR", "DINAS PERTANIAN"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PERTANIAN NOMOR 800/117/DISTAN/2025",
    "INDIKATOR KINERJA UTAMA DINAS PERTANIAN TAHUN 2025-2029",
  ]);
  s.gap();
  const SA = "Meningkatnya produksi tanaman pangan";
  const SB = "Meningkatnya ketersediaan prasarana dan sarana pertanian";
  const I: Iku[] = [
    {
      id: "i1",
      sas: SA,
      nm: "Indeks Pertanaman (IP) padi sawah",
      def: "Frekuensi tanam padi pada lahan sawah yang sama dalam satu tahun",
      rumus: "Luas tanam padi setahun / luas baku sawah",
      sat: "indeks",
      awal: 1.6,
      k: [1.7, 1.8, 1.9, 2.0, 2.2],
      flow: false,
      sumber: "Bidang Tanaman Pangan",
    },
    {
      id: "i2",
      sas: SA,
      nm: "Produktivitas padi sawah",
      def: "Hasil gabah kering giling per hektar luas panen",
      rumus: "Produksi GKG / luas panen",
      sat: "ku/ha",
      awal: 44.6,
      k: [45.2, 45.9, 46.5, 47.2, 48],
      flow: false,
      sumber: "BPS dan Bidang Tanaman Pangan",
    },
    {
      id: "i3",
      sas: SB,
      nm: "Persentase luas sawah beririgasi teknis dalam kondisi baik",
      def: "Luas sawah yang terlayani jaringan irigasi teknis dan tersier berfungsi baik terhadap luas baku sawah beririgasi",
      rumus: "Luas sawah terlayani irigasi kondisi baik / luas baku sawah beririgasi x 100%",
      sat: "%",
      awal: 58.4,
      k: [61, 64, 82, 70, 73],
      flow: false,
      sumber: "Bidang Prasarana dan Sarana",
    },
    {
      id: "i4",
      sas: SB,
      nm: "Persentase luas lahan puso akibat kekeringan",
      def: "Luas tanaman padi puso karena kekeringan terhadap luas tanam",
      rumus: "Luas puso kekeringan / luas tanam x 100%",
      sat: "%",
      awal: 3.8,
      k: [3.4, 3.0, 2.6, 2.2, 1.8],
      flow: false,
      sumber: "Bidang Tanaman Pangan",
    },
    {
      id: "i5",
      sas: SB,
      nm: "Jumlah unit alsintan pra panen dan pasca panen yang disalurkan",
      def: "Alat dan mesin pertanian (traktor roda 2, pompa air, combine harvester) yang diserahkan kepada poktan",
      rumus: "Jumlah unit menurut BAST",
      sat: "unit",
      awal: 64,
      k: [45, 50, 50, 55, 60],
      flow: true,
      sumber: "Bidang Prasarana dan Sarana",
    },
  ];
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...yrs.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 8,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 20 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.nm,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(yrs.map((y, j) => [`y${y}`, x.k[j]])),
        // planted: i1's kondisi akhir 2.0 is the 2028 target (2029: 2.2)
        ak: x.flow ? x.k.reduce((n, v) => n + v, 0) : x.id === "i1" ? x.k[3] : x.k[4],
        src: x.sumber,
      },
    })),
  });
  s.gap();
  s.lines(["Ditetapkan di Luwuk Timur pada tanggal 6 Maret 2025"]);
  s.gap();
  signature(s, 9, {
    tempat: "KEPALA DINAS PERTANIAN,",
    jabatan: [],
    nama: "Ir. SYAMSUDDIN LAGARUDA, M.Si.",
    nip: "19700923 199703 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ys = (id: string) => yrs.map((y) => a(`y${y}`, id)).join(",");
  b.plant({
    at: { sheet: S, cell: a("ak", "i1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir 2029 of the Indeks Pertanaman (a level) is 2.0, the 2028 target; the 2029 target is 2.2",
    truth: a("y2029", "i1"),
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "i3") },
    rules: ["target-outlier", "target-trend"],
    note: "Target 2027 of the irigasi kondisi baik is 82 between 64 (2026) and 70 (2028); the step of 3 points a year gives 67",
    truth: `(${a("y2026", "i3")}+${a("y2028", "i3")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "i5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${ys("i5")})`,
    trap: a("y2029", "i5"),
  });
  for (const id of ["i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${ys(id)})`,
    });
  b.ok({ sheet: S, cell: a("y2029", "i4"), rules: ["target-trend"], truth: `${a("y2028", "i4")}-0.4` });
  return b.finish();
}

type Kec = { id: string; nm: string; tr: number; pompa: number; hs: number };
type Di = { id: string; nm: string; baku: number; fungsi: number };

export function rekapLingga(): BookW {
  const b = new BookW(
    "rekap-alsintan-dan-irigasi-per-kecamatan-lingga-barat-2024.xlsx",
    "Rekap alsintan per kecamatan and daerah irigasi (sector recap)",
    "Two tables side by side of the Dinas Pertanian Kabupaten Lingga Barat 2024: Tabel A No | Kecamatan | Traktor Roda 2 | Pompa Air | Hand Sprayer | Jumlah Unit | Nilai Bantuan (Rp) with a JUMLAH row; an empty column; Tabel B No | Daerah Irigasi | Luas Baku (Ha) | Luas Fungsional (Ha) | Fungsional (%) with a Total row (ratio of the totals)",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LINGGA BARAT", "DINAS PERTANIAN, PANGAN DAN PERIKANAN"]);
  s.lines(["REKAPITULASI BANTUAN ALSINTAN DAN KONDISI DAERAH IRIGASI TAHUN 2024"]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nm: "Daik Barat", tr: 6, pompa: 9, hs: 40 },
    { id: "k2", nm: "Sungai Pinang", tr: 4, pompa: 7, hs: 25 },
    { id: "k3", nm: "Selayar Laut", tr: 3, pompa: 5, hs: 30 },
    { id: "k4", nm: "Kelumu Raya", tr: 5, pompa: 8, hs: 35 },
    { id: "k5", nm: "Penuba Hulu", tr: 2, pompa: 4, hs: 20 },
  ];
  const HT = 28_500_000;
  const HP = 9_750_000;
  const HS = 1_150_000;
  const top = s.r;
  const ta = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 16 },
        {
          key: "tr",
          head: ["Jenis Alsintan (unit)", "Traktor Roda 2"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
          width: 9,
        },
        {
          key: "pompa",
          head: ["Jenis Alsintan (unit)", "Pompa Air"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
          width: 9,
        },
        {
          key: "hs",
          head: ["Jenis Alsintan (unit)", "Hand Sprayer"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
          width: 9,
        },
        { key: "jml", head: ["Jumlah Unit"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
        {
          key: "nilai",
          head: ["Nilai Bantuan (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
      ],
      headerRows: 2,
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (c: Ctx) => ({
            no: i + 1,
            kec: k.nm,
            tr: k.tr,
            pompa: k.pompa,
            hs: k.hs,
            // planted: Selayar Laut's Jumlah Unit typed 48 (3 + 5 + 30 = 38)
            jml: k.id === "k3" ? 48 : fx(`SUM(${c.a("tr")}:${c.a("hs")})`),
            nilai: k.tr * HT + k.pompa * HP + k.hs * HS,
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"],
          cells: (c: Ctx) => ({
            no: "JUMLAH",
            ...Object.fromEntries(
              ["pompa", "hs", "jml", "nilai"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`)]),
            ),
            // planted: a stale cached total of the traktor (18), before Kelumu Raya's 5 were entered (was 3)
            tr: fx(`SUM(${c.a("tr", "k1")}:${c.a("tr", "k5")})`, 18),
          }),
        },
      ],
    },
    1,
    top,
  );
  const D: Di[] = [
    { id: "d1", nm: "DI Sungai Resang", baku: 412, fungsi: 356 },
    { id: "d2", nm: "DI Panggak Laut", baku: 268, fungsi: 201 },
    { id: "d3", nm: "DI Kerandin", baku: 185, fungsi: 172 },
    { id: "d4", nm: "DI Merawang", baku: 96, fungsi: 61 },
  ];
  const tb = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "di", head: ["Daerah Irigasi"], role: "lokasi", width: 18 },
        { key: "baku", head: ["Luas Baku (Ha)"], role: "target", year: 2024, fmt: INT, width: 10 },
        { key: "fungsi", head: ["Luas Fungsional (Ha)"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
        { key: "pct", head: ["Fungsional (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 2,
      rows: [
        ...D.map((d, i): Row => ({
          id: d.id,
          cells: (c: Ctx) => ({
            no: i + 1,
            di: d.nm,
            baku: d.baku,
            fungsi: d.fungsi,
            pct: fx(`ROUND(${c.a("fungsi")}/${c.a("baku")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "di"],
          cells: (c: Ctx) => ({
            no: "Total",
            baku: fx(`SUM(${c.a("baku", "d1")}:${c.a("baku", "d4")})`),
            fungsi: fx(`SUM(${c.a("fungsi", "d1")}:${c.a("fungsi", "d4")})`),
            pct: fx(`ROUND(${c.a("fungsi")}/${c.a("baku")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.r = Math.max(ta.lastDataRow, tb.lastDataRow) + 2;
  s.lines([
    "Harga satuan: traktor roda 2 Rp 28.500.000; pompa air Rp 9.750.000; hand sprayer Rp 1.150.000.",
    "Persentase fungsional baris Total dihitung dari jumlah luas, bukan rata-rata persentase daerah irigasi.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Daik, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN, PANGAN DAN PERIKANAN,"],
    nama: "ZULKARNAIN TAMBUSAI, S.P.",
    nip: "19780307 200501 1 009",
  });
  const a = (k: string, id: string) => ta.a(k, id);
  const bb = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Unit of Selayar Laut is a typed 48 among SUM formulas; 3 + 5 + 30 give 38",
    truth: `${a("tr", "k3")}+${a("pompa", "k3")}+${a("hs", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("tr", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Traktor Roda 2 is =SUM over the kecamatan with a stale cached 18 (before Kelumu Raya's 3 were revised to 5); the rows give 20",
    truth: `SUM(${a("tr", "k1")}:${a("tr", "k5")})`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("tr", id)}+${a("pompa", id)}+${a("hs", id)}`,
    });
  for (const k of ["pompa", "hs", "nilai"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: bb("baku", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${bb("baku", "d1")}:${bb("baku", "d4")})`,
  });
  for (const id of ["d1", "d2", "d4"])
    b.ok({
      sheet: S,
      cell: bb("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${bb("fungsi", id)}/${bb("baku", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: bb("fungsi", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${bb("fungsi", "d1")}:${bb("fungsi", "d4")})`,
  });
  b.ok({
    sheet: S,
    cell: bb("pct", "d3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${bb("fungsi", "d3")}/${bb("baku", "d3")}*100,2)`,
  });
  // trap: the Total % is the ratio of the totals, not the average of the four DI
  b.ok({
    sheet: S,
    cell: bb("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${bb("fungsi", "tot")}/${bb("baku", "tot")}*100,2)`,
    trap: `AVERAGE(${bb("pct", "d1")}:${bb("pct", "d4")})`,
  });
  return b.finish();
}
