// The Renja evaluation (E.81) of the UPTD Labkesda Kabupaten Lembah Sirapu (Sumatera Barat) and the
// Renstra funding table (T-C.27) of the Dinas Kesehatan Kota Tanjung Warana (Kalimantan Selatan),
// both about laboratory examinations (klinik, air, makanan). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  tw: number[];
  rp: [number, number, number];
  rtw: number[];
};

/** E.81 of the Labkesda Lembah Sirapu, s.d. Triwulan IV 2024, Renstra 2021-2026, calendar years in the header. */
export function e81Labkesda(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-uptd-labkesda-lembah-sirapu.xlsx",
    "E.81 Evaluasi Renja (UPTD Labkesda)",
    "E.81 s.d. Triwulan IV 2024 with calendar years in the header (2026 / s.d. 2023 / 2024), Kinerja | Keuangan (Rp) pairs, number row merged over the pairs, a level row (% sampel tepat waktu) over three flows, Keterangan instead of Unit PJ, Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRAPU",
    "DINAS KESEHATAN - UPTD LABORATORIUM KESEHATAN DAERAH",
    "Jl. Bagindo Aziz Chan No. 7, Sirapu",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja UPTD Labkesda Kabupaten Lembah Sirapu",
    "Renstra 2021-2026 - Realisasi s.d. Triwulan IV Tahun Anggaran 2024",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.02.02.2.01.0031",
    ur: "Pengelolaan Pemeriksaan Sampel Klinik Rujukan",
    ind: "Jumlah sampel klinik yang diperiksa",
    sat: "sampel",
    level: false,
    k: [60000, 35420, 12500],
    tw: [2890, 3240, 3315, 3410],
    rp: [7_450_000_000, 4_318_250_000, 1_520_000_000],
    rtw: [286_400_000, 371_950_000, 402_300_000, 436_120_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.02.02.2.01.0032",
    ur: "Pengujian Sampel Air Minum dan Pangan",
    ind: "Jumlah sampel air dan makanan yang diuji",
    sat: "sampel",
    level: false,
    k: [24000, 13850, 5000],
    tw: [1120, 1305, 1290, 1410],
    rp: [3_960_000_000, 2_275_600_000, 845_000_000],
    rtw: [142_750_000, 198_300_000, 221_480_000, 259_910_000],
  };
  const addRp = (i: number) => s1.rp[i] + s2.rp[i];
  const keg: Ev = {
    id: "keg",
    kode: "1.02.02.2.01",
    ur: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah",
    ind: "Jumlah laporan hasil uji laboratorium yang diterbitkan",
    sat: "laporan",
    level: false,
    k: [72, 42, 12],
    tw: [3, 3, 3, 3],
    rp: [addRp(0), addRp(1), addRp(2)],
    rtw: [0, 1, 2, 3].map((i) => s1.rtw[i] + s2.rtw[i]),
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase sampel yang hasilnya selesai sesuai standar waktu layanan",
    sat: "%",
    level: true,
    k: [95, 88.4, 92],
    tw: [89.1, 90.6, 91.8, 93.2],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: Ev) => (e.level ? e.tw[3] : sum(e.tw));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: Ev) => e.rp[1] + sum(e.rtw);
  // planted: the klinik capaian is the Renja capaian 12/7 (102.84), not 13/5
  const k14 = (e: Ev) => round(((e.id === "s1" ? k12(e) : k13(e)) / (e.id === "s1" ? e.k[2] : e.k[0])) * 100);
  const pair = (n: string, g: string, role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role, year, num: n, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num: n, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Akhir Renstra (2026)", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. 2023", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Capaian Renstra s.d. 2024 (%)", "capaian", "capaian"),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...rows.map((e, i) => ({
        id: e.id,
        bold: e.id === "prog",
        cells: {
          no: i + 1,
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          k5: e.k[0],
          r5: e.rp[0],
          k6: e.k[1],
          r6: e.rp[1],
          k7: e.k[2],
          r7: e.rp[2],
          k8: e.tw[0],
          r8: e.rtw[0],
          k9: e.tw[1],
          r9: e.rtw[1],
          k10: e.tw[2],
          r10: e.rtw[2],
          k11: e.tw[3],
          r11: e.rtw[3],
          k12: k12(e),
          // planted: the air & pangan realisasi 2024 Rp typed 828,440,000 (the quarters give 822,440,000)
          r12: e.id === "s2" ? 828_440_000 : sum(e.rtw),
          k13: k13(e),
          r13: r13(e),
          k14: k14(e),
          r14: round((r13(e) / e.rp[0]) * 100),
          ket: e.level ? "indikator tingkat (posisi TW IV)" : "kumulatif",
        },
      })),
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => ({
          no: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          r14: predikat(round(sum(rows.map((e) => round((r13(e) / e.rp[0]) * 100))) / 4)),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: indikator persentase diisi posisi akhir triwulan, tidak dijumlahkan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Sirapu, 17 Januari 2025",
    jabatan: ["KEPALA UPTD LABORATORIUM KESEHATAN DAERAH"],
    nama: "dr. RAHMI FADILLAH SUTAN, M.Biomed.",
    pangkat: "Pembina (IV/a)",
    nip: "19800419 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renja 2024 Rp of sub kegiatan 1.02.02.2.01.0032 is 828,440,000; the four quarters add up to 822,440,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Capaian Renstra of sub kegiatan 1.02.02.2.01.0031 holds 12/7 x 100 = 102.84; 13/5 x 100 = 48,275/60,000 = 80.46",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas Kesehatan Kota Tanjung Warana, Labkesda program lines, Renstra 2025-2029, ribuan rupiah. */
export function tc27Labkesda(): BookW {
  const b = new BookW(
    "tc27-renstra-labkesda-dinkes-tanjung-warana.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes, Labkesda)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers repeated in every cell (unmerged); Tahun ke-1..5 over Target | Pagu; kegiatan Pagu = SUM of sub kegiatan, program = kegiatan; kondisi akhir pagu = sum of years; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG WARANA", "DINAS KESEHATAN"]);
  s.lines([
    "RENCANA PROGRAM, KEGIATAN DAN PENDANAAN INDIKATIF TAHUN 2025-2029",
    "Urusan Kesehatan - Pelayanan Laboratorium Kesehatan Daerah",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase hasil pemeriksaan laboratorium yang selesai tepat waktu",
      sat: "%",
      level: true,
      awal: 81.5,
      k: [84, 86, 88, 90, 92],
    },
    {
      id: "g",
      kode: "1.02.02.2.01",
      ur: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah",
      ind: "Jumlah sampel yang diperiksa Labkesda",
      sat: "sampel",
      level: false,
      awal: 21400,
      k: [22500, 23600, 24800, 26000, 27300],
    },
    {
      id: "s1",
      kode: "1.02.02.2.01.0028",
      ur: "Pemeriksaan Sampel Klinik dan Rujukan Puskesmas",
      ind: "Jumlah sampel klinik yang diperiksa",
      sat: "sampel",
      level: false,
      awal: 15200,
      k: [16000, 16800, 17600, 18400, 19300],
      rp: [1_245_600, 1_308_000, 1_373_400, 1_442_100, 1_514_200],
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0029",
      ur: "Penjaminan Mutu dan Akreditasi Laboratorium",
      ind: "Persentase parameter uji yang terakreditasi KAN",
      sat: "%",
      level: true,
      awal: 42,
      k: [50, 58, 66, 74, 80],
      rp: [318_500, 276_000, 342_750, 289_400, 365_200],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0019",
      ur: "Pengujian Kualitas Air Minum dan Pangan Olahan",
      ind: "Jumlah sampel air dan pangan yang diuji",
      sat: "sampel",
      level: false,
      awal: 6200,
      k: [6500, 6800, 7200, 7600, 8000],
      rp: [512_300, 538_000, 564_800, 593_100, 622_700],
    },
  ];
  const T = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: 5, fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [T, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [T, `Tahun ke-${y}`, "Pagu"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Pagu"], role: "anggaran", num: 17, fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 18, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "repeat",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          lok: "Kota Tanjung Warana",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 pagu sums one row short (without the air & pangan row)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Warana, 3 Maret 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KOTA TANJUNG WARANA"],
    nama: "dr. H. MUHAMMAD NOOR ARSYAD, M.Kes.",
    nip: "19760822 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sub = (y: number) => ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 1.02.02.2.01 Tahun ke-3 pagu is =SUM over two sub kegiatan (1,716,150); the three rows beneath give 2,280,950",
    truth: sub(3),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengujian Kualitas Air Minum dan Pangan Olahan is coded 1.02.02.2.02.0019 under kegiatan 1.02.02.2.01",
    truth: `"1.02.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  const all = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: all(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("s1"),
    trap: a("k5", "s1"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: all("s3") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: sub(y) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
