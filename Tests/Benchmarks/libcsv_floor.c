/* The floor: libcsv alone, one thread, empty callbacks, over the revenue files named on the
 * command line (mapped, parsed in one call each). What any tool built on libcsv cannot beat on
 * one core; bench.py compiles it with the system C compiler and times it beside the others. */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
static long fields, rows;
static void cb1(void *s, size_t n, void *d) { fields++; }
static void cb2(int c, void *d) { rows++; }
int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    int fd = open(argv[i], O_RDONLY); struct stat st; fstat(fd, &st);
    char *p = mmap(0, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    struct csv_parser parser; csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
    csv_parse(&parser, p, st.st_size, cb1, cb2, 0); csv_fini(&parser, cb1, cb2, 0); csv_free(&parser);
    munmap(p, st.st_size); close(fd);
  }
  printf("%ld rows %ld fields\n", rows, fields);
}
