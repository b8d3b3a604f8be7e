// The pane's settings as Excel saved them in the .xlsx, for `cermat periksa` to check with the
// same settings and acceptances as the pane (issue 11, item 3).
//
// Where Office keeps them (checked against Microsoft's documents and code that writes them):
// - Office.Settings "are stored in the host document as name/value pairs ... per add-in and per
//   document"; a value may be a string, number, boolean, null, object or array
//   (learn.microsoft.com/javascript/api/office/office.settings).
// - In a workbook they are the property bag of the add-in's web extension part,
//   `xl/webextensions/webextensionN.xml`: `<we:webextension xmlns:we="http://schemas.microsoft.com/
//   office/webextensions/webextension/2010/11"> ... <we:properties><we:property name="..."
//   value="..."/></we:properties>` ([MS-OWEXML] 2.2.7 CT_OsfWebExtension and 2.2.1
//   CT_OsfWebExtensionProperty; Microsoft's "Automatically open a task pane with a document"
//   shows `settings.set("Office.AutoShowTaskpaneWithDocument", true)` stored as
//   `<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>`). The part is
//   reached from `_rels/.rels` (type .../office/2011/relationships/webextensiontaskpanes) through
//   `xl/webextensions/taskpanes.xml` and its relationships (type .../2011/relationships/webextension);
//   content types application/vnd.ms-office.webextensiontaskpanes+xml and
//   application/vnd.ms-office.webextension+xml.
// - The value is the JSON text of what was set: strings are saved quoted (Power BI's add-in
//   parts carry `value="&quot;CONNECTED&quot;"`, Mendeley's writer puts json.dumps(...) there),
//   objects as JSON objects. core/pengaturan's reader parses and checks it.
// Every web extension part is asked, in name order (a workbook may hold several add-ins;
// xlsxPackage.ts does the asking), and the first that carries the key wins. The XML goes through
// saxes like every other part we read.
import { SaxesParser } from "./ownSaxes";

const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const PART = /^xl\/webextensions\/webextension[^/]*\.xml$/i;

/** The value of the property `name` in one web extension part's XML; undefined when absent or not XML. */
export function propertyIn(xml: string, name: string): string | undefined {
  let found: string | undefined;
  const p = new SaxesParser({ xmlns: true });
  p.on("opentag", (t) => {
    if (found !== undefined || t.local !== "property" || t.uri !== WE) return;
    const attr = (local: string): string | undefined =>
      Object.values(t.attributes).find((a) => a.local === local && a.uri === "")?.value;
    if (attr("name") === name) found = attr("value");
  });
  try {
    p.write(xml).close();
  } catch {
    return found; // a damaged part of an add-in is no reason not to check the workbook
  }
  return found;
}

/** Is this package part (forward slashes, no leading slash) a web extension part? */
export const isWebExtensionPart = (part: string): boolean => PART.test(part);
