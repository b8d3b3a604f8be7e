// Renstra tables of kecamatan: the T-C.27 of Kecamatan Amandit Hulu (Kabupaten Batang Amandit Raya,
// Kalimantan Selatan), Renstra 2025-2029 "(dalam ribuan rupiah)" with Tahun ke-1 .. ke-5 and typed
// kondisi akhir Rp on the sub kegiatan, and the IKU matrix of Kecamatan Kraton Wetan (Kota Tanjung
// Wilis, Jawa Timur) with its targets 2025-2029. Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** typed Rp per year (sub kegiatan only), in thousands */
  rp?: number[];
  /** kondisi akhir K is the sum of the years (a flow) */
  flow?: boolean;
  /** the sub kegiatan rows a program / kegiatan adds */
  of?: [string, string];
  lvl: "p" | "k" | "s";
};

export function tc27AmanditHulu(): BookW {
  const b = new BookW(
    "tc27-renstra-kecamatan-amandit-hulu-2025-2029.xlsx",
    "T-C.27 Renstra kecamatan (ribuan rupiah)",
    "T-C.27 of Kecamatan Amandit Hulu (Kabupaten Batang Amandit Raya, Kalimantan Selatan), Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; program and kegiatan Rp SUM formulas, sub kegiatan Rp and kondisi akhir Rp typed",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG AMANDIT RAYA", "KECAMATAN AMANDIT HULU"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Kecamatan Amandit Hulu Kabupaten Batang Amandit Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p",
      lvl: "p",
      kode: "7.01.02",
      nm: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      ind: "Persentase layanan administrasi PATEN yang selesai tepat waktu",
      sat: "%",
      awal: 86.5,
      k: [88, 90, 92, 93, 95],
      of: ["k1", "k2"],
    },
    {
      id: "k1",
      lvl: "k",
      kode: "7.01.02.2.01",
      nm: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
      ind: "Persentase usulan musrenbang desa yang terakomodasi dalam RKPD",
      sat: "%",
      awal: 31.2,
      k: [33, 35, 37, 39, 41],
      of: ["s1", "s2"],
    },
    {
      id: "s1",
      lvl: "s",
      kode: "7.01.02.2.01.0001",
      nm: "Koordinasi/Sinkronisasi Perencanaan Pembangunan Desa di Tingkat Kecamatan",
      ind: "Jumlah dokumen hasil musrenbang kecamatan",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [185_400, 196_250, 207_800, 219_600, 232_150],
      flow: true,
    },
    {
      id: "s2",
      lvl: "s",
      kode: "7.01.02.2.01.0002",
      nm: "Fasilitasi Penyusunan dan Evaluasi RKPDes",
      ind: "Jumlah dokumen RKPDes yang dievaluasi",
      sat: "dokumen",
      awal: 14,
      k: [14, 14, 14, 14, 14],
      rp: [96_800, 101_650, 106_700, 112_050, 117_650],
      flow: true,
    },
    {
      id: "k2",
      lvl: "k",
      kode: "7.01.02.2.02",
      nm: "Penyelenggaraan Pelayanan Publik di Tingkat Kecamatan",
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan kecamatan",
      sat: "nilai",
      awal: 82.3,
      k: [83, 84, 85, 86, 87],
      of: ["s3", "s4"],
    },
    {
      id: "s3",
      lvl: "s",
      kode: "7.01.02.2.02.0001",
      nm: "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      ind: "Jumlah dokumen layanan PATEN yang diterbitkan",
      sat: "dokumen",
      awal: 9_240,
      k: [9_600, 9_900, 10_200, 10_500, 10_800],
      rp: [412_500, 436_200, 458_900, 481_300, 505_750],
      flow: true,
    },
    {
      id: "s4",
      lvl: "s",
      // planted: coded under kegiatan 7.01.02.2.03 while it stands under 7.01.02.2.02
      kode: "7.01.02.2.03.0002",
      nm: "Penyelenggaraan Survei Kepuasan Masyarakat atas Pelayanan Kecamatan",
      ind: "Jumlah laporan survei kepuasan masyarakat",
      sat: "laporan",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [38_500, 40_400, 42_450, 44_550, 46_800],
      flow: true,
    },
  ];
  const s3 = L.find((x) => x.id === "s3")!;
  const s3True = s3.rp!.reduce((n, v) => n + v, 0);
  // planted: s3's kondisi akhir Rp typed with Tahun ke-3 read as 485,900 (27,000 too much)
  const s3Typed = s3True + 27_000;
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "2", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output) / Sub Kegiatan"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: "#,##0",
        width: 12,
      },
    ]),
    { key: "kak", head: [KA, "Target"], role: "kondisi-akhir", num: 16, width: 10 },
    { key: "rpak", head: [KA, "Rp"], role: "kondisi-akhir", num: 17, fmt: "#,##0", width: 13 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const numFmt = (x: Line) => (x.sat === "%" || x.sat === "nilai" ? DEC : "#,##0");
  const rows: Row[] = L.map((x): Row => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, numFmt(x)),
        unit: x.lvl === "p" ? "Camat" : x.lvl === "k" ? "Sekretariat Kecamatan" : "Seksi Pemerintahan",
        lok: "Kec. Amandit Hulu",
      };
      YEARS.forEach((y, i) => {
        out[`k${y}`] = fmt(x.k[i], numFmt(x));
        out[`rp${y}`] = x.rp
          ? x.rp[i]
          : x.lvl === "p"
            ? fx(`${c.a(`rp${y}`, x.of![0])}+${c.a(`rp${y}`, x.of![1])}`)
            : fx(`SUM(${c.a(`rp${y}`, x.of![0])}:${c.a(`rp${y}`, x.of![1])})`);
      });
      out.kak = x.flow
        ? fx(`SUM(${c.a("k2025")},${c.a("k2026")},${c.a("k2027")},${c.a("k2028")},${c.a("k2029")})`)
        : fx(c.a("k2029"));
      out.rpak = x.rp
        ? x.id === "s3"
          ? s3Typed
          : x.rp.reduce((n, v) => n + v, 0)
        : fx(YEARS.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target untuk persentase dan indeks adalah target tahun ke-5; untuk jumlah dokumen dan laporan adalah jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Loksado Hilir, 8 Juli 2025",
    jabatan: ["CAMAT AMANDIT HULU,"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.Sos., M.AP.",
    pangkat: "Pembina (IV/a)",
    nip: "19790422 200801 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (k: string, id: string) => YEARS.map((y) => a(`${k}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rpak", "s3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `Kondisi akhir Rp of the PATEN sub kegiatan is a typed ${s3Typed.toLocaleString("en")} (thousands); the five years add up to ${s3True.toLocaleString("en")} (Tahun ke-3 read as 485,900 instead of 458,900)`,
    truth: yrs("rp", "s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Survei Kepuasan Masyarakat is coded 7.01.02.2.03.0002 (kegiatan 7.01.02.2.03) under kegiatan 7.01.02.2.02; its code is 7.01.02.2.02.0002",
    truth: `${a("kode", "k2")}&".0002"`,
  });
  for (const id of ["s1", "s2", "s4"])
    b.ok({
      sheet: S,
      cell: a("rpak", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("rp", id),
    });
  for (const id of ["p", "k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("rpak", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("rp", id),
    });
  // a rate's or an index's kondisi akhir K is the Tahun ke-5 target, not the five years added
  for (const id of ["p", "k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: yrs("k", id),
    });
  // a count of documents adds its years, it is not the Tahun ke-5 target
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs("k", id),
      trap: a("k2029", id),
    });
  for (const y of YEARS) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "k1")}+${a(`rp${y}`, "k2")}`,
    });
  }
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k2"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k2")})`,
    actual: a("kode", "p"),
  });
  return b.finish();
}

