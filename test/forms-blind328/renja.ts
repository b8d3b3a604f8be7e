// E.81, T-C.27 and LKjIP of two invented Kecamatan: Gunungwangi (Kabupaten Lembah Sari, Jawa Tengah)
// and Bayu Utara (Kota Tanjung Bayu, Kalimantan Timur). PATEN, adminduk, musrenbang, pembinaan desa.
import { BookW, DEC, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

/** E.81 s.d. Triwulan IV 2024, Kecamatan Gunungwangi: no No column, ordinal (n-1)/(n-2), unmerged groups. */
export function e81Gunungwangi(): BookW {
  const b = new BookW(
    "e81-renja-kec-gunungwangi-2024-b328.xlsx",
    "E.81 evaluasi Renja (Kecamatan)",
    "E.81 Kecamatan Gunungwangi s.d. TW IV 2024: Kode | Program/Kegiatan | Indikator | Satuan | 5..14 K/Rp with ordinal (n-1)/(n-2) headers, unmerged group headers, no No column; footer rata-rata + predikat",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARI",
    "KECAMATAN GUNUNGWANGI",
    "Jl. Raya Gunungwangi No. 14, Telp. (0286) 591203",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA KECAMATAN GUNUNGWANGI",
    "RENSTRA KECAMATAN 2022-2026, REALISASI RENJA s.d. TRIWULAN IV TAHUN 2024",
  ]);
  s.gap();
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num: `${num}`, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num: `${num}`, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 16 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan"], num: "3", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (akhir periode)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1)", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun n-1",
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)",
      "14",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  type L = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    sat: string;
    level: boolean;
    k5: number;
    r5: number;
    k6: number;
    r6: number;
    k7: number;
    r7: number;
    kq: number[];
    rq: number[];
  };
  const B: L = {
    id: "b",
    kode: "7.01.02.2.01",
    ur: "Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
    ind: "Jumlah dokumen layanan PATEN yang diterbitkan",
    sat: "dokumen",
    level: false,
    k5: 26000,
    r5: 1_650_000_000,
    k6: 15420,
    r6: 812_500_000,
    k7: 5200,
    r7: 345_000_000,
    kq: [1180, 1345, 1402, 1391],
    rq: [61_200_000, 88_750_000, 79_400_000, 102_350_000],
  };
  const C: L = {
    id: "c",
    kode: "7.01.02.2.02",
    ur: "Penanganan Pengaduan Pelayanan Publik Kecamatan",
    ind: "Persentase pengaduan pelayanan yang ditindaklanjuti",
    sat: "%",
    level: true,
    k5: 100,
    r5: 800_000_000,
    k6: 82,
    r6: 397_500_000,
    k7: 90,
    r7: 175_000_000,
    kq: [75, 84, 88, 91],
    rq: [31_000_000, 44_500_000, 42_800_000, 51_550_000],
  };
  const P: L = {
    id: "p",
    kode: "7.01.02",
    ur: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    ind: "Persentase layanan PATEN yang selesai tepat waktu",
    sat: "%",
    level: true,
    k5: 95,
    r5: B.r5 + C.r5,
    k6: 88,
    r6: B.r6 + C.r6,
    k7: 92,
    r7: B.r7 + C.r7,
    kq: [86, 89, 90, 93],
    rq: B.rq.map((x, i) => x + C.rq[i]),
  };
  // planted: kegiatan PATEN (12) Rp typed without Triwulan III
  const R12B = B.rq[0] + B.rq[1] + B.rq[3];
  const body = (l: L): Row => {
    const k12 = l.level ? l.kq[3] : sum(l.kq);
    const r12 = sum(l.rq);
    const k13 = l.level ? k12 : l.k6 + k12;
    const r13 = l.r6 + r12;
    return {
      id: l.id,
      bold: l.id === "p",
      cells: {
        kode: l.kode,
        ur: l.ur,
        ind: l.ind,
        sat: l.sat,
        k5: l.k5,
        r5: l.r5,
        k6: l.k6,
        r6: l.r6,
        k7: l.k7,
        r7: l.r7,
        k8: l.kq[0],
        r8: l.rq[0],
        k9: l.kq[1],
        r9: l.rq[1],
        k10: l.kq[2],
        r10: l.rq[2],
        k11: l.kq[3],
        r11: l.rq[3],
        k12,
        r12: l.id === "b" ? R12B : r12,
        k13,
        r13,
        k14: round((k13 / l.k5) * 100),
        r14: round((r13 / l.r5) * 100),
        pj: "Seksi Pelayanan Umum",
      },
    };
  };
  const rows: Row[] = [
    {
      cells: { kode: "7.01", ur: "URUSAN PEMERINTAHAN BIDANG KEWILAYAHAN - KECAMATAN" },
      bold: true,
    },
    body(P),
    body(B),
    body(C),
    {
      id: "avg",
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        k14: fx(`ROUND(AVERAGE(${x.a("k14", "p")}:${x.a("k14", "c")}),2)`),
        r14: fx(`ROUND(AVERAGE(${x.a("r14", "p")}:${x.a("r14", "c")}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "sat"],
      cells: { kode: "Predikat kinerja", k14: "Sangat Tinggi", r14: "Sedang" },
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", groups: "first", rows });
  s.gap();
  s.lines(["Faktor pendorong: dukungan aplikasi SIAK terpusat dan petugas PATEN di setiap desa."]);
  s.lines(["Faktor penghambat: gangguan jaringan pada Triwulan I."]);
  s.gap();
  signature(s, 20, {
    tempat: "Gunungwangi, 15 Januari 2025",
    jabatan: ["CAMAT GUNUNGWANGI"],
    nama: "Drs. HARYO WICAKSONO, M.Si",
    pangkat: "Pembina Tingkat I",
    nip: "19720314 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (k: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${k}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "b") },
    rules: ["sum-mismatch"],
    note: "Kegiatan PATEN (12) Rp 252,300,000 leaves out Triwulan III (79,400,000); the quarters add up to 331,700,000",
    truth: q("r", "b"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for a rata-rata capaian kinerja of 89.55 (band > 75 to 90 is Tinggi)",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // traps: levels keep the Triwulan IV value; the flow adds its quarters
  for (const id of ["p", "c"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  b.ok({ sheet: S, cell: a("k12", "b"), rules: ["sum-mismatch"], truth: q("k", "b") });
  b.ok({ sheet: S, cell: a("k13", "b"), rules: ["sum-mismatch"], truth: `${a("k6", "b")}+${a("k12", "b")}` });
  b.ok({ sheet: S, cell: a("r12", "c"), rules: ["sum-mismatch"], truth: q("r", "c") });
  b.ok({ sheet: S, cell: a("r13", "c"), rules: ["sum-mismatch"], truth: `${a("r6", "c")}+${a("r12", "c")}` });
  for (const id of ["p", "b", "c"]) {
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `${a("k13", id)}/${a("k5", id)}*100`,
    });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r13", id)}/${a("r5", id)}*100`,
    });
  }
  for (const k of ["r5", "r6", "r7", "r8", "r11"])
    b.ok({ sheet: S, cell: a(k, "p"), rules: ["sum-mismatch"], truth: `${a(k, "b")}+${a(k, "c")}` });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

