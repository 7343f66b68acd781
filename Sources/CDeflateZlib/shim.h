#ifndef CONGTAC_CZLIB_SHIM_H
#define CONGTAC_CZLIB_SHIM_H
/* zlib: raw DEFLATE and CRC-32 for the DOCX package. zlib1g-dev is on every machine that has
   libxml2-dev (libxml2 links it), so the build needs no header a fresh machine lacks. */
#include <zlib.h>
#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>

/* `deflateInit2` is a macro, which Swift cannot call: a raw-deflate stream (no zlib header, as ZIP
   stores entries) at `level`. */
static inline int congtac_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

/* libdeflate's run-time library (Debian's libdeflate0, on machines without its headers), found with
   dlopen: twice as fast as zlib at level 1. The five functions are declared here from libdeflate's
   documented ABI (soname libdeflate.so.0), so that no header is needed at build time. */
typedef struct congtac_libdeflate {
    void *(*alloc_compressor)(int level);
    size_t (*deflate_compress)(void *compressor, const void *in, size_t in_size, void *out, size_t out_size);
    size_t (*deflate_compress_bound)(void *compressor, size_t in_size);
    void (*free_compressor)(void *compressor);
    uint32_t (*crc32)(uint32_t crc, const void *buffer, size_t length);
} congtac_libdeflate;

/* Fills `functions` and returns 1 when libdeflate.so.0 is there with all five; 0 otherwise (the
   handle is then closed). The library stays loaded for the life of the process. */
static inline int congtac_libdeflate_load(congtac_libdeflate *functions) {
    void *handle = dlopen("libdeflate.so.0", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return 0;
    functions->alloc_compressor = (void *(*)(int))dlsym(handle, "libdeflate_alloc_compressor");
    functions->deflate_compress = (size_t (*)(void *, const void *, size_t, void *, size_t))dlsym(handle, "libdeflate_deflate_compress");
    functions->deflate_compress_bound = (size_t (*)(void *, size_t))dlsym(handle, "libdeflate_deflate_compress_bound");
    functions->free_compressor = (void (*)(void *))dlsym(handle, "libdeflate_free_compressor");
    functions->crc32 = (uint32_t (*)(uint32_t, const void *, size_t))dlsym(handle, "libdeflate_crc32");
    if (!functions->alloc_compressor || !functions->deflate_compress || !functions->deflate_compress_bound ||
        !functions->free_compressor || !functions->crc32) {
        dlclose(handle);
        return 0;
    }
    return 1;
}
#endif
