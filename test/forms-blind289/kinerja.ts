// LKjIP, PK beside its Renstra, the recap of diseminasi informasi per kecamatan and the recap of
// transaksi aplikasi layanan publik / aduan command center of two invented Diskominfo: Kabupaten
// Gunung Sepuh (Jawa Tengah) and Kota Kuala Seranti (Kalimantan Timur).
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const cap = (neg: boolean, t: string, r: string) =>
  neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;

/** LKjIP 2024 Tabel 3.2 of the Diskominfo Kuala Seranti: sasaran merged, refleksi on the negatives. */
export function lkjipCommandCenter(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-diskominfo-kuala-seranti-command-center.xlsx",
    "LKjIP capaian kinerja (Diskominfo command center)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Kategori | Keterangan; ROUND formulas, refleksi (2T-R)/T on two negative rows named in Keterangan; Permendagri 86 predikat words; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Capaian Indikator Kinerja Sasaran Dinas Komunikasi dan Informatika Kota Kuala Seranti Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas layanan informasi publik";
  const S2 = "Meningkatnya layanan publik berbasis aplikasi terintegrasi";
  const I = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks kepuasan layanan media center",
      sat: "nilai",
      neg: false,
      t: 82,
      r: 84.3,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Rata-rata waktu respons aduan command center",
      sat: "menit",
      neg: true,
      t: 30,
      r: 26,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase hoaks daerah yang tidak terklarifikasi",
      sat: "%",
      neg: true,
      t: 10,
      r: 13.5,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase layanan publik terintegrasi dalam aplikasi",
      sat: "%",
      neg: false,
      t: 50,
      r: 48,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah pengguna aktif aplikasi Seranti Satu Pintu",
      sat: "ribu akun",
      neg: false,
      t: 120,
      r: 79.2,
    },
  ];
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 22 },
    ],
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
          t: x.t,
          r: x.r,
          // planted: the pengguna aktif row has a typed 60.00 (79.2 / 120 x 100 = 66.00)
          c: x.id === "i5" ? 60 : fx(cap(x.neg, c.a("t"), c.a("r"))),
          // planted: layanan terintegrasi 96.00 called "Tinggi"
          p: {
            i1: "Sangat Tinggi",
            i2: "Sangat Tinggi",
            i3: "Rendah",
            i4: "Tinggi",
            i5: "Rendah",
          }[x.id],
          ket: x.neg ? "indikator negatif (semakin kecil semakin baik)" : "",
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
    "Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of pengguna aktif aplikasi is a typed 60.00 among formulas; 79.2 / 120 x 100 = 66.00",
    truth: cap(false, a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for 96.00 (48 / 50); the band > 90 is Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    trap: cap(false, a("t", "i2"), a("r", "i2")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: cap(false, a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Diskominfo Gunung Sepuh with the Renstra 2023-2026 IKU sheet before it. */
export function pkDiseminasi(): BookW {
  const b = new BookW(
    "pk-2025-kadis-kominfo-gunung-sepuh-diseminasi.xlsx",
    "PK 2025 with Renstra (Diskominfo diseminasi)",
    "sheet 'IKU Renstra': Kondisi Awal 2022 | Target 2023..2026 | Kondisi Akhir 2026; sheet 'Lampiran PK 2025': No | Indikator Kinerja | Satuan | Target | Keterangan; then No | Program | Anggaran | Sumber Dana with a typed JUMLAH row",
  );
  const R = "IKU Renstra";
  const P = "Lampiran PK 2025";
  const Ys = [2023, 2024, 2025, 2026];
  const ind = [
    {
      id: "a",
      ind: "Indeks Keterbukaan Informasi Publik Kabupaten",
      sat: "nilai",
      awal: 68.4,
      k: [71, 74, 77, 80],
    },
    {
      id: "b",
      ind: "Persentase masyarakat yang terpapar diseminasi informasi",
      sat: "%",
      awal: 52,
      k: [56, 60, 65, 70],
    },
    { id: "c", ind: "Persentase aduan publik yang tidak tertangani", sat: "%", awal: 18, k: [15, 12, 9, 6] },
  ];
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Diskominfo Kabupaten Gunung Sepuh 2023-2026"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2022)"], role: "kondisi-awal", year: 2022 },
      ...Ys.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y2023: x.k[0],
        y2024: x.k[1],
        y2025: x.k[2],
        y2026: x.k[3],
        ak: x.k[3],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, [
    "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN GUNUNG SEPUH",
  ]);
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the diseminasi target is the Renstra 2024 value 60 (2025: 65)
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? 60 : x.k[2],
        ket: x.id === "c" ? "negatif" : "IKU",
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_126_380_000,
      sd: "DAU",
    },
    { id: "p2", nm: "Program Informasi dan Komunikasi Publik", rp: 2_457_900_000, sd: "DAU" },
    { id: "p3", nm: "Program Aplikasi Informatika", rp: 3_318_250_000, sd: "DAU, DBH" },
    { id: "p4", nm: "Program Penyelenggaraan Statistik Sektoral", rp: 214_600_000, sd: "DAU" },
    {
      id: "p5",
      nm: "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
      rp: 168_450_000,
      sd: "DAU",
    },
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
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: x.sd } })),
      // planted: JUMLAH typed 10,258,080,000; the five programs give 10,285,580,000
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 10_258_080_000 } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Kajoran Sepuh, 6 Januari 2025",
    jabatan: ["Kepala Dinas Komunikasi dan Informatika"],
    nama: "Dra. SRI WINDARTI LESTYANINGRUM, M.M.",
    nip: "19730418 199803 2 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of masyarakat terpapar diseminasi is 60, the Renstra 2024 target; the Renstra 2025 target is 65",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH typed 10,258,080,000; the five programs add up to 10,285,580,000 (digits swapped)",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
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
      truth: rt.a("y2026", id),
      trap: Ys.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Diseminasi informasi per kecamatan, Gunung Sepuh 2024: channels, desa terjangkau, share of konten. */
