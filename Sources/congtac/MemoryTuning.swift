/// glibc gives freed memory back to the system once 128 KB lie free at the top of the heap, and
/// serves blocks over 128 KB from fresh mappings: a batch then takes a page fault for every page
/// of every document's buffers (11,700 faults, a seventh of the time, for 100 documents). A run is
/// short: it keeps what it freed, for the next document.
enum MemoryTuning {
    static func keepFreedMemory() {
        #if os(Linux)
        // <malloc.h>'s M_TRIM_THRESHOLD (-1) and M_MMAP_THRESHOLD (-3; 32 MB is its ceiling).
        _ = mallopt(-1, 256 << 20)
        _ = mallopt(-3, 32 << 20)
        #endif
    }
}

#if os(Linux)
/// glibc's `mallopt`, which the Glibc module does not export (it lives in <malloc.h>).
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
