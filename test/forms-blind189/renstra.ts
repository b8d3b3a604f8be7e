// Renstra tables of two Jawa Barat offices for industry: the T-C.27 of the Dinas Perindustrian dan
// Perdagangan of Kabupaten Cilamaya Raya (Renstra 2025-2029, ordinal Tahun ke-1..5 over Target | Rp,
// "(dalam ribuan rupiah)", kawasan industri and sentra IKM), and the IKU matrix of the Dinas
// Perindustrian of Kota Sukamanah (definisi, formulasi, targets, kondisi akhir, SAKIP grade with its
// score). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  lokasi: string;
};

export function tc27KawasanCilamaya(): BookW {
  const b = new BookW(
    "renstra-tc27-kawasan-industri-disperindag-cilamaya-raya.xlsx",
    "T-C.27 Renstra 2025-2029 (Disperindag, kawasan industri dan IKM)",
    "T-C.27 of the Disperindag Kabupaten Cilamaya Raya, Renstra 2025-2029, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data capaian awal 2024 | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | Kondisi kinerja akhir periode Renstra > Target | Rp | Unit kerja | Lokasi; number row (1)..(19) with '(17) = (8)+(10)+(12)+(14)+(16)'; SUM formulas for the kegiatan, explicit additions across the K | Rp pairs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN CILAMAYA RAYA", "DINAS PERINDUSTRIAN DAN PERDAGANGAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perindustrian dan Perdagangan",
    "Kabupaten Cilamaya Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "prog",
      kode: "3.31.02",
      nm: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
      ind: "Kontribusi sektor industri pengolahan terhadap PDRB",
      sat: "%",
      flow: false,
      awal: 38.2,
      // planted: Tahun ke-3 typed 3.95 (decimal slip) for 39.5
      k: [38.6, 39, 3.95, 40, 40.5],
      lokasi: "Kabupaten Cilamaya Raya",
    },
    {
      id: "k1",
      kode: "3.31.02.2.01",
      nm: "Penyusunan, Penerapan dan Evaluasi Rencana Pembangunan Industri Kabupaten",
      ind: "Jumlah IKM yang naik kelas",
      sat: "IKM",
      flow: true,
      awal: 36,
      k: [40, 45, 50, 55, 60],
      lokasi: "Kabupaten Cilamaya Raya",
    },
    {
      id: "s1",
      kode: "3.31.02.2.01.0001",
      nm: "Penyusunan Masterplan dan Kajian Kawasan Industri",
      ind: "Jumlah dokumen kajian kawasan industri yang disusun",
      sat: "dokumen",
      flow: true,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [185_000, 92_500, 96_400, 101_250, 236_800],
      lokasi: "Kec. Cikalong Wetan, Kec. Jatibaru",
    },
    {
      id: "s2",
      kode: "3.31.02.2.01.0002",
      nm: "Fasilitasi Sertifikasi Halal, SNI dan HKI bagi IKM",
      ind: "Jumlah IKM yang difasilitasi sertifikasi halal, SNI dan HKI",
      sat: "IKM",
      flow: true,
      awal: 132,
      k: [150, 175, 200, 225, 250],
      rp: [1_240_000, 1_385_500, 1_512_750, 1_660_000, 1_804_250],
      lokasi: "31 kecamatan",
    },
    {
      id: "k2",
      kode: "3.31.02.2.02",
      nm: "Pengembangan Sentra dan Kawasan Industri Kecil dan Menengah",
      ind: "Persentase sentra IKM yang aktif berproduksi",
      sat: "%",
      flow: false,
      awal: 68,
      k: [70, 73, 76, 79, 82],
      lokasi: "Kabupaten Cilamaya Raya",
    },
    {
      id: "s3",
      kode: "3.31.02.2.02.0001",
      nm: "Revitalisasi Sentra IKM Anyaman Bambu dan Kerajinan Kayu",
      ind: "Jumlah sentra IKM yang direvitalisasi",
      sat: "sentra",
      flow: true,
      awal: 2,
      k: [2, 2, 3, 3, 3],
      rp: [2_150_000, 2_275_400, 3_120_600, 3_285_000, 3_410_750],
      lokasi: "Sentra Rajapolah Hilir, Sentra Cibeber",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${4 + 2 * y})`,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)", width: 10 },
    { key: "akRp", head: [AK, "Rp"], num: "(17) = (7)+(9)+(11)+(13)+(15)", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 22 },
  ];
  const kids: Record<string, string[]> = { prog: ["k1", "k2"], k1: ["s1", "s2"], k2: ["s3"] };
  const kf = (x: Line) => (x.sat === "%" ? DEC : INT);
  const rowOf = (x: Line): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, kf(x)),
        pj: x.id === "s1" ? "Bidang Perindustrian" : "Bidang Industri Kecil dan Menengah",
        lok: x.lokasi,
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = fmt(x.k[i], kf(x));
        const ch = kids[x.id];
        if (!ch) out[`rp${y}`] = x.rp![i];
        else if (ch.length === 1) out[`rp${y}`] = fx(c.a(`rp${y}`, ch[0]));
        else if (x.id === "prog") out[`rp${y}`] = fx(ch.map((k) => c.a(`rp${y}`, k)).join("+"));
        else out[`rp${y}`] = fx(`SUM(${c.a(`rp${y}`, ch[0])}:${c.a(`rp${y}`, ch[ch.length - 1])})`);
      });
      // planted: the kondisi akhir K of the sentra rate is typed as the five targets added up (380)
      if (x.id === "k2") out.akK = fmt(380, DEC);
      else out.akK = x.flow ? fx(Y.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k5"));
      out.akRp = fx(Y.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: lines.map(rowOf) });
  s.gap();
  s.lines([
    "Catatan: target kondisi akhir indikator persentase adalah target tahun ke-5; indikator jumlah adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Cilamaya, 14 Maret 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN"],
    nama: "Dra. HJ. RINA SUKMAWATI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710506 199603 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k3", "prog") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2027) target of the kontribusi industri pengolahan terhadap PDRB is 3.95 among 38.60, 39.00, 40.00, 40.50: a decimal slip for 39.50",
    truth: `(${a("k2", "prog")}+${a("k4", "prog")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the persentase sentra IKM aktif (a level) is a typed 380.00, the five targets added up; the Tahun ke-5 target is 82.00",
    truth: a("k5", "k2"),
  });
  for (const x of lines) {
    if (x.id === "k2") continue;
    const ks = Y.map((y) => a(`k${y}`, x.id));
    b.ok({
      sheet: S,
      cell: a("akK", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ks.join("+") : ks[4],
      trap: x.id === "s1" ? undefined : x.flow ? ks[4] : ks.join("+"),
    });
  }
  for (const id of ["prog", "k1", "s2", "s3"]) {
    const rps = Y.map((y) => a(`rp${y}`, id));
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rps.join("+"),
      // a SUM over the range would add the K columns between the Rp
      trap: `SUM(${a("rp1", id)}:${a("rp5", id)})`,
    });
  }
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
  }
  for (const [id, up] of [
    ["s1", "k1"],
    ["s2", "k1"],
    ["s3", "k2"],
    ["k1", "prog"],
    ["k2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  b.ok({ sheet: S, cell: a("k5", "k2"), rules: ["target-trend", "target-outlier"], truth: "82" });
  return b.finish();
}

// ================================================= IKU matrix, Dinas Perindustrian Kota Sukamanah

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  neg?: boolean;
  awal: Cell;
  tg: Cell[];
  ak: Cell;
  src: string;
};

export function ikuDisperinSukamanah(): BookW {
  const b = new BookW(
    "iku-matriks-disperin-kota-sukamanah.xlsx",
    "IKU matrix 2025-2029 (Dinas Perindustrian)",
    "IKU of the Dinas Perindustrian Kota Sukamanah (Jawa Barat), 2025-2029: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data; a SAKIP value 'BB (72,15)' and a lower-is-better rate",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SUKAMANAH",
    "DINAS PERINDUSTRIAN",
    "Jl. Siliwangi No. 112 Sukamanah 46117",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PERINDUSTRIAN NOMOR 050/118/DISPERIN/2025",
    "INDIKATOR KINERJA UTAMA DINAS PERINDUSTRIAN KOTA SUKAMANAH TAHUN 2025-2029",
  ]);
  s.gap();
  const SA = "Meningkatnya daya saing industri kecil dan menengah";
  const SB = "Meningkatnya akuntabilitas kinerja perangkat daerah";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase IKM bersertifikat halal, SNI atau HKI",
      def: "IKM terdaftar di SIINas yang memiliki sekurang-kurangnya satu sertifikat halal, SNI atau HKI",
      rumus: "IKM bersertifikat / IKM terdaftar x 100%",
      sat: "%",
      awal: fmt(18.4, DEC),
      tg: [20, 22.5, 25, 27.5, 30].map((v) => fmt(v, DEC)),
      ak: null,
      src: "SIINas, LPPOM, DJKI",
    },
    {
      id: "i2",
      sas: SA,
      ind: "Pertumbuhan nilai produksi IKM",
      def: "Kenaikan nilai produksi IKM tahun berjalan terhadap tahun sebelumnya",
      rumus: "(NP tahun n - NP tahun n-1) / NP tahun n-1 x 100%",
      sat: "%",
      awal: fmt(5.12, DEC),
      tg: [5.5, 5.75, 6, 6.25, 6.5].map((v) => fmt(v, DEC)),
      ak: null,
      src: "Survei IKM Disperin",
    },
    {
      id: "i3",
      sas: SA,
      ind: "Persentase IKM binaan yang berhenti berproduksi",
      def: "IKM binaan yang tidak berproduksi lebih dari enam bulan dalam tahun berjalan",
      rumus: "IKM binaan berhenti berproduksi / IKM binaan x 100%",
      sat: "%",
      neg: true,
      awal: fmt(9.6, DEC),
      // planted: the lower-is-better rate rises from 2027 on
      tg: [8.8, 8.1, 8.6, 9.2, 9.8].map((v) => fmt(v, DEC)),
      ak: null,
      src: "Laporan pembinaan IKM",
    },
    {
      id: "i4",
      sas: SB,
      ind: "Nilai SAKIP Dinas Perindustrian",
      def: "Nilai hasil evaluasi AKIP oleh Inspektorat Kota",
      rumus: "Nilai LHE AKIP",
      sat: "nilai / predikat",
      // planted: BB for a score of 68,40 (B is > 60 - 70)
      awal: "BB (68,40)",
      tg: ["BB (70,50)", "BB (72,00)", "BB (74,00)", "BB (76,00)", "A (80,50)"],
      ak: "A (80,50)",
      src: "LHE AKIP Inspektorat",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 36 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, x.tg[k]])),
        ak: x.ak ?? fx(c.a("y2029")),
      }),
    })),
  });
  s.gap();
  s.lines(["Keterangan: indikator nomor 3 bersifat negatif (semakin kecil semakin baik)."]);
  s.gap();
  signature(s, 9, {
    tempat: "Sukamanah, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN KOTA SUKAMANAH,"],
    nama: "ASEP KURNIAWAN, S.T., M.T.",
    nip: "19760918 200212 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i3") },
    rules: ["target-trend"],
    note: "the persentase IKM binaan berhenti berproduksi is lower-is-better, yet its targets rise from 8.10 (2026) to 8.60, 9.20, 9.80; the 2027 target should stay at or below 8.10",
    truth: a("y2026", "i3"),
    tol: 0.04,
  });
  b.plant({
    at: { sheet: S, cell: a("awal", "i4") },
    rules: ["sakip-grade-mismatch"],
    note: "kondisi awal 'BB (68,40)': a score of 68.40 is grade B (> 60 - 70), not BB",
    truth: `SAKIP(SCORE(${a("awal", "i4")}))`,
    actual: `GRADE(${a("awal", "i4")})`,
  });
  for (const y of years)
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "i4"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(`y${y}`, "i4")}))`,
      actual: `GRADE(${a(`y${y}`, "i4")})`,
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("y2029", id),
      rules: ["target-trend", "target-outlier"],
      truth: a("y2029", id),
    });
  // falling while lower is better up to 2026
  b.ok({ sheet: S, cell: a("y2026", "i3"), rules: ["target-trend"], truth: "8.1" });
  return b.finish();
}
