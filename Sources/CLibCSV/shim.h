// libcsv ships no pkg-config file; this header lets the module map name it.
#include <csv.h>
