#ifndef CONGTAC_CDEFLATE_SHIM_H
#define CONGTAC_CDEFLATE_SHIM_H
/* libdeflate: whole-buffer DEFLATE and CRC-32, about twice as fast as zlib at level 1. */
#include <libdeflate.h>
#endif
