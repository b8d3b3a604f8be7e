// The Renstra side of the Bagian Administrasi Pembangunan: a T-C.27 (rencana program, kegiatan, sub
// kegiatan dan pendanaan indikatif, "(dalam ribuan rupiah)", Tahun ke-1 .. ke-5 with the years beside them,
// kondisi akhir) of Kabupaten Banggai Pesisir (Sulawesi Tengah) and the IKU matrix of the Setda's
// pembangunan sector for 2025-2029 (Kabupaten Sendang Rejo, Jawa Tengah). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Tc = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
};

export function tc27Adpem(): BookW {
  const b = new BookW(
    "tc27-pendanaan-adpem-banggai-pesisir.xlsx",
    "T-C.27 Rencana program, kegiatan dan pendanaan indikatif (Bagian Administrasi Pembangunan)",
    "T-C.27 of the Renstra Setda Kabupaten Banggai Pesisir 2022-2026, Bagian Administrasi Pembangunan: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2021) | 'Tahun ke-1 (2022)' .. 'Tahun ke-5 (2026)' > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit Kerja | Lokasi; Rp in ribuan; two kegiatan under the program",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI PESISIR", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Sekretariat Daerah Kabupaten Banggai Pesisir Tahun 2022-2026 (Bagian Administrasi Pembangunan)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2022, 2023, 2024, 2025, 2026];
  const ord = ["ke-1", "ke-2", "ke-3", "ke-4", "ke-5"];
  const subs: Tc[] = [
    {
      id: "s1",
      kode: "4.01.03.2.03.0001",
      nm: "Fasilitasi Penyusunan Program Pembangunan",
      ind: "Jumlah dokumen program pembangunan yang difasilitasi",
      sat: "dokumen",
      awal: 2,
      k: [3, 3, 3, 3, 3],
      rp: [265_000, 278_250, 292_150, 306_750, 322_100],
      flow: true,
    },
    {
      id: "s2",
      kode: "4.01.03.2.03.0002",
      nm: "Pengendalian Program Pembangunan",
      ind: "Jumlah laporan pengendalian paket pekerjaan",
      sat: "laporan",
      awal: 10,
      k: [12, 12, 12, 12, 12],
      rp: [395_400, 412_600, 430_000, 447_800, 466_300],
      flow: true,
    },
    {
      id: "s3",
      kode: "4.01.03.2.03.0003",
      nm: "Pengelolaan Evaluasi dan Pelaporan Pelaksanaan Pembangunan",
      ind: "Persentase OPD yang menginput e-monev tepat waktu",
      sat: "%",
      awal: 65.38,
      k: [70, 75, 80, 85, 90],
      rp: [228_900, 241_500, 255_000, 268_350, 281_800],
    },
    {
      id: "s4",
      // planted: coded under bidang 4.01.02 while its kegiatan is 4.01.03.2.01
      kode: "4.01.02.2.01.0002",
      nm: "Koordinasi Pengadaan Barang/Jasa dan Pembinaan Penyedia",
      ind: "Jumlah paket pekerjaan yang dikoordinasikan",
      sat: "paket",
      awal: 140,
      k: [150, 160, 170, 180, 190],
      rp: [184_200, 193_400, 203_100, 213_250, 223_900],
      flow: true,
    },
  ];
  const k1: Tc = {
    id: "k1",
    kode: "4.01.03.2.03",
    nm: "Pelaksanaan Administrasi Pembangunan",
    ind: "Persentase laporan monev yang tepat waktu",
    sat: "%",
    awal: 75,
    k: [80, 85, 90, 95, 100],
  };
  const k2: Tc = {
    id: "k2",
    kode: "4.01.03.2.01",
    nm: "Pelaksanaan Pengendalian Pengadaan Barang dan Jasa",
    ind: "Persentase paket pengadaan yang terkoordinasi",
    sat: "%",
    awal: 82.5,
    k: [85, 87.5, 90, 92.5, 95],
  };
  const pr: Tc = {
    id: "p",
    kode: "4.01.03",
    nm: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
    ind: "Persentase OPD dengan deviasi fisik-keuangan di bawah 10%",
    sat: "%",
    awal: 61.54,
    k: [65, 70, 75, 80, 85],
  };
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2021)"],
      role: "kondisi-awal",
      year: 2021,
      num: "5",
      fmt: DEC,
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ${ord[i]} (${y})`, "Target"],
        role: "target",
        year: y,
        num: String(6 + 2 * i),
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ${ord[i]} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: String(7 + 2 * i),
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2026,
      num: "16",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2026,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 13,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 12 },
  ];
  const rks = Y.map((y) => `r${y}`);
  const row = (e: Tc, from?: string[]): Row => ({
    id: e.id,
    bold: !e.id.startsWith("s"),
    cells: (x: Ctx) => {
      const c: Record<string, number | string | ReturnType<typeof fx>> = {
        kode: e.kode,
        nm: e.nm,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        kak: e.flow ? fx(`SUM(${Y.map((y) => x.a(`k${y}`)).join(",")})`) : fx(x.a("k2026")),
        rak: fx(rks.map((k) => x.a(k)).join("+")),
        unit: "Bagian Adm. Pembangunan",
        lok: "Kabupaten",
      };
      Y.forEach((y, i) => {
        c[`k${y}`] = e.k[i];
        c[`r${y}`] = e.rp ? e.rp[i] : fx(from!.map((id) => x.a(`r${y}`, id)).join("+"));
      });
      // planted: s2's kondisi akhir Rp typed 2,125,100; the five years give 2,152,100
      if (e.id === "s2") c.rak = 2_125_100;
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      row(pr, ["k1", "k2"]),
      row(k1, ["s1", "s2", "s3"]),
      ...subs.slice(0, 3).map((e) => row(e)),
      row(k2, ["s4"]),
      row(subs[3]),
    ],
  });
  s.gap();
  signature(s, 14, {
    tempat: "Luwuk Pesisir, 30 Desember 2021",
    jabatan: ["SEKRETARIS DAERAH KABUPATEN BANGGAI PESISIR,"],
    nama: "Dr. Ir. HASAN MOHAMAD SALEH, M.Si.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19680214 199303 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rak", "s2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 4.01.03.2.03.0002 is a typed 2,125,100 among '7+9+11+13+15' formulas; the five years give 2,152,100",
    truth: rks.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Koordinasi Pengadaan Barang/Jasa is coded 4.01.02.2.01.0002 under kegiatan 4.01.03.2.01 (should be 4.01.03.2.01.0002)",
    truth: `PARENT(${a("kode", "s4")})`,
    actual: a("kode", "k2"),
  });
  for (const e of [pr, k1, k2, ...subs]) {
    if (e.id !== "s2")
      b.ok({
        sheet: S,
        cell: a("rak", e.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: rks.map((k) => a(k, e.id)).join("+"),
      });
    b.ok({
      sheet: S,
      cell: a("kak", e.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: e.flow ? Y.map((y) => a(`k${y}`, e.id)).join("+") : a("k2026", e.id),
      // a rate ends at its last target, not the five added up
      trap: e.flow ? undefined : Y.map((y) => a(`k${y}`, e.id)).join("+"),
    });
  }
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", "k1"),
      actual: `PARENT(${a("kode", id)})`,
    });
  // the program adds its two kegiatan, not the sub kegiatan too
  for (const y of [2022, 2026])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3", "s4"].map((id) => a(`r${y}`, id)).join("+"),
      trap: ["k1", "s1", "s2", "s3", "k2", "s4"].map((id) => a(`r${y}`, id)).join("+"),
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
  tg: number[];
  neg?: boolean;
  sumber: string;
};

export function ikuAdpem(): BookW {
  const b = new BookW(
    "iku-matriks-setda-adpem-sendang-rejo.xlsx",
    "Matriks Indikator Kinerja Utama (Bagian Administrasi Pembangunan)",
    "IKU 2025-2029 of the Bagian Administrasi Pembangunan, Setda Kabupaten Sendang Rejo: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Sumber Data | Penanggung Jawab; groups written once in the first cell",
  );
  const S = "IKU Adpem";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SENDANG REJO",
    "SEKRETARIAT DAERAH - BAGIAN ADMINISTRASI PEMBANGUNAN",
  ]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) BAGIAN ADMINISTRASI PEMBANGUNAN", "PERIODE 2025 s.d. 2029"]);
  s.gap();
  const S1 = "Meningkatnya kualitas pengendalian pelaksanaan APBD";
  const S2 = "Meningkatnya kualitas evaluasi dan pelaporan pembangunan";
  const I: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase realisasi keuangan APBD",
      rumus: "Realisasi belanja / pagu belanja x 100%",
      sat: "%",
      awal: 92.38,
      tg: [93, 94, 95, 96, 97],
      sumber: "SIPD / e-monev",
    },
    // planted: 2027 typed 9.6 among 94 .. 98
    {
      id: "i2",
      sas: S1,
      ind: "Persentase paket pekerjaan selesai tepat waktu",
      rumus: "Paket selesai tepat waktu / paket kontraktual x 100%",
      sat: "%",
      awal: 91.2,
      tg: [94, 95, 9.6, 97, 98],
      sumber: "LPSE, e-monev",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Rata-rata deviasi realisasi fisik dan keuangan OPD",
      rumus: "Rata-rata |fisik - keuangan| seluruh OPD",
      sat: "%",
      awal: 6.1,
      tg: [5.5, 5, 4.5, 4, 3.5],
      neg: true,
      sumber: "e-monev",
    },
    // planted: 2026 target 82 below 2025's 85 in a rising series
    {
      id: "i4",
      sas: S2,
      ind: "Persentase OPD yang menyampaikan laporan e-monev tepat waktu",
      rumus: "OPD tepat waktu / jumlah OPD x 100%",
      sat: "%",
      awal: 84.21,
      tg: [85, 82, 90, 95, 100],
      sumber: "Aplikasi e-monev",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks kepuasan OPD terhadap layanan fasilitasi pembangunan",
      rumus: "Survei kepuasan skala 1-4",
      sat: "indeks",
      awal: 3.12,
      tg: [3.2, 3.25, 3.3, 3.35, 3.4],
      sumber: "Survei Bagian",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi / Cara Pengukuran"], role: "rumus", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 8,
    })),
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    rows: I.map((x, i): Row => {
      const c: Record<string, number | string> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        src: x.sumber,
        pj: "Kasubbag Pengendalian",
      };
      Y.forEach((y, j) => (c[`y${y}`] = x.tg[j]));
      return { id: x.id, cells: c };
    }),
  });
  s.gap();
  s.lines(["Catatan: indikator nomor 3 bersifat negatif (semakin kecil semakin baik)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i2") },
    rules: ["target-outlier"],
    note: "2027 target of the paket tepat waktu is 9.6 between 95 and 97 (a decimal point slipped): 96",
    truth: `(${a("y2026", "i2")}+${a("y2028", "i2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2026", "i4") },
    rules: ["target-trend"],
    note: "2026 target of the e-monev rate (higher is better) falls to 82 after 85 in 2025, then climbs to 90: 87.50 between its neighbours keeps the series rising",
    truth: `(${a("y2025", "i4")}+${a("y2027", "i4")})/2`,
  });
  // the lower-is-better deviasi falls on purpose
  for (const y of [2026, 2029])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "i3"),
      rules: ["target-trend", "target-outlier"],
      truth: String(I[2].tg[Y.indexOf(y)]),
    });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("y2027", id),
      rules: ["target-outlier", "target-trend"],
      truth: `(${a("y2026", id)}+${a("y2028", id)})/2`,
    });
  return b.finish();
}
