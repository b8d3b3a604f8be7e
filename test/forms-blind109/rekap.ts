// A sector recap of the Dinas Sumber Daya Air dan Bina Marga of the (invented) Kabupaten Tambora
// Selatan, NTB, 2024: road condition per kecamatan (Baik | Sedang | Rusak Ringan | Rusak Berat,
// Mantap = Baik + Sedang, % Mantap) and, side by side after one empty column, the condition of the
// daerah irigasi kewenangan kabupaten (a shorter table). Number rows "(8) = (4) + (5)" and
// "(9) = (8) / (3) x 100". Every number is invented.
import { BookW, DEC, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const KM = "#,##0.00";

export function rekapJalanIrigasiTambora(): BookW {
  const b = new BookW(
    "rekap-kondisi-jalan-dan-irigasi-per-kecamatan-tambora-selatan-2024.xlsx",
    "Sector recap 2024: road condition per kecamatan and irrigation condition per DI (Kabupaten Tambora Selatan)",
    "two tables side by side: (left) No | Kecamatan | Panjang Jalan (km) | 'Kondisi Jalan (km)' > Baik | Sedang | Rusak Ringan | Rusak Berat | Jalan Mantap (km) | % Mantap, number row (1) .. '(8) = (4) + (5)', '(9) = (8) / (3) x 100', JUMLAH with SUM; (right) No | Daerah Irigasi | Luas Baku (ha) | Panjang Saluran (km) | Saluran Kondisi Baik (km) | % Kondisi Baik, Jumlah row",
  );
  const S = "Kondisi Jalan & DI 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAMBORA SELATAN",
    "DINAS SUMBER DAYA AIR DAN BINA MARGA",
    "Jl. Lintas Sumbawa Km 4, Kempo Raya",
  ]);
  s.lines(["REKAPITULASI KONDISI JALAN KABUPATEN DAN JARINGAN IRIGASI PER DESEMBER 2024"]);
  s.gap();
  const kec: Array<[string, string, number, number, number, number]> = [
    ["k1", "Kempo Raya", 38.4, 21.65, 8.9, 6.25],
    ["k2", "Doro Ncanga", 44.15, 18.2, 11.35, 9.8],
    ["k3", "Sori Tatanga", 29.7, 12.45, 7.2, 5.85],
    ["k4", "Pekat Barat", 51.3, 16.8, 10.45, 12.6],
    ["k5", "Labuan Kenanga", 22.85, 9.6, 4.3, 3.05],
    ["k6", "Hu'u Selatan", 35.6, 14.25, 9.75, 11.4],
    ["k7", "Oi Marai", 27.95, 10.8, 6.65, 8.2],
  ];
  const top = s.r;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], num: "(2)", width: 18 },
    { key: "pj", head: ["Panjang Jalan (km)"], num: "(3)", fmt: KM, width: 11 },
    { key: "bk", head: ["Kondisi Jalan (km)", "Baik"], num: "(4)", fmt: KM, width: 9 },
    { key: "sd", head: ["Kondisi Jalan (km)", "Sedang"], num: "(5)", fmt: KM, width: 9 },
    { key: "rr", head: ["Kondisi Jalan (km)", "Rusak Ringan"], num: "(6)", fmt: KM, width: 9 },
    { key: "rb", head: ["Kondisi Jalan (km)", "Rusak Berat"], num: "(7)", fmt: KM, width: 9 },
    { key: "mt", head: ["Jalan Mantap (km)"], num: "(8) = (4) + (5)", fmt: KM, width: 11 },
    { key: "pm", head: ["% Mantap"], num: "(9) = (8) / (3) x 100", fmt: DEC, width: 10 },
  ];
  const sumKeys = ["pj", "bk", "sd", "rr", "rb", "mt"];
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...kec.map(([id, nm, bk, sd, rr, rbk], i): Row => ({
          id,
          cells: (c) => ({
            no: i + 1,
            kec: nm,
            pj: Math.round((bk + sd + rr + rbk) * 100) / 100,
            bk,
            sd,
            rr,
            rb: rbk,
            mt: fx(`${c.a("bk")}+${c.a("sd")}`),
            pm: fx(`ROUND(${c.a("mt")}/${c.a("pj")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "kec"],
          cells: (c) => ({
            no: "JUMLAH",
            ...Object.fromEntries(
              sumKeys.map((k) => [
                k,
                // planted: the Rusak Berat total stops one row short (Oi Marai left out)
                fx(`SUM(${c.a(k, "k1")}:${c.a(k, k === "rb" ? "k6" : "k7")})`),
              ]),
            ),
            pm: fx(`ROUND(${c.a("mt")}/${c.a("pj")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const dis: Array<[string, string, number, number, number]> = [
    ["d1", "DI Sori Oi Rida", 842, 18.6, 12.95],
    ["d2", "DI Rababaka Hilir", 615, 14.25, 9.1],
    ["d3", "DI Nanga Tumpu", 1_120, 23.4, 14.65],
    ["d4", "DI Oi Kalo", 390, 9.8, 7.45],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "di", head: ["Daerah Irigasi"], num: "(2)", width: 20 },
        { key: "lb", head: ["Luas Baku (ha)"], num: "(3)", fmt: "#,##0", width: 10 },
        { key: "ps", head: ["Panjang Saluran (km)"], num: "(4)", fmt: KM, width: 10 },
        { key: "kb", head: ["Saluran Kondisi Baik (km)"], num: "(5)", fmt: KM, width: 10 },
        { key: "pb", head: ["% Kondisi Baik"], num: "(6) = (5) / (4) x 100", fmt: DEC, width: 10 },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...dis.map(([id, di, lb, ps, kb], i): Row => ({
          id,
          cells: (c) => ({
            no: i + 1,
            di,
            lb,
            ps,
            kb,
            // planted: DI Rababaka Hilir's % is a typed 104.35 (the surveyed length 9.10 of 14.25 km)
            pb: id === "d2" ? 104.35 : fx(`ROUND(${c.a("kb")}/${c.a("ps")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "di"],
          cells: (c) => ({
            no: "Jumlah",
            lb: fx(`SUM(${c.a("lb", "d1")}:${c.a("lb", "d4")})`),
            ps: fx(`SUM(${c.a("ps", "d1")}:${c.a("ps", "d4")})`),
            kb: fx(`SUM(${c.a("kb", "d1")}:${c.a("kb", "d4")})`),
            pb: fx(`ROUND(${c.a("kb")}/${c.a("ps")}*100,2)`),
          }),
        },
      ],
    },
    cols.length + 2,
    top,
  );
  s.r = t.lastDataRow + 2;
  s.lines([
    "Sumber: survei kondisi jalan (IRMS) dan penelusuran jaringan irigasi (PAI) Desember 2024.",
    "Jalan mantap = kondisi baik + sedang.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Kempo Raya, 15 Januari 2025",
    jabatan: ["Kepala Bidang Bina Marga,"],
    nama: "IR. MUHAMMAD YASIN AMIR, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19840922 201001 1 014",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ids = kec.map((k) => k[0]);
  b.plant({
    at: { sheet: S, cell: a("rb", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Rusak Berat is =SUM over Kempo Raya .. Hu'u Selatan only (48.95); with Oi Marai's 8.20 km the seven kecamatan give 57.15",
    truth: ids.map((id) => a("rb", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("pb", "d2") },
    rules: ["percent-out-of-range", "hardcoded-value"],
    note: "% Kondisi Baik of DI Rababaka Hilir is a typed 104.35 among ROUND formulas; 9.10 / 14.25 km x 100 gives 63.86",
    truth: `ROUND(${t2.a("kb", "d2")}/${t2.a("ps", "d2")}*100,2)`,
  });
  for (const k of ["pj", "bk", "sd", "rr", "mt"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: ids.map((id) => a(k, id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("pm", "j"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("mt", "j")}/${a("pj", "j")}*100,2)`,
    // the total's % is the ratio of the totals, not the average of the kecamatan
    trap: `ROUND(AVERAGE(${a("pm", "k1")}:${a("pm", "k7")}),2)`,
  });
  for (const id of ids) {
    b.ok({
      sheet: S,
      cell: a("mt", id),
      rules: ["sum-mismatch"],
      truth: `${a("bk", id)}+${a("sd", id)}`,
      // mantap is baik + sedang, not every condition
      trap: `${a("bk", id)}+${a("sd", id)}+${a("rr", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pj", id),
      rules: ["sum-mismatch"],
      truth: `${a("bk", id)}+${a("sd", id)}+${a("rr", id)}+${a("rb", id)}`,
    });
  }
  for (const k of ["lb", "ps", "kb"])
    b.ok({
      sheet: S,
      cell: t2.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: dis.map(([id]) => t2.a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("pb", "j"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${t2.a("kb", "j")}/${t2.a("ps", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${t2.a("pb", "d1")}:${t2.a("pb", "d4")}),2)`,
  });
  return b.finish();
}
