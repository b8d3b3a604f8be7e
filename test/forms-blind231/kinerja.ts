// LKjIP of the Dinas PUPR Kabupaten Muara Selindung (Jambi), PK with its Renstra of the Dinas PUPR
// Kota Kayangan Raya (Sulawesi Tenggara), the recap of akses air minum per kecamatan and the
// quarterly water balance (NRW) of the Perumda Air Minum Tirta Kayangan. All invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  fmt,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Dinas PUPR Muara Selindung: capaian as fractions with a % format. */
export function lkjipSpam(): BookW {
  const b = new BookW(
    "lkjip-2024-air-minum-nrw-pupr-muara-selindung.xlsx",
    "LKjIP pengukuran kinerja (PUPR, air minum)",
    "LKjIP 2024 Tabel 3.2: No | Indikator (negatives marked *) | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 as a ROUND fraction with a 0.00% format | Predikat; refleksi (2T-R)/T on negatives; Rata-rata and predikat rows",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Dinas PUPR Kabupaten Muara Selindung Tahun 2024",
    "Sasaran: Meningkatnya pelayanan air minum layak dan aman",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      neg: false,
      r0: 80.2,
      t: 82.5,
      r: 81.7,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      ind: "Persentase kehilangan air (NRW) SPAM perkotaan *",
      sat: "%",
      neg: true,
      r0: 35.8,
      t: 32,
      r: 34.1,
      p: "Sangat Baik",
    },
    {
      id: "i3",
      ind: "Jumlah sambungan rumah (SR) baru yang terpasang",
      sat: "SR",
      neg: false,
      r0: 2210,
      t: 2400,
      r: 2360,
      p: "Sangat Baik",
    },
    // planted predikat: 84.55 % is Baik
    {
      id: "i4",
      ind: "Rata-rata kontinuitas pelayanan air perpipaan",
      sat: "jam/hari",
      neg: false,
      r0: 19.5,
      t: 22,
      r: 18.6,
      p: "Sangat Baik",
    },
    {
      id: "i5",
      ind: "Persentase pengaduan pelanggan yang tidak tertangani *",
      sat: "%",
      neg: true,
      r0: 6.8,
      t: 5,
      r: 4.2,
      p: "Sangat Baik",
    },
  ];
  const PCT = "0.00%";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the NRW row (negative) has the positive R / T formula
          c: fx(cap(x.id === "i2" ? false : x.neg, c.a("t"), c.a("r"))),
          p: x.p,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) indikator negatif: capaian = (2 x target - realisasi) / target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const TOL = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "NRW (negative) computed with R / T = 106.56%; refleksi (2 x 32 - 34.1) / 32 gives 93.44%",
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 84.55% (18.6 / 22); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i5"), a("r", "i5")),
    trap: `ROUND(${a("r", "i5")}/${a("t", "i5")},4)`,
    tol: TOL,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol: TOL,
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas PUPR Kota Kayangan Raya, beside the Renstra (Tahun ke-1..5). */
export function pkSpam(): BookW {
  const b = new BookW(
    "pk-2025-renstra-air-minum-pupr-kota-kayangan-raya.xlsx",
    "PK 2025 with Renstra (PUPR, air minum)",
    "sheet 'Renstra PUPR' first: Tahun ke-1..ke-5 (years only in the title 2025-2029), Kondisi Akhir; sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target; program table No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah",
  );
  const R = "Renstra PUPR";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      awal: 84.6,
      k: [86, 88, 90, 92.5, 95],
      flow: false,
    },
    {
      id: "b",
      ind: "Persentase kehilangan air (NRW)",
      sat: "%",
      awal: 36.2,
      k: [34, 32, 30, 28, 26],
      flow: false,
    },
    {
      id: "c",
      ind: "Jumlah sambungan rumah (SR) baru yang terpasang",
      sat: "SR",
      awal: 1450,
      k: [1500, 1600, 1650, 1700, 1750],
      flow: true,
    },
  ];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  letterhead(rs, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KAYANGAN RAYA"]);
  rs.lines(["Tabel 5.2 Indikator Kinerja Utama dan Target Renstra 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.flow ? x.k.reduce((s, v) => s + v, 0) : x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KAYANGAN RAYA",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the NRW target is the Renstra Tahun ke-2 (2026) value 32; 2025 is 34
      cells: {
        no: i + 1,
        sas: "Meningkatnya pelayanan air minum yang layak dan efisien",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? 32 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kd: "1.03.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_412_850_000,
    },
    {
      id: "p2",
      kd: "1.03.03",
      nm: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      rp: 13_645_300_000,
    },
    {
      id: "p3",
      kd: "1.03.04",
      nm: "Program Pengelolaan dan Pengembangan Sistem Air Limbah",
      rp: 4_208_600_000,
    },
    { id: "p4", kd: "1.03.10", nm: "Program Penyelenggaraan Jalan", rp: 21_937_450_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kd", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kd: x.kd, nm: x.nm, rp: x.rp, ket: i === 1 ? "APBD, DAK" : "APBD" },
      })),
      // planted: a typed Jumlah with two digits swapped (46,204,200,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 46_024_200_000 } },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Kayangan Raya, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
    nama: "LA ODE MUHAMMAD RIDWAN, S.T., M.Eng.",
    nip: "19780419 200312 1 009",
  });
  const y = (id: string) => [1, 2, 3, 4, 5].map((k) => rt.a(`y${k}`, id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of NRW is 32, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 34",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 46,024,200,000; the four programs add up to 46,204,200,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: y(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: y("c"),
    trap: rt.a("y5", "c"),
  });
  b.ok({ sheet: R, cell: rt.a("y5", "b"), rules: ["target-trend"], truth: "26" });
  return b.finish();
}

