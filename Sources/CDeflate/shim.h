#ifndef CONGTAC_CZLIB_SHIM_H
#define CONGTAC_CZLIB_SHIM_H
#include <zlib.h>

/* deflateInit2 is a macro; Swift sees functions only. */
static inline int congtac_deflateInit2(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
