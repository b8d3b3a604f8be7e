// LKjIP and the retribusi parkir recap of the Dishub Kabupaten Sungai Rantau (Kalimantan Selatan); PK
// with its Renstra and the PJU / load factor recap of the Dishub Kota Tanjung Ladang (Bangka Belitung).
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2 of the Dishub Sungai Rantau: refleksi on the negative rows, predikat words. */
export function lkjipDishub(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dishub-sungai-rantau.xlsx",
    "LKjIP pengukuran kinerja (Dishub)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi (2T-R)/T on the negative rows (kecelakaan, titik rawan tanpa rambu); Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2", "Pengukuran Kinerja Sasaran Dinas Perhubungan Kabupaten Sungai Rantau Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya keselamatan dan kelaikan transportasi jalan";
  const SB = "Meningkatnya pelayanan angkutan umum";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      neg: false,
      r0: 86.3,
      t: 88,
      r: 89.1,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase PJU terpasang yang menyala",
      sat: "%",
      neg: false,
      r0: 81.7,
      t: 90,
      r: 86.4,
      p: "Sangat Baik",
    },
    {
      id: "i3",
      sas: SA,
      ind: "Jumlah kejadian kecelakaan lalu lintas di jalan kabupaten",
      sat: "kejadian",
      neg: true,
      r0: 131,
      t: 120,
      r: 138,
      p: "Baik",
    },
    {
      id: "i4",
      sas: SA,
      ind: "Persentase titik rawan kecelakaan yang belum dipasang rambu",
      sat: "%",
      neg: true,
      r0: 29.5,
      t: 25,
      r: 21,
      p: "Sangat Baik",
    },
    // planted: "Baik" for 72.50 (Cukup)
    {
      id: "i5",
      sas: SB,
      ind: "Load factor angkutan perdesaan",
      sat: "%",
      neg: false,
      r0: 41.2,
      t: 60,
      r: 43.5,
      p: "Baik",
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
      { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
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
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the kecelakaan row (negative) keeps the R / T formula copied down
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          p: x.p,
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
    "Capaian indikator negatif (semakin kecil semakin baik) dihitung dengan (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah kejadian kecelakaan (negative) computed with R / T = 115.00; refleksi (2 x 120 - 138) / 120 gives 85.00",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a load factor capaian of 72.50 (43.5 / 60); the band > 65 - 75 is Cukup",
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

/** PK 2025 of the Kepala Dishub Tanjung Ladang with the Renstra 2025-2029 IKU targets on another sheet. */
export function pkDishub(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-dishub-tanjung-ladang.xlsx",
    "PK 2025 with Renstra (Dishub)",
    "sheet 'PK Kadishub 2025': statement, No | Sasaran | Indikator | Target | Satuan (Target before Satuan); No | Program | Anggaran (Rp) | Ket with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const P = "PK Kadishub 2025";
  const R = "IKU Renstra";
  const ind = [
    { id: "a", ind: "Persentase PJU terpasang yang menyala", sat: "%", awal: 84.5, k: [88, 90, 92, 94, 95] },
    {
      id: "b",
      ind: "Persentase rambu dan marka jalan dalam kondisi baik",
      sat: "%",
      awal: 66.8,
      k: [70, 74, 78, 82, 85],
    },
    { id: "c", ind: "Load factor angkutan umum dalam kota", sat: "%", awal: 45.3, k: [48, 52, 55, 58, 60] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["INDIKATOR KINERJA UTAMA DAN TARGET RENSTRA", "DINAS PERHUBUNGAN KOTA TANJUNG LADANG 2025-2029"]);
  rs.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERHUBUNGAN KOTA TANJUNG LADANG"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam Renstra.",
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
      // planted: the load factor target is the Renstra 2026 value 52 (2025: 48)
      cells: {
        no: i + 1,
        sas: "Meningkatnya keselamatan dan pelayanan transportasi kota",
        ind: x.ind,
        tg: x.id === "c" ? 52 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_286_350_000 },
    { id: "p2", nm: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", rp: 6_917_420_000 },
    { id: "p3", nm: "Program Pengelolaan Pelayaran", rp: 512_800_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: Jumlah typed 11,761,570,000 (the programs give 11,716,570,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 11_761_570_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Ladang, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN"],
    nama: "ROSIDAH APRIYANTI, S.SiT., M.M.",
    nip: "19810907 200604 2 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the load factor is 52, the Renstra 2026 target; the Renstra 2025 target is 48",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah is a typed 11,761,570,000; the three programs add up to 11,716,570,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "b"])
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

/** Retribusi parkir tepi jalan umum per kecamatan and triwulan, Dishub Sungai Rantau 2024. */
export function rekapParkir(): BookW {
  const b = new BookW(
    "retribusi-parkir-tepi-jalan-sungai-rantau-2024.xlsx",
    "Rekap retribusi parkir (Dishub)",
    "Rekap retribusi parkir tepi jalan umum 2024 per kecamatan: Titik | Target (2) | TW I-IV (3)-(6) | Jumlah '(7) = (3)+(4)+(5)+(6)' | % '(8) = (7)/(2) x 100' | Kontribusi '(9) = (7)/Jumlah (7) x 100'; Jumlah row with the ratio of totals",
  );
  const S = "Parkir TJU 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KABUPATEN SUNGAI RANTAU", "UPT Perparkiran"]);
  s.lines(["REALISASI RETRIBUSI PELAYANAN PARKIR DI TEPI JALAN UMUM TAHUN ANGGARAN 2024", "(dalam rupiah)"]);
  s.gap();
  const K = [
    {
      id: "k1",
      nm: "Rantau Hulu",
      ti: 46,
      tg: 612_000_000,
      q: [138_450_000, 151_200_000, 149_800_000, 166_300_000],
    },
    {
      id: "k2",
      nm: "Pasar Lama",
      ti: 38,
      tg: 455_000_000,
      q: [101_250_000, 108_900_000, 97_400_000, 112_600_000],
    },
    {
      id: "k3",
      nm: "Sungai Pinang",
      ti: 21,
      tg: 180_000_000,
      q: [36_100_000, 41_750_000, 39_200_000, 44_850_000],
    },
    {
      id: "k4",
      nm: "Tanjung Rema",
      ti: 17,
      tg: 126_000_000,
      q: [24_300_000, 26_900_000, 28_150_000, 31_400_000],
    },
    {
      id: "k5",
      nm: "Batu Ampar Hilir",
      ti: 9,
      tg: 54_000_000,
      q: [9_850_000, 11_200_000, 10_950_000, 12_300_000],
    },
  ];
  const tw = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const RL = "Realisasi Penerimaan";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 18 },
      { key: "ti", head: ["Jumlah Titik Parkir"], num: "", fmt: INT },
      { key: "tg", head: ["Target Retribusi"], role: "target", year: 2024, num: "(2)", fmt: RP, width: 16 },
      ...tw.map((w, i): Col => ({
        key: `q${i + 1}`,
        head: [RL, w],
        role: "realisasi",
        year: 2024,
        num: `(${i + 3})`,
        fmt: RP,
        width: 15,
      })),
      {
        key: "j",
        head: [RL, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(7) = (3)+(4)+(5)+(6)",
        fmt: RP,
        width: 16,
      },
      { key: "p", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(8) = (7)/(2) x 100", fmt: DEC },
      { key: "kt", head: ["Kontribusi (%)"], num: "(9) = (7)/Jumlah (7) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          ti: k.ti,
          tg: k.tg,
          q1: k.q[0],
          q2: k.q[1],
          q3: k.q[2],
          q4: k.q[3],
          j: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          // planted: Pasar Lama's % keeps a stale cached result (from before Triwulan IV was entered)
          p:
            k.id === "k2"
              ? fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`, 67.89)
              : fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          kt: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "Jumlah" };
          for (const k of ["ti", "tg", "q1", "q2", "q4", "j"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          // planted: Triwulan III total one row short
          out.q3 = fx(`SUM(${c.a("q3", "k1")}:${c.a("q3", "k4")})`);
          out.p = fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`);
          out.kt = fx(`ROUND(${c.a("j")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: capaian baris Jumlah = jumlah realisasi / jumlah target (bukan rata-rata kecamatan)."]);
  s.gap();
  signature(s, 9, {
    tempat: "Rantau Hulu, 8 Januari 2025",
    jabatan: ["KEPALA UPT PERPARKIRAN"],
    nama: "RAHMADI FAUZAN, S.E.",
    nip: "19850412 201001 1 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "Triwulan III total is =SUM over four kecamatan (314,550,000); with Batu Ampar Hilir's 10,950,000 it is 325,500,000",
    truth: ids.map((id) => a("q3", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Pasar Lama has a stale cached 67.89; its formula gives 92.34 (420,150,000 / 455,000,000)",
    truth: `ROUND(${a("j", "k2")}/${a("tg", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("tg", "tot")}*100,2)`,
    trap: `ROUND((${ids.map((id) => a("p", id)).join("+")})/5,2)`,
  });
  for (const id of ["k1", "k3", "k4", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: [1, 2, 3, 4].map((n) => a(`q${n}`, id)).join("+"),
    });
  }
  for (const k of ["tg", "q1", "q4", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kt", "k1"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("j", "k1")}/${a("j", "tot")}*100,2)`,
  });
  return b.finish();
}

/** PJU terpasang / menyala per kecamatan beside the load factor of the angkot trayek, Dishub Tanjung Ladang. */
export function pjuLoadFactor(): BookW {
  const b = new BookW(
    "pju-menyala-load-factor-trayek-tanjung-ladang.xlsx",
    "Rekap PJU dan load factor (Dishub)",
    "Sheet 'Kondisi Des 2024': PJU per kecamatan, Terpasang (2) | Menyala (3) | Padam '(4) = (2) - (3)' | % Menyala '(5) = (3)/(2) x 100', TOTAL with the ratio of totals; beside it, after an empty column, load factor per trayek: Kapasitas | Rit/hari | Penumpang/hari | LF '(5) = (4)/((2) x (3)) x 100'",
  );
  const S = "Kondisi Des 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG LADANG", "DINAS PERHUBUNGAN - BIDANG PRASARANA"]);
  s.lines(["DATA PENERANGAN JALAN UMUM DAN LOAD FACTOR ANGKUTAN KOTA, KONDISI 31 DESEMBER 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Ladang Kota", ps: 1_842, ny: 1_716 },
    { id: "k2", nm: "Tanjung Timur", ps: 1_205, ny: 1_098 },
    { id: "k3", nm: "Pangkal Raya", ps: 1_150, ny: 1_000 },
    { id: "k4", nm: "Bukit Seruni", ps: 684, ny: 592 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "", width: 16 },
      { key: "ps", head: ["Titik PJU", "Terpasang"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "ny", head: ["Titik PJU", "Menyala"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "pd", head: ["Titik PJU", "Padam / Rusak"], num: "(4) = (2) - (3)", fmt: INT },
      { key: "p", head: ["% Menyala"], role: "capaian", year: 2024, num: "(5) = (3)/(2) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          ps: k.ps,
          ny: k.ny,
          pd: fx(`${c.a("ps")}-${c.a("ny")}`),
          // planted: Pangkal Raya's % typed 115.00, terpasang / menyala the wrong way round
          p: k.id === "k3" ? 115 : fx(`ROUND(${c.a("ny")}/${c.a("ps")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          ps: fx(`SUM(${c.a("ps", "k1")}:${c.a("ps", "k4")})`),
          ny: fx(`SUM(${c.a("ny", "k1")}:${c.a("ny", "k4")})`),
          pd: fx(`SUM(${c.a("pd", "k1")}:${c.a("pd", "k4")})`),
          p: fx(`ROUND(${c.a("ny")}/${c.a("ps")}*100,2)`),
        }),
      },
    ],
  });
  const T = [
    { id: "t1", nm: "Trayek A1 Terminal Ladang - Pelabuhan", kap: 12, rit: 96, pn: 748 },
    { id: "t2", nm: "Trayek A2 Terminal Ladang - Bukit Seruni", kap: 12, rit: 64, pn: 402 },
    { id: "t3", nm: "Trayek B1 Pasar Kota - Tanjung Timur", kap: 14, rit: 48, pn: 371 },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "nm", head: ["Trayek Angkutan Kota"], num: "(1)", width: 30 },
        { key: "kap", head: ["Kapasitas (tempat duduk)"], num: "(2)", fmt: INT },
        { key: "rit", head: ["Rit per Hari"], num: "(3)", fmt: INT },
        { key: "pn", head: ["Penumpang per Hari"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
        {
          key: "lf",
          head: ["Load Factor (%)"],
          role: "capaian",
          year: 2024,
          num: "(5) = (4)/((2) x (3)) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: T.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          nm: x.nm,
          kap: x.kap,
          rit: x.rit,
          pn: x.pn,
          // planted: A2 keeps a stale cached load factor
          lf: fx(
            `ROUND(${c.a("pn")}/(${c.a("kap")}*${c.a("rit")})*100,2)`,
            x.id === "t2" ? 58.46 : undefined,
          ),
        }),
      })),
    },
    8,
    top,
  );
  s.gap();
  signature(s, 3, {
    tempat: "Tanjung Ladang, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PRASARANA DAN KESELAMATAN"],
    nama: "FERDY HARYANTO SIREGAR, S.T.",
    nip: "19870522 201101 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const lf = (id: string) => `ROUND(${lt.a("pn", id)}/(${lt.a("kap", id)}*${lt.a("rit", id)})*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% menyala of Pangkal Raya is a typed 115.00 (terpasang / menyala); 1,000 of 1,150 lamps give 86.96",
    truth: `ROUND(${a("ny", "k3")}/${a("ps", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: lt.a("lf", "t2") },
    rules: ["capaian-mismatch"],
    note: "Load factor of trayek A2 has a stale cached 58.46; 402 / (12 x 64) gives 52.34",
    truth: lf("t2"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("ny", "tot")}/${a("ps", "tot")}*100,2)`,
    trap: `ROUND((${["k1", "k2", "k4"].map((id) => a("p", id)).join("+")}+ROUND(${a("ny", "k3")}/${a("ps", "k3")}*100,2))/4,2)`,
  });
  for (const id of ["k1", "k2", "k4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ny", id)}/${a("ps", id)}*100,2)`,
    });
  for (const k of ["ps", "ny", "pd"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: K.map((x) => a(k, x.id)).join("+") });
  for (const id of ["t1", "t3"])
    b.ok({ sheet: S, cell: lt.a("lf", id), rules: ["capaian-mismatch"], truth: lf(id) });
  return b.finish();
}
