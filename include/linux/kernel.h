/* include/linux/kernel.h — small helpers every kernel file uses, and the
 * kernel log: printk() writes to the serial and VGA consoles; panic() is the
 * end of the machine. */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/types.h>
#include <stdarg.h>
#include "string.h"
#include "vsprintf.h"

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define ALIGN(x, a)	(((x) + (a) - 1) & ~((a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((a) - 1))
#define min(a, b)	((a) < (b) ? (a) : (b))
#define max(a, b)	((a) > (b) ? (a) : (b))
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define __packed	__attribute__((packed))
#define __noreturn	__attribute__((noreturn))
#define __user		/* marks a pointer into user space: never dereference it */

/* Log levels as in Linux; with `quiet` on the command line only KERN_EMERG
 * messages (panics) reach the console. */
#define KERN_EMERG	"<0>"
#define KERN_ERR	"<3>"
#define KERN_WARNING	"<4>"
#define KERN_INFO	"<6>"

int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintk(const char *fmt, va_list ap);
void __noreturn panic(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

extern bool console_quiet;	/* `quiet` on the kernel command line */

#define BUG_ON(c) do { if (c) panic("BUG at %s:%d: %s", __FILE__, __LINE__, #c); } while (0)

#endif
