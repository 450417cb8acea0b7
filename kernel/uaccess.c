/* kernel/uaccess.c — copy_from_user, copy_to_user: every user pointer the
 * kernel follows goes through here.
 *
 * How a bad pointer is caught.  Linux lets the copy instruction fault and
 * finds a "fixup" for the faulting address in its exception table.  We do
 * the simpler, visible thing: before copying, walk the process's page
 * tables page by page (user_page_kaddr in kernel/memory.c) and check that
 * each page is present, is a user page and, for copy_to_user, writable.
 * Then copy through the kernel's own mapping of that physical page.  So
 * NULL, kernel addresses, unmapped holes and read-only pages are all
 * refused without the kernel ever faulting.  Nothing can change the page
 * tables between the check and the copy: one CPU, and the kernel never
 * switches tasks in the middle of a copy.  A copy that crosses into a bad
 * page copies what it can, like Linux, and reports the rest as not copied.
 */
#include <linux/kernel.h>
#include <linux/uaccess.h>
#include <linux/sched.h>
#include <linux/mm.h>

bool access_ok(const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;

	return a <= TASK_SIZE && size <= TASK_SIZE - a;
}

/* The one loop behind all three: `from_user` chooses the direction, and a
 * NULL kernel buffer with !from_user means "write zeros". */
static unsigned long user_copy(void *kbuf, unsigned long uaddr, unsigned long n, bool from_user)
{
	struct mm_struct *mm = current->mm;

	if (!mm || !access_ok((void *)uaddr, n))
		return n;
	while (n) {
		unsigned long chunk = PAGE_SIZE - (uaddr & ~PAGE_MASK);
		char *k = user_page_kaddr(mm, uaddr, !from_user);

		if (!k)
			return n;
		if (chunk > n)
			chunk = n;
		if (from_user)
			memcpy(kbuf, k, chunk);
		else if (kbuf)
			memcpy(k, kbuf, chunk);
		else
			memset(k, 0, chunk);
		if (kbuf)
			kbuf = (char *)kbuf + chunk;
		uaddr += chunk;
		n -= chunk;
	}
	return 0;
}

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	unsigned long left = user_copy(to, (unsigned long)from, n, true);

	if (left)			/* as Linux: never leak stale kernel bytes */
		memset((char *)to + (n - left), 0, left);
	return left;
}

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return user_copy((void *)from, (unsigned long)to, n, false);
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	return user_copy(NULL, (unsigned long)to, n, false);
}
