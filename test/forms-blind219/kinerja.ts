// LKjIP, PK with its Renstra, the recap of tera ulang UTTP per pasar and the recap of harga bahan
// pokok per triwulan of two Dinas Perdagangan (Sumatera Barat, Kalimantan Selatan). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Dinas Perdagangan Batang Sialang: refleksi on the negative rows. */
export function lkjipDisdag(): BookW {
  const b = new BookW(
    "lkjip-stabilitas-harga-disdag-batang-sialang.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perdagangan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the two negative rows (koefisien variasi, disparitas harga); Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PERDAGANGAN KABUPATEN BATANG SIALANG",
  ]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SA = "Terjaganya stabilitas harga bahan pokok";
  const SB = "Meningkatnya tertib ukur dan kualitas pasar rakyat";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      sat: "%",
      neg: true,
      r0: 7.9,
      t: 6,
      r: 7.2,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Rata-rata disparitas harga bahan pokok antar pasar",
      sat: "%",
      neg: true,
      r0: 13.4,
      t: 12,
      r: 10.2,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      neg: false,
      r0: 70.1,
      t: 76,
      r: 73.9,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      neg: false,
      r0: 36.5,
      t: 55,
      r: 41.8,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "unit",
      neg: false,
      r0: 1,
      t: 3,
      r: 2,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const pred: Record<string, string> = {
    i1: "Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Baik",
    // planted: 66.67 is Cukup
    i5: "Baik",
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
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the pasar rakyat row keeps a stale cached 84.00 (41.8 / 55 gives 76.00)
          c: fx(cap(x.neg, c.a("t"), c.a("r")), x.id === "i4" ? 84 : undefined),
          p: pred[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: untuk indikator negatif (semakin kecil semakin baik) capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Capaian of 'Persentase pasar rakyat dalam kondisi baik' has a stale cached 84.00; its formula 41.8 / 55 x 100 gives 76.00",
    truth: cap(false, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 66.67 (2 of 3 pasar); the band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Perdagangan Lembah Mawira, beside the Renstra 2025-2029 targets. */
export function pkDisdag(): BookW {
  const b = new BookW(
    "pk-2025-renstra-disdag-lembah-mawira.xlsx",
    "PK 2025 with Renstra (Dinas Perdagangan)",
    "sheet 'PK Kadis 2025': statement, No | Sasaran | Indikator | Satuan | Target under a 'Tahun 2025' group; No | Program | Anggaran (Rp) | Sumber Dana with a typed JUMLAH; sheet 'Renstra Disdag': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029, a negative indicator and a count",
  );
  const R = "Renstra Disdag";
  const P = "PK Kadis 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      awal: 71.4,
      k: [74, 77, 80, 83, 86],
      cnt: false,
    },
    {
      id: "b",
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      sat: "%",
      awal: 8.1,
      k: [7.5, 7, 6.5, 6, 5.5],
      cnt: false,
    },
    {
      id: "c",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      awal: 38,
      k: [42, 47, 52, 57, 62],
      cnt: false,
    },
    {
      id: "d",
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "unit",
      awal: 1,
      k: [1, 2, 2, 1, 1],
      cnt: true,
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Tujuan, Sasaran dan Target Kinerja Renstra Dinas Perdagangan Kota Lembah Mawira 2025-2029"]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.cnt ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERDAGANGAN KOTA LEMBAH MAWIRA"]);
  pk.lines([
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini",
    "sepakat mewujudkan target kinerja jangka pendek seperti tercantum dalam lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Tahun 2025", "Satuan"], role: "satuan" },
      { key: "tg", head: ["Tahun 2025", "Target"], role: "target", year: 2025 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          x.id === "b"
            ? "Terkendalinya harga bahan pokok"
            : "Meningkatnya tertib niaga dan sarana perdagangan",
        ind: x.ind,
        sat: x.sat,
        // planted: pasar rakyat target 52 is the Renstra 2027 value (2025: 42)
        tg: x.id === "c" ? 52 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_380_000 },
    { id: "p2", nm: "Program Peningkatan Sarana Distribusi Perdagangan", rp: 6_840_500_000 },
    { id: "p3", nm: "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting", rp: 912_750_000 },
    { id: "p4", nm: "Program Standardisasi dan Perlindungan Konsumen", rp: 1_356_200_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: i === 1 ? "APBD / DAK" : "APBD" },
      })),
      // planted: typed JUMLAH 13,253,830,000 (the programs add up to 13,235,830,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "JUMLAH", rp: 13_253_830_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Lembah Mawira, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN"],
    nama: "Hj. NORLIANI RAHMAH, S.E., M.Si.",
    nip: "19780411 200604 2 012",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of 'Persentase pasar rakyat dalam kondisi baik' is 52, the Renstra 2027 target; the Renstra 2025 target is 42",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH is a typed 13,253,830,000; the four programs add up to 13,235,830,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  const all = (id: string) => YS.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: all(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("d"),
    trap: rt.a("y2029", "d"),
  });
  b.ok({ sheet: R, cell: rt.a("y2029", "b"), rules: ["target-trend"], truth: "5.5" });
  return b.finish();
}

