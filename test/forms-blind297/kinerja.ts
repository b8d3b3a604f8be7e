// LKjIP of the Dinas PUPR Lembah Tirta, PK with its Renstra of the Dinas PUPR Sungai Bening, the recap of
// akses air minum (SR PDAM and SPAM perdesaan) per kecamatan and the recap of kapasitas IPA and
// kehilangan air (NRW) of the PDAM Tirta Bening. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Dinas PUPR Kabupaten Lembah Tirta (bidang air minum). */
export function lkjipSpam(): BookW {
  const b = new BookW(
    "lkjip-air-minum-pupr-lembah-tirta-297.xlsx",
    "LKjIP pengukuran kinerja (PUPR, air minum)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat | Target akhir Renstra 2026; ROUND formulas, refleksi (2T-R)/T on NRW and pengaduan; Rata-rata row",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Pengukuran Kinerja Sasaran Bidang Air Minum Dinas PUPR Kabupaten Lembah Tirta Tahun 2024",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      neg: false,
      r23: 81.4,
      t: 85,
      r: 85.3,
      ak: 92,
    },
    {
      id: "i2",
      ind: "Persentase rumah tangga dengan akses air minum aman",
      sat: "%",
      neg: false,
      r23: 9.8,
      t: 14,
      r: 11.6,
      ak: 20,
    },
    {
      id: "i3",
      ind: "Tingkat kehilangan air (NRW) SPAM perpipaan",
      sat: "%",
      neg: true,
      r23: 34.1,
      t: 30,
      r: 32.4,
      ak: 25,
    },
    {
      id: "i4",
      ind: "Jumlah pengaduan pelanggan atas kualitas air",
      sat: "kasus",
      neg: true,
      r23: 143,
      t: 120,
      r: 96,
      ak: 80,
    },
    {
      id: "i5",
      ind: "Persentase kapasitas terpasang SPAM yang termanfaatkan",
      sat: "%",
      neg: false,
      r23: 58.7,
      t: 80,
      r: 61.2,
      ak: 88,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target" },
  ];
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Cukup", // planted: 76.50 is Baik
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: "Meningkatnya cakupan dan kualitas layanan air minum",
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the NRW row (negative) carries the R / T formula of the rows above
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          p: pred[x.id],
          ak: x.ak,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: NRW dan pengaduan berpolaritas negatif, capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat kehilangan air (negative) computed with R / T = 108.00; refleksi (2 x 30 - 32.4) / 30 gives 92.00",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Cukup' for 76.50 (61.2 / 80); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas PUPR Kota Sungai Bening, beside its Renstra 2025-2029 (Tahun ke-1..5). */
export function pkSpam(): BookW {
  const b = new BookW(
    "pk-2025-renstra-pupr-sungai-bening-297.xlsx",
    "PK 2025 with Renstra (PUPR, air minum)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target | Satuan (target before satuan); program table Kode | Program | Anggaran (Rp) | Sumber dana with Jumlah; sheet 'Renstra': Kondisi Awal | Tahun ke-1..ke-5 (years from the title 2025-2029) | Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase rumah tangga yang mendapat akses air minum aman",
      sat: "%",
      awal: 18.5,
      k: [21, 24, 27.5, 31, 35],
    },
    {
      id: "b",
      ind: "Cakupan pelayanan air minum perpipaan PDAM",
      sat: "%",
      awal: 59.4,
      k: [62, 65, 68, 71, 74],
    },
    { id: "c", ind: "Tingkat kehilangan air (NRW)", sat: "%", awal: 33.8, k: [32, 30, 28, 26, 24] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas PUPR Kota Sungai Bening Tahun 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
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
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SUNGAI BENING",
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
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the NRW target is the Renstra Tahun ke-3 (2027) value 28; 2025 is 32
      cells: {
        no: i + 1,
        sas: "Meningkatnya pelayanan air minum yang aman dan efisien",
        ind: x.ind,
        tg: x.id === "c" ? 28 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "1.03.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 14_812_350_000,
    },
    {
      id: "p2",
      kode: "1.03.03",
      nm: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      rp: 38_450_900_000,
    },
    {
      id: "p3",
      kode: "1.03.05",
      nm: "Program Pengelolaan dan Pengembangan Sistem Air Limbah",
      rp: 9_275_000_000,
    },
    { id: "p4", kode: "1.03.10", nm: "Program Penyelenggaraan Jalan", rp: 6_120_400_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x): Row => ({
        id: x.id,
        cells: { kode: x.kode, nm: x.nm, rp: x.rp, sd: x.id === "p2" ? "APBD, DAK" : "APBD" },
      })),
      // planted: a typed Jumlah with two digits swapped (68,568,650,000; the programs give 68,658,650,000)
      { id: "j", span: ["kode", "nm"], bold: true, cells: { kode: "Jumlah", rp: 68_568_650_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Sungai Bening, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
    nama: "H. AHMAD RIDHANI NOOR, S.T., M.T.",
    nip: "19760318 200212 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of NRW is 28, the Renstra Tahun ke-3 (2027) target; Tahun ke-1 (2025) is 32",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 68,568,650,000; the four programs add up to 68,658,650,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "c"), rules: ["target-trend"], truth: "24" });
  return b.finish();
}

