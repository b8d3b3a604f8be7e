// LKjIP, PK with its Renstra, the recap of wirausaha muda per kecamatan and the recap of the
// gelanggang remaja per triwulan beside the Paskibraka selection, of two Dinas Pemuda dan Olahraga
// (Sumatera Barat, Kalimantan Barat). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Dispora Bukit Saranggi: refleksi on the negative row. */
export function lkjipDispora(): BookW {
  const b = new BookW(
    "lkjip-2024-kepemudaan-dispora-bukit-saranggi.xlsx",
    "LKjIP pengukuran kinerja (Dispora)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; ROUND formulas, refleksi (2T-R)/T on the negative row; one typed capaian; predikat words",
  );
  const S = "Tabel 3.2 Capaian";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PEMUDA DAN OLAHRAGA KABUPATEN BUKIT SARANGGI",
  ]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas dan peran serta pemuda";
  const SAS2 = "Meningkatnya kemandirian ekonomi pemuda";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Indeks Pembangunan Pemuda (IPP)",
      sat: "indeks",
      neg: false,
      r23: 51.9,
      t: 54.5,
      r: 52.8,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase OKP yang aktif",
      sat: "%",
      neg: false,
      r23: 61.2,
      t: 72,
      r: 58.3,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Jumlah anggota Paskibraka kabupaten yang lolos ke tingkat provinsi",
      sat: "orang",
      neg: false,
      r23: 2,
      t: 4,
      r: 3,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase pemuda yang berwirausaha",
      sat: "%",
      neg: false,
      r23: 6.4,
      t: 8.5,
      r: 7.1,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Tingkat pengangguran terbuka usia muda (16-30 tahun)",
      sat: "%",
      neg: true,
      r23: 9.8,
      t: 9.2,
      r: 8.6,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const words: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    // planted: 75.00 is Cukup (Baik starts above 75)
    i3: "Baik",
    i4: "Baik",
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
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the OKP aktif capaian is a typed 85.97 (58.3 / 72 = 80.97)
          c: x.id === "i2" ? 85.97 : fx(cap(x.neg, c.a("t"), c.a("r"))),
          p: words[x.id],
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
    "Catatan: TPT usia muda adalah indikator negatif, capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Persentase OKP aktif is a typed 85.97 among formulas; 58.3 / 72 x 100 = 80.97",
    truth: cap(false, a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 75.00 (3 / 4); the band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: cap(true, a("t", "i5"), a("r", "i5")),
    trap: cap(false, a("t", "i5"), a("r", "i5")),
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dispora Tanjung Lindai, beside the Renstra 2025-2029 targets. */
export function pkDispora(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dispora-tanjung-lindai.xlsx",
    "PK 2025 with Renstra (Dispora)",
    "sheet 'Lampiran PK 2025': statement, No | Sasaran | Indikator | Satuan | Target 2025; No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'IKU Renstra': Baseline 2024 | Target 2025..2029 | Kondisi Akhir 2029 (a stock count of OKP aktif among them)",
  );
  const R = "IKU Renstra";
  const P = "Lampiran PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Indeks Pembangunan Pemuda (IPP)",
      sat: "indeks",
      awal: 50.2,
      k: [51.5, 52.8, 54, 55.3, 56.5],
    },
    { id: "b", ind: "Persentase pemuda yang berwirausaha", sat: "%", awal: 6.8, k: [7.4, 8, 8.7, 9.3, 10] },
    { id: "c", ind: "Jumlah OKP aktif", sat: "OKP", awal: 64, k: [68, 72, 76, 80, 85] },
  ];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dispopar Kota Tanjung Lindai 2025-2029"]);
  rs.gap();
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(yrs.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMUDA, OLAHRAGA DAN PARIWISATA KOTA TANJUNG LINDAI",
  ]);
  pk.lines(["Pihak pertama berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya daya saing dan peran pemuda",
        ind: x.ind,
        sat: x.sat,
        // planted: the IPP target is the Renstra 2026 value 52.80 (2025: 51.50)
        tg: x.id === "a" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_380_000 },
    { id: "p2", nm: "Program Pengembangan Kapasitas Daya Saing Kepemudaan", rp: 1_842_650_000 },
    { id: "p3", nm: "Program Pengembangan Kapasitas Daya Saing Keolahragaan", rp: 3_567_200_000 },
    { id: "p4", nm: "Program Pengembangan Kapasitas Kepramukaan", rp: 412_900_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD 2025" } })),
      // planted: Jumlah typed 9,994,130,000 (the programs add up to 9,949,130,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 9_994_130_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Lindai, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA, OLAHRAGA DAN PARIWISATA"],
    nama: "Drs. ABANG SYAHRIAL MUHTAR, M.Si.",
    nip: "19750904 200003 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "a") },
        { sheet: R, cell: rt.a("y2025", "a") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the IPP is 52.80, the Renstra 2026 target; the Renstra 2025 target is 51.50",
    truth: `'${R}'!${rt.a("y2025", "a")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 9,994,130,000; the four programs add up to 9,949,130,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["b", "c"])
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
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Wirausaha muda per kecamatan, Dispora Bukit Saranggi: peserta L/P, usaha berjalan, bantuan modal. */
export function rekapWirausaha(): BookW {
  const b = new BookW(
    "rekap-wirausaha-muda-per-kecamatan-bukit-saranggi.xlsx",
    "Rekap wirausaha muda per kecamatan (Dispora)",
    "Per kecamatan: Pemuda 16-30 | Peserta L | P | Jumlah '(6) = (4)+(5)' | Usaha berjalan | % berjalan '(8) = (7)/(6) x 100' | Bantuan modal (Rp) | Porsi '(10) = (9)/Jumlah (9) x 100'; JUMLAH row with a stale cached total and the ratio of totals",
  );
  const S = "Wirausaha Muda 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PEMUDA DAN OLAHRAGA KABUPATEN BUKIT SARANGGI",
    "Bidang Kepemudaan - Seksi Kewirausahaan Pemuda",
  ]);
  s.lines(["REKAPITULASI PELATIHAN DAN BANTUAN MODAL WIRAUSAHA MUDA PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Lubuk Saranggi", pm: 8420, l: 34, p: 22, ber: 41, rp: 246_000_000 },
    { id: "k2", nm: "Koto Ampalu", pm: 6115, l: 27, p: 19, ber: 30, rp: 184_000_000 },
    { id: "k3", nm: "Sungai Taleh", pm: 5230, l: 21, p: 17, ber: 26, rp: 152_000_000 },
    { id: "k4", nm: "Batang Kapur Hilir", pm: 7390, l: 30, p: 26, ber: 44, rp: 224_000_000 },
    { id: "k5", nm: "Pasia Lawas", pm: 4870, l: 18, p: 12, ber: 19, rp: 120_000_000 },
    { id: "k6", nm: "Tanjung Barulak", pm: 3960, l: 15, p: 14, ber: 17, rp: 116_000_000 },
  ];
  const PS = "Peserta Pelatihan (orang)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "pm", head: ["Pemuda Usia 16-30 (jiwa)"], num: "(3)", fmt: INT },
      { key: "l", head: [PS, "L"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "p", head: [PS, "P"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [PS, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (4)+(5)", fmt: INT },
      {
        key: "ber",
        head: ["Usaha Rintisan Masih Berjalan"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: INT,
      },
      {
        key: "pc",
        head: ["% Usaha Berjalan"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(6) x 100",
        fmt: DEC,
      },
      {
        key: "rp",
        head: ["Bantuan Modal (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(9)",
        fmt: RP,
        width: 16,
      },
      { key: "sh", head: ["Porsi Bantuan (%)"], num: "(10) = (9)/Jumlah (9) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          pm: k.pm,
          l: k.l,
          p: k.p,
          j: fx(`${c.a("l")}+${c.a("p")}`),
          ber: k.ber,
          // planted: Sungai Taleh's % divides by the P column (26 / 17 = 152.94) instead of the Jumlah
          pc: fx(`ROUND(${c.a("ber")}/${k.id === "k3" ? c.a("p") : c.a("j")}*100,2)`),
          rp: k.rp,
          sh: fx(`ROUND(${c.a("rp")}/$${c.c("rp")}$${c.row("tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["pm", "l", "j", "ber", "rp", "sh"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: a stale cached total of P from before the last two kecamatan were entered
          out.p = fx(`SUM(${c.a("p", "k1")}:${c.a("p", "k6")})`, 84);
          out.pc = fx(`ROUND(${c.a("ber")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: % baris JUMLAH dihitung dari jumlah usaha berjalan dibagi jumlah peserta."]);
  s.gap();
  signature(s, 7, {
    tempat: "Lubuk Saranggi, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG KEPEMUDAAN"],
    nama: "RAHMI YULIANTI, S.E., M.Si.",
    nip: "19840722 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("pc", "k3") },
    rules: ["percent-out-of-range", "capaian-mismatch", "inconsistent-formula"],
    note: "% usaha berjalan of Sungai Taleh is 152.94 (26 / 17, the P column) where at most 100 is possible; (7)/(6) = 26 / 38 = 68.42",
    truth: `ROUND(${a("ber", "k3")}/${a("j", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH peserta P shows a stale cached 84; =SUM of the six kecamatan gives 110",
    truth: ids.map((id) => a("p", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("ber", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND((${ids.map((id) => `${a("ber", id)}/${a("j", id)}`).join("+")})/6*100,2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ber", id)}/${a("j", id)}*100,2)`,
    });
  for (const id of ["k1", "k4"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("l", id)}+${a("p", id)}` });
  for (const k of ["l", "j", "ber", "rp"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("sh", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: "100",
    tol: 0.05,
  });
  return b.finish();
}

/** Gelanggang remaja per triwulan beside the Paskibraka selection, Dispopar Tanjung Lindai. */
export function gelanggangRemaja(): BookW {
  const b = new BookW(
    "gelanggang-remaja-paskibraka-tanjung-lindai.xlsx",
    "Rekap gelanggang remaja per triwulan (Dispora)",
    "Per triwulan: Jadwal | Terlaksana | % '(4) = (3)/(2) x 100' | Pengunjung | OKP pengguna (akhir triwulan, a level) | Target / Realisasi retribusi | % retribusi; Jumlah row (OKP = Triwulan IV); beside it, one empty column between, the Paskibraka selection per kecamatan with Jumlah",
  );
  const S = "Gelanggang Remaja 2024";
  const s = b.sheet(S);
  letterhead(s, ["UPT GELANGGANG REMAJA KOTA TANJUNG LINDAI", "Dinas Pemuda, Olahraga dan Pariwisata"]);
  s.lines(["LAPORAN PEMANFAATAN GELANGGANG REMAJA DAN SELEKSI PASKIBRAKA TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", jd: 36, tl: 31, vis: 4_820, okp: 41, tr: 62_500_000, rr: 48_750_000 },
    { id: "q2", tw: "Triwulan II", jd: 42, tl: 40, vis: 6_135, okp: 44, tr: 62_500_000, rr: 57_300_000 },
    { id: "q3", tw: "Triwulan III", jd: 45, tl: 43, vis: 7_410, okp: 47, tr: 62_500_000, rr: 66_900_000 },
    { id: "q4", tw: "Triwulan IV", jd: 38, tl: 35, vis: 5_260, okp: 46, tr: 62_500_000, rr: 59_450_000 },
  ];
  const top = s.r;
  const RT = "Retribusi Pemakaian (Rp)";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      {
        key: "jd",
        head: ["Kegiatan Pemuda", "Dijadwalkan"],
        role: "target",
        year: 2024,
        num: "(2)",
        fmt: INT,
      },
      {
        key: "tl",
        head: ["Kegiatan Pemuda", "Terlaksana"],
        role: "realisasi",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      {
        key: "pt",
        head: ["Kegiatan Pemuda", "%"],
        role: "capaian",
        year: 2024,
        num: "(4) = (3)/(2) x 100",
        fmt: DEC,
      },
      { key: "vis", head: ["Pengunjung (orang)"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "okp", head: ["OKP Pengguna Aktif (akhir periode)"], num: "(6)", fmt: INT },
      { key: "tr", head: [RT, "Target"], role: "anggaran", year: 2024, num: "(7)", fmt: RP, width: 15 },
      {
        key: "rr",
        head: [RT, "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8)",
        fmt: RP,
        width: 15,
      },
      { key: "pr", head: [RT, "%"], role: "capaian", year: 2024, num: "(9) = (8)/(7) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          jd: q.jd,
          tl: q.tl,
          pt: fx(`ROUND(${c.a("tl")}/${c.a("jd")}*100,2)`),
          vis: q.vis,
          okp: q.okp,
          tr: q.tr,
          rr: q.rr,
          pr: fx(`ROUND(${c.a("rr")}/${c.a("tr")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah 2024",
          jd: fx(`SUM(${c.a("jd", "q1")}:${c.a("jd", "q4")})`),
          tl: fx(`SUM(${c.a("tl", "q1")}:${c.a("tl", "q4")})`),
          pt: fx(`ROUND(${c.a("tl")}/${c.a("jd")}*100,2)`),
          // planted: the year's pengunjung typed 23,265 (the quarters give 23,625)
          vis: 23_265,
          okp: fx(c.a("okp", "q4")),
          tr: fx(`SUM(${c.a("tr", "q1")}:${c.a("tr", "q4")})`),
          rr: fx(`SUM(${c.a("rr", "q1")}:${c.a("rr", "q4")})`),
          pr: fx(`ROUND(${c.a("rr")}/${c.a("tr")}*100,2)`),
        }),
      },
    ],
  });
  const P = [
    { id: "d1", nm: "Tanjung Lindai Barat", df: 64, pa: 4, pi: 4 },
    { id: "d2", nm: "Tanjung Lindai Timur", df: 52, pa: 3, pi: 3 },
    { id: "d3", nm: "Sei Kelambu", df: 38, pa: 2, pi: 2 },
    { id: "d4", nm: "Parit Jawi", df: 29, pa: 2, pi: 1 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "nm", head: ["Kecamatan Asal"], role: "lokasi", width: 20 },
        { key: "df", head: ["Pendaftar Paskibraka"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pa", head: ["Lolos Seleksi", "Putra"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pi", head: ["Lolos Seleksi", "Putri"], role: "realisasi", year: 2024, fmt: INT },
        { key: "jl", head: ["Lolos Seleksi", "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...P.map((d): Row => ({
          id: d.id,
          cells: (c) => ({ nm: d.nm, df: d.df, pa: d.pa, pi: d.pi, jl: fx(`${c.a("pa")}+${c.a("pi")}`) }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            // planted: pendaftar summed over three kecamatan only
            df: fx(`SUM(${c.a("df", "d1")}:${c.a("df", "d3")})`),
            pa: fx(`SUM(${c.a("pa", "d1")}:${c.a("pa", "d4")})`),
            pi: fx(`SUM(${c.a("pi", "d1")}:${c.a("pi", "d4")})`),
            jl: fx(`SUM(${c.a("jl", "d1")}:${c.a("jl", "d4")})`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: OKP pengguna aktif adalah posisi akhir periode; baris Jumlah memuat posisi akhir Triwulan IV.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Lindai, 8 Januari 2025",
    jabatan: ["KEPALA UPT GELANGGANG REMAJA"],
    nama: "FITRIANI UTIN RAHAYU, S.Sos.",
    nip: "19860413 201101 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = Q.map((q) => q.id);
  const add = (k: string) => qs.map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("vis", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah pengunjung 2024 is a typed 23,265 among SUM formulas; the four quarters give 23,625",
    truth: add("vis"),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("df", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah pendaftar Paskibraka is =SUM over three kecamatan (154); with Parit Jawi's 29 it is 183",
    truth: P.map((d) => pt.a("df", d.id)).join("+"),
  });
  b.ok({ sheet: S, cell: a("okp", "tot"), rules: ["sum-mismatch"], truth: a("okp", "q4"), trap: add("okp") });
  b.ok({
    sheet: S,
    cell: a("pt", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${add("tl")})/(${add("jd")})*100,2)`,
    trap: `ROUND((${qs.map((id) => a("pt", id)).join("+")})/4,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pr", "q3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rr", "q3")}/${a("tr", "q3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pr", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${add("rr")})/(${add("tr")})*100,2)`,
  });
  for (const k of ["jd", "tl", "rr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: add(k) });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: a("pt", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tl", id)}/${a("jd", id)}*100,2)`,
    });
  for (const k of ["pa", "pi", "jl"])
    b.ok({
      sheet: S,
      cell: pt.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: P.map((d) => pt.a(k, d.id)).join("+"),
    });
  return b.finish();
}
