// Renstra tables on revenue and assets: the T-C.27 of the Badan Pengelolaan Keuangan, Pendapatan dan
// Aset Daerah (BPKPAD) of Kota Tirtamulya in Jawa Tengah, Renstra 2025-2029 "(dalam ribuan rupiah)",
// with ordinal Tahun ke-1..ke-5 headers and two programs (pendapatan, barang milik daerah); and the
// IKU matrix of the Badan Pendapatan Daerah of Provinsi Kalimantan Timur 2025-2029 with its targets.
// Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ====================================================== BPKPAD Kota Tirtamulya, T-C.27 2025-2029

type L = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** kondisi akhir K: the sum of the years (flows) or the last year (levels) */
  flow: boolean;
  rp?: number[];
  f: string;
};

export function tc27BpkpadTirtamulya(): BookW {
  const b = new BookW(
    "tc27-renstra-bpkpad-kota-tirtamulya-2025-2029.xlsx",
    "T-C.27 Renstra BPKPAD (pendapatan dan aset)",
    "T-C.27 of the BPKPAD of Kota Tirtamulya (Jawa Tengah), Renstra 2025-2029, '(dalam ribuan rupiah)': Tujuan | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; number row 1..21 with '19 = 9+11+13+15+17'; program Rp = kegiatan added, kegiatan Rp = SUM of its sub kegiatan, kondisi akhir Rp = SUM of the years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TIRTAMULYA",
    "BADAN PENGELOLAAN KEUANGAN, PENDAPATAN DAN ASET DAERAH",
    "Jl. Pemuda No. 148 Tirtamulya 50132",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan BPKPAD Kota Tirtamulya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const TJ = "Meningkatnya kemandirian keuangan daerah";
  const SA1 = "Meningkatnya penerimaan pendapatan asli daerah";
  const SA2 = "Meningkatnya tertib administrasi dan pengamanan barang milik daerah";
  const rows: Array<L & { sas: string; lvl: "p" | "k" | "s"; parent?: string }> = [
    {
      id: "p1",
      lvl: "p",
      sas: SA1,
      kode: "5.02.04",
      nm: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      awal: 21.35,
      tg: [22.1, 22.8, 23.5, 24.2, 25],
      flow: false,
      f: DEC,
    },
    {
      id: "k1",
      lvl: "k",
      parent: "p1",
      sas: SA1,
      kode: "5.02.04.2.01",
      nm: "Perencanaan Pengelolaan Pendapatan Daerah",
      ind: "Jumlah dokumen perencanaan dan evaluasi pendapatan daerah",
      sat: "dokumen",
      awal: 2,
      tg: [2, 2, 2, 2, 2],
      flow: true,
      f: "0",
    },
    {
      id: "s11",
      lvl: "s",
      parent: "k1",
      sas: SA1,
      kode: "5.02.04.2.01.0001",
      nm: "Penyusunan Rencana Penerimaan Pajak Daerah",
      ind: "Jumlah dokumen rencana penerimaan pajak daerah",
      sat: "dokumen",
      awal: 1,
      tg: [1, 1, 1, 1, 1],
      flow: true,
      rp: [185_000, 195_500, 204_750, 215_000, 226_250],
      f: "0",
    },
    {
      id: "s12",
      lvl: "s",
      parent: "k1",
      sas: SA1,
      kode: "5.02.04.2.01.0002",
      nm: "Pendataan dan Pendaftaran Objek Pajak Daerah",
      ind: "Jumlah objek PBB-P2 yang dimutakhirkan",
      sat: "objek",
      awal: 11_250,
      tg: [12_000, 12_500, 13_000, 13_500, 14_000],
      flow: true,
      rp: [1_148_600, 1_206_000, 1_266_300, 1_329_600, 1_396_100],
      f: "#,##0",
    },
    {
      id: "k2",
      lvl: "k",
      parent: "p1",
      sas: SA1,
      kode: "5.02.04.2.02",
      nm: "Analisa dan Pengembangan Pajak Daerah, serta Penyusunan Kebijakan Pajak Daerah",
      ind: "Persentase realisasi penerimaan pajak daerah terhadap target",
      sat: "%",
      awal: 98.7,
      tg: [100, 100, 100, 100, 100],
      flow: false,
      f: DEC,
    },
    {
      id: "s21",
      lvl: "s",
      parent: "k2",
      sas: SA1,
      kode: "5.02.04.2.02.0001",
      nm: "Penagihan dan Pemeriksaan Pajak Daerah",
      ind: "Persentase piutang PBB-P2 yang tertagih",
      sat: "%",
      awal: 10.4,
      tg: [12, 14, 16, 18, 20],
      flow: false,
      rp: [874_300, 918_000, 963_900, 1_012_100, 1_062_700],
      f: DEC,
    },
    {
      id: "s22",
      lvl: "s",
      parent: "k2",
      sas: SA1,
      kode: "5.02.04.2.02.0002",
      nm: "Pengembangan Sistem Informasi Pajak Daerah (e-BPHTB dan e-PBJT)",
      ind: "Persentase wajib pajak PBJT yang terhubung alat perekam transaksi",
      sat: "%",
      awal: 31.5,
      tg: [40, 50, 60, 70, 80],
      flow: false,
      rp: [1_425_000, 1_380_500, 1_452_800, 1_510_000, 1_575_400],
      f: DEC,
    },
    {
      id: "p2",
      lvl: "p",
      sas: SA2,
      kode: "5.02.03",
      nm: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
      ind: "Persentase aset tanah pemerintah kota yang bersertifikat",
      sat: "%",
      awal: 68.4,
      tg: [72, 76, 80, 84, 88],
      flow: false,
      f: DEC,
    },
    {
      id: "k3",
      lvl: "k",
      parent: "p2",
      sas: SA2,
      kode: "5.02.03.2.02",
      nm: "Pengamanan Barang Milik Daerah",
      ind: "Jumlah laporan pengamanan barang milik daerah",
      sat: "laporan",
      awal: 2,
      tg: [2, 2, 2, 2, 2],
      flow: true,
      f: "0",
    },
    {
      id: "s31",
      lvl: "s",
      parent: "k3",
      sas: SA2,
      kode: "5.02.03.2.02.0001",
      nm: "Pengamanan Fisik, Administrasi dan Hukum Barang Milik Daerah",
      ind: "Jumlah dokumen pengamanan barang milik daerah",
      sat: "dokumen",
      awal: 10,
      tg: [12, 12, 12, 12, 12],
      flow: true,
      rp: [312_400, 328_000, 344_400, 361_600, 379_700],
      f: "0",
    },
    {
      id: "s32",
      lvl: "s",
      parent: "k3",
      sas: SA2,
      // planted: the row was copied from the pendapatan block and kept its code
      kode: "5.02.04.2.02.0002",
      nm: "Sertifikasi Tanah Barang Milik Daerah",
      ind: "Jumlah bidang tanah milik pemerintah kota yang disertifikatkan",
      sat: "bidang",
      awal: 35,
      tg: [40, 45, 45, 50, 50],
      flow: true,
      rp: [1_260_000, 1_417_500, 1_417_500, 1_575_000, 1_575_000],
      f: "0",
    },
  ];
  const subsOf = (pid: string) => rows.filter((r) => r.parent === pid);
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "tj", head: ["Tujuan"], role: "tujuan", num: "1", width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "2", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "3", width: 19 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "4", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "5",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "6", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "7",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(6 + 2 * y),
        width: 10,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(7 + 2 * y),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akt", head: [AK, "Target"], role: "kondisi-akhir", num: "18", width: 10 },
    { key: "akr", head: [AK, "Rp"], role: "kondisi-akhir", num: "19 = 9+11+13+15+17", fmt: RP, width: 14 },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "20", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "21", width: 14 },
  ];
  const unit = (id: string) =>
    id.startsWith("s3") || id === "k3" || id === "p2" ? "Bidang Aset" : "Bidang Pendapatan";
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c: Ctx) => {
      const out: Record<string, ReturnType<typeof fmt> | ReturnType<typeof fx> | string | number> = {
        tj: TJ,
        sas: x.sas,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        uk: unit(x.id),
        lok: "Kota Tirtamulya",
      };
      Y.forEach((y, i) => {
        out[`t${y}`] = fmt(x.tg[i], x.f);
        const k = `r${y}`;
        if (x.lvl === "s") out[k] = x.rp![i];
        else if (x.lvl === "k") {
          const ss = subsOf(x.id);
          out[k] = fx(`SUM(${c.a(k, ss[0].id)}:${c.a(k, ss[ss.length - 1].id)})`);
        } else
          out[k] = fx(
            subsOf(x.id)
              .map((kg) => c.a(k, kg.id))
              .join("+"),
          );
      });
      // planted: the sertifikasi's kondisi akhir K is the Tahun ke-5 target 50; the bidang are yearly increments
      const akK = x.id === "s32" ? x.tg[4] : x.flow ? x.tg.reduce((n, v) => n + v, 0) : x.tg[4];
      out.akt = fmt(akK, x.f);
      out.akr = fx(`${c.a("r1")}+${c.a("r2")}+${c.a("r3")}+${c.a("r4")}+${c.a("r5")}`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body, vmerge: ["tj", "sas"] });
  s.gap();
  s.lines([
    "Keterangan: kondisi kinerja akhir periode untuk indikator persentase dan rasio = target Tahun ke-5;",
    "untuk indikator jumlah (dokumen, objek, bidang) = jumlah target Tahun ke-1 s.d. ke-5. Tahun ke-1 = 2025.",
  ]);
  s.gap();
  signature(s, 17, {
    tempat: "Tirtamulya, 8 Agustus 2025",
    jabatan: ["KEPALA BPKPAD KOTA TIRTAMULYA,"],
    nama: "Drs. BAMBANG SETYO NUGROHO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19701126 199403 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s32") },
    rules: ["code-hierarchy", "duplicate-code"],
    note: "sub kegiatan Sertifikasi Tanah Barang Milik Daerah stands under kegiatan 5.02.03.2.02 but carries 5.02.04.2.02.0002, the code of the e-BPHTB / e-PBJT sub kegiatan above (a copied row); its code is 5.02.03.2.02.0002",
    truth: `${a("kode", "k3")}&".0002"`,
  });
  b.plant({
    at: { sheet: S, cell: a("akt", "s32") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the bidang tanah disertifikatkan (a yearly count, summed by the note) is 50, the Tahun ke-5 target; 40 + 45 + 45 + 50 + 50 = 230",
    truth: Y.map((y) => a(`t${y}`, "s32")).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "s32")
      b.ok({
        sheet: S,
        cell: a("akt", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? Y.map((y) => a(`t${y}`, x.id)).join("+") : a("t5", x.id),
        // a rate ends at its Tahun ke-5 target, never at the five years added up
        trap: x.flow ? undefined : Y.map((y) => a(`t${y}`, x.id)).join("+"),
      });
    b.ok({
      sheet: S,
      cell: a("akr", x.id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`r${y}`, x.id)).join("+"),
    });
  }
  for (const id of ["k1", "k2", "k3"])
    for (const y of [1, 3, 5])
      b.ok({
        sheet: S,
        cell: a(`r${y}`, id),
        rules: ["sum-mismatch"],
        truth: subsOf(id)
          .map((x) => a(`r${y}`, x.id))
          .join("+"),
      });
  // the program adds its two kegiatan, not every row under it (that would count the sub kegiatan twice)
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
      trap: `SUM(${a(`r${y}`, "k1")}:${a(`r${y}`, "s22")})`,
    });
  for (const id of ["s11", "s12", "s21", "s22", "s31"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      // s22 is the other side of the planted duplicate: clean for the hierarchy only
      rules: id === "s22" ? ["code-hierarchy"] : ["code-hierarchy", "duplicate-code"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", rows.find((r) => r.id === id)!.parent!),
    });
  return b.finish();
}

