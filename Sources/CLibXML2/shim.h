// libxml2's push parser with SAX2 callbacks: the worksheets of an .xlsx workbook are parsed as
// their bytes are inflated, so a sheet of a million rows is never held whole.
//
// Debian builds libxml2 with ICU, and its encoding.h then includes ICU's headers, which clash
// with the ICU Foundation ships. Nothing here uses libxml2's ICU converters (workbooks are UTF-8),
// so ICU is left out of the declarations; no structure that depends on it is touched from Swift.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
