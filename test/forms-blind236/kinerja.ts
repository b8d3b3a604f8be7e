// LKjIP, PK with its Renstra, the recap of CPPD distribution per kecamatan and the GPM / stock sheet
// of two Dinas Ketahanan Pangan (Riau, Sulawesi Barat). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Dinas Ketahanan Pangan Bukit Mandau: refleksi on negatives, predikat words. */
export function lkjipPangan(): BookW {
  const b = new BookW(
    "lkjip-2024-dkp-bukit-mandau.xlsx",
    "LKjIP capaian (Dinas Ketahanan Pangan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Kategori; refleksi (2T-R)/T on three negative rows; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Utama Dinas Ketahanan Pangan Kabupaten Bukit Mandau Tahun 2024",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya ketersediaan dan keragaman konsumsi pangan";
  const SAS2 = "Menurunnya kerawanan pangan dan gejolak harga";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Skor Pola Pangan Harapan (PPH) konsumsi",
      sat: "skor",
      neg: false,
      t: 89,
      r: 87.3,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase pemenuhan cadangan beras pemerintah daerah",
      sat: "%",
      neg: false,
      t: 85,
      r: 62.5,
    },
    {
      id: "i3",
      sas: SAS2,
      ind: "Persentase penduduk rawan pangan (PoU)",
      sat: "%",
      neg: true,
      t: 9.5,
      r: 8.2,
    },
    { id: "i4", sas: SAS2, ind: "Jumlah desa rentan rawan pangan", sat: "desa", neg: true, t: 14, r: 12 },
    { id: "i5", sas: SAS2, ind: "Koefisien variasi harga beras medium", sat: "%", neg: true, t: 5, r: 5.6 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const kat = (c: number) =>
    c > 90 ? "Sangat Baik" : c > 75 ? "Baik" : c > 65 ? "Cukup" : c > 50 ? "Kurang" : "Sangat Kurang";
  const capv = (x: (typeof I)[number]) =>
    Math.round((x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t) * 10000) / 100;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the cadangan beras row keeps a stale cached capaian of 85.29
          c: x.id === "i2" ? fx(cap(false, c.a("t"), c.a("r")), 85.29) : fx(cap(x.neg, c.a("t"), c.a("r"))),
          // planted: "Sangat Baik" for the koefisien variasi harga (88.00 is Baik)
          p: x.id === "i5" ? "Sangat Baik" : kat(capv(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator negatif (penduduk rawan pangan, desa rentan, koefisien variasi harga): capaian = (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(F/E*100,2) for the cadangan beras row shows a stale 85.29; 62.5 / 85 gives 73.53",
    truth: cap(false, a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for the koefisien variasi harga beras at 88.00 (refleksi of T 5, R 5.6); the band > 75-90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch"],
    truth: cap(false, a("t", "i1"), a("r", "i1")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: cap(true, a("t", "i5"), a("r", "i5")),
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Ketahanan Pangan Teluk Sirih, beside the Renstra targets. */
export function pkPangan(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-dkp-teluk-sirih.xlsx",
    "PK 2025 with Renstra (Dinas Ketahanan Pangan)",
    "sheet 'PK Kadis 2025': statement, No | Sasaran | Indikator | Satuan | Target; No | Program | Anggaran | Keterangan with Jumlah; sheet 'Renstra IKU': Satuan | Kondisi Awal | Tahun ke-1..5 | Kondisi Akhir (years in the title only)",
  );
  const R = "Renstra IKU";
  const P = "PK Kadis 2025";
  const ind = [
    { id: "a", ind: "Skor Pola Pangan Harapan (PPH)", sat: "skor", awal: 84.6, k: [86, 87.5, 89, 90.5, 92] },
    {
      id: "b",
      ind: "Persentase pemenuhan cadangan beras pemerintah daerah",
      sat: "%",
      awal: 64,
      k: [70, 75, 80, 85, 90],
    },
    { id: "c", ind: "Persentase penduduk rawan pangan", sat: "%", awal: 11.8, k: [11, 10.2, 9.5, 8.8, 8] },
  ];
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Ketahanan Pangan Kota Teluk Sirih 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", year: 2024 },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029 },
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
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS KETAHANAN PANGAN KOTA TELUK SIRIH"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.id === "c" ? "Menurunnya kerawanan pangan" : "Meningkatnya ketahanan pangan daerah",
        ind: x.ind,
        sat: x.sat,
        // planted: the rawan pangan target is the Renstra Tahun ke-2 (2026) value
        tg: x.id === "c" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_120_800_000 },
    { id: "p2", nm: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", rp: 2_846_300_000 },
    { id: "p3", nm: "Program Penanganan Kerawanan Pangan", rp: 1_275_600_000 },
    { id: "p4", nm: "Program Pengawasan Keamanan Pangan", rp: 698_400_000 },
  ];
  const gt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p, i) => ({ id: p.id, cells: { no: i + 1, nm: p.nm, rp: p.rp, ket: "APBD" } })),
      {
        id: "j",
        bold: true,
        cells: (x) => ({ nm: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Teluk Sirih, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS KETAHANAN PANGAN"],
    nama: "Hj. ANDI NURHAYATI PAWELLANGI, S.P., M.Si.",
    nip: "19780422 200312 2 005",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 10.20 for penduduk rawan pangan is the Renstra Tahun ke-2 (2026) target; 2025 is 11.00",
    truth: `'${R}'!${rt.a("y1", "c")}`,
    actual: `'${P}'!${pt.a("tg", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over three programs (8,242,700,000); the four give 8,941,100,000",
    truth: ["p1", "p2", "p3", "p4"].map((id) => gt.a("rp", id)).join("+"),
  });
  for (const id of ["a", "b"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Recap of CPPD rice distribution per kecamatan, Kota Teluk Sirih 2024 (kg). */
export function rekapCppd(): BookW {
  const b = new BookW(
    "rekap-penyaluran-cppd-kecamatan-teluk-sirih-2024.xlsx",
    "Rekap penyaluran CPPD per kecamatan",
    "per kecamatan: KPM, beras for bencana / rawan pangan / GPM, (7) = (4)+(5)+(6), (8) = (7)/(3) kg per KPM, (9) share of the total; Jumlah row where (8) is the ratio of totals",
  );
  const S = "CPPD 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KETAHANAN PANGAN KOTA TELUK SIRIH", "Bidang Ketersediaan dan Distribusi Pangan"]);
  s.lines([
    "REKAPITULASI PENYALURAN CADANGAN PANGAN PEMERINTAH DAERAH (CPPD) BERAS TAHUN 2024",
    "Satuan: kg",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sirih Utara", kpm: 412, ben: 4120, raw: 2060, gpm: 1500 },
    { id: "k2", nm: "Sirih Selatan", kpm: 286, ben: 0, raw: 2860, gpm: 1000 },
    { id: "k3", nm: "Tanjung Bakau", kpm: 530, ben: 6360, raw: 2650, gpm: 2500 },
    { id: "k4", nm: "Pulau Lemo", kpm: 198, ben: 1980, raw: 0, gpm: 750 },
    { id: "k5", nm: "Bukit Raja", kpm: 364, ben: 0, raw: 3640, gpm: 1250 },
    { id: "k6", nm: "Labuang Baji", kpm: 247, ben: 2470, raw: 1235, gpm: 1000 },
  ];
  const D = "Penyaluran Beras CPPD untuk";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "kpm", head: ["Jumlah KPM (KK)"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "ben", head: [D, "Tanggap Darurat Bencana"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    {
      key: "raw",
      head: [D, "Rawan Pangan Pasca Bencana"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    { key: "gpm", head: [D, "Gerakan Pangan Murah"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    {
      key: "tot",
      head: ["Total Tersalur"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (4)+(5)+(6)",
      fmt: INT,
    },
    { key: "per", head: ["Rata-rata per KPM (kg)"], num: "(8) = (7)/(3)", fmt: DEC },
    { key: "sh", head: ["Porsi (%)"], num: "(9) = (7)/Jumlah (7) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          kpm: k.kpm,
          ben: k.ben,
          raw: k.raw,
          gpm: k.gpm,
          tot: fx(`${x.a("ben")}+${x.a("raw")}+${x.a("gpm")}`),
          // planted: Pulau Lemo's kg per KPM typed 17.50 (2,730 / 198 = 13.79)
          per: k.id === "k4" ? 17.5 : fx(`ROUND(${x.a("tot")}/${x.a("kpm")},2)`),
          sh: fx(`ROUND(${x.a("tot")}/${x.a("tot", "j")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        cells: (x) => ({
          nm: "Jumlah",
          kpm: fx(`SUM(${x.a("kpm", "k1")}:${x.a("kpm", "k6")})`),
          ben: fx(`SUM(${x.a("ben", "k1")}:${x.a("ben", "k6")})`),
          // planted: the Rawan Pangan total stops one row short
          raw: fx(`SUM(${x.a("raw", "k1")}:${x.a("raw", "k5")})`),
          gpm: fx(`SUM(${x.a("gpm", "k1")}:${x.a("gpm", "k6")})`),
          tot: fx(`SUM(${x.a("tot", "k1")}:${x.a("tot", "k6")})`),
          per: fx(`ROUND(${x.a("tot")}/${x.a("kpm")},2)`),
          sh: fx(`ROUND(SUM(${x.a("sh", "k1")}:${x.a("sh", "k6")}),0)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Berita Acara Serah Terima CPPD, Bidang Ketersediaan dan Distribusi Pangan."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("per", "k4") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Pulau Lemo kg per KPM is a typed 17.50 among formulas; (7)/(3) = 2,730 / 198 = 13.79",
    truth: `ROUND(${a("tot", "k4")}/${a("kpm", "k4")},2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("raw", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah Rawan Pangan =SUM over five kecamatan (11,210); the six give 12,445",
    truth: K.map((k) => a("raw", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("per", "j"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("tot", "j")}/${a("kpm", "j")},2)`,
    trap: `ROUND(AVERAGE(${a("per", "k1")}:${a("per", "k6")}),2)`,
  });
  for (const id of ["k1", "k3", "k6"])
    b.ok({
      sheet: S,
      cell: a("tot", id),
      rules: ["sum-mismatch"],
      truth: `${a("ben", id)}+${a("raw", id)}+${a("gpm", id)}`,
    });
  for (const c of ["kpm", "ben", "gpm", "tot"])
    b.ok({ sheet: S, cell: a(c, "j"), rules: ["sum-mismatch"], truth: K.map((k) => a(c, k.id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("per", "k2"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("tot", "k2")}/${a("kpm", "k2")},2)`,
  });
  return b.finish();
}

/** GPM per triwulan beside the CPPD rice stock per triwulan, Kabupaten Bukit Mandau 2024. */
export function gpmStok(): BookW {
  const b = new BookW(
    "gpm-dan-stok-beras-cppd-bukit-mandau-2024.xlsx",
    "GPM and CPPD stock per triwulan (side by side)",
    "two tables side by side on one sheet: GPM per triwulan (frekuensi, beras, minyak, biaya Rp, Jumlah) and the CPPD stock ledger (stok awal + pengadaan - penyaluran = stok akhir) with a Tahun 2024 row where the stocks are levels",
  );
  const S = "GPM dan Stok 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT MANDAU", "DINAS KETAHANAN PANGAN"]);
  s.lines(["Gerakan Pangan Murah dan Stok Cadangan Beras Pemerintah Daerah per Triwulan Tahun 2024"]);
  s.gap();
  const top = s.r;
  const TW = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const G = [
    { f: 4, br: 12.3, my: 3200, rp: 150_200_000 },
    { f: 5, br: 18.6, my: 4150, rp: 212_450_000 },
    { f: 5, br: 9.4, my: 2900, rp: 218_900_000 },
    { f: 6, br: 21.7, my: 5100, rp: 243_150_000 },
  ];
  const gt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "f", head: ["Pelaksanaan GPM (kali)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "br", head: ["Komoditas Tersalur", "Beras (ton)"], role: "realisasi", year: 2024, fmt: DEC },
        {
          key: "my",
          head: ["Komoditas Tersalur", "Minyak Goreng (liter)"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        },
        {
          key: "rp",
          head: ["Biaya Distribusi (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
      ],
      headerRows: 2,
      rows: [
        ...G.map((g, i): Row => ({
          id: `g${i + 1}`,
          cells: { tw: TW[i], f: g.f, br: g.br, my: g.my, rp: g.rp },
        })),
        {
          id: "j",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            f: fx(`SUM(${x.a("f", "g1")}:${x.a("f", "g4")})`),
            br: fx(`SUM(${x.a("br", "g1")}:${x.a("br", "g4")})`),
            my: fx(`SUM(${x.a("my", "g1")}:${x.a("my", "g4")})`),
            // planted: typed total 842,700,000 (the quarters give 824,700,000)
            rp: 842_700_000,
          }),
        },
      ],
    },
    1,
    top,
  );
  const awal1 = 48.5;
  const peng = [20, 0, 25, 10];
  const akhir: number[] = [];
  peng.forEach((p, i) => akhir.push(Math.round(((i ? akhir[i - 1] : awal1) + p - G[i].br) * 10) / 10));
  const st = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], num: "(1)", width: 14 },
        { key: "aw", head: ["Stok Awal (ton)"], role: "kondisi-awal", num: "(2)", fmt: DEC },
        { key: "pg", head: ["Pengadaan (ton)"], role: "realisasi", year: 2024, num: "(3)", fmt: DEC },
        { key: "py", head: ["Penyaluran (ton)"], role: "realisasi", year: 2024, num: "(4)", fmt: DEC },
        { key: "ak", head: ["Stok Akhir (ton)"], role: "kondisi-akhir", num: "(5) = (2)+(3)-(4)", fmt: DEC },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...TW.map((tw, i): Row => ({
          id: `t${i + 1}`,
          cells: {
            tw,
            aw: i ? akhir[i - 1] : awal1,
            pg: peng[i],
            py: G[i].br,
            // planted: Triwulan II stock typed 43.60 (56.20 + 0 - 18.60 = 37.60)
            ak: i === 1 ? 43.6 : akhir[i],
          },
        })),
        {
          id: "y",
          bold: true,
          cells: { tw: "Tahun 2024", aw: awal1, pg: 55, py: 62, ak: akhir[3] },
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Stok awal dan stok akhir tahun adalah posisi stok, bukan jumlah triwulan."]);
  s.gap();
  signature(s, 7, {
    tempat: "Pangkalan Mandau, 10 Januari 2025",
    jabatan: ["Kepala Bidang Distribusi dan Cadangan Pangan"],
    nama: "RATNA SARI DEWI LUBIS, S.TP.",
    nip: "19850709 201001 2 014",
  });
  const a = (k: string, id: string) => st.a(k, id);
  const ledger = (id: string) => `${a("aw", id)}+${a("pg", id)}-${a("py", id)}`;
  b.plant({
    at: { sheet: S, cell: gt.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah biaya distribusi GPM is a typed 842,700,000; the four triwulan add up to 824,700,000",
    truth: ["g1", "g2", "g3", "g4"].map((id) => gt.a("rp", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "t2") },
    rules: ["sum-mismatch"],
    note: "Triwulan II stok akhir 43.60; 56.20 + 0 - 18.60 = 37.60 (and Triwulan III starts from 37.60)",
    truth: ledger("t2"),
  });
  for (const id of ["t1", "t3", "t4", "y"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["sum-mismatch"], truth: ledger(id) });
  b.ok({
    sheet: S,
    cell: a("aw", "y"),
    rules: ["sum-mismatch"],
    truth: a("aw", "t1"),
    trap: ["t1", "t2", "t3", "t4"].map((id) => a("aw", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "y"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("ak", "t4"),
    trap: ["t1", "t2", "t3", "t4"].map((id) => a("ak", id)).join("+"),
  });
  for (const c of ["pg", "py"])
    b.ok({
      sheet: S,
      cell: a(c, "y"),
      rules: ["sum-mismatch"],
      truth: ["t1", "t2", "t3", "t4"].map((id) => a(c, id)).join("+"),
    });
  for (const c of ["f", "br", "my"])
    b.ok({
      sheet: S,
      cell: gt.a(c, "j"),
      rules: ["sum-mismatch"],
      truth: ["g1", "g2", "g3", "g4"].map((id) => gt.a(c, id)).join("+"),
    });
  return b.finish();
}