/** Rekap tera ulang UTTP per lokasi sidang tera, Dinas Perdagangan Lembah Mawira, 2024. */
export function rekapTera(): BookW {
  const b = new BookW(
    "rekap-tera-ulang-uttp-pasar-lembah-mawira.xlsx",
    "Rekap tera ulang UTTP (Dinas Perdagangan)",
    "Rekap sidang tera ulang 2024 per pasar: UTTP terdaftar | ditera di lokasi | di kantor | jumlah (6) = (4)+(5) | sah | batal | % cakupan (9) = (6)/(3) x 100 | retribusi (Rp); number row; JUMLAH row with the % of the totals",
  );
  const S = "Tera Ulang 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERDAGANGAN KOTA LEMBAH MAWIRA", "UPTD METROLOGI LEGAL"]);
  s.lines(["REKAPITULASI PELAKSANAAN TERA ULANG UTTP PER LOKASI SIDANG TERA TAHUN 2024"]);
  s.gap();
  const L = [
    {
      id: "l1",
      nm: "Pasar Raya Mawira (Kec. Mawira Kota)",
      t: 2_140,
      lok: 1_710,
      kan: 265,
      sah: 1_902,
      rp: 41_480_000,
    },
    {
      id: "l2",
      nm: "Pasar Inpres Sungai Lulut (Kec. Lulut)",
      t: 1_385,
      lok: 1_020,
      kan: 188,
      sah: 1_161,
      rp: 26_180_000,
    },
    {
      id: "l3",
      nm: "Pasar Kalindo (Kec. Banjar Tengah)",
      t: 960,
      lok: 701,
      kan: 94,
      sah: 770,
      rp: 17_350_000,
    },
    {
      id: "l4",
      nm: "Pasar dan SPBU Alalak (Kec. Alalak Hulu)",
      t: 624,
      lok: 488,
      kan: 57,
      sah: 538,
      rp: 21_900_000,
    },
    {
      id: "l5",
      nm: "Pasar Ikan Tanjung Rema (Kec. Tanjung Rema)",
      t: 410,
      lok: 262,
      kan: 39,
      sah: 284,
      rp: 6_925_000,
    },
  ];
  const D = "UTTP Ditera Ulang";
  const H = "Hasil Tera Ulang";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Lokasi Sidang Tera"], role: "lokasi", num: "(2)", width: 36 },
      { key: "t", head: ["UTTP Wajib Tera Terdaftar"], role: "target", year: 2024, num: "(3)", fmt: INT },
      { key: "lok", head: [D, "Di Lokasi"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "kan", head: [D, "Di Kantor"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [D, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (4)+(5)", fmt: INT },
      { key: "sah", head: [H, "Sah"], num: "(7)", fmt: INT },
      { key: "bt", head: [H, "Batal"], num: "(8)", fmt: INT },
      {
        key: "p",
        head: ["% Cakupan Tera Ulang"],
        role: "capaian",
        year: 2024,
        num: "(9) = (6)/(3) x 100",
        fmt: DEC,
      },
      {
        key: "rp",
        head: ["Retribusi Diterima (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(10)",
        fmt: RP,
        width: 16,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...L.map((l, i): Row => ({
        id: l.id,
        cells: (c) => ({
          no: i + 1,
          nm: l.nm,
          t: l.t,
          lok: l.lok,
          kan: l.kan,
          j: fx(`${c.a("lok")}+${c.a("kan")}`),
          sah: l.sah,
          bt: l.lok + l.kan - l.sah,
          // planted: Tanjung Rema's coverage typed 107.32 (301 / 410 = 73.41; more than registered is impossible)
          p: l.id === "l5" ? 107.32 : fx(`ROUND(${c.a("j")}/${c.a("t")}*100,2)`),
          rp: l.rp,
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["t", "lok", "kan", "j", "sah", "bt"])
            out[k] = fx(`SUM(${c.a(k, "l1")}:${c.a(k, "l5")})`);
          out.p = fx(`ROUND(${c.a("j")}/${c.a("t")}*100,2)`);
          // planted: retribusi total one row short
          out.rp = fx(`SUM(${c.a("rp", "l1")}:${c.a("rp", "l4")})`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Laporan sidang tera ulang UPTD Metrologi Legal, Januari-Desember 2024."]);
  s.gap();
  signature(s, 7, {
    tempat: "Lembah Mawira, 8 Januari 2025",
    jabatan: ["KEPALA UPTD METROLOGI LEGAL"],
    nama: "MUHAMMAD RIFANI, S.T.",
    nip: "19850917 201001 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "l5") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% cakupan of Pasar Ikan Tanjung Rema is a typed 107.32 among formulas; 301 of 410 registered UTTP give 73.41 (a coverage above 100 is impossible)",
    truth: `ROUND(${a("j", "l5")}/${a("t", "l5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH retribusi is =SUM over the first four locations (106,910,000); with Tanjung Rema's 6,925,000 it is 113,835,000",
    truth: `SUM(${a("rp", "l1")}:${a("rp", "l5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("j", "l1")}:${a("j", "l5")})/SUM(${a("t", "l1")}:${a("t", "l5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "l1")}:${a("p", "l5")}),2)`,
  });
  for (const id of ["l1", "l2", "l3", "l4"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("lok", id)}+${a("kan", id)}` });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("t", id)}*100,2)`,
    });
  }
  for (const k of ["t", "j", "sah", "bt"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "l1")}:${a(k, "l5")})` });
  return b.finish();
}

/** Harga rata-rata bahan pokok per triwulan, Dinas Perdagangan Batang Sialang, with the GPM recap beside it. */
export function hargaPokok(): BookW {
  const b = new BookW(
    "harga-bahan-pokok-triwulan-batang-sialang.xlsx",
    "Rekap harga bahan pokok (Dinas Perdagangan)",
    "Harga rata-rata bahan pokok 2024 per triwulan (4 pasar rakyat): HET/HAP | Triwulan I..IV | Rata-rata 2024 = ROUND(AVERAGE) | Perubahan TW IV thd TW I (%); prices are levels, never summed; a Gerakan Pangan Murah recap beside it (one empty column), shorter, with a Jumlah row",
  );
  const S = "Harga Bahan Pokok 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG SIALANG", "DINAS PERDAGANGAN - BIDANG STABILISASI HARGA"]);
  s.lines(["PERKEMBANGAN HARGA RATA-RATA BARANG KEBUTUHAN POKOK DI PASAR RAKYAT TAHUN 2024 (Rp)"]);
  s.gap();
  const C = [
    { id: "c1", nm: "Beras medium", sat: "kg", het: 12_500, q: [12_850, 13_100, 12_950, 13_200] },
    { id: "c2", nm: "Gula pasir", sat: "kg", het: 17_500, q: [16_900, 17_250, 17_600, 17_800] },
    { id: "c3", nm: "Minyak goreng curah", sat: "liter", het: 15_700, q: [15_200, 15_450, 15_600, 15_900] },
    { id: "c4", nm: "Cabai merah keriting", sat: "kg", het: "-", q: [48_500, 36_200, 41_800, 62_400] },
    { id: "c5", nm: "Bawang merah", sat: "kg", het: 41_500, q: [38_700, 44_300, 33_900, 35_600] },
    { id: "c6", nm: "Telur ayam ras", sat: "kg", het: 30_000, q: [28_400, 27_900, 28_750, 29_600] },
  ];
  const top = s.r;
  const TW = "Harga Rata-rata Triwulan";
  const qs = ["q1", "q2", "q3", "q4"];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "1" },
      { key: "nm", head: ["Komoditas"], role: "indikator", num: "2", width: 22 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "3" },
      { key: "het", head: ["HET / HAP"], num: "4", fmt: RP },
      ...qs.map((k, i): Col => ({
        key: k,
        head: [TW, ["I", "II", "III", "IV"][i]],
        role: "realisasi",
        year: 2024,
        num: String(5 + i),
        fmt: RP,
      })),
      {
        key: "avg",
        head: ["Rata-rata 2024"],
        role: "realisasi",
        year: 2024,
        num: "9 = rata-rata (5 s.d. 8)",
        fmt: RP,
      },
      {
        key: "chg",
        head: ["Perubahan TW IV thd TW I (%)"],
        role: "pertumbuhan",
        year: 2024,
        num: "10 = (8-5)/5 x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: C.map((c, i): Row => ({
      id: c.id,
      cells: (x) => ({
        no: i + 1,
        nm: c.nm,
        sat: c.sat,
        het: c.het,
        ...Object.fromEntries(qs.map((k, j) => [k, c.q[j]])),
        // planted: the cabai average typed 49,225 among formulas (the quarters average 47,225)
        avg: c.id === "c4" ? 49_225 : fx(`ROUND(AVERAGE(${x.a("q1")}:${x.a("q4")}),0)`),
        // planted: the bawang merah change keeps a stale cached 8.01 (the fall is -8.01)
        chg: fx(`ROUND((${x.a("q4")}-${x.a("q1")})/${x.a("q1")}*100,2)`, c.id === "c5" ? 8.01 : undefined),
      }),
    })),
  });
  const G = [
    { id: "g1", tw: "Triwulan I", n: 3, kg: 18_400, rp: 92_000_000 },
    { id: "g2", tw: "Triwulan II", n: 6, kg: 41_250, rp: 206_250_000 },
    { id: "g3", tw: "Triwulan III", n: 2, kg: 11_800, rp: 59_000_000 },
    { id: "g4", tw: "Triwulan IV", n: 5, kg: 33_600, rp: 168_000_000 },
  ];
  const gt = s.table(
    {
      cols: [
        { key: "tw", head: ["Gerakan Pangan Murah", "Periode"] },
        {
          key: "n",
          head: ["Gerakan Pangan Murah", "Frekuensi (kali)"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        },
        { key: "kg", head: ["Gerakan Pangan Murah", "Volume (kg)"], role: "realisasi", year: 2024, fmt: INT },
        {
          key: "rp",
          head: ["Gerakan Pangan Murah", "Subsidi Ongkos Angkut (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
      ],
      headerRows: 2,
      rows: [
        ...G.map((g): Row => ({ id: g.id, cells: { tw: g.tw, n: g.n, kg: g.kg, rp: g.rp } })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            n: fx(`SUM(${c.a("n", "g1")}:${c.a("n", "g4")})`),
            kg: fx(`SUM(${c.a("kg", "g1")}:${c.a("kg", "g4")})`),
            rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`),
          }),
        },
      ],
    },
    13,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: survei harga mingguan di Pasar Lubuk Sialang, Pasar Koto Baru, Pasar Sialang Hilir dan Pasar Padang Aro.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lubuk Sialang, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG STABILISASI HARGA"],
    nama: "DESRIANTI, S.P., M.Si.",
    nip: "19820305 200801 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const avg = (id: string) => `ROUND(AVERAGE(${a("q1", id)}:${a("q4", id)}),0)`;
  const qsum = (id: string) => qs.map((k) => a(k, id)).join("+");
  const chg = (id: string) => `ROUND((${a("q4", id)}-${a("q1", id)})/${a("q1", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("avg", "c4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rata-rata 2024 of cabai merah keriting is a typed 49,225 among ROUND(AVERAGE) formulas; the four quarters average 47,225",
    truth: avg("c4"),
    tol: 0.6,
  });
  b.plant({
    at: { sheet: S, cell: a("chg", "c5") },
    rules: ["growth-mismatch"],
    note: "Perubahan of bawang merah has a stale cached 8.01; its formula (35,600 - 38,700) / 38,700 x 100 gives -8.01",
    truth: chg("c5"),
  });
  for (const id of ["c1", "c2", "c3", "c5", "c6"])
    b.ok({ sheet: S, cell: a("avg", id), rules: ["sum-mismatch"], truth: avg(id), trap: qsum(id), tol: 0.6 });
  for (const id of ["c1", "c4", "c6"])
    b.ok({ sheet: S, cell: a("chg", id), rules: ["growth-mismatch"], truth: chg(id) });
  for (const k of ["n", "kg", "rp"])
    b.ok({
      sheet: S,
      cell: gt.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${gt.a(k, "g1")}:${gt.a(k, "g4")})`,
    });
  return b.finish();
}