/** Rekap akses air minum per kecamatan (SR PDAM + SPAM perdesaan), Kabupaten Lembah Tirta, Desember 2024. */
export function rekapAkses(): BookW {
  const b = new BookW(
    "rekap-sr-cakupan-kecamatan-lembah-tirta-297.xlsx",
    "Rekap akses air minum per kecamatan (PUPR/PDAM)",
    "per kecamatan: Jumlah RT (2) | SR PDAM aktif (3) | KK terlayani SPAM perdesaan (4) | (5) = (3)+(4) | Cakupan (6) = (5)/(2) x 100; number row with the identities; JUMLAH row with the ratio of totals",
  );
  const S = "Cakupan Air Minum 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH TIRTA", "DINAS PUPR - BIDANG CIPTA KARYA / SEKSI AIR MINUM"]);
  s.lines(["REKAPITULASI CAKUPAN PELAYANAN AIR MINUM PER KECAMATAN", "Kondisi s.d. 31 Desember 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Tirta Kota", rt: 18_420, sr: 12_806, kk: 1_240 },
    { id: "k2", nm: "Lembah Hilir", rt: 14_655, sr: 7_912, kk: 2_388 },
    { id: "k3", nm: "Watu Gede", rt: 9_830, sr: 3_105, kk: 4_412 },
    { id: "k4", nm: "Sumber Arum", rt: 11_204, sr: 4_877, kk: 3_960 },
    { id: "k5", nm: "Ngrembel", rt: 7_615, sr: 1_942, kk: 3_518 },
    { id: "k6", nm: "Kali Jernih", rt: 6_380, sr: 2_210, kk: 2_104 },
  ];
  const L = "Rumah Tangga Terlayani";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(0)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 18 },
      { key: "rt", head: ["Jumlah Rumah Tangga"], num: "(2)", fmt: INT },
      { key: "sr", head: [L, "SR PDAM Aktif"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      {
        key: "kk",
        head: [L, "SPAM Perdesaan / Pamsimas (KK)"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
      },
      { key: "j", head: [L, "Jumlah"], role: "realisasi", year: 2024, num: "(5) = (3)+(4)", fmt: INT },
      {
        key: "p",
        head: ["Cakupan Pelayanan (%)"],
        role: "capaian",
        year: 2024,
        num: "(6) = (5)/(2) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          rt: k.rt,
          sr: k.sr,
          kk: k.kk,
          j: fx(`${c.a("sr")}+${c.a("kk")}`),
          // planted: Sumber Arum's cakupan typed 104.62 (8,837 / 11,204 = 78.87)
          p: k.id === "k4" ? 104.62 : fx(`ROUND(${c.a("j")}/${c.a("rt")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          rt: fx(`SUM(${c.a("rt", "k1")}:${c.a("rt", "k6")})`),
          // planted: SR total one row short (Kali Jernih left out)
          sr: fx(`SUM(${c.a("sr", "k1")}:${c.a("sr", "k5")})`),
          kk: fx(`SUM(${c.a("kk", "k1")}:${c.a("kk", "k6")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k6")})`),
          p: fx(`ROUND(${c.a("j")}/${c.a("rt")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: PDAM Tirta Lembah (SR aktif) dan BPSPAMS (SPAM perdesaan)."]);
  s.gap();
  signature(s, 5, {
    tempat: "Tirta Kota, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG CIPTA KARYA"],
    nama: "RETNO WULANSARI, S.T., M.Eng.",
    nip: "19820514 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "Cakupan of Sumber Arum is a typed 104.62 (over 100 for a share of households) among formulas; 8,837 / 11,204 x 100 = 78.87",
    truth: `ROUND(${a("j", "k4")}/${a("rt", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sr", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH SR PDAM is =SUM over five kecamatan (30,642); with Kali Jernih's 2,210 it is 32,852",
    truth: `SUM(${a("sr", "k1")}:${a("sr", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "k1")}:${a("j", "k6")})/SUM(${a("rt", "k1")}:${a("rt", "k6")})*100,2)`,
    trap: `ROUND((${["k1", "k2", "k3", "k5", "k6"].map((id) => a("p", id)).join("+")}+${a("j", "k4")}/${a("rt", "k4")}*100)/6,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("rt", id)}*100,2)`,
    });
  for (const id of ["k1", "k4", "k6"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("sr", id)}+${a("kk", id)}` });
  for (const k of ["rt", "kk", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** Kapasitas IPA and kehilangan air per triwulan, PDAM Tirta Bening (Kota Sungai Bening) 2024: two tables side by side. */
export function rekapNrw(): BookW {
  const b = new BookW(
    "rekap-nrw-kapasitas-ipa-sungai-bening-297.xlsx",
    "Rekap kapasitas IPA dan NRW (PDAM)",
    "left: per IPA Kapasitas terpasang | terpakai | idle (3) = (1)-(2) | Pemanfaatan (4) = (2)/(1) x 100 with Jumlah; right, after one empty column: per triwulan Air diproduksi | Air terjual | Kehilangan | NRW (%), Jumlah with NRW of the totals",
  );
  const S = "Kapasitas dan NRW 2024";
  const s = b.sheet(S);
  letterhead(s, ["PERUMDA AIR MINUM TIRTA BENING KOTA SUNGAI BENING", "Bagian Produksi dan Distribusi"]);
  s.lines(["KAPASITAS TERPASANG, KAPASITAS TERPAKAI DAN KEHILANGAN AIR TAHUN 2024"]);
  s.gap();
  const IPA = [
    { id: "a1", nm: "IPA Sungai Bening I", cap: 250, use: 212.5 },
    { id: "a2", nm: "IPA Sungai Bening II", cap: 200, use: 168 },
    { id: "a3", nm: "IPA Alalak Hulu", cap: 150, use: 96.5 },
    { id: "a4", nm: "IPA Pulau Sirih", cap: 100, use: 54 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "nm", head: ["Instalasi Pengolahan Air"], width: 22 },
      {
        key: "cap",
        head: ["Kapasitas (l/detik)", "Terpasang"],
        role: "target",
        year: 2024,
        num: "(1)",
        fmt: DEC,
      },
      {
        key: "use",
        head: ["Kapasitas (l/detik)", "Terpakai"],
        role: "realisasi",
        year: 2024,
        num: "(2)",
        fmt: DEC,
      },
      {
        key: "idle",
        head: ["Kapasitas (l/detik)", "Belum Termanfaatkan"],
        role: "lainnya",
        num: "(3) = (1)-(2)",
        fmt: DEC,
      },
      {
        key: "p",
        head: ["Pemanfaatan (%)"],
        role: "capaian",
        year: 2024,
        num: "(4) = (2)/(1) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...IPA.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          nm: x.nm,
          cap: x.cap,
          use: x.use,
          idle: fx(`${c.a("cap")}-${c.a("use")}`),
          p: fx(`ROUND(${c.a("use")}/${c.a("cap")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          nm: "Jumlah",
          cap: fx(`SUM(${c.a("cap", "a1")}:${c.a("cap", "a4")})`),
          // planted: a typed 513.00 among formulas (the IPA add up to 531.00)
          use: 513,
          idle: fx(`SUM(${c.a("idle", "a1")}:${c.a("idle", "a4")})`),
          p: fx(`ROUND(${c.a("use")}/${c.a("cap")}*100,2)`),
        }),
      },
    ],
  });
  const Q = [
    { id: "q1", tw: "Triwulan I", prod: 2_985_400, sold: 2_014_300 },
    { id: "q2", tw: "Triwulan II", prod: 3_041_800, sold: 2_078_900 },
    { id: "q3", tw: "Triwulan III", prod: 3_102_600, sold: 2_150_400 },
    { id: "q4", tw: "Triwulan IV", prod: 3_388_900, sold: 2_546_700 },
  ];
  const nt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "prod", head: ["Volume Air (m3)", "Diproduksi"], role: "lainnya", fmt: INT, width: 14 },
        {
          key: "sold",
          head: ["Volume Air (m3)", "Terjual / Tertagih"],
          role: "lainnya",
          fmt: INT,
          width: 14,
        },
        { key: "loss", head: ["Volume Air (m3)", "Kehilangan Air"], role: "lainnya", fmt: INT, width: 14 },
        { key: "nrw", head: ["NRW (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            prod: q.prod,
            sold: q.sold,
            loss: fx(`${c.a("prod")}-${c.a("sold")}`),
            // planted: Triwulan III keeps a stale cached NRW from the first (unaudited) meter reading
            nrw: fx(`ROUND(${c.a("loss")}/${c.a("prod")}*100,2)`, q.id === "q3" ? 27.64 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah 2024",
            prod: fx(`SUM(${c.a("prod", "q1")}:${c.a("prod", "q4")})`),
            sold: fx(`SUM(${c.a("sold", "q1")}:${c.a("sold", "q4")})`),
            loss: fx(`SUM(${c.a("loss", "q1")}:${c.a("loss", "q4")})`),
            nrw: fx(`ROUND(${c.a("loss")}/${c.a("prod")}*100,2)`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Catatan: NRW tahunan dihitung dari jumlah volume, bukan rata-rata NRW triwulan."]);
  s.gap();
  signature(s, 8, {
    tempat: "Sungai Bening, 8 Januari 2025",
    jabatan: ["DIREKTUR TEKNIK PERUMDA AIR MINUM TIRTA BENING"],
    nama: "Ir. SYAHRIAL FAUZAN, M.T.",
    nip: "-",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const n = (k: string, id: string) => nt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("use", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah kapasitas terpakai is a typed 513.00 in a row of SUM formulas; the four IPA add up to 531.00",
    truth: `SUM(${a("use", "a1")}:${a("use", "a4")})`,
  });
  b.plant({
    at: { sheet: S, cell: n("nrw", "q3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "NRW of Triwulan III shows a stale cached 27.64; its formula gives 952,200 / 3,102,600 = 30.69",
    truth: `ROUND(${n("loss", "q3")}/${n("prod", "q3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: n("nrw", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(SUM(${n("loss", "q1")}:${n("loss", "q4")})/SUM(${n("prod", "q1")}:${n("prod", "q4")})*100,2)`,
    trap: `ROUND(AVERAGE(${n("nrw", "q1")}:${n("nrw", "q4")}),2)`,
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: n("nrw", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND((${n("prod", id)}-${n("sold", id)})/${n("prod", id)}*100,2)`,
    });
  for (const k of ["prod", "sold", "loss"])
    b.ok({
      sheet: S,
      cell: n(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${n(k, "q1")}:${n(k, "q4")})`,
      trap: n(k, "q4"),
    });
  for (const id of ["a1", "a2", "a3", "a4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("use", id)}/${a("cap", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("cap", "a1")}:${a("cap", "a4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("idle", "a3"),
    rules: ["sum-mismatch"],
    truth: `${a("cap", "a3")}-${a("use", "a3")}`,
  });
  return b.finish();
}
