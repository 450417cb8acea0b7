/* include/linux/types.h — the kernel's basic types.  The kernel is built
 * freestanding (-nostdinc): these, <stdarg.h>, <stddef.h> and <stdbool.h>
 * from the compiler are all it uses. */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;
typedef int pid_t;
typedef long ssize_t;

#endif
