// Plan and evaluation tables with K | Rp pairs: the T-C.27 of the Renstra Dinkes 2025-2029 of a
// Sulawesi Tenggara kabupaten (ribuan rupiah, kondisi akhir K | Rp), and the E.81 evaluasi Renja 2024
// of a Jawa Tengah Dinkes for its BLUD puskesmas sub kegiatan (Triwulan I - IV). Invented throughout.
import { BookW, DEC, RP, fmt, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

type Ctx = { a(k: string, id?: string): string };

// ============================== Dinas Kesehatan Kabupaten Mekongga Timur, T-C.27 Renstra 2025-2029

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
};

export function tc27DinkesMekongga(): BookW {
  const b = new BookW(
    "tc27-renstra-dinkes-puskesmas-mekongga-timur.xlsx",
    "T-C.27 Renstra Dinkes 2025-2029 (program, kegiatan, sub kegiatan and pendanaan)",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja dan Kerangka Pendanaan' > Tahun I (2025) .. Tahun V (2029) > K | Rp | Kondisi Akhir > K | Rp; number row in pairs; (dalam ribuan rupiah)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MEKONGGA TIMUR", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Kesehatan 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase puskesmas dengan hasil PKP kategori kinerja baik",
      sat: "%",
      awal: 58.33,
      k: [62.5, 66.67, 70.83, 75, 79.17],
      level: true,
    },
    {
      id: "k1",
      kode: "1.02.02.2.01",
      nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas sesuai standar ASPAK",
      sat: "%",
      awal: 55,
      k: [60, 65, 70, 75, 80],
      level: true,
    },
    {
      id: "s1",
      kode: "1.02.02.2.01.0014",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan yang disediakan",
      sat: "unit",
      awal: 96,
      k: [120, 135, 150, 160, 175],
      rp: [2_450_000, 2_680_000, 2_900_000, 3_150_000, 3_400_000],
      level: false,
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0026",
      nm: "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
      ind: "Persentase puskesmas dengan ketersediaan obat esensial",
      sat: "%",
      awal: 82.5,
      k: [85, 87.5, 90, 92.5, 95],
      rp: [3_120_000, 3_275_000, 3_410_000, 3_560_000, 3_720_000],
      level: true,
    },
    {
      id: "k2",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas BLUD terakreditasi paripurna",
      sat: "%",
      awal: 12.5,
      k: [25, 37.5, 50, 62.5, 75],
      level: true,
    },
    // planted: coded under kegiatan 1.02.02.2.03 while it stands under 1.02.02.2.02
    {
      id: "s3",
      kode: "1.02.02.2.03.0033",
      nm: "Operasional Pelayanan Puskesmas",
      ind: "Jumlah puskesmas BLUD yang mendapat dukungan operasional",
      sat: "puskesmas",
      awal: 24,
      k: [24, 24, 24, 24, 24],
      rp: [9_850_000, 10_240_000, 10_650_000, 11_080_000, 11_520_000],
      level: true,
    },
    {
      id: "s4",
      kode: "1.02.02.2.02.0039",
      nm: "Penyelenggaraan Akreditasi Puskesmas",
      ind: "Jumlah puskesmas yang disurvei akreditasi",
      sat: "puskesmas",
      awal: 4,
      k: [6, 6, 6, 3, 3],
      rp: [540_000, 560_000, 585_000, 310_000, 325_000],
      level: false,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const ord = ["I", "II", "III", "IV", "V"];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 10,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ${ord[i]} (${y})`, "K"],
        role: "target",
        year: y,
        num: 6 + i,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ${ord[i]} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "akk",
      head: ["Kondisi Akhir Renstra (2029)", "K"],
      role: "kondisi-akhir",
      year: 2029,
      num: 11,
      width: 9,
    },
    {
      key: "akrp",
      head: ["Kondisi Akhir Renstra (2029)", "Rp"],
      role: "anggaran",
      year: 2029,
      num: 11,
      fmt: RP,
      width: 14,
    },
  ];
  const subsOf: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s1", "s2"], k2: ["s3", "s4"] };
  const rpSum = (c: Ctx) => years.map((y) => c.a(`rp${y}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: L.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => ({
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(
          years.flatMap((y, i) => [
            [`k${y}`, x.k[i]],
            [`rp${y}`, x.rp ? x.rp[i] : fx(subsOf[x.id].map((id) => c.a(`rp${y}`, id)).join("+"))],
          ]),
        ),
        akk: x.level ? fx(c.a("k2029")) : fx(years.map((y) => c.a(`k${y}`)).join("+")),
        // planted: the kondisi akhir Rp of kegiatan 1.02.02.2.02 stops at Tahun IV
        akrp: fx(
          x.id === "k2"
            ? years
                .slice(0, 4)
                .map((y) => c.a(`rp${y}`))
                .join("+")
            : rpSum(c),
        ),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: K = kinerja, Rp = pagu indikatif (ribuan rupiah); kondisi akhir Rp = jumlah Tahun I s.d. V.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tirawuta, 12 Mei 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "ANDI MUH. RUSLAN, S.K.M., M.Kes.",
    nip: "19780304 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rpAll = (id: string) => years.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Operasional Pelayanan Puskesmas is coded 1.02.02.2.03.0033 (kegiatan 1.02.02.2.03) under kegiatan 1.02.02.2.02; its code is 1.02.02.2.02.0033",
    truth: `${a("kode", "k2")}&".0033"`,
  });
  b.plant({
    at: { sheet: S, cell: a("akrp", "k2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 1.02.02.2.02 adds Tahun I - IV only (53,505,000); with Tahun V's 11,845,000 it is 65,350,000",
    truth: rpAll("k2"),
  });
  for (const id of ["s1", "s2", "s4"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id.startsWith("s1") || id === "s2" ? "k1" : "k2"),
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "p"),
    });
  for (const id of ["p", "k1", "s1", "s2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("akrp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpAll(id),
    });
  for (const x of L)
    b.ok({
      sheet: S,
      cell: a("akk", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.level ? a("k2029", x.id) : years.map((y) => a(`k${y}`, x.id)).join("+"),
      // a level (rate, puskesmas served) ends at its year V target; a flow adds its years
      trap: x.level ? years.map((y) => a(`k${y}`, x.id)).join("+") : a("k2029", x.id),
    });
  for (const y of [2025, 2029])
    for (const id of ["p", "k1", "k2"])
      b.ok({
        sheet: S,
        cell: a(`rp${y}`, id),
        rules: ["sum-mismatch"],
        truth: subsOf[id].map((s2) => a(`rp${y}`, s2)).join("+"),
      });
  return b.finish();
}

// ============================== Dinas Kesehatan Kabupaten Sidomukti, E.81 evaluasi Renja 2024

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  qk: number[];
  trp?: number;
  qrp?: number[];
  level: boolean;
};

export function e81DinkesSidomukti(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-dinkes-blud-sidomukti.xlsx",
    "E.81 evaluasi Renja Perangkat Daerah 2024 (Dinkes, puskesmas BLUD)",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (6) Target Renja 2024, (7)-(10) Realisasi Triwulan I-IV, (11) = 7+8+9+10, (12) = 11/6 x 100%; number row merged over the pairs; rata-rata and predikat below",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SIDOMUKTI", "DINAS KESEHATAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "Periode pelaksanaan: Tahun 2024 (Triwulan I s.d. IV)",
  ]);
  s.gap();
  const L: E[] = [
    {
      id: "p",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase puskesmas dengan hasil PKP kategori kinerja baik",
      sat: "%",
      tk: 60,
      qk: [0, 0, 45, 55],
      level: true,
    },
    {
      id: "k",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas BLUD yang menyampaikan laporan keuangan tepat waktu",
      sat: "%",
      tk: 100,
      qk: [90.48, 95.24, 100, 100],
      level: true,
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0033",
      nm: "Operasional Pelayanan Puskesmas (BLUD)",
      ind: "Jumlah bulan layanan operasional puskesmas terpenuhi",
      sat: "bulan",
      tk: 12,
      qk: [3, 3, 3, 3],
      trp: 8_450_000_000,
      qrp: [1_820_000_000, 2_105_500_000, 2_046_300_000, 2_318_700_000],
      level: false,
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0035",
      nm: "Penyediaan Obat dan Bahan Medis Habis Pakai di Puskesmas",
      ind: "Jumlah paket obat dan BMHP yang tersedia",
      sat: "paket",
      tk: 40,
      qk: [8, 12, 10, 9],
      trp: 3_275_000_000,
      qrp: [512_000_000, 915_400_000, 804_250_000, 861_900_000],
      level: false,
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0039",
      nm: "Pembinaan dan Pendampingan Akreditasi Puskesmas",
      ind: "Jumlah puskesmas yang dibina menuju akreditasi paripurna",
      sat: "puskesmas",
      tk: 8,
      qk: [0, 2, 3, 3],
      trp: 612_000_000,
      qrp: [48_500_000, 156_200_000, 187_400_000, 203_650_000],
      level: false,
    },
  ];
  const pairs: Array<[string, string, number]> = [
    ["6", "Target Renja Tahun 2024", 6],
    ["7", "Realisasi Triwulan I", 7],
    ["8", "Realisasi Triwulan II", 8],
    ["9", "Realisasi Triwulan III", 9],
    ["10", "Realisasi Triwulan IV", 10],
    ["11", "Realisasi Capaian Kinerja dan Anggaran Renja 2024", 11],
    ["12", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)", 12],
  ];
  const role = (n: number, rp: boolean): Col["role"] =>
    n === 6 ? (rp ? "anggaran" : "target") : n === 12 ? "capaian" : rp ? "realisasi-anggaran" : "realisasi";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pairs.flatMap(([k, h, n]): Col[] => [
      {
        key: `k${k}`,
        head: [h, "K"],
        role: role(n, false),
        year: 2024,
        num: n === 11 ? "11 = 7+8+9+10" : n === 12 ? "12 = 11/6 x 100%" : String(n),
        fmt: n === 12 ? DEC : undefined,
        width: 9,
      },
      {
        key: `rp${k}`,
        head: [h, "Rp"],
        role: role(n, true),
        year: 2024,
        num: n === 11 ? "11 = 7+8+9+10" : n === 12 ? "12 = 11/6 x 100%" : String(n),
        fmt: n === 12 ? DEC : RP,
        width: 16,
      },
    ]),
  ];
  const Q = ["7", "8", "9", "10"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...L.map((x, i): Row => ({
        id: x.id,
        bold: !x.trp,
        cells: (c) => {
          const kids = x.id === "p" ? ["k"] : x.id === "k" ? ["s1", "s2", "s3"] : [];
          const rp = (k: string, n: number) =>
            x.trp ? (k === "6" ? x.trp : x.qrp![n]) : fx(kids.map((id) => c.a(`rp${k}`, id)).join("+"));
          return {
            no: i + 1,
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            k6: x.tk,
            rp6: rp("6", 0),
            ...Object.fromEntries(
              Q.flatMap((k, n) => [
                [`k${k}`, x.qk[n]],
                [`rp${k}`, rp(k, n)],
              ]),
            ),
            k11: fx(x.level ? c.a("k10") : Q.map((k) => c.a(`k${k}`)).join("+")),
            // planted: SUM over the Rp columns of the pairs also adds the K of Triwulan II - IV
            rp11: fx(
              x.id === "s2" ? `SUM(${c.a("rp7")}:${c.a("rp10")})` : Q.map((k) => c.a(`rp${k}`)).join("+"),
            ),
            k12: fx(`ROUND(${c.a("k11")}/${c.a("k6")}*100,2)`),
            // planted: a typed capaian among ROUND formulas
            rp12: x.id === "s3" ? fmt(79.34, DEC) : fx(`ROUND(${c.a("rp11")}/${c.a("rp6")}*100,2)`),
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          k12: fx(`ROUND(AVERAGE(${c.a("k12", "p")}:${c.a("k12", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k12: predikat(97.83) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan BLUD oleh Bagian Keuangan dan BPKAD; faktor penghambat: keterlambatan e-katalog obat triwulan I.",
    "Tindak lanjut: percepatan pengadaan obat melalui katalog elektronik lokal pada triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Sidomukti, 15 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. HERU PRASETYO WIBOWO, M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770628 200501 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (id: string, u: string) => Q.map((k) => a(`${u}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp11", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp (11) of sub kegiatan 1.02.02.2.02.0035 is SUM(Rp7:Rp10), which also adds the K of Triwulan II - IV (12 + 10 + 9 paket): 3,093,550,031; the four Rp give 3,093,550,000, as the other rows write them",
    truth: q("s2", "rp"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian Rp (12) of sub kegiatan 1.02.02.2.02.0039 is a typed 79.34 among ROUND formulas; 595,750,000 / 612,000,000 gives 97.34",
    truth: `ROUND(${a("rp11", "s3")}/${a("rp6", "s3")}*100,2)`,
  });
  for (const x of L) {
    b.ok({
      sheet: S,
      cell: a("k11", x.id),
      rules: ["sum-mismatch"],
      truth: x.level ? a("k10", x.id) : q(x.id, "k"),
      // a level (a rate) takes its Triwulan IV value, not the four quarters added
      trap: x.level ? q(x.id, "k") : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("k11", x.id)}/${a("k6", x.id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp11", id),
      rules: ["sum-mismatch", "inconsistent-formula"],
      truth: q(id, "rp"),
    });
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("rp11", "s1")}/${a("rp6", "s1")}*100,2)`,
  });
  for (const k of ["6", "7", "10"])
    b.ok({
      sheet: S,
      cell: a(`rp${k}`, "k"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`rp${k}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("k12", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${["p", "k", "s1", "s2", "s3"].map((id) => a("k12", id)).join("+")})/5,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k12", "avg")})`,
  });
  return b.finish();
}
