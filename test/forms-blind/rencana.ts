// Planning forms of the third unseen set: a T-C.27 of a Dinas Lingkungan Hidup whose years (2025 |
// 2026 | ...) stand merged over "Target | Pagu (Rp)", and a Renja T-C.30 of a Dinas Sosial with
// "Rencana Tahun 2025" and "Prakiraan Maju Tahun 2026", all amounts typed. Every name and number is
// invented; the codes are Kepmendagri-shaped.
import { BookW, RP, fx, sum, type Col } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type RsIn = {
  id: string;
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  level?: boolean;
  awal: number;
  t: number[];
  rp?: number[];
  kind: "program" | "lanjut" | "kegiatan" | "sub";
  parent?: string;
};

/** T-C.27: Dinas Lingkungan Hidup Kabupaten Sendangsari, Renstra 2025-2029. */
export function tc27(): BookW {
  const b = new BookW(
    "tc27-dlh-sendangsari.xlsx",
    "T-C.27",
    "T-C.27 of a Dinas Lingkungan Hidup: years merged over Target | Pagu (Rp), sub kegiatan SUMs, a second program indicator without code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Lingkungan Hidup Kabupaten Sendangsari Tahun 2025-2029",
  ]);
  s.gap();
  const rows: RsIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.11.03",
      nama: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      level: true,
      awal: 68.42,
      t: [68.9, 69.4, 69.9, 70.4, 70.9],
    },
    {
      id: "p1b",
      kind: "lanjut",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      level: true,
      awal: 52.1,
      t: [53, 54, 55, 56, 57],
    },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.11.03.2.01",
      nama: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Jumlah dokumen hasil pemantauan kualitas lingkungan hidup",
      sat: "dokumen",
      awal: 10,
      t: [12, 12, 12, 12, 12],
    },
    {
      id: "s1",
      kind: "sub",
      parent: "k1",
      kode: "2.11.03.2.01.0001",
      nama: "Koordinasi, Sinkronisasi dan Pelaksanaan Pemantauan Kualitas Lingkungan",
      ind: "Jumlah laporan hasil uji kualitas air sungai dan udara ambien",
      sat: "laporan",
      awal: 4,
      t: [4, 4, 4, 4, 4],
      rp: [612_450_000, 645_000_000, 678_300_000, 712_800_000, 748_500_000],
    },
    {
      id: "s2",
      kind: "sub",
      parent: "k1",
      kode: "2.11.03.2.01.0004",
      nama: "Pengawasan Ketaatan Usaha dan/atau Kegiatan terhadap Izin Lingkungan",
      ind: "Jumlah usaha dan/atau kegiatan yang diawasi ketaatannya",
      sat: "unit usaha",
      awal: 36,
      t: [40, 45, 50, 55, 60],
      rp: [385_200_000, 421_750_000, 458_900_000, 497_300_000, 536_000_000],
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.11.03.2.02",
      nama: "Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Persentase pengaduan kasus pencemaran lingkungan yang ditindaklanjuti",
      sat: "%",
      level: true,
      awal: 78,
      t: [80, 85, 90, 95, 100],
    },
    {
      id: "s3",
      kind: "sub",
      parent: "k2",
      kode: "2.11.03.2.02.0002",
      nama: "Pelaksanaan Verifikasi Pengaduan Kasus Pencemaran Lingkungan Hidup",
      ind: "Jumlah pengaduan kasus pencemaran yang diverifikasi",
      sat: "kasus",
      awal: 28,
      t: [30, 30, 32, 32, 35],
      rp: [214_600_000, 225_300_000, 240_150_000, 252_000_000, 271_850_000],
    },
    {
      id: "s4",
      kind: "sub",
      parent: "k2",
      kode: "2.11.03.2.02.0003",
      nama: "Penyusunan Rekomendasi Penanggulangan Pencemaran",
      ind: "Jumlah dokumen rekomendasi penanggulangan pencemaran",
      sat: "dokumen",
      awal: 2,
      t: [2, 2, 3, 3, 3],
      rp: [96_500_000, 101_300_000, 148_750_000, 156_200_000, 164_000_000],
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.11.11",
      nama: "Program Pengelolaan Persampahan",
      ind: "Persentase sampah terkelola",
      sat: "%",
      level: true,
      awal: 62.5,
      t: [66, 70, 74, 78, 82],
    },
    {
      id: "k3",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.11.11.2.01",
      nama: "Pengelolaan Sampah",
      ind: "Persentase residu sampah yang diangkut ke TPA tanpa pengolahan",
      sat: "%",
      level: true,
      awal: 47.5,
      t: [45, 42, 39, 36, 33],
    },
    {
      id: "s5",
      kind: "sub",
      parent: "k3",
      kode: "2.11.11.2.01.0006",
      nama: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
      ind: "Jumlah TPS3R yang dibangun",
      sat: "unit",
      awal: 3,
      t: [2, 2, 3, 3, 2],
      rp: [3_150_000_000, 3_260_000_000, 4_975_500_000, 5_120_000_000, 3_480_000_000],
    },
    {
      id: "s6",
      kind: "sub",
      parent: "k3",
      kode: "2.11.11.2.01.0009",
      nama: "Pembinaan dan Pengembangan Bank Sampah",
      ind: "Jumlah bank sampah yang dibina",
      sat: "unit",
      awal: 18,
      t: [20, 25, 30, 35, 40],
      rp: [178_400_000, 196_250_000, 214_800_000, 233_100_000, 251_600_000],
    },
  ];
  const PLANT_AK = "s2";
  const PLANT_SUM = { id: "k1", year: 2027 };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 16 },
    { key: "nama", head: ["Program, Kegiatan dan Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan (output) dan Sub Kegiatan"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"], role: "kondisi-awal" },
    ...YEARS.flatMap((y): Col[] => [
      { key: `t${y}`, head: [G, String(y), "Target"], role: "target", year: y },
      { key: `rp${y}`, head: [G, String(y), "Pagu (Rp)"], role: "anggaran", year: y, fmt: RP, width: 16 },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir" },
    { key: "akRp", head: [AK, "Pagu (Rp)"], fmt: RP, width: 17 },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
    { key: "lokasi", head: ["Lokasi"], role: "lokasi" },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  const akOf = (x: RsIn) => (x.level ? x.t[4] : sum(x.t));
  const t = s.table(
    {
      cols,
      headerRows: 3,
      rows: rows.map((x) => ({
        id: x.id,
        bold: x.kind === "program" || x.kind === "lanjut",
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            awal: x.awal,
            akK: x.id === PLANT_AK ? 225 : akOf(x),
            pj: x.kind === "lanjut" ? undefined : "Dinas Lingkungan Hidup",
            lokasi: x.kind === "lanjut" ? undefined : "Kabupaten Sendangsari",
          };
          YEARS.forEach((y, i) => {
            out[`t${y}`] = x.t[i];
            const col = `rp${y}`;
            if (x.kind === "sub") out[col] = x.rp![i];
            else if (x.kind === "kegiatan") {
              const kids = kidsOf(x.id);
              const last =
                x.id === PLANT_SUM.id && y === PLANT_SUM.year ? kids[kids.length - 2] : kids[kids.length - 1];
              out[col] = fx(`SUM(${c.c(col)}${c.row(kids[0].id)}:${c.c(col)}${c.row(last.id)})`);
            } else if (x.kind === "program")
              out[col] = fx(
                kidsOf(x.id)
                  .map((k) => c.a(col, k.id))
                  .join("+"),
              );
          });
          if (x.kind !== "lanjut") out.akRp = fx(YEARS.map((y) => c.a(`rp${y}`, x.id)).join("+"));
          return out;
        },
      })),
    },
    1,
  );
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator persentase dan indeks adalah target tahun 2029."]);
  const a = (k: string, id: string) => t.a(k, id);
  const subsOf = (id: string) => kidsOf(id).map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("rp2027", PLANT_SUM.id) },
    rules: ["sum-mismatch"],
    note: "the 2027 pagu of kegiatan Pencegahan Pencemaran is =SUM over its first sub kegiatan only; both add up to 1,137,200,000",
    truth: subsOf(PLANT_SUM.id)
      .map((k) => a("rp2027", k))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", PLANT_AK) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of usaha yang diawasi (a yearly count) is 225; 40 + 45 + 50 + 55 + 60 = 250",
    truth: YEARS.map((y) => a(`t${y}`, PLANT_AK)).join("+"),
  });
  for (const x of rows) {
    const tk = YEARS.map((y) => a(`t${y}`, x.id));
    if (x.id !== PLANT_AK)
      b.ok({
        sheet: S,
        cell: a("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.level ? tk[4] : tk.join("+"),
        trap: x.level ? tk.join("+") : x.t[4] === x.t[0] ? undefined : tk[4],
      });
    if (x.kind === "kegiatan" || x.kind === "program")
      for (const y of YEARS) {
        if (y === PLANT_SUM.year && (x.id === PLANT_SUM.id || x.id === "p1")) continue;
        const kids = x.kind === "kegiatan" ? subsOf(x.id) : subsOf(x.id).flatMap((k) => subsOf(k));
        b.ok({
          sheet: S,
          cell: a(`rp${y}`, x.id),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(`rp${y}`, k)).join("+"),
          tol: 0.5,
        });
      }
  }
  for (const y of [2026, 2027, 2028])
    b.ok({
      sheet: S,
      cell: a(`t${y}`, "k3"),
      rules: ["target-trend", "target-outlier"],
      truth: a(`t${y}`, "k3"),
    });
  return b.finish();
}

