#ifndef C_BYTE_SEARCH_H
#define C_BYTE_SEARCH_H

#include <stddef.h>

/// glibc's memmem (SIMD on x86_64), which Swift's Glibc module does not export: it is declared
/// only under _GNU_SOURCE, set in byte_search.c.
const void *senfenico_byte_search(const void *haystack, size_t haystack_length, const void *needle,
                                  size_t needle_length);

#endif