export function rekapDiseminasi(): BookW {
  const b = new BookW(
    "rekap-diseminasi-per-kecamatan-gunung-sepuh-2024.xlsx",
    "Rekap diseminasi informasi per kecamatan (Diskominfo)",
    "Per kecamatan: Tatap Muka | Radio | Media Sosial | Jumlah (6)=(3)+(4)+(5) | Desa | Desa Terjangkau | % (9)=(8)/(7)x100 | Porsi (10)=(6)/Jumlah(6)x100; number row with identities; JUMLAH row with the ratio of totals and porsi 100",
  );
  const S = "Diseminasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN GUNUNG SEPUH",
    "Bidang Informasi dan Komunikasi Publik",
  ]);
  s.lines(["REKAPITULASI DISEMINASI INFORMASI PUBLIK PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Kajoran Sepuh", tm: 14, rd: 48, ms: 212, d: 16, dj: 16 },
    { id: "k2", nm: "Ngadirejo Wetan", tm: 9, rd: 36, ms: 140, d: 19, dj: 15 },
    { id: "k3", nm: "Gunungkidul Lor", tm: 11, rd: 30, ms: 118, d: 22, dj: 17 },
    { id: "k4", nm: "Selorejo", tm: 7, rd: 24, ms: 96, d: 12, dj: 13 },
    { id: "k5", nm: "Tlogo Sepuh", tm: 8, rd: 28, ms: 104, d: 14, dj: 11 },
  ];
  const C = "Jumlah Kegiatan / Konten Diseminasi";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "tm", head: [C, "Tatap Muka"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "rd", head: [C, "Siaran Radio"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "ms", head: [C, "Media Sosial"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [C, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (3)+(4)+(5)", fmt: INT },
      { key: "d", head: ["Jumlah Desa/Kel."], num: "(7)", fmt: INT },
      { key: "dj", head: ["Desa/Kel. Terjangkau"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
      { key: "p", head: ["Cakupan (%)"], role: "capaian", year: 2024, num: "(9) = (8)/(7) x 100", fmt: DEC },
      { key: "po", head: ["Porsi Konten (%)"], role: "lainnya", num: "(10) = (6)/Jml (6) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          tm: k.tm,
          rd: k.rd,
          ms: k.ms,
          j: fx(`${c.a("tm")}+${c.a("rd")}+${c.a("ms")}`),
          d: k.d,
          dj: k.dj,
          p: fx(`ROUND(${c.a("dj")}/${c.a("d")}*100,2)`),
          po: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          tm: fx(`SUM(${c.a("tm", "k1")}:${c.a("tm", "k5")})`),
          // planted: the radio total stops at Selorejo
          rd: fx(`SUM(${c.a("rd", "k1")}:${c.a("rd", "k4")})`),
          ms: fx(`SUM(${c.a("ms", "k1")}:${c.a("ms", "k5")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k5")})`),
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k5")})`),
          dj: fx(`SUM(${c.a("dj", "k1")}:${c.a("dj", "k5")})`),
          p: fx(`ROUND(${c.a("dj")}/${c.a("d")}*100,2)`),
          po: fx(`ROUND(${c.a("j")}/${c.a("j")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: desa terjangkau = desa yang menerima sedikitnya satu kegiatan tatap muka atau siaran radio.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["percent-out-of-range"],
    note: "Selorejo: 13 desa terjangkau of 12 desa/kelurahan, cakupan 108.33 %; a coverage cannot exceed 100 %",
    truth: "100",
  });
  b.plant({
    at: { sheet: S, cell: a("rd", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Siaran Radio is =SUM over the first four kecamatan (138); with Tlogo Sepuh's 28 it is 166",
    truth: `SUM(${a("rd", "k1")}:${a("rd", "k5")})`,
  });
  for (const id of ["k1", "k2", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("dj", id)}/${a("d", id)}*100,2)`,
    });
  for (const id of ["k2", "k5"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("tm", id)}+${a("rd", id)}+${a("ms", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("dj", "tot")}/${a("d", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k5")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ms", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ms", "k1")}:${a("ms", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("d", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("d", "k1")}:${a("d", "k5")})`,
  });
  return b.finish();
}

/** Transaksi aplikasi layanan publik per triwulan (row-wise) beside the aduan command center per kanal. */
export function rekapAplikasiAduan(): BookW {
  const b = new BookW(
    "rekap-transaksi-aplikasi-aduan-command-center-kuala-seranti.xlsx",
    "Rekap aplikasi layanan dan aduan command center (Diskominfo)",
    "Sheet 'Rekap TW 2024': left table per aplikasi, TW I..IV | Jumlah 2024 | Target | Capaian, a level row (modul terintegrasi) whose Jumlah is TW IV; right table (one blank column between) aduan per kanal: Masuk | Selesai | % Selesai, TOTAL with the ratio of totals",
  );
  const S = "Rekap TW 2024";
  const s = b.sheet(S);
  s.lines([
    "UPT COMMAND CENTER DAN LAYANAN APLIKASI, DISKOMINFO KOTA KUALA SERANTI",
    "Rekapitulasi Triwulanan Tahun 2024",
  ]);
  s.gap();
  const top = s.r;
  const A = [
    {
      id: "a1",
      nm: "Perizinan online (SiPintar)",
      sat: "transaksi",
      lv: false,
      q: [4_812, 5_240, 5_603, 6_118],
      tg: 20_000,
    },
    {
      id: "a2",
      nm: "Pengaduan warga (Lapor Seranti)",
      sat: "laporan",
      lv: false,
      q: [1_204, 1_377, 1_290, 1_452],
      tg: 5_000,
    },
    {
      id: "a3",
      nm: "Antrean layanan Dukcapil online",
      sat: "antrean",
      lv: false,
      q: [9_880, 10_412, 11_035, 11_760],
      tg: 42_000,
    },
    {
      id: "a4",
      nm: "Modul layanan terintegrasi (posisi akhir triwulan)",
      sat: "modul",
      lv: true,
      q: [21, 24, 26, 29],
      tg: 30,
    },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "nm", head: ["Aplikasi / Layanan"], role: "indikator", width: 34 },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        ...["I", "II", "III", "IV"].map((q, i): Col => ({
          key: `q${i + 1}`,
          head: ["Triwulan", q],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        })),
        { key: "j", head: ["Jumlah 2024"], role: "realisasi", year: 2024, fmt: INT },
        { key: "tg", head: ["Target 2024"], role: "target", year: 2024, fmt: INT },
        { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: A.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          nm: x.nm,
          sat: x.sat,
          q1: x.q[0],
          q2: x.q[1],
          q3: x.q[2],
          q4: x.q[3],
          // planted: the Dukcapil Jumlah keeps a stale cached 31,327 (before TW IV was keyed in)
          j: x.lv ? fx(c.a("q4")) : fx(`SUM(${c.a("q1")}:${c.a("q4")})`, x.id === "a3" ? 31_327 : undefined),
          tg: x.tg,
          c: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
        }),
      })),
    },
    1,
    top,
  );
  const K = [
    { id: "w", nm: "WhatsApp", m: 2_318, sl: 2_204 },
    { id: "c", nm: "Call center 112", m: 1_486, sl: 1_471 },
    { id: "m", nm: "Media sosial", m: 907, sl: 812 },
    { id: "d", nm: "Datang langsung", m: 214, sl: 214 },
  ];
  const rt = s.table(
    {
      cols: [
        { key: "nm", head: ["Kanal Aduan"], role: "indikator", width: 20 },
        { key: "m", head: ["Aduan Masuk"], role: "target", year: 2024, fmt: INT },
        { key: "sl", head: ["Aduan Selesai"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Selesai"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...K.map((k): Row => ({
          id: k.id,
          cells: (c) => ({ nm: k.nm, m: k.m, sl: k.sl, p: fx(`ROUND(${c.a("sl")}/${c.a("m")}*100,2)`) }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "TOTAL",
            m: fx(`SUM(${c.a("m", "w")}:${c.a("m", "d")})`),
            // planted: a typed total 4,791 (the kanal give 4,701)
            sl: 4_791,
            p: fx(`ROUND(${c.a("sl")}/${c.a("m")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.r = Math.max(lt.lastDataRow, rt.lastDataRow) + 2;
  signature(s, 11, {
    tempat: "Kuala Seranti, 8 Januari 2025",
    jabatan: ["Kepala UPT Command Center dan Layanan Aplikasi"],
    nama: "RAHMAWATI NOOR HALIDA, S.Kom.",
    nip: "19870226 201001 2 004",
  });
  const a = (k: string, id: string) => lt.a(k, id);
  const r = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "a3") },
    rules: ["sum-mismatch"],
    note: "Jumlah 2024 of the Dukcapil antrean is =SUM of the quarters with a stale cached 31,327; the quarters give 43,087",
    truth: ["q1", "q2", "q3", "q4"].map((q) => a(q, "a3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: r("sl", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "TOTAL aduan selesai is a typed 4,791; the four kanal give 4,701",
    truth: `SUM(${r("sl", "w")}:${r("sl", "d")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "a4"),
    rules: ["sum-mismatch"],
    truth: a("q4", "a4"),
    trap: ["q1", "q2", "q3", "q4"].map((q) => a(q, "a4")).join("+"),
  });
  for (const id of ["a1", "a2"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((q) => a(q, id)).join("+"),
    });
  for (const id of ["a1", "a2", "a4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: r("m", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${r("m", "w")}:${r("m", "d")})`,
  });
  for (const id of ["w", "c", "m"])
    b.ok({
      sheet: S,
      cell: r("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${r("sl", id)}/${r("m", id)}*100,2)`,
    });
  return b.finish();
}
