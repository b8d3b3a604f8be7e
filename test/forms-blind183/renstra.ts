// Plans of the Dinas PUPR of two Sumatera Utara kabupaten: the T-C.27 of the Renstra 2025-2029 with
// ordinal years ("Tahun ke-1" .. "ke-5", the calendar years in the title) and "(dalam ribuan rupiah)",
// and the IKU matrix 2025-2029 (air limbah domestik, drainase, genangan). Every name and number is
// invented.
import { BookW, DEC, INT, fmt, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const YRS = [2025, 2026, 2027, 2028, 2029];

type P = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  ka: number;
  rp?: number[];
  kids?: string[];
};

export function tc27PuprAngkolaJulu(): BookW {
  const b = new BookW(
    "renstra-tc27-spald-drainase-pupr-batang-angkola-julu.xlsx",
    "T-C.27 Renstra rencana program dan pendanaan indikatif (Dinas PUPR)",
    "T-C.27 of the Renstra 2025-2029 of a Sumatera Utara kabupaten's Dinas PUPR: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; three header rows, number row 1 .. 19 with '17 = 7+9+11+13+15'; (dalam ribuan rupiah)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG ANGKOLA JULU", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Batang Angkola Julu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: P[] = [
    {
      id: "p1",
      kode: "1.03.03",
      nm: "Program Pengelolaan dan Pengembangan Sistem Air Limbah",
      ind: "Cakupan rumah tangga dengan akses sanitasi aman",
      sat: "%",
      awal: 6.8,
      k: [8, 9.5, 11, 12.5, 14],
      ka: 14,
      kids: ["g1"],
    },
    {
      id: "g1",
      kode: "1.03.03.2.01",
      nm: "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik dalam Daerah Kabupaten/Kota",
      ind: "Jumlah KK yang terlayani SPALD-T dan layanan lumpur tinja",
      sat: "KK",
      awal: 950,
      k: [1_100, 1_250, 1_300, 1_400, 1_450],
      ka: 6_500,
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "1.03.03.2.01.0004",
      nm: "Pembangunan SPALD-T Skala Permukiman",
      ind: "Jumlah sambungan rumah SPALD-T terbangun",
      sat: "SR",
      awal: 250,
      k: [300, 350, 400, 450, 500],
      ka: 2_000,
      rp: [4_500_000, 5_250_000, 6_000_000, 6_750_000, 7_500_000],
    },
    {
      id: "s2",
      kode: "1.03.03.2.01.0011",
      nm: "Operasi dan Pemeliharaan IPLT serta Layanan Lumpur Tinja Terjadwal",
      ind: "Jumlah KK yang mendapat layanan penyedotan lumpur tinja terjadwal",
      sat: "KK",
      awal: 700,
      k: [800, 900, 900, 950, 950],
      ka: 4_500,
      rp: [1_240_000, 1_395_000, 1_420_500, 1_498_750, 1_515_250],
    },
    {
      id: "p2",
      kode: "1.03.04",
      nm: "Program Pengelolaan dan Pengembangan Sistem Drainase",
      ind: "Persentase panjang saluran drainase dalam kondisi baik",
      sat: "%",
      awal: 61.5,
      k: [64, 67, 70, 73, 76],
      ka: 76,
      kids: ["g2"],
    },
    {
      id: "g2",
      kode: "1.03.04.2.01",
      nm: "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
      ind: "Panjang saluran drainase yang dibangun dan direhabilitasi",
      sat: "m",
      awal: 3_100,
      k: [3_500, 3_800, 4_000, 4_200, 4_500],
      ka: 20_000,
      kids: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "1.03.04.2.01.0003",
      nm: "Rehabilitasi Sistem Drainase Perkotaan",
      ind: "Panjang saluran drainase perkotaan yang direhabilitasi",
      sat: "m",
      awal: 1_800,
      k: [2_000, 2_200, 2_300, 2_400, 2_600],
      ka: 11_500,
      rp: [5_000_000, 5_500_000, 5_750_000, 6_000_000, 6_500_000],
    },
    {
      id: "s4",
      // planted: coded under the air limbah kegiatan 1.03.03.2.01 while it sits under drainase 1.03.04.2.01
      kode: "1.03.03.2.01.0001",
      nm: "Pembangunan Sistem Drainase Perkotaan",
      ind: "Panjang saluran drainase perkotaan yang dibangun",
      sat: "m",
      awal: 1_300,
      k: [1_500, 1_600, 1_700, 1_800, 1_900],
      ka: 8_500,
      rp: [6_750_000, 7_200_000, 7_650_000, 8_100_000, 8_550_000],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 5,
      width: 12,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: INT,
        width: 13,
      },
    ]),
    { key: "ka", head: [KA, "Target"], role: "kondisi-akhir", num: 16, width: 10 },
    { key: "kr", head: [KA, "Rp"], num: "17 = 7+9+11+13+15", fmt: INT, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const rows: Row[] = P.map((p) => ({
    id: p.id,
    bold: !p.rp,
    cells: (x: Ctx) => {
      const f = p.sat === "%" ? DEC : INT;
      const c: Record<string, ReturnType<typeof fx> | ReturnType<typeof fmt> | string> = {
        kode: p.kode,
        nm: p.nm,
        ind: p.ind,
        sat: p.sat,
        awal: fmt(p.awal, f),
        ka: fmt(p.ka, f),
        pj: "Bidang Cipta Karya",
        lok: "Kabupaten",
      };
      YRS.forEach((y, i) => {
        c[`k${y}`] = fmt(p.k[i], f);
        c[`r${y}`] = p.rp ? fmt(p.rp[i], INT) : fx(p.kids!.map((id) => x.a(`r${y}`, id)).join("+"));
      });
      // planted: the kondisi akhir Rp of the drainase rehabilitation is typed, digits swapped
      c.kr = p.id === "s3" ? fmt(28_570_000, INT) : fx(YRS.map((y) => x.a(`r${y}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Sipirok Julu, 28 Februari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KABUPATEN BATANG ANGKOLA JULU,"],
    nama: "MARAHALIM SIREGAR, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750922 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => YRS.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kr", "s3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.03.04.2.01.0003 is a typed 28,570,000 (ribuan); the five years add up to 28,750,000",
    truth: five("s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembangunan Sistem Drainase Perkotaan is coded 1.03.03.2.01.0001 (air limbah) under kegiatan 1.03.04.2.01 (drainase); it should be 1.03.04.2.01.0001",
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", id === "s3" ? "g2" : "g1"),
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["s1", "s2", "s4", "g1", "g2", "p1", "p2"])
    b.ok({ sheet: S, cell: a("kr", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: five(id) });
  for (const y of YRS) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  }
  const ks = (id: string) => YRS.map((y) => a(`k${y}`, id)).join("+");
  // a rate's kondisi akhir is the year-5 target, not the five years added up
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: ks(id),
    });
  // a flow's kondisi akhir is the five years added up, not the year-5 target
  for (const id of ["g1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k2029", id),
    });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  k: number[];
  ka: number;
};

export function ikuPuprHumbangToba(): BookW {
  const b = new BookW(
    "matriks-iku-sanitasi-genangan-pupr-humbang-toba-raya.xlsx",
    "IKU matrix (Dinas PUPR)",
    "Matriks IKU 2025-2029 of a Sumatera Utara kabupaten's Dinas PUPR: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir | Penanggung Jawab | Sumber Data; genangan indicators lower is better",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN HUMBANG TOBA RAYA",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Sisingamangaraja No. 7 Doloksanggul Raya",
  ]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU)", "PERIODE 2025 - 2029"]);
  s.gap();
  const S1 = "Meningkatnya akses rumah tangga terhadap layanan sanitasi aman";
  const S2 = "Berkurangnya genangan di kawasan perkotaan";
  const I: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase rumah tangga dengan akses sanitasi aman",
      rumus: "RT akses aman / jumlah RT x 100%",
      sat: "%",
      awal: 9.2,
      k: [10.5, 12, 13.5, 15, 16.5],
      ka: 16.5,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      rumus: "RT akses layak / jumlah RT x 100%",
      sat: "%",
      awal: 86.4,
      k: [88, 90, 92, 94, 96],
      ka: 96,
    },
    // planted: 2027 typed 4000 among 300 .. 500 (a zero too many)
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah sambungan rumah SPALD-T terbangun",
      rumus: "Jumlah SR terbangun dalam satu tahun",
      sat: "SR",
      awal: 250,
      k: [300, 350, 4_000, 450, 500],
      ka: 2_000,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase panjang saluran drainase dalam kondisi baik",
      rumus: "Panjang saluran kondisi baik / panjang saluran x 100%",
      sat: "%",
      awal: 63,
      k: [65, 68, 71, 74, 77],
      ka: 74,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Luas genangan di kawasan perkotaan",
      rumus: "Luas genangan > 30 cm lebih dari 2 jam",
      sat: "ha",
      awal: 142,
      k: [130, 115, 100, 85, 70],
      ka: 70,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah titik genangan di kawasan perkotaan",
      rumus: "Jumlah titik genangan tercatat",
      sat: "titik",
      awal: 38,
      k: [34, 30, 26, 22, 18],
      ka: 18,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", width: 10 },
    ...YRS.map((y): Col => ({
      key: `k${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, n): Row => {
      const f = x.sat === "%" ? DEC : INT;
      const c: Record<string, ReturnType<typeof fmt> | string | number> = {
        no: n + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, f),
        ka: fmt(x.ka, f),
        pj: x.sas === S1 ? "Bidang Cipta Karya" : "Bidang Sumber Daya Air",
        sd: x.sas === S1 ? "Data STBM dan SIPLAH" : "Survei genangan Dinas PUPR",
      };
      YRS.forEach((y, i) => (c[`k${y}`] = fmt(x.k[i], f)));
      return { id: x.id, cells: c };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator 5 dan 6 semakin kecil semakin baik.",
    "Kondisi akhir = target tahun 2029 (jumlah SR: akumulasi).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Doloksanggul Raya, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PUPR", "KABUPATEN HUMBANG TOBA RAYA,"],
    nama: "JONRI LUMBAN GAOL, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19800506 200502 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "i4") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the drainase kondisi baik (a rate) is 74.00, the 2028 target; the 2029 target is 77.00",
    truth: a("k2029", "i4"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "i3") },
    rules: ["target-outlier"],
    note: "2027 target of the SR SPALD-T is 4,000 among 300, 350, 450, 500 (a zero too many); 400 fits the series and the kondisi akhir 2,000",
    truth: "400",
  });
  const ks = (id: string) => YRS.map((y) => a(`k${y}`, id)).join("+");
  for (const id of ["i1", "i2", "i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: ks(id),
    });
  for (const id of ["i5", "i6"])
    b.ok({ sheet: S, cell: a("k2029", id), rules: ["target-trend"], truth: a("k2029", id) });
  b.ok({ sheet: S, cell: a("k2029", "i1"), rules: ["target-outlier", "target-trend"], truth: "16.5" });
  return b.finish();
}
