// Task pane entry. In the shared runtime this page also hosts the custom functions bundle.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { excelHost } from "../excel/excelHost";
import { offlineHost } from "./offlineHost";
import { App } from "./App";

function render(inExcel: boolean): void {
  const el = document.getElementById("root");
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App host={inExcel ? excelHost : offlineHost} inExcel={inExcel} />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
} else {
  render(false);
}
