// LKjIP, PK with its Renstra, and two hortikultura recaps (luas tanam / panen / produksi per
// kecamatan; harga di tingkat petani per bulan beside the PSAT quarters). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 capaian table, Dinas Pertanian Lembah Sariwangi: refleksi on the negative rows. */
export function lkjipHorti(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-hortikultura-lembah-sariwangi.xlsx",
    "LKjIP pengukuran kinerja (Distan hortikultura)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Sifat | Target | Realisasi | Capaian (%) | Kategori; ROUND formulas, refleksi (2T-R)/T on 'Menurun' rows; predikat words; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Dinas Pertanian TPH Kabupaten Lembah Sariwangi Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya produksi dan mutu hortikultura";
  const I = [
    { id: "i1", ind: "Produktivitas cabai merah", sat: "ton/ha", pol: "+", t: 11.6, r: 11.7 },
    { id: "i2", ind: "Produktivitas bawang merah", sat: "ton/ha", pol: "+", t: 10.2, r: 9.4 },
    { id: "i3", ind: "Persentase susut hasil panen cabai", sat: "%", pol: "-", t: 8, r: 6.8 },
    { id: "i4", ind: "Koefisien variasi harga cabai di tingkat petani", sat: "%", pol: "-", t: 15, r: 18.6 },
    { id: "i5", ind: "Jumlah kebun hortikultura teregistrasi", sat: "kebun", pol: "+", t: 120, r: 122 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat Indikator"], role: "polaritas" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const words: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Sangat Baik",
  };
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          pol: x.pol === "+" ? "Meningkat" : "Menurun",
          t: x.t,
          r: x.r,
          // planted: the koefisien variasi (Menurun) uses R / T
          c: fx(cap(x.id === "i4" ? "+" : x.pol, c.a("t"), c.a("r"))),
          // planted: i2 92.16 typed "Baik"
          p: words[x.id],
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
  s.lines(["Kategori: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Koefisien variasi harga cabai (Menurun) computed R / T = 124.00; refleksi (2 x 15 - 18.6) / 15 gives 76.00",
    truth: cap("-", a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for produktivitas bawang merah 92.16 (9.4 / 10.2); > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Pertanian Dolok Simarsik, beside the Renstra 2025-2029 targets. */
export function pkHorti(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-distan-dolok-simarsik.xlsx",
    "PK 2025 with Renstra (Distan hortikultura)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target; program table No | Program | Anggaran (Rp) | Ket with Jumlah typed; sheet 'IKU Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir, with a negative % indicator",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Produktivitas bawang merah", sat: "ton/ha", awal: 9.1, k: [9.4, 9.8, 10.2, 10.6, 11] },
    {
      id: "b",
      ind: "Persentase PSAT hortikultura bersertifikat",
      sat: "%",
      awal: 38,
      k: [44, 50, 56, 62, 68],
    },
    {
      id: "c",
      ind: "Persentase susut hasil panen cabai",
      sat: "%",
      awal: 11.5,
      k: [10.5, 9.5, 8.5, 7.5, 6.5],
    },
  ];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines(["Indikator Kinerja Utama Renstra Dinas Pertanian Kabupaten Dolok Simarsik 2025-2029"]);
  rs.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ak: x.k[4],
      };
      years.forEach((y, j) => (cells[`y${y}`] = x.k[j]));
      return { id: x.id, cells };
    }),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERTANIAN KABUPATEN DOLOK SIMARSIK"]);
  pk.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
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
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: PSAT target 50 is the Renstra 2026 value (2025: 44)
      cells: {
        no: i + 1,
        sas: "Meningkatnya produksi dan mutu hortikultura",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? 50 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penyediaan dan Pengembangan Sarana Pertanian", rp: 2_845_600_000 },
    { id: "p2", nm: "Program Penyediaan dan Pengembangan Prasarana Pertanian", rp: 1_912_300_000 },
    { id: "p3", nm: "Program Pengendalian dan Penanggulangan Bencana Pertanian", rp: 487_250_000 },
    { id: "p4", nm: "Program Penyuluhan Pertanian", rp: 1_366_900_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: Jumlah typed 6,521,050,000 (the programs add up to 6,612,050,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 6_521_050_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Simarsik, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN"],
    nama: "MARULI TUA SIHOMBING, S.P., M.Si.",
    nip: "19760902 200312 1 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Persentase PSAT bersertifikat is 50, the Renstra 2026 target; the 2025 target is 44",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah anggaran typed 6,521,050,000; the four programs add up to 6,612,050,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: years.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Luas tanam, panen, produksi cabai per kecamatan, Lembah Sariwangi, with produktivitas and share. */
export function rekapTanamPanen(): BookW {
  const b = new BookW(
    "rekap-luas-tanam-panen-cabai-per-kecamatan-sariwangi.xlsx",
    "Rekap luas tanam, panen, produksi (Distan hortikultura)",
    "Rekap cabai 2024 per kecamatan: Luas Tanam | Luas Panen | Produksi (ton) | Produktivitas (ton/ha) | Share produksi (%); number row '(6) = (5)/(4)', '(7) = (5)/Jumlah (5) x 100'; Jumlah row with the ratio of totals",
  );
  const S = "Cabai 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA", "KABUPATEN LEMBAH SARIWANGI"]);
  s.lines(["REKAPITULASI LUAS TANAM, LUAS PANEN DAN PRODUKSI CABAI MERAH TAHUN 2024 (SP-HORTI)"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sariwangi Kota", lt: 142, lp: 128, pr: 1_485 },
    { id: "k2", nm: "Gunung Telaga", lt: 386, lp: 351, pr: 4_352 },
    { id: "k3", nm: "Kaliwening", lt: 214, lp: 190, pr: 2_071 },
    { id: "k4", nm: "Ngadirejo Kulon", lt: 97, lp: 88, pr: 898 },
    { id: "k5", nm: "Pasirluhur", lt: 263, lp: 240, pr: 2_904 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "lt", head: ["Luas (ha)", "Tanam"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "lp", head: ["Luas (ha)", "Panen"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "pr", head: ["Produksi (ton)"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    {
      key: "pv",
      head: ["Produktivitas (ton/ha)"],
      role: "lainnya",
      year: 2024,
      num: "(6) = (5)/(4)",
      fmt: DEC,
    },
    {
      key: "sh",
      head: ["Share Produksi (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (5)/Jml (5) x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          lt: k.lt,
          lp: k.lp,
          pr: k.pr,
          // planted: Kaliwening's produktivitas has a stale cached 12.06 (2,071 / 190 = 10.90)
          pv: fx(`ROUND(${c.a("pr")}/${c.a("lp")},2)`, k.id === "k3" ? 12.06 : undefined),
          sh: fx(`ROUND(${c.a("pr")}/${c.c("pr")}${c.row("tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "Jumlah",
          // planted: Jumlah luas tanam typed 1,120 (the kecamatan add up to 1,102)
          lt: 1_120,
          lp: fx(`SUM(${c.a("lp", "k1")}:${c.a("lp", "k5")})`),
          pr: fx(`SUM(${c.a("pr", "k1")}:${c.a("pr", "k5")})`),
          pv: fx(`ROUND(${c.a("pr")}/${c.a("lp")},2)`),
          sh: fx(`SUM(${c.a("sh", "k1")}:${c.a("sh", "k5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Laporan SP-Horti Mantri Tani, diolah."]);
  s.gap();
  signature(s, 5, {
    tempat: "Sariwangi, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG HORTIKULTURA"],
    nama: "SRI WAHYUNINGSIH, S.P.",
    nip: "19820514 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("pv", "k3") },
    rules: ["ratio-components-mismatch"],
    note: "Produktivitas of Kaliwening has a stale cached 12.06; its formula 2,071 / 190 gives 10.90",
    truth: `ROUND(${a("pr", "k3")}/${a("lp", "k3")},2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("lt", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah luas tanam typed 1,120 ha; the five kecamatan add up to 1,102",
    truth: `SUM(${a("lt", "k1")}:${a("lt", "k5")})`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("pv", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("pr", id)}/${a("lp", id)},2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pv", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("pr", "tot")}/${a("lp", "tot")},2)`,
    trap: `ROUND(AVERAGE(${a("pv", "k1")}:${a("pv", "k5")}),2)`,
  });
  for (const k of ["lp", "pr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  for (const id of ids)
    b.ok({
      sheet: S,
      cell: a("sh", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("pr", id)}/${a("pr", "tot")}*100,2)`,
    });
  return b.finish();
}

/** Harga cabai and bawang merah di tingkat petani per bulan, Dolok Simarsik, beside the PSAT quarters. */
export function hargaPetaniPsat(): BookW {
  const b = new BookW(
    "harga-petani-bulanan-dan-psat-dolok-simarsik.xlsx",
    "Rekap harga di tingkat petani dan PSAT (Distan hortikultura)",
    "row-wise monthly table: Bulan | Harga cabai merah (Rp/kg) | perubahan (%) | Harga bawang merah (Rp/kg) | perubahan (%), Rata-rata row; beside it a PSAT table per triwulan: Permohonan | Terbit | Ditolak | % Terbit, Jumlah row",
  );
  const S = "Harga & PSAT 2024";
  const s = b.sheet(S);
  s.lines(["PEMANTAUAN HARGA DI TINGKAT PETANI DAN LAYANAN SERTIFIKASI PSAT KABUPATEN DOLOK SIMARSIK 2024"]);
  s.gap();
  const M = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const cabai = [
    38_500, 42_000, 35_750, 29_000, 26_500, 31_250, 34_000, 27_500, 24_750, 30_500, 41_250, 52_000,
  ];
  const bawang = [
    27_000, 25_500, 28_750, 33_000, 35_500, 31_000, 26_250, 24_000, 23_500, 25_000, 27_750, 30_250,
  ];
  const top = s.r;
  const H = "Harga Rata-rata di Tingkat Petani";
  const t = s.table({
    cols: [
      { key: "bl", head: ["Bulan"], width: 12 },
      { key: "c", head: [H, "Cabai Merah (Rp/kg)"], role: "realisasi", year: 2024, fmt: RP },
      { key: "cg", head: [H, "Perubahan Cabai (%)"], role: "pertumbuhan", year: 2024, fmt: DEC },
      { key: "bm", head: [H, "Bawang Merah (Rp/kg)"], role: "realisasi", year: 2024, fmt: RP },
      { key: "bg", head: [H, "Perubahan Bawang (%)"], role: "pertumbuhan", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...M.map((m, i): Row => ({
        id: `m${i}`,
        cells: (x) => {
          const prev = (k: string) => x.a(k, `m${i - 1}`);
          const g = (k: string) => fx(`ROUND((${x.a(k)}-${prev(k)})/${prev(k)}*100,2)`);
          return {
            bl: m,
            c: cabai[i],
            // planted: August's cabai change typed -23.64 (the growth on July's price is -19.12)
            cg: i === 0 ? undefined : i === 7 ? -23.64 : g("c"),
            bm: bawang[i],
            bg: i === 0 ? undefined : g("bm"),
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        cells: (x) => ({
          bl: "Rata-rata",
          c: fx(`ROUND(AVERAGE(${x.a("c", "m0")}:${x.a("c", "m11")}),0)`),
          bm: fx(`ROUND(AVERAGE(${x.a("bm", "m0")}:${x.a("bm", "m11")}),0)`),
        }),
      },
    ],
  });
  const Q = [
    { id: "q1", tw: "TW I", mh: 8, tb: 5, tl: 3 },
    { id: "q2", tw: "TW II", mh: 18, tb: 15, tl: 3 },
    { id: "q3", tw: "TW III", mh: 21, tb: 17, tl: 4 },
    { id: "q4", tw: "TW IV", mh: 16, tb: 14, tl: 2 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"] },
        { key: "mh", head: ["Sertifikat PSAT", "Permohonan"], role: "target", year: 2024, fmt: INT },
        { key: "tb", head: ["Sertifikat PSAT", "Terbit"], role: "realisasi", year: 2024, fmt: INT },
        { key: "tl", head: ["Sertifikat PSAT", "Ditolak"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Terbit"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (x) => ({
            tw: q.tw,
            mh: q.mh,
            tb: q.tb,
            tl: q.tl,
            // planted: TW III % typed 123.53 (21 / 17, upside down); 17 / 21 = 80.95
            p: q.id === "q3" ? 123.53 : fx(`ROUND(${x.a("tb")}/${x.a("mh")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (x) => {
            const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah" };
            for (const k of ["mh", "tb", "tl"]) out[k] = fx(`SUM(${x.a(k, "q1")}:${x.a(k, "q4")})`);
            out.p = fx(`ROUND(${x.a("tb")}/${x.a("mh")}*100,2)`);
            return out;
          },
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 3, {
    tempat: "Simarsik, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG HORTIKULTURA DAN PERKEBUNAN"],
    nama: "ROSMAULI BR. NAINGGOLAN, S.TP., M.P.",
    nip: "19850307 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const gr = (k: string, i: number) =>
    `ROUND((${a(k, `m${i}`)}-${a(k, `m${i - 1}`)})/${a(k, `m${i - 1}`)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cg", "m7") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Perubahan harga cabai Agustus typed -23.64 (the fall over the August price); (27,500 - 34,000) / 34,000 gives -19.12",
    truth: gr("c", 7),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("p", "q3") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% terbit of TW III typed 123.53 (permohonan / terbit); 17 terbit of 21 permohonan is 80.95, never above 100",
    truth: `ROUND(${pt.a("tb", "q3")}/${pt.a("mh", "q3")}*100,2)`,
  });
  for (const i of [3, 8])
    b.ok({
      sheet: S,
      cell: a("cg", `m${i}`),
      rules: ["growth-mismatch"],
      truth: gr("c", i),
      trap: `ROUND((${a("c", `m${i}`)}-${a("c", `m${i - 1}`)})/${a("c", `m${i}`)}*100,2)`,
    });
  for (const i of [1, 6, 11])
    b.ok({ sheet: S, cell: a("bg", `m${i}`), rules: ["growth-mismatch"], truth: gr("bm", i) });
  b.ok({
    sheet: S,
    cell: a("c", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("c", "m0")}:${a("c", "m11")}),0)`,
  });
  b.ok({
    sheet: S,
    cell: pt.a("p", "j"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${pt.a("tb", "q1")}:${pt.a("tb", "q4")})/SUM(${pt.a("mh", "q1")}:${pt.a("mh", "q4")})*100,2)`,
    trap: `ROUND((${pt.a("p", "q1")}+${pt.a("p", "q2")}+${pt.a("p", "q4")}+ROUND(${pt.a("tb", "q3")}/${pt.a("mh", "q3")}*100,2))/4,2)`,
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: pt.a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${pt.a("tb", id)}/${pt.a("mh", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: pt.a("tb", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${pt.a("tb", "q1")}:${pt.a("tb", "q4")})`,
  });
  return b.finish();
}
