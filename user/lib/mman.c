/* Memory wrappers: the program break (brk/sbrk) and page mappings
 * (mmap/munmap/mprotect).  mmap goes through mmap2, whose offset is in
 * 4096-byte pages, so 32-bit programs can map beyond 4 GiB of file. */
#include "sys.h"

/* The raw brk call never fails: it returns the (possibly unchanged) break.
 * We remember it so sbrk needs one system call, not two. */
static unsigned long cur_brk;

int brk(void *addr)
{
	unsigned long r = sys1(__NR_brk, addr);

	cur_brk = r;
	if (r < (unsigned long)addr) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void *sbrk(long increment)
{
	unsigned long old;

	if (!cur_brk)
		cur_brk = sys1(__NR_brk, 0);   /* brk(0) asks for the current break */
	old = cur_brk;
	if (increment && brk((void *)(old + increment)) < 0)
		return (void *)-1;
	return (void *)old;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (off & 4095) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	return (void *)sys_ret(__syscall6(__NR_mmap2, (long)addr, (long)len,
					  prot, flags, fd, off >> 12));
}

int munmap(void *addr, size_t len)
{
	return sys_ret(sys2(__NR_munmap, addr, len));
}

int mprotect(void *addr, size_t len, int prot)
{
	return sys_ret(sys3(__NR_mprotect, addr, len, prot));
}
