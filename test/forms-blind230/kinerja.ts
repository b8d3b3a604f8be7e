// LKjIP, PK beside its Renstra, the recap of imunisasi per kecamatan and the recap of the rantai dingin
// vaksin of the two Dinas Kesehatan (Rawa Seruni, Kalimantan Selatan; Tanjung Bayur, Sulawesi Utara).
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 pengukuran kinerja, Dinkes Rawa Seruni: capaian as fractions with a % format. */
export function lkjipImunisasi(): BookW {
  const b = new BookW(
    "lkjip-2024-dinkes-imunisasi-vaksin-rawa-seruni.xlsx",
    "LKjIP pengukuran kinerja (Dinkes, imunisasi)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 as a fraction with a 0.00% format (ROUND(...,4)), refleksi on the negative rows | Predikat; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Dinas Kesehatan Kabupaten Rawa Seruni Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya cakupan dan mutu imunisasi";
  const I = [
    {
      id: "i1",
      ind: "Cakupan imunisasi dasar lengkap (IDL)",
      sat: "%",
      neg: false,
      r0: 88.4,
      t: 93,
      r: 89.6,
    },
    { id: "i2", ind: "Persentase desa/kelurahan UCI", sat: "%", neg: false, r0: 66.2, t: 85, r: 70.4 },
    {
      id: "i3",
      ind: "Angka drop out DPT-HB-Hib 1 - Campak Rubela",
      sat: "%",
      neg: true,
      r0: 5.9,
      t: 5,
      r: 3.6,
    },
    {
      id: "i4",
      ind: "Persentase vaksin rusak akibat paparan suhu (VVM C/D, beku)",
      sat: "%",
      neg: true,
      r0: 2.4,
      t: 1.5,
      r: 2.1,
    },
    {
      id: "i5",
      ind: "Persentase puskesmas dengan pencatatan suhu vaksin harian",
      sat: "%",
      neg: false,
      r0: 75,
      t: 100,
      r: 87.5,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, width: 14 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const PRED: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    i3: "Sangat Baik",
    i4: "Kurang",
    // planted: "Sangat Baik" for 87.50 %
    i5: "Sangat Baik",
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
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the vaksin rusak row (negative) got the R / T formula of the rows above
          c: fx(cap(x.neg && x.id !== "i4", c.a("t"), c.a("r"))),
          p: PRED[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator negatif (drop out, vaksin rusak) dihitung dengan rumus (2 x Target - Realisasi) / Target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const tol = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase vaksin rusak (negative) computed as R / T = 140.00 %; refleksi (2 x 1.5 - 2.1) / 1.5 gives 60.00 %",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    tol,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for a capaian of 87.50 % (87.5 / 100); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")},4)`,
    tol,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol,
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Dinkes Tanjung Bayur, beside the Renstra (Tahun ke-1..5, years from the title). */
export function pkImunisasi(): BookW {
  const b = new BookW(
    "pk-2025-dinkes-idl-uci-tanjung-bayur.xlsx",
    "PK 2025 with Renstra (Dinkes, imunisasi)",
    "sheet 'Perjanjian Kinerja': statement, No | Sasaran (merged) | Indikator | Target | Satuan; No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | Tahun ke-1..ke-5 (Renstra 2025-2029 in the title) | Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const P = "Perjanjian Kinerja";
  const ind = [
    { id: "a", ind: "Cakupan imunisasi dasar lengkap", sat: "%", awal: 89, k: [91, 92.5, 94, 95, 95.5] },
    { id: "b", ind: "Persentase kelurahan UCI", sat: "%", awal: 78, k: [80, 83, 86, 89, 92] },
    {
      id: "c",
      ind: "Angka drop out DPT-HB-Hib 1 - Campak Rubela",
      sat: "%",
      awal: 6.8,
      k: [6, 5.5, 5, 4.5, 4],
    },
    {
      id: "d",
      ind: "Persentase puskesmas dengan cold chain berstandar PQS",
      sat: "%",
      awal: 64,
      k: [70, 76, 82, 88, 94],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Kesehatan Kota Tanjung Bayur 2025-2029"]);
  rs.gap();
  const Y = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
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
    "PEMERINTAH KOTA TANJUNG BAYUR",
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS KESEHATAN DAERAH",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya perlindungan bayi melalui imunisasi",
        ind: x.ind,
        // planted: the UCI target is the Renstra Tahun ke-3 (2027) value 86 (Tahun ke-1: 80)
        tg: x.id === "b" ? x.k[2] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "1.02.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 14_872_350_000,
    },
    {
      id: "p2",
      kode: "1.02.02",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 9_418_600_000,
    },
    {
      id: "p3",
      kode: "1.02.03",
      nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      rp: 1_126_450_000,
    },
    {
      id: "p4",
      kode: "1.02.04",
      nm: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
      rp: 742_800_000,
    },
    { id: "p5", kode: "1.02.05", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 389_250_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          kode: x.kode,
          nm: x.nm,
          rp: x.rp,
          sd: x.id === "p2" ? "APBD, DAK Non Fisik" : "APBD",
        },
      })),
      // planted: Jumlah typed 26,594,450,000 (the programs add up to 26,549,450,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 26_594_450_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Bayur, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN DAERAH"],
    nama: "dr. FRANSISKUS X. WOLAJAN, M.P.H.",
    nip: "19740527 200212 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Persentase kelurahan UCI is 86, the Renstra Tahun ke-3 (2027) target; Tahun ke-1 (2025) is 80",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 26,594,450,000; the five programs add up to 26,549,450,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "c"), rules: ["target-trend"], truth: "4" });
  return b.finish();
}

/** Rekap imunisasi per kecamatan 2024, Dinkes Rawa Seruni: IDL L/P, drop out and desa UCI in one row. */
export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-idl-drop-out-uci-per-kecamatan-rawa-seruni.xlsx",
    "Rekap imunisasi per kecamatan (Dinkes)",
    "Rekap 2024 per kecamatan: Sasaran bayi | IDL L | P | Jumlah | % ; DPT-HB-Hib 1 | Campak Rubela 1 | DO (%) ; Jumlah desa | Desa UCI | % UCI; number row '(6) = (4)+(5)', '(10) = ((8)-(9))/(8) x 100'; a negative DO that is right; TOTAL with ratios of totals",
  );
  const S = "Rekap Kecamatan 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN RAWA SERUNI", "Seksi Surveilans dan Imunisasi"]);
  s.lines([
    "REKAPITULASI CAKUPAN IMUNISASI DASAR LENGKAP, DROP OUT DAN DESA UCI PER KECAMATAN",
    "Januari - Desember 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Seruni Hilir", sas: 612, l: 301, p: 287, dpt: 598, mr: 571, desa: 14, uci: 13 },
    { id: "k2", nm: "Batu Ampar Lama", sas: 455, l: 214, p: 208, dpt: 440, mr: 418, desa: 11, uci: 9 },
    { id: "k3", nm: "Kuala Pinang", sas: 389, l: 180, p: 176, dpt: 362, mr: 365, desa: 9, uci: 8 },
    { id: "k4", nm: "Tabalong Ulu", sas: 520, l: 239, p: 241, dpt: 509, mr: 468, desa: 16, uci: 12 },
    { id: "k5", nm: "Rantau Seruni", sas: 298, l: 141, p: 136, dpt: 290, mr: 281, desa: 8, uci: 6 },
  ];
  const IDL = "Imunisasi Dasar Lengkap";
  const DO = "Drop Out DPT1 - Campak";
  const UCI = "Desa/Kelurahan UCI";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      {
        key: "sas",
        head: ["Sasaran Bayi (Surviving Infant)"],
        role: "target",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      { key: "l", head: [IDL, "L"], num: "(4)", fmt: INT },
      { key: "p", head: [IDL, "P"], num: "(5)", fmt: INT },
      { key: "j", head: [IDL, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (4)+(5)", fmt: INT },
      { key: "pc", head: [IDL, "%"], role: "capaian", year: 2024, num: "(7) = (6)/(3) x 100", fmt: DEC },
      { key: "dpt", head: [DO, "DPT-HB-Hib 1"], num: "(8)", fmt: INT },
      { key: "mr", head: [DO, "Campak Rubela 1"], num: "(9)", fmt: INT },
      { key: "do", head: [DO, "DO (%)"], num: "(10) = ((8)-(9))/(8) x 100", fmt: DEC },
      { key: "desa", head: [UCI, "Jumlah Desa/Kel"], num: "(11)", fmt: INT },
      { key: "uci", head: [UCI, "Desa UCI"], num: "(12)", fmt: INT },
      {
        key: "pu",
        head: [UCI, "% UCI"],
        role: "capaian",
        year: 2024,
        num: "(13) = (12)/(11) x 100",
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
          sas: k.sas,
          l: k.l,
          p: k.p,
          // planted: Tabalong Ulu's Jumlah IDL typed 490 (239 + 241 = 480)
          j: k.id === "k4" ? 490 : fx(`${c.a("l")}+${c.a("p")}`),
          pc: fx(`ROUND(${c.a("j")}/${c.a("sas")}*100,2)`),
          dpt: k.dpt,
          mr: k.mr,
          do: fx(`ROUND((${c.a("dpt")}-${c.a("mr")})/${c.a("dpt")}*100,2)`),
          desa: k.desa,
          uci: k.uci,
          // planted: Rantau Seruni's % UCI typed 133.33 (desa / UCI inverted); 6 / 8 = 75.00
          pu: k.id === "k5" ? 133.33 : fx(`ROUND(${c.a("uci")}/${c.a("desa")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL KABUPATEN" };
          for (const k of ["sas", "l", "p", "j", "dpt", "mr", "desa", "uci"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          out.pc = fx(`ROUND(${c.a("j")}/${c.a("sas")}*100,2)`);
          out.do = fx(`ROUND((${c.a("dpt")}-${c.a("mr")})/${c.a("dpt")}*100,2)`);
          out.pu = fx(`ROUND(${c.a("uci")}/${c.a("desa")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: DO negatif berarti bayi yang mendapat Campak Rubela lebih banyak dari DPT-HB-Hib 1 (pindahan dari luar wilayah).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Marabahan Seruni, 10 Januari 2025",
    jabatan: ["KEPALA SEKSI SURVEILANS DAN IMUNISASI"],
    nama: "MUHAMMAD RIDHANI, S.K.M.",
    nip: "19850704 201001 1 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = ["k1", "k2", "k3", "k4", "k5"];
  b.plant({
    at: { sheet: S, cell: a("j", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah IDL of Tabalong Ulu is a typed 490 among formulas; 239 L + 241 P = 480",
    truth: `${a("l", "k4")}+${a("p", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pu", "k5") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% desa UCI of Rantau Seruni is a typed 133.33 (8 / 6, inverted) - over 100 where 6 of 8 desa are UCI; 6 / 8 x 100 = 75.00",
    truth: `ROUND(${a("uci", "k5")}/${a("desa", "k5")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("l", id)}+${a("p", id)}` });
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("sas", id)}*100,2)`,
    });
  }
  for (const id of ids)
    b.ok({
      sheet: S,
      cell: a("do", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND((${a("dpt", id)}-${a("mr", id)})/${a("dpt", id)}*100,2)`,
    });
  for (const id of ["k1", "k2", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("pu", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("uci", id)}/${a("desa", id)}*100,2)`,
    });
  for (const k of ["sas", "dpt", "mr", "desa", "uci"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: a("do", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND((SUM(${a("dpt", "k1")}:${a("dpt", "k5")})-SUM(${a("mr", "k1")}:${a("mr", "k5")}))/SUM(${a("dpt", "k1")}:${a("dpt", "k5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("do", "k1")}:${a("do", "k5")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pu", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("uci", "k1")}:${a("uci", "k5")})/SUM(${a("desa", "k1")}:${a("desa", "k5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pu", "k1")}:${a("pu", "k5")}),2)`,
  });
  return b.finish();
}

/** Rantai dingin vaksin 2024, Dinkes Tanjung Bayur: per puskesmas beside the vaksin per triwulan. */
export function rantaiDingin(): BookW {
  const b = new BookW(
    "rantai-dingin-vaksin-puskesmas-triwulan-tanjung-bayur.xlsx",
    "Rekap rantai dingin vaksin (Dinkes)",
    "two tables side by side, one empty column between: per puskesmas Lemari es vaksin | Berstandar PQS | % PQS | Hari pemantauan | Hari suhu 2-8 °C | % hari aman, Jumlah row with ratios of totals; per triwulan Vaksin diterima | Vaksin rusak | % rusak, Jumlah row",
  );
  const S = "Rantai Dingin 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN DAERAH KOTA TANJUNG BAYUR", "Instalasi Farmasi Kota"]);
  s.lines(["LAPORAN PEMANTAUAN RANTAI DINGIN VAKSIN TAHUN 2024"]);
  s.gap();
  const U = [
    { id: "u1", nm: "Puskesmas Bayur Kota", le: 3, pqs: 3, h: 366, ok: 361 },
    { id: "u2", nm: "Puskesmas Tikala Baru", le: 2, pqs: 1, h: 366, ok: 352 },
    { id: "u3", nm: "Puskesmas Malalayang Pesisir", le: 2, pqs: 2, h: 366, ok: 340 },
    { id: "u4", nm: "Puskesmas Wanea Timur", le: 3, pqs: 2, h: 366, ok: 358 },
    { id: "u5", nm: "Puskesmas Sario Tumpaan", le: 1, pqs: 1, h: 366, ok: 366 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Unit Pelayanan"], role: "lokasi", width: 28 },
      { key: "le", head: ["Sarana Penyimpanan", "Lemari Es Vaksin (unit)"], fmt: INT },
      {
        key: "pqs",
        head: ["Sarana Penyimpanan", "Berstandar PQS (unit)"],
        role: "realisasi",
        year: 2024,
        fmt: INT,
      },
      { key: "pp", head: ["Sarana Penyimpanan", "% PQS"], role: "capaian", year: 2024, fmt: DEC },
      { key: "h", head: ["Pemantauan Suhu", "Hari Dipantau"], fmt: INT },
      { key: "ok", head: ["Pemantauan Suhu", "Hari Suhu 2-8 °C"], role: "realisasi", year: 2024, fmt: INT },
      { key: "ph", head: ["Pemantauan Suhu", "% Hari Aman"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (c) => ({
          no: i + 1,
          nm: u.nm,
          le: u.le,
          pqs: u.pqs,
          pp: fx(`ROUND(${c.a("pqs")}/${c.a("le")}*100,2)`),
          h: u.h,
          ok: u.ok,
          // planted: Malalayang Pesisir's % hari aman keeps a stale cached 98.36 (340 / 366 = 92.90)
          ph: fx(`ROUND(${c.a("ok")}/${c.a("h")}*100,2)`, u.id === "u3" ? 98.36 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "Jumlah" };
          for (const k of ["le", "pqs", "h", "ok"]) out[k] = fx(`SUM(${c.a(k, "u1")}:${c.a(k, "u5")})`);
          out.pp = fx(`ROUND(${c.a("pqs")}/${c.a("le")}*100,2)`);
          out.ph = fx(`ROUND(${c.a("ok")}/${c.a("h")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const V = [
    { id: "t1", tw: "Triwulan I", d: 4820, r: 31 },
    { id: "t2", tw: "Triwulan II", d: 5240, r: 44 },
    { id: "t3", tw: "Triwulan III", d: 4975, r: 29 },
    { id: "t4", tw: "Triwulan IV", d: 5610, r: 52 },
  ];
  const vt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "d", head: ["Vaksin", "Diterima (vial)"], fmt: INT },
        { key: "r", head: ["Vaksin", "Rusak (vial)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["Vaksin", "% Rusak"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...V.map((v): Row => ({
          id: v.id,
          cells: (c) => ({ tw: v.tw, d: v.d, r: v.r, p: fx(`ROUND(${c.a("r")}/${c.a("d")}*100,2)`) }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            // planted: =SUM one row short (Triwulan IV left out)
            d: fx(`SUM(${c.a("d", "t1")}:${c.a("d", "t3")})`),
            r: fx(`SUM(${c.a("r", "t1")}:${c.a("r", "t4")})`),
            p: fx(`ROUND(${c.a("r")}/${c.a("d")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Bayur, 8 Januari 2025",
    jabatan: ["KEPALA INSTALASI FARMASI KOTA"],
    nama: "apt. GRACE M. LUMINGKEWAS, S.Farm.",
    nip: "19880912 201403 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = ["u1", "u2", "u3", "u4", "u5"];
  b.plant({
    at: { sheet: S, cell: a("ph", "u3") },
    rules: ["capaian-mismatch"],
    note: "% hari aman of Puskesmas Malalayang Pesisir shows a stale cached 98.36; its formula gives 340 / 366 x 100 = 92.90",
    truth: `ROUND(${a("ok", "u3")}/${a("h", "u3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: vt.a("d", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah vaksin diterima is =SUM over Triwulan I-III (15,035); with Triwulan IV's 5,610 it is 20,645",
    truth: `SUM(${vt.a("d", "t1")}:${vt.a("d", "t4")})`,
  });
  for (const id of ids)
    b.ok({
      sheet: S,
      cell: a("pp", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("pqs", id)}/${a("le", id)}*100,2)`,
    });
  for (const id of ["u1", "u2", "u4", "u5"])
    b.ok({
      sheet: S,
      cell: a("ph", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ok", id)}/${a("h", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pp", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("pqs", "u1")}:${a("pqs", "u5")})/SUM(${a("le", "u1")}:${a("le", "u5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pp", "u1")}:${a("pp", "u5")}),2)`,
  });
  for (const k of ["le", "pqs", "ok"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "u1")}:${a(k, "u5")})` });
  b.ok({
    sheet: S,
    cell: vt.a("r", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${vt.a("r", "t1")}:${vt.a("r", "t4")})`,
    trap: vt.a("r", "t4"),
  });
  for (const id of ["t1", "t2", "t3", "t4"])
    b.ok({
      sheet: S,
      cell: vt.a("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${vt.a("r", id)}/${vt.a("d", id)}*100,2)`,
    });
  return b.finish();
}