// ============================================================================ T-C.30 (Renja)

type RjIn = {
  id: string;
  kode: string;
  nama: string;
  kind: "section" | "program" | "kegiatan" | "sub";
  parent?: string;
  ind?: string;
  sat?: string;
  lokasi?: string;
  t?: number;
  rp?: number;
  t2?: number;
  rp2?: number;
};

/** T-C.30: Dinas Sosial Kota Banyuasri, Renja 2025 with prakiraan maju 2026; every amount typed. */
export function tc30(): BookW {
  const b = new BookW(
    "tc30-dinsos-banyuasri.xlsx",
    "T-C.30",
    "Renja T-C.30 of a Dinas Sosial: Rencana Tahun 2025 (lokasi, target, pagu, sumber dana), Prakiraan Maju Tahun 2026, typed totals",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.30",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Dinas Sosial Kota Banyuasri",
  ]);
  s.gap();
  const KOTA = "Kota Banyuasri";
  const rows: RjIn[] = [
    { id: "u", kode: "1.06", nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL", kind: "section" },
    {
      id: "p1",
      kode: "1.06.04",
      nama: "Program Rehabilitasi Sosial",
      kind: "program",
      ind: "Persentase PPKS yang mendapatkan rehabilitasi sosial dasar di luar panti",
      sat: "%",
      lokasi: KOTA,
      t: 72,
      t2: 76,
    },
    {
      id: "k1",
      kode: "1.06.04.2.02",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      kind: "kegiatan",
      parent: "p1",
      ind: "Jumlah PPKS yang mendapatkan rehabilitasi sosial di luar panti",
      sat: "orang",
      lokasi: KOTA,
      t: 1_250,
      t2: 1_320,
    },
    {
      id: "s1",
      kode: "1.06.04.2.02.0001",
      nama: "Penyediaan Permakanan",
      kind: "sub",
      parent: "k1",
      ind: "Jumlah orang yang mendapatkan permakanan",
      sat: "orang",
      lokasi: "12 kelurahan",
      t: 850,
      t2: 900,
      rp: 1_487_500_000,
      rp2: 1_575_000_000,
    },
    {
      id: "s2",
      kode: "1.06.04.2.02.0006",
      nama: "Pemberian Pelayanan Reunifikasi Keluarga",
      kind: "sub",
      parent: "k1",
      ind: "Jumlah PPKS yang dipulangkan ke keluarga",
      sat: "orang",
      lokasi: KOTA,
      t: 400,
      t2: 420,
      rp: 368_240_000,
      rp2: 386_650_000,
    },
    {
      id: "k2",
      kode: "1.06.04.2.05",
      nama: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
      kind: "kegiatan",
      parent: "p1",
      ind: "Jumlah PMKS lainnya yang mendapatkan rehabilitasi sosial",
      sat: "orang",
      lokasi: KOTA,
      t: 180,
      t2: 200,
    },
    {
      id: "s3",
      kode: "1.06.04.2.05.0002",
      nama: "Penyediaan Alat Bantu",
      kind: "sub",
      parent: "k2",
      ind: "Jumlah alat bantu yang disalurkan",
      sat: "unit",
      lokasi: KOTA,
      t: 120,
      t2: 130,
      rp: 276_000_000,
      rp2: 299_000_000,
    },
    {
      id: "s4",
      kode: "1.06.04.2.05.0005",
      nama: "Pemberian Bimbingan Sosial kepada PMKS Lainnya",
      kind: "sub",
      parent: "k2",
      ind: "Jumlah PMKS lainnya yang mendapatkan bimbingan sosial",
      sat: "orang",
      lokasi: KOTA,
      t: 60,
      t2: 70,
      rp: 94_380_000,
      rp2: 110_110_000,
    },
    {
      id: "p2",
      kode: "1.06.05",
      nama: "Program Perlindungan dan Jaminan Sosial",
      kind: "program",
      ind: "Persentase keluarga penerima manfaat yang datanya terverifikasi dan valid",
      sat: "%",
      lokasi: KOTA,
      t: 92,
      t2: 95,
    },
    {
      id: "k3",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      kind: "kegiatan",
      parent: "p2",
      ind: "Jumlah dokumen data terpadu kesejahteraan sosial yang dimutakhirkan",
      sat: "dokumen",
      lokasi: KOTA,
      t: 4,
      t2: 4,
    },
    {
      id: "s5",
      kode: "1.06.05.2.01.0001",
      nama: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      kind: "sub",
      parent: "k3",
      ind: "Jumlah rumah tangga yang diverifikasi dan divalidasi",
      sat: "rumah tangga",
      lokasi: "12 kelurahan",
      t: 24_500,
      t2: 25_000,
      rp: 1_102_500_000,
      rp2: 1_125_000_000,
    },
    {
      id: "s6",
      kode: "1.06.05.2.01.0002",
      nama: "Pengelolaan Data Fakir Miskin untuk Pelaksanaan Perlindungan Sosial",
      kind: "sub",
      parent: "k3",
      ind: "Jumlah laporan pemutakhiran data",
      sat: "laporan",
      lokasi: KOTA,
      t: 4,
      t2: 4,
      rp: 186_720_000,
      rp2: 194_300_000,
    },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  const rpOf = (x: RjIn, m: "rp" | "rp2"): number =>
    x.kind === "sub" ? x[m]! : sum(kidsOf(x.id).map((k) => rpOf(k, m)));
  const progs = rows.filter((x) => x.kind === "program");
  const tot = sum(progs.map((p) => rpOf(p, "rp")));
  const tot2 = sum(progs.map((p) => rpOf(p, "rp2")));
  const PLANT_K = "k2";
  const plantedK = 307_380_000; // true 370,380,000
  const typedTot2 = tot2 - 72_000_000;
  const R = "Rencana Tahun 2025";
  const P = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 16 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan"],
      num: 2,
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "lokasi", head: [R, "Lokasi"], role: "lokasi", num: 5 },
    { key: "t", head: [R, "Target Capaian Kinerja"], role: "target", year: 2025, num: 6 },
    {
      key: "rp",
      head: [R, "Kebutuhan Dana / Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: [R, "Sumber Dana"], num: 8 },
    { key: "cat", head: ["Catatan Penting"], num: 9 },
    { key: "t2", head: [P, "Target Capaian Kinerja"], role: "target", year: 2026, num: 10 },
    {
      key: "rp2",
      head: [P, "Kebutuhan Dana / Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 11,
      fmt: RP,
      width: 17,
    },
  ];
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...rows.map((x) => {
          if (x.kind === "section") return { id: x.id, bold: true, cells: { kode: x.kode, nama: x.nama } };
          return {
            id: x.id,
            bold: x.kind === "program",
            cells: {
              kode: x.kode,
              nama: x.nama,
              ind: x.ind,
              sat: x.sat,
              lokasi: x.lokasi,
              t: x.t,
              rp: x.id === PLANT_K ? plantedK : rpOf(x, "rp"),
              sd: x.kind === "sub" ? "DAU" : undefined,
              cat: x.id === "s5" ? "Sinkron dengan DTSEN" : undefined,
              t2: x.t2,
              rp2: rpOf(x, "rp2"),
            },
          };
        }),
        {
          id: "jml",
          bold: true,
          span: ["kode", "sat"] as [string, string],
          cells: { kode: "Jumlah", rp: tot, rp2: typedTot2 },
        },
      ],
    },
    1,
  );
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp", PLANT_K) },
    rules: ["sum-mismatch"],
    note: "the 2025 pagu of kegiatan Rehabilitasi Sosial PMKS lainnya is a typed 307,380,000; its sub kegiatan add up to 370,380,000",
    truth: kidsOf(PLANT_K)
      .map((k) => a("rp", k.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("rp2", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah prakiraan maju 2026 is a typed ${typedTot2}; the two programs add up to ${tot2}`,
    truth: progs.map((p) => a("rp2", p.id)).join("+"),
    tol: 0.5,
  });
  for (const x of rows.filter((r) => r.kind === "program" || r.kind === "kegiatan"))
    for (const m of ["rp", "rp2"]) {
      if (m === "rp" && (x.id === PLANT_K || x.id === "p1")) continue;
      b.ok({
        sheet: S,
        cell: a(m, x.id),
        rules: ["sum-mismatch"],
        truth: kidsOf(x.id)
          .map((k) => a(m, k.id))
          .join("+"),
        tol: 0.5,
      });
    }
  b.ok({
    sheet: S,
    cell: a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => a("rp", p.id)).join("+"),
    trap: `SUM(${a("rp", "p1")}:${a("rp", "s6")})`,
    tol: 0.5,
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("t", id),
      rules: ["percent-out-of-range", "target-outlier"],
      truth: a("t", id),
    });
  return b.finish();
}
