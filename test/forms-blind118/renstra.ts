// Two Renstra tables of the Dinas Kependudukan dan Pencatatan Sipil: the T-C.27 of Kabupaten Mentaya
// Hulu (Kalimantan Tengah), Renstra 2025-2029 "(dalam ribuan rupiah)", years in the header over
// "Target | Pagu", kondisi akhir Rp a SUM of the five years and K the last target for rates, the sum
// for yearly counts; and the IKU matrix of the Disdukcapil of Provinsi Banten 2025-2029 with ordinal
// "Tahun ke-1 .. ke-5" headers (the years only in the title) and a Formulasi column. Numbers invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** a yearly count: the kondisi akhir K is the sum */
  flow?: boolean;
  rp?: number[];
  /** program or kegiatan: the Rp is the sum of these rows */
  of?: string[];
  f: string;
};

const Y = [2025, 2026, 2027, 2028, 2029];

export function tc27DukcapilMentaya(): BookW {
  const b = new BookW(
    "tc27-renstra-disdukcapil-mentaya-hulu-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Disdukcapil)",
    "T-C.27 Renstra 2025-2029 of the Disdukcapil of Kabupaten Mentaya Hulu, in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal 2024 | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025..2029 > Target | Pagu | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Pagu | Unit Kerja | Lokasi; number row; program and kegiatan Pagu SUM formulas; a second indicator without a code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN MENTAYA HULU"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kependudukan dan Pencatatan Sipil",
    "Kabupaten Mentaya Hulu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p",
      kode: "2.12.04",
      nm: "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN",
      ind: "Persentase OPD dan lembaga yang memanfaatkan data kependudukan berbasis NIK",
      sat: "%",
      awal: 42.5,
      tg: [50, 57.5, 65, 72.5, 80],
      of: ["k1", "k2"],
      f: DEC,
    },
    {
      id: "k1",
      kode: "2.12.04.2.01",
      nm: "Pengumpulan Data Kependudukan dan Pemanfaatan serta Penyajian Database Kependudukan",
      ind: "Jumlah dokumen data kependudukan yang disajikan",
      sat: "dokumen",
      awal: 2,
      tg: [2, 2, 2, 2, 2],
      flow: true,
      of: ["s1", "s2"],
      f: "0",
    },
    {
      id: "s1",
      kode: "2.12.04.2.01.0001",
      nm: "Pengumpulan Data Kependudukan",
      ind: "Jumlah data kependudukan yang dimutakhirkan (konsolidasi semester)",
      sat: "laporan",
      awal: 2,
      tg: [2, 2, 2, 2, 2],
      flow: true,
      rp: [186_400, 192_000, 197_750, 203_700, 209_800],
      f: "0",
    },
    {
      id: "s2",
      kode: "2.12.04.2.01.0002",
      nm: "Pemanfaatan dan Penyajian Database Kependudukan",
      ind: "Jumlah perjanjian kerja sama pemanfaatan data NIK yang diterbitkan",
      sat: "PKS",
      awal: 9,
      tg: [4, 4, 5, 5, 6],
      flow: true,
      rp: [142_650, 148_300, 154_250, 160_400, 166_800],
      f: "0",
    },
    {
      id: "s2b",
      ind: "Persentase lembaga pengguna yang mengakses data melalui web service",
      sat: "%",
      awal: 35,
      tg: [45, 55, 65, 75, 85],
      f: DEC,
    },
    {
      id: "k2",
      kode: "2.12.04.2.02",
      nm: "Penyelenggaraan Administrasi Kependudukan melalui Layanan Daring",
      ind: "Persentase permohonan dokumen kependudukan yang dilayani secara daring",
      sat: "%",
      awal: 38.2,
      tg: [45, 52, 60, 68, 75],
      of: ["s3", "s4"],
      f: DEC,
    },
    {
      id: "s3",
      kode: "2.12.04.2.02.0001",
      nm: "Pengelolaan Aplikasi Layanan Adminduk Daring",
      ind: "Jumlah aplikasi layanan daring yang dikelola",
      sat: "aplikasi",
      awal: 1,
      tg: [1, 1, 1, 1, 1],
      rp: [214_300, 226_900, 233_700, 240_700, 247_900],
      f: "0",
    },
    {
      id: "s4",
      // planted: coded under kegiatan 2.12.04.2.01 while it stands under 2.12.04.2.02
      kode: "2.12.04.2.01.0002",
      nm: "Penyediaan Sarana Anjungan Dukcapil Mandiri (ADM)",
      ind: "Jumlah unit ADM yang beroperasi di kecamatan",
      sat: "unit",
      awal: 3,
      tg: [2, 2, 2, 1, 1],
      flow: true,
      rp: [465_000, 470_500, 482_250, 251_800, 258_400],
      f: "0",
    },
  ];
  const byId = new Map(L.map((x) => [x.id, x]));
  const rpOf = (id: string): number[] => {
    const x = byId.get(id)!;
    if (x.rp) return x.rp;
    if (!x.of) return [0, 0, 0, 0, 0];
    return Y.map((_, i) => sum(x.of!.map((o) => rpOf(o)[i])));
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
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
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `t${y}`, head: [G, String(y), "Target"], role: "target", year: y, num: 6 + 2 * i, width: 9 },
      {
        key: `r${y}`,
        head: [G, String(y), "Pagu"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "ka", head: [KA, "Target"], role: "kondisi-akhir", year: 2029, num: 16, width: 9 },
    {
      key: "kr",
      head: [KA, "Pagu"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 13,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: L.map((x): Row => ({
      id: x.id,
      bold: x.id === "p",
      cells: (c) => {
        const out: Record<string, Cell> = {
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
        };
        if (x.kode) {
          out.kode = x.kode;
          out.nm = x.nm!;
          out.pj = "Bidang PIAK";
          out.lok = "Kab. Mentaya Hulu";
        }
        Y.forEach((y, i) => {
          out[`t${y}`] = fmt(x.tg[i], x.f);
          if (x.rp) out[`r${y}`] = x.rp[i];
          else if (x.of) out[`r${y}`] = fx(x.of.map((o) => c.a(`r${y}`, o)).join("+"));
        });
        out.ka = x.flow
          ? fx(`SUM(${c.a("t2025")},${c.a("t2026")},${c.a("t2027")},${c.a("t2028")},${c.a("t2029")})`)
          : fmt(x.tg[4], x.f);
        if (x.id === "s3")
          out.kr = 1_181_500; // planted: typed, the years give 1,163,500
        else if (x.kode) out.kr = fx(Y.map((y) => c.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah per tahun = jumlah lima tahun.",
    "Pagu indikatif dalam ribuan rupiah (Rp 000).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Kuala Sanaman, 14 Maret 2025",
    jabatan: ["Kepala Dinas Kependudukan dan Pencatatan Sipil,"],
    nama: "YOHANES DAMBUNG SILAM, S.Sos., M.Si.",
    nip: "19730918 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kr", "s3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `Kondisi akhir Pagu of sub kegiatan 2.12.04.2.02.0001 is a typed 1,181,500 (Rp 000); the five years add up to ${sum(rpOf("s3")).toLocaleString("en")}`,
    truth: yr("s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Penyediaan Sarana ADM is coded 2.12.04.2.01.0002 (kegiatan 2.12.04.2.01, and the code of the database sub kegiatan) under kegiatan 2.12.04.2.02; its code is 2.12.04.2.02.0002",
    truth: `${a("kode", "k2")}&".0002"`,
  });
  for (const id of ["s1", "s2", "s4", "k1", "k2", "p"])
    b.ok({ sheet: S, cell: a("kr", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  // rates end at the 2029 target, not the sum of the five years
  for (const id of ["p", "k2", "s2b"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: `SUM(${a("t2025", id)},${a("t2026", id)},${a("t2027", id)},${a("t2028", id)},${a("t2029", id)})`,
    });
  // yearly counts end at the sum
  for (const id of ["s2", "s4"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `${a("t2025", id)}+${a("t2026", id)}+${a("t2027", id)}+${a("t2028", id)}+${a("t2029", id)}`,
      trap: a("t2029", id),
    });
  for (const y of Y) {
    // the program adds its two kegiatan, not every row under it
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
      trap: `SUM(${a(`r${y}`, "k1")}:${a(`r${y}`, "s4")})`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  }
  for (const [sub, keg] of [
    ["s1", "k1"],
    ["s2", "k1"],
    ["s3", "k2"],
    ["k1", "p"],
    ["k2", "p"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", sub),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", sub)})`,
      actual: a("kode", keg),
    });
  return b.finish();
}

// ================================================== IKU Disdukcapil Provinsi Banten 2025-2029

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  src: string;
};

export function ikuDukcapilBanten(): BookW {
  const b = new BookW(
    "iku-disdukcapil-prov-banten-tahun-ke-2025-2029.xlsx",
    "IKU matrix with targets (Disdukcapil)",
    "IKU of the Disdukcapil of Provinsi Banten, Renstra 2025-2029: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > 1..5 (years only in the title) | Kondisi Akhir | Sumber Data; lower-is-better rows (data ganda, waktu layanan) by the note",
  );
  const S = "IKU Disdukcapil";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI BANTEN",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "KAWASAN PUSAT PEMERINTAHAN PROVINSI BANTEN (KP3B), SERANG",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS",
    "INDIKATOR KINERJA UTAMA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI BANTEN",
    "PERIODE RENSTRA 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya kepemilikan dokumen kependudukan";
  const S2 = "Meningkatnya kualitas dan pemanfaatan data kependudukan";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penduduk wajib KTP-el yang memiliki KTP-el",
      rumus: "Penduduk wajib KTP-el yang memiliki KTP-el / jumlah penduduk wajib KTP-el x 100%",
      sat: "%",
      awal: 97.42,
      tg: [97.8, 98.1, 98.4, 98.7, 99],
      src: "SIAK Terpusat",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase anak usia 0-17 tahun yang memiliki Kartu Identitas Anak (KIA)",
      rumus: "Anak 0-17 tahun yang memiliki KIA / jumlah anak 0-17 tahun x 100%",
      sat: "%",
      awal: 41.35,
      tg: [46, 51, 5.6, 61, 66],
      src: "SIAK Terpusat",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase kematian yang dilaporkan dan diterbitkan akta kematian",
      rumus: "Akta kematian terbit / jumlah kematian tercatat x 100%",
      sat: "%",
      awal: 58.6,
      tg: [62, 66, 70, 74, 78],
      src: "Laporan kab/kota",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase NIK ganda terhadap jumlah penduduk",
      rumus: "Jumlah NIK ganda / jumlah penduduk x 100%",
      sat: "%",
      awal: 0.085,
      tg: [0.075, 0.065, 0.07, 0.045, 0.035],
      neg: true,
      src: "Ditjen Dukcapil (konsolidasi)",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu verifikasi permohonan hak akses data kependudukan",
      rumus: "Jumlah hari kerja seluruh permohonan / jumlah permohonan",
      sat: "hari kerja",
      awal: 14,
      tg: [12, 10, 9, 8, 7],
      neg: true,
      src: "Register hak akses",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah lembaga pengguna yang memanfaatkan data NIK (kumulatif)",
      rumus: "Jumlah lembaga dengan PKS pemanfaatan data yang berlaku",
      sat: "lembaga",
      awal: 64,
      tg: [72, 80, 88, 96, 104],
      src: "Register PKS",
    },
  ];
  const G = "Target Tahun ke-";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...Y.map((y, i): Col => ({
        key: `t${y}`,
        head: [G, String(i + 1)],
        role: "target",
        year: y,
        width: 8,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.neg && x.sat === "%" ? "0.000" : DEC),
        ...Object.fromEntries(
          Y.map((y, k) => [
            `t${y}`,
            fmt(x.tg[k], x.neg && x.sat === "%" ? "0.000" : x.sat === "%" ? DEC : INT),
          ]),
        ),
        ak: fx(c.a("t2029")),
        src: x.src,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator 4 dan 5 semakin kecil semakin baik; indikator 6 kumulatif (stok), kondisi akhir = target tahun ke-5.",
    "Tahun ke-1 = 2025, tahun ke-5 = 2029.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Serang, 6 Januari 2025",
    jabatan: ["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Provinsi Banten,"],
    nama: "Dr. H. AHMAD SYAFRUDIN JAYANEGARA, S.STP., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19760522 199511 1 001",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "i2") },
    rules: ["target-outlier", "target-trend"],
    note: "Tahun ke-3 (2027) target of the KIA ownership is 5.60 among 46, 51, ., 61, 66: a decimal slip for 56.00",
    truth: `(${a("t2026", "i2")}+${a("t2028", "i2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2027", "i4") },
    rules: ["target-trend"],
    note: "Tahun ke-3 (2027) target of the NIK ganda (lower is better) is 0.070 in 0.075, 0.065, 0.070, 0.045, 0.035: it rises; the path puts it near 0.055",
    truth: `(${a("t2026", "i4")}+${a("t2028", "i4")})/2`,
    tol: 0.0005,
  });
  for (const x of rows)
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", x.id),
      trap: `SUM(${a("t2025", x.id)}:${a("t2029", x.id)})`,
    });
  // the falling targets of the waktu verifikasi are right for a lower-is-better row
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`t${y}`, "i5"),
      rules: ["target-trend", "target-outlier"],
      truth: String(rows[4].tg[Y.indexOf(y)]),
    });
  b.ok({ sheet: S, cell: a("t2029", "i4"), rules: ["target-trend"], truth: "0.035", tol: 0.0001 });
  return b.finish();
}
