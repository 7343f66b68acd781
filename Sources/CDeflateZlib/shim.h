#ifndef CONGTAC_CZLIB_SHIM_H
#define CONGTAC_CZLIB_SHIM_H
/* zlib: raw DEFLATE and CRC-32 for the DOCX package. zlib1g-dev is on every machine that has
   libxml2-dev (libxml2 links it), so the build needs no header a fresh machine lacks. */
#include <zlib.h>

/* `deflateInit2` is a macro, which Swift cannot call: a raw-deflate stream (no zlib header, as ZIP
   stores entries) at `level`. */
static inline int congtac_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
#endif