/** Rekap akses air minum layak per kecamatan, Kabupaten Muara Selindung, 31 Desember 2024. */
export function rekapAksesKecamatan(): BookW {
  const b = new BookW(
    "rekap-akses-air-minum-per-kecamatan-muara-selindung-des-2024.xlsx",
    "Rekap akses air minum per kecamatan (PUPR)",
    "per kecamatan: Jumlah RT | SR PDAM aktif | SR Pamsimas/BUMDes | bukan jaringan perpipaan layak | (7) = (4)+(5)+(6) | (8) = (7)/(3) x 100; TOTAL row with sums and the ratio of totals; Sumber data column",
  );
  const S = "Akses Air Minum";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARA SELINDUNG",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG - BIDANG CIPTA KARYA",
  ]);
  s.lines(["REKAPITULASI AKSES AIR MINUM LAYAK RUMAH TANGGA PER KECAMATAN", "Kondisi per 31 Desember 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Muara Selindung Kota", rt: 14_820, sr: 9_640, pm: 820, bj: 3_410 },
    { id: "k2", nm: "Tanjung Pauh Ilir", rt: 8_450, sr: 3_210, pm: 1_460, bj: 2_880 },
    { id: "k3", nm: "Rantau Kemuning", rt: 6_930, sr: 1_180, pm: 2_240, bj: 2_150 },
    { id: "k4", nm: "Bukit Sembilang", rt: 5_210, sr: 640, pm: 1_870, bj: 1_725 },
    { id: "k5", nm: "Sungai Tenam", rt: 7_380, sr: 2_050, pm: 1_530, bj: 2_620 },
  ];
  const JP = "Rumah Tangga Akses Layak";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
      { key: "rt", head: ["Jumlah Rumah Tangga"], num: "(3)", fmt: INT },
      {
        key: "sr",
        head: [JP, "Jaringan Perpipaan", "SR PDAM Aktif"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
      },
      {
        key: "pm",
        head: [JP, "Jaringan Perpipaan", "SR Pamsimas / BUMDes"],
        role: "realisasi",
        year: 2024,
        num: "(5)",
        fmt: INT,
      },
      {
        key: "bj",
        head: [JP, "Bukan Jaringan Perpipaan Layak"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
      },
      { key: "j", head: [JP, "Jumlah"], role: "realisasi", year: 2024, num: "(7) = (4)+(5)+(6)", fmt: INT },
      {
        key: "p",
        head: ["Cakupan Akses Air Minum Layak (%)"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(3) x 100",
        fmt: DEC,
      },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "(9)", width: 16 },
    ],
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          rt: k.rt,
          sr: k.sr,
          pm: k.pm,
          bj: k.bj,
          j: fx(`${c.a("sr")}+${c.a("pm")}+${c.a("bj")}`),
          // planted: Rantau Kemuning's cakupan typed 108.04 (5,570 / 6,930 = 80.38)
          p: k.id === "k3" ? 108.04 : fx(`ROUND(${c.a("j")}/${c.a("rt")}*100,2)`),
          sd: i < 2 ? "PDAM, Pamsimas" : "Puskesmas (STBM)",
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, Cell> = { no: "TOTAL KABUPATEN" };
          for (const k of ["rt", "pm", "bj", "j"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          // planted: SR PDAM total one row short
          out.sr = fx(`SUM(${c.a("sr", "k1")}:${c.a("sr", "k4")})`);
          out.p = fx(`ROUND(${c.a("j")}/${c.a("rt")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: cakupan kabupaten dihitung dari total, bukan rata-rata kecamatan."]);
  s.gap();
  signature(s, 7, {
    tempat: "Muara Selindung, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG CIPTA KARYA"],
    nama: "RAHMI YULIASARI, S.T., M.T.",
    nip: "19840716 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "Cakupan of Rantau Kemuning is a typed 108.04 (over 100 % of its households) among formulas; 5,570 / 6,930 x 100 gives 80.38",
    truth: `ROUND(${a("j", "k3")}/${a("rt", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sr", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL SR PDAM aktif is =SUM over four kecamatan (14,670); with Sungai Tenam's 2,050 it is 16,720",
    truth: `SUM(${a("sr", "k1")}:${a("sr", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "k1")}:${a("j", "k5")})/SUM(${a("rt", "k1")}:${a("rt", "k5")})*100,2)`,
    trap: `ROUND((${["k1", "k2", "k4", "k5"].map((id) => a("p", id)).join("+")}+ROUND(${a("j", "k3")}/${a("rt", "k3")}*100,2))/5,2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("rt", id)}*100,2)`,
    });
  for (const id of ["k2", "k5"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("sr", id)}+${a("pm", id)}+${a("bj", id)}`,
    });
  for (const k of ["rt", "pm", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  return b.finish();
}

/** Neraca air per triwulan 2024, Perumda Air Minum Tirta Kayangan (Kota Kayangan Raya). */
export function neracaNrw(): BookW {
  const b = new BookW(
    "neraca-air-nrw-per-triwulan-perumda-tirta-kayangan-2024.xlsx",
    "Neraca air dan NRW per triwulan (Perumda Air Minum)",
    "per triwulan: Produksi | Air terjual | Pemakaian resmi tak berekening | (5) = (2)-(3)-(4) NRW m3 | (6) = (5)/(2) x 100 | Target NRW % | (8) capaian refleksi (2x(7)-(6))/(7) x 100; Tahun 2024 row: volumes summed, % the ratio of totals, the target the year's (TW IV) level",
  );
  const S = "Neraca Air 2024";
  const s = b.sheet(S);
  letterhead(s, ["PERUMDA AIR MINUM TIRTA KAYANGAN", "KOTA KAYANGAN RAYA", "Jl. Abdullah Silondae No. 12"]);
  s.lines(["NERACA AIR DAN TINGKAT KEHILANGAN AIR (NRW) TAHUN 2024", "(volume dalam m³)"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", pr: 2_184_300, jl: 1_452_800, rs: 41_200, tg: 33 },
    { id: "q2", tw: "Triwulan II", pr: 2_231_600, jl: 1_468_900, rs: 43_500, tg: 32 },
    { id: "q3", tw: "Triwulan III", pr: 2_265_800, jl: 1_521_400, rs: 39_800, tg: 31 },
    { id: "q4", tw: "Triwulan IV", pr: 2_302_100, jl: 1_573_700, rs: 44_100, tg: 30 },
  ];
  const cap = (c: (k: string) => string) => `ROUND((2*${c("tg")}-${c("p")})/${c("tg")}*100,2)`;
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "pr", head: ["Volume Produksi Air"], num: "(2)", fmt: INT, width: 14 },
      { key: "jl", head: ["Konsumsi Resmi", "Air Terjual (berekening)"], num: "(3)", fmt: INT, width: 14 },
      {
        key: "rs",
        head: ["Konsumsi Resmi", "Tak Berekening (hidran, kantor)"],
        num: "(4)",
        fmt: INT,
        width: 14,
      },
      {
        key: "n",
        head: ["Kehilangan Air (NRW)", "Volume"],
        role: "realisasi",
        year: 2024,
        num: "(5) = (2)-(3)-(4)",
        fmt: INT,
        width: 14,
      },
      {
        key: "p",
        head: ["Kehilangan Air (NRW)", "Realisasi (%)"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (5)/(2) x 100",
        fmt: DEC,
      },
      { key: "tg", head: ["Target NRW (%)"], role: "target", year: 2024, num: "(7)", fmt: DEC },
      {
        key: "c",
        head: ["Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: "(8) = (2x(7)-(6))/(7) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          pr: q.pr,
          jl: q.jl,
          rs: q.rs,
          n: fx(`${c.a("pr")}-${c.a("jl")}-${c.a("rs")}`),
          p: fx(`ROUND(${c.a("n")}/${c.a("pr")}*100,2)`),
          tg: q.tg,
          // planted: Triwulan II's capaian typed 100.72 (the formula gives 99.28)
          c: q.id === "q2" ? 100.72 : fx(cap((k) => c.a(k))),
        }),
      })),
      {
        id: "th",
        bold: true,
        cells: (c) => ({
          tw: "Tahun 2024",
          pr: fx(`SUM(${c.a("pr", "q1")}:${c.a("pr", "q4")})`),
          jl: fx(`SUM(${c.a("jl", "q1")}:${c.a("jl", "q4")})`),
          rs: fx(`SUM(${c.a("rs", "q1")}:${c.a("rs", "q4")})`),
          n: fx(`SUM(${c.a("n", "q1")}:${c.a("n", "q4")})`),
          // planted: a stale cached % from a draft before the Triwulan IV meter readings
          p: fx(`ROUND(${c.a("n")}/${c.a("pr")}*100,2)`, 28.64),
          tg: fmt(30, DEC),
          c: fx(cap((k) => c.a(k))),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: NRW indikator negatif; capaian dihitung (2 x target - realisasi) / target x 100."]);
  s.gap();
  signature(s, 6, {
    tempat: "Kayangan Raya, 8 Januari 2025",
    jabatan: ["DIREKTUR UTAMA"],
    nama: "ANDI MUH. FACHRUL, S.E., M.M.",
    nip: "-",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const capA = (id: string) => cap((k) => a(k, id));
  b.plant({
    at: { sheet: S, cell: a("c", "q2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Triwulan II is a typed 100.72 among formulas; (2 x 32 - 32.23) / 32 x 100 gives 99.28",
    truth: capA("q2"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "th") },
    rules: ["capaian-mismatch"],
    note: "NRW % of the year has a stale cached 28.64; its formula gives 2,798,400 / 8,983,800 x 100 = 31.15",
    truth: `ROUND(${a("n", "th")}/${a("pr", "th")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "q1"),
    rules: ["capaian-mismatch"],
    truth: capA("q1"),
    trap: `ROUND(${a("p", "q1")}/${a("tg", "q1")}*100,2)`,
  });
  for (const id of ["q3", "q4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: capA(id) });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("n", id)}/${a("pr", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("tg", "th"),
    rules: ["sum-mismatch"],
    truth: a("tg", "q4"),
    trap: `SUM(${a("tg", "q1")}:${a("tg", "q4")})`,
  });
  for (const k of ["pr", "n"])
    b.ok({ sheet: S, cell: a(k, "th"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  b.ok({
    sheet: S,
    cell: a("n", "q3"),
    rules: ["sum-mismatch"],
    truth: `${a("pr", "q3")}-${a("jl", "q3")}-${a("rs", "q3")}`,
  });
  return b.finish();
}