// ============================================== Bapenda Provinsi Kalimantan Timur, IKU 2025-2029

type Iku = {
  id: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  f: string;
  sumber: string;
};

export function ikuBapendaKaltim(): BookW {
  const b = new BookW(
    "iku-bapenda-kaltim-2025-2029-target.xlsx",
    "IKU matrix with targets (Bapenda Provinsi)",
    "Indikator Kinerja Utama of the Bapenda of Provinsi Kalimantan Timur 2025-2029 (Keputusan Kepala Badan): No | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025..2029 | Kondisi Akhir (2029) | Sumber Data; polarity only in the names (piutang, waktu pelayanan lower is better); no number row",
  );
  const S = "IKU Bapenda";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "BADAN PENDAPATAN DAERAH"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN TIMUR",
    "NOMOR 800/1.245/BAPENDA-SEKR/2025 TENTANG INDIKATOR KINERJA UTAMA TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "i1",
      ind: "Persentase realisasi pendapatan asli daerah terhadap target",
      rumus: "Realisasi PAD / Target PAD (APBD Perubahan) x 100%",
      sat: "%",
      awal: 104.6,
      tg: [100, 100, 100, 100, 100],
      f: DEC,
      sumber: "LRA Bapenda",
    },
    {
      id: "i2",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      rumus: "PAD / Total Pendapatan Daerah x 100%",
      sat: "%",
      awal: 48.6,
      tg: [49.2, 50, 50.8, 51.5, 52.3],
      f: DEC,
      sumber: "LKPD Provinsi",
    },
    {
      id: "i3",
      ind: "Persentase piutang pajak kendaraan bermotor terhadap ketetapan",
      rumus: "Saldo piutang PKB akhir tahun / Ketetapan PKB tahun berjalan x 100%",
      sat: "%",
      awal: 9.8,
      // planted: 2026 typed 9.9 on a falling path (9.2 -> 8.0)
      tg: [9.2, 9.9, 8, 7.4, 6.8],
      neg: true,
      f: DEC,
      sumber: "Aplikasi e-Samsat",
    },
    {
      id: "i4",
      ind: "Rata-rata waktu pelayanan pengesahan STNK dan pembayaran PKB",
      rumus: "Jumlah waktu layanan seluruh wajib pajak / jumlah wajib pajak dilayani",
      sat: "menit",
      awal: 45,
      tg: [40, 35, 30, 25, 20],
      neg: true,
      f: "0",
      sumber: "Survei waktu layanan UPTD PPRD",
    },
    {
      id: "i5",
      ind: "Tingkat kepatuhan wajib pajak kendaraan bermotor",
      rumus: "Jumlah kendaraan membayar PKB tepat waktu / jumlah kendaraan terdaftar x 100%",
      sat: "%",
      awal: 71.4,
      // planted: 2028 typed 7.9 (a decimal slip for 79.00)
      tg: [73, 75, 77, 7.9, 81],
      f: DEC,
      sumber: "Aplikasi e-Samsat",
    },
    {
      id: "i6",
      ind: "Indeks kepuasan masyarakat atas layanan Samsat",
      rumus: "Rata-rata tertimbang unsur pelayanan (PermenPANRB 14/2017) x 25",
      sat: "indeks",
      awal: 82.1,
      tg: [83, 84, 85, 86, 87],
      f: DEC,
      sumber: "Survei Kepuasan Masyarakat",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fmt(x.id === "i5" ? 81 : x.tg[4], x.f),
        src: x.sumber,
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 dan 4 semakin kecil semakin baik; kondisi akhir = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Samarinda, 2 Juni 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "PROVINSI KALIMANTAN TIMUR,"],
    nama: "Dr. H. ISMAIL FAHRUDDIN, S.E., M.Si.",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2026", "i3") },
    rules: ["target-trend"],
    note: "2026 target of the piutang PKB (lower is better) is 9.90 in 9.20, 9.90, 8.00, 7.40, 6.80: it rises above both the 2024 baseline 9.80 and the 2025 target; the falling path puts it near 8.60",
    truth: "8.6",
    tol: 0.06,
  });
  b.plant({
    at: { sheet: S, cell: a("y2028", "i5") },
    rules: ["target-outlier", "target-trend"],
    note: "2028 target of the kepatuhan wajib pajak is 7.90 among 73, 75, 77, ., 81: a decimal slip for 79.00",
    truth: "79",
  });
  for (const x of rows) {
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", x.id),
      // rates, minutes and an index end at the 2029 target, not at the five years added up
      trap: years.map((y) => a(`y${y}`, x.id)).join("+"),
    });
    if (x.id === "i4")
      for (const y of years)
        b.ok({
          sheet: S,
          cell: a(`y${y}`, x.id),
          rules: ["target-trend", "target-outlier"],
          truth: String(x.tg[y - 2025]),
        });
  }
  b.ok({ sheet: S, cell: a("y2029", "i3"), rules: ["target-trend"], truth: "6.8" });
  return b.finish();
}
