// LKjIP, PK beside its Renstra, the koperasi recap per kecamatan and the UMKM recap per triwulan of
// the Dinas Koperasi dan UKM of Lembah Sirandah (Sumatera Barat) and Banua Tangkal (Kalimantan
// Selatan). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 capaian kinerja, Dinas Koperasi dan UKM Lembah Sirandah, with last year's realisasi. */
export function lkjipKoperasi(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-diskopukm-lembah-sirandah.xlsx",
    "LKjIP capaian kinerja (Dinas Koperasi dan UKM)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | % Capaian | Kategori; refleksi (2T-R)/T on the negative rows (koperasi tidak RAT, NPL KSP); Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KOPERASI DAN UKM KABUPATEN LEMBAH SIRANDAH"]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas kelembagaan koperasi";
  const SAS2 = "Meningkatnya daya saing usaha mikro";
  const I = [
    { id: "i1", sas: SAS1, ind: "Persentase koperasi aktif", sat: "%", neg: false, r0: 61.8, t: 66, r: 64.7 },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase koperasi berpredikat sehat",
      sat: "%",
      neg: false,
      r0: 38.5,
      t: 45,
      r: 31.2,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase koperasi aktif yang tidak melaksanakan RAT",
      sat: "%",
      neg: true,
      r0: 29.4,
      t: 25,
      r: 21.5,
    },
    {
      id: "i4",
      sas: SAS1,
      ind: "Rasio pinjaman bermasalah (NPL) KSP/USP",
      sat: "%",
      neg: true,
      r0: 7.9,
      t: 6,
      r: 7.2,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Jumlah usaha mikro naik kelas",
      sat: "unit usaha",
      neg: false,
      r0: 96,
      t: 120,
      r: 133,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (x: (typeof I)[number]) => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the NPL row (negative) has R / T like the positive rows
          c: fx(cap(x.neg && x.id !== "i4", c.a("t"), c.a("r"))),
          // planted: koperasi sehat (69.33) called "Baik"
          p: x.id === "i2" ? "Baik" : predikatBaik(x.id === "i4" ? (x.r / x.t) * 100 : val(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator negatif dihitung (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "NPL KSP/USP (negative) computed with R / T = 120.00; refleksi (2 x 6 - 7.2) / 6 gives 80.00",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 69.33 (31.2 / 45); the band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: cap(false, a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Koperasi, UKM dan Perdagangan Banua Tangkal, beside the Renstra. */
export function pkKoperasi(): BookW {
  const b = new BookW(
    "pk-2025-kadis-koperasi-ukm-banua-tangkal.xlsx",
    "PK 2025 with Renstra (Dinas Koperasi dan UKM)",
    "sheet 'Lampiran PK 2025': statement above, No | Sasaran | Indikator | Satuan | Target (one header row with the year), then No | Program | Kode | Anggaran (Rp) | Ket with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir",
  );
  const P = "Lampiran PK 2025";
  const R = "IKU Renstra";
  const ind = [
    { id: "a", ind: "Persentase koperasi sehat", sat: "%", awal: 34.5, k: [37, 40, 43, 46, 50], flow: false },
    {
      id: "b",
      ind: "Jumlah UMKM yang memperoleh NIB melalui OSS",
      sat: "unit",
      awal: 1_150,
      k: [1_300, 1_400, 1_500, 1_600, 1_700],
      flow: true,
    },
    {
      id: "c",
      ind: "Persentase koperasi yang melaksanakan RAT tepat waktu",
      sat: "%",
      awal: 52,
      k: [56, 60, 64, 68, 72],
      flow: false,
    },
    { id: "d", ind: "Rasio NPL KSP/USP", sat: "%", awal: 7.4, k: [6.8, 6.2, 5.6, 5.1, 4.5], flow: false },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Koperasi, UKM dan Perdagangan 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.flow ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : x.k[4],
      }),
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS KOPERASI, UKM DAN PERDAGANGAN KOTA BANUA TANGKAL",
  ]);
  pk.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? "Meningkatnya koperasi sehat dan UMKM formal" : "Meningkatnya tata kelola koperasi",
        ind: x.ind,
        sat: x.sat,
        // planted: the RAT target is the Renstra 2026 value 60 (2025: 56)
        tg: x.id === "c" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      kode: "2.17.01",
      rp: 2_946_180_000,
    },
    { id: "p2", nm: "Program Pengawasan dan Pemeriksaan Koperasi", kode: "2.17.03", rp: 418_600_000 },
    { id: "p3", nm: "Program Pendidikan dan Latihan Perkoperasian", kode: "2.17.05", rp: 356_250_000 },
    {
      id: "p4",
      nm: "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro",
      kode: "2.17.07",
      rp: 1_274_900_000,
    },
    { id: "p5", nm: "Program Pengembangan UMKM", kode: "2.17.08", rp: 1_862_475_000 },
  ];
  const total = prog.reduce((n, x) => n + x.rp, 0);
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, kode: x.kode, rp: x.rp, ket: "APBD 2025" },
      })),
      // planted: the Jumlah is typed 90,000,000 over the programs
      { id: "j", span: ["no", "kode"], bold: true, cells: { no: "Jumlah", rp: total + 90_000_000 } },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Banua Tangkal, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KOPERASI, UKM DAN PERDAGANGAN"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.E., M.Si.",
    nip: "19730619 199803 1 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of RAT tepat waktu is 60, the Renstra 2026 target; the Renstra 2025 target is 56",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah typed ${total + 90_000_000}; the five programs add up to ${total}`,
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  const ys = (id: string) => Y.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: ys(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ys("b"),
    trap: rt.a("y2029", "b"),
  });
  b.ok({ sheet: R, cell: rt.a("y2029", "d"), rules: ["target-trend"], truth: "4.5" });
  return b.finish();
}

/** Rekap koperasi per kecamatan 2024, Lembah Sirandah: aktif, RAT, volume usaha and SHU. */
export function rekapKoperasi(): BookW {
  const b = new BookW(
    "rekap-koperasi-rat-shu-per-kecamatan-lembah-sirandah.xlsx",
    "Rekap koperasi per kecamatan (Dinas Koperasi dan UKM)",
    "Rekap 2024 per kecamatan: Aktif | Tidak Aktif | Jumlah | RAT Tepat Waktu | % RAT | Volume Usaha | SHU | % SHU thd Volume | Pangsa SHU; number row '(5) = (3)+(4)', '(7) = (6)/(3) x 100', '(10) = (9)/(8) x 100'; Rp in juta; JUMLAH row with ratios of totals",
  );
  const S = "Rekap Kec 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KOPERASI DAN UKM KABUPATEN LEMBAH SIRANDAH",
    "Bidang Kelembagaan dan Pengawasan Koperasi",
  ]);
  s.lines([
    "REKAPITULASI KOPERASI AKTIF, RAT DAN KINERJA USAHA PER KECAMATAN TAHUN BUKU 2024",
    "(volume usaha dan SHU dalam juta rupiah)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Koto Sirandah", ak: 48, ta: 11, rat: 39, vol: 86_420, shu: 3_915 },
    { id: "k2", nm: "Batang Anai Hulu", ak: 31, ta: 9, rat: 22, vol: 41_275, shu: 1_688 },
    { id: "k3", nm: "Lubuk Palano", ak: 26, ta: 14, rat: 24, vol: 28_930, shu: 1_102 },
    { id: "k4", nm: "Sungai Talang Barat", ak: 37, ta: 6, rat: 30, vol: 57_610, shu: 2_471 },
    { id: "k5", nm: "Pasa Gadang Sirandah", ak: 22, ta: 8, rat: 15, vol: 19_845, shu: 684 },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
      { key: "ak", head: ["Jumlah Koperasi", "Aktif"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "ta", head: ["Jumlah Koperasi", "Tidak Aktif"], num: "(4)", fmt: INT },
      { key: "j", head: ["Jumlah Koperasi", "Jumlah"], num: "(5) = (3)+(4)", fmt: INT },
      {
        key: "rat",
        head: ["RAT Tepat Waktu", "Koperasi"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
      },
      {
        key: "prat",
        head: ["RAT Tepat Waktu", "% dari Aktif"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(3) x 100",
        fmt: DEC,
      },
      { key: "vol", head: ["Volume Usaha (Rp juta)"], num: "(8)", fmt: INT, width: 14 },
      { key: "shu", head: ["SHU (Rp juta)"], num: "(9)", fmt: INT },
      { key: "ps", head: ["SHU thd Volume Usaha (%)"], num: "(10) = (9)/(8) x 100", fmt: DEC },
      { key: "pg", head: ["Pangsa SHU Kabupaten (%)"], num: "(11)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          ak: k.ak,
          ta: k.ta,
          j: fx(`${c.a("ak")}+${c.a("ta")}`),
          rat: k.rat,
          // planted: Lubuk Palano's % typed 108.33 (26 / 24, inverted); 24 / 26 = 92.31
          prat: k.id === "k3" ? 108.33 : fx(`ROUND(${c.a("rat")}/${c.a("ak")}*100,2)`),
          vol: k.vol,
          shu: k.shu,
          ps: fx(`ROUND(${c.a("shu")}/${c.a("vol")}*100,2)`),
          pg: fx(`ROUND(${c.a("shu")}/${c.a("shu", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["ak", "ta", "j", "rat", "shu"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`)]),
          ),
          // planted: volume usaha one kecamatan short
          vol: fx(`SUM(${c.a("vol", "k1")}:${c.a("vol", "k4")})`),
          prat: fx(`ROUND(${c.a("rat")}/${c.a("ak")}*100,2)`),
          ps: fx(`ROUND(${c.a("shu")}/SUM(${c.a("vol", "k1")}:${c.a("vol", "k5")})*100,2)`),
          pg: fx(`ROUND(SUM(${c.a("pg", "k1")}:${c.a("pg", "k5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Koto Sirandah, 28 Februari 2025",
    jabatan: ["KEPALA BIDANG KELEMBAGAAN DAN PENGAWASAN KOPERASI"],
    nama: "YULIA FITRIANI, S.E., M.Ak.",
    nip: "19820714 200801 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rng = (k: string) => `SUM(${a(k, "k1")}:${a(k, "k5")})`;
  b.plant({
    at: { sheet: S, cell: a("prat", "k3") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% RAT tepat waktu of Lubuk Palano is a typed 108.33 (aktif / RAT); 24 of 26 koperasi aktif is 92.31 and cannot exceed 100",
    truth: `ROUND(${a("rat", "k3")}/${a("ak", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("vol", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH volume usaha is =SUM over four kecamatan (214,235); with Pasa Gadang Sirandah's 19,845 it is 234,080",
    truth: rng("vol"),
  });
  b.ok({
    sheet: S,
    cell: a("prat", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${rng("rat")}/${rng("ak")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("prat", "k1")},${a("prat", "k2")},${a("prat", "k4")},${a("prat", "k5")},ROUND(${a("rat", "k3")}/${a("ak", "k3")}*100,2)),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ps", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${rng("shu")}/${rng("vol")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("ps", "k1")}:${a("ps", "k5")}),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("prat", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("rat", id)}/${a("ak", id)}*100,2)`,
    });
  for (const id of ["k1", "k3"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("ak", id)}+${a("ta", id)}` });
  for (const k of ["ak", "j", "shu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: rng(k) });
  b.ok({ sheet: S, cell: a("pg", "tot"), rules: ["sum-mismatch"], truth: "100", tol: 0.03 });
  return b.finish();
}

/** Rekap UMKM per triwulan 2024, Banua Tangkal: pendampingan, pelatihan, NIB via OSS; pelatihan beside. */
export function rekapUmkm(): BookW {
  const b = new BookW(
    "rekap-umkm-nib-oss-pendampingan-triwulan-banua-tangkal.xlsx",
    "Rekap UMKM per triwulan (Dinas Koperasi dan UKM)",
    "Rekap 2024 per triwulan: UMKM binaan (posisi akhir triwulan, a level) | Didampingi | Dilatih | Target NIB | NIB terbit (OSS) | % NIB | Naik kelas; 'Tahun 2024' row where the level takes Triwulan IV and % is the ratio of totals; a pelatihan table beside it (Jenis | Angkatan | Peserta | Biaya) with Jumlah",
  );
  const S = "UMKM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BANUA TANGKAL",
    "DINAS KOPERASI, UKM DAN PERDAGANGAN - BIDANG USAHA MIKRO",
  ]);
  s.lines(["Laporan Pembinaan Usaha Mikro Tahun 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", bin: 1_214, dp: 86, dl: 120, tn: 300, nib: 274, nk: 21 },
    { id: "q2", tw: "Triwulan II", bin: 1_268, dp: 94, dl: 160, tn: 325, nib: 341, nk: 28 },
    { id: "q3", tw: "Triwulan III", bin: 1_302, dp: 102, dl: 140, tn: 325, nib: 318, nk: 33 },
    { id: "q4", tw: "Triwulan IV", bin: 1_347, dp: 77, dl: 100, tn: 350, nib: 362, nk: 44 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], width: 14 },
      { key: "bin", head: ["UMKM Binaan (posisi akhir)"], role: "realisasi", year: 2024, fmt: INT },
      { key: "dp", head: ["UMKM Didampingi"], role: "realisasi", year: 2024, fmt: INT },
      { key: "dl", head: ["Peserta Pelatihan"], role: "realisasi", year: 2024, fmt: INT },
      { key: "tn", head: ["NIB via OSS", "Target"], role: "target", year: 2024, fmt: INT },
      { key: "nib", head: ["NIB via OSS", "Terbit"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pn", head: ["NIB via OSS", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "nk", head: ["Usaha Mikro Naik Kelas"], role: "realisasi", year: 2024, fmt: INT },
    ],
    headerRows: 2,
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          bin: q.bin,
          dp: q.dp,
          dl: q.dl,
          tn: q.tn,
          nib: q.nib,
          pn: fx(`ROUND(${c.a("nib")}/${c.a("tn")}*100,2)`),
          nk: q.nk,
        }),
      })),
      {
        id: "th",
        bold: true,
        cells: (c) => ({
          tw: "Tahun 2024",
          bin: fx(c.a("bin", "q4")),
          dp: fx(`SUM(${c.a("dp", "q1")}:${c.a("dp", "q4")})`),
          // planted: a stale cached total peserta from before Triwulan IV (420; the formula gives 520)
          dl: fx(`SUM(${c.a("dl", "q1")}:${c.a("dl", "q4")})`, 420),
          tn: fx(`SUM(${c.a("tn", "q1")}:${c.a("tn", "q4")})`),
          nib: fx(`SUM(${c.a("nib", "q1")}:${c.a("nib", "q4")})`),
          pn: fx(`ROUND(${c.a("nib")}/${c.a("tn")}*100,2)`),
          // planted: naik kelas typed 116 (21 + 28 + 33 + 44 = 126)
          nk: 116,
        }),
      },
    ],
  });
  const pl = s.table(
    {
      cols: [
        { key: "jn", head: ["Jenis Pelatihan"], width: 30 },
        { key: "ang", head: ["Angkatan"], fmt: INT },
        { key: "ps", head: ["Peserta (orang)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "rp", head: ["Biaya (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
      ],
      headerRows: 2,
      rows: [
        {
          id: "a",
          cells: { jn: "Literasi keuangan dan pembukuan sederhana", ang: 6, ps: 180, rp: 148_500_000 },
        },
        { id: "b", cells: { jn: "Pemasaran digital dan marketplace", ang: 5, ps: 150, rp: 131_250_000 } },
        { id: "c", cells: { jn: "Sertifikasi halal dan PIRT", ang: 4, ps: 120, rp: 96_800_000 } },
        { id: "d", cells: { jn: "Kemasan dan merek produk", ang: 3, ps: 70, rp: 74_350_000 } },
        {
          id: "j",
          cells: (c) => ({
            jn: "Jumlah",
            ang: fx(`SUM(${c.a("ang", "a")}:${c.a("ang", "d")})`),
            ps: fx(`SUM(${c.a("ps", "a")}:${c.a("ps", "d")})`),
            rp: fx(`SUM(${c.a("rp", "a")}:${c.a("rp", "d")})`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: UMKM binaan adalah posisi akhir periode (tidak dijumlahkan); capaian tahunan = total terbit / total target.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Banua Tangkal, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG USAHA MIKRO"],
    nama: "RAHMAWATI NOORLAILA, S.Sos.",
    nip: "19850402 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rng = (k: string) => `SUM(${a(k, "q1")}:${a(k, "q4")})`;
  b.plant({
    at: { sheet: S, cell: a("dl", "th") },
    rules: ["sum-mismatch"],
    note: "Peserta pelatihan of Tahun 2024 is =SUM over the quarters with a stale cached 420; the quarters give 520",
    truth: rng("dl"),
  });
  b.plant({
    at: { sheet: S, cell: a("nk", "th") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Usaha mikro naik kelas of Tahun 2024 is a typed 116 among formulas; 21 + 28 + 33 + 44 = 126",
    truth: rng("nk"),
  });
  b.ok({ sheet: S, cell: a("bin", "th"), rules: ["sum-mismatch"], truth: a("bin", "q4"), trap: rng("bin") });
  b.ok({
    sheet: S,
    cell: a("pn", "th"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${rng("nib")}/${rng("tn")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pn", "q1")}:${a("pn", "q4")}),2)`,
  });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("pn", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("nib", id)}/${a("tn", id)}*100,2)`,
    });
  for (const k of ["dp", "tn", "nib"])
    b.ok({ sheet: S, cell: a(k, "th"), rules: ["sum-mismatch"], truth: rng(k) });
  for (const k of ["ps", "rp"])
    b.ok({
      sheet: S,
      cell: pl.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: ["a", "b", "c", "d"].map((id) => pl.a(k, id)).join("+"),
    });
  return b.finish();
}
