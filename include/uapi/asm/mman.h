/* Protection and mapping flags for mmap2/mprotect/munmap, Linux i386 values.
 * The user runtime passes them straight through int $0x80; the kernel
 * decodes them when it builds page tables. */
#ifndef _UAPI_ASM_MMAN_H
#define _UAPI_ASM_MMAN_H

#define PROT_NONE      0x0
#define PROT_READ      0x1
#define PROT_WRITE     0x2
#define PROT_EXEC      0x4

#define MAP_SHARED     0x01
#define MAP_PRIVATE    0x02
#define MAP_TYPE       0x0f   /* mask for SHARED/PRIVATE */
#define MAP_FIXED      0x10
#define MAP_ANONYMOUS  0x20
#define MAP_ANON       MAP_ANONYMOUS
#define MAP_GROWSDOWN  0x0100
#define MAP_DENYWRITE  0x0800
#define MAP_EXECUTABLE 0x1000
#define MAP_LOCKED     0x2000
#define MAP_NORESERVE  0x4000
#define MAP_POPULATE   0x8000
#define MAP_NONBLOCK   0x10000
#define MAP_STACK      0x20000
#define MAP_FIXED_NOREPLACE 0x100000

/* mmap's error return as seen by C code (the raw syscall returns -errno). */
#define MAP_FAILED ((void *)-1)

/* madvise advice */
#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4	/* drop the pages: they read as zeros again */
#define MADV_FREE	8

#endif
