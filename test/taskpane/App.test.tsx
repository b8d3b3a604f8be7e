/** @jest-environment jsdom */
// The pane with the real Excel host layer over the fake Excel: what a planner clicks, and what
// happens to the workbook.
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fakeExcel, snapshot } from "../excel/fake";
import type { FakeWorkbook } from "../excel/fake";
import { App } from "../../src/taskpane/App";
import { excelHost } from "../../src/excel/excelHost";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const contohWorkbook = require("./workbook.js");

// Fluent renders a lot in jsdom; give the slower CI machine room.
jest.setTimeout(30000);
// (and each wait for the pane: the first check runs the whole engine cold, seconds on a loaded
// machine, where the library waits one)
configure({ asyncUtilTimeout: 10000 });

let wb: FakeWorkbook;

// jsdom has no layout, so no ResizeObserver; Fluent's popups only need it to exist.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

beforeEach(() => {
  wb = fakeExcel(contohWorkbook());
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={excelHost} inExcel={true} />
    </FluentProvider>,
  );
});

async function periksa(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByText(/2 tabel · 1 galat · 1 peringatan/);
}

describe("task pane", () => {
  it("checks the workbook and lists the findings by table and severity", async () => {
    await periksa();
    const found = [...document.querySelectorAll("[data-finding]")].map((b) => b.getAttribute("data-finding"));
    expect(found).toEqual(["Capaian Program!F5", "T 2.3.1!F5"]);
    expect(screen.getByText(/tertulis 100 %, tetapi 3\.1 \/ 3\.2 x 100 = 93,01 %/)).toBeTruthy();
    expect(screen.getByText(/seharusnya 143 · tertulis 133/)).toBeTruthy();
  });

  it("selects a finding's cell and walks the list", async () => {
    await periksa();
    fireEvent.click(document.querySelector('[data-finding="T 2.3.1!F5"]')!);
    await waitFor(() => expect(wb.selection).toEqual({ sheet: "T 2.3.1", address: "F5" }));
    fireEvent.click(screen.getByRole("button", { name: "Berikutnya" }));
    await waitFor(() => expect(wb.selection).toEqual({ sheet: "Capaian Program", address: "F5" }));
    fireEvent.click(screen.getByRole("button", { name: "Sebelumnya" }));
    await waitFor(() => expect(wb.selection).toEqual({ sheet: "T 2.3.1", address: "F5" }));
  });

  it("marks the findings and removes every mark again", async () => {
    await periksa();
    const before = snapshot(wb);
    fireEvent.click(screen.getByRole("button", { name: "Tandai" }));
    await screen.findByText(/2 sel ditandai, 1 dengan catatan/); // T 2.3.1!F5 keeps the user's note
    expect(wb.sheets.flatMap((s) => s.cfs)).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Hapus tanda" }));
    await screen.findByText(/2 tanda dihapus/);
    expect(snapshot(wb)).toBe(before);
  });

  it("fixes a typed number with the column's formula, re-checks, and undoes it exactly", async () => {
    await periksa();
    const before = snapshot(wb);
    fireEvent.click(screen.getByRole("button", { name: "Perbaiki T 2.3.1!F5" }));
    await screen.findByText(/1 sel diperbaiki/);
    await screen.findByText(/2 tabel · 1 galat · 0 peringatan/);
    expect(screen.getByText(/tidak bisa dibatalkan dengan Ctrl\+Z/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Batalkan perbaikan (1)" }));
    await screen.findByText(/1 perbaikan dibatalkan/);
    expect(snapshot(wb)).toBe(before);
    await screen.findByText(/2 tabel · 1 galat · 1 peringatan/);
  });

  it("says what to do on a protected sheet and changes nothing", async () => {
    await periksa();
    wb.sheets[1].protected = true;
    const before = snapshot(wb);
    fireEvent.click(screen.getByRole("button", { name: "Perbaiki T 2.3.1!F5" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Lembar dilindungi: T 2\.3\.1/);
    expect(snapshot(wb)).toBe(before);
  });

  it("re-runs the check when a column's role is corrected", async () => {
    await periksa();
    const tables = screen.getByRole("region", { name: "Tabel dan kolom" });
    fireEvent.click(within(tables).getByRole("button", { name: /Capaian Program A3:F6/ }));
    // F of "Capaian Program" (2020) as a text column: the ratio check no longer reads it
    fireEvent.click(within(tables).getByRole("combobox", { name: /Capaian Program F$/ }));
    fireEvent.click(await screen.findByRole("option", { name: "keterangan" }));
    await screen.findByText(/2 tabel · 0 galat · 1 peringatan/);
  });

  it("switches to English and keeps the setting in the workbook", async () => {
    fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
    const section = screen.getByRole("region", { name: "Pengaturan" });
    fireEvent.click(within(section).getByRole("radio", { name: "English" }));
    fireEvent.click(within(section).getByRole("button", { name: "Save" })); // the panel speaks the chosen language at once
    await screen.findByRole("button", { name: "Check" });
    expect(
      (wb as unknown as { settings: Record<string, { bahasa: string }> }).settings["cermat-iku"].bahasa,
    ).toBe("en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check" }));
    });
    await screen.findByText(/2 table\(s\) · 1 error\(s\) · 1 warning\(s\)/);
  });

  it("replaces IKU.* formulas before sending, after showing the count, and undoes it", async () => {
    const sheet = wb.sheets[1] as unknown as {
      cells: Map<string, { value: unknown; formula?: string; numberFormat: string }>;
    };
    sheet.cells.set("2,7", {
      value: 111.40243902439025,
      formula: "IKU.CAPAIAN(E2,D2)",
      numberFormat: "0.00",
    });
    sheet.cells.set("3,7", { value: 102.04, formula: "IKU.CAPAIAN(E3,D3,H3)", numberFormat: "General" });
    const before = snapshot(wb);
    fireEvent.click(screen.getByRole("button", { name: "Cari rumus IKU.*" }));
    await screen.findAllByText("2 rumus IKU.*: 1 diganti rumus Excel biasa, 1 diganti nilainya sekarang.");
    // the cell that gets its value is named, with the reason
    expect(screen.getByText(/^1 sel diganti nilainya, bukan rumus/)).toBeTruthy();
    expect(document.querySelector('[data-ditempel="T 2.3.1!G3"]')?.textContent).toMatch(
      /^T 2\.3\.1!G3 IKU\.CAPAIAN: polaritas diambil dari H3, bukan ditulis langsung/,
    );
    expect(snapshot(wb)).toBe(before); // nothing changes before the planner says so
    fireEvent.click(screen.getByRole("button", { name: "Ganti" }));
    await screen.findByText(/2 rumus IKU\.\* diganti/);
    expect(sheet.cells.get("2,7")!.formula).not.toMatch(/IKU\./);
    expect(sheet.cells.get("3,7")).toMatchObject({ value: 102.04, formula: undefined });
    fireEvent.click(screen.getByRole("button", { name: "Batalkan perbaikan (2)" }));
    await screen.findByText(/2 perbaikan dibatalkan/);
    // the IKU formulas are back; the fake Excel cannot recalculate them as Excel would, so their
    // cached values are put back by hand before comparing the whole workbook
    expect(sheet.cells.get("2,7")!.formula).toBe("IKU.CAPAIAN(E2,D2)");
    expect(sheet.cells.get("3,7")!.formula).toBe("IKU.CAPAIAN(E3,D3,H3)");
    sheet.cells.get("2,7")!.value = 111.40243902439025;
    sheet.cells.get("3,7")!.value = 102.04;
    expect(snapshot(wb)).toBe(before);
  });

  it("lets the planner set an indicator's polarity, re-checks, and keeps it in the workbook", async () => {
    const sheet = wb.sheets[1] as unknown as {
      cells: Map<string, { value: unknown; formula?: string; numberFormat: string }>;
    };
    // row 6: lower-is-better by its wording; its capaian 90 is R/T (positive), so it is flagged (a
    // warning: the polarity is a guess from a word and the value fits the positive convention)
    const put = (c: number, v: unknown) => sheet.cells.set(`6,${c}`, { value: v, numberFormat: "General" });
    [5, "Persentase penduduk miskin", "%", 10, 9].forEach((v, i) => put(i + 1, v));
    sheet.cells.set("6,6", { value: 90, formula: "E6/D6*100", numberFormat: "0.00" });
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    await screen.findByText(/2 tabel · 1 galat · 2 peringatan/);
    fireEvent.click(
      screen.getByRole("combobox", { name: /Polaritas indikator ini: Persentase penduduk miskin/ }),
    );
    fireEvent.click(await screen.findByRole("option", { name: /Positif/ }));
    await screen.findByText(/2 tabel · 1 galat · 1 peringatan/);
    const saved = (wb as unknown as { settings: Record<string, { polaritas: Record<string, string> }> })
      .settings["cermat-iku"];
    expect(saved.polaritas).toEqual({ "persentase penduduk miskin": "positif" });
  });

  it("accepts a finding with a reason, keeps it in the workbook, shows it apart and withdraws it", async () => {
    await periksa();
    const settings = () =>
      (wb as unknown as { settings: Record<string, { diterima: unknown[] }> }).settings["cermat-iku"];
    fireEvent.click(screen.getByRole("button", { name: "Terima dengan alasan T 2.3.1!F5" }));
    const terima = screen.getByRole("button", { name: "Terima T 2.3.1!F5" });
    expect((terima as HTMLButtonElement).disabled).toBe(true); // no reason, no acceptance
    fireEvent.change(screen.getByRole("textbox", { name: "Alasan T 2.3.1!F5" }), {
      target: { value: "Angka diketik dari laporan BPS" },
    });
    fireEvent.click(terima);
    await screen.findByText(/2 tabel · 1 galat · 0 peringatan · 1 diterima/);
    expect(settings().diterima).toEqual([
      expect.objectContaining({
        rule: expect.any(String),
        sheet: "T 2.3.1",
        cell: "F5",
        alasan: "Angka diketik dari laporan BPS",
      }),
    ]);
    // out of the list of open findings, into the closed group of accepted ones
    const found = [...document.querySelectorAll("[data-finding]")].map((b) => b.getAttribute("data-finding"));
    expect(found).toEqual(["Capaian Program!F5"]);
    const group = screen.getByRole("region", { name: "Diterima (sudah dijelaskan)" });
    fireEvent.click(within(group).getByRole("button", { name: /Diterima \(sudah dijelaskan\) \(1\)/ }));
    expect(within(group).getByText(/Alasan: Angka diketik dari laporan BPS/)).toBeTruthy();
    fireEvent.click(await within(group).findByRole("button", { name: "Tarik penerimaan T 2.3.1!F5" }));
    await screen.findByText(/2 tabel · 1 galat · 1 peringatan/);
    expect(screen.queryByRole("region", { name: "Diterima (sudah dijelaskan)" })).toBeNull();
    expect(settings().diterima).toEqual([]);
  });

  it("says so when the workbook has no table", async () => {
    wb.sheets.splice(0, 2);
    (wb.sheets as unknown[]).push({
      name: "Catatan",
      protected: false,
      cells: new Map([["1,1", { value: "rapat", numberFormat: "General" }]]),
      merges: [],
      cfs: [],
      notes: [],
      visibility: "Visible",
    });
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    await screen.findByText(/Tidak ditemukan tabel Renstra\/IKU/);
  });
});
