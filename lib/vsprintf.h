/* printf-style formatting into a buffer, shared by the kernel (printk) and
 * the user runtime (printf).  Both sides format the same way, so a line a
 * test expects from Linux also comes out identically from our kernel. */
#ifndef _LIB_VSPRINTF_H
#define _LIB_VSPRINTF_H

#include <stdarg.h>
#include <stddef.h>

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
