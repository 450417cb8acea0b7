/* include/linux/uaccess.h — the one way the kernel touches user memory.
 *
 * copy_from_user / copy_to_user return the number of bytes they could NOT
 * copy (0 on success), as in Linux; callers turn a non-zero result into
 * -EFAULT.  See kernel/uaccess.c for how a bad pointer is caught before it
 * can fault the kernel.
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/types.h>
#include <linux/kernel.h>

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
unsigned long clear_user(void __user *to, unsigned long n);
bool access_ok(const void __user *addr, unsigned long size);

#define get_user(x, ptr) ({					\
	__typeof__(*(ptr)) __v;						\
	int __e = copy_from_user(&__v, (ptr), sizeof(__v)) ? -EFAULT : 0; \
	if (!__e)							\
		(x) = __v;						\
	__e;								\
})
#define put_user(x, ptr) ({ __typeof__(*(ptr)) __v = (x); \
	copy_to_user((ptr), &__v, sizeof(__v)) ? -EFAULT : 0; })

#endif
