// Task pane entry. In the shared runtime this page also hosts the custom functions bundle.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

function render(diExcel: boolean): void {
  const el = document.getElementById("root");
  if (!el) return;
  const bahasa =
    typeof Office !== "undefined" && Office.context?.displayLanguage?.startsWith("en") ? "en" : "id";
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App diExcel={diExcel} bahasa={bahasa} />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => render(info.host === Office.HostType.Excel));
} else {
  render(false);
}
