// libxlsxwriter (Debian's libxlsxwriter-dev): writes the .xlsx forms `plangauge template` sends.
// Only PlanGaugeRecords (WorkbookWriter/) calls it; every other module sees its safe wrapper.
#include <xlsxwriter.h>