/** T-C.27 Kecamatan Bayu Utara, Renstra 2025-2029, Tahun ke-1..5, (dalam ribuan rupiah), SUM formulas. */
export function tc27BayuUtara(): BookW {
  const b = new BookW(
    "tc27-renstra-kec-bayu-utara-2025-2029-b328.xlsx",
    "T-C.27 Renstra (Kecamatan)",
    "T-C.27 Kecamatan Bayu Utara, Renstra 2025-2029 (dalam ribuan rupiah): Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Data awal 2024 | Tahun ke-1..5 > Target/Rp | Kondisi akhir > Target/Rp | Unit | Lokasi; number row (1)..(17); SUM formulas for program and kegiatan Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Kecamatan Bayu Utara Kota Tanjung Bayu",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      fmt: DEC,
    },
  ];
  for (let y = 1; y <= 5; y++) {
    cols.push({
      key: `k${y}`,
      head: [TK, `Tahun ke-${y}`, "Target"],
      role: "target",
      year: 2024 + y,
      num: `(${4 + 2 * y})`,
      fmt: DEC,
    });
    cols.push({
      key: `r${y}`,
      head: [TK, `Tahun ke-${y}`, "Rp"],
      role: "anggaran",
      year: 2024 + y,
      num: `(${5 + 2 * y})`,
      fmt: RP,
    });
  }
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "(17)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi" },
  );
  type Sub = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    sat: string;
    awal: number;
    k: number[];
    rp: number[];
    flow: boolean;
  };
  const S1: Sub = {
    id: "s1",
    kode: "7.01.03.2.01.0001",
    ur: "Fasilitasi Musyawarah Perencanaan Pembangunan Kelurahan",
    ind: "Jumlah laporan hasil fasilitasi musrenbang kelurahan",
    sat: "laporan",
    awal: 1,
    k: [1, 1, 1, 1, 1],
    rp: [185_400, 192_000, 198_750, 205_500, 212_300],
    flow: true,
  };
  const S2: Sub = {
    id: "s2",
    kode: "7.01.03.2.01.0002",
    ur: "Peningkatan Kapasitas Pengurus Lembaga Pemberdayaan Masyarakat (LPM)",
    ind: "Jumlah peserta bimbingan teknis pengurus LPM",
    sat: "orang",
    awal: 40,
    k: [45, 45, 50, 50, 55],
    rp: [96_250, 99_800, 103_400, 107_100, 110_900],
    flow: true,
  };
  const S3: Sub = {
    id: "s3",
    kode: "7.01.03.2.02.0001",
    ur: "Fasilitasi Kegiatan PKK, Karang Taruna dan Posyandu Kelurahan",
    ind: "Jumlah kegiatan lembaga kemasyarakatan yang difasilitasi",
    sat: "kegiatan",
    awal: 10,
    k: [12, 12, 14, 14, 16],
    rp: [142_600, 148_300, 154_200, 160_400, 166_800],
    flow: true,
  };
  // planted: S2 Tahun ke-3 Rp typed ten times too large (1.034.000 for 103.400)
  const S2R3 = 1_034_000;
  const subRow = (x: Sub): Row => ({
    id: x.id,
    cells: (c) => {
      const o: Record<string, number | string | ReturnType<typeof fx>> = {
        kode: x.kode,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
      };
      x.k.forEach((v, i) => {
        o[`k${i + 1}`] = v;
        o[`r${i + 1}`] = x.id === "s2" && i === 2 ? S2R3 : x.rp[i];
      });
      o.akK = x.flow ? sum(x.k) : x.k[4];
      o.akR =
        x.id === "s2"
          ? sum(x.rp)
          : fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      o.pj = "Seksi PMK";
      o.lok = "Kec. Bayu Utara";
      return o;
    },
  });
  const sumRow = (
    id: string,
    kode: string,
    ur: string,
    ind: string,
    sat: string,
    awal: number,
    k: number[],
    akK: number,
    parts: string[],
    bold = false,
  ): Row => ({
    id,
    bold,
    cells: (c) => {
      const o: Record<string, number | string | ReturnType<typeof fx>> = { kode, ur, ind, sat, awal };
      k.forEach((v, i) => {
        o[`k${i + 1}`] = v;
        const rs = parts.map((id) => c.a(`r${i + 1}`, id));
        // kegiatan: SUM over its sub kegiatan; program: its kegiatan added one by one
        o[`r${i + 1}`] = fx(bold ? rs.join("+") : `SUM(${rs[0]}:${rs[rs.length - 1]})`);
      });
      o.akK = akK;
      o.akR = fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      o.pj = "Kecamatan Bayu Utara";
      o.lok = "Kec. Bayu Utara";
      return o;
    },
  });
  const rows: Row[] = [
    sumRow(
      "p",
      "7.01.03",
      "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
      "Persentase kelurahan dengan LPM aktif",
      "%",
      62,
      [66, 70, 74, 78, 82],
      82,
      ["k1", "k2"],
      true,
    ),
    sumRow(
      "k1",
      "7.01.03.2.01",
      "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan",
      "Jumlah dokumen hasil musrenbang kelurahan",
      "dokumen",
      9,
      [9, 9, 9, 9, 9],
      45,
      ["s1", "s2"],
    ),
    subRow(S1),
    subRow(S2),
    sumRow(
      "k2",
      "7.01.03.2.02",
      "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Kelurahan",
      "Persentase lembaga kemasyarakatan kelurahan yang aktif",
      "%",
      66,
      [70, 75, 80, 85, 90],
      80, // planted: the average of the five targets, not the last one (90)
      ["s3"],
    ),
    subRow(S3),
  ];
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines(["Catatan: pagu indikatif tahun ke-2 s.d. ke-5 menyesuaikan kemampuan keuangan daerah."]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Bayu, 3 Maret 2025",
    jabatan: ["CAMAT BAYU UTARA"],
    nama: "RAHMAT HIDAYATULLAH, S.STP., M.AP",
    nip: "19840611 200312 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string) => [1, 2, 3, 4, 5].map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => [1, 2, 3, 4, 5].map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "s2") },
    rules: ["number-scale", "sum-mismatch"],
    note: "Sub kegiatan LPM Tahun ke-3 (2027) Rp typed 1.034.000 for 103.400 (ten times off); its kondisi akhir Rp 517.450 gives 103.400",
    truth: `${a("akR", "s2")}-${a("r1", "s2")}-${a("r2", "s2")}-${a("r4", "s2")}-${a("r5", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of a percentage is 80 (the average of the targets); the Tahun ke-5 target is 90",
    truth: a("k5", "k2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  for (const id of ["k1", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s3", "k2"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yrs(id) });
  for (const y of [1, 2, 4, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
    });
  }
  b.ok({ sheet: S, cell: a("r3", "k2"), rules: ["sum-mismatch"], truth: a("r3", "s3") });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}

/** LKjIP 2024 Kecamatan Gunungwangi: Sasaran merged, refleksi on negatives, predikat words. */
export function lkjipGunungwangi(): BookW {
  const b = new BookW(
    "lkjip-2024-kec-gunungwangi-b328.xlsx",
    "LKjIP pengukuran kinerja (Kecamatan)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran (merged) | Indikator | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat | Target akhir Renstra (2026) | Capaian thd akhir Renstra (%); number row (1)..(10); refleksi on negatives",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Utama Kecamatan Gunungwangi Tahun 2024",
    "(indikator bertanda *) polaritas negatif, capaian = (2 x target - realisasi) / target x 100)",
  ]);
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    {
      key: "c",
      head: ["Tahun 2024", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7)=(6)/(5)x100",
      fmt: DEC,
    },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, num: "(8)" },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(9)", fmt: DEC },
    {
      key: "cak",
      head: ["Capaian terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(10)",
      fmt: DEC,
    },
  ];
  const S1 = "Meningkatnya kualitas pelayanan publik kecamatan";
  const S2 = "Meningkatnya kualitas penyelenggaraan pemerintahan desa";
  const I = [
    {
      id: "a",
      sas: S1,
      ind: "Indeks Kepuasan Masyarakat (IKM) layanan PATEN",
      sat: "nilai",
      neg: false,
      t: 82,
      r: 84.6,
      ak: 85,
      p: "Sangat Baik",
    },
    {
      id: "b",
      sas: S1,
      ind: "Rata-rata waktu penyelesaian layanan PATEN *)",
      sat: "hari",
      neg: true,
      t: 3,
      r: 2.6,
      ak: 2,
      p: "Sangat Baik",
    },
    {
      id: "c",
      sas: S1,
      ind: "Persentase pengaduan layanan yang tidak terselesaikan *)",
      sat: "%",
      neg: true,
      t: 8,
      r: 9.5,
      ak: 6,
      p: "Sangat Baik",
    },
    {
      id: "d",
      sas: S2,
      ind: "Persentase desa dengan APBDes ditetapkan tepat waktu",
      sat: "%",
      neg: false,
      t: 90,
      r: 85.71,
      ak: 100,
      p: "Sangat Baik",
    },
    {
      id: "e",
      sas: S2,
      ind: "Persentase desa berstatus Desa Mandiri (IDM)",
      sat: "%",
      neg: false,
      t: 21.43,
      r: 21.43,
      ak: 35.71,
      p: "Sangat Baik",
    },
    {
      id: "f",
      sas: S2,
      ind: "Jumlah temuan administrasi keuangan desa hasil monev kecamatan *)",
      sat: "temuan",
      neg: true,
      t: 20,
      r: 14,
      ak: 12,
      p: "Sangat Baik",
    },
  ];
  const rows: Row[] = I.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const T = c.a("t");
      const R = c.a("r");
      let cap = x.neg ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`) : fx(`ROUND(${R}/${T}*100,2)`);
      if (x.id === "c") cap = fx(`ROUND(${R}/${T}*100,2)`); // planted: R/T on a negative indicator
      if (x.id === "d") cap = fx(`ROUND(${R}/${T}*100,2)`, 100); // planted: stale cached result
      const cak = x.neg ? round(((2 * x.ak - x.r) / x.ak) * 100) : round((x.r / x.ak) * 100);
      return { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t, r: x.r, c: cap, p: x.p, ak: x.ak, cak };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Gunungwangi, 20 Februari 2025",
    jabatan: ["CAMAT GUNUNGWANGI"],
    nama: "Drs. HARYO WICAKSONO, M.Si",
    nip: "19720314 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "c") },
    rules: ["capaian-mismatch"],
    note: "Pengaduan tidak terselesaikan (negative) computed R/T = 118.75; refleksi (2T-R)/T gives 81.25",
    truth: `(2*${a("t", "c")}-${a("r", "c")})/${a("t", "c")}*100`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "d") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(F/E*100,2) with a stale cached 100.00; T 90 and R 85.71 give 95.23",
    truth: `${a("r", "d")}/${a("t", "d")}*100`,
  });
  for (const id of ["b", "f"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `(2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100`,
      trap: `${a("r", id)}/${a("t", id)}*100`,
    });
  for (const id of ["a", "e"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("t", id)}*100`,
    });
  for (const id of ["a", "b", "e", "f"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("cak", "a"),
    rules: ["capaian-mismatch"],
    truth: `${a("r", "a")}/${a("ak", "a")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "f"),
    rules: ["capaian-mismatch"],
    truth: `(2*${a("ak", "f")}-${a("r", "f")})/${a("ak", "f")}*100`,
  });
  return b.finish();
}
