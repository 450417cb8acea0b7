/* Fixed-size integer types for the user/kernel ABI (uapi).
 * Both sides of int $0x80 include this instead of any libc header, so a
 * struct crossing the boundary has the same layout in the kernel and in
 * ring 3.  Sizes are those of Linux i386. */
#ifndef _UAPI_LINUX_TYPES_H
#define _UAPI_LINUX_TYPES_H

typedef signed char        __s8;
typedef unsigned char      __u8;
typedef short              __s16;
typedef unsigned short     __u16;
typedef int                __s32;
typedef unsigned int       __u32;
typedef long long          __s64;
typedef unsigned long long __u64;

/* Network byte order values: same bits, the name documents the order. */
typedef __u16 __be16;
typedef __u32 __be32;

/* size_t without <stddef.h>: the compiler tells us the right type. */
typedef __SIZE_TYPE__ __kernel_size_t;
typedef long          __kernel_ssize_t;

typedef int          __kernel_pid_t;
typedef unsigned int __kernel_uid32_t;
typedef unsigned int __kernel_gid32_t;
typedef unsigned int __kernel_socklen_t;

#endif
