// Two Kalimantan Timur tables of a Dinas Lingkungan Hidup: a bank sampah recap per kecamatan
// (tonnage reduced per quarter, the share of the timbulan) and a T-C.27 Renstra 2025-2029 funding
// table with ordinal years ("Tahun ke-1" .. "ke-5") resolved from the title. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

export function bankSampahKecamatan(): BookW {
  const b = new BookW(
    "rekap-bank-sampah-kecamatan-sungai-kendilo.xlsx",
    "Rekap sektor: bank sampah per kecamatan (DLH)",
    "Rekap bank sampah 2024 per kecamatan of a DLH in Kalimantan Timur: No | Kecamatan | Unit Bank Sampah | Nasabah | 'Sampah Terkelola (ton)' > Triwulan I..IV | Jumlah | Timbulan Sampah (ton/tahun) | Persentase Pengurangan (%); number row with '9 = 5+6+7+8' and '11 = 9/10 x 100'; JUMLAH row",
  );
  const S = "Bank Sampah 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI KENDILO",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Jenderal Sudirman No. 7 Tanah Kendilo",
  ]);
  s.lines(["REKAPITULASI KINERJA BANK SAMPAH MENURUT KECAMATAN", "TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Tanah Kendilo", u: 14, n: 1_842, q: [61.4, 66.2, 70.8, 73.5], tim: 9_820 },
    { id: "k2", nm: "Long Ikis Hilir", u: 9, n: 1_106, q: [38.2, 41.7, 40.9, 44.3], tim: 6_245 },
    { id: "k3", nm: "Batu Sopang Raya", u: 6, n: 724, q: [22.6, 25.1, 27.4, 26.8], tim: 4_130 },
    { id: "k4", nm: "Muara Komam Baru", u: 4, n: 415, q: [11.3, 12.8, 14.1, 13.6], tim: 2_910 },
    { id: "k5", nm: "Kuaro Pantai", u: 8, n: 968, q: [30.5, 33.2, 35.9, 37.4], tim: 5_370 },
    { id: "k6", nm: "Pasir Belengkong", u: 7, n: 853, q: [27.8, 29.6, 31.2, 33.9], tim: 4_985 },
    { id: "k7", nm: "Tanjung Harapan Ulu", u: 3, n: 296, q: [8.4, 9.1, 10.2, 9.7], tim: 1_860 },
  ];
  const G = "Sampah Terkelola Bank Sampah (ton)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "2", width: 20 },
    { key: "u", head: ["Unit Bank Sampah"], num: "3", fmt: INT, width: 9 },
    { key: "n", head: ["Jumlah Nasabah (orang)"], num: "4", fmt: INT, width: 10 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [G, `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: String(5 + i),
      fmt: DEC,
      width: 9,
    })),
    { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "9 = 5+6+7+8", fmt: DEC, width: 10 },
    { key: "tim", head: ["Timbulan Sampah (ton/tahun)"], num: "10", fmt: INT, width: 11 },
    { key: "p", head: ["Persentase Pengurangan Sampah (%)"], num: "11 = 9/10 x 100", fmt: DEC, width: 11 },
  ];
  const tot = (k: string, c: { a(k: string, id?: string): string }) =>
    fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k7")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kec: k.nm,
          u: k.u,
          n: k.n,
          ...Object.fromEntries(k.q.map((v, q) => [`q${q + 1}`, v])),
          // planted: Batu Sopang Raya's Jumlah typed 120.90 among SUM formulas (the quarters give 101.90)
          j: k.id === "k3" ? 120.9 : fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          tim: k.tim,
          // planted: Pasir Belengkong's percentage typed 245.70 (ton against the timbulan in hundreds)
          p: k.id === "k6" ? 245.7 : fx(`ROUND(${c.a("j")}/${c.a("tim")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          u: tot("u", c),
          n: tot("n", c),
          q1: tot("q1", c),
          q2: tot("q2", c),
          q3: tot("q3", c),
          q4: tot("q4", c),
          j: tot("j", c),
          tim: tot("tim", c),
          p: fx(`ROUND(${c.a("j")}/${c.a("tim")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: persentase pengurangan = sampah terkelola bank sampah / timbulan sampah x 100; baris JUMLAH dihitung dari total, bukan dijumlahkan.",
    "Sumber: laporan bulanan bank sampah induk dan SIPSN 2024.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanah Kendilo, 20 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP,"],
    nama: "Ir. H. MUHAMMAD RIDWAN SYAHRANI, M.T.",
    nip: "19700819 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (id: string) => `${a("q1", id)}+${a("q2", id)}+${a("q3", id)}+${a("q4", id)}`;
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Batu Sopang Raya is a typed 120.90 among SUM formulas; 22.6 + 25.1 + 27.4 + 26.8 give 101.90",
    truth: q4("k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k6") },
    rules: ["percent-out-of-range", "hardcoded-value"],
    note: "Persentase pengurangan of Pasir Belengkong is a typed 245.70 among ROUND formulas; 122.5 / 4,985 x 100 gives 2.46",
    truth: `ROUND(${a("j", "k6")}/${a("tim", "k6")}*100,2)`,
  });
  for (const k of K) {
    if (k.id !== "k3") b.ok({ sheet: S, cell: a("j", k.id), rules: ["sum-mismatch"], truth: q4(k.id) });
    if (k.id !== "k6" && k.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("p", k.id),
        rules: ["percent-out-of-range"],
        truth: `ROUND(${a("j", k.id)}/${a("tim", k.id)}*100,2)`,
      });
  }
  // the total's percentage is the ratio of the totals, not the sum of the kecamatan percentages
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("j", "tot")}/${a("tim", "tot")}*100,2)`,
    trap: `SUM(${a("p", "k1")}:${a("p", "k7")})`,
  });
  for (const k of ["u", "n", "q1", "q4", "tim"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  return b.finish();
}

export function tc27Kaltim(): BookW {
  const b = new BookW(
    "tc27-renstra-dlh-pendanaan-kutai-sembulan.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan indikatif (DLH)",
    "T-C.27 of a DLH in Kalimantan Timur, Renstra 2025-2029, ordinal years: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KUTAI SEMBULAN", "DINAS LINGKUNGAN HIDUP"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Lingkungan Hidup Kabupaten Kutai Sembulan Tahun 2025-2029",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const TG = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "aw",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
    },
    ...years.flatMap((y, i): Col[] => [
      { key: `k${i + 1}`, head: [TG, `Tahun ke-${i + 1}`, "Target"], role: "target", year: y, width: 8 },
      {
        key: `r${i + 1}`,
        head: [TG, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 15,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      width: 9,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 16,
    },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 12 },
  ];
  type L = {
    id: string;
    kode: string;
    nm: string;
    ind: string;
    sat: string;
    aw: number;
    k: number[];
    rp?: number[];
    flow?: boolean;
  };
  const L: L[] = [
    {
      id: "p",
      kode: "2.11.11",
      nm: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      ind: "Persentase sampah yang terkelola",
      sat: "%",
      aw: 59.4,
      k: [62, 65, 68, 71, 74],
    },
    {
      id: "g1",
      kode: "2.11.11.2.01",
      nm: "Pengelolaan Sampah",
      ind: "Jumlah TPS3R yang beroperasi",
      sat: "unit",
      aw: 9,
      k: [12, 15, 18, 21, 24],
    },
    {
      id: "s11",
      kode: "2.11.11.2.01.0001",
      nm: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
      ind: "Jumlah sarana dan prasarana persampahan yang disediakan",
      sat: "unit",
      aw: 14,
      k: [16, 18, 20, 22, 24],
      rp: [3_450_000_000, 3_780_000_000, 4_020_000_000, 4_310_000_000, 4_655_000_000],
      flow: true,
    },
    {
      id: "s12",
      kode: "2.11.11.2.02.0004",
      nm: "Pengelolaan TPA Sanitary Landfill",
      ind: "Jumlah sampah yang diproses di TPA",
      sat: "ton",
      aw: 71_200,
      k: [73_500, 75_800, 78_100, 80_400, 82_700],
      rp: [2_860_000_000, 3_015_000_000, 3_190_000_000, 3_362_000_000, 3_548_000_000],
      flow: true,
    },
    {
      id: "g2",
      kode: "2.11.11.2.02",
      nm: "Penerbitan Izin Pendaurulangan Sampah, Pengangkutan Sampah dan Pemrosesan Akhir Sampah",
      ind: "Jumlah izin yang diterbitkan",
      sat: "izin",
      aw: 7,
      k: [8, 9, 10, 10, 12],
      rp: [215_000_000, 236_500_000, 248_000_000, 262_750_000, 281_300_000],
      flow: true,
    },
  ];
  const sumOf = (k: string, ids: string[], c: { a(k: string, id?: string): string }) =>
    fx(ids.map((id) => c.a(k, id)).join("+"));
  const t = s.table({
    cols,
    headerRows: 3,
    rows: L.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => ({
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        aw: x.aw,
        ...Object.fromEntries(x.k.map((v, i) => [`k${i + 1}`, v])),
        ...Object.fromEntries(
          years.map((_, i) => [
            `r${i + 1}`,
            x.rp ? x.rp[i] : sumOf(`r${i + 1}`, x.id === "p" ? ["g1", "g2"] : ["s11", "s12"], c),
          ]),
        ),
        ka: x.flow ? fx(`${c.a("k1")}+${c.a("k2")}+${c.a("k3")}+${c.a("k4")}+${c.a("k5")}`) : fx(c.a("k5")),
        // planted: the izin kegiatan's kondisi akhir Rp leaves out Tahun ke-5
        ra: fx(
          x.id === "g2"
            ? `${c.a("r1")}+${c.a("r2")}+${c.a("r3")}+${c.a("r4")}`
            : `${c.a("r1")}+${c.a("r2")}+${c.a("r3")}+${c.a("r4")}+${c.a("r5")}`,
        ),
        uk: "Bidang Pengelolaan Sampah dan Limbah B3",
        lok: "Kabupaten",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target untuk indikator persentase dan stok = target tahun ke-5; Rp = jumlah lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const r5 = (id: string) => [1, 2, 3, 4, 5].map((i) => a(`r${i}`, id)).join("+");
  const k5 = (id: string) => [1, 2, 3, 4, 5].map((i) => a(`k${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ra", "g2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 2.11.11.2.02 adds Tahun ke-1 .. ke-4 only (962,250,000); with Tahun ke-5's 281,300,000 it is 1,243,550,000",
    truth: r5("g2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s12") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan TPA Sanitary Landfill is coded 2.11.11.2.02.0004 under kegiatan 2.11.11.2.01",
    actual: `PARENT(${a("kode", "s12")})`,
    truth: a("kode", "g1"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s11"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "s11")})`,
    truth: a("kode", "g1"),
  });
  for (const id of ["p", "g1"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: k5(id),
    });
  for (const id of ["s11", "s12", "g2"])
    b.ok({ sheet: S, cell: a("ka", id), rules: ["kondisi-akhir-mismatch"], truth: k5(id) });
  for (const id of ["p", "g1", "s11", "s12"])
    b.ok({ sheet: S, cell: a("ra", id), rules: ["kondisi-akhir-mismatch"], truth: r5(id) });
  for (const i of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s11")}+${a(`r${i}`, "s12")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "g1")}+${a(`r${i}`, "g2")}`,
      trap: `${a(`r${i}`, "g1")}+${a(`r${i}`, "s11")}+${a(`r${i}`, "s12")}+${a(`r${i}`, "g2")}`,
    });
  }
  return b.finish();
}