// ========================================= IKU Kecamatan Kraton Wetan, Kota Tanjung Wilis 2025-2029

type Iku = {
  id: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  sumber: string;
};

export function ikuKratonWetan(): BookW {
  const b = new BookW(
    "iku-kecamatan-kraton-wetan-tanjung-wilis.xlsx",
    "Matriks IKU kecamatan 2025-2029",
    "Matriks Indikator Kinerja Utama of Kecamatan Kraton Wetan (Kota Tanjung Wilis, Jawa Timur): No | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; number row (1) .. (12); one lower-is-better row (waktu penyelesaian)",
  );
  const S = "IKU Kecamatan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG WILIS",
    "KECAMATAN KRATON WETAN",
    "Jl. Pahlawan Kusuma Bangsa No. 9, Tanjung Wilis 64117",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN CAMAT KRATON WETAN NOMOR 050/117/419.204/2025",
    "INDIKATOR KINERJA UTAMA KECAMATAN KRATON WETAN TAHUN 2025-2029",
  ]);
  s.gap();
  const I: Iku[] = [
    {
      id: "u1",
      ind: "Indeks Kepuasan Masyarakat (IKM) atas pelayanan kecamatan",
      rumus: "Rata-rata tertimbang nilai unsur pelayanan x 25 (PermenPANRB 14/2017)",
      sat: "nilai",
      awal: 81.7,
      tg: [82.5, 83.25, 84, 84.75, 85.5],
      sumber: "Laporan SKM",
    },
    {
      id: "u2",
      ind: "Persentase realisasi penerimaan PBB-P2 terhadap ketetapan",
      rumus: "Realisasi PBB-P2 / pokok ketetapan SPPT x 100%",
      sat: "%",
      awal: 84.6,
      tg: [86, 87, 88, 89, 90],
      sumber: "Bapenda / Kelurahan",
    },
    {
      id: "u3",
      ind: "Persentase posyandu aktif (strata purnama dan mandiri)",
      rumus: "Posyandu purnama + mandiri / seluruh posyandu x 100%",
      sat: "%",
      awal: 78.4,
      // planted: Tahun 2027 typed 8.6 for 86 (decimal shift)
      tg: [82, 84, 8.6, 88, 90],
      sumber: "Puskesmas / TP PKK",
    },
    {
      id: "u4",
      ind: "Persentase usulan musrenbang kelurahan yang terakomodasi",
      rumus: "Usulan terakomodasi dalam RKPD / usulan hasil musrenbang kecamatan x 100%",
      sat: "%",
      awal: 36.4,
      tg: [38, 40, 42, 44, 46],
      sumber: "Bappeda (SIPD)",
    },
    {
      id: "u5",
      ind: "Rata-rata waktu penyelesaian layanan administrasi PATEN",
      rumus: "Jumlah hari penyelesaian seluruh berkas / jumlah berkas",
      sat: "hari",
      awal: 3.4,
      tg: [3, 2.75, 2.5, 2.25, 2],
      neg: true,
      sumber: "Aplikasi PATEN",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 40 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    {
      key: "awal",
      head: ["Kondisi Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      fmt: DEC,
      width: 10,
    },
    ...YEARS.map((y, i): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      num: `(${6 + i})`,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "ak",
      head: ["Kondisi Akhir (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(11)",
      fmt: DEC,
      width: 10,
    },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "(12)", width: 16 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YEARS.map((y, k) => [`y${y}`, x.tg[k]])),
        // planted: the PBB-P2 kondisi akhir points at the 2028 target
        ak: fx(x.id === "u2" ? c.a("y2028") : c.a("y2029")),
        sd: x.sumber,
        pj:
          i === 2 ? "Seksi Kesejahteraan Sosial" : i === 4 ? "Seksi Pelayanan Umum" : "Sekretaris Kecamatan",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 5 semakin kecil semakin baik.",
    "Kondisi akhir adalah target tahun terakhir periode Renstra (2029).",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Tanjung Wilis, 20 Februari 2025",
    jabatan: ["CAMAT KRATON WETAN,"],
    nama: "Dra. ENDANG SRI RAHAYU, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730905 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "u3") },
    rules: ["target-outlier"],
    note: "posyandu aktif target 2027 is 8.60 among 82, 84, 88, 90 (86 with a decimal shift)",
    truth: `(${a("y2026", "u3")}+${a("y2028", "u3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir (2029) of the PBB-P2 realisation rate is =2028 target (89.00); the 2029 target is 90.00",
    truth: a("y2029", "u2"),
  });
  for (const x of I) {
    if (x.id === "u2") continue;
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", x.id),
      trap: `SUM(${a("y2025", x.id)}:${a("y2029", x.id)})`,
    });
  }
  // the waktu penyelesaian is lower is better: its falling targets are right
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({ sheet: S, cell: a(`y${y}`, "u5"), rules: ["target-trend"], truth: String(I[4].tg[y - 2025]) });
  for (const id of ["u1", "u4"])
    b.ok({
      sheet: S,
      cell: a("y2027", id),
      rules: ["target-outlier", "target-trend"],
      truth: String(I.find((x) => x.id === id)!.tg[2]),
    });
  return b.finish();
}
