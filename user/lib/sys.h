/* Private helpers for the user runtime's wrapper files: short names for
 * "make system call nr with k arguments", and the one place that turns a
 * raw -errno result into the libc convention (errno set, -1 returned). */
#ifndef _ULIB_SYS_H
#define _ULIB_SYS_H

#include "ulib.h"

#define sys0(n)             __syscall6(n, 0, 0, 0, 0, 0, 0)
#define sys1(n, a)          __syscall6(n, (long)(a), 0, 0, 0, 0, 0)
#define sys2(n, a, b)       __syscall6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define sys3(n, a, b, c)    __syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define sys4(n, a, b, c, d) \
	__syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/* Results in [-MAX_ERRNO, -1] are errors; anything else is a value, even
 * a "negative" one such as an mmap address above 2 GiB. */
static inline long sys_ret(long r)
{
	if ((unsigned long)r >= -(unsigned long)MAX_ERRNO) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

#endif
