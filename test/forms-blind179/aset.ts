// Land tables of a Dinas Pertanahan in Riau (Kabupaten Rokan Tengah, invented): the recap of the
// certification of the Pemda's land assets per kecamatan in 2024, and the T-C.27 funding table of the
// Renstra 2025-2029 (ordinal years, "(dalam ribuan rupiah)", K | Rp pairs). Every number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = { id: string; nama: string; bid: number; sd23: number; tg: number; re: number };

export function sertipikasiRokan(): BookW {
  const b = new BookW(
    "rekap-sertipikasi-aset-tanah-pemda-rokan-tengah.xlsx",
    "Rekap sertipikasi tanah milik Pemda per kecamatan (Dinas Pertanahan)",
    "Rekap 2024 of a Dinas Pertanahan in Riau: No | Kecamatan | Jumlah Bidang Tanah Aset | Bersertipikat s.d. 2023 | 'Sertipikasi Tahun 2024' > Target | Realisasi | Bersertipikat s.d. 2024 | Persentase Bersertipikat | Capaian Target 2024 | Keterangan; number row (1) .. (10) with (7) = (4) + (6), (8) = (7) / (3) x 100, (9) = (6) / (5) x 100; TOTAL row",
  );
  const S = "Sertipikasi Aset 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN ROKAN TENGAH",
    "DINAS PERTANAHAN",
    "Jl. Datuk Tabano No. 17 Pasir Limau Kode Pos 28557",
  ]);
  s.lines(["REKAPITULASI SERTIPIKASI TANAH MILIK PEMERINTAH DAERAH", "MENURUT KECAMATAN TAHUN 2024"]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Pasir Limau", bid: 412, sd23: 268, tg: 30, re: 34 },
    { id: "k2", nama: "Ujung Batu Baru", bid: 356, sd23: 221, tg: 25, re: 25 },
    { id: "k3", nama: "Kepenuhan Barat", bid: 298, sd23: 154, tg: 25, re: 19 },
    { id: "k4", nama: "Tandun Hilir", bid: 241, sd23: 137, tg: 20, re: 22 },
    { id: "k5", nama: "Bonai Jaya", bid: 187, sd23: 96, tg: 15, re: 11 },
    { id: "k6", nama: "Rambah Tengah", bid: 329, sd23: 205, tg: 25, re: 27 },
    { id: "k7", nama: "Kunto Sari", bid: 164, sd23: 88, tg: 10, re: 13 },
  ];
  const G = "Sertipikasi Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "bid", head: ["Jumlah Bidang Tanah Aset Pemda (bidang)"], num: "(3)", fmt: INT, width: 12 },
    {
      key: "sd23",
      head: ["Bersertipikat s.d. Tahun 2023 (bidang)"],
      role: "realisasi",
      year: 2023,
      num: "(4)",
      fmt: INT,
      width: 12,
    },
    { key: "tg", head: [G, "Target (bidang)"], role: "target", year: 2024, num: "(5)", fmt: INT, width: 10 },
    {
      key: "re",
      head: [G, "Realisasi (bidang)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
      width: 10,
    },
    {
      key: "sd24",
      head: ["Bersertipikat s.d. Tahun 2024 (bidang)"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (4) + (6)",
      fmt: INT,
      width: 12,
    },
    { key: "pct", head: ["Persentase Bersertipikat (%)"], num: "(8) = (7) / (3) x 100", fmt: DEC, width: 12 },
    {
      key: "cap",
      head: ["Capaian Target 2024 (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (6) / (5) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(10)", width: 22 },
  ];
  const sumCol = (k: string, x: Ctx, last = "k7") => `SUM(${x.a(k, "k1")}:${x.a(k, last)})`;
  const sd23tot = K.reduce((n, k) => n + k.sd23, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          bid: k.bid,
          sd23: k.sd23,
          tg: k.tg,
          re: k.re,
          // planted: Kepenuhan Barat typed 163 (154 + 19 = 173)
          sd24: k.id === "k3" ? 163 : fx(`${x.a("sd23")}+${x.a("re")}`),
          pct: fx(`ROUND(${x.a("sd24")}/${x.a("bid")}*100,2)`),
          cap: fx(`ROUND(${x.a("re")}/${x.a("tg")}*100,2)`),
          ket: k.re < k.tg ? "Berkas warkah belum lengkap" : k.re > k.tg ? "PTSL BPN tambahan" : "-",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          bid: fx(sumCol("bid", x)),
          // planted: a stale cached result from before Tandun Hilir's 137 were counted
          sd23: fx(sumCol("sd23", x), sd23tot - 137),
          tg: fx(sumCol("tg", x)),
          re: fx(sumCol("re", x)),
          sd24: fx(sumCol("sd24", x)),
          pct: fx(`ROUND(${x.a("sd24")}/${x.a("bid")}*100,2)`),
          cap: fx(`ROUND(${x.a("re")}/${x.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Sertipikat Hak Pakai / Hak Pengelolaan atas nama Pemerintah Kabupaten Rokan Tengah (kerja sama dengan Kantor Pertanahan).",
    "- Baris TOTAL kolom (8) dan (9) dihitung dari jumlah, bukan dijumlahkan atau dirata-ratakan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pasir Limau, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANAHAN", "KABUPATEN ROKAN TENGAH,"],
    nama: "Ir. HENDRI SYAHPUTRA NASUTION, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => `SUM(${a(k, "k1")}:${a(k, "k7")})`;
  b.plant({
    at: { sheet: S, cell: a("sd24", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Bersertipikat s.d. 2024 of Kepenuhan Barat is a typed 163 among (4)+(6) formulas; 154 + 19 give 173",
    truth: `${a("sd23", "k3")}+${a("re", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sd23", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL Bersertipikat s.d. 2023 is =SUM with a stale cached ${sd23tot - 137}; the seven kecamatan give ${sd23tot}`,
    truth: col("sd23"),
  });
  for (const k of K) {
    if (k.id !== "k3") {
      b.ok({
        sheet: S,
        cell: a("sd24", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("sd23", k.id)}+${a("re", k.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("pct", k.id),
        rules: ["percent-out-of-range"],
        truth: `ROUND(${a("sd24", k.id)}/${a("bid", k.id)}*100,2)`,
      });
    }
    b.ok({
      sheet: S,
      cell: a("cap", k.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("re", k.id)}/${a("tg", k.id)}*100,2)`,
    });
  }
  for (const k of ["bid", "tg", "re"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  // the total capaian is the ratio of the totals, not the average of the kecamatan capaian
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${col("re")}/${col("tg")}*100,2)`,
    trap: `AVERAGE(${a("cap", "k1")}:${a("cap", "k7")})`,
  });
  return b.finish();
}

// ========================================== T-C.27 Renstra Dinas Pertanahan Rokan Tengah 2025-2029

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  aw: number;
  k: number[];
  /** typed Rp of a sub kegiatan (ribuan), or the ids it adds */
  rp: number[] | string[];
  flow?: boolean;
};

export function tc27Rokan(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-pertanahan-rokan-tengah.xlsx",
    "T-C.27 Renstra funding (Dinas Pertanahan)",
    "T-C.27 of the Renstra Dinas Pertanahan 2025-2029 of a Riau kabupaten: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | PD Penanggung Jawab; (dalam ribuan rupiah); years only in the title; flows sum their years, rates take the last",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERTANAHAN KABUPATEN ROKAN TENGAH"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Pertanahan Kabupaten Rokan Tengah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "p1",
      kode: "2.10.02",
      nm: "PROGRAM PENGADAAN TANAH UNTUK KEPENTINGAN UMUM",
      ind: "Persentase bidang tanah untuk kepentingan umum yang dibebaskan sesuai rencana",
      sat: "%",
      aw: 72.5,
      k: [76, 80, 84, 88, 92],
      rp: ["k1"],
    },
    {
      id: "k1",
      kode: "2.10.02.2.01",
      nm: "Pengadaan Tanah untuk Kepentingan Umum",
      ind: "Jumlah dokumen pengadaan tanah yang diselesaikan",
      sat: "dokumen",
      aw: 3,
      k: [4, 4, 5, 5, 6],
      rp: ["s1", "s2"],
      flow: true,
    },
    {
      id: "s1",
      kode: "2.10.02.2.01.0001",
      nm: "Penyusunan Perencanaan Pengadaan Tanah untuk Kepentingan Umum",
      ind: "Jumlah dokumen perencanaan pengadaan tanah",
      sat: "dokumen",
      aw: 2,
      k: [2, 2, 3, 3, 3],
      rp: [385_000, 410_000, 445_000, 470_000, 495_000],
      flow: true,
    },
    {
      id: "s2",
      kode: "2.10.02.2.01.0002",
      nm: "Pelaksanaan Pengadaan Tanah untuk Kepentingan Umum",
      ind: "Luas tanah untuk kepentingan umum yang dibebaskan",
      sat: "m2",
      aw: 16_400,
      k: [18_500, 19_000, 21_000, 22_500, 24_000],
      rp: [2_150_000, 2_240_000, 2_460_000, 2_620_000, 2_790_000],
      flow: true,
    },
    {
      id: "p2",
      kode: "2.10.05",
      nm: "PROGRAM REDISTRIBUSI TANAH DAN GANTI KERUGIAN TANAH KELEBIHAN MAKSIMUM DAN TANAH ABSENTEE",
      ind: "Persentase bidang Tanah Objek Reforma Agraria (TORA) yang diredistribusikan",
      sat: "%",
      aw: 38.2,
      k: [45, 52, 60, 68, 75],
      rp: ["k2"],
    },
    {
      id: "k2",
      kode: "2.10.05.2.01",
      nm: "Penetapan Subjek dan Objek Redistribusi Tanah serta Ganti Kerugian Tanah Kelebihan Maksimum dan Tanah Absentee",
      ind: "Jumlah bidang TORA yang ditetapkan subjek dan objeknya",
      sat: "bidang",
      aw: 410,
      k: [450, 480, 520, 560, 600],
      rp: ["s3"],
      flow: true,
    },
    {
      id: "s3",
      kode: "2.10.05.2.01.0001",
      nm: "Penetapan Subjek dan Objek Redistribusi Tanah",
      ind: "Jumlah bidang TORA yang ditetapkan subjek dan objeknya (GTRA)",
      sat: "bidang",
      aw: 410,
      k: [450, 480, 520, 560, 600],
      // planted: 2027 typed 6,480,000 (an extra zero), the neighbours are 590,000 .. 705,000
      rp: [560_000, 590_000, 6_480_000, 675_000, 705_000],
      flow: true,
    },
  ];
  const Y = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  const TG = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "aw",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [TG, y, "K"], role: "target", year: 2025 + i, num: String(6 + i), width: 9 },
      {
        key: `r${i}`,
        head: [TG, y, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        num: String(6 + i),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kak", head: [KA, "K"], role: "kondisi-akhir", year: 2029, num: "11", width: 10 },
    { key: "kar", head: [KA, "Rp"], role: "anggaran", year: 2029, num: "11", fmt: RP, width: 14 },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "12",
      width: 16,
    },
  ];
  const rk = [0, 1, 2, 3, 4];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...L.map((l): Row => ({
        id: l.id,
        bold: l.id.startsWith("p"),
        cells: (x: Ctx) => {
          const c: Record<string, ReturnType<typeof fx> | string | number> = {
            kode: l.kode,
            nm: l.nm,
            ind: l.ind,
            sat: l.sat,
            aw: l.aw,
            pj: "Dinas Pertanahan",
          };
          rk.forEach((i) => {
            c[`k${i}`] = l.k[i];
            c[`r${i}`] =
              typeof l.rp[0] === "number"
                ? (l.rp[i] as number)
                : fx((l.rp as string[]).map((id) => x.a(`r${i}`, id)).join("+"));
          });
          c.kak = l.flow ? fx(rk.map((i) => x.a(`k${i}`)).join("+")) : fx(x.a("k4"));
          // planted: s2's Rp kondisi akhir leaves out Tahun ke-5
          c.kar = fx(
            rk
              .slice(0, l.id === "s2" ? 4 : 5)
              .map((i) => x.a(`r${i}`))
              .join("+"),
          );
          return c;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "sat"],
        cells: (x: Ctx) => {
          const c: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH" };
          for (const k of [...rk.map((i) => `r${i}`), "kar"]) c[k] = fx(`${x.a(k, "p1")}+${x.a(k, "p2")}`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: Tahun ke-1 s.d. ke-5 = 2025 s.d. 2029; kondisi akhir indikator persentase = target tahun ke-5, indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Pasir Limau,   Maret 2025",
    jabatan: ["KEPALA DINAS PERTANAHAN,"],
    nama: "Ir. HENDRI SYAHPUTRA NASUTION, M.Si.",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rsum = (id: string) => rk.map((i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kar", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Rp kondisi akhir of sub kegiatan 2.10.02.2.01.0002 adds Tahun ke-1 .. ke-4 only (9,470,000); with Tahun ke-5's 2,790,000 the five years give 12,260,000",
    truth: rsum("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2", "s3") },
    rules: ["target-outlier"],
    note: "Rp Tahun ke-3 (2027) of sub kegiatan 2.10.05.2.01.0001 is 6,480,000, ten times its neighbours (560,000 .. 705,000): 648,000 with a zero too many",
    truth: "648000",
  });
  for (const id of ["s1", "s3", "k1", "p1"])
    b.ok({ sheet: S, cell: a("kar", id), rules: ["kondisi-akhir-mismatch"], truth: rsum(id) });
  // a rate ends at its last target; a flow adds its five years
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: rk.map((i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["k1", "s2", "k2"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rk.map((i) => a(`k${i}`, id)).join("+"),
      trap: a("k4", id),
    });
  for (const i of rk) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
      trap: `SUM(${a(`r${i}`, "k1")}:${a(`r${i}`, "s2")})`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
  }
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "s3"),
      rules: ["target-outlier"],
      truth: String((L[6].rp as number[])[i]),
    });
  b.ok({ sheet: S, cell: a("k4", "p2"), rules: ["target-trend"], truth: "75" });
  for (const id of ["k1", "s1", "s2", "k2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "s3" ? "k2" : id === "k2" ? "p2" : id === "k1" ? "p1" : "k1"),
    });
  return b.finish();
}
